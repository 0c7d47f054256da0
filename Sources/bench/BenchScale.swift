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
        print(String(format: "bench: catalogue-first-frame-seconds %.4f", firstSeconds))
        print(String(format: "bench: catalogue-first-frame-rss-mb %.1f", afterFirst))
        print(String(format: "bench: catalogue-second-frame-seconds %.4f", secondSeconds))
        var first = Samples(), second = Samples()
        first.append(firstSeconds, cpu: firstCPU)
        second.append(secondSeconds, cpu: secondCPU)
        return [
            BenchLine("catalogue load + opening screen (lazy path)", target: nil, samples: first),
            BenchLine("resident memory after it", target: 300, unit: .megabytes,
                      median: afterFirst, minimum: afterFirst, maximum: afterFirst),
            BenchLine("parse \(Self.secondView.rawValue)'s configuration + its frame", target: 0.6, samples: second),
            BenchLine("resident memory after it", target: nil, unit: .megabytes,
                      median: afterSecond, minimum: afterSecond, maximum: afterSecond),
        ]
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
        // For bench/scale.sh's summary.
        print(String(format: "bench: first-frame-seconds %.4f", firstSeconds))
        print(String(format: "bench: first-frame-rss-mb %.1f", afterFirst))
        print(String(format: "bench: second-frame-seconds %.4f", secondSeconds))
        var first = Samples(), second = Samples()
        first.append(firstSeconds, cpu: firstCPU)
        second.append(secondSeconds, cpu: secondCPU)
        return [
            BenchLine("explorer first frame (load + opening screen)", target: nil, samples: first),
            BenchLine("resident memory after the first frame", target: 300, unit: .megabytes,
                      median: afterFirst, minimum: afterFirst, maximum: afterFirst),
            BenchLine("first frame of \(Self.secondView.rawValue) (another configuration)", target: 0.6, samples: second),
            BenchLine("resident memory after it", target: nil, unit: .megabytes,
                      median: afterSecond, minimum: afterSecond, maximum: afterSecond),
        ]
    }
}
