/// Reads the articles of one input, whatever its format: a text, Markdown or HTML file holds
/// one article; a JSON or JSON Lines file, or standard input, may hold many.
public struct ArticleReader: Sendable {
    /// The path that names standard input.
    public static let standardInput = "-"

    /// How to read.
    public var options: InputOptions

    /// Creates a reader.
    public init(options: InputOptions = InputOptions()) {
        self.options = options
    }

    /// The articles of one file (in order), each with the problem that kept it out if any.
    public func read(path: String) -> [Result<ArticleRecord, LoadProblem>] {
        let named = options.format ?? InputFormat.fromExtension(of: path)
        let limit = named == .json || named == .jsonl ? jsonLimit : options.maxArticleBytes
        switch FileReader.read(path, limit: limit) {
        case .failure(let failure): return [.failure(LoadProblem(path: path, message: failure.message))]
        case .success(let bytes): return read(bytes: bytes, source: path, stem: ArticleLoader.id(forPath: path))
        }
    }

    /// The largest JSON or JSON Lines input read.
    var jsonLimit: Int {
        options.maxArticleBytes.multipliedReportingOverflow(by: InputOptions.jsonFileFactor).partialValue
    }

    /// The articles of bytes read from `source`; `stem` is the id of a single article, and
    /// numbered (`stem-2`) for records that carry no id.
    /// `firstLine` is the line number of the first byte, for JSON Lines read in pieces.
    public func read(bytes: [UInt8], source: String, stem: String, firstLine: Int = 1) -> [Result<
        ArticleRecord, LoadProblem
    >] {
        let format = options.format ?? InputFormat.detect(path: source, bytes: bytes)
        if format != .json && format != .jsonl && bytes.count > options.maxArticleBytes {
            return [
                .failure(
                    LoadProblem(path: source, message: ArticleLoader.tooLarge(bytes.count, options.maxArticleBytes)))
            ]
        }
        switch format {
        case .text:
            return [
                ArticleLoader.validate(bytes, path: source).map { ArticleRecord(id: stem, source: source, text: $0) }
            ]
        case .html:
            let isUTF8 = ArticleLoader.firstInvalidUTF8(bytes) == nil
            return [
                HTMLArticleReader(maxArticleBytes: options.maxArticleBytes).read(
                    bytes, isUTF8: isUTF8, source: source, id: stem)
            ]
        case .markdown:
            return [
                ArticleLoader.validate(bytes, path: source).flatMap { text in
                    MarkdownArticleReader(fields: options.fields).read(text.string, source: source, id: stem)
                }
            ]
        case .json, .jsonl:
            if let bad = ArticleLoader.firstInvalidUTF8(bytes) {
                return [
                    .failure(LoadProblem(path: source, message: "not valid UTF-8 JSON (bad byte at offset \(bad))"))
                ]
            }
            let reader = JSONArticleReader(fields: options.fields, maxArticleBytes: options.maxArticleBytes)
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            let records =
                format == .jsonl
                ? reader.readLines(body, source: source, stem: stem, firstLine: firstLine)
                : reader.readDocument(body, source: source, stem: stem)
            return records.isEmpty
                ? [.failure(LoadProblem(path: source, message: "no articles in this input"))] : records
        }
    }
}

extension ArticleReader {
    /// Everything on standard input, up to the size of the largest JSON input allowed (for the
    /// executable; libraries never read standard input themselves).
    public func readStandardInput() -> Result<[UInt8], ReadFailure> {
        FileReader.readAll(0, expected: 1 << 16, limit: jsonLimit)
    }
}

/// Standard input read in pieces that end at a line end, so that JSON Lines stream through
/// `nq export` in constant memory.
public final class LineChunks {
    /// The descriptor read.
    private let descriptor: Int32
    /// The longest line accepted; a longer one (or an endless one, such as /dev/zero) ends the
    /// input with `failure` set.
    private let maxLine: Int
    /// Bytes read after the last line end handed out.
    private var pending: [UInt8] = []
    /// One past the last line feed in `pending` (0 when it holds none).
    private var lastLineEnd = 0
    /// Whether the end of input was reached.
    private var ended = false
    /// The line number of the next chunk's first line.
    public private(set) var nextLine = 1
    /// Why reading stopped early, if it did.
    public private(set) var failure: String?

    /// Reads standard input (or another descriptor), refusing lines longer than `maxLine`.
    public init(descriptor: Int32 = 0, maxLine: Int = InputOptions.defaultMaxArticleBytes) {
        self.descriptor = descriptor
        self.maxLine = maxLine
    }

    /// The next piece of whole lines, at least `size` bytes unless the input ends, with the
    /// number of its first line; nil at the end.
    public func next(size: Int = 1 << 20) -> (bytes: [UInt8], firstLine: Int)? {
        while !ended && (pending.count < size || lastLineEnd == 0) {
            switch FileReader.readSome(descriptor, max: max(size, 65536)) {
            case .success(let bytes):
                if bytes.isEmpty {
                    ended = true
                } else {
                    // Only the new bytes are searched for a line end: a long line costs linear time.
                    let before = pending.count
                    pending += bytes
                    if let end = pending[before...].lastIndex(of: 0x0A) { lastLineEnd = end + 1 }
                }
            case .failure(let problem):
                failure = problem.message
                ended = true
            }
            if pending.count - lastLineEnd > maxLine {
                failure =
                    "a line longer than \(ArticleLoader.megabytes(maxLine)) MB (--max-article-mb): stopped reading"
                pending.removeSubrange(lastLineEnd...)
                ended = true
            }
        }
        guard !pending.isEmpty else { return nil }
        let cut = ended ? pending.count : lastLineEnd
        let chunk = Array(pending[..<cut])
        pending.removeSubrange(..<cut)
        // What is left is part of one line, with no line end yet.
        lastLineEnd = 0
        let first = nextLine
        nextLine += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return (chunk, first)
    }
}
