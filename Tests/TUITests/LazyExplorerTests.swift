import Analysis
import Foundation
import Testing
@testable import TUI
import Views

/// The explorer over lazily loaded data (issue 21), driven through the real loop: the first frame draws before the
/// logits files are even listed, a view that reads logits shows progress while its configuration parses and every
/// key keeps working meanwhile, problems found while parsing reach the status line and the Problems view, which
/// says it is partial.
@Suite struct LazyExplorerTests {
    static let tau = Section2Defaults.tau(group: .race)
    static let robustness = Section2Defaults.robustness(group: .race)

    struct Setup {
        let data: ExplorerData
        let source: FakeLogitSource
        let listed: Gate
        let parsed: Gate
    }

    /// `warmUp`: a cache whose logits budget holds the fake root whole, so the loader parses it all in the
    /// background; otherwise one that holds nothing beyond the screen's (a large root: nothing is warmed up).
    static func setup(warmUp: Bool = false) -> Setup {
        let dataset = TestDataset.make(), parsed = Gate()
        let error = DataProblem(.error, path: "logits_results/hf/m/logits_race_en.json", place: "byte 9", reason: "bad")
        let source = FakeLogitSource([.fake(tau, dataset: dataset, problems: [error]),
                                      .fake(robustness, dataset: dataset)], gate: parsed)
        let listed = Gate()
        let opening = dataset.withoutModels
        let cache = warmUp ? BoundedQueryCache()
            : BoundedQueryCache(budgets: [.logits: .init(limit: 1, keepsRecentlyUsed: true, singleFlight: true)])
        let data = ExplorerData.lazy(opening: opening, cache: cache, parallel: .concurrent) {
            listed.pass()
            return (dataset, source)
        }
        return Setup(data: data, source: source, listed: listed, parsed: parsed)
    }

    func run(_ setup: Setup, _ steps: [StepTerminal.Step]) throws -> (ExitReason, StepTerminal) {
        let terminal = StepTerminal(steps: steps)
        let reason = try Explorer.run(terminal: terminal, data: setup.data,
                                      state: AppState(pane: PaneState(view: .windows)),
                                      exporter: ExportWriter(directory: FileManager.default.temporaryDirectory,
                                                             timestamp: { "T" }),
                                      idleLimit: 2, queries: Queries(cache: BoundedQueryCache()), prefetcher: nil)
        return (reason, terminal)
    }

    @Test func progressWhileParsingAndKeysKeepWorking() throws {
        let setup = Self.setup()
        let (reason, terminal) = try run(setup, [
            .event(.key(.character("7"))),  // Tau, before the logits files are listed
            .run { setup.listed.open(); setup.data.waitUntilCatalogued() },
            .event(.key(.tab)),  // Tau×Size reads the same configuration, still parsing
            .event(.key(.character("?"))), .event(.key(.escape)),  // the help overlay opens and closes meanwhile
            .run { setup.parsed.open(); setup.data.waitUntilIdle() },
            .event(.key(.control("c"))),
        ])
        #expect(reason == .quit)
        let screens = terminal.frames.map { $0.plainText() }
        #expect(screens[0].contains("Models: listing…"))
        #expect(screens[0].hasPrefix("[1 Windows]"))
        #expect(screens[1].contains("Tau: reading the logits it needs") && screens[1].contains("listing the logits files"))
        #expect(screens[2].contains("parsing logits: ") && screens[2].contains("hf/american/en/race (parsing)"))
        #expect(screens[2].contains("Models 4/4"))
        #expect(screens[3].contains("[8 Tau×Size]") && screens[3].contains("parsing logits: "))
        #expect(screens[4].contains("Keys — j/k"))
        #expect(screens[5].contains("parsing logits: ") && !screens[5].contains("Keys — j/k"))
        let last = try #require(screens.last)
        #expect(!last.contains("parsing logits") && last.contains("[8 Tau×Size]"))
        #expect(last.contains("logits hf/american/en/race: 1 error found; see Problems"))
        #expect(setup.source.parses(Self.tau) == 1)
    }

