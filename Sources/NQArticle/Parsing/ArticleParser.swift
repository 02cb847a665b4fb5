import NQSource

/// Reads an article's layout: headline, section headings and paragraphs.
///
/// Two forms are understood: one block per line (no blank lines), and blocks separated by
/// blank lines (a block's inner line breaks stay inside its paragraph). The first block is the
/// headline when it is a single short line. A later block is a heading when it has the form of
/// one: a single short line in title case with no closing punctuation, followed by body text.
public struct ArticleParser: Sendable {
    /// The most words a headline or heading may have.
    public static let maxHeadingWords = 16
    /// The most words a first line may have and still be taken as the headline.
    public static let maxTitleWords = 40

    /// Creates a parser.
    public init() {}

    /// Fills in `title`, `sections`, `paragraphs`, `sentences` and `words` of an article;
    /// `layout` says what the input already knows (a headline, headings) instead of guessing.
    public func parse(_ article: inout Article, layout: LayoutHints = .detect) {
        let bytes = article.text.bytes
        let blocks = Self.blocks(in: bytes)
        guard !blocks.isEmpty else { return }
        var index = 0
        switch layout.title {
        case .detect:
            if blocks[0].lines == 1, Self.wordCount(bytes, blocks[0].span) <= Self.maxTitleWords,
                blocks.count > 1 || !Self.endsWithStop(bytes, blocks[0].span)
            {
                article.title = blocks[0].span
                index = 1
            }
        case .none:
            break
        case .span(let span):
            article.title = span
            while index < blocks.count, blocks[index].span.lower < span.upper { index += 1 }
        }
        let isHeading: (Block) -> Bool =
            layout.headingStarts.map { starts in { starts.contains($0.span.lower) } } ?? { Self.isHeading(bytes, $0) }
        var sections: [Section] = []
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(blocks.count)
        var heading: SourceSpan?
        var sectionStart: Int?
        func closeSection() {
            let first = sectionStart ?? paragraphs.count
            guard heading != nil || paragraphs.count > first else { return }
            let start = heading?.start ?? paragraphs[first].span.start
            let end = paragraphs.count > first ? paragraphs[paragraphs.count - 1].span.end : heading!.end
            sections.append(
                Section(
                    number: sections.count + 1, heading: heading,
                    span: SourceSpan(start: start, end: end), paragraphs: first..<paragraphs.count))
        }
        while index < blocks.count {
            let block = blocks[index]
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            let startsSection =
                layout.headingStarts != nil
                ? isHeading(block) : next.map { isHeading(block) && !isHeading($0) } ?? false
            if startsSection {
                closeSection()
                heading = block.span
                sectionStart = paragraphs.count
            } else {
                if sectionStart == nil { sectionStart = paragraphs.count }
                paragraphs.append(Paragraph(span: block.span))
            }
            index += 1
        }
        closeSection()
        let splitter = SentenceSplitter()
        var sentences: [Sentence] = []
        sentences.reserveCapacity(bytes.count / 64)
        var words = article.title.map { Self.wordCount(bytes, $0) } ?? 0
        for section in sections {
            if let heading = section.heading { words += Self.wordCount(bytes, heading) }
        }
        for index in paragraphs.indices {
            let first = sentences.count
            splitter.split(bytes, paragraphs[index].span, into: &sentences)
            paragraphs[index].sentences = first..<sentences.count
            words += Self.wordCount(bytes, paragraphs[index].span)
        }
        article.sections = sections
        article.paragraphs = paragraphs
        article.sentences = sentences
        article.words = words
    }

    /// A run of non-blank lines.
    struct Block {
        var span: SourceSpan
        var lines: Int
    }

