import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program on a pseudo-terminal of its own, as a person's terminal would, so the real
/// libedit code path (raw mode, key bindings, redisplay) is exercised.
///
/// The child is started with `posix_spawn` as a session leader and opens the terminal by name,
/// which makes it its controlling terminal; no `fork` in a threaded test process.
final class PseudoTerminal {
    /// Why a wait failed; carries what the screen showed so the failure explains itself.
    struct Failure: Error, CustomStringConvertible {
        /// What was awaited, and the screen text at the time.
        let description: String
    }

    private let master: Int32
    private let pid: pid_t
    private var raw: [UInt8] = []
    private var exitStatus: Int32?

    /// Everything the program wrote, with terminal escape sequences and carriage returns removed.
    var screen: String { Self.plain(String(decoding: raw, as: UTF8.self)) }

    /// Starts `executable` with `arguments` and exactly `environment` on a new 80×24 terminal.
    init(executable: String, arguments: [String], environment: [String: String]) throws {
        var master: Int32 = 0
        var slave: Int32 = 0
        var name = [CChar](repeating: 0, count: 256)
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard let openpty = Self.openpty,
            withUnsafePointer(to: &size, { openpty(&master, &slave, &name, nil, $0) }) == 0
        else { throw Failure(description: "openpty failed: errno \(errno)") }
        close(slave)  // the child opens it again by name, to make it its controlling terminal
        self.master = master

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnSetsid))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        // A sanitized test run's options (scripts/sanitize) reach the nq it starts as well.
        let environment = environment.merging(SanitizerOptions.inherited) { given, _ in given }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            close(master)
            throw Failure(description: "posix_spawn \(executable) failed: \(spawned)")
        }
        self.pid = pid
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Types `keys` (control characters included: "\u{3}" is Ctrl-C, "\t" is Tab).
    func type(_ keys: String) {
        var bytes = Array(keys.utf8)
        _ = write(master, &bytes, bytes.count)
    }

    /// Reads until `condition` holds for the screen text, failing after `timeout` seconds.
    func wait(
        for what: String, timeout: Double = 20, until condition: (String) -> Bool
    ) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition(screen) {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0, readSome(waitingAtMost: remaining) else {
                if condition(screen) { return }
                throw Failure(description: "timed out waiting for \(what); screen:\n\(screen)")
            }
        }
    }

    /// Waits until the screen contains `text` `count` times.
    func wait(forText text: String, count: Int = 1, timeout: Double = 20) throws {
        try wait(for: "\(count)× \(text.debugDescription)", timeout: timeout) {
            $0.components(separatedBy: text).count - 1 >= count
        }
    }

    /// Waits for the program to end, reading what it still prints; returns its exit status.
    func waitForExit(timeout: Double = 60) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                while readSome(waitingAtMost: 0.05) {}
                // Exited normally: the status is in bits 8–15; otherwise report the signal as 128+n.
                let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
                exitStatus = code
                return code
            }
            _ = readSome(waitingAtMost: 0.02)
        }
        throw Failure(description: "timed out waiting for the program to exit; screen:\n\(screen)")
    }

    /// Reads what is available within `seconds`; false when nothing more can come in time.
    private func readSome(waitingAtMost seconds: Double) -> Bool {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(max(1, seconds * 1000))) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false }  // EIO once the child has closed the terminal
        raw += buffer[0..<count]
        return true
    }

    /// Removes ANSI escape sequences, carriage returns and bells: tests assert on text.
    static func plain(_ text: String) -> String {
        var result = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "\u{1B}":
                guard let next = iterator.next() else { break }
                if next == "[" {
                    // A control sequence ends at its first byte in @...~.
                    while let byte = iterator.next(), !(0x40...0x7E).contains(byte.value) {}
                }
            case "\r", "\u{7}":
                continue
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `openpty` is not in Swift's Glibc module (its header is not part of it), so it is looked
    /// up at run time; glibc ≥ 2.34 and macOS export it from the C library.
    private typealias OpenPTY =
        @convention(c) (
            UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<CChar>?,
            UnsafeRawPointer?, UnsafeRawPointer?
        ) -> Int32

    private static var openpty: OpenPTY? {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "openpty") else { return nil }
        return unsafeBitCast(symbol, to: OpenPTY.self)
    }

    /// `POSIX_SPAWN_SETSID`, which Swift's Glibc module hides behind `_GNU_SOURCE`.
    #if os(Linux)
        private static let spawnSetsid: Int32 = 0x80
    #else
        private static let spawnSetsid: Int32 = 0x400
    #endif
}
