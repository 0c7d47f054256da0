/// One table in both modes, read as encoded rows, for `PaperVsCorrect.compare`.
struct TablePair: Sendable {
    let name: String
    let keys: [String]
    let paper: EncodedRows
    let correct: EncodedRows
    /// The value columns both modes have, with their header positions in each (looked up once, not per row).
    let valueColumns: [(name: String, paper: Int, correct: Int)]
    let sameLayout: Bool

    init(paper: EncodedTable, correct: EncodedTable) {
        name = correct.name
        let keys = PaperVsCorrect.keyColumns[correct.name] ?? PaperVsCorrect.textColumns(correct)
        self.keys = keys
        self.paper = EncodedRows(paper, keys: keys)
        self.correct = EncodedRows(correct, keys: keys)
        let paperRows = self.paper, correctRows = self.correct
        valueColumns = correct.header.compactMap { column in
            guard !keys.contains(column), !PaperVsCorrect.uncertaintyColumns.contains(column), let inPaper = paperRows.columns[column],
                  let inCorrect = correctRows.columns[column] else { return nil }
            return (column, inPaper, inCorrect)
        }
        sameLayout = paper.header == correct.header
    }

    /// Compares the correct-mode rows in `rows` with their paper rows (cursor first, key index on a miss);
    /// returns which paper rows were matched.
    func compareCorrectRows(_ rows: Range<Int>, reasons: DifferenceReasons, prebuiltIndex: KeyIndex? = nil,
                            emit: (ModeDifference) -> Void) -> [Bool] {
        let paperTable = paper.table, correctTable = correct.table
        var paperIndex: KeyIndex? = prebuiltIndex
        var matched = [Bool](repeating: false, count: paperTable.rowCount)
        var correctFields: [Range<Int>] = [], paperFields: [Range<Int>] = []
        var next = rows.lowerBound
        for row in rows {
            if sameLayout, next < paperTable.rowCount, paper.sameBytes(row: next, as: correct, row: row) {
                matched[next] = true
                next += 1
                continue
            }
            correct.fields(row, into: &correctFields)
            var found: Int?
            if next < paperTable.rowCount {
                paper.fields(next, into: &paperFields)
                if paper.sameKey(paperFields, as: correct, correctFields) { found = next }
            }
            if found == nil {
                if paperIndex == nil { paperIndex = paper.index() }
                found = paperIndex.flatMap { paper.lookup($0, correctFields, of: correct) }
                if let other = found { paper.fields(other, into: &paperFields) }
            }
            guard let other = found else {
                emitWholeRow(correct, correctFields, inPaper: false, reasons: reasons, emit: emit)
                continue
            }
            matched[other] = true
            next = other + 1
            var pairs: [KeyValue]?
            for (column, inPaper, inCorrect) in valueColumns {
                guard inPaper < paperFields.count, inCorrect < correctFields.count else { continue }
                let a = paperFields[inPaper], b = correctFields[inCorrect]
                guard !PaperVsCorrect.same(paperTable.bytes[a], correctTable.bytes[b]) else { continue }
                let keyPairs = pairs ?? correct.keyValues(correctFields, names: keys)
                pairs = keyPairs
                emit(ModeDifference(table: name, key: keyPairs, column: column,
                    paper: paper.text(a), correct: correct.text(b),
                    reason: reasons.reason(table: name, column: column, key: keyPairs)))
            }
        }
        return matched
    }

    /// The paper rows no correct row matched, in paper order.
    func paperOnlyRows(matched: [Bool], reasons: DifferenceReasons, emit: (ModeDifference) -> Void) {
        var fields: [Range<Int>] = []
        for row in 0..<paper.table.rowCount where !matched[row] {
            paper.fields(row, into: &fields)
            emitWholeRow(paper, fields, inPaper: true, reasons: reasons, emit: emit)
        }
    }

    private func emitWholeRow(_ rows: EncodedRows, _ fields: [Range<Int>], inPaper: Bool,
                              reasons: DifferenceReasons, emit: (ModeDifference) -> Void) {
        let pairs = rows.keyValues(fields, names: keys)
        emit(ModeDifference(table: name, key: pairs, column: ModeDifference.wholeRow,
            paper: inPaper ? "present" : ModeDifference.absent, correct: inPaper ? ModeDifference.absent : "present",
            reason: reasons.reason(table: name, column: ModeDifference.wholeRow, key: pairs)))
    }
}
