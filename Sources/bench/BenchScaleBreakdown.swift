import Analysis
import Data
import Foundation
import TUI
import Views

/// Where the time of the scale benchmark's second frame goes (issue 21's "view that needs a new configuration"):
/// the parse of that configuration's files on both cores, the dataset with them, the Tau pane's analysis (every
/// model's taus) and its summaries (every model's mean with its bootstrap interval), each timed on its own, three
/// runs each with nothing kept between runs.
struct ScaleBreakdownBench {
    let root: DataRoot

    func measure() throws -> [String] {
        let (base, catalogue) = try DatasetLoader.loadCatalogue(root)
        var state = PaneState(view: ScaleBench.secondView)
        // BENCH_GROUP=gender: the same view on the gender group's configuration.
        if let group = ProcessInfo.processInfo.environment["BENCH_GROUP"].flatMap(DemographicGroup.init(rawValue:)) {
            state.filters.group = group
        }
        let configurations = Panes.logitConfigurations(state), settings = state.filters
        let bytes = configurations.reduce(0) { $0 + catalogue.fileBytes($1) }
        var lines: [String] = []
        // BENCH_PROFILE_PARSE=N: only the parse, N times, for `perf record`.
        if let times = ProcessInfo.processInfo.environment["BENCH_PROFILE_PARSE"].flatMap(Int.init) {
            let (_, seconds, cpu) = timed {
                for _ in 0..<times { _ = configurations.map { catalogue.parse($0, parallel: .serial) } }
            }
            return [String(format: "bench: serial parse x%d: %.3f s, cpu %.3f s, %.0f MB/s of cpu", times, seconds,
                           cpu, Double(bytes * times) / 1e6 / cpu)]
        }
        for run in 1...3 {
            let (parsed, parseSeconds, parseCPU) = timed {
                configurations.map { catalogue.parse($0, parallel: .concurrent) }
            }
            let (dataset, replaceSeconds, _) = timed {
                base.replacingLogits(parsed.flatMap(\.tables), addingProblems: parsed.flatMap(\.problems))
            }
            let queries = Queries(cache: BoundedQueryCache(), parallel: .concurrent)
            let configuration = configurations[0]
            let models = dataset.models(with: configuration).map(\.id)
            let (analysis, tauSeconds, tauCPU) = timed {
                TauAnalysis(dataset, configuration: configuration, templates: settings.templates,
                            mode: settings.mode, models: models, queries: queries)
            }
            // The Tau pane's own summaries (every model's means with their intervals).
            let (_, summarySeconds, summaryCPU) = timed {
                analysis.summaries(queries, settings: settings.uncertainty)
            }
            lines.append(String(format: "bench: breakdown run %d: parse %.3f s (cpu %.3f s, %.0f MB, %.0f MB/s), "
                                + "dataset %.3f s, tau analysis %.3f s (cpu %.3f s, %d models), "
                                + "summaries %.3f s (cpu %.3f s)", run, parseSeconds, parseCPU,
                                Double(bytes) / 1e6, Double(bytes) / 1e6 / parseSeconds, replaceSeconds,
                                tauSeconds, tauCPU, analysis.models.count, summarySeconds, summaryCPU))
        }
        return lines
    }
}
