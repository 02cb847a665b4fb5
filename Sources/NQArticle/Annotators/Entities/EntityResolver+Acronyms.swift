import NQSource

/// The acronyms an organisation's name makes ("NATO" of "North Atlantic Treaty Organization"),
/// read on the bytes of its words where they open with an ASCII character.
extension EntityResolver {
    /// The upper-case first letters of a name's words, as a string ("NATO" of "North Atlantic
    /// Treaty Organization"): the same as keeping the upper-case ones of their first characters.
    func acronym(of units: NameUnits) -> String {
        var letters = ""
        for unit in units {
            if let (letter, isUppercase) = initial(of: unit), isUppercase { letters.append(letter) }
        }
        return letters
    }

    /// The first character of a word and whether it is upper-case. An ASCII character that stands
    /// alone (no combining mark or other non-ASCII byte follows it) is read on the bytes, where
    /// only A to Z are upper-case, as `Character.isUppercase` has it; any other is read as a
    /// `Character`. Nil for an empty word.
    func initial(of unit: NameUnit) -> (Character, isUppercase: Bool)? {
        let span = unit.span
        guard span.length > 0 else { return nil }
        let first = bytes[span.lower]
        if first < 0x80, span.length == 1 || bytes[span.lower + 1] < 0x80, first != 0x0D {
            return (Character(Unicode.Scalar(first)), CharClass.isUpper(first))
        }
        guard let letter = context.text(unit).first else { return nil }
        return (letter, letter.isUppercase)
    }
}
