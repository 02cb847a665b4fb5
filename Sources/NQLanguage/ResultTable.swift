/// The type of a field or a column.
public enum FieldType: String, Sendable {
    case text, number, bool, list
    /// A date or period as text: YYYY-MM-DD, YYYY-MM or YYYY; compares as text, which orders it.
    case date
}

/// The result of a query: named, typed columns and rows of values.
public struct ResultTable: Sendable, Equatable {
    /// A column of a result.
    public struct Column: Sendable, Equatable {
        /// The column's name, as a field name.
        public var name: String
        /// The type of its values.
        public var type: FieldType

        /// Creates a column.
        public init(name: String, type: FieldType) {
            self.name = name
            self.type = type
        }
    }

    /// How a result is best shown.
    public enum Shape: Sendable, Equatable {
        /// Rows of a collection.
        case rows
        /// One number (`count …`).
        case scalar
        /// Groups and their counts (`count … by`); tables show a bar for each count.
        case groups
    }

    /// The columns, in order.
    public var columns: [Column]
    /// The rows; each has one value per column.
    public var rows: [[Value]]
    /// How the result is best shown.
    public var shape: Shape

    /// Creates a result.
    public init(columns: [Column], rows: [[Value]], shape: Shape = .rows) {
        self.columns = columns
        self.rows = rows
        self.shape = shape
    }
}
