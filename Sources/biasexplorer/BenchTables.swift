import Analysis
import Foundation

/// Where the time of (b) goes: each section's tables per mode (compute), and each table's CSV encoding, measured
/// once, so a slow analysis can be named with its numbers.
enum TableDetail {
    static func lines(_ dataset: Dataset) -> [String] {
        let sections: [(String, (Dataset, AnalysisMode) -> [CSVTable])] = [
            ("section 1", Section1Tables.tables), ("section 2", Section2Tables.tables),
            ("section 3", Section3Tables.tables),
        ]
        var lines = ["table detail (one run): compute per section, then CSV encoding per table"]
        for mode in AnalysisMode.allCases {
            for (name, tables) in sections {
                let (result, seconds, cpu) = timed { tables(dataset, mode) }
                lines.append(String(format: "  %@ %@: compute %.3f s (cpu %.3f s), %d tables", name, mode.rawValue,
                                    seconds, cpu, result.count))
                for table in result {
                    let (bytes, encodeSeconds, _) = timed { table.encoded().utf8.count }
                    lines.append(String(format: "    %@: %d rows, %.1f MB CSV, encode %.3f s", table.name,
                                        table.rows.count, Double(bytes) / 1e6, encodeSeconds))
                }
            }
        }
        return lines
    }
}
