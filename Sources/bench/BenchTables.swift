import Analysis
import Data
import Foundation

/// Where the time of (b) goes: each table group per mode (compute and CSV encoding, one core), then the
/// paper-vs-correct comparison of each table, measured once, so a slow analysis can be named with its numbers.
enum TableDetail {
    static func lines(_ dataset: Dataset) -> [String] {
        var lines = ["table detail (one run, one core): compute + encode per table group and mode, then comparison"]
        var compare = 0.0
        for (number, group) in AnalysisTables.groups.enumerated() {
            var byMode: [AnalysisMode: [TypedTable]] = [:]
            for mode in AnalysisMode.allCases {
                let (result, seconds, cpu) = timed {
                    group(dataset, mode, .standard, .concurrent).map { ($0, CSVEncoder.bytes($0).count) }
                }
                byMode[mode] = result.map(\.0)
                let names = result.map { "\($0.0.name) \($0.0.rowCount) rows \(String(format: "%.1f", Double($0.1) / 1e6)) MB" }
                lines.append(String(format: "  group %d %@: %.3f s (cpu %.3f s): %@", number + 1, mode.rawValue,
                                    seconds, cpu, names.joined(separator: ", ")))
            }
            let reasons = DifferenceReasons(dataset)
            let (_, seconds, _) = timed {
                var table = PaperVsCorrect.emptyTable()
                for (paper, correct) in zip(byMode[.paper] ?? [], byMode[.correct] ?? []) {
                    PaperVsCorrect.compareRows(paper: paper, correct: correct, reasons: reasons, into: &table)
                }
                return table.rowCount
            }
            compare += seconds
        }
        lines.append(String(format: "  comparison (all groups): %.3f s", compare))
        return lines
    }
}
