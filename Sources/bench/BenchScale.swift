import Analysis
import Data
import Foundation
import TUI
import Views

/// The explorer's figures of issue 21 on one (possibly synthetic, grown) data root, one run each, in a fresh
/// process (`bench/scale.sh` runs one per root, so the memory figures are those of an explorer that just opened).
/// `measure()` times the path the explorer takes, through its real loop (`Explorer.run` over `ExplorerData.lazy`
/// with a terminal that records when each frame is drawn): the first frame (the opening load, everything but
/// `logits_results`, and the opening screen at 200×60) and the resident memory after it; the logits files listed
/// in the background; then the key that opens a view needing a configuration nothing has parsed (Tau, hf American
/// English race), with the progress frames drawn meanwhile, up to its first frame with data (drawn from a head: the
/// rows on screen, whose models' files are parsed first), and the memory after it, then on to its complete frame
/// (every model parsed: `complete-frame-seconds`, printed beside it, no target). Then the third view once nothing
/// parses, and back on the second view, once the loader and the warm-up are idle, the group key: the same view on
/// the gender configuration (3 demographics: 209 MB at 50x; race's is 409 MB). `measureEager()` is the whole load before the first frame, as the
/// explorer did before (issue 21's "today").
struct ScaleBench {
    let root: DataRoot
    static let size = TerminalSize(width: 200, height: 60)
    /// The view opened second: it reads one configuration's logits of every model.
    static let secondView = ViewID.tau
    /// The view opened third, once the loader is idle: parsed already if the root was small enough to be warmed
    /// up whole, else parsed then.
    static let thirdView = ViewID.templates

    func measure() throws -> [BenchLine] {
        let start = monotonicSeconds(), startCPU = processCPUSeconds()
        let cache = BoundedQueryCache(), queries = Queries(cache: cache, parallel: .concurrent)
        let root = self.root
        let opening = try DatasetLoader.loadWithoutLogits(root)
        let data = ExplorerData.lazy(opening: opening, cache: cache, parallel: .concurrent) {
            let (dataset, catalogue) = try DatasetLoader.loadCatalogue(root)
            return (dataset, catalogue)
        }
        let prefetcher = Prefetcher()
        let terminal = BenchTerminal(size: Self.size, data: data, start: (start, startCPU),
                                     key: Self.secondView.key, prefetcher: prefetcher)
        let state = AppState(pane: try Preset().paneState(), size: Self.size)  // the opening screen, no options
        _ = try Explorer.run(terminal: terminal, data: data, state: state,
                             exporter: ExportWriter(directory: FileManager.default.temporaryDirectory),
                             queries: queries, prefetcher: prefetcher)
        let figures = terminal.figures
        let loader = data.loader
        let needed = Panes.logitConfigurations(PaneState(view: Self.secondView))
        print("bench: scale root \(root.url.path): \(data.base.models.count) models; "
              + "\(needed.map(\.description).joined(separator: ", ")) has "
              + "\(needed.reduce(0) { $0 + (loader?.source.fileCount($1) ?? 0) }) files; "
              + "\(figures.progressFrames) progress frames drawn while it parsed, the last at "
              + String(format: "%.3f s (the parse; the rest is the view's analyses)", figures.lastProgressSeconds))
        print(String(format: "bench: catalogue-seconds %.4f (logits files listed after the first frame), "
                     + "resident %.1f MB", figures.catalogueSeconds, figures.catalogueRSS))
        print(String(format: "bench: idle-third-frame-seconds %.4f (%@ once nothing is parsing%@), resident %.1f MB",
                     figures.thirdSeconds, Self.thirdView.rawValue,
                     loader?.findings.parsed.count == loader?.source.configurations.count
                        ? "; every configuration parsed in the background" : "", figures.thirdRSS))
        print(String(format: "bench: other-group-frame-seconds %.4f (%@ after the group key, the other group's "
                     + "configuration not parsed; cpu %.3f s), complete %.4f s", figures.otherGroupSeconds,
                     Self.secondView.rawValue, figures.otherGroupCPU, figures.otherGroupCompleteSeconds))
        print(String(format: "bench: complete-frame-seconds %.4f (%@ drawn from the whole configuration; cpu %.3f s, "
                     + "resident %.1f MB; its first frame %@)", figures.completeSeconds, Self.secondView.rawValue,
                     figures.completeCPU, figures.completeRSS,
                     figures.secondFromHead ? "drew the rows on screen from their models' files, parsed first"
                        : "was the complete one"))
        var completeSamples = Samples()
        completeSamples.append(figures.completeSeconds, cpu: figures.completeCPU)
        let complete = BenchLine("  the same view complete (every model parsed)", target: nil,
                                 samples: completeSamples)
        return Self.report(key: "", first: ("explorer first frame (opening load + screen)",
                                            "resident memory after the first frame", figures.firstSeconds,
                                            figures.firstCPU, figures.firstRSS),
                           second: ("first frame of \(Self.secondView.rawValue) with data (new configuration)",
                                    figures.secondSeconds, figures.secondCPU, figures.secondRSS)) + [complete]
    }

