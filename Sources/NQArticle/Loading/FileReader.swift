#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads whole files safely: regular files only (a device, FIFO or socket is named and never
/// opened for reading, so nothing hangs or grows without bound), never more than a limit.
enum FileReader {
    /// The file's bytes, or a message saying why it was not read.
    static func read(_ path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        if path.utf8.contains(0) { return .failure(ReadFailure("the path holds a NUL byte")) }
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(ReadFailure(errorMessage(errno))) }
        if let kind = nonRegularKind(info.st_mode) {
            return .failure(ReadFailure("\(kind), not a regular file: skipped"))
        }
        guard Int(info.st_size) <= limit else {
            return .failure(ReadFailure(ArticleLoader.tooLarge(Int(info.st_size), limit)))
        }
        // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it still
        // does not wait for a writer; the check is repeated on what was opened.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(errorMessage(errno))) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { return .failure(ReadFailure(errorMessage(errno))) }
        if let kind = nonRegularKind(info.st_mode) {
            return .failure(ReadFailure("\(kind), not a regular file: skipped"))
        }
        return readAll(descriptor, expected: Int(info.st_size), limit: limit)
    }

    /// Everything an open descriptor holds, up to `limit` bytes (a file still growing past the
    /// limit is refused).
    static func readAll(_ descriptor: Int32, expected: Int, limit: Int) -> Result<[UInt8], ReadFailure> {
        var bytes: [UInt8] = []
        var capacity = min(max(expected, 0), limit) + 1
        while true {
            let start = bytes.count
            var failure: Int32?
            bytes.append(contentsOf: repeatElement(0, count: capacity))
            let got = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
                var filled = 0
                while start + filled < buffer.count {
                    let result = systemRead(
                        descriptor, buffer.baseAddress! + start + filled, buffer.count - start - filled)
                    if result < 0 {
                        if errno == EINTR { continue }
                        if errno == EAGAIN {
                            // Only a pipe or terminal says "try again"; wait for it to have data.
                            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                            _ = poll(&poller, 1, -1)
                            continue
                        }
                        failure = errno
                        return filled
                    }
                    if result == 0 { break }
                    filled += result
                }
                return filled
            }
            if let failure { return .failure(ReadFailure(errorMessage(failure))) }
            bytes.removeLast(capacity - got)
            if bytes.count > limit { return .failure(ReadFailure(ArticleLoader.tooLarge(bytes.count, limit))) }
            if got < capacity { return .success(bytes) }
            capacity = min(max(capacity, 65536), limit + 1 - bytes.count + 1)
        }
    }

    /// Up to `max` bytes from a descriptor (empty at the end of input).
    static func readSome(_ descriptor: Int32, max: Int) -> Result<[UInt8], ReadFailure> {
        var bytes = [UInt8](repeating: 0, count: max)
        while true {
            let got = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, max) }
            if got >= 0 {
                bytes.removeLast(max - got)
                return .success(bytes)
            }
            if errno != EINTR { return .failure(ReadFailure(errorMessage(errno))) }
        }
    }

    /// What a file is, when it is not a regular file.
    static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }

    /// A system error in words, lowercase ("permission denied").
    static func errorMessage(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or folder"
        case EACCES: return "permission denied"
        case EISDIR: return "a folder, not a file"
        case ELOOP: return "too many levels of symbolic links"
        case ENAMETOOLONG: return "the path is too long"
        default:
            guard let text = strerror(code) else { return "cannot read the file (error \(code))" }
            return "cannot read the file (\(String(cString: text).lowercased()))"
        }
    }
}

/// Text in UTF-16: converted when it starts with a byte-order mark, named when it does not.
enum UTF16Text {
    /// The UTF-8 of UTF-16 text that starts with a byte-order mark (the mark dropped); nil when
    /// there is no UTF-16 mark; a message when the text is not valid UTF-16.
    static func decode(_ bytes: [UInt8]) -> Result<[UInt8], ReadFailure>? {
        let littleEndian: Bool
        if bytes.starts(with: [0xFF, 0xFE]) {
            littleEndian = true
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            littleEndian = false
        } else {
            return nil
        }
        guard bytes.count % 2 == 0 else { return .failure(ReadFailure("UTF-16 text with an odd number of bytes")) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index + 1 < bytes.count {
            let low = UInt16(bytes[index + (littleEndian ? 0 : 1)])
            let high = UInt16(bytes[index + (littleEndian ? 1 : 0)])
            units.append(high << 8 | low)
            index += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) {
            out.append($0)
        }
        if failed { return .failure(ReadFailure("not valid UTF-16 text (an unpaired surrogate)")) }
        return .success(out)
    }

    /// A message naming UTF-16 text without a byte-order mark: most ASCII characters then have
    /// a NUL byte beside them, all at even or all at odd offsets.
    static func unmarked(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4 else { return nil }
        var zerosAt = [0, 0]
        for (offset, byte) in sample.enumerated() where byte == 0 { zerosAt[offset % 2] += 1 }
        let half = sample.count / 2
        if zerosAt[1] * 10 >= half * 6, zerosAt[0] == 0 {
            return "UTF-16 (little-endian) text without a byte-order mark; convert it with iconv -f UTF-16LE -t UTF-8"
        }
        if zerosAt[0] * 10 >= half * 6, zerosAt[1] == 0 {
            return "UTF-16 (big-endian) text without a byte-order mark; convert it with iconv -f UTF-16BE -t UTF-8"
        }
        return nil
    }
}

/// The C library's `read`, under a name that no method shadows.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Why a file or input was not read, in words.
public struct ReadFailure: Error, Sendable, Equatable {
    /// The message, lowercase with no final period.
    public var message: String

    /// Creates a failure.
    public init(_ message: String) { self.message = message }
}
