import Analysis
import Data
import Foundation
import TUI
import Views

/// The explorer's figures of issue 21 on one (possibly synthetic, grown) data root, one run each, in a fresh
/// process (`bench/scale.sh` runs one per root, so the memory figures are those of an explorer that just opened):
/// the first frame (what the explorer loads before it draws, then its opening screen at 200×60) and the resident
/// memory after it; then the first frame of a view that needs logits the first one did not (Tau, race, English),
/// and the resident memory after that.
struct ScaleBench {
    let root: DataRoot
    static let size = TerminalSize(width: 200, height: 60)
    /// The view opened second: it reads one configuration's logits of every model.
    static let secondView = ViewID.tau

    /// The lazy path's figures (issue 21 item 1, Data half; the explorer does not take this path yet): a catalogue
    /// load plus the opening screen (which reads no logits), the resident memory after it, and the second view's
    /// configuration parsed through the cache (every model), then its frame from the per-frame dataset.
    func measureCatalogue() throws -> [BenchLine] {
        let queries = Queries(cache: BoundedQueryCache(), parallel: .concurrent)
        var state = AppState(pane: try Preset().paneState(), size: Self.size)
        let ((skeleton, catalogue), firstSeconds, firstCPU) = try timed { () throws -> (Dataset, LogitCatalogue) in
            let loaded = try DatasetLoader.loadCatalogue(root)
            state.lastSummary = Explorer.render(state, dataset: loaded.dataset, queries: queries).summary
            return loaded
        }
        let afterFirst = residentMegabytes() ?? .nan
        state.pane.view = Self.secondView
        guard let needed = Panes.configuration(state.pane) else { throw BenchError.noConfiguration }
        let (rows, secondSeconds, secondCPU) = timed { () -> Int in
            let logits = catalogue.logits(needed, queries: queries)
            let frame = skeleton.replacingLogits(logits.tables, addingProblems: logits.problems)
            return Explorer.render(state, dataset: frame, queries: queries).summary.totalRows
        }
        let afterSecond = residentMegabytes() ?? .nan
        print("bench: catalogue of \(catalogue.fileCount) logits files; \(needed) has \(catalogue.fileCount(needed)); "
              + "\(Self.secondView.rawValue) drew \(rows) rows")
        return Self.report(key: "catalogue-", first: ("catalogue load + opening screen (lazy path)", "resident memory after it",
                                                      firstSeconds, firstCPU, afterFirst),
                           second: ("parse \(Self.secondView.rawValue)'s configuration + its frame", secondSeconds,
                                    secondCPU, afterSecond))
    }

    enum BenchError: Error { case noConfiguration }

    func measure() throws -> [BenchLine] {
        let queries = Queries(cache: BoundedQueryCache(), parallel: .concurrent)  // as the explorer's
        var state = AppState(pane: try Preset().paneState(), size: Self.size)  // the opening screen, no options
        let (dataset, firstSeconds, firstCPU) = try timed { () throws -> Dataset in
            let dataset = try DatasetLoader.load(root)
            state.lastSummary = Explorer.render(state, dataset: dataset, queries: queries).summary
            return dataset
        }
        let afterFirst = residentMegabytes() ?? .nan
        state.pane.view = Self.secondView
        let (rows, secondSeconds, secondCPU) = timed {
            Explorer.render(state, dataset: dataset, queries: queries).summary.totalRows
        }
        let afterSecond = residentMegabytes() ?? .nan
        print("bench: scale root \(root.url.path): \(dataset.models.count) models, \(dataset.logitTables.count) "
              + "logit tables; \(Self.secondView.rawValue) drew \(rows) rows")
        return Self.report(key: "", first: ("explorer first frame (load + opening screen)",
                                            "resident memory after the first frame", firstSeconds, firstCPU, afterFirst),
                           second: ("first frame of \(Self.secondView.rawValue) (another configuration)", secondSeconds,
                                    secondCPU, afterSecond))
    }

    /// Prints the figures bench/scale.sh reads (`bench: <key>first-frame-seconds …`, one run each) and returns the
    /// two frames' lines with the memory after each: the first frame against the 300 MB target, the second frame
    /// against 0.6 s.
    static func report(key: String, first: (label: String, memoryLabel: String, seconds: Double, cpu: Double, rss: Double),
                       second: (label: String, seconds: Double, cpu: Double, rss: Double)) -> [BenchLine] {
        print(String(format: "bench: %@first-frame-seconds %.4f", key, first.seconds))
        print(String(format: "bench: %@first-frame-rss-mb %.1f", key, first.rss))
        print(String(format: "bench: %@second-frame-seconds %.4f", key, second.seconds))
        var firstSamples = Samples(), secondSamples = Samples()
        firstSamples.append(first.seconds, cpu: first.cpu)
        secondSamples.append(second.seconds, cpu: second.cpu)
        return [
            BenchLine(first.label, target: nil, samples: firstSamples),
            BenchLine(first.memoryLabel, target: 300, unit: .megabytes,
                      median: first.rss, minimum: first.rss, maximum: first.rss),
            BenchLine(second.label, target: 0.6, samples: secondSamples),
            BenchLine("resident memory after it", target: nil, unit: .megabytes,
                      median: second.rss, minimum: second.rss, maximum: second.rss),
        ]
    }
}
