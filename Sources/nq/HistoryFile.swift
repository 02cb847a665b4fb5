import CLibEdit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The shell's statement history: a libedit `History` for arrow keys and Ctrl-R, kept in a file
/// readable only by its owner.
///
/// Statements are appended to the file one by one (under a lock), never by rewriting it, so two
/// shells sharing the file keep every statement of both. A file that is not nq's (readline's
/// history, or anything else) is moved aside with a message, never overwritten; a symbolic link
/// or anything but a regular file (`/dev/zero`, a FIFO) is refused and the session keeps its
/// history in memory only.
final class HistoryFile {
    /// The libedit history handle, shared with the line editor.
    let handle: OpaquePointer
    private var path: String?
    private let reportProblem: (String) -> Void
    /// How many statements the shell remembers; the file is trimmed to these when it grows to
    /// twice as many.
    static let size = 1000
    /// The first line of libedit's history format.
    static let header = "_HiStOrY_V2_"

    /// The history file for this run: `--no-history` or an empty `NQ_HISTORY` keeps none,
    /// `NQ_HISTORY` names another file, and otherwise it is `~/.nq_history`.
    static func path(disabled: Bool) -> String? {
        if disabled { return nil }
        if let path = Terminal.environment("NQ_HISTORY") { return path.isEmpty ? nil : path }
        guard let home = Terminal.environment("HOME"), !home.isEmpty else { return nil }
        return home.hasSuffix("/") ? home + ".nq_history" : home + "/.nq_history"
    }

    /// Opens the history at `path` (nil: remember this session only), creating the file with mode
    /// 0600 because statements can contain names a user would not share.
    init(path: String?, reportProblem: @escaping (String) -> Void) {
        handle = history_init()
        self.path = path
        self.reportProblem = reportProblem
        var event = HistEvent()
        nq_history_set_size(handle, &event, Int32(Self.size))
        nq_history_set_unique(handle, &event, 1)
        guard let path else { return }
        guard let lines = prepare(path) else {
            self.path = nil
            return
        }
        if lines > 2 * Self.size { trim(path) }
        nq_history_load(handle, &event, path)
    }

    deinit {
        history_end(handle)
    }

    /// Adds a statement to the session's history and appends it to the file.
    func add(_ statement: String) {
        var event = HistEvent()
        nq_history_enter(handle, &event, statement)
        guard let path else { return }
        if !append(HistoryFile.encode(statement) + "\n", to: path) {
            fail("cannot write history file \(path)", errno: errno)
        }
    }

    /// Checks the file and makes it nq's: returns its number of lines, or nil when it cannot be
    /// used (reported).
    private func prepare(_ path: String, attempt: Int = 0) -> Int? {
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT else {
                fail("cannot use history file \(path)", errno: errno)
                return nil
            }
            if create(path) { return 1 }
            // Another shell made it first: use the file it made.
            guard errno == EEXIST, attempt < 2 else {
                fail("cannot create history file \(path)", errno: errno)
                return nil
            }
            return prepare(path, attempt: attempt + 1)
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFLNK {
            refuse(path, "is a symbolic link")
            return nil
        }
        guard type == S_IFREG else {
            refuse(path, type == S_IFDIR ? "is a folder" : "is not a regular file")
            return nil
        }
        guard let text = Self.contents(of: path) else {
            fail("cannot read history file \(path)", errno: errno)
            return nil
        }
        if text.isEmpty { return append(Self.header + "\n", to: path) ? 1 : nil }
        if text.split(separator: "\n", maxSplits: 1).first.map(String.init) == Self.header {
            return text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        }
        // Another program's history, or junk: keep it, under a name of its own.
        let aside = Self.freeName(for: path)
        guard rename(path, aside) == 0 else {
            fail("\(path) is not an nq history file and cannot be moved aside", errno: errno)
            return nil
        }
        reportProblem("nq: \(path) was not an nq history file; it is kept as \(aside)\n")
        if create(path) { return 1 }
        return errno == EEXIST && attempt < 2 ? prepare(path, attempt: attempt + 1) : nil
    }