    @Test func quitAndSignalsEndTheLoopWhileParsing() throws {
        let endings: [(TerminalEvent, ExitReason)] = [(.key(.control("c")), .quit), (.signal(.interrupt), .signal(.interrupt)),
                                                      (.key(.character("q")), .quit)]
        for (key, expected) in endings {
            let setup = Self.setup()
            setup.listed.open()
            let (reason, terminal) = try run(setup, [
                .run { setup.data.waitUntilCatalogued() }, .event(.key(.character("7"))),
                .run { setup.source.started.wait() }, .event(.resize(TerminalSize(width: 90, height: 20))), .event(key),
            ])
            #expect(reason == expected)
            #expect(terminal.frames.last?.width == 90)
            #expect(terminal.screen.contains("parsing logits"))
            setup.parsed.open()  // let the worker finish
            setup.data.waitUntilIdle()
        }
    }

    @Test func theProblemsViewSaysItIsPartialAndListsWhatWasFound() throws {
        let setup = Self.setup()
        setup.listed.open()
        setup.parsed.open()
        let (_, terminal) = try run(setup, [
            .run { setup.data.waitUntilCatalogued() }, .event(.key(.character("7"))),
            .run { setup.data.waitUntilIdle() }, .event(.key(.character("1"))),
            .event(.key(.backTab)),  // Problems, the last tab
            .event(.key(.control("c"))),
        ])
        let problems = terminal.frames.map { $0.plainText() }.last { $0.contains("[Problems]") } ?? ""
        #expect(problems.contains("PARTIAL: logits of 1 of 2 configurations parsed"))
        #expect(problems.contains("byte 9"))
    }

    /// An export asked for while the pane's logits parse is written once they are read (the UI keeps working
    /// meanwhile); one whose view changed before that is cancelled.
    @Test func anExportWaitsForTheLogits() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lazy-export-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let setup = Self.setup()
        setup.listed.open()
        let terminal = StepTerminal(steps: [
            .run { setup.data.waitUntilCatalogued() }, .event(.key(.character("7"))),
            .run { setup.source.started.wait() }, .event(.key(.character("x"))), .event(.key(.enter)),
            .event(.key(.character("j"))),  // keys still work while the export waits
            .run { setup.parsed.open(); setup.data.waitUntilIdle() }, .event(.key(.character("j"))),
            .event(.key(.control("c"))),
        ])
        _ = try Explorer.run(terminal: terminal, data: setup.data, state: AppState(pane: PaneState(view: .windows)),
                             exporter: ExportWriter(directory: directory, timestamp: { "T" }), idleLimit: 2,
                             queries: Queries(cache: BoundedQueryCache()), prefetcher: nil)
        let screens = terminal.frames.map { $0.plainText() }
        #expect(screens.contains { $0.contains("exporting once this view's logits are read") })
        #expect(screens.contains { $0.contains("wrote ") && $0.contains("tau-") }, "\(screens.map { $0.split(separator: "\n").last ?? "" })")
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(written.contains { $0.hasPrefix("tau-") && $0.hasSuffix(".txt") })
        let text = try written.first { $0.hasSuffix(".txt") }.map {
            try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)
        } ?? ""
        #expect(!text.contains("parsing logits") && text.contains("pythia"))
    }

    @Test func anExportWhoseViewChangedIsCancelled() throws {
        let setup = Self.setup()
        setup.listed.open()
        let (_, terminal) = try run(setup, [
            .run { setup.data.waitUntilCatalogued() }, .event(.key(.character("7"))),
            .run { setup.source.started.wait() }, .event(.key(.character("x"))), .event(.key(.enter)),
            .event(.key(.character("1"))),  // Windows reads no logits
            .event(.key(.control("c"))),
        ])
        #expect(terminal.screen.contains("export cancelled: the view changed before its logits were read"))
        setup.parsed.open()
        setup.data.waitUntilIdle()
    }

    /// A root whose logits fit the budget is parsed whole in the background once listed: every view then draws
    /// at once and the Problems view is complete.
    @Test func aSmallRootIsParsedWholeInTheBackground() throws {
        let setup = Self.setup(warmUp: true)
        setup.listed.open()
        setup.parsed.open()
        let (_, terminal) = try run(setup, [
            .run { setup.data.waitUntilIdle() }, .event(.key(.backTab)), .event(.key(.character("7"))),
            .event(.key(.control("c"))),
        ])
        let screens = terminal.frames.map { $0.plainText() }
        #expect(screens.contains { $0.contains("[Problems]") && $0.contains("byte 9") && !$0.contains("PARTIAL") })
        #expect(!terminal.screen.contains("parsing logits") && terminal.screen.contains("[7 Tau]"))
        #expect(setup.source.parses(Self.tau) == 1 && setup.source.parses(Self.robustness) == 1)
    }

    /// While the pane waits, the status line says what for instead of a row count.
    @Test func theStatusLineSaysWhatThePaneWaitsFor() throws {
        let setup = Self.setup()
        setup.listed.open()
        let (_, terminal) = try run(setup, [
            .run { setup.data.waitUntilCatalogued() }, .event(.key(.character("7"))),
            .run { setup.source.started.wait() }, .event(.key(.control("c"))),
        ])
        #expect(terminal.screen.contains("│ parsing 0/3 files"))
        #expect(!terminal.screen.contains("0/0 rows"))
        setup.parsed.open()
        setup.data.waitUntilIdle()
    }
}

