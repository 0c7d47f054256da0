import Analysis
import Views

/// A CSV of the exported pane until the panes provide their own tables: the pane's column headers when it reports
/// them, and each screen row split into cells at runs of two or more spaces.
enum ExportCSV {
    static func table(buffer: Buffer, summary: PaneSummary, view: ViewID) -> CSVTable {
        let lines = buffer.plainText().split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let header = summary.columns.isEmpty ? ["view", "line"] : summary.columns
        let rows: [[TableCell]] = lines.map { line in
            let cells = split(line)
            if summary.columns.isEmpty { return [.text(view.rawValue), .text(line.trimmingSpaces())] }
            return cells.map { cell in Double(cell).map(TableCell.value) ?? .text(cell) }
        }
        return CSVTable(name: "\(view.rawValue).csv", header: header, rows: rows)
    }

    /// `"a  b   c d"` → `["a", "b", "c d"]`.
    static func split(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var spaces = 0
        for character in line {
            if character == " " {
                spaces += 1
                continue
            }
            if spaces >= 2, !current.isEmpty {
                cells.append(current)
                current = ""
            } else if spaces == 1, !current.isEmpty {
                current.append(" ")
            }
            spaces = 0
            current.append(character)
        }
        if !current.isEmpty { cells.append(current) }
        return cells
    }
}
