extension EncodedTable {
    /// The table with one more last column holding the same text in every row (e.g. the prevalence table a
    /// comparison used). Header and cells are encoded as `append(text:)` encodes them.
    public func appendingColumn(_ title: String, value: String) -> EncodedTable {
        var result = EncodedTable(name: name, header: header + [title], reservingRows: rowCount,
                                  bytesPerRow: rowCount == 0 ? 0 : bytes.count / rowCount + value.utf8.count + 1)
        let cell = EncodedTable.cells([.text(value)])
        for index in 0..<rowCount {
            result.append(encodedCells: Array(bytes[rowRange(index)]))
            result.append(encodedCells: cell)
            result.endRow()
        }
        return result
    }
}
