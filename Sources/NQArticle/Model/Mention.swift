import NQSource

/// One place where an entity is referred to.
///
/// A mention's sentence is the one holding its start (`Article.sentenceNumber(ofMention:)`), so
/// it is not stored; the rest fits in eight bytes (a corpus holds about one mention for every
/// 100 bytes of text): the start, the length (under 4,096 bytes), the form and the entity's
/// index (under 131,072). A mention that does not fit, which no real article makes, keeps its
/// fields in a table of the process and its number there.
public struct Mention: Sendable {
    /// How the entity is referred to.
    public enum Form: String, Sendable {
        case name, title, pronoun

        /// The form's two-bit code.
        var code: UInt8 {
            switch self {
            case .name: 0
            case .title: 1
            case .pronoun: 2
            }
        }

        /// The form of a two-bit code.
        init(code: UInt8) {
            switch code {
            case 1: self = .title
            case 2: self = .pronoun
            default: self = .name
            }
        }
    }

    /// The fields of a mention, as kept in `wideTable` when they do not fit in eight bytes.
    struct Parts: Hashable {
        var entity: UInt32
        var form: UInt8
        var start: Int32
        var end: Int32
    }

    /// The start's bit pattern (bits 0–31), the length (32–43), the form (44–45) and the entity
    /// (46–62); or, with bit 63 set, the number of the mention's `Parts` in `wideTable`.
    private var bits: UInt64

    private static let wide: UInt64 = 1 << 63
    private static let lengthLimit: Int64 = 1 << 12
    private static let entityLimit: UInt32 = 1 << 17
    /// The entity indexes a mention keeps (as it always has, the low 30 bits of the index).
    private static let entityMask: UInt32 = (1 << 30) - 1
    /// The mentions that do not fit in eight bytes.
    static let wideTable = InternTable<Parts>()

    /// The index of the entity in `Article.entities` (at most 2^30 - 1).
    public var entity: Int {
        get { bits & Self.wide == 0 ? Int(bits >> 46 & 0x1_FFFF) : Int(Self.wideTable[wideNumber].entity) }
        set {
            var parts = self.parts
            parts.entity = UInt32(truncatingIfNeeded: newValue) & Self.entityMask
            bits = Self.pack(parts)
        }
    }
    /// The words as written.
    public var span: SourceSpan {
        get {
            guard bits & Self.wide == 0 else {
                let parts = Self.wideTable[wideNumber]
                return SourceSpan(start: parts.start, end: parts.end)
            }
            let start = Int32(bitPattern: UInt32(truncatingIfNeeded: bits))
            return SourceSpan(start: start, end: start &+ Int32(bits >> 32 & 0xFFF))
        }
        set {
            var parts = self.parts
            parts.start = newValue.start
            parts.end = newValue.end
            bits = Self.pack(parts)
        }
    }
    /// A name, a title or description, or a resolved pronoun.
    public var form: Form {
        get {
            Form(code: bits & Self.wide == 0 ? UInt8(bits >> 44 & 3) : Self.wideTable[wideNumber].form)
        }
        set {
            var parts = self.parts
            parts.form = newValue.code
            bits = Self.pack(parts)
        }
    }

    private var wideNumber: UInt32 { UInt32(truncatingIfNeeded: bits) }

    /// The fields, wherever they are kept.
    private var parts: Parts {
        if bits & Self.wide != 0 { return Self.wideTable[wideNumber] }
        let span = span
        return Parts(
            entity: UInt32(bits >> 46 & 0x1_FFFF), form: UInt8(bits >> 44 & 3), start: span.start, end: span.end)
    }

    /// The bits of a mention's fields.
    private static func pack(_ parts: Parts) -> UInt64 {
        let length = Int64(parts.end) - Int64(parts.start)
        guard parts.entity < entityLimit, length >= 0, length < lengthLimit else {
            return wide | UInt64(wideTable.number(of: parts))
        }
        return UInt64(UInt32(bitPattern: parts.start)) | UInt64(length) << 32 | UInt64(parts.form) << 44
            | UInt64(parts.entity) << 46
    }

    /// Creates a mention.
    public init(entity: Int, span: SourceSpan, form: Form = .name) {
        bits = Self.pack(
            Parts(
                entity: UInt32(truncatingIfNeeded: entity) & Self.entityMask, form: form.code, start: span.start,
                end: span.end))
    }
}
