/// A table already encoded as its CSV bytes (header line, then one line per row), built row by row without a
/// `[[TableCell]]` matrix or an intermediate `String`. The bytes are exactly `CSVTable.encoded()` of the same cells:
/// both go through `CSVTable.encodeText` and `CSVTable.format`. Analysis produces it; Data writes it.
public struct EncodedTable: Sendable, Hashable {
    /// File name in the output folder, e.g. `scores.csv`.
    public let name: String
    public let header: [String]
    /// UTF-8 CSV text, LF line ends.
    public private(set) var bytes: [UInt8] = []
    /// `rowEnds[i]` = offset just past row i's LF (row 0 starts after the header line).
    private(set) var rowEnds: [Int] = []
    private(set) var headerEnd = 0
    private var atRowStart = true

    /// An empty table; `reservingRows` × `bytesPerRow` bytes are reserved up front (a large table's buffer then
    /// never grows by copying, which would briefly hold both buffers).
    public init(name: String, header: [String], reservingRows: Int = 0, bytesPerRow: Int = 0) {
        self.name = name
        self.header = header
        bytes.reserveCapacity(reservingRows * bytesPerRow)
        rowEnds.reserveCapacity(reservingRows)
        for (index, title) in header.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendEncoded(title)
        }
        bytes.append(UInt8(ascii: "\n"))
        headerEnd = bytes.count
    }

    /// The encoding of a `CSVTable` (same bytes as `table.encoded()`).
    public init(_ table: CSVTable) {
        self.init(name: table.name, header: table.header)
        rowEnds.reserveCapacity(table.rows.count)
        for row in table.rows { append(row) }
    }

    public var rowCount: Int { rowEnds.count }

    /// The CSV text (tests and small tables; large tables are written as bytes).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Bytes of row `index` without its LF.
    func rowRange(_ index: Int) -> Range<Int> {
        (index == 0 ? headerEnd : rowEnds[index - 1])..<(rowEnds[index] - 1)
    }

    public mutating func append(_ row: [TableCell]) {
        for cell in row { append(cell) }
        endRow()
    }

    public mutating func append(_ cell: TableCell) {
        switch cell {
        case .missing: separate()
        case .integer(let value): append(integer: value)
        case .number(let value): append(number: value)
        case .text(let text): append(text: text)
        }
    }

    public mutating func append(text: String) {
        separate()
        appendEncoded(text)
    }

    public mutating func append(integer: Int) {
        separate()
        appendDecimal(Int64(integer))
    }

    /// A double in `CSVTable.format`'s form; NaN/±∞ as an empty cell.
    public mutating func append(number value: Double) {
        separate()
        guard value.isFinite else { return }
        if value == value.rounded(), abs(value) < 1e15 { return appendDecimal(Int64(value)) }
        bytes.append(contentsOf: value.description.utf8)
    }

    /// `.value(_:)`: a double, missing when not finite.
    public mutating func append(value: Double) { append(number: value) }

    public mutating func appendMissing() { separate() }

    /// Cells encoded once (`cells(_:)`) and appended as they are, e.g. a key prefix shared by many rows.
    public mutating func append(encodedCells: [UInt8]) {
        separate()
        bytes.append(contentsOf: encodedCells)
    }

    /// The encoding of a run of cells, comma-separated, for `append(encodedCells:)`.
    public static func cells(_ cells: [TableCell]) -> [UInt8] {
        var table = EncodedTable(name: "", header: [])
        table.bytes.removeAll()
        for cell in cells { table.append(cell) }
        return table.bytes
    }

    /// A text cell given as its UTF-8 bytes, encoded as `append(text:)` would encode the same text: written as is
    /// when plain (`CSVTable.isPlain`), else through the general encoder.
    public mutating func append(textBytes: [UInt8]) {
        separate()
        if CSVTable.isPlain(utf8: textBytes) {
            bytes.append(contentsOf: textBytes)
        } else {
            bytes.append(contentsOf: CSVTable.encodeTextInGeneral(String(decoding: textBytes, as: UTF8.self)).utf8)
        }
    }

    /// Appends the rows (not the header) of another table with the same columns.
    public mutating func append(rowsOf other: EncodedTable) {
        let shift = bytes.count - other.headerEnd
        bytes.append(contentsOf: other.bytes[other.headerEnd...])
        rowEnds.append(contentsOf: other.rowEnds.lazy.map { $0 + shift })
        atRowStart = true
    }

    public mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        rowEnds.append(bytes.count)
        atRowStart = true
    }

    private mutating func separate() {
        if atRowStart { atRowStart = false } else { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendEncoded(_ text: String) {
        if CSVTable.isPlain(text) {
            bytes.append(contentsOf: text.utf8)
        } else {
            bytes.append(contentsOf: CSVTable.encodeTextInGeneral(text).utf8)
        }
    }

    /// Decimal digits of an integer, as `String(value)` writes them, without making a String.
    private mutating func appendDecimal(_ value: Int64) {
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