    /// Splits the text into blocks: one per line when there is no blank line between blocks,
    /// else runs of lines separated by blank lines.
    static func blocks(in bytes: [UInt8]) -> [Block] {
        var lines: [SourceSpan] = []
        var start = 0
        var nonBlank = 0
        // Whether a non-blank line is followed by a blank one.
        var blankAfterText = false
        func addLine(upTo end: Int) {
            let line = trimmed(bytes, SourceSpan(start, end))
            if line.isEmpty {
                if let previous = lines.last, !previous.isEmpty { blankAfterText = true }
            } else {
                nonBlank += 1
            }
            lines.append(line)
            start = end + 1
        }
        let breaks = ByteScan.offsets(of: 0x0A, in: bytes)
        lines.reserveCapacity(breaks.count + 1)
        for index in breaks { addLine(upTo: index) }
        addLine(upTo: bytes.count)
        var blocks: [Block] = []
        blocks.reserveCapacity(nonBlank)
        guard blankAfterText && nonBlank > 1 else {
            for line in lines where !line.isEmpty { blocks.append(Block(span: line, lines: 1)) }
            return blocks
        }
        // Runs of non-blank lines, as ranges of `lines`.
        var runStart = 0
        for index in 0...lines.count where index == lines.count || lines[index].isEmpty {
            if index > runStart { appendBlocks(bytes, lines[runStart..<index], to: &blocks) }
            runStart = index + 1
        }
        return blocks
    }

    /// Appends the blocks of a run of non-blank lines: one paragraph, or one per line when its lines are paragraphs of
    /// their own rather than a paragraph wrapped by hand: when a line before the last is longer than any
    /// hand-wrapped line (over 100 bytes), or when three or more lines each end a sentence.
    static func appendBlocks(_ bytes: [UInt8], _ lines: ArraySlice<SourceSpan>, to blocks: inout [Block]) {
        // A run of one line (most of them) is its own block.
        guard lines.count > 1 else {
            blocks.append(Block(span: lines[lines.startIndex], lines: 1))
            return
        }
        let early = lines.dropLast()
        let long = early.contains { $0.length > 100 }
        let stops = lines.count >= 3 && early.allSatisfy { endsWithStop(bytes, $0) }
        if long || stops {
            for line in lines { blocks.append(Block(span: line, lines: 1)) }
        } else {
            blocks.append(Block(span: lines[lines.startIndex].union(lines[lines.endIndex - 1]), lines: lines.count))
        }
    }

    /// The span without leading and trailing white space (including no-break spaces).
    static func trimmed(_ bytes: [UInt8], _ span: SourceSpan) -> SourceSpan {
        var lower = span.lower
        var upper = span.upper
        while lower < upper {
            // An ASCII byte (most ends of a span) is its own scalar: tested without decoding.
            let byte = bytes[lower]
            if byte < 0x80 {
                guard CharClass.isSpace(byte) else { break }
                lower += 1
                continue
            }
            let (scalar, length) = CharClass.scalar(in: bytes, at: lower)
            guard CharClass.isSpace(scalar) || scalar == "\u{FEFF}" else { break }
            lower += length
        }
        while upper > lower {
            let byte = bytes[upper - 1]
            if byte < 0x80 {
                guard CharClass.isSpace(byte) else { break }
                upper -= 1
                continue
            }
            let start = CharClass.scalarStart(in: bytes, before: upper)
            let (scalar, _) = CharClass.scalar(in: bytes, at: start)
            guard CharClass.isSpace(scalar) else { break }
            upper = start
        }
        return SourceSpan(lower, upper)
    }

