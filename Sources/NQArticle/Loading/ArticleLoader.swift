import Foundation
import NQSource

/// A problem with one file or path while loading; the other files still load.
public struct LoadProblem: Sendable, Equatable, Error {
    /// The file or path concerned.
    public var path: String
    /// What went wrong, lowercase with no final period.
    public var message: String

    /// Creates a problem report.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}

/// Reads article files: a file, every text file of a folder, or the files a glob names.
public struct ArticleLoader: Sendable {
    /// File extensions read when a folder is loaded.
    public static let articleExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "json", "jsonl", "ndjson",
    ]

    /// The files some paths name, the paths that name none, and what was skipped on the way.
    public struct Listing: Sendable {
        /// The article files, in order.
        public var files: [String] = []
        /// Paths that name no article file.
        public var problems: [LoadProblem] = []
        /// Folders and entries skipped inside a folder (unreadable, not regular files).
        public var skipped: [LoadProblem] = []
    }

    /// The article files of several paths, with the problems of paths that name none and the
    /// entries skipped inside folders.
    public func listing(for paths: [String]) -> Listing {
        var listing = Listing()
        for path in paths {
            switch files(for: path, skipped: &listing.skipped) {
            case .success(let found): listing.files += found
            case .failure(let problem): listing.problems.append(problem)
            }
        }
        return listing
    }

    /// Creates a loader.
    public init() {}

    /// The article files a path names: itself, the text files under a folder (sorted), or the
    /// matches of a glob (sorted).
    public func files(for path: String) -> Result<[String], LoadProblem> {
        var skipped: [LoadProblem] = []
        return files(for: path, skipped: &skipped)
    }

    /// The same, adding to `skipped` what a folder holds that cannot be read.
    public func files(for path: String, skipped: inout [LoadProblem]) -> Result<[String], LoadProblem> {
        // C calls would stop at the NUL and name another file (or the same folder, forever).
        if path.utf8.contains(0) {
            return .failure(LoadProblem(path: path, message: "the path holds a NUL byte"))
        }
        if path.isEmpty { return .failure(LoadProblem(path: path, message: "the path is empty")) }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { return .success([path]) }
            guard
                let found = FolderWalker.files(under: path, accept: Self.hasArticleExtension, skipped: &skipped)
            else {
                return .failure(LoadProblem(path: path, message: "cannot read the folder"))
            }
            guard !found.isEmpty else {
                return .failure(
                    LoadProblem(
                        path: path, message: "no articles (*.txt, *.md, *.html, *.json, *.jsonl) in this folder"))
            }
            return .success(found.sorted())
        }
        if path.contains(where: { "*?[".contains($0) }) {
            let matches = Glob.expand(path)
            guard !matches.isEmpty else {
                return .failure(LoadProblem(path: path, message: "no file matches this pattern"))
            }
            return .success(matches)
        }
        return .failure(LoadProblem(path: path, message: "no such file or folder"))
    }

    /// The article files of several paths, and the problems of the paths that name none.
    public func files(for paths: [String]) -> (files: [String], problems: [LoadProblem]) {
        var files: [String] = []
        var problems: [LoadProblem] = []
        for path in paths {
            switch self.files(for: path) {
            case .success(let found): files += found
            case .failure(let problem): problems.append(problem)
            }
        }
        return (files, problems)
    }

    /// Reads and validates one file's text: a regular file no larger than `maxBytes`, holding
    /// UTF-8 (or UTF-16 with a byte-order mark) text with no NUL byte.
    public func readText(at path: String, maxBytes: Int = InputOptions.defaultMaxArticleBytes) -> Result<
        ArticleText, LoadProblem
    > {
        switch FileReader.read(path, limit: maxBytes) {
        case .failure(let failure): return .failure(LoadProblem(path: path, message: failure.message))
        case .success(let bytes): return Self.validate(bytes, path: path)
        }
    }

    /// Reads a text file such as a script: valid UTF-8 with no NUL byte (it may be empty).
    public static func readUTF8(at path: String) -> Result<String, LoadProblem> {
        let bytes: [UInt8]
        switch FileReader.read(path, limit: InputOptions.defaultMaxArticleBytes) {
        case .failure(let failure): return .failure(LoadProblem(path: path, message: failure.message))
        case .success(let read): bytes = read
        }
        if bytes.contains(0) || firstInvalidUTF8(bytes) != nil {
            return .failure(LoadProblem(path: path, message: "not a UTF-8 text file"))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// The message for an input over the size limit.
    static func tooLarge(_ size: Int, _ limit: Int) -> String {
        "too large for one article (\(megabytes(size)) MB; the limit is \(megabytes(limit)) MB, set with --max-article-mb)"
    }

    /// Bytes as megabytes with one decimal.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }

    /// Checks that bytes are article text and makes them `ArticleText`: UTF-16 with a
    /// byte-order mark is converted to UTF-8; other text must be valid UTF-8 without NUL bytes.
    ///
    /// Offsets stay those of the file: a UTF-8 byte-order mark is kept in the text (every span
    /// leaves it out, and it counts as one code point, as in Python's `encoding="utf-8"`), and
    /// carriage returns that end lines on their own (old Mac files) are read as line feeds,
    /// byte for byte.
    public static func validate(_ raw: [UInt8], path: String) -> Result<ArticleText, LoadProblem> {
        var bytes = raw
        if let utf16 = UTF16Text.decode(raw) {
            switch utf16 {
            case .success(let converted): bytes = converted
            case .failure(let failure): return .failure(LoadProblem(path: path, message: failure.message))
            }
        }
        // Most articles are ASCII: one pass 8 bytes at a time rules out NUL bytes and bad UTF-8
        // together, and tells `ArticleText` it needs no code-point checkpoints.
        let isASCII = ByteScan.isASCIIWithoutNUL(bytes)
        if !isASCII {
            if let nul = ByteScan.firstOffset(of: 0, in: bytes) {
                if let message = UTF16Text.unmarked(bytes) {
                    return .failure(LoadProblem(path: path, message: message))
                }
                return .failure(
                    LoadProblem(path: path, message: "binary file (NUL byte at offset \(nul)), not an article"))
            }
            if let bad = firstInvalidUTF8(bytes) {
                return .failure(LoadProblem(path: path, message: "not valid UTF-8 text (bad byte at offset \(bad))"))
            }
        }
        let bodyStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if bytes[bodyStart...].allSatisfy({ CharClass.isSpace($0) }) {
            return .failure(LoadProblem(path: path, message: "empty article"))
        }
        ByteScan.makeLoneCarriageReturnsLineFeeds(&bytes)
        return .success(ArticleText(bytes: bytes, isASCII: isASCII))
    }

    /// The offset of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            let count = buffer.count
            while offset < count {
                // Skip ASCII runs 8 bytes at a time; only multi-byte sequences need decoding.
                offset = ByteScan.asciiPrefixEnd(buffer, from: offset)
                guard offset < count else { return nil }
                let length = ByteScan.validSequenceLength(buffer, at: offset)
                if length == 0 { return offset }
                offset += length
            }
            return nil
        }
    }

    /// Whether a path's extension is one of `articleExtensions`, ignoring case.
    static func hasArticleExtension(_ path: String) -> Bool {
        if let simple = SimplePath(path) { return simple.hasExtension(in: articleExtensions) }
        return articleExtensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// Whether a path names a regular file this process may read.
    static func isReadableFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && access(path, R_OK) == 0
    }

    /// An article's id: its file name without the extension.
    public static func id(forPath path: String) -> String {
        if let simple = SimplePath(path) { return simple.stem }
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }
}

