/// One table in both modes, for `PaperVsCorrect.compare`: rows are joined on the table's key columns
/// (`TypedTable.keyColumns`) and compared column by column on their typed values.
struct TablePair: Sendable {
    let name: String
    let keys: [String]
    let paper: TypedTable
    let correct: TypedTable
    /// Positions of the key columns in each table (the ones both have).
    let paperKeys: [Int]
    let correctKeys: [Int]
    /// The value columns both modes have, with their positions in each (looked up once, not per row).
    let valueColumns: [(name: String, paper: Int, correct: Int)]
    /// Per key column of text in both modes with interned (unique) codes: the correct-mode code of each paper-mode
    /// code (`KeyCodes.absent` when correct mode lacks the value), so a key cell compares as two integers.
    let keyCodes: [KeyCodes?]

    struct KeyCodes: Sendable {
        static let absent = UInt32.max - 1
        let paper: [UInt32]
        let correct: [UInt32]
        let correctOfPaper: [UInt32]

        init?(_ paper: ColumnStorage, _ correct: ColumnStorage) {
            guard paper.kind == .text, correct.kind == .text, paper.isInterned, correct.isInterned else { return nil }
            let codes = Dictionary(correct.texts.enumerated().map { ($1, UInt32($0)) }, uniquingKeysWith: { a, _ in a })
            self.paper = paper.codes
            self.correct = correct.codes
            correctOfPaper = paper.texts.map { codes[$0] ?? KeyCodes.absent }
        }

        func same(_ paperRow: Int, _ correctRow: Int) -> Bool {
            let code = paper[paperRow], other = correct[correctRow]
            if code == ColumnStorage.missingCode { return other == ColumnStorage.missingCode }
            return correctOfPaper[Int(code)] == other
        }
    }

    init(paper: TypedTable, correct: TypedTable) {
        name = correct.name
        let keys = correct.keyColumns.filter { correct.columnIndex($0) != nil && paper.columnIndex($0) != nil }
        self.keys = keys
        self.paper = paper
        self.correct = correct
        paperKeys = keys.compactMap(paper.columnIndex)
        correctKeys = keys.compactMap(correct.columnIndex)
        valueColumns = correct.columns.indices.compactMap { inCorrect in
            let column = correct.columns[inCorrect].name
            guard !keys.contains(column), !PaperVsCorrect.uncertaintyColumns.contains(column),
                  let inPaper = paper.columnIndex(column), correct.columnIndex(column) == inCorrect else { return nil }
            return (column, inPaper, inCorrect)
        }
        keyCodes = zip(paperKeys, correctKeys).map { KeyCodes(paper.storage[$0], correct.storage[$1]) }
    }

    /// Whether paper row `paperRow` and correct row `correctRow` have equal key cells (exact values).
    func sameKey(paper paperRow: Int, correct correctRow: Int) -> Bool {
        for key in keyCodes.indices {
            if let codes = keyCodes[key] {
                if !codes.same(paperRow, correctRow) { return false }
            } else if !paper.storage[paperKeys[key]].equals(row: paperRow, correct.storage[correctKeys[key]],
                                                             row: correctRow) {
                return false
            }
        }
        return true
    }

    /// Paper rows by the hash of their key cells.
    func paperIndex() -> KeyIndex {
        var index = KeyIndex(capacity: paper.rowCount)
        for row in 0..<paper.rowCount { index.insert(keyHash(paper, paperKeys, row), row: row) }
        return index
    }

    /// The paper row with correct row `row`'s key (the last one, if a key repeats).
    func lookup(_ index: KeyIndex, correct row: Int) -> Int? {
        index.rows(keyHash(correct, correctKeys, row)).first { sameKey(paper: $0, correct: row) }
    }

    func keyHash(_ table: TypedTable, _ positions: [Int], _ row: Int) -> Int {
        var hasher = Hasher()
        for position in positions { table.storage[position].hashValue(row: row, into: &hasher) }
        return hasher.finalize()
    }

    /// Compares the correct-mode rows in `rows` with their paper rows (the row after the last match first, the key
    /// index on a miss); returns which paper rows were matched.
    func compareCorrectRows(_ rows: Range<Int>, reasons: DifferenceReasons, prebuiltIndex: KeyIndex? = nil,
                            emit: (ModeDifference) -> Void) -> [Bool] {
        var index = prebuiltIndex
        var matched = [Bool](repeating: false, count: paper.rowCount)
        var next = rows.lowerBound
        for row in rows {
            var found: Int?
            if next < paper.rowCount, sameKey(paper: next, correct: row) {
                found = next
            } else {
                if index == nil { index = paperIndex() }
                found = index.flatMap { lookup($0, correct: row) }
            }
            guard let other = found else {
                emitWholeRow(correct, correctKeys, row, inPaper: false, reasons: reasons, emit: emit)
                continue
            }
            matched[other] = true
            next = other + 1
            var pairs: [KeyValue]?
            for (column, inPaper, inCorrect) in valueColumns {
                guard !PaperVsCorrect.same(paper.storage[inPaper], other, correct.storage[inCorrect], row) else {
                    continue
                }
                let keyPairs = pairs ?? keyValues(correct, correctKeys, row)
                pairs = keyPairs
                emit(ModeDifference(table: name, key: keyPairs, column: column,
                    paper: CSVEncoder.cell(paper, row: other, column: inPaper),
                    correct: CSVEncoder.cell(correct, row: row, column: inCorrect),
                    reason: reasons.reason(table: name, column: column, key: keyPairs)))
            }
        }
        return matched
    }

    /// The paper rows no correct row matched, in paper order.
    func paperOnlyRows(matched: [Bool], reasons: DifferenceReasons, emit: (ModeDifference) -> Void) {
        for row in 0..<paper.rowCount where !matched[row] {
            emitWholeRow(paper, paperKeys, row, inPaper: true, reasons: reasons, emit: emit)
        }
    }

    /// The key columns' names with their cells as written in the CSV.
    func keyValues(_ table: TypedTable, _ positions: [Int], _ row: Int) -> [KeyValue] {
        zip(keys, positions).map { KeyValue(column: $0, value: CSVEncoder.cell(table, row: row, column: $1)) }
    }

    private func emitWholeRow(_ table: TypedTable, _ positions: [Int], _ row: Int, inPaper: Bool,
                              reasons: DifferenceReasons, emit: (ModeDifference) -> Void) {
        let pairs = keyValues(table, positions, row)
        emit(ModeDifference(table: name, key: pairs, column: ModeDifference.wholeRow,
            paper: inPaper ? "present" : ModeDifference.absent, correct: inPaper ? ModeDifference.absent : "present",
            reason: reasons.reason(table: name, column: ModeDifference.wholeRow, key: pairs)))
    }
}

/// Rows by key hash; colliding hashes keep every row (checked on the key cells by `lookup`). Later rows of a hash
/// come first, so that a repeated key finds its last row, as a dictionary assignment would.
struct KeyIndex: Sendable {
    private var first: [Int: Int] = [:]
    private var more: [Int: [Int]] = [:]

    init(capacity: Int) { first.reserveCapacity(capacity) }

    mutating func insert(_ hash: Int, row: Int) {
        if let previous = first.updateValue(row, forKey: hash) { more[hash, default: []].insert(previous, at: 0) }
    }

    func rows(_ hash: Int) -> [Int] {
        guard let row = first[hash] else { return [] }
        return [row] + (more[hash]?.reversed() ?? [])
    }
}