    /// Creates the file with its header in one step (a new file under another name, linked to
    /// `path`), so that a shell starting at the same moment never sees it empty or half made;
    /// false with `errno` EEXIST when the file exists.
    private func create(_ path: String) -> Bool {
        let temporary = path + ".\(getpid()).new"
        unlink(temporary)
        guard append(Self.header + "\n", to: temporary, creating: true) else { return false }
        let linked = link(temporary, path) == 0
        let code = errno
        unlink(temporary)
        errno = code
        return linked
    }

    /// Appends text with one `write` under an exclusive lock; never follows a symbolic link.
    private func append(_ text: String, to path: String, creating: Bool = false) -> Bool {
        let flags = O_WRONLY | O_APPEND | O_NOFOLLOW | O_NONBLOCK | (creating ? O_CREAT | O_EXCL : 0)
        // A shell trimming the file replaces it while holding the lock: a descriptor opened
        // before that points at the old file, so once locked it is checked and opened again.
        for _ in 0..<3 {
            let descriptor = open(path, flags, 0o600)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            flock(descriptor, LOCK_EX)
            defer { flock(descriptor, LOCK_UN) }
            var opened = stat()
            var current = stat()
            guard fstat(descriptor, &opened) == 0, lstat(path, &current) == 0,
                opened.st_ino == current.st_ino, opened.st_dev == current.st_dev
            else { continue }
            var text = text
            let written = text.withUTF8 { write(descriptor, $0.baseAddress, $0.count) }
            return written == text.utf8.count
        }
        return false
    }

    /// Keeps the last `size` statements: written to a new file that replaces the old one under
    /// the lock, so a statement another shell appends meanwhile is not lost.
    private func trim(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        flock(descriptor, LOCK_EX)
        defer { flock(descriptor, LOCK_UN) }
        guard let text = Self.contents(of: path) else { return }
        let entries = text.split(separator: "\n").dropFirst().suffix(Self.size)
        let temporary = path + ".\(getpid()).tmp"
        let kept = ([Self.header] + entries.map(String.init)).joined(separator: "\n") + "\n"
        guard append(kept, to: temporary, creating: true) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// A name beside `path` that is free: `path.old`, else `path.old.2`, `path.old.3`, …
    private static func freeName(for path: String) -> String {
        var candidate = path + ".old"
        var number = 2
        var info = stat()
        while lstat(candidate, &info) == 0 {
            candidate = path + ".old.\(number)"
            number += 1
        }
        return candidate
    }

    /// The whole file as text (invalid UTF-8 repaired), or nil when it cannot be read.
    private static func contents(of path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { return nil }
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A statement as one line of libedit's format: spaces, control characters and backslashes
    /// as `\ooo` octal escapes or `\\`, which libedit's loader (`strunvis`) reads back.
    static func encode(_ statement: String) -> String {
        var line: [UInt8] = []
        for byte in statement.utf8 {
            if byte == UInt8(ascii: "\\") {
                line += [byte, byte]
            } else if byte <= 0x20 || byte == 0x7F {
                let octal = Array(String(byte, radix: 8).utf8)
                line += [UInt8(ascii: "\\")] + Array(repeating: UInt8(ascii: "0"), count: 3 - octal.count) + octal
            } else {
                line.append(byte)
            }
        }
        return String(decoding: line, as: UTF8.self)
    }

    private func refuse(_ path: String, _ reason: String) {
        reportProblem("nq: history file \(path) \(reason); history is kept for this session only\n")
    }

    /// Reports a problem once and stops using the file; the session goes on without it.
    private func fail(_ message: String, errno code: Int32) {
        reportProblem("nq: \(message): \(String(cString: strerror(code)))\n")
        path = nil
    }
}
