import Foundation
import Analysis
import Data
import TUI
import Views

/// (d) every pane drawn at 200×60, and (e) a filter change (model, language, mode) to a new explorer frame.
/// The worst case is the view with the highest median, so one descheduled run on a shared machine does not decide it.
struct PaneBench {
    let dataset: Dataset
    let runs: Int
    /// The explorer's query cache and parallel map (`ExploreCommand`); `removeAll` starts a run cold.
    let cache = BoundedQueryCache()
    var queries: Queries { Queries(cache: cache, parallel: .concurrent) }

    func measure() -> [BenchLine] {
        paneLines() + filterLines()
    }

    /// Per pane: the first draw (its analysis computed, the kept analyses forgotten before every run) and a redraw
    /// (what every cursor, scroll or search key costs: the analysis is kept in the query cache); then the pane with
    /// the highest median of each. A first draw is what a filter change costs, so it shares that 16 ms target.
    func paneLines() -> [BenchLine] {
        let draw = { (view: ViewID) in
            var buffer = Buffer(width: 200, height: 60)
            _ = Panes.render(PaneState(view: view), dataset: dataset, into: &buffer, area: buffer.area,
                             options: RenderOptions(), queries: queries)
        }
        let lines = ViewID.allCases.map { view in
            var first = Samples()
            for _ in 0..<runs {
                cache.removeAll()
                let (_, seconds, cpu) = timed { draw(view) }
                first.append(seconds, cpu: cpu)
            }
            cache.removeAll()
            draw(view)
            let redraw = sampled(runs: runs) { draw(view) }
            return (view, first, redraw)
        }
        let detail = lines.flatMap { view, first, redraw in
            [BenchLine("(d)   pane \(view.rawValue), redraw", target: 0.005, samples: redraw),
             BenchLine("(d)   pane \(view.rawValue), first draw", target: 0.016, samples: first)]
        }
        var summary: [BenchLine] = []
        if let worst = lines.max(by: { $0.2.median < $1.2.median }) {
            summary.append(BenchLine("(d) any pane redraw at 200x60 (worst: \(worst.0.rawValue))", target: 0.005,
                                     samples: worst.2))
        }
        if let worst = lines.max(by: { $0.1.median < $1.1.median }) {
            summary.append(BenchLine("(d) any pane first draw (worst: \(worst.0.rawValue))", target: 0.016,
                                     samples: worst.1))
        }
        return summary + detail
    }

    /// The three filter changes, each for its worst view: a message through `Explorer.update`, then
    /// `Explorer.render` of the new state.
    func filterLines() -> [BenchLine] {
        let changes: [(String, [Message], Message)] = [
            ("model filter key", [.run(.filterModel, viewIndex: nil)] + "pythi".map { .key(.character($0)) },
             .key(.character("a"))),
            ("language", [], .run(.cycleLanguage, viewIndex: nil)),
            ("mode", [], .run(.toggleMode, viewIndex: nil)),
        ]
        // Per change: the view where it is slowest, then the same change there after the explorer's idle moment
        // (`Prefetcher`).
        let worstPerChange = changes.map { name, setup, change in
            let (view, cold) = Self.worst(ViewID.allCases.map { ($0, samples(view: $0, setup: setup, change: change)) })
            return (name: "\(name), \(view.rawValue)", cold: cold,
                    warm: samples(view: view, setup: setup, change: change, warm: true))
        }
        let detail = worstPerChange.map { BenchLine("(e)   \($0.name)", target: 0.016, samples: $0.cold) }
        let warmed = worstPerChange.map {
            BenchLine("(e)   \($0.name), after the idle warm-up", target: 0.016, samples: $0.warm)
        }
        guard let worst = worstPerChange.max(by: { $0.cold.median < $1.cold.median }) else { return detail + warmed }
        return [BenchLine("(e) filter change to new frame (worst, cold)", target: 0.016, samples: worst.cold)]
            + detail + warmed + [nextTabLine(), warmUpLine()]
    }

    /// Tab to the next pane after the idle warm-up of the one on screen: the first draw a user meets when moving
    /// through the tabs at a reading pace (the cold first draws are the (d) lines); the worst view.
    func nextTabLine() -> BenchLine {
        let (view, samples) = Self.worst(ViewID.allCases.map { view in
            (view, self.samples(view: view, setup: [], change: .run(.nextView, viewIndex: nil), warm: true))
        })
        return BenchLine("(d) next tab after the idle warm-up (worst: from \(view.rawValue))", target: 0.005,
                         samples: samples)
    }

    /// How long the idle warm-up after a first frame takes (the pause after which every filter key is warm), for
    /// the view where it is longest.
    func warmUpLine() -> BenchLine {
        let (view, samples) = Self.worst(ViewID.allCases.map { view in
            var samples = Samples()
            for _ in 0..<runs {
                let state = firstFrame(view: view, setup: [])
                let (_, seconds, cpu) = timed { warmUp(after: state) }
                samples.append(seconds, cpu: cpu)
            }
            return (view, samples)
        })
        return BenchLine("    idle warm-up of the \(Prefetcher.commands.count) keys (worst: \(view.rawValue))",
                         target: nil, samples: samples)
    }

    /// The view with the highest median.
    static func worst(_ perView: [(ViewID, Samples)]) -> (ViewID, Samples) {
        perView.max { $0.1.median < $1.1.median } ?? (.counts, Samples())
    }

    /// The explorer's state after drawing `view`'s first frame from nothing kept (then `setup` applied).
    private func firstFrame(view: ViewID, setup: [Message]) -> AppState {
        cache.removeAll()
        var state = AppState(pane: PaneState(view: view), size: FullDataBench.size)
        for message in setup { _ = Explorer.update(&state, message) }
        state.lastSummary = Explorer.render(state, dataset: dataset, queries: queries).summary
        return state
    }

    /// The explorer's idle warm-up after drawing `state`, run to its end.
    private func warmUp(after state: AppState) {
        let prefetcher = Prefetcher()
        prefetcher.prefetchNeighbours(of: state, dataset: dataset, queries: queries, keys: .standard)
        prefetcher.waitUntilIdle()
    }

    /// `warm`: after the first frame, the explorer's idle warm-up runs to its end before the key (as when the key
    /// comes more than a moment after the frame); otherwise the change finds only what drawing the first frame kept.
    private func samples(view: ViewID, setup: [Message], change: Message, warm: Bool = false) -> Samples {
        var samples = Samples()
        for _ in 0..<runs {
            // Each run starts cold; the change itself finds what the explorer would keep.
            var state = firstFrame(view: view, setup: setup)
            if warm { warmUp(after: state) }
            let (_, seconds, cpu) = timed {
                _ = Explorer.update(&state, change)
                return Explorer.render(state, dataset: dataset, queries: queries)
            }
            samples.append(seconds, cpu: cpu)
        }
        return samples
    }
}
