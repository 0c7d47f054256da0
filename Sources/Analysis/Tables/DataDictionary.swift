/// The data dictionary `tables` writes beside the CSVs, from the written tables' own schemas: `schema.json` (every
/// file's columns with type, unit and description, its key columns and row order) and a short `README.md`. Both
/// depend only on the tables' schemas, never on the date or the machine, so they compare byte for byte.
public struct DataDictionary: Sendable, Hashable {
    /// One written file's schema.
    public struct File: Sendable, Hashable {
        public let name: String
        public let summary: String
        public let rowOrder: String
        public let keyColumns: [String]
        public let columns: [ColumnSchema]
    }

    public private(set) var files: [File] = []

    public init() {}

    /// Adds the schema of a written table (in writing order).
    public mutating func add(_ table: TypedTable) {
        files.append(File(name: table.name, summary: table.summary, rowOrder: table.rowOrder,
                          keyColumns: table.keyColumns, columns: table.columns))
    }

    public static let schemaName = "schema.json"
    public static let readmeName = "README.md"

    /// `schema.json`: `{"tables": [{"file", "description", "row_order", "key_columns", "columns": [{"name", "type",
    /// "unit", "description"}]}]}`, two-space indented, LF.
    public var schemaJSON: String {
        let tables = files.map { file in
            let columns = file.columns.map { column in
                "        {\"name\": \(DataDictionary.json(column.name)), \"type\": \(DataDictionary.json(column.type.rawValue)), "
                    + "\"unit\": \(DataDictionary.json(column.unit)), \"description\": \(DataDictionary.json(column.description))}"
            }
            return "    {\n      \"file\": \(DataDictionary.json(file.name)),\n"
                + "      \"description\": \(DataDictionary.json(file.summary)),\n"
                + "      \"row_order\": \(DataDictionary.json(file.rowOrder)),\n"
                + "      \"key_columns\": [\(file.keyColumns.map(DataDictionary.json).joined(separator: ", "))],\n"
                + "      \"columns\": [\n" + columns.joined(separator: ",\n") + "\n      ]\n    }"
        }
        return "{\n  \"tables\": [\n" + tables.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    /// `README.md`: what the folder holds, per file its rows and keys, and where the details are.
    public func readme(mode: AnalysisMode) -> String {
        var lines = [
            "# biasexplorer tables (\(mode.rawValue) mode)", "",
            "Tidy CSV: UTF-8, LF, one header row, one observation per row; a missing value is an empty cell; numbers",
            "read back exactly. `\(DataDictionary.schemaName)` gives every column's type, unit and description and each",
            "file's key columns; `\(Provenance.fileName)` says how the tables were made (tool, data, mode, settings, date).",
            "`paper_vs_correct.csv` joins the two modes' rows on the key columns and lists every differing value",
            "(numbers equal within a relative 1e-9: |x − y| ≤ 1e-9 · max(1, |x|, |y|)).", "",
            "| file | one row per | description |", "|---|---|---|",
        ]
        for file in files {
            let keys = file.keyColumns.isEmpty ? "-" : file.keyColumns.joined(separator: ", ")
            lines.append("| `\(file.name)` | \(keys) | \(file.summary.replacingOccurrences(of: "|", with: "\\|")) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON string literal: `"`, `\` and control characters escaped.
    public static func json(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isUnsafeForTerminal(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
