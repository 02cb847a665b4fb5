#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Values kept once for the whole process and known by a 32-bit number: the model's names
/// (entity names, speakers as written) repeat across the articles of a corpus, and a number in
/// a node takes four bytes where a string takes sixteen.
///
/// Numbers are handed out under a lock, in order from 0; reading a number's value takes no
/// lock. A value is written before its number is handed out, and whoever holds the number got
/// it through the lock or from the thread that did (a finished article), so the read always
/// sees the write. Values are never removed: a table holds the distinct names of everything
/// loaded in the process, a few megabytes for a corpus of a hundred megabytes.
public final class InternTable<Value: Hashable>: @unchecked Sendable {
    /// Values are kept in chunks of `1 << chunkBits` that never move, found through a directory
    /// of `1 << directoryBits` chunks made zero (and so taking no memory until used).
    private static var chunkBits: Int { 14 }
    private static var directoryBits: Int { 18 }
    private let directory: UnsafeMutablePointer<UnsafeMutablePointer<Value>?>
    /// The number of each value (only under the lock).
    private var numbers: [Value: UInt32] = [:]
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    /// An empty table.
    public init() {
        let raw = calloc(1 << Self.directoryBits, MemoryLayout<UnsafeMutablePointer<Value>?>.stride)!
        directory = raw.bindMemory(to: UnsafeMutablePointer<Value>?.self, capacity: 1 << Self.directoryBits)
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        let count = numbers.count
        var chunk = 0
        while chunk << Self.chunkBits < count, let values = directory[chunk] {
            values.deinitialize(count: min(count - chunk << Self.chunkBits, 1 << Self.chunkBits))
            values.deallocate()
            chunk += 1
        }
        free(directory)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// The number of `value`, given it now when it has none.
    public func number(of value: Value) -> UInt32 {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if let known = numbers[value] { return known }
        let number = numbers.count
        let chunk = number >> Self.chunkBits
        precondition(chunk < 1 << Self.directoryBits, "too many distinct names")
        if directory[chunk] == nil { directory[chunk] = .allocate(capacity: 1 << Self.chunkBits) }
        (directory[chunk]! + (number & (1 << Self.chunkBits - 1))).initialize(to: value)
        numbers[value] = UInt32(number)
        return UInt32(number)
    }

    /// The value of a number this table gave.
    public subscript(number: UInt32) -> Value {
        let number = Int(number)
        return directory[number >> Self.chunkBits].unsafelyUnwrapped[number & (1 << Self.chunkBits - 1)]
    }

    /// How many values the table holds.
    public var count: Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return numbers.count
    }
}

/// The process's tables of repeated model strings.
enum Interned {
    /// Names and other short texts of the model: number 0 is the empty string.
    static let strings: InternTable<String> = {
        let table = InternTable<String>()
        _ = table.number(of: "")
        return table
    }()

    /// The number of a string (0 for the empty string, without the lock).
    @inline(__always)
    static func number(of text: String) -> UInt32 {
        text.isEmpty ? 0 : strings.number(of: text)
    }

    /// The number of an optional string: 0 for nil, else one more than its number.
    @inline(__always)
    static func optionalNumber(of text: String?) -> UInt32 {
        guard let text else { return 0 }
        return number(of: text) + 1
    }

    /// The string of an optional number.
    @inline(__always)
    static func optionalString(_ number: UInt32) -> String? {
        number == 0 ? nil : strings[number - 1]
    }
}
