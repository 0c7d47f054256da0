import Analysis

/// A sheet as the user sees it (visible columns, rows after the disease and value filters, sort and top-N), with
/// each cell's typed number: what an export writes and what the inspector reads.
public struct SheetSnapshot: Sendable, Hashable {
    public var columns: [TableColumn]
    public var cells: [[String]]
    public var numbers: [[Double?]]
    public var labels: [String]

    public init(columns: [TableColumn], cells: [[String]], numbers: [[Double?]], labels: [String]) {
        self.columns = columns
        self.cells = cells
        self.numbers = numbers
        self.labels = labels
    }

    /// The sheet as a tidy table: numbers where the cell has one, text otherwise.
    public func csvTable(name: String) -> TypedTable {
        let rows: [[TableCell]] = cells.indices.map { row in
            columns.indices.map { column in
                let number = column < numbers[row].count ? numbers[row][column] : nil
                let text = column < cells[row].count ? cells[row][column] : ""
                if let number, number.isFinite { return .value(number) }
                if number?.isNaN == true || text == "-" { return .missing }
                return .text(text)
            }
        }
        return TypedTable(name: name, header: columns.map(\.name), rows: rows)
    }

    /// The sheet as a Markdown table.
    public func markdown() -> String {
        MarkdownEncoder.table(header: columns.map { sanitizedForTerminal($0.title) }, alignments: columns.map(\.alignment),
                              rows: cells.map { $0.map(sanitizedForTerminal) })
    }
}
