/// What the resolver's rules ask again and again of an article's sentences, kept once found: the
/// sentence of the last token asked about (the rules that read a pronoun, its antecedent, the
/// clause it binds, the description before it, each ask for its sentence in turn), and the first
/// token of each sentence asked about (searched for once, not by every rule and pronoun).
///
/// Shared by the copies of a resolver (a cache, not state); kept in raw buffers, as a class's
/// stored variable would pay a dynamic exclusivity check on every read.
final class SentenceMemo {
    /// The token last asked about (-1 for none) and its sentence number.
    private let last: UnsafeMutablePointer<Int>
    /// By sentence number (from 1), its first token times two, plus one when quoted words hold
    /// it; -1 until asked.
    private let starts: UnsafeMutableBufferPointer<Int>

    /// Creates an empty memo for an article of `sentences` sentences.
    init(sentences: Int) {
        last = .allocate(capacity: 2)
        last.initialize(repeating: -1, count: 2)
        starts = .allocate(capacity: sentences + 1)
        starts.initialize(repeating: -1)
    }

    deinit {
        last.deallocate()
        starts.deallocate()
    }

    /// The sentence number of token `token`, if it is the token last asked about.
    @inline(__always)
    func number(ofToken token: Int) -> Int? {
        last[0] == token ? last[1] : nil
    }

    /// Keeps the sentence number of token `token`.
    @inline(__always)
    func keep(number: Int, ofToken token: Int) {
        last[0] = token
        last[1] = number
    }

    /// The first token of sentence `number` and whether quoted words hold it, if known.
    @inline(__always)
    func start(ofSentence number: Int) -> (token: Int, quoted: Bool)? {
        let known = starts[number]
        return known < 0 ? nil : (known >> 1, known & 1 == 1)
    }

    /// Keeps the first token of sentence `number` and whether quoted words hold it.
    @inline(__always)
    func keep(start token: Int, quoted: Bool, ofSentence number: Int) {
        starts[number] = token << 1 | (quoted ? 1 : 0)
    }
}
