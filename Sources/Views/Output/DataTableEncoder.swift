import Analysis

/// A view's typed data table (`Panes.dataTable`, the values `render --format csv` writes) as Markdown or aligned
/// plain text: `render --format markdown|text`. The same cells as the CSV (numbers in the CSV's shortest
/// round-trip form, missing cells empty), never the screen; every cell sanitised for a terminal.
public enum DataTableEncoder {
    /// A pipe table (`MarkdownEncoder.table`), numeric columns right-aligned.
    public static func markdown(_ table: TypedTable) -> String {
        let (header, alignments, rows) = cells(table)
        return MarkdownEncoder.table(header: header, alignments: alignments, rows: rows)
    }

    /// Columns padded to their widest cell and separated by two spaces, a dashed rule under the header, numeric
    /// columns right-aligned, trailing spaces trimmed; one line per row.
    public static func plainText(_ table: TypedTable) -> String {
        let (header, alignments, rows) = cells(table)
        let lines = [header] + [header.map { String(repeating: "-", count: max(1, DisplayWidth.of($0))) }] + rows
        let widths = header.indices.map { column in lines.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return lines.map { line in
            var text = line.indices.map { column in
                TextFit.fit(line[column], width: widths[column], alignment: alignments[column], ellipsis: "~")
            }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }.joined()
    }

    /// Header, per-column alignment (right when every value is a number) and sanitised cell texts.
    static func cells(_ table: TypedTable) -> (header: [String], alignments: [TextFit.Alignment], rows: [[String]]) {
        let header = table.header.map { SafeText.sanitized($0) }
        let alignments = table.header.indices.map { column -> TextFit.Alignment in
            let numeric = (0..<table.rowCount).allSatisfy { row in
                switch table.cell(row: row, column: column) {
                case .integer, .number, .missing: return true
                case .text: return false
                }
            }
            return numeric && table.rowCount > 0 ? .right : .left
        }
        let rows = (0..<table.rowCount).map { row in
            header.indices.map { SafeText.sanitized(table.cell(row: row, column: $0).valueText) }
        }
        return (header, alignments, rows)
    }
}
