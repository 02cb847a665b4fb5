import NQLanguage
import NQRender

extension Session {
    /// Completions for the word ending at the end of `line`: statements, collections, saved
    /// results, fields of the statement's collection, operators and dot-command arguments.
    /// Each is the whole word to put in place of the partial word, sorted.
    public func completions(for line: String) -> [String] {
        if let values = valueCompletions(for: line) { return values }
        if let path = pathBeingTyped(in: line) { return pathCompletions(for: path) }
        let partial = String(line.reversed().prefix { $0.isLetter || $0 == "_" || $0 == "." || $0.isNumber }.reversed())
        let before = String(line.dropLast(partial.count))
        let words = before.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map { $0.lowercased() }
        let candidates = completionCandidates(before: before, words: words, partial: partial)
        let lowered = partial.lowercased()
        return Array(Set(candidates.filter { $0.lowercased().hasPrefix(lowered) })).sorted()
    }

    func completionCandidates(before: String, words: [String], partial: String) -> [String] {
        let trimmed = before.trimmingPrefixSpaces
        if trimmed.isEmpty && partial.hasPrefix(".") { return DotCommands.all.map { "." + $0.name } }
        if trimmed.hasPrefix(".") {
            switch words.first {
            case ".mode": return OutputFormat.allCases.map(\.rawValue)
            case ".timer", ".echo", ".pager": return ["on", "off"]
            default: return []
            }
        }
        let sources = Schema.collectionNames + savedNames
        guard let last = words.last else { return Parser.statementWords + sources }
        switch last {
        case "count", "let", "describe", "explain":
            if last == "explain" { return sources + ["quote"] }
            return sources
        case "show": return Schema.collections.map { Messages.singular($0.name) }
        case "help": return HelpTopics.topics + Schema.collectionNames
        default: break
        }
        if last == "=", words.first == "let", words.count == 3 { return sources }
        let fields = fieldNames(in: words)
        if words.count == 1, words[0] == "count" || words[0] == "describe" { return sources }
        if before.hasSuffix(",") || before.hasSuffix(", ") { return fields }
        switch last {
        case "where", "and", "or", "not", "by", "select", "(":
            return fields
                + (last == "where" || last == "and" || last == "or" || last == "not" ? ["mentions", "not"] : [])
        case "order", "group": return ["by"]
        case "starts", "ends": return ["with"]
        default: break
        }
        if fields.contains(last) {
            return ["contains", "starts", "ends", "matches", "in", "is", "not", "and", "or"]
        }
        if words.count == 1 || sources.contains(last) || last.hasPrefix("\"") || last.hasSuffix("\"")
            || Double(last) != nil
        {
            return ["where", "order", "limit", "select", "by", "and", "or", "offset", "desc", "asc", "group", "per"]
        }
        return fields
    }

    /// The path being typed after `load`, `.load`, `.read`, `.output` or `.once`, if the line is
    /// one of those.
    func pathBeingTyped(in line: String) -> String? {
        let trimmed = line.trimmingPrefixSpaces
        for command in ["load ", ".load ", ".read ", ".output ", ".once "]
        where trimmed.lowercased().hasPrefix(command) {
            let rest = trimmed.dropFirst(command.count)
            // One word so far (no quotes): complete it as a path.
            guard !rest.contains(" "), !rest.contains("\"") else { return nil }
            return String(rest)
        }
        return nil
    }

    /// The fields of the collection a statement's words name, and the fields their links lead
    /// to (`article.title`, `speaker.affiliation`).
    func fieldNames(in words: [String]) -> [String] {
        for word in words {
            if let result = saved[word] { return Self.fieldNames(of: result.collection) }
            if let collection = Schema.collection(named: word) { return Self.fieldNames(of: collection) }
        }
        return []
    }

    static func fieldNames(of collection: CollectionDef) -> [String] {
        var names = collection.fields.map(\.name)
        for field in collection.fields {
            guard let target = field.link.flatMap({ Schema.collection(named: $0.target) }) else { continue }
            names += target.fields.map { field.name + "." + $0.name }
        }
        return names
    }
}
