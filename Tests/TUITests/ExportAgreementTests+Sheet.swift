import Data
import Foundation
import Testing
@testable import Analysis
@testable import Views

/// The pane's sheet as drawn (every row the filters let through, each cell's typed number) against the contract
/// rows it shows: where a pane's table is not in its data table (Tau's and TF vs raw's per-model summaries, the
/// alignment pairs, the drilled Tau's p and q), its numbers must be the file's.
extension ExportAgreementTests {
    struct SheetContract {
        var contract: TypedTable
        var fixed: [String: String]
        /// Sheet column → contract column; the sheet's text against the contract's cell.
        var keys: [(String, String)]
        /// Sheet column → contract column; the sheet's number against the contract's.
        var values: [(String, String)]
        /// The contract row's key as the sheet writes it (default: the key columns' cells).
        var contractKey: ((TypedTable, Int) -> [String])?
    }

    func checkSheetRows(_ state: PaneState) throws {
        for contract in sheetContracts(state) { try checkSheetRows(state, contract) }
    }

    func checkSheetRows(_ state: PaneState, _ contract: SheetContract) throws {
        let label = "sheet \(state.view) \(state.filters.group) \(state.filters.mode) \(state.filters.templates) "
            + "\(state.drill.map { "\($0)" } ?? "")"
        var buffer = Buffer(width: 200, height: 60)
        let drawn = Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area).sheet
        let table = contract.contract
        let fixedColumns = contract.fixed.keys.sorted()
        var index: [String: Int] = [:]
        for row in 0..<table.rowCount {
            let fixed = fixedColumns.map { column in
                table.columnIndex(column).map { CSVEncoder.cell(table, row: row, column: $0) } ?? ""
            }
            guard fixed == fixedColumns.map({ contract.fixed[$0] ?? "" }) else { continue }
            let key = try contract.contractKey?(table, row) ?? contract.keys.map { _, name in
                table.cell(row: row, column: try #require(table.columnIndex(name), "\(name)")).valueText
            }
            index[key.joined(separator: "\u{1F}")] = row
        }
        // A pane without a sheet draws its empty message: the contract has no row for it either.
        guard let sheet = drawn else { return #expect(index.isEmpty, "\(label): no sheet, \(index.count) contract rows") }
        let names = sheet.columns.map(\.name)
        var matched = 0
        for row in sheet.cells.indices {
            let key = try contract.keys.map { name, _ in
                sheet.cells[row][try #require(names.firstIndex(of: name), "\(label): sheet column \(name) in \(names)")]
            }
            let other = try #require(index[key.joined(separator: "\u{1F}")], "\(label): no contract row for \(key)")
            matched += 1
            for (mine, theirs) in contract.values {
                let column = try #require(names.firstIndex(of: mine), "\(label): sheet column \(mine) in \(names)")
                let shown = TableCell.value(sheet.numbers[row][column]).valueText
                let written = table.cell(row: other, column: try #require(table.columnIndex(theirs), "\(theirs)"))
                    .valueText
                #expect(shown == written, "\(label) \(key) \(mine): \(shown) vs \(theirs) \(written)")
            }
        }
        #expect(sheet.cells.isEmpty || matched > 0, "\(label): no row matched")
    }

    /// The contract rows of the sheet on screen: the disease drill's (`+DiseaseDrill`), else the view's.
    func sheetContracts(_ state: PaneState) -> [SheetContract] {
        if case .disease(let disease)? = state.drill, Panes.drillsIntoDiseases(state.view) {
            return diseaseDrillSheetContracts(state, disease)
        }
        return sheetContract(state).map { [$0] } ?? []
    }

    func sheetContract(_ state: PaneState) -> SheetContract? {
        let filters = state.filters, mode = filters.mode
        let data = dataset.forMode(mode)
        guard let configuration = Panes.configuration(state) else { return nil }
        var fixed = ["group": configuration.group.rawValue, "logit_type": configuration.logitType.rawValue,
                     "context": configuration.context.rawValue, "language": configuration.language.rawValue,
                     "templates": filters.templates.description]
        switch (state.view, state.drill) {
        case (.tau, nil):
            guard filters.templates == .original, filters.models.isEmpty else { return nil }
            fixed["count_quartile"] = ""
            return SheetContract(
                contract: Section2Tables.tauCountTables(data, configurations: [configuration], mode: mode,
                                                        settings: filters.uncertainty)[1],
                fixed: fixed, keys: [("model", "model")], values: [("tau_counts", "mean_tau"), ("n_counts", "n")])
        case (.tau, .model(let model)?):
            guard filters.templates == .original else { return nil }
            fixed["model"] = model
            return SheetContract(
                contract: Section2Tables.tauCountTables(data, configurations: [configuration], mode: mode,
                                                        settings: UncertaintySettings.standard.withoutResampling)[0],
                fixed: fixed, keys: [("disease", "disease")],
                values: [("tau_counts", "tau"), ("p_counts", "p_exact"), ("q_counts", "q_bh")])
        case (.tfVsRaw, nil):
            fixed["logit_type"] = nil
            return SheetContract(
                contract: Section3Tables.trueFalse(data, configurations: [configuration], mode: mode,
                                                   templates: filters.templates)[1],
                fixed: fixed, keys: [("model", "model")],
                values: [("mean_tau", "mean_tau"), ("n", "n_tau"), ("same_top", "n_same_top"),
                         ("compared", "n_top_compared"), ("diseases", "n_diseases")])
        case (.alignment, nil):
            fixed["templates"] = nil
            let tables = Section3Tables.configurationTables(data, configuration: configuration,
                                                            templates: filters.templates, mode: mode)
            guard let pairs = tables.first(where: { $0.name == "alignment_pairs.csv" }) else { return nil }
            let active = mode == .correct ? "d_tau_real_correct" : "d_tau_real_compat"
            let other = mode == .correct ? "d_tau_real_compat" : "d_tau_real_correct"
            let sheetName = { (mode: String) in "d_tau_" + mode }
            return SheetContract(
                contract: pairs, fixed: fixed, keys: [("pair", "")],
                values: [(sheetName(mode.rawValue), active),
                         (sheetName(mode == .correct ? "paper" : "correct"), other), ("p_d_tau", "p_d_tau"),
                         ("n_d_tau", "n_d_tau"), ("top_flips", "n_top_flips"), ("bottom_flips", "n_bottom_flips"),
                         ("rank_tau", "mean_rank_tau"), ("diseases", "n_diseases")],
                contractKey: { table, row in
                    let name = { (column: String) in
                        table.columnIndex(column).map { table.cell(row: row, column: $0).valueText } ?? ""
                    }
                    return ["\(AlignmentPane.shortName(name("base"))) -> \(AlignmentPane.shortName(name("aligned")))"]
                })
        default: return nil
        }
    }
}

/// The real data (`../shared/crosscare`), loaded once per test process when present.
enum RealCrosscare {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/crosscare").standardizedFileURL
    static let available = FileManager.default.fileExists(atPath: root.appendingPathComponent("logits_results").path)
    static let dataset: Dataset? = available ? try? DatasetLoader.load(DataRoot(url: root, name: "crosscare")) : nil
}

/// `tf-vs-raw` on the real data: the embedded data has no hf_tf logits, so there its checks see no row.
@Suite(.enabled(if: RealCrosscare.available, "../shared/crosscare is absent: tf-vs-raw contract rows skipped"))
struct ExportAgreementRealDataTests {
    @Test func trueFalseShowsTheContractRows() throws {
        let checks = ExportAgreementTests(dataset: try #require(RealCrosscare.dataset))
        for (group, mode) in [(DemographicGroup.race, AnalysisMode.correct), (.gender, .paper)] {
            var filters = ViewFilters()
            filters.group = group
            filters.mode = mode
            var state = PaneState(view: .tfVsRaw, filters: filters)
            try checks.checkAgreement(state)
            var buffer = Buffer(width: 160, height: 50)
            state.drill = try #require(Panes.render(state, dataset: checks.dataset, into: &buffer,
                                                    area: buffer.area).drillTarget)
            try checks.checkAgreement(state)
        }
    }
}
