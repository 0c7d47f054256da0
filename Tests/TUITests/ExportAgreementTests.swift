import Data
import Foundation
import Testing
@testable import Analysis
@testable import TUI
import Views

/// The embedded data, loaded once per test process.
enum EmbeddedDataset {
    static let dataset: Dataset? = try? DatasetLoader.load(.embedded)
}

/// One table pipeline (issue 15): for every view and a seeded sample of configurations on the embedded data, the
/// explorer's CSV export (`x`), `render VIEW --format csv` (`Panes.dataTable`, which `RenderCommand` encodes) and,
/// where the view shows a contract table's rows, the matching rows of that table (the contract builders restricted
/// to the configuration on screen) carry the same values.
@Suite(.enabled(if: EmbeddedDataset.dataset != nil, "embedded data did not load"))
struct ExportAgreementTests {
    let dataset: Dataset

    init() throws { dataset = try #require(EmbeddedDataset.dataset) }

    /// The same checks on another data set (the real data's `tf-vs-raw`, which the embedded data has no hf_tf for).
    init(dataset: Dataset) { self.dataset = dataset }

    /// Seeded filters: group, mode, templates, language (LCG, seed 15).
    static let samples: [ViewFilters] = {
        var state: UInt64 = 15
        func next(_ count: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % count
        }
        return (0..<3).map { index in
            var filters = ViewFilters()
            filters.group = index == 0 ? .race : [.race, .gender][next(2)]
            filters.mode = index == 0 ? .correct : [.correct, .paper][next(2)]
            filters.templates = index == 0 ? .original : [.original, .all][next(2)]
            filters.language = index == 0 ? .en : [.en, .en, .zh][next(3)]
            return filters
        }
    }()

    @Test(arguments: ViewID.allCases)
    func exportRenderAndContractRowsAgree(view: ViewID) throws {
        for filters in ExportAgreementTests.samples {
            try checkAgreement(PaneState(view: view, filters: filters))
            if view == .languages {
                var agreement = filters
                agreement.languageAgreement = true
                try checkAgreement(PaneState(view: view, filters: agreement))
            }
        }
    }

    /// The drill-downs that show contract rows (a model's per-template counts, per-disease robustness and taus, a
    /// pair's flips), opened on the first row of each sample.
    @Test(arguments: [ViewID.topBottom, .templates, .tau, .tauSize, .tfVsRaw, .alignment])
    func drilledExportRenderAndContractRowsAgree(view: ViewID) throws {
        for filters in ExportAgreementTests.samples {
            var state = PaneState(view: view, filters: filters)
            var buffer = Buffer(width: 160, height: 50)
            let target = Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area).drillTarget
            guard let target else { continue }
            state.drill = target
            try checkAgreement(state)
        }
    }

    /// The export, `render --format csv`, the contract rows of the data table and those of the sheet on screen.
    func checkAgreement(_ state: PaneState) throws {
        let filters = state.filters, view = state.view
        do {
            let directory = try TemporaryDirectory()
            let writer = ExportWriter(directory: directory.url, timestamp: { "T" })
            let files = try writer.export(state, dataset: dataset, size: TerminalSize(width: 100, height: 30)).files
            let csv = try #require(files.first { $0.pathExtension == "csv" })
            let exported = try String(contentsOf: csv, encoding: .utf8)
            let table = Panes.dataTable(state, dataset: dataset)
            #expect(exported == CSVEncoder.text(table), "\(view) \(filters.group) \(filters.mode) \(filters.templates)")
            // The explorer's path: the same table through a query cache (kept answers, optional ones included).
            let cached = Panes.dataTable(state, dataset: dataset, queries: Queries(cache: BoundedQueryCache()))
            #expect(CSVEncoder.text(cached) == CSVEncoder.text(table), "cached \(view) \(filters.group)")
            try checkContractRows(state, table)
            try checkSheetRows(state)
        }
    }

    /// The contract table a view's data table shows, with its key and value columns (pane name → contract name).
    struct ContractView {
        var contract: TypedTable?
        var fixed: [String: String]
        var keys: [(String, String)]
        var values: [(String, String)]
        /// A pane row without a contract row must have these pane columns missing (e.g. tau vs real of a disease
        /// without real prevalence); empty = every pane row needs its contract row.
        var missingWithoutContract: [String] = []
        /// No pane row need have a contract row (e.g. taus of a disease outside the tau analysis).
        var mayMatchNone = false
    }

