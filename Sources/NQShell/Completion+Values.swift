import NQLanguage
import NQRender

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Session {
    /// The longest value offered for completion: names and small domains (cue, type, kind,
    /// unit), never whole quotes or sentences.
    static let longestCompletedValue = 60
    /// At most this many different values are offered.
    static let mostCompletedValues = 5000
    /// At most this many rows are read for one Tab, so a large corpus still answers at once.
    static let mostRowsRead = 200_000

    /// Completions inside a string being typed (`speaker = "Pau`, `mentions "Pu`, `cue in ["s`):
    /// the field's values that start with what is typed, closed with a quote. Nil when the line
    /// does not end inside a string after a field.
    ///
    /// Each candidate starts where `CompletionEdit` sees the partial word begin (after the last
    /// space), so a name with spaces completes from its second word on.
    func valueCompletions(for line: String) -> [String]? {
        let tokens = Lexer().tokenize(line).filter { $0.kind != .end && $0.kind != .newline }
        guard let last = tokens.last, last.isUnterminatedString,
            let values = valuesBefore(Array(tokens.dropLast()))
        else { return nil }
        let typed = String(last.text.dropFirst())
        let partial = String(line.reversed().prefix { !CompletionEdit.separators.contains($0) }.reversed())
        // How much of `"typed` lies before the partial word (inside the string, after spaces).
        let hidden = max(0, typed.count + 1 - partial.count)
        let lowered = typed.lowercased()
        var matches = values.filter { $0.lowercased().hasPrefix(lowered) }
        if matches.isEmpty && !lowered.isEmpty && !lowered.contains(" ") {
            // `speaker = "Rut`: a surname matches any of a name's words ('= "Rutte"' finds Mark
            // Rutte), so the word itself completes.
            let words = Set(values.flatMap { $0.split(separator: " ").map(String.init) })
            matches = words.filter { $0.lowercased().hasPrefix(lowered) }.sorted()
        }
        return matches.map { String(("\"" + $0 + "\"").dropFirst(hidden)) }
    }

    /// The values of the field a string is compared with, from the tokens before the string.
    private func valuesBefore(_ tokens: [QueryToken]) -> [String]? {
        var index = tokens.count - 1
        // Inside a list: skip the items and separators back to `[`.
        while index >= 0, tokens[index].kind == .string || tokens[index].isSymbol(",") { index -= 1 }
        if index >= 0, tokens[index].isSymbol("[") { index -= 1 }
        guard index >= 0 else { return nil }
        let operatorToken = tokens[index]
        if operatorToken.isKeyword("mentions") {
            return distinctValues(of: "name", in: Schema.collection(named: "entities"))
        }
        let comparing =
            ["=", "==", "!=", "<>"].contains { operatorToken.isSymbol($0) }
            || ["contains", "with", "in"].contains { operatorToken.isKeyword($0) }
        guard comparing else { return nil }
        index -= 1
        if index >= 0,
            tokens[index].isKeyword("starts") || tokens[index].isKeyword("ends") || tokens[index].isKeyword("not")
        {
            index -= 1
        }
        guard index >= 0, tokens[index].kind == .identifier else { return nil }
        let field = tokens[index].text.lowercased()
        let words = tokens.filter { $0.kind == .identifier }.map { $0.text.lowercased() }
        return distinctValues(of: field, in: collection(in: words))
    }

    /// The collection (or saved result's collection) a statement's words name first.
    func collection(in words: [String]) -> CollectionDef? {
        for word in words {
            if let result = saved[word] { return result.collection }
            if let collection = Schema.collection(named: word) { return collection }
        }
        return nil
    }

    /// The different short text values of a field over the corpus, sorted.
    private func distinctValues(of fieldName: String, in collection: CollectionDef?) -> [String]? {
        guard let collection, let field = collection.fields.first(where: { $0.name == fieldName }),
            field.type == .text
        else { return nil }
        var values: Set<String> = []
        for row in collection.rows(in: corpus).prefix(Self.mostRowsRead) {
            guard case .text(let text) = field.get(corpus, row), !text.isEmpty,
                text.count <= Self.longestCompletedValue, !text.contains("\""),
                // A value with control characters is not offered: it cannot be typed either.
                TerminalText.visible(text, lineBreaks: false) == text
            else { continue }
            values.insert(text)
            if values.count >= Self.mostCompletedValues { break }
        }
        return values.sorted()
    }

    /// Completions of a file path after `load`, `.load`, `.read`, `.output` and `.once`: the
    /// entries of the folder written so far whose names start with the last part, folders with
    /// a trailing `/`. Hidden files only when the part starts with a dot.
    func pathCompletions(for partial: String) -> [String] {
        let folder: String
        let prefix: String
        if let slash = partial.lastIndex(of: "/") {
            folder = String(partial[...slash])
            prefix = String(partial[partial.index(after: slash)...])
        } else {
            folder = ""
            prefix = partial
        }
        let expanded = folder.hasPrefix("~/") ? (home.map { $0 + folder.dropFirst() } ?? folder) : folder
        guard let handle = opendir(expanded.isEmpty ? "." : expanded) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != "..", name.hasPrefix(prefix), !name.hasPrefix(".") || prefix.hasPrefix(".")
            else { continue }
            var info = stat()
            let isFolder = stat(expanded + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            names.append(folder + name + (isFolder ? "/" : ""))
        }
        return names.sorted()
    }

    /// The user's home folder, for `~/` in paths.
    var home: String? {
        getenv("HOME").map { String(cString: $0) }
    }
}
