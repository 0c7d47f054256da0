/// The one CSV encoding of a `TypedTable` (`tables`, `render --format csv|sheet`, the explorer's export):
/// RFC 4180, UTF-8, LF line ends, one header line, numbers in shortest round-trip form (integral doubles without a
/// trailing `.0`), a missing value (NaN/±∞ included) as an empty cell. Every text cell, header included, goes
/// through `encodeText`: terminal-unsafe characters escaped, formulas neutralised, quoted when needed. Numeric cells
/// are never altered (a negative number stays `-1.5`).
///
/// A table is encoded a slice of rows at a time (`encodeRows`), so a large table is written without holding all
/// its bytes; each distinct text value of a column is encoded once.
public struct CSVEncoder {
    public let table: TypedTable
    /// Per column, the encoding of each distinct text value, filled as met.
    private var encodedTexts: [[[UInt8]?]]

    public init(_ table: TypedTable) {
        self.table = table
        encodedTexts = table.storage.map { [[UInt8]?](repeating: nil, count: $0.texts.count) }
    }

    /// The whole table as CSV bytes.
    public static func bytes(_ table: TypedTable) -> [UInt8] {
        var encoder = CSVEncoder(table)
        var bytes = encoder.header()
        encoder.encodeRows(0..<table.rowCount, into: &bytes)
        return bytes
    }

    /// The whole table as CSV text.
    public static func text(_ table: TypedTable) -> String { String(decoding: bytes(table), as: UTF8.self) }

    /// The length of the table's CSV encoding, encoded a chunk at a time (as `tables` writes it) and dropped.
    public static func byteCount(_ table: TypedTable, rowsPerChunk: Int = 16_384) -> Int {
        var encoder = CSVEncoder(table)
        var chunk = encoder.header()
        var total = 0, start = 0
        repeat {
            let end = min(table.rowCount, start + rowsPerChunk)
            encoder.encodeRows(start..<end, into: &chunk)
            total += chunk.count
            chunk.removeAll(keepingCapacity: true)
            start = end
        } while start < table.rowCount
        return total
    }

    /// The header line, LF included.
    public func header() -> [UInt8] {
        var bytes: [UInt8] = []
        for (index, column) in table.columns.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: CSVEncoder.encodeText(column.name).utf8)
        }
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// Appends the lines of `rows` (LF each) to `bytes`.
    public mutating func encodeRows(_ rows: Range<Int>, into bytes: inout [UInt8]) {
        let storage = table.storage
        for row in rows {
            for column in storage.indices {
                if column > 0 { bytes.append(UInt8(ascii: ",")) }
                appendCell(storage[column], column: column, row: row, into: &bytes)
            }
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// One cell as written in the CSV (the paper-vs-correct comparison shows cells so).
    public static func cell(_ table: TypedTable, row: Int, column: Int) -> String {
        encode(table.cell(row: row, column: column))
    }

    private mutating func appendCell(_ values: ColumnStorage, column: Int, row: Int, into bytes: inout [UInt8]) {
        switch values.kind {
        case .undetermined: return
        case .integer:
            let value = values.integers[row]
            if value != ColumnStorage.missingInteger { CSVEncoder.appendDecimal(Int64(value), to: &bytes) }
        case .real: CSVEncoder.appendNumber(values.reals[row], to: &bytes)
        case .text:
            let code = values.codes[row]
            guard code != ColumnStorage.missingCode else { return }
            if let encoded = encodedTexts[column][Int(code)] { return bytes.append(contentsOf: encoded) }
            let encoded = Array(CSVEncoder.encodeText(values.texts[Int(code)]).utf8)
            encodedTexts[column][Int(code)] = encoded
            bytes.append(contentsOf: encoded)
        }
    }

    /// One cell's text.
    static func encode(_ cell: TableCell) -> String {
        switch cell {
        case .missing: return ""
        case .integer(let value): return String(value)
        case .number(let value): return value.isFinite ? format(value) : ""
        case .text(let text): return encodeText(text)
        }
    }

    /// Shortest text that reads back as the same double; integral values without a trailing `.0`.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    /// `format`'s bytes; NaN/±∞ write nothing.
    static func appendNumber(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else { return }
        if value == value.rounded(), abs(value) < 1e15 { return appendDecimal(Int64(value), to: &bytes) }
        bytes.append(contentsOf: value.description.utf8)
    }

    /// Decimal digits of an integer, as `String(value)` writes them, without making a String.
    static func appendDecimal(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64) = (0, 0)
        var count = 0
        repeat {
            let digit = magnitude % 10
            magnitude /= 10
            if count < 16 { digits.0 |= digit << (4 * UInt64(count)) } else {
                digits.1 |= digit << (4 * UInt64(count - 16))
            }
            count += 1
        } while magnitude > 0
        for position in stride(from: count - 1, through: 0, by: -1) {
            let digit = position < 16 ? (digits.0 >> (4 * UInt64(position))) & 0xF
                : (digits.1 >> (4 * UInt64(position - 16))) & 0xF
            bytes.append(UInt8(ascii: "0") + UInt8(digit))
        }
    }
}

extension TypedTable {
    /// The table's CSV text (`CSVEncoder.text`), for small tables and tests; `tables` writes bytes a chunk at a time.
    public var text: String { CSVEncoder.text(self) }
}