    func checkContractRows(_ state: PaneState, _ table: TypedTable) throws {
        for contract in contractViews(state) { try checkContractRows(state, table, contract) }
    }

    func checkContractRows(_ state: PaneState, _ table: TypedTable, _ contract: ContractView) throws {
        let label = "\(state.view) \(state.filters.group) \(state.filters.mode) \(state.filters.templates) "
            + "\(state.drill.map { "\($0)" } ?? "")"
        let contractTable = try #require(contract.contract, "\(label): no contract table")
        let fixedColumns = contract.fixed.keys.sorted()
        var index: [String: Int] = [:]
        for row in 0..<contractTable.rowCount {
            let fixed = fixedColumns.map { column in
                contractTable.columnIndex(column).map { CSVEncoder.cell(contractTable, row: row, column: $0) } ?? ""
            }
            guard fixed == fixedColumns.map({ contract.fixed[$0] ?? "" }) else { continue }
            let key = try contract.keys.map { _, name in
                CSVEncoder.cell(contractTable, row: row, column: try #require(contractTable.columnIndex(name)))
            }
            index[key.joined(separator: "\u{1F}")] = row
        }
        var matched = 0
        for row in 0..<table.rowCount {
            let key = try contract.keys.map { name, _ in
                CSVEncoder.cell(table, row: row, column: try #require(table.columnIndex(name), "\(name)"))
            }
            guard let other = index[key.joined(separator: "\u{1F}")] else {
                #expect(!contract.missingWithoutContract.isEmpty, "\(label): no contract row for \(key)")
                for name in contract.missingWithoutContract {
                    #expect(table.cell(row: row, column: try #require(table.columnIndex(name))) == .missing, "\(label) \(key)")
                }
                continue
            }
            matched += 1
            for (mine, theirs) in contract.values {
                let shown = CSVEncoder.cell(table, row: row, column: try #require(table.columnIndex(mine), "\(mine)"))
                let written = CSVEncoder.cell(contractTable, row: other,
                                              column: try #require(contractTable.columnIndex(theirs), "\(theirs)"))
                #expect(shown == written, "\(label) \(key) \(mine): \(shown) vs \(theirs) \(written)")
            }
        }
        #expect(table.rowCount == 0 || matched > 0 || contract.mayMatchNone, "\(label): no row matched")
    }

    func contractView(_ state: PaneState) -> ContractView? {
        let filters = state.filters, mode = filters.mode
        let data = dataset.forMode(mode)
        let configurationKeys: (LogitConfiguration) -> [String: String] = {
            ["group": $0.group.rawValue, "logit_type": $0.logitType.rawValue, "context": $0.context.rawValue,
             "language": $0.language.rawValue]
        }
        switch state.view {
        case .counts:
            return ContractView(contract: Section1Tables.cooccurrence(data), fixed: [:],
                                keys: [("window", "window"), ("group", "group"), ("disease", "disease"),
                                       ("demographic", "demographic")], values: [("count", "count")])
        case .topBottom:
            if case .model? = state.drill { return topBottomByTemplate(state, data) }
            guard let configuration = Panes.configuration(state),
                  [.original, .all].contains(filters.templates) else { return nil }
            return ContractView(
                contract: Section2Tables.topBottom(data, configurations: [configuration], mode: mode),
                fixed: configurationKeys(configuration), keys: [("model", "model"), ("templates", "templates"),
                                                                ("demographic", "demographic")],
                values: [("top", "top"), ("bottom", "bottom"), ("diseases", "n_diseases")])
        case .templates:
            guard let configuration = Panes.configuration(state), filters.templates == .original else { return nil }
            var fixed = configurationKeys(configuration)
            fixed["templates"] = filters.templates.description
            return ContractView(
                contract: Section2Tables.templateRobustness(data, configurations: [configuration], mode: mode),
                fixed: fixed, keys: [("model", "model"), ("disease", "disease")],
                values: [("template_count", "n_templates"), ("modal_top_frequency", "modal_top_freq"),
                         ("mean_pairwise_tau", "mean_pairwise_tau"), ("mean_abs_logit_difference", "mean_abs_logit_diff"),
                         ("mean_abs_rank_difference", "mean_abs_rank_diff")])
        case .tau:
            guard let configuration = Panes.configuration(state), filters.templates == .original else { return nil }
            var fixed = configurationKeys(configuration)
            fixed["templates"] = filters.templates.description
            return ContractView(
                contract: Section2Tables.tauCountTables(data, configurations: [configuration], mode: mode,
                                                        settings: UncertaintySettings.standard.withoutResampling)[0],
                fixed: fixed, keys: [("model", "model"), ("disease", "disease")],
                values: [("tau_counts", "tau"), ("n_counts", "n")], missingWithoutContract: ["tau_counts"])
        case .tfVsRaw:
            guard let configuration = Panes.configuration(state) else { return nil }
            return ContractView(
                contract: Section3Tables.trueFalse(data, configurations: [configuration], mode: mode,
                                                   templates: filters.templates)[0],
                fixed: ["group": configuration.group.rawValue, "context": configuration.context.rawValue,
                        "language": configuration.language.rawValue, "templates": filters.templates.description],
                keys: [("model", "model"), ("disease", "disease")],
                values: [("tau", "tau"), ("n", "n"), ("same_top", "same_top")])
        case .ranks:
            return ContractView(contract: Section1Tables.cooccurrence(data), fixed: [:],
                                keys: [("window", "window"), ("group", "group"), ("disease", "disease"),
                                       ("demographic", "demographic")], values: [("rank", "rank")])
        case .prevalence:
            return ContractView(contract: Section1Tables.prevalenceComparison(data, mode: mode, window: filters.window),
                                fixed: [:], keys: [("group", "group"), ("disease", "disease"),
                                                   ("demographic", "demographic")],
                                values: [("real_share_pct", "real_share_pct"), ("pile_share_pct", "pile_share_pct"),
                                         ("share_error_pp", "share_error_pp"),
                                         ("representation_ratio", "representation_ratio"),
                                         ("real_rank", "real_rank"), ("pile_rank", "pile_rank")])
        case .tauSize:
            guard let configuration = Panes.configuration(state), filters.templates == .original,
                  state.drill == nil else { return nil }
            var fixed = configurationKeys(configuration)
            fixed["templates"] = filters.templates.description
            return ContractView(
                contract: Section2Tables.tauCountTables(data, configurations: [configuration], mode: mode,
                                                        settings: filters.uncertainty)[1],
                fixed: fixed, keys: [("model", "model"), ("quartile", "count_quartile")],
                values: [("mean_tau", "mean_tau"), ("n", "n")])
        case .languages:
            guard let configuration = Panes.configuration(state), filters.templates == .original else { return nil }
            if filters.languageAgreement {
                return ContractView(
                    contract: LanguageAgreementTable.table(data, mode: mode),
                    fixed: ["group": configuration.group.rawValue, "logit_type": configuration.logitType.rawValue,
                            "context": configuration.context.rawValue, "templates": filters.templates.description],
                    keys: [("model", "model"), ("language_a", "language_a"), ("language_b", "language_b"),
                           ("disease", "disease")], values: [("tau", "tau"), ("n", "n")])
            }
            var fixed = configurationKeys(configuration)
            fixed["language"] = nil
            return ContractView(
                contract: Section3Tables.languageTopBottom(data, configurations: [configuration], mode: mode),
                fixed: fixed, keys: [("language", "language"), ("disease", "disease"), ("demographic", "demographic")],
                values: [("top", "top"), ("bottom", "bottom"), ("models", "n_models")])
        case .alignment:
            guard let configuration = Panes.configuration(state) else { return nil }
            let tables = Section3Tables.configurationTables(data, configuration: configuration,
                                                            templates: filters.templates, mode: mode)
            return ContractView(
                contract: tables.first { $0.name == "alignment_flips.csv" },
                fixed: configurationKeys(configuration),
                keys: [("base", "base"), ("aligned", "aligned"), ("disease", "disease")],
                values: [("tau", "tau"), ("top_changed", "top_changed"), ("bottom_changed", "bottom_changed")])
        default: return nil
        }
    }

    /// The drilled `top-bottom` (a model's per-template counts): `top_bottom_by_template.csv`'s rows.
    func topBottomByTemplate(_ state: PaneState, _ data: Dataset) -> ContractView? {
        guard let configuration = Panes.configuration(state) else { return nil }
        return ContractView(
            contract: Section2Tables.topBottomByTemplate(data, configurations: [configuration],
                                                         mode: state.filters.mode),
            fixed: ["group": configuration.group.rawValue, "logit_type": configuration.logitType.rawValue,
                    "context": configuration.context.rawValue, "language": configuration.language.rawValue],
            keys: [("model", "model"), ("templates", "template"), ("demographic", "demographic")],
            values: [("top", "top"), ("bottom", "bottom"), ("diseases", "n_diseases")])
    }
}
