import NQSource

/// The acronyms an organisation's name makes ("NATO" of "North Atlantic Treaty Organization"),
/// read on the bytes of its words where they open with an ASCII character.
extension EntityResolver {
    /// The upper-case first letters of a name's words, as a string ("NATO" of "North Atlantic
    /// Treaty Organization"): the same as keeping the upper-case ones of their first characters.
    func acronym(of units: NameUnits) -> String {
        // Initials all read on their bytes (as nearly all are) make the string at once, with no
        // character appended one at a time.
        if units.allSatisfy({ isASCIIInitial($0.span) }) {
            return String(unsafeUninitializedCapacity: units.count) { buffer in
                var count = 0
                for unit in units where CharClass.isUpper(bytes[unit.span.lower]) {
                    buffer[count] = bytes[unit.span.lower]
                    count += 1
                }
                return count
            }
        }
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
        if isASCIIInitial(span) { return (Character(Unicode.Scalar(first)), CharClass.isUpper(first)) }
        guard let letter = context.text(unit).first else { return nil }
        return (letter, letter.isUppercase)
    }

    /// Whether the first character of the word at `span` is an ASCII character read on its byte:
    /// one that stands alone (no combining mark or other non-ASCII byte follows it), not a
    /// carriage return. False for an empty word.
    @inline(__always)
    func isASCIIInitial(_ span: SourceSpan) -> Bool {
        guard span.length > 0 else { return false }
        let first = bytes[span.lower]
        return first < 0x80 && (span.length == 1 || bytes[span.lower + 1] < 0x80) && first != 0x0D
    }
}
