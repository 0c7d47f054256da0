import Analysis
import Testing
@testable import Views

/// The sheet pipeline every pane shares: value filters on typed numbers, the disease filter, hidden columns.
@Suite struct SheetFilterTests {
    let columns = ["disease", "tau", "n", "top_changed"]

    func matches(_ text: String, number: [Double?], cells: [String]) -> Bool {
        guard case .success(let filter) = RowFilter.parse(text, columns: columns) else { return false }
        return filter.matches(number: { number[$0] }, text: { cells[$0] })
    }

    @Test func comparisonsReadTheTypedNumberNotTheRoundedText() {
        // The cell shows 0.200 but the value is 0.1996: `tau < 0.2` keeps it.
        #expect(matches("tau < 0.2", number: [nil, 0.1996, 3, nil], cells: ["a", "0.200", "3", "no"]))
        #expect(!matches("tau < 0.2 & n >= 4", number: [nil, 0.1996, 3, nil], cells: ["a", "0.200", "3", "no"]))
        #expect(matches("n == 3", number: [nil, 0.5, 3, nil], cells: ["a", "0.5", "3", "no"]))
        #expect(!matches("tau > -1", number: [nil, .nan, 3, nil], cells: ["a", "-", "3", "no"]))
        #expect(matches("top_changed", number: [nil, 0, 0, nil], cells: ["a", "0", "0", "yes"]))
        #expect(!matches("top_changed", number: [nil, 0, 0, nil], cells: ["a", "0", "0", "no"]))
        #expect(matches("disease = ASTHMA", number: [nil, 0, 0, nil], cells: ["asthma", "0", "0", "no"]))
    }

    @Test func badClausesSayWhatIsWrong() {
        guard case .failure(let unknown) = RowFilter.parse("tua < 1", columns: columns),
              case .failure(let noValue) = RowFilter.parse("tau <", columns: columns),
              case .failure(let text) = RowFilter.parse("tau < x", columns: columns) else {
            Issue.record("parsed")
            return
        }
        #expect(unknown.description == "'tua' is not a column here; columns: disease, tau, n, top_changed")
        #expect(noValue.description == "'tau <' needs a value after the operator")
        #expect(text.description == "'tau < x': < needs a number")
    }

    @Test func diseaseFilterTakesSubstringsAndRegularExpressions() {
        #expect(DiseaseFilter.matches("Asthma", "sth"))
        #expect(DiseaseFilter.matches("asthma", "/^AS/"))
        #expect(!DiseaseFilter.matches("mi", "/^as/"))
        #expect(DiseaseFilter.matches("a(b", "/a(b/"))  // an invalid regex is a substring
    }

    @Test func paneTableHidesFiltersAndSortsBeforeTopN() {
        let table = PaneTable(columns: [TableColumn("disease"), TableColumn("tau", alignment: .right),
                                        TableColumn("n", alignment: .right)],
                              rows: [PaneRow(cells: ["asthma", "0.300", "4"], numbers: [nil, 0.3, 4], label: "asthma"),
                                     PaneRow(cells: ["als", "0.100", "2"], numbers: [nil, 0.1, 2], label: "als"),
                                     PaneRow(cells: ["mi", "0.200", "5"], numbers: [nil, 0.2, 5], label: "mi")])
        var filters = ViewFilters()
        filters.disease = "a"
        filters.rowFilter = "n >= 2 & n < 5"  // a hidden column still filters
        filters.sort = SortOrder(column: "tau", descending: false)
        filters.hiddenColumns = ["n"]
        filters.top = 1
        let selection = table.select(filters)
        #expect(selection.rows.map(\.label) == ["als"])
        #expect(selection.filterProblem == nil)
        #expect(selection.visible == [0, 1])
        var buffer = Buffer(width: 40, height: 6)
        let summary = table.render(state: PaneState(view: .tau, filters: filters), into: &buffer, area: buffer.area,
                                   options: RenderOptions(), caption: "")
        #expect(summary.columnNames == ["disease", "tau"])
        #expect(summary.sheet?.numbers == [[nil, 0.1]])
        #expect(summary.cursorCell?.text == "als")
    }
}
