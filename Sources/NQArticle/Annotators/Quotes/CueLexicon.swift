import NQSource

/// The word lists the quotation layer relies on, looked up by a hash of a token's lower-cased
/// bytes so that no string is made per token.
///
/// The lists hold general English only: verbs of speech, pronouns, titles and function words.
/// The table is built once per load (`LanguageTables.builtIn()`) and reaches the annotators
/// through the article's `LanguageProfile`; nothing here is a global.
public enum CueLexicon {
    /// The classes of every English cue word, keyed by `hash(of:)` of its lower-cased spelling.
    static func englishTable() -> WordTable {
        var table = WordTable(capacity: 4096)
        func add(_ words: String, _ wordClass: WordClass) {
            // The words between spaces and line feeds, read as bytes (start-up time).
            let bytes = Array(words.utf8)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x0A { end += 1 }
                if end > start { table.insert(hash(bytes, start, end), wordClass) }
                start = end + 1
            }
        }
        add(CueWords.speech, .speech)
        add(CueWords.addressing, [.speech, .addressing])
        add(CueWords.pronouns, .pronoun)
        add(CueWords.objectPronouns, .objectPronoun)
        add(SpeakerWords.masculinePronouns, .masculine)
        add(SpeakerWords.femininePronouns, .feminine)
        add(SpeakerWords.masculineTitles, .masculineTitle)
        add(SpeakerWords.feminineTitles, .feminineTitle)
        add(SpeakerWords.groupPronouns, .groupPronoun)
        add(SpeakerWords.relativePronouns, .relativePronoun)
        add(SpeakerWords.personHeads, .personHead)
        add(SpeakerWords.organizationHeads, .organizationHead)
        add(SpeakerWords.representatives, .representative)
        add(CueWords.honorifics, .honorific)
        add(CueWords.determiners, .determiner)
        add(CueWords.adverbs, .adverb)
        add(CueWords.notNames, .notName)
        add(CueWords.roles, .role)
        add("according", .according)
        add(CueWords.clauseBreaks, .clauseBreak)
        add(CueWords.times, .time)
        add("on last this earlier late early in at during the", .timePreposition)
        add("and but or", .conjunction)
        add("that which", .relative)
        add(CueWords.subordinators, .subordinator)
        add(CueWords.verbs, .verb)
        add("reports reported", .reporting)
        add("most many some others another all both few several none", .quantifier)
        add("to would will could should might must can cannot", .modal)
        add("say says said tell tells told write writes wrote add adds added ask asks asked", .core)
        return table
    }

    /// The FNV-1a hash of lower-cased bytes, reading `’` as `'`.
    @inlinable
    static func hash(_ bytes: [UInt8]) -> UInt64 { hash(bytes, 0, bytes.count) }

    /// The hashes of the space-separated words of `words`, for a small word set made once.
    static func hashes(_ words: String) -> WordHashes {
        WordHashes(words.split(whereSeparator: \.isWhitespace).map { hash(Array($0.utf8)) })
    }

    /// The FNV-1a hash of no bytes, where `hash` starts.
    @inlinable
    static var hashBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// The FNV-1a hash `value` followed by `byte` (already lower-cased), for a caller that hashes
    /// a word as it reads it.
    @inlinable
    static func hashStep(_ value: UInt64, _ byte: UInt8) -> UInt64 {
        (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The FNV-1a hash of the lower-cased bytes `bytes[start..<end]`, reading `’` as `'`.
    ///
    /// A word of one to eight ASCII bytes, the most common, is read in one load and lower-cased in
    /// one step; others go to `hashBytes`: the same value either way.
    @inlinable
    static func hash(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        precondition(start >= 0 && end <= bytes.count || start >= end, "hash: range out of bounds")
        return bytes.withUnsafeBufferPointer { bytes in
            let count = end &- start
            if count > 0, count <= 8, start &+ 8 <= bytes.count, let base = bytes.baseAddress {
                // The first byte lowest, and the bytes past the word shifted out.
                let loaded = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
                let past = UInt64(truncatingIfNeeded: 64 &- 8 &* count)
                let chunk = (loaded &<< past) &>> past
                if chunk & 0x8080_8080_8080_8080 == 0 {
                    return hashStep(hashBasis, ascii: chunk | asciiUpper(chunk) >> 2, count: count)
                }
            }
            return hashBytes(hashBasis, bytes, start, end)
        }
    }

    /// The FNV-1a hash `value` followed by the lower-cased bytes `bytes[start..<end]`, reading
    /// `’` as `'`: eight bytes at a time while they are ASCII and more than eight are left, then
    /// byte by byte.
    @usableFromInline
    @inline(never)
    static func hashBytes(_ value: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var value = value
        var index = start
        if let base = bytes.baseAddress {
            // All eight bytes lie before `end`, so inside `bytes`.
            while end &- index > 8 {
                let chunk = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                guard chunk & 0x8080_8080_8080_8080 == 0 else { break }
                value = hashStep(value, ascii: chunk | asciiUpper(chunk) >> 2, count: 8)
                index &+= 8
            }
        }
        while index < end {
            var byte = bytes[index]
            if byte == 0xE2, index &+ 2 < end, bytes[index &+ 1] == 0x80, bytes[index &+ 2] == 0x99 {
                byte = UInt8(ascii: "'")
                index &+= 2
            } else {
                // A-Z to a-z, without a branch.
                byte |= byte &- 0x41 < 26 ? 0x20 : 0
            }
            value = hashStep(value, byte)
            index &+= 1
        }
        return value
    }

    /// The FNV-1a hash `value` followed by the low `count` bytes (one to eight, already
    /// lower-cased) of `chunk`, lowest first; unrolled, as most words are this short.
    @inlinable
    @inline(__always)
    static func hashStep(_ value: UInt64, ascii chunk: UInt64, count: Int) -> UInt64 {
        var value = value
        var chunk = chunk
        // Entered at `count`, each case hashes the low byte and moves the next one down.
        switch count {
        case 8:
            value = hashStep(value, UInt8(truncatingIfNeeded: chunk))
            chunk &>>= 8
            fallthrough
        case 7:
            value = hashStep(value, UInt8(truncatingIfNeeded: chunk))
            chunk &>>= 8
            fallthrough
        case 6:
            value = hashStep(value, UInt8(truncatingIfNeeded: chunk))
            chunk &>>= 8
            fallthrough
        case 5:
            value = hashStep(value, UInt8(truncatingIfNeeded: chunk))
            chunk &>>= 8
            fallthrough
        case 4:
            value = hashStep(value, UInt8(truncatingIfNeeded: chunk))
            chunk &>>= 8
            fallthrough
        case 3:
            value = hashStep(value, UInt8(truncatingIfNeeded: chunk))
            chunk &>>= 8
            fallthrough
        case 2:
            value = hashStep(value, UInt8(truncatingIfNeeded: chunk))
            chunk &>>= 8
            fallthrough
        case 1:
            value = hashStep(value, UInt8(truncatingIfNeeded: chunk))
        default:
            break
        }
        return value
    }

    /// The high bit (0x80) of each byte of `chunk` that is an ASCII capital A-Z, for a chunk of
    /// ASCII bytes only (no byte carries into the next).
    @inlinable
    @inline(__always)
    static func asciiUpper(_ chunk: UInt64) -> UInt64 {
        // A byte plus 0x3F reaches 0x80 from "A" (0x41) on; plus 0x25, from "[" (0x5B) on.
        (chunk &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(chunk &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
    }

    /// The bytes of `span`, a word of one to eight ASCII bytes (the most common), read in one load,
    /// the first byte lowest and the bytes past the word zero; nil for a longer or non-ASCII word,
    /// or one too near the end of `bytes` to load eight bytes from.
    @inlinable
    @inline(__always)
    static func shortASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceSpan) -> UInt64? {
        let count = span.upper &- span.lower
        guard count > 0, count <= 8, span.lower &+ 8 <= bytes.count, let base = bytes.baseAddress else { return nil }
        let loaded = UInt64(littleEndian: UnsafeRawPointer(base + span.lower).loadUnaligned(as: UInt64.self))
        let past = UInt64(truncatingIfNeeded: 64 &- 8 &* count)
        let chunk = (loaded &<< past) &>> past
        return chunk & 0x8080_8080_8080_8080 == 0 ? chunk : nil
    }
}

/// A language's cue words: the classes of each word the attribution rules know.
public struct CueTable: Sendable {
    /// The words' classes by hash.
    let words: WordTable

    /// The English cue words (verbs of speech, pronouns, titles, function words).
    public static func english() -> CueTable { CueTable(words: CueLexicon.englishTable()) }

    /// A table that knows no words, for contexts that read tokens but attribute nothing.
    public static func none() -> CueTable { CueTable(words: WordTable(capacity: 2)) }
}

/// An open-addressing table from word hashes to word classes (faster than `Dictionary`,
/// whose hashing dominated the lookups).
struct WordTable: Sendable {
    /// The keys; 0 marks an empty slot.
    private var keys: [UInt64]
    /// The classes of each slot.
    private var values: [WordClass]
    /// `capacity - 1`, for masking.
    private let mask: Int

    /// Creates an empty table with a power-of-two capacity.
    init(capacity: Int) {
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: [], count: capacity)
        mask = capacity - 1
    }

    /// Adds `wordClass` to the classes of `key`.
    mutating func insert(_ key: UInt64, _ wordClass: WordClass) {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot].insert(wordClass)
    }

    /// The classes of `key` (empty when absent).
    @inline(__always)
    func classes(_ key: UInt64) -> WordClass {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return [] }
            slot = (slot + 1) & mask
        }
    }
}
