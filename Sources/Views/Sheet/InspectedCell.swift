/// The cell under the cursor, in full (the inspector).
public struct InspectedCell: Sendable, Hashable {
    public var columnTitle: String
    public var columnName: String
    public var text: String
    public var number: Double?
    public var rowLabel: String
    public var row: Int
    public var column: Int

    public init(columnTitle: String, columnName: String, text: String, number: Double?, rowLabel: String, row: Int,
                column: Int) {
        self.columnTitle = columnTitle
        self.columnName = columnName
        self.text = text
        self.number = number
        self.rowLabel = rowLabel
        self.row = row
        self.column = column
    }
}