extension Dataset {
    /// This dataset without models (the opening dataset lists none until the logits files are listed).
    var withoutModels: Dataset {
        Dataset(rootName: rootName, vocabulary: vocabulary, models: [], cooccurrence: cooccurrence,
                documentTotals: documentTotals, logitTables: [], prevalence: prevalence, filesRead: filesRead,
                problems: problems, userData: userData)
    }
}

extension LazyExplorerTests {
    struct ListingFailed: Error, CustomStringConvertible {
        var description: String { "the folder vanished" }
    }

    /// Listing the logits files fails: views without logits still draw, the others and the Problems view say why.
    @Test func aFailedListingIsShownWhereLogitsWouldBe() throws {
        let dataset = TestDataset.make()
        let data = ExplorerData.lazy(opening: dataset.withoutModels, cache: BoundedQueryCache(),
                                     parallel: .serial) { throw ListingFailed() }
        data.waitUntilCatalogued()
        #expect(data.frame(for: PaneState(view: .windows)).status.waiting == nil)
        let tau = data.frame(for: PaneState(view: .tau)).status
        #expect(tau.waiting == .unavailable("cannot list the logits files: the folder vanished"))
        #expect(tau.isPartial && !data.isBusy)
        var state = AppState(pane: PaneState(view: .problems), size: TerminalSize(width: 120, height: 30))
        state.data = data.frame(for: state.pane).status
        let screen = Explorer.render(state, dataset: data.base).buffer.plainText()
        #expect(screen.contains("PARTIAL: cannot list the logits files: the folder vanished"))
    }
}

extension LazyExplorerTests {
    /// The waiting pane at the smallest size the explorer draws, at 80×24 and in ASCII: it fits and says what it
    /// waits for.
    @Test func theWaitingPaneDrawsAtEverySize() {
        var progress = LogitLoader.Progress()
        progress.parsing = Self.tau
        progress.waiting = [Self.tau, Self.robustness]
        progress.filesDone = 140
        progress.filesTotal = 351
        progress.waitingFiles = 702
        progress.waitingFilesDone = 140
        for (width, height, charset) in [(40, 10, Charset.unicode), (80, 24, .unicode), (80, 24, .ascii),
                                         (200, 60, .unicode)] {
            var state = AppState(pane: PaneState(view: .tau), size: TerminalSize(width: width, height: height))
            state.renderOptions.charset = charset
            state.data = DataStatus(waiting: .parsing(progress), parsed: 1, configurations: 3)
            let screen = Explorer.render(state, dataset: TestDataset.make()).buffer.plainText()
            #expect(screen.contains("parsing logits: 140/702 files"), "\(width)x\(height)")
            #expect(screen.contains("parsing 140/702 files") || width < 80)
            if height >= 24 { #expect(screen.contains("[#") && screen.contains("] 19%")) }
            if charset == .ascii { #expect(!screen.unicodeScalars.contains { !$0.isASCII }) }
        }
    }
}
