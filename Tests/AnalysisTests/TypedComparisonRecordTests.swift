import Testing
@testable import Analysis

/// The comparison on typed rows equals the old byte-level comparator's output on the full data
/// (`OldComparatorRecord`, recorded from 744a28b): the same rows of `paper_vs_correct.csv`, byte for byte, per
/// table, and the same counts per table, column and reason. Resampling is off: the comparison reads no interval.
@Suite(.enabled(if: Section2RealData.available, "../shared/crosscare is absent: typed comparison vs the old comparator skipped"))
struct TypedComparisonRecordTests {
    @Test func typedComparisonReproducesTheOldComparatorOnTheFullData() throws {
        let dataset = try #require(Section2RealData.dataset)
        let comparison = AnalysisTables.forEachTable(dataset, settings: UncertaintySettings.standard.withoutResampling)
            { _, _ in }
        #expect(comparison.header.joined(separator: ",") == OldComparatorRecord.header)
        var encoder = CSVEncoder(comparison)
        var digests: [(table: String, rows: Int, fnv: UInt64)] = []
        var counts: [String: Int] = [:]
        var line: [UInt8] = []
        for row in 0..<comparison.rowCount {
            let table = comparison.text(row: row, column: 0) ?? ""
            if digests.last?.table != table { digests.append((table, 0, 0xcbf2_9ce4_8422_2325)) }
            line.removeAll(keepingCapacity: true)
            encoder.encodeRows(row..<(row + 1), into: &line)
            var hash = digests[digests.count - 1].fnv
            for byte in line { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            digests[digests.count - 1].rows += 1
            digests[digests.count - 1].fnv = hash
            let key = [table, comparison.text(row: row, column: 2) ?? "", comparison.text(row: row, column: 5) ?? ""]
            counts[key.joined(separator: "\u{1F}"), default: 0] += 1
        }
        #expect(digests.map(\.table) == OldComparatorRecord.tables.map(\.table))
        for (mine, old) in zip(digests, OldComparatorRecord.tables) {
            #expect(mine.rows == old.rows && mine.fnv == old.fnv, "\(old.table): \(mine.rows) rows vs \(old.rows)")
        }
        for old in OldComparatorRecord.counts {
            let key = [old.table, old.column, old.reason].joined(separator: "\u{1F}")
            #expect(counts[key] == old.count, "\(old.table) \(old.column) \(old.reason)")
        }
        #expect(counts.count == OldComparatorRecord.counts.count)
    }
}
