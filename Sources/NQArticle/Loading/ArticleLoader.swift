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
    public static let articleExtensions: Set<String> = ["txt", "text", "md"]

    /// Creates a loader.
    public init() {}

    /// The article files a path names: itself, the text files under a folder (sorted), or the
    /// matches of a glob (sorted).
    public func files(for path: String) -> Result<[String], LoadProblem> {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { return .success([path]) }
            guard let found = FolderWalker.files(under: path, accept: Self.hasArticleExtension) else {
                return .failure(LoadProblem(path: path, message: "cannot read the folder"))
            }
            guard !found.isEmpty else {
                return .failure(LoadProblem(path: path, message: "no articles (*.txt) in this folder"))
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

    /// Reads and validates one file's text: it must be UTF-8 text, with no NUL byte.
    public func readText(at path: String) -> Result<ArticleText, LoadProblem> {
        guard let bytes = ByteScan.readFile(at: path) else {
            return .failure(LoadProblem(path: path, message: "cannot read the file"))
        }
        return Self.validate(bytes, path: path)
    }

    /// Reads a text file such as a script: valid UTF-8 with no NUL byte (it may be empty).
    public static func readUTF8(at path: String) -> Result<String, LoadProblem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(LoadProblem(path: path, message: "cannot read the file"))
        }
        let bytes = Array(data)
        if bytes.contains(0) || firstInvalidUTF8(bytes) != nil {
            return .failure(LoadProblem(path: path, message: "not a UTF-8 text file"))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// Checks that bytes are article text: not binary, valid UTF-8, not empty.
    public static func validate(_ raw: [UInt8], path: String) -> Result<ArticleText, LoadProblem> {
        var bytes = raw
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Most articles are ASCII: one pass 8 bytes at a time rules out NUL bytes and bad UTF-8
        // together, and tells `ArticleText` it needs no code-point checkpoints.
        let isASCII = ByteScan.isASCIIWithoutNUL(bytes)
        if !isASCII {
            if let nul = ByteScan.firstOffset(of: 0, in: bytes) {
                return .failure(
                    LoadProblem(path: path, message: "binary file (NUL byte at offset \(nul)), not an article"))
            }
            if let bad = firstInvalidUTF8(bytes) {
                return .failure(LoadProblem(path: path, message: "not valid UTF-8 text (bad byte at offset \(bad))"))
            }
        }
        if bytes.allSatisfy({ CharClass.isSpace($0) }) {
            return .failure(LoadProblem(path: path, message: "empty article"))
        }
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
