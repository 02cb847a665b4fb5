import Foundation

/// Reads articles from JSON: JSON Lines (one object per line), an array of objects, a single
/// object, or an object holding an array of them under `articles`, `items`, `data` or `results`.
///
/// Each object's fields are found by `FieldNames`; a record with no text is a problem naming
/// the fields looked for, and the other records still load.
struct JSONArticleReader {
    /// The field names to look for.
    let fields: FieldNames
    /// The largest text one article may have, in bytes.
    let maxArticleBytes: Int

    /// The articles of one JSON Lines input; `stem` names articles that carry no id.
    /// `firstLine` numbers the lines of a piece of a longer input; records without an id are
    /// numbered by their line, so that the numbers do not depend on how the input was cut.
    func readLines(_ bytes: [UInt8], source: String, stem: String, firstLine: Int = 1) -> [Result<
        ArticleRecord, LoadProblem
    >] {
        var results: [Result<ArticleRecord, LoadProblem>] = []
        var lineNumber = firstLine - 1
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + 1
            guard line.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { continue }
            let place = "\(source):\(lineNumber)"
            guard let object = Self.object(line) else {
                results.append(.failure(LoadProblem(path: place, message: "not a JSON object")))
                continue
            }
            results.append(article(object, source: source, place: place, fallbackID: "\(stem)-\(lineNumber)"))
        }
        return results
    }

    /// The articles of one JSON document.
    func readDocument(_ bytes: [UInt8], source: String, stem: String) -> [Result<ArticleRecord, LoadProblem>] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            return [.failure(LoadProblem(path: source, message: "not valid JSON (\(Self.describe(error)))"))]
        }
        if let object = parsed as? [String: Any] {
            for key in ["articles", "items", "data", "results", "documents"] {
                if let list = object[key] as? [Any], text(object, .text) == nil {
                    return records(list, source: source, stem: stem)
                }
            }
            return [article(object, source: source, place: source, fallbackID: stem)]
        }
        if let list = parsed as? [Any] { return records(list, source: source, stem: stem) }
        return [.failure(LoadProblem(path: source, message: "JSON holds no article objects"))]
    }

    /// The articles of a JSON array.
    func records(_ list: [Any], source: String, stem: String) -> [Result<ArticleRecord, LoadProblem>] {
        list.enumerated().map { index, element in
            let place = "\(source)[\(index)]"
            guard let object = element as? [String: Any] else {
                return .failure(LoadProblem(path: place, message: "not a JSON object"))
            }
            return article(object, source: source, place: place, fallbackID: "\(stem)-\(index + 1)")
        }
    }

    /// One article from one JSON object.
    func article(_ object: [String: Any], source: String, place: String, fallbackID: String) -> Result<
        ArticleRecord, LoadProblem
    > {
        guard let body = text(object, .text), !body.allSatisfy(\.isWhitespace) else {
            let names = (fields.names[.text] ?? []).joined(separator: ", ")
            return .failure(
                LoadProblem(
                    path: place,
                    message: "no article text (looked for the fields \(names); name yours with --field text=NAME)"))
        }
        guard body.utf8.count <= maxArticleBytes else {
            return .failure(LoadProblem(path: place, message: ArticleLoader.tooLarge(body.utf8.count, maxArticleBytes)))
        }
        var assembler = TextAssembler()
        let title = text(object, .title)
        if let title { assembler.addTitle(title.replacingOccurrences(of: "\n", with: " ")) }
        // Scraped text is never wrapped by hand: every line break ends a paragraph.
        assembler.addBody(body.replacingCRLF().split(separator: "\n").joined(separator: "\n\n"))
        let metadata = ArticleMetadata(
            date: text(object, .date).flatMap(MetadataDate.normalize), url: text(object, .url),
            outlet: text(object, .outlet), author: text(object, .author))
        // Without a headline field the first line is judged by its form, as in plain text.
        let layout = LayoutHints(
            title: title == nil ? .detect : (assembler.title.map { .span($0) } ?? .none), headingStarts: nil)
        let id = text(object, .id).map(Self.cleanID) ?? fallbackID
        return .success(
            ArticleRecord(
                id: id.isEmpty ? fallbackID : id, source: source, text: ArticleText(bytes: assembler.bytes),
                layout: layout, metadata: metadata))
    }

    /// The first of a field's names that the object has, as text: strings as they are, numbers
    /// in decimal, lists of strings (or of objects with a `name`) joined with ", ".
    func text(_ object: [String: Any], _ field: FieldNames.Field) -> String? {
        for name in fields.names[field] ?? [] {
            if let value = Self.lookup(object, path: name), let text = Self.string(value), !text.isEmpty {
                return text
            }
        }
        return nil
    }

    /// The value at a key or a dotted path of keys.
    static func lookup(_ object: [String: Any], path: String) -> Any? {
        if let value = object[path] { return value }
        guard path.contains(".") else { return nil }
        var current: Any? = object
        for key in path.split(separator: ".") {
            guard let dictionary = current as? [String: Any] else { return nil }
            current = dictionary[String(key)]
        }
        return current
    }

    /// A JSON value as text, or nil for null, booleans and other objects.
    static func string(_ value: Any) -> String? {
        switch value {
        case let text as String:
            return text.trimmingSpaces()
        case is Bool:
            return nil
        case let number as NSNumber:
            return number.stringValue
        case let list as [Any]:
            let parts = list.compactMap { element -> String? in
                if let object = element as? [String: Any] { return object["name"].flatMap(string) }
                return string(element)
            }.filter { !$0.isEmpty }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        case let object as [String: Any]:
            return object["name"].flatMap(string)
        default:
            return nil
        }
    }

    /// An id without line breaks or slashes, which would confuse paths and tables.
    static func cleanID(_ id: String) -> String {
        String(id.map { $0.isNewline || $0 == "/" ? "_" : $0 })
    }

    /// The object a line holds, or nil when it is not one valid JSON object.
    static func object(_ line: ArraySlice<UInt8>) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any]
    }

    /// Whether bytes are one valid JSON object.
    static func isObject(_ line: ArraySlice<UInt8>) -> Bool { object(line) != nil }

    /// A JSON error in a few words.
    static func describe(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return (text ?? "\(error)").trimmingSpaces().lowercased().trimmingCharacters(
            in: CharacterSet(charactersIn: "."))
    }
}
