import NQSource

/// Builds an article's text from the pieces a structured input gives (headline, headings,
/// paragraphs), one block per piece separated by blank lines, and records where each is.
///
/// Offsets of articles read from JSON, HTML and Markdown count into this assembled text, which
/// is what `show` and the `text` fields print.
struct TextAssembler {
    /// The text so far.
    private(set) var bytes: [UInt8] = []
    /// The headline's span, once added.
    private(set) var title: SourceSpan?
    /// The start offsets of the headings added.
    private(set) var headingStarts: Set<Int> = []

    /// Adds the headline (it must come first); empty text adds nothing.
    mutating func addTitle(_ text: String) {
        guard let span = append(text) else { return }
        title = span
    }

    /// Adds a section heading; empty text adds nothing.
    mutating func addHeading(_ text: String) {
        guard let span = append(text) else { return }
        headingStarts.insert(span.lower)
    }

    /// Adds a paragraph or a run of body text (which may hold blank lines of its own).
    mutating func addBody(_ text: String) {
        _ = append(text)
    }

    /// Whether any body text or heading has been added after the headline.
    var hasBody: Bool { bytes.count > (title?.upper ?? 0) }

    /// Appends trimmed text as a new block, returning its span (nil when it is blank).
    private mutating func append(_ text: String) -> SourceSpan? {
        let trimmed = Self.trimmedLines(text)
        guard !trimmed.isEmpty else { return nil }
        if !bytes.isEmpty { bytes += [0x0A, 0x0A] }
        let start = bytes.count
        bytes += trimmed.utf8
        return SourceSpan(start, bytes.count)
    }

    /// The text with line endings made line feeds, each line's trailing white space removed,
    /// and blank lines at either end dropped.
    static func trimmedLines(_ text: String) -> String {
        let unified = text.replacingCRLF()
        var lines = unified.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var end = line.endIndex
            while end > line.startIndex, line[line.index(before: end)].isWhitespace { end = line.index(before: end) }
            return String(line[..<end])
        }
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The hints that say where the headline and headings are.
    var layout: LayoutHints {
        LayoutHints(title: title.map { .span($0) } ?? .none, headingStarts: headingStarts)
    }
}

extension String {
    /// The string with CR LF and lone CR line endings made LF.
    func replacingCRLF() -> String {
        guard utf8.contains(0x0D) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var previousCR = false
        for byte in utf8 {
            if byte == 0x0D {
                out.append(0x0A)
                previousCR = true
                continue
            }
            if !(byte == 0x0A && previousCR) { out.append(byte) }
            previousCR = false
        }
        return String(decoding: out, as: UTF8.self)
    }
}
