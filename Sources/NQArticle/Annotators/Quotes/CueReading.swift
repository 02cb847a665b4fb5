import NQSource

/// How a word near a quote is read before it counts as a cue or a subject: "put it" as a cue, a
/// cue word used as a noun, and a name governed by a preposition.
extension SpeakerAttributor {
    /// Whether token `index` is "put" or "puts" before "it": "as Doe put it, “…”".
    func isPutIt(_ index: Int) -> Bool {
        guard index + 1 < view.count, isWord(index + 1, Self.it), view.isLowerWord(index) else { return false }
        let hash = view.hash(index)
        return hash == Self.put || hash == Self.puts
    }

    /// The hashes of "put" and "puts".
    static let put = CueLexicon.hash(Array("put".utf8))
    static let puts = CueLexicon.hash(Array("puts".utf8))

    /// Whether the phrase starting at token `start` follows a preposition ("on Facebook writing"):
    /// the object of a phrase, not the subject of what follows.
    func followsPreposition(_ start: Int, floor: Int) -> Bool {
        guard start - 1 >= floor, view.isWord(start - 1) else { return false }
        return Self.objectPrepositions.contains(view.hash(start - 1))
    }

    /// Prepositions whose object is no subject of an -ing form after it (not "with": "with Doe
    /// tweeting that …" makes Doe the subject).
    static let objectPrepositions = CueLexicon.hashes(objectPrepositionWords)
    /// The words of `objectPrepositions`.
    static let objectPrepositionWords = "in on at from to of for by into via like near about"

    /// Prepositions before a name that is addressed or spoken of, not speaking.
    static let addresseePrepositions = CueLexicon.hashes("to at for about on against in with")

    /// Whether the cue word at `index` is a noun after a determiner and one modifier ("a phone
    /// call", "the final report"): only for cue words that are also nouns.
    func isNounAfterModifier(_ index: Int, floor: Int) -> Bool {
        guard index - 2 >= floor, view.isLowerWord(index - 1), view.classes(index - 2).contains(.determiner),
            !view.classes(index - 1).contains(.adverb), !view.classes(index - 1).contains(.pronoun)
        else { return false }
        return Self.nounCues.contains(view.hash(index))
    }

    /// Cue words that are also nouns ("a phone call", "the final report").
    static let nounCues = CueLexicon.hashes(
        """
        call calls report reports reply replies answer answers post posts tweet tweets offer promise pledge vow
        claim claims joke quip remark demand hint counter lament statement comment retort
        """)
}
