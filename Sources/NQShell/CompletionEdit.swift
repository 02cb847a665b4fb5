/// What the shell does to its line when Tab is pressed, computed from the text before the cursor
/// and the candidates of `Session.completions(for:)`.
///
/// Kept here, free of any terminal, so tests can check completion without a pseudo-terminal; the
/// `nq` executable only applies the edit through libedit.
public enum CompletionEdit: Equatable, Sendable {
    /// Delete `deleting` characters before the cursor, then insert `insertion`.
    case replace(deleting: Int, insertion: String)
    /// Nothing to add: show these candidates and redraw the line.
    case list([String])

    /// Characters that end a word: the partial word is what follows the last of them.
    static let separators: Set<Character> = [" ", "\t", "\n", "(", ")", ",", "=", "<", ">", "!"]

    /// The edit for `candidates` completing the word that ends `line`; nil when there are none.
    ///
    /// One candidate replaces the partial word and adds a space (not after a folder's `/`, where
    /// the path goes on); several insert their longest
    /// common prefix when that adds something, and are listed otherwise.
    public static func plan(line: String, candidates: [String]) -> CompletionEdit? {
        guard !candidates.isEmpty else { return nil }
        let partial = Array(line.reversed().prefix { !separators.contains($0) }.reversed())
        let common = commonPrefix(candidates)
        let replaced = replacedLength(partial: partial, prefix: common)
        if candidates.count == 1 {
            return .replace(deleting: replaced, insertion: candidates[0] + (candidates[0].hasSuffix("/") ? "" : " "))
        }
        if common.count > replaced {
            return .replace(deleting: replaced, insertion: String(common))
        }
        return .list(candidates)
    }

    /// How many trailing characters of `partial` the completion replaces: the longest tail that
    /// starts `prefix` (ignoring case), so `"Ru` completed by `Rutte` keeps its quote. When no tail
    /// matches, the session's word is empty (after a quote, say) and nothing is deleted.
    static func replacedLength(partial: [Character], prefix: [Character]) -> Int {
        let lowerPrefix = prefix.map { $0.lowercased() }
        for length in stride(from: min(partial.count, prefix.count), through: 1, by: -1) {
            let tail = partial[(partial.count - length)...].map { $0.lowercased() }
            if Array(lowerPrefix[0..<length]) == tail { return length }
        }
        return 0
    }

    /// The longest common prefix of `words`, in characters.
    static func commonPrefix(_ words: [String]) -> [Character] {
        guard var prefix = words.first.map(Array.init) else { return [] }
        for word in words.dropFirst() {
            let characters = Array(word)
            var length = 0
            while length < min(prefix.count, characters.count), prefix[length] == characters[length] {
                length += 1
            }
            prefix.removeSubrange(length...)
        }
        return prefix
    }

    /// Lays `words` out in columns read top to bottom, fitted to `width`, one line each; like
    /// `ls`, so a long candidate list stays short on screen.
    public static func columns(_ words: [String], width: Int) -> String {
        guard let longest = words.map(\.count).max() else { return "" }
        let cell = longest + 2
        let perLine = max(1, (width + 2) / cell)
        let lines = (words.count + perLine - 1) / perLine
        var text = ""
        for line in 0..<lines {
            var row: [String] = []
            var index = line
            while index < words.count {
                row.append(words[index])
                index += lines
            }
            for (column, word) in row.enumerated() {
                let isLast = column == row.count - 1
                text += isLast ? word : word + String(repeating: " ", count: cell - word.count)
            }
            text += "\n"
        }
        return text
    }
}