/// A path whose last component is split on bytes, without `NSString`, whose path methods cost
/// tens of thousands of instructions a call. Only plain paths qualify (ASCII, no `//`, no final
/// `/`, a last component `stem.ext` with a non-empty stem not ending in `.` and an
/// alphanumeric extension, or with no period at all), where `NSString` splits the same way.
struct SimplePath {
    /// The last component without its extension.
    let stem: String
    /// The extension's bytes (empty when there is none).
    let ext: ArraySlice<UInt8>

    /// Splits `path`, or returns nil when it is not plain.
    init?(_ path: String) {
        let bytes = Array(path.utf8)
        guard let lastByte = bytes.last, lastByte != UInt8(ascii: "/") else { return nil }
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0x80 || (byte == UInt8(ascii: "/") && previous == byte) { return nil }
            previous = byte
        }
        let start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        guard let dot = bytes[start...].lastIndex(of: UInt8(ascii: ".")) else {
            stem = String(decoding: bytes[start...], as: UTF8.self)
            ext = []
            return
        }
        let ext = bytes[(dot + 1)...]
        guard dot > start, bytes[dot - 1] != UInt8(ascii: "."), !ext.isEmpty,
            ext.allSatisfy({ CharClass.isLetter($0) || CharClass.isDigit($0) })
        else { return nil }
        stem = String(decoding: bytes[start..<dot], as: UTF8.self)
        self.ext = ext
    }

    /// Whether the extension, lower-cased, is one of `extensions`.
    func hasExtension(in extensions: Set<String>) -> Bool {
        extensions.contains(String(decoding: ext.map { CharClass.isUpper($0) ? $0 + 0x20 : $0 }, as: UTF8.self))
    }
}
