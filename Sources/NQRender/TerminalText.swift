/// Helpers that make text safe and fitted for a terminal line.
///
/// `visible(_:)` is the one function every piece of article text, file name and user input
/// passes through on its way to a terminal: no escape sequence from an article can set the
/// clipboard (OSC 52), retitle the window or clear the screen.
public enum TerminalText {
    /// The ellipsis that marks cut text.
    static let ellipsis: Character = "…"

    /// The text on one line: line breaks become `⏎`, tabs a space, other control characters
    /// their visible pictures (`␛`), so that no cell can break a row or move the cursor.
    static func oneLine(_ text: String) -> String {
        if !needsReplacement(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var changed = false
        for character in text {
            if let replacement = replacement(for: character) {
                result.append(replacement)
                changed = true
            } else {
                result.append(character)
            }
        }
        return changed ? result : text
    }

    /// The text made safe for a terminal: every control character is shown as its visible
    /// picture (`ESC` as `␛`, `BEL` as `␇`, C1 controls as `�`). With `lineBreaks` (the default)
    /// line breaks and tabs are kept; without, the text is put on one line as in table cells.
    /// Text without control characters is returned as it is.
    public static func visible(_ text: String, lineBreaks: Bool = true) -> String {
        if !lineBreaks { return oneLine(text) }
        if !needsReplacement(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character == "\n" || character == "\t" || character == "\r\n" {
                result.append(character)
            } else if character.isNewline {
                result.append("\n")
            } else if let replacement = replacement(for: character) {
                result.append(replacement)
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Whether any byte starts a control character, a C1 control or a line or paragraph separator.
    private static func needsReplacement(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return true }
            if previous == 0xC2, (0x80..<0xA0).contains(byte) { return true }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// What a character is shown as, or nil when it is shown as itself.
    private static func replacement(for character: Character) -> String? {
        if character.isNewline { return "⏎" }
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first
        else { return nil }
        switch scalar.value {
        case 0x09: return " "
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: return "␡"
        case 0x80..<0xA0: return "\u{FFFD}"
        default: return nil
        }
    }

    /// The text cut to at most `width` columns, ending in `…` when anything was cut.
    static func truncated(_ text: String, width: Int, textWidth: Int) -> (text: String, width: Int) {
        if textWidth <= width { return (text, textWidth) }
        if width <= 0 { return ("", 0) }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        // "What’s …" reads worse than "What’s…".
        while result.last == " " {
            result.removeLast()
            used -= 1
        }
        result.append(ellipsis)
        return (result, used + 1)
    }

    /// The text cut to `width` columns and padded with spaces to exactly `width` columns.
    static func fitted(_ text: String, width: Int, textWidth: Int, rightAligned: Bool) -> String {
        let cut = truncated(text, width: width, textWidth: textWidth)
        let padding = String(repeating: " ", count: max(0, width - cut.width))
        return rightAligned ? padding + cut.text : cut.text + padding
    }
}
