import Analysis
import Data
import Foundation
import Synchronization
import Testing
@testable import TUI
import Views

/// A real catalogue whose whole-configuration parse waits at `gate` (its heads do not), so that a test sees the
/// frames drawn from a head while the rest of the configuration is still parsing.
final class GatedCatalogue: LogitSource {
    let inner: LogitCatalogue
    let gate: Gate
    private let heads = Mutex<[[String]]>([])

    init(_ inner: LogitCatalogue, gate: Gate) {
        self.inner = inner
        self.gate = gate
    }

    var configurations: Set<LogitConfiguration> { inner.configurations }
    func fileCount(_ configuration: LogitConfiguration) -> Int { inner.fileCount(configuration) }
    func models(_ configuration: LogitConfiguration) -> Set<String>? { inner.models(configuration) }

    func parse(_ configuration: LogitConfiguration, parallel: ParallelMap,
               fileDone: (@Sendable () -> Void)?) -> ConfigurationLogits {
        gate.pass()
        return inner.parse(configuration, parallel: parallel, fileDone: fileDone)
    }

    func parse(_ configuration: LogitConfiguration, models: Set<String>, parallel: ParallelMap) -> ConfigurationLogits? {
        heads.withLock { $0.append(models.sorted()) }
        return inner.parse(configuration, models: models, parallel: parallel)
    }

    /// The model sets of every head parsed, in order.
    var headsParsed: [[String]] { heads.withLock { $0 } }
}

