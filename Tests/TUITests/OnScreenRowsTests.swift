import Analysis
import Data
import Foundation
import Testing
@testable import TUI
@testable import Views

/// Issue 21: an explorer frame of Tau whose intervals nothing has kept computes those of the rows on screen only,
/// and draws exactly what the complete render draws; the warm-up after it keeps every row's, and whatever is
/// written (exports) holds every row.
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct OnScreenRowsTests {
    var dataset: Dataset { EmbeddedData.dataset! }

    /// Tau at 100×24 (fewer rows on screen than models), scrolled, sorted or filtered.
    static var states: [PaneState] {
        var sorted = PaneState(view: .tau)
        sorted.filters.sort = SortOrder(column: "tau_counts", descending: true)
        var scrolled = PaneState(view: .tau)
        scrolled.scrollRow = 9
        scrolled.cursorRow = 14
        var filtered = PaneState(view: .tau)
        filtered.filters.rowFilter = "n_counts > 0"
        var gender = PaneState(view: .tau)
        gender.filters.group = .gender
        gender.filters.sort = SortOrder(column: "tau_real", descending: false)
        return [PaneState(view: .tau), sorted, scrolled, filtered, gender]
    }

    func frame(_ pane: PaneState, _ queries: Queries) -> Frame {
        Explorer.render(AppState(pane: pane, size: TerminalSize(width: 100, height: 24)), dataset: dataset,
                        queries: queries)
    }

    /// The interval cells of the frame's sheet ("tau counts" and "tau real"), row by row.
    func intervals(_ summary: PaneSummary) throws -> [[String]] {
        let sheet = try #require(summary.sheet)
        let columns = ["tau_counts", "tau_real"].compactMap { summary.columnNames.firstIndex(of: $0) }
        #expect(columns.count == 2)
        return sheet.cells.map { row in columns.map { row[$0] } }
    }

    @Test(arguments: OnScreenRowsTests.states)
    func theFrameDrawsWhatTheCompleteRenderDraws(pane: PaneState) throws {
        let queries = Queries(cache: BoundedQueryCache(), parallel: .concurrent)
        let lazy = frame(pane, queries)
        // The complete frame: the same pane once the warm-up has kept every interval.
        Panes.prefetch(pane, dataset: dataset, queries: queries)
        let complete = frame(pane, queries)
        #expect(lazy.buffer.plainText() == complete.buffer.plainText())
        let lazyCells = try intervals(lazy.summary), completeCells = try intervals(complete.summary)
        #expect(lazyCells.count == completeCells.count && lazyCells.count > 20)
        // Every complete row has its interval; the lazy frame computed those of the rows drawn, not the others.
        #expect(completeCells.allSatisfy { $0[0].contains("[") })
        let computed = lazyCells.indices.filter { lazyCells[$0][0].contains("[") }
        #expect(!computed.isEmpty && computed.count < lazyCells.count)
        #expect(computed.allSatisfy { lazyCells[$0] == completeCells[$0] })
        // The rows without one still carry the mean the sheet sorts and filters on.
        for row in lazyCells.indices where !computed.contains(row) {
            #expect(completeCells[row][0].hasPrefix(lazyCells[row][0] + " ["))
        }
    }

    @Test func withoutACacheEveryFrameComputesItsOwnRows() throws {
        let lazy = frame(PaneState(view: .tau), .uncached), complete = frame(PaneState(view: .tau), .uncached)
        #expect(lazy.buffer.plainText() == complete.buffer.plainText())
        var everything = Buffer(width: 100, height: 24)
        _ = Panes.render(PaneState(view: .tau), dataset: dataset, into: &everything, area: everything.area)
        #expect(try intervals(Panes.render(PaneState(view: .tau), dataset: dataset, into: &everything,
                                           area: everything.area)).allSatisfy { $0[0].contains("[") })
    }

    @Test func theWarmUpKeepsEveryRowsInterval() throws {
        let cache = BoundedQueryCache(), queries = Queries(cache: cache, parallel: .concurrent)
        let state = AppState(pane: PaneState(view: .tau), size: TerminalSize(width: 100, height: 24))
        let first = try intervals(frame(state.pane, queries).summary)
        #expect(!first.allSatisfy { $0[0].contains("[") })
        let prefetcher = Prefetcher()
        prefetcher.prefetchNeighbours(of: state, dataset: dataset, queries: queries, keys: .standard)
        prefetcher.waitUntilIdle()
        #expect(try intervals(frame(state.pane, queries).summary).allSatisfy { $0[0].contains("[") })
    }

    @Test func anExportFromTheExplorerHoldsEveryRow() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("bx-onscreen-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = ExportWriter(directory: folder, queries: Queries(cache: BoundedQueryCache()))
        var options = RenderOptions()
        options.computesRowsOnScreenOnly = true  // as if the explorer's frame options reached the writer
        // The markdown sheet: every cell's text as the sheet holds it (the CSV sheet holds the typed means).
        let url = try writer.exportFile(PaneState(view: .tau), dataset: dataset,
                                        size: TerminalSize(width: 100, height: 24), name: "tau.md", format: .md,
                                        options: options)
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("| ") && !$0.hasPrefix("| model") && !$0.contains("---") }
        #expect(rows.count == dataset.models(with: Section2Defaults.tau(group: .race)).count)
        #expect(rows.allSatisfy { $0.contains("[") })
    }
}
