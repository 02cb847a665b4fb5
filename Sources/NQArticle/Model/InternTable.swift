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
    /// How many values the table holds (only under the lock).
    private var stored = 0
    /// The numbers of the values, plus one (0: an empty slot), by hash, probed linearly and at
    /// most half full (only under the lock): four bytes a slot where a dictionary from each
    /// value to its number would hold the value a second time.
    private var slots: [UInt32] = []
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// The hash a value is filed under, one that equal values share; nil for its `hashValue`.
    private let hasher: (@Sendable (Value) -> Int)?

    /// An empty table, filing values under `hash` (by default their `hashValue`).
    public init(hash: (@Sendable (Value) -> Int)? = nil) {
        self.hasher = hash
        let raw = calloc(1 << Self.directoryBits, MemoryLayout<UnsafeMutablePointer<Value>?>.stride)!
        directory = raw.bindMemory(to: UnsafeMutablePointer<Value>?.self, capacity: 1 << Self.directoryBits)
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        let count = stored
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

    /// The hash `value` is filed under.
    @inline(__always)
    private func hash(_ value: Value) -> Int { hasher?(value) ?? value.hashValue }

    /// The number of `value`, given it now when it has none.
    public func number(of value: Value) -> UInt32 {
        number(of: value, hash: hash(value))
    }

    /// `number(of:)` of a value whose hash (the one it is filed under) the caller made already.
    public func number(of value: Value, hash: Int) -> UInt32 {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if slots.isEmpty { slots = [UInt32](repeating: 0, count: 1024) }
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            let known = slots[slot] - 1
            if self[known] == value { return known }
            slot = (slot + 1) & mask
        }
        let number = stored
        let chunk = number >> Self.chunkBits
        precondition(chunk < 1 << Self.directoryBits, "too many distinct names")
        if directory[chunk] == nil { directory[chunk] = .allocate(capacity: 1 << Self.chunkBits) }
        (directory[chunk]! + (number & (1 << Self.chunkBits - 1))).initialize(to: value)
        stored += 1
        slots[slot] = UInt32(number) + 1
        if stored * 2 > slots.count { grow() }
        return UInt32(number)
    }

    /// Doubles the slots and places every number again.
    private func grow() {
        var grown = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for number in 0..<stored {
            var slot = hash(self[UInt32(number)]) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = UInt32(number) + 1
        }
        slots = grown
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
        return stored
    }
}

/// The process's tables of repeated model strings.
enum Interned {
    /// Names and other short texts of the model: number 0 is the empty string. Filed under
    /// `NameHashTable`'s hash, which reads an ASCII name eight bytes at a time where a string's
    /// `hashValue` hashes it through `Hasher` (and equal strings have one hash all the same).
    static let strings: InternTable<String> = {
        let table = InternTable<String>(hash: { Int(truncatingIfNeeded: NameHashTable<Int>.hash($0)) })
        _ = table.number(of: "")
        return table
    }()

    /// The number of a string (0 for the empty string, without the lock).
    @inline(__always)
    static func number(of text: String) -> UInt32 {
        text.isEmpty ? 0 : strings.number(of: text)
    }

    /// The number of a string whose `NameHashTable` hash is `hash` (made already by the caller).
    @inline(__always)
    static func number(of text: String, hash: UInt64) -> UInt32 {
        text.isEmpty ? 0 : strings.number(of: text, hash: Int(truncatingIfNeeded: hash))
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
