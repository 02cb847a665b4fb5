// Temporary stand-in for the linear-time engine being written on the regex branch.

/// A problem in a regular expression.
public struct RegexError: Error, Sendable, Equatable {
    /// What is wrong.
    public var message: String
    /// Where, as a UTF-8 offset into the pattern.
    public var offset: Int
}

/// A compiled regular expression (temporary: wraps Swift's Regex).
public struct LinearRegex: @unchecked Sendable {
    let regex: Regex<AnyRegexOutput>

    /// Compiles a pattern with flags i, m, s.
    public init(_ pattern: String, flags: String = "") throws(RegexError) {
        var prefix = ""
        for flag in flags {
            guard "ims".contains(flag) else {
                throw RegexError(message: "unknown flag '\(flag)' (use i, m or s)", offset: 0)
            }
            prefix += String(flag)
        }
        do {
            regex = try Regex(prefix.isEmpty ? pattern : "(?\(prefix))" + pattern)
        } catch {
            throw RegexError(message: "invalid regular expression", offset: 0)
        }
    }

    /// Whether the text contains a match.
    public func matches(_ text: String) -> Bool {
        (try? regex.firstMatch(in: text)) != nil
    }

    /// The first match in a range of UTF-8 bytes, as a byte range.
    public func firstMatch(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Range<Int>? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard let match = try? regex.firstMatch(in: text) else { return nil }
        let start = text.utf8.distance(from: text.startIndex, to: match.range.lowerBound)
        let end = text.utf8.distance(from: text.startIndex, to: match.range.upperBound)
        return (range.lowerBound + start)..<(range.lowerBound + end)
    }
}
