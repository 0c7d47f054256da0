/// One cell of an output table.
public enum TableCell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    case number(Double)
    case missing

    /// A double, or `.missing` for NaN/±∞ (a missing value is an empty cell, README decision on tables).
    public static func value(_ number: Double) -> TableCell { number.isFinite ? .number(number) : .missing }
    /// An optional double.
    public static func value(_ number: Double?) -> TableCell { number.map { value($0) } ?? .missing }
}

/// A tidy table written by `tables` and `render --format csv`: one header row, one observation per row.
public struct CSVTable: Sendable, Hashable {
    /// File name in the output folder, e.g. `cooccurrence.csv`.
    public let name: String
    public let header: [String]
    public var rows: [[TableCell]]

    public init(name: String, header: [String], rows: [[TableCell]] = []) {
        self.name = name
        self.header = header
        self.rows = rows
    }

    /// RFC 4180 text: UTF-8, LF line ends, numbers in shortest round-trip form, missing = empty cell.
    /// Text cells that a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab, CR) are prefixed
    /// with `'` (OWASP CSV injection guidance); numbers are never altered.
    public func encoded() -> String {
        var output = header.map(CSVTable.encodeText).joined(separator: ",") + "\n"
        output.reserveCapacity(output.utf8.count + rows.count * 16 * max(1, header.count))
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { output += "," }
                output += CSVTable.encode(cell)
            }
            output += "\n"
        }
        return output
    }

    static func encode(_ cell: TableCell) -> String {
        switch cell {
        case .missing: return ""
        case .integer(let value): return String(value)
        case .number(let value): return value.isFinite ? CSVTable.format(value) : ""
        case .text(let text): return encodeText(text)
        }
    }

    /// Shortest text that reads back as the same double; integral values without a trailing `.0`.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    static func encodeText(_ raw: String) -> String {
        if isPlain(raw) { return raw }
        var text = raw
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension CSVTable {
    /// Whether a text cell is written as is: printable ASCII only (so bytes and characters coincide), no comma or
    /// quote, no leading formula character, no leading or trailing space. The common case, decided on the bytes
    /// without iterating characters; anything else takes the general path of `encodeText`.
    static func isPlain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            guard first != UInt8(ascii: " "), last != UInt8(ascii: " "), first != UInt8(ascii: "="),
                  first != UInt8(ascii: "+"), first != UInt8(ascii: "-"), first != UInt8(ascii: "@") else { return false }
            for byte in bytes where byte < 0x20 || byte > 0x7E || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") {
                return false
            }
            return true
        } ?? false
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
