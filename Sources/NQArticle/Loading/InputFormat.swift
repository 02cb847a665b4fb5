/// The formats nq reads articles from.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Plain text: a headline, then paragraphs.
    case text
    /// Markdown, with optional YAML front matter.
    case markdown
    /// A web page.
    case html
    /// One JSON article, or a JSON array of articles.
    case json
    /// JSON Lines (NDJSON): one JSON article per line.
    case jsonl

    /// The format a file name's extension names, if any.
    public static func fromExtension(of path: String) -> InputFormat? {
        if let format = asciiExtension(of: path) { return format }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "html", "htm", "xhtml": return .html
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        default: return nil
        }
    }

    /// `fromExtension` for an ASCII path, read on its bytes (a path of a large folder is looked at
    /// once per file); nil for any other path, and for a name with no known extension.
    static func asciiExtension(of path: String) -> InputFormat?? {
        var path = path
        return path.withUTF8 { bytes -> InputFormat?? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // The last non-empty part between slashes, as `split(separator: "/").last` finds it.
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            var dot = end - 1
            while dot > start, bytes[dot] != UInt8(ascii: ".") { dot -= 1 }
            guard dot > start, end - dot - 1 <= 8 else { return .some(nil) }
            var name = ""
            for byte in bytes[(dot + 1)..<end] {
                name.unicodeScalars.append(Unicode.Scalar(byte | (CharClass.isUpper(byte) ? 0x20 : 0)))
            }
            switch name {
            case "txt", "text": return .text
            case "md", "markdown": return .markdown
            case "html", "htm", "xhtml": return .html
            case "json": return .json
            case "jsonl", "ndjson": return .jsonl
            default: return .some(nil)
            }
        }
    }

    /// The format of a file, from its extension and the start of its content.
    ///
    /// A Markdown, HTML or JSON extension is trusted, except that a `.json` file holding one
    /// object per line is JSON Lines. Plain text, an unknown extension or none (standard input)
    /// is sniffed: a page starting `<!DOCTYPE html` or `<html`, a JSON object or array, front
    /// matter or a `# ` heading; anything else is text.
    public static func detect(path: String, bytes: [UInt8]) -> InputFormat {
        let named = fromExtension(of: path)
        switch named {
        case .markdown, .html, .jsonl: return named!
        case .json: return sniffJSON(bytes) ?? .json
        case .text, nil: return sniff(bytes) ?? .text
        }
    }

    /// The format the content shows, when it shows one clearly.
    static func sniff(_ bytes: [UInt8]) -> InputFormat? {
        let start = firstVisible(bytes)
        guard start < bytes.count else { return nil }
        // The marks looked for are ASCII and at most 14 bytes long: after 16 ASCII bytes, they are
        // compared on the bytes (lower-cased); otherwise on the lower-cased text, where a
        // character other than ASCII may lower-case to ASCII or join the mark's last one.
        let asciiHead = bytes[start..<min(bytes.count, start + 16)].allSatisfy { $0 < 0x80 }
        let head =
            asciiHead ? "" : String(decoding: bytes[start..<min(bytes.count, start + 64)], as: UTF8.self).lowercased()
        func opens(_ mark: StaticString) -> Bool {
            guard asciiHead else { return head.hasPrefix(mark.description) }
            guard bytes.count - start >= mark.utf8CodeUnitCount else { return false }
            return mark.withUTF8Buffer { mark in
                for offset in 0..<mark.count {
                    let byte = bytes[start + offset]
                    if (CharClass.isUpper(byte) ? byte | 0x20 : byte) != mark[offset] { return false }
                }
                return true
            }
        }
        if opens("<!doctype html") || opens("<html") || opens("<head")
            || opens("<!--") && bytes.count > 0 && contains(bytes, "<html")
        {
            return .html
        }
        if let json = sniffJSON(bytes) { return json }
        if opens("---\n") || opens("---\r\n") || opens("# ") { return .markdown }
        return nil
    }

    /// JSON Lines when the first line is a whole JSON object and more follow, JSON when the
    /// content starts like an object or an array of objects; nil otherwise.
    static func sniffJSON(_ bytes: [UInt8]) -> InputFormat? {
        let start = firstVisible(bytes)
        guard start < bytes.count else { return nil }
        if bytes[start] == UInt8(ascii: "[") {
            let next = firstVisible(bytes, from: start + 1)
            return next < bytes.count && (bytes[next] == UInt8(ascii: "{") || bytes[next] == UInt8(ascii: "]"))
                ? .json : nil
        }
        guard bytes[start] == UInt8(ascii: "{") else { return nil }
        let next = firstVisible(bytes, from: start + 1)
        guard next < bytes.count, bytes[next] == UInt8(ascii: "\"") || bytes[next] == UInt8(ascii: "}") else {
            return nil
        }
        let lineEnd = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        if lineEnd < bytes.count, JSONArticleReader.isObject(bytes[start..<lineEnd]) { return .jsonl }
        return .json
    }

    /// The offset of the first byte that is neither white space nor part of a byte-order mark.
    static func firstVisible(_ bytes: [UInt8], from offset: Int = 0) -> Int {
        var index = offset
        if index == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index
    }

    /// Whether the first 4 KB hold `needle`, ignoring ASCII case.
    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased().contains(needle)
    }
}
