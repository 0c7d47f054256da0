import Analysis
import Views

/// The sheet as JSON: `{"provenance": …, "columns": [names], "rows": [{name: number or text}]}`.
public enum SheetJSON {
    public static func encode(_ sheet: SheetSnapshot?, provenance: String) -> String {
        guard let sheet else {
            return "{\"provenance\": \(string(provenance)), \"columns\": [], \"rows\": []}\n"
        }
        let names = sheet.columns.map(\.name)
        let rows = sheet.cells.indices.map { row -> String in
            let fields = names.indices.map { column -> String in
                let number = column < sheet.numbers[row].count ? sheet.numbers[row][column] : nil
                let value: String
                if let number { value = number.isFinite ? "\(number)" : "null" } else {
                    value = string(column < sheet.cells[row].count ? sheet.cells[row][column] : "")
                }
                return string(names[column]) + ": " + value
            }
            return "    {" + fields.joined(separator: ", ") + "}"
        }
        return "{\n  \"provenance\": \(string(provenance)),\n  \"columns\": [" + names.map(string).joined(separator: ", ")
            + "],\n  \"rows\": [\n" + rows.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    /// A JSON string of the text as the screen shows it (`sanitizedForTerminal`: escapes, bidi and invisible
    /// characters spelled out), JSON-escaped by the one JSON string encoder (`DataDictionary.json`).
    static func string(_ text: String) -> String { DataDictionary.json(sanitizedForTerminal(text)) }
}