    /// The number of words: runs of non-space characters holding a letter or a digit.
    static func wordCount(_ bytes: [UInt8], _ span: SourceSpan) -> Int {
        // Over a byte table: a word is counted at its first letter, digit or non-ASCII letter byte
        // (≥ 0xC3), and the rest of it, up to white space, is skipped in a tight loop.
        Self.wordBytes.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { buffer in
                var count = 0
                var index = span.lower
                let end = span.upper
                // Offsets stay within the span: no overflow checks.
                while index < end {
                    let kind = table[Int(buffer[index])]
                    index &+= 1
                    guard kind & 2 != 0 else { continue }
                    count &+= 1
                    // The white space ending the word (if the span goes on) starts no word: stepped over.
                    index = spaceOrEnd(buffer, from: index, limit: end, table) &+ 1
                }
                return count
            }
        }
    }

    /// The first offset in `start..<limit` holding ASCII white space (bit 0 of `table`), or
    /// `limit`. Eight bytes are tested per step for one below 0x21, where white space lies; a
    /// control byte found so is stepped over.
    @inline(__always)
    static func spaceOrEnd(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int, _ table: UnsafeBufferPointer<UInt8>
    ) -> Int {
        var index = start
        if let base = buffer.baseAddress {
            while index &+ 8 <= limit {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // The high bit of each byte below 0x21; a borrow only marks bytes above the first
                // (at higher addresses, as the load is little-endian).
                let low = (word &- 0x2121_2121_2121_2121) & ~word & 0x8080_8080_8080_8080
                if low == 0 {
                    index &+= 8
                    continue
                }
                index &+= low.trailingZeroBitCount &>> 3
                if table[Int(buffer[index])] & 1 != 0 { return index }
                index &+= 1
            }
        }
        while index < limit, table[Int(buffer[index])] & 1 == 0 { index &+= 1 }
        return index
    }

    /// Per byte: bit 0 for ASCII white space, bit 1 for a byte that makes a run a word.
    static let wordBytes: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        if CharClass.isSpace(byte) { return 1 }
        return CharClass.isLetter(byte) || CharClass.isDigit(byte) || byte >= 0xC3 ? 2 : 0
    }

    /// Whether the span's last visible character is a sentence stop or a closing quotation.
    static func endsWithStop(_ bytes: [UInt8], _ span: SourceSpan) -> Bool {
        guard !span.isEmpty else { return false }
        let start = CharClass.scalarStart(in: bytes, before: span.upper)
        let (last, _) = CharClass.scalar(in: bytes, at: start)
        // . ! ? : ; , ” " … » « “ 。 ！ ？ 」, tested without walking a string's scalars.
        switch last.value {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2C, 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x2026, 0x3002, 0x300D, 0xFF01,
            0xFF1F:
            return true
        default: return false
        }
    }

    /// Small words that stay lower-case inside a title-case heading.
    static let minorWords: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of",
        "on", "onto", "or", "over", "per", "the", "to", "up", "via", "vs", "with", "without",
    ]

    /// Whether a block has the form of a heading: one line, few words, no closing punctuation,
    /// and every word but the minor ones capitalised.
    static func isHeading(_ bytes: [UInt8], _ block: Block) -> Bool {
        guard block.lines == 1, !endsWithStop(bytes, block.span) else { return false }
        // A line of ASCII, accented Latin letters and typographic punctuation has one character
        // per scalar: its words are split on its bytes, with no `String` of the whole line. One
        // whose first 122 scalars are such characters has over 120 characters whatever follows
        // (the last of them may join a mark after it): it is not read further.
        if let count = SimpleText.characterCount(bytes, block.span, limit: 121) {
            guard count <= 120 else { return false }
            var words: [String] = []
            var start = block.span.lower
            for index in block.span.lower...block.span.upper
            where index == block.span.upper || bytes[index] == 0x20 || bytes[index] == 0x09 {
                if index > start {
                    guard words.count < maxHeadingWords else { return false }
                    words.append(String(decoding: bytes[start..<index], as: UTF8.self))
                }
                start = index + 1
            }
            return isTitleCase(words)
        }
        let text = String(decoding: bytes[block.span.lower..<block.span.upper], as: UTF8.self)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count <= maxHeadingWords, text.count <= 120 else { return false }
        return isTitleCase(words)
    }

    /// Whether a heading's words are in title case: at least one capitalised (or a number), and
    /// every other one a minor word past the first.
    static func isTitleCase<Word: StringProtocol>(_ words: [Word]) -> Bool {
        guard !words.isEmpty else { return false }
        var capitalised = 0
        for (position, word) in words.enumerated() {
            guard let first = word.unicodeScalars.first(where: { CharClass.isLetter($0) || ("0"..."9").contains($0) })
            else { continue }
            if CharClass.isUpper(first) || ("0"..."9").contains(first) {
                capitalised += 1
            } else if position == 0 || !minorWords.contains(word.lowercased()) {
                return false
            }
        }
        return capitalised > 0
    }
}