/// Issue 21's heads: a pane whose rows are one model each (Tau's model list, a model's drill-down) draws the rows on
/// screen as soon as those models' files are parsed, with the same numbers as once the whole configuration is; the
/// status line says the rest is parsing, nothing is exported or warmed up from a head, and anything that needs
/// every model (a sort, a value filter, another view) waits for the whole configuration.
@Suite(.serialized, .enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct LogitHeadTests {
    /// Wide enough for every column and a one-line status line, whichever frame.
    static let size = TerminalSize(width: 240, height: 16)

    static func lazyData(gate: Gate) throws -> (ExplorerData, () -> GatedCatalogue?) {
        let opening = try DatasetLoader.loadWithoutLogits(.embedded)
        let made = Mutex<GatedCatalogue?>(nil)
        // A logits pool of one byte: nothing is warmed up in the background (a large root's case).
        let cache = BoundedQueryCache(budgets: [.logits: .init(limit: 1, keepsRecentlyUsed: true, singleFlight: true)])
        let data = ExplorerData.lazy(opening: opening, cache: cache, parallel: .concurrent) {
            let (dataset, catalogue) = try DatasetLoader.loadCatalogue(.embedded)
            let source = GatedCatalogue(catalogue, gate: gate)
            made.withLock { $0 = source }
            return (dataset, source)
        }
        return (data, { made.withLock { $0 } })
    }

    /// Waits (bounded) until `pane`'s frame draws from a head.
    static func waitForHead(_ data: ExplorerData, _ pane: PaneState, height: Int) -> Bool {
        data.waitUntilCatalogued()
        for _ in 0..<2000 {
            if data.frame(for: pane, height: height).status.head != nil { return true }
            Thread.sleep(forTimeInterval: 0.002)
        }
        return false
    }

    /// The screen without its status and message lines, and without spaces and rules: what a head's frame and
    /// the complete one share (the same cells, row by row; a head's model column is as wide as its own models'
    /// names, so the padding differs).
    static func body(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast(3).map { line in
            String(line.filter { $0 != " " && $0 != "─" })
        }
    }

    @Test(arguments: [ViewID.tau, .templates, .topBottom])
    func theModelListsFirstRowsDrawFromAHeadAndEqualTheCompleteFrame(view: ViewID) throws {
        let gate = Gate()
        let (data, source) = try Self.lazyData(gate: gate)
        let pane = PaneState(view: view)
        let configuration = try #require(Panes.configuration(pane))
        let height = Layout.paneArea(AppState(pane: pane, size: Self.size)).height
        #expect(Self.waitForHead(data, pane, height: height))
        let terminal = StepTerminal(size: Self.size, steps: [
            .run { gate.open(); data.waitUntilIdle() },  // the whole configuration
            .event(.key(.control("c"))),
        ])
        _ = try Explorer.run(terminal: terminal, data: data, state: AppState(pane: pane),
                             exporter: ExportWriter(directory: FileManager.default.temporaryDirectory,
                                                    timestamp: { "T" }),
                             idleLimit: 2, queries: Queries(cache: BoundedQueryCache()), prefetcher: nil)
        let screens = terminal.frames.map { $0.plainText() }
        let headFrame = try #require(screens.first)
        let complete = try #require(screens.last)
        #expect(headFrame.contains(" models; rest "))
        #expect(!complete.contains(" models; rest ") && !complete.contains("reading the logits it needs"))
        #expect(headFrame.contains(view.title))
        let models = try #require(source()?.models(configuration)).count
        let heads = try #require(source()?.headsParsed)
        let head = try #require(heads.first)
        #expect(heads.count == 1 && head.count < models && head.count >= height)
        let files = try #require(source()?.fileCount(configuration))
        #expect(headFrame.contains("first \(head.count)/\(models) models; rest 0/\(files) files"))
        // The same rows, numbers, figure and model list: only the status line differs.
        #expect(Self.body(headFrame) == Self.body(complete))
    }

    @Test(arguments: [ViewID.tau, .templates, .topBottom])
    func aModelsDrillDownNeedsThatModelAlone(view: ViewID) throws {
        let gate = Gate()
        let (data, source) = try Self.lazyData(gate: gate)
        let model = "EleutherAI/pythia-70m-deduped"
        let pane = PaneState(view: view, drill: .model(model))
        #expect(Self.waitForHead(data, pane, height: 20))
        #expect(source()?.headsParsed == [[model]])
        let (head, status) = data.frame(for: pane, height: 20)
        #expect(head.logitTables.map(\.model) == [model])
        #expect(status.head?.models == 1 && status.waiting == nil)
        // Nothing but the screen draws from a head: exports and the warm-up wait for the whole configuration.
        #expect(data.readyDataset(for: pane) == nil)
        gate.open()
        data.waitUntilIdle()
        let (whole, done) = data.frame(for: pane, height: 20)
        #expect(done.head == nil && done.waiting == nil && whole.logitTables.count > 1)
        let queries = Queries(cache: BoundedQueryCache())
        let state = AppState(pane: pane, size: Self.size)
        let fromHead = Explorer.render(state, dataset: head, queries: queries).buffer.plainText()
        let fromWhole = Explorer.render(state, dataset: whole, queries: Queries(cache: BoundedQueryCache()))
            .buffer.plainText()
        #expect(Self.body(fromHead) == Self.body(fromWhole))
    }

    @Test func aSortOrAnotherViewWaitsForTheWholeConfiguration() throws {
        let gate = Gate()
        let (data, source) = try Self.lazyData(gate: gate)
        var sorted = PaneState(view: .tau)
        sorted.filters.sort = SortOrder(column: "tau_counts", descending: true)
        data.waitUntilCatalogued()
        let (_, status) = data.frame(for: sorted, height: 20)
        #expect(status.head == nil && status.waiting != nil)
        #expect(data.frame(for: PaneState(view: .tauSize), height: 20).status.waiting != nil)
        gate.open()
        data.waitUntilIdle()
        #expect(source()?.headsParsed == [])
    }
}

/// Which panes can draw from a head, and which models it holds.
@Suite struct LogitHeadPlanTests {
    static let candidates = (0..<100).map { "org/model-\($0)" }

    @Test func theModelListsRowsThroughTheScreensLast() {
        var pane = PaneState(view: .tau)
        #expect(Panes.logitHead(pane, candidates: Self.candidates, height: 20)?.models == Array(Self.candidates.prefix(21)))
        pane.cursorRow = 30
        #expect(Panes.logitHead(pane, candidates: Self.candidates, height: 20)?.models.count == 51)
        pane.scrollRow = 90  // the rows through the screen's last are every model: no head
        #expect(Panes.logitHead(pane, candidates: Self.candidates, height: 20) == nil)
        #expect(Panes.logitHead(PaneState(view: .tau), candidates: Self.candidates, height: 0) == nil)
    }

    @Test func anythingThatOrdersOrCutsByValueNeedsEveryModel() {
        var sorted = PaneState(view: .tau)
        sorted.filters.sort = SortOrder(column: "tau_counts", descending: false)
        var filtered = PaneState(view: .tau)
        filtered.filters.rowFilter = "tau_counts > 0.2"
        var top = PaneState(view: .tau)
        top.filters.top = 10
        for pane in [sorted, filtered, top, PaneState(view: .tauSize), PaneState(view: .uncorrelated),
                     PaneState(view: .tau, drill: .disease(3)), PaneState(view: .templates, drill: .disease(3)),
                     PaneState(view: .languages), PaneState(view: .alignment), PaneState(view: .tfVsRaw),
                     PaneState(view: .windows)] {
            #expect(Panes.logitHead(pane, candidates: Self.candidates, height: 20) == nil, "\(pane.view)")
        }
        var blank = PaneState(view: .tau)
        blank.filters.rowFilter = "  "
        #expect(Panes.logitHead(blank, candidates: Self.candidates, height: 20) != nil)
    }

    @Test func oneModelsDrillDownReadsThatModel() {
        let model = Self.candidates[42]
        #expect(Panes.logitHead(PaneState(view: .tau, drill: .model(model)), candidates: Self.candidates,
                                height: 20)?.models == [model])
        #expect(Panes.logitHead(PaneState(view: .counts, drill: .modelRanks(model)), candidates: Self.candidates,
                                height: 20)?.models == [model])
        #expect(Panes.logitHead(PaneState(view: .tau, drill: .model("not/listed")), candidates: Self.candidates,
                                height: 20) == nil)
    }
}
