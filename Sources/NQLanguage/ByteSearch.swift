import NQSource

/// Case-insensitive substring search straight on UTF-8 bytes.
enum ByteSearch {
    /// A needle prepared once for many searches: lower-cased bytes, which of them are letters,
    /// and the rarest byte to scan for first.
    struct Pattern {
        /// The needle as written.
        let needle: String
        /// The lower-cased needle's UTF-8 bytes.
        let bytes: [UInt8]
        /// For each byte, 0x20 when it is an ASCII letter (`byte | 0x20` then matches either
        /// case), 0 otherwise (the byte must match exactly).
        let folds: [UInt8]
        /// Whether the lower-cased needle has bytes past ASCII (searched by lower-casing text).
        let isASCII: Bool
        /// The position in `bytes` of the byte that is rarest in English text.
        let anchor: Int

        /// Prepares a needle.
        init(_ needle: String) {
            self.needle = needle
            bytes = Array(needle.lowercased().utf8)
            folds = bytes.map { $0 >= 0x61 && $0 <= 0x7A ? 0x20 : 0 }
            isASCII = !bytes.contains { $0 >= 0x80 }
            var best = 0
            for (index, byte) in bytes.enumerated() where Self.frequency(byte) < Self.frequency(bytes[best]) {
                best = index
            }
            anchor = best
        }

        /// A rough rank of how often a lower-cased byte occurs in English text (higher is more
        /// often); it only steers which byte is scanned for, never what matches.
        static func frequency(_ byte: UInt8) -> Int {
            if byte == 0x20 { return 100 }
            if byte >= 0x61 && byte <= 0x7A {
                let ranks: [UInt8] = Array("zqjxkvbpygfwmucldrhsnioate".utf8)
                return 10 + (ranks.firstIndex(of: byte) ?? 0) * 3
            }
            if byte >= 0x30 && byte <= 0x39 { return 8 }
            return 5
        }
    }

    /// Whether `bytes[span]` contains `needle`, ignoring ASCII case (other letters must match
    /// exactly, or the search falls back to full Unicode lower-casing).
    static func contains(_ bytes: [UInt8], _ span: SourceSpan, needle: String) -> Bool {
        contains(bytes, span, Pattern(needle))
    }

    /// Whether `bytes[span]` contains a prepared needle, as `contains(_:_:needle:)`.
    static func contains(_ bytes: [UInt8], _ span: SourceSpan, _ pattern: Pattern) -> Bool {
        if pattern.bytes.isEmpty { return true }
        if !pattern.isASCII {
            return String(decoding: bytes[span.lower..<span.upper], as: UTF8.self).lowercased().contains(
                pattern.needle.lowercased())
        }
        let count = pattern.bytes.count
        guard span.length >= count else { return false }
        let anchor = pattern.anchor
        let target = pattern.bytes[anchor]
        let fold = pattern.folds[anchor]
        return bytes.withUnsafeBufferPointer { buffer in
            pattern.bytes.withUnsafeBufferPointer { needle in
                pattern.folds.withUnsafeBufferPointer { folds in
                    guard let base = buffer.baseAddress else { return false }
                    let raw = UnsafeRawPointer(base)
                    // Eight bytes at a time: skip words where no byte can be the anchor byte.
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let highs: UInt64 = 0x8080_8080_8080_8080
                    let wordFold = UInt64(fold) &* ones
                    let wordTarget = UInt64(target) &* ones
                    var index = span.lower + anchor
                    let last = span.upper - count + anchor
                    while index <= last {
                        if index + 8 <= span.upper {
                            let word =
                                (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) | wordFold) ^ wordTarget
                            if (word &- ones) & ~word & highs == 0 {
                                index += 8
                                continue
                            }
                        }
                        if buffer[index] | fold == target {
                            let start = index - anchor
                            var matched = 0
                            while matched < count, buffer[start + matched] | folds[matched] == needle[matched] {
                                matched += 1
                            }
                            if matched == count { return true }
                        }
                        index += 1
                    }
                    return false
                }
            }
        }
    }
}

/// A filter that is one `FIELD contains "text"` on article text, prepared once: the needle, and
/// the bytes of the article at hand, fetched again only when the rows move to another article.
/// It keeps exactly the rows `EvaluationContext.test` keeps, without matching the expression
/// again for every row.
struct TextScan {
    /// The span of text the field is.
    let span: @Sendable (Corpus, RowRef) -> SourceSpan?
    /// The needle.
    let pattern: ByteSearch.Pattern

    /// The scan of a filter, when the filter is such a search.
    init?(_ filter: BoundExpr) {
        guard case .compare(.contains, .field(let field), .literal(.text(let needle))) = filter,
            let span = field.span, !TextFolding.hasMarks(needle)
        else { return nil }
        self.span = span
        pattern = ByteSearch.Pattern(needle)
    }

    /// The rows whose text contains the needle, in order.
    func filter(_ rows: [RowRef], in corpus: Corpus, check: Cancellation = Cancellation()) throws(Diagnostic)
        -> [RowRef]
    {
        var kept: [RowRef] = []
        var article: Int32 = -1
        var bytes: [UInt8] = []
        for (index, row) in rows.enumerated() {
            if index & 1023 == 0 { try check.poll() }
            guard let range = span(corpus, row) else { continue }
            if row.article != article {
                article = row.article
                bytes = corpus.articles[Int(article)].text.bytes
            }
            if ByteSearch.contains(bytes, range, pattern) { kept.append(row) }
        }
        return kept
    }
}

/// ASCII case mapping on bytes.
enum CharClassLite {
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    @inline(__always)
    static func upper(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte & ~0x20 : byte }
}
