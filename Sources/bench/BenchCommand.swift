import Analysis
import ArgumentParser
import Data
import Foundation
import TUI
import Views

/// `biasexplorer-bench`: the figures of issue 8 on the full data, medians over several runs. Its own executable, so
/// the shipped `biasexplorer` carries no benchmark. Release builds only give meaningful numbers; `bench/run.sh`
/// builds one, runs this, times `biasexplorer tables` and runs the peer.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "biasexplorer-bench",
        abstract: "Measure load, tables, pane rendering, filter changes and first frame (issue 8).")

    @Option(help: "A Cross-Care checkout (default: ../shared/crosscare when present).") var data: String?
    @Option(help: "Runs per figure; the median is reported.") var runs = 7
    @Flag(help: "Only the explorer's scale figures of issue 21 on --data, one run (bench/scale.sh).")
    var scaleFigures = false
    @Flag(help: "With --scale-figures: where the new configuration's frame goes (parse, analysis, summaries).")
    var breakdown = false
    @Flag(help: "With --scale-figures: the whole load before the first frame (the explorer before issue 21) instead.")
    var eager = false

    func validate() throws {
        guard runs >= 1, runs <= 1000 else { throw ValidationError("--runs must be between 1 and 1000") }
    }

    func run() throws {
        let root = try dataRoot()
        print("bench: data \(root.url.path), \(runs) runs, \(ProcessInfo.processInfo.activeProcessorCount) cores")
        // BENCH_PROFILE_PANE=<view>: 200 first draws of one pane and nothing else, to run under `perf record`
        // (BENCH_PROFILE_WARM=1: 2000 redraws with the pane's analyses kept; BENCH_PROFILE_MODE=paper: paper mode).
        if scaleFigures, breakdown {
            print(try ScaleBreakdownBench(root: root).measure().joined(separator: "\n"))
            return
        }
        if scaleFigures {
            let bench = ScaleBench(root: root)
            print(BenchReport.lines(try eager ? bench.measureEager() : bench.measure()).joined(separator: "\n"))
            return
        }
        let environment = ProcessInfo.processInfo.environment
        if let pane = environment["BENCH_PROFILE_PANE"], let view = ViewID(rawValue: pane) {
            let dataset = try DatasetLoader.load(root)
            let warm = environment["BENCH_PROFILE_WARM"] == "1"
            var state = PaneState(view: view)
            if let mode = environment["BENCH_PROFILE_MODE"].flatMap(AnalysisMode.init(rawValue:)) { state.filters.mode = mode }
            let cache = BoundedQueryCache(), queries = Queries(cache: cache, parallel: .concurrent)
            for _ in 0..<(warm ? 2000 : 200) {
                if !warm { cache.removeAll() }
                var buffer = Buffer(width: 200, height: 60)
                _ = Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area, options: RenderOptions(),
                                 queries: queries)
            }
            return
        }
        // BENCH_PROFILE_GROUP=<1…6>: that table group in both modes, 5 times, for `perf record`.
        if let group = environment["BENCH_PROFILE_GROUP"].flatMap(Int.init), AnalysisTables.groups.indices.contains(group - 1) {
            let dataset = try DatasetLoader.load(root)
            for _ in 0..<5 {
                for mode in AnalysisMode.allCases {
                    _ = AnalysisTables.groups[group - 1](dataset, mode, .standard, .concurrent)
                }
            }
            return
        }
        // BENCH_ONLY=paste: only the (g) paste figure.
        if environment["BENCH_ONLY"] == "paste" {
            print(BenchReport.lines([try EmbeddedBench(runs: runs).pasteLine()]).joined(separator: "\n"))
            return
        }
        var lines = try FullDataBench(root: root, runs: runs).measure()
        lines += try EmbeddedBench(runs: runs).measure()
        let peak = peakResidentMegabytes() ?? .nan
        lines.append(BenchLine("peak resident memory (this process)", target: 300, unit: .megabytes,
                               median: peak, minimum: peak, maximum: peak))
        print(BenchReport.lines(lines).joined(separator: "\n"))
    }

    /// `--data`, else `../shared/crosscare` relative to the working folder.
    func dataRoot() throws -> DataRoot {
        if let data { return try DataRoot.resolve(path: data, environment: [:]) }
        let shared = "../shared/crosscare"
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: shared, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("no ../shared/crosscare here; pass --data DIR (the full Cross-Care data)")
        }
        return try DataRoot.resolve(path: shared, environment: [:])
    }
}

/// (f) The first frame on the embedded data: load it and draw the explorer's opening screen at 200×60.
struct EmbeddedBench {
    let runs: Int

    func measure() throws -> [BenchLine] {
        let pane = try Preset().paneState()  // the explorer's opening screen without options
        var checksum = 0
        let samples = try sampled(runs: runs) {
            let dataset = try DatasetLoader.load(.embedded)
            let state = AppState(pane: pane, size: TerminalSize(width: 200, height: 60))
            let queries = Queries(cache: BoundedQueryCache(), parallel: .concurrent)  // as the explorer's
            checksum &+= Explorer.render(state, dataset: dataset, queries: queries).summary.totalRows
        }
        _ = checksum
        return [BenchLine("(f) first frame, embedded data (load + render)", target: 0.2, samples: samples),
                try pasteLine()]
    }

    /// (g) A 20 KB paste into the model filter through the explorer's loop (an in-memory terminal delivering every
    /// character as a key, as curses does), until the frame after Enter is drawn; target 1 s (issue 16).
    func pasteLine() throws -> BenchLine {
        let dataset = try DatasetLoader.load(.embedded)
        let events: [TerminalEvent] = [.key(.character("7")), .key(.character("f"))]
            + Array(repeating: TerminalEvent.key(.character("a")), count: 20_000) + [.key(.enter)]
        // One cache for every run, as the data set's own cache was before issue 15: the runs time the paste.
        let queries = Queries(cache: BoundedQueryCache(), parallel: .concurrent)
        let samples = try sampled(runs: runs) {
            let terminal = MemoryTerminal(size: TerminalSize(width: 200, height: 60), events: events)
            _ = try Explorer.run(terminal: terminal, dataset: dataset, state: AppState(pane: PaneState(view: .windows)),
                                 exporter: ExportWriter(directory: URL(fileURLWithPath: NSTemporaryDirectory())),
                                 idleLimit: 1, queries: queries, prefetcher: nil)
        }
        return BenchLine("(g) 20 KB paste into the model filter, to the next frame", target: 1, samples: samples)
    }
}