    /// The whole load before the first frame (the explorer before issue 21), for comparison. Never on 50×: it
    /// holds every logit (4–10 GB).
    func measureEager() throws -> [BenchLine] {
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
        return Self.report(key: "eager-", first: ("eager first frame (whole load + opening screen)",
                                                  "resident memory after the first frame", firstSeconds, firstCPU,
                                                  afterFirst),
                           second: ("eager first frame of \(Self.secondView.rawValue)", secondSeconds, secondCPU,
                                    afterSecond))
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

extension ViewID {
    /// The key that opens the view from the tab bar (its number; the views past the tenth have none).
    var key: TerminalEvent {
        let index = ViewID.allCases.firstIndex(of: self) ?? 0
        return .key(.character(Character(String((index + 1) % 10))))
    }
}

/// The terminal of the scale benchmark: records when each frame is drawn and whether it waits for logits (the
/// progress pane, or a head's frame: its status line reads `first k/n models; rest …`); after the first frame it
/// waits until the logits files are listed, then sends `key`; once a frame with data follows (and then the complete
/// one), it waits until nothing is parsing and sends the third view's key; after its frame with data,
/// `key` again, and once that frame has data and everything is idle, `r` (the other group); after its frame with
/// data, Ctrl-C. Without input it waits the loop's timeout, as a real terminal does.
final class BenchTerminal: Terminal {
    struct Figures {
        var firstSeconds = Double.nan, firstCPU = Double.nan, firstRSS = Double.nan
        var catalogueSeconds = Double.nan, catalogueRSS = Double.nan
        var secondSeconds = Double.nan, secondCPU = Double.nan, secondRSS = Double.nan
        /// Whether the second view's first frame with data drew from a head (the models on screen), and when the
        /// frame drawn from the whole configuration followed.
        var secondFromHead = false
        var completeSeconds = Double.nan, completeCPU = Double.nan, completeRSS = Double.nan
        /// After the loader is idle (a small root parsed whole by then): the third view's frame.
        var thirdSeconds = Double.nan, thirdRSS = Double.nan
        /// Back on the second view, the group key (`r`): the same view on the other group's configuration, not
        /// parsed yet (gender: 3 demographics, about half the race configuration's bytes).
        var otherGroupSeconds = Double.nan, otherGroupCPU = Double.nan
        var otherGroupCompleteSeconds = Double.nan
        var progressFrames = 0
        /// When the last progress frame was drawn, after the key: about when the parse ended (the rest of the
        /// new view's time is its analyses).
        var lastProgressSeconds = Double.nan
    }

    let size: TerminalSize
    private let data: ExplorerData
    private let start: (seconds: Double, cpu: Double)
    private let key: TerminalEvent
    private var keySent: (seconds: Double, cpu: Double)?
    private var thirdSent: Double?
    private var frames = 0
    private var done = false
    /// The second view drawn from its whole configuration (not a head).
    private var complete = false
    private var groupComplete = false
    private var finished = false
    /// After the third frame: the second view's key sent again, then the group key and when it was sent.
    private var backSent = false
    /// The second view's frame with data after `backSent` (its configuration may have been evicted meanwhile).
    private var backDrawn = false
    private var groupSent: (seconds: Double, cpu: Double)?
    private var groupDone = false
    private(set) var figures = Figures()

    /// The explorer's warm-up: the group key waits until it and the loader are idle (and the second view is drawn
    /// again with data: the third view's configuration may have evicted its logits), as every measured key is
    /// pressed on an explorer that has settled (the second view's key once the files are listed).
    private let prefetcher: Prefetcher
    /// Profiling the second frame alone (`BENCH_PERF_CTL`): quits after it.
    private let perf = PerfControl.fromEnvironment

    init(size: TerminalSize, data: ExplorerData, start: (Double, Double), key: TerminalEvent,
         prefetcher: Prefetcher) {
        self.size = size
        self.prefetcher = prefetcher
        self.data = data
        self.start = start
        self.key = key
    }

    func draw(_ buffer: Buffer) throws {
        let now = monotonicSeconds(), cpu = processCPUSeconds()
        frames += 1
        if frames == 1 {
            figures.firstSeconds = now - start.seconds
            figures.firstCPU = cpu - start.cpu
            figures.firstRSS = residentMegabytes() ?? .nan
            return
        }
        let text = buffer.plainText()
        let waiting = text.contains("reading the logits it needs")
        let fromHead = text.contains(" models; rest ")  // the status line of a frame drawn from a head
        if let sent = groupSent {
            if !waiting, !groupDone {
                figures.otherGroupSeconds = now - sent.seconds
                figures.otherGroupCPU = cpu - sent.cpu
                groupDone = true
            }
            if !waiting, !fromHead, !groupComplete {
                figures.otherGroupCompleteSeconds = now - sent.seconds
                groupComplete = true
            }
            return
        }
        if backSent, !waiting { backDrawn = true }
        if let third = thirdSent {
            if !waiting, !finished {
                figures.thirdSeconds = now - third
                figures.thirdRSS = residentMegabytes() ?? .nan
                finished = true
            }
            return
        }
        guard let sent = keySent, !complete else { return }
        if waiting || fromHead {
            figures.progressFrames += 1
            figures.lastProgressSeconds = now - sent.seconds
        }
        if !waiting, !done {
            figures.secondSeconds = now - sent.seconds
            figures.secondCPU = cpu - sent.cpu
            figures.secondRSS = residentMegabytes() ?? .nan
            figures.secondFromHead = fromHead
            done = true
        }
        if !waiting, !fromHead {
            figures.completeSeconds = now - sent.seconds
            figures.completeCPU = cpu - sent.cpu
            figures.completeRSS = residentMegabytes() ?? .nan
            complete = true
            perf?.disable()
        }
    }

    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        if groupComplete || (complete && perf != nil) { return .key(.control("c")) }
        if (done && !complete) || (groupDone && !groupComplete) {  // a head drawn: the rest parses
            Thread.sleep(forTimeInterval: Double(timeoutMilliseconds) / 1000)
            return nil
        }
        if finished, !backSent {
            backSent = true
            return key  // the second view again: its configuration is kept, so its frame comes at once
        }
        if backSent, !backDrawn {
            Thread.sleep(forTimeInterval: Double(timeoutMilliseconds) / 1000)
            return nil
        }
        if backSent, groupSent == nil {
            data.waitUntilIdle()
            prefetcher.waitUntilIdle()
            groupSent = (monotonicSeconds(), processCPUSeconds())
            return .key(.character("r"))
        }
        if groupSent != nil {
            Thread.sleep(forTimeInterval: Double(timeoutMilliseconds) / 1000)
            return nil
        }
        if done, thirdSent == nil {
            data.waitUntilIdle()
            thirdSent = monotonicSeconds()
            return ScaleBench.thirdView.key
        }
        guard keySent == nil else {
            Thread.sleep(forTimeInterval: Double(timeoutMilliseconds) / 1000)  // no input: the timeout passes
            return nil
        }
        let listed = monotonicSeconds()
        data.waitUntilCatalogued()
        figures.catalogueSeconds = monotonicSeconds() - listed
        figures.catalogueRSS = residentMegabytes() ?? .nan
        keySent = (monotonicSeconds(), processCPUSeconds())
        perf?.enable()
        return key
    }

    func suspend() {}
    func shutdown() {}
}
