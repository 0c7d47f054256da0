import Analysis
import Data
import Foundation
import TUI
import Views

/// (a) load, (b) tables, the peer's work, (d) panes and (e) filter changes on one data root.
struct FullDataBench {
    let root: DataRoot
    let runs: Int
    /// Also print the per-section, per-table breakdown of (b).
    var detail = true
    static let size = TerminalSize(width: 200, height: 60)

    func measure() throws -> [BenchLine] {
        var load = Samples(), tables = Samples(), loadAndTables = Samples(), scoring = Samples(), peer = Samples()
        var dataset: Dataset?
        var tableSummary = "", peerSummary = ""
        var loadPeak = Double.nan
        for _ in 0..<runs {
            dataset = nil  // the previous run's data set is not kept while the next one loads (peak memory)
            let (loaded, loadSeconds, loadCPU) = try timed { try DatasetLoader.load(root) }
            if loadPeak.isNaN { loadPeak = peakResidentMegabytes() ?? .nan }
            let (summary, tableSeconds, tableCPU) = timed { Self.allTables(loaded) }
            let (outcome, peerSeconds, peerCPU) = timed { PeerWork.run(loaded) }
            load.append(loadSeconds, cpu: loadCPU)
            tables.append(tableSeconds, cpu: tableCPU)
            loadAndTables.append(loadSeconds + tableSeconds, cpu: loadCPU + tableCPU)
            scoring.append(peerSeconds, cpu: peerCPU)
            peer.append(loadSeconds + peerSeconds, cpu: loadCPU + peerCPU)
            tableSummary = summary
            peerSummary = "\(outcome.scores) scores, \(outcome.taus) taus (mean tau "
                + String(format: "%.4f", outcome.meanTau) + " over \(outcome.definedTaus))"
            dataset = loaded
        }
        print("bench: tables \(tableSummary)")
        print("bench: peer-equivalent work: \(peerSummary)")
        print(String(format: "bench: peer-equivalent seconds %.6f", peer.median))
        print(String(format: "bench: peer-equivalent cpu seconds %.6f", peer.cpuMedian))
        guard let dataset else { return [] }
        if detail { print(TableDetail.lines(dataset).joined(separator: "\n")) }
        let tablesPeak = peakResidentMegabytes() ?? .nan
        let paneBench = PaneBench(dataset: dataset, runs: runs)
        let panes = paneBench.measure()
        // What the explorer holds after every pane and filter change: the data set and its kept analyses (the
        // allocator keeps some of the tables' freed pages, so this is an upper bound for a fresh explorer).
        let explorer = residentMegabytes() ?? .nan
        let pools = QueryPool.allCases.map { pool in
            let kept = paneBench.cache.statistics(pool)
            return "\(pool) \(kept.count) kept, \(kept.hits) hits, \(kept.misses) misses"
        }
        print("bench: query cache after (d) and (e): " + pools.joined(separator: "; "))
        paneBench.cache.removeAll()
        return [
            BenchLine("(a) full load", target: 0.35, samples: load),
            BenchLine("peak resident memory after the first load", target: 300, unit: .megabytes,
                      median: loadPeak, minimum: loadPeak, maximum: loadPeak),
            BenchLine("peak resident memory after loads + tables", target: 300, unit: .megabytes,
                      median: tablesPeak, minimum: tablesPeak, maximum: tablesPeak),
            BenchLine("(b) every table, both modes (incl. CSV)", target: nil, samples: tables),
            BenchLine("(a+b) load + every table, both modes", target: 1.0, samples: loadAndTables),
            BenchLine("    scores + ranks + tau, every table", target: nil, samples: scoring),
            BenchLine("peer-equivalent: load + scores + ranks + tau", target: nil, samples: peer),
        ] + panes + [
            BenchLine("resident memory after every pane and filter change", target: 300,
                      unit: .megabytes, median: explorer, minimum: explorer, maximum: explorer),
        ]
    }

    /// Every table in both modes and the comparison, CSV-encoded; returns a one-line summary.
    static func allTables(_ dataset: Dataset) -> String {
        var count = 0, rows = 0, bytes = 0
        let comparison = AnalysisTables.forEachTable(dataset, parallel: .concurrent) { paper, correct in
            for table in [paper, correct] {
                count += 1
                rows += table.rowCount
                bytes += CSVEncoder.byteCount(table)
            }
        }
        count += 1
        rows += comparison.rowCount
        bytes += CSVEncoder.byteCount(comparison)
        return "\(count) tables, \(rows) rows, \(bytes) CSV bytes (both modes)"
    }
}
