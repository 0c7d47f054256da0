/// The rows of an `EncodedTable` read back as fields (byte ranges of the encoded cells), for the paper-vs-correct
/// comparison: RFC 4180 quoting is respected, so a quoted comma or LF stays inside its field.
struct EncodedRows {
    let table: EncodedTable
    /// Header position of each column name (first occurrence).
    let columns: [String: Int]
    /// Header positions of the key columns present.
    let keyPositions: [Int]

    init(_ table: EncodedTable, keys: [String]) {
        self.table = table
        let columns = Dictionary(table.header.enumerated().map { ($1, $0) },
                                 uniquingKeysWith: { first, _ in first })
        self.columns = columns
        keyPositions = keys.compactMap { columns[$0] }
    }

    /// Byte ranges of row `row`'s fields (as encoded, quotes included), into a reused buffer.
    func fields(_ row: Int, into fields: inout [Range<Int>]) {
        fields.removeAll(keepingCapacity: true)
        let range = table.rowRange(row)
        table.bytes.withUnsafeBufferPointer { bytes in
            var start = range.lowerBound, quoted = false
            for offset in range {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    quoted.toggle()
                } else if byte == UInt8(ascii: ","), !quoted {
                    fields.append(start..<offset)
                    start = offset + 1
                }
            }
            fields.append(start..<range.upperBound)
        }
    }

    /// Whether row `row` has exactly the bytes of `other`'s row `otherRow` (then every cell is equal).
    func sameBytes(row: Int, as other: EncodedRows, row otherRow: Int) -> Bool {
        let mine = table.rowRange(row), theirs = other.table.rowRange(otherRow)
        guard mine.count == theirs.count else { return false }
        return table.bytes.withUnsafeBufferPointer { a in
            other.table.bytes.withUnsafeBufferPointer { b in
                guard let first = a.baseAddress, let second = b.baseAddress else { return mine.isEmpty }
                return memoryEqual(first + mine.lowerBound, second + theirs.lowerBound, mine.count)
            }
        }
    }

    /// Whether the key cells of two rows (of tables with the same key columns) have the same bytes.
    func sameKey(_ fields: [Range<Int>], as other: EncodedRows, _ otherFields: [Range<Int>]) -> Bool {
        guard keyPositions.count == other.keyPositions.count else { return false }
        for (mine, theirs) in zip(keyPositions, other.keyPositions) {
            let a = mine < fields.count ? table.bytes[fields[mine]] : []
            let b = theirs < otherFields.count ? other.table.bytes[otherFields[theirs]] : []
            if !a.elementsEqual(b) { return false }
        }
        return true
    }

    /// Row index by key;  the last row of a repeated key wins.
    func index() -> KeyIndex {
        var index = KeyIndex(capacity: table.rowCount)
        var fields: [Range<Int>] = []
        for row in 0..<table.rowCount {
            self.fields(row, into: &fields)
            index.insert(keyHash(fields), row: row)
        }
        return index
    }

    /// The row of `rows`' row with `fields` in this table's index, verified on the key bytes.
    func lookup(_ index: KeyIndex, _ fields: [Range<Int>], of rows: EncodedRows) -> Int? {
        var candidate: [Range<Int>] = []
        for row in index.rows(rows.keyHash(fields)) {
            self.fields(row, into: &candidate)
            if sameKey(candidate, as: rows, fields) { return row }
        }
        return nil
    }

    /// FNV-1a over the key cells' bytes, 0x1F between cells (no encoded cell holds it: controls are escaped).
    func keyHash(_ fields: [Range<Int>]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        table.bytes.withUnsafeBufferPointer { bytes in
            for position in keyPositions {
                if position < fields.count {
                    for offset in fields[position] { hash = (hash ^ UInt64(bytes[offset])) &* 0x100_0000_01b3 }
                }
                hash = (hash ^ 0x1F) &* 0x100_0000_01b3
            }
        }
        return hash
    }

    /// The key columns' names with their cells' text.
    func keyValues(_ fields: [Range<Int>], names: [String]) -> [KeyValue] {
        zip(names, keyPositions).map { name, position in
            KeyValue(column: name, value: position < fields.count ? text(fields[position]) : "")
        }
    }

    func text(_ range: Range<Int>) -> String { String(decoding: table.bytes[range], as: UTF8.self) }
}

/// Byte equality of two equally long memory ranges.
private func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var index = 0
    while index + 8 <= count {
        if UnsafeRawPointer(a + index).loadUnaligned(as: UInt64.self)
            != UnsafeRawPointer(b + index).loadUnaligned(as: UInt64.self) { return false }
        index += 8
    }
    while index < count {
        if a[index] != b[index] { return false }
        index += 1
    }
    return true
}

/// Rows by key hash; the rare colliding hashes keep every row (checked on the key bytes by `lookup`). Later rows of
/// a hash come first, so that a repeated key finds its last row, as a dictionary assignment would.
struct KeyIndex: Sendable {
    private var first: [UInt64: Int] = [:]
    private var more: [UInt64: [Int]] = [:]

    init(capacity: Int) { first.reserveCapacity(capacity) }

    mutating func insert(_ hash: UInt64, row: Int) {
        if let previous = first.updateValue(row, forKey: hash) { more[hash, default: []].insert(previous, at: 0) }
    }

    func rows(_ hash: UInt64) -> [Int] {
        guard let row = first[hash] else { return [] }
        return [row] + (more[hash]?.reversed() ?? [])
    }
}
