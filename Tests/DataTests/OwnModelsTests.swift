import Analysis
import Foundation
import Testing
import Views
@testable import Data

/// `fixtures/own-models` (written by `fixtures/own-models/make_own_models.py`): two models the study does not have,
/// their catalogue (`root/biasexplorer.json`), a second prevalence table and malformed copies of both (issue 19).
@Suite struct OwnModelsTests {
    static let folder = TestPaths.packageRoot.appendingPathComponent("fixtures/own-models")
    static let root = DataRoot(url: folder.appendingPathComponent("root"), name: "own-models")
    static let base = "acme/medllm-410m", aligned = "acme/medllm-410m-dpo"
    static let configuration = LogitConfiguration(logitType: .hf, context: .american, language: .en, group: .race)

    static let plain: LoadReport? = try? DatasetLoader.loadReport(root)
    static let prevalencePath = folder.appendingPathComponent("prevalence-other.csv").path
    static let withPrevalence: Dataset? = try? DatasetLoader.load(root, options: LoadOptions(prevalencePath: prevalencePath))

    @Test func checkListsTheCatalogueModelsWithFamilyAndSize() throws {
        let report = try #require(Self.plain)
        let lines = InventoryReport.lines(report)
        #expect(lines.contains("Catalogue: biasexplorer.json (2 models, 1 alignment pair; correct mode only)"))
        #expect(lines.contains("  acme/medllm-410m: family medllm, 410M, corpus pile, \"MedLLM 410M\""))
        #expect(lines.contains("  pair acme/medllm-410m → acme/medllm-410m-dpo (DPO)"))
        #expect(lines.contains("  acme/medllm-410m [medllm 410M, huggingFace, catalogue \"MedLLM 410M\"]"))
        #expect(lines.contains("  acme/medllm-410m-dpo [medllm 410M, huggingFace, catalogue \"MedLLM 410M DPO\"]"))
        #expect(report.dataset.problems.filter { $0.severity == .error }.isEmpty)
        let model = try #require(report.dataset.model(id: Self.base))
        #expect(model.isPileTrained && model.isUserDefined && model.family == "medllm")
    }

    @Test func theUsersPairIsInAlignmentPairsAndFlipsInCorrectModeOnly() throws {
        let dataset = try #require(Self.plain?.dataset)
        let tables = Section3Tables.tables(dataset, mode: .correct)
        let pairs = try #require(tables.first { $0.name == "alignment_pairs.csv" })
        #expect(pairs.rowCount == 2)
        #expect(CSVEncoder.text(pairs).contains("race,hf,american,en,acme/medllm-410m,acme/medllm-410m-dpo,DPO,"))
        #expect(CSVEncoder.text(pairs).contains("gender,hf,american,en,acme/medllm-410m,acme/medllm-410m-dpo,DPO,"))
        let flips = try #require(tables.first { $0.name == "alignment_flips.csv" })
        #expect(flips.rowCount == 2 * 93)
        let paper = dataset.forMode(.paper)
        #expect(paper.models.isEmpty && paper.vocabulary.models.alignmentPairs.count == 17)
        #expect(Section3Tables.tables(paper, mode: .paper).first { $0.name == "alignment_pairs.csv" }?.rowCount == 0)
    }

    @Test func theUsersFamilyIsAPanelOfTauSizeAndAModelFilterValue() throws {
        let dataset = try #require(Self.plain?.dataset)
        var state = PaneState(view: .tauSize)
        var buffer = Buffer(width: 140, height: 30)
        _ = Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area)
        // The family's panel title: a line that is only the centred family name (the table rows say acme/medllm-…).
        let isPanelTitle: (Substring) -> Bool = { $0.trimmingCharacters(in: .whitespaces) == "medllm" }
        #expect(buffer.plainText().split(separator: "\n").contains(where: isPanelTitle))
        let data = Panes.dataTable(state, dataset: dataset)
        #expect(Set(data.rows.compactMap { if case .text(let id) = $0[0] { id } else { nil } }) == [Self.base, Self.aligned])
        state.filters.models = ["medllm"]
        #expect(dataset.models.filter(state.filters.includes).count == 2)
        state.filters.mode = .paper
        var paper = Buffer(width: 140, height: 30)
        _ = Panes.render(state, dataset: dataset, into: &paper, area: paper.area)
        #expect(!paper.plainText().split(separator: "\n").contains(where: isPanelTitle))
        #expect(paper.plainText().contains("paper mode: the study's models"))
        // paper-vs-correct compares both modes' own data, whichever mode the filter shows.
        var comparison = PaneState(view: .paperVsCorrect)
        let correctRows = Panes.dataTable(comparison, dataset: dataset).rows
        comparison.filters.mode = .paper
        #expect(Panes.dataTable(comparison, dataset: dataset).rows == correctRows)
        #expect(correctRows.contains { $0.contains(.text("alignment_pairs.csv")) })
    }

    @Test func anExportedModelImportedUnderANewNameHasIdenticalLogitsAndScores() throws {
        let original = try #require(Self.plain?.dataset)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("own-models-\(getpid())")
        try? FileManager.default.removeItem(at: work)
        try FileManager.default.copyItem(at: Self.root.url, to: work)
        defer { try? FileManager.default.removeItem(at: work) }
        let csv = work.appendingPathComponent("export.csv").path
        try LogitExport.write(original, model: Self.base, to: csv, force: false)
        let options = LogitImportOptions(model: "lab/copy-410m")
        let report = try LogitImport.run(csv: URL(fileURLWithPath: csv), shownAs: "export.csv", into: work, options: options)
        #expect(report.problems.isEmpty && report.rowsPlaced == 16_740 && report.files.count == 2)
        #expect(throws: LogitImportError.wouldOverwrite(path: report.files[0])) {
            try LogitImport.run(csv: URL(fileURLWithPath: csv), shownAs: "export.csv", into: work, options: options)
        }
        let copied = try DatasetLoader.load(DataRoot(url: work, name: "copy"))
        for group in DemographicGroup.allCases {
            var configuration = Self.configuration
            configuration.group = group
            let before = try #require(original.logits(model: Self.base, configuration: configuration))
            let after = try #require(copied.logits(model: "lab/copy-410m", configuration: configuration))
            #expect(before.values.map(\.bitPattern) == after.values.map(\.bitPattern))
            #expect(before.diseasePresent == after.diseasePresent)
            for mode in AnalysisMode.allCases {
                let left = original.scores(before, templates: .original, mode: mode).scores
                let right = copied.scores(after, templates: .original, mode: mode).scores
                #expect(left.map(\.bitPattern) == right.map(\.bitPattern))
            }
        }
    }

    /// A wild model in all four languages: the non-English keys written read back as the same diseases.
    @Test func theRoundTripIsExactInEveryLanguage() throws {
        let embedded = try #require(LoadedRoots.embedded?.dataset)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("own-languages-\(getpid())")
        try? FileManager.default.removeItem(at: work)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let csv = work.appendingPathComponent("qwen.csv")
        try LogitExport.write(embedded, model: "Qwen/Qwen1.5-7B", to: csv.path, force: false)
        let report = try LogitImport.run(csv: csv, shownAs: "qwen.csv", into: work,
                                         options: LogitImportOptions(model: "lab/qwen-copy"))
        #expect(report.problems.isEmpty && report.files.count == 8)
        let copied = try DatasetLoader.load(DataRoot(url: work, name: "copy"))
        for table in embedded.logitTables where table.model == "Qwen/Qwen1.5-7B" {
            let copy = try #require(copied.logits(model: "lab/qwen-copy", configuration: table.configuration))
            #expect(copy.values.map(\.bitPattern) == table.values.map(\.bitPattern), "\(table.configuration)")
            #expect(copy.diseasePresent == table.diseasePresent, "\(table.configuration)")
        }
    }

    @Test func importListsEveryRowItCannotPlace() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("own-import-\(getpid())")
        try? FileManager.default.removeItem(at: work)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let csv = work.appendingPathComponent("rows.csv")
        try Data("""
            group,language,disease,demographic,template,logit
            race,en,asthma,white,0,-1.5
            race,zh,哮喘,黑人,1,NaN
            race,en,asthma,white,0,-2
            race,en,no such disease,white,0,-1
            race,en,asthma,male,0,-1
            race,en,asthma,black,20,-1
            race,en,asthma,black,2,abc
            caste,en,asthma,black,2,-1
            race,de,asthma,black,2,-1

            """.utf8).write(to: csv)
        let report = try LogitImport.run(csv: csv, shownAs: "rows.csv", into: work,
                                         options: LogitImportOptions(model: "lab/tiny", context: .american))
        #expect(report.rowsPlaced == 2)
        #expect(report.files == ["logits_results/hf/output_pile/american_context/lab_tiny/logits_race_en.json",
                                 "logits_results/hf/output_pile/american_context/lab_tiny/logits_race_zh.json"])
        #expect(report.problems.map(\.description) == [
            "error: rows.csv, line 4: repeats line 2 (same configuration, disease, demographic, template); row not placed",
            "error: rows.csv, line 5: unknown disease \"no such disease\"; row not placed",
            "error: rows.csv, line 6: \"male\" is not a race demographic; row not placed",
            "error: rows.csv, line 7: template \"20\" is not 0 to 19; row not placed",
            "error: rows.csv, line 8: logit \"abc\" is not a finite number, NaN or empty; row not placed",
            "error: rows.csv, line 9: group \"caste\" is not race or gender; row not placed",
            "error: rows.csv, line 10: language \"de\" is not en, es, fr or zh; row not placed",
        ])
        #expect(throws: LogitImportError.invalidModel("lab_x/tiny")) {
            try LogitImport.run(csv: csv, shownAs: "rows.csv", into: work, options: LogitImportOptions(model: "lab_x/tiny"))
        }
    }

    @Test func theMalformedCatalogueYieldsItsExactProblemsAndTheRestApplies() throws {
        let path = Self.folder.appendingPathComponent("malformed/catalogue.json").path
        let dataset = try DatasetLoader.load(Self.root, options: LoadOptions(catalogPath: path))
        let models = "key \"models\" / \"acme/medllm-410m"
        #expect(dataset.problems(at: path).map { "\($0.severity.rawValue) \($0.place ?? ""): \($0.reason)" } == [
            "error \(models)\" / \"parameters_millions\": negative size -410; the model has no size",
            "error \(models)\" / \"colour\": unknown key; ignored (known: family, parameters_millions, display_name, pretraining_corpus)",
            "error \(models)\": duplicate model; the first entry is kept",
            "error \(models)-dpo\" / \"parameters_millions\": not a number; the model has no size",
            "error \(models)-dpo\" / \"pretraining_corpus\": not \"pile\" or \"other\"; the study's rule for the family is used",
            "error key \"models\" / \"acme/ghost-7b\": no family; family 'other' used",
            "error key \"alignment_pairs\" / 1: duplicate pair acme/medllm-410m → acme/medllm-410m-dpo; ignored",
            "error key \"alignment_pairs\" / 3: needs \"base\" and \"aligned\" model ids (strings); pair ignored",
            "error key \"alignment_pairs\" / 4: duplicate pair Qwen/Qwen1.5-7B → Qwen/Qwen1.5-7B-Chat (a study pair); ignored",
            "error key \"colour\": unknown key; ignored (known: models, alignment_pairs, prevalence)",
            "error key \"alignment_pairs\" / 2: no logits for acme/ghost-7b; the pair has no rows",
            "warning key \"models\" / \"acme/ghost-7b\": no logits for this model under the data root",
        ])
        #expect(dataset.model(id: Self.base)?.family == "medllm")
        #expect(dataset.model(id: Self.base)?.parametersMillions == nil)
        #expect(dataset.vocabulary.models.alignmentPairs.filter(\.isUserDefined).count == 2)
        #expect(dataset.alignmentComparisons(configuration: Self.configuration, mode: .correct).count == 1)
    }

    @Test func theMalformedPrevalenceTableYieldsItsExactProblemsAndTheRestIsUsed() throws {
        let path = Self.folder.appendingPathComponent("malformed/prevalence.csv").path
        let dataset = try DatasetLoader.load(Self.root, options: LoadOptions(prevalencePath: path))
        #expect(dataset.problems(at: path).map { "\($0.severity.rawValue) \($0.place ?? ""): \($0.reason)" } == [
            "error line 1: column \"white\" repeats white (column 2); the first is used",
            "warning line 1: column \"martian\" is not a known demographic; ignored",
            "error line 3: white: negative value -860; treated as missing",
            "error line 3: black: non-numeric value \"lots\"; treated as missing",
            "error line 4: unknown disease \"not a disease\"; row ignored",
            "error line 5: second row for asthma (first at line 2); row ignored",
        ])
        let table = try #require(dataset.prevalence[.real])
        #expect(table.columns == [.white, .black, .male, .female] && table.rows.count == 2)
        let diabetes = try #require(table.row(for: dataset.id("diabetes")))
        #expect(diabetes.values[.white]?.value == nil && diabetes.values[.male]?.value == 1_020)
        #expect(dataset.forMode(.paper).prevalence[.real]?.rows.count == 15)
    }

    @Test func anotherPopulationsPrevalenceFeedsEveryRealComparisonAndIsNamed() throws {
        let dataset = try #require(Self.withPrevalence)
        let label = Self.prevalencePath
        #expect(dataset.userData.prevalence?.path == label && dataset.realPrevalenceName == label)
        let asthma = try dataset.id("asthma")
        #expect(dataset.prevalence[.real]?.row(for: asthma)?.values[.black]?.raw == "1,301.30")
        #expect(dataset.forMode(.paper).prevalence[.real]?.row(for: asthma)?.values[.black]?.raw == "910")
        var correct: [String: TypedTable] = [:], paper: [String: TypedTable] = [:]
        AnalysisTables.forEachTable(dataset) { paperTable, correctTable in
            paper[correctTable.name] = paperTable
            correct[correctTable.name] = correctTable
        }
        for name in AnalysisTables.realPrevalenceTables {
            #expect(correct[name]?.header.last == "prevalence_table", "\(name)")
            #expect(correct[name].map(CSVEncoder.text)?.contains(",\(label)\n") == true, "\(name)")
            #expect(paper[name]?.header.last == "prevalence_table", "\(name)")
        }
        // Paper mode has no model here (both are the catalogue's); its Section 1 table names the study's table.
        #expect(paper["prevalence_comparison.csv"].map(CSVEncoder.text)?.contains(",\(PrevalenceSource.real.relativePath)\n") == true)
        #expect(correct["scores.csv"]?.header.last != "prevalence_table")
        let plain = try #require(Self.plain?.dataset)
        let before = PrevalenceComparison(plain, mode: .correct).rows.map(\.realSharePct)
        #expect(PrevalenceComparison(dataset, mode: .correct).rows.map(\.realSharePct) != before)
        #expect(PrevalenceComparison(dataset.forMode(.paper), mode: .paper).rows.count
                == PrevalenceComparison(plain, mode: .paper).rows.count)
        var buffer = Buffer(width: 400, height: 10)
        _ = Panes.render(PaneState(view: .prevalence), dataset: dataset, into: &buffer, area: buffer.area)
        #expect(buffer.plainText().contains("prevalence \(label)"))
    }

    @Test func theCataloguesPrevalenceKeyIsReadRelativeToTheCatalogue() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("own-catalogue-\(getpid())")
        try? FileManager.default.removeItem(at: work)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.copyItem(atPath: Self.prevalencePath, toPath: work.appendingPathComponent("other.csv").path)
        let catalogue = work.appendingPathComponent("catalogue.json")
        try Data(#"{"models": {"acme/medllm-410m": {"family": "medllm"}}, "prevalence": "other.csv"}"#.utf8).write(to: catalogue)
        let dataset = try DatasetLoader.load(Self.root, options: LoadOptions(catalogPath: catalogue.path))
        #expect(dataset.userData.prevalence?.path == work.appendingPathComponent("other.csv").path)
        #expect(dataset.problems(at: catalogue.path).isEmpty)
        #expect(dataset.model(id: Self.aligned)?.family == "other")
    }

    @Test func withoutUserDataBothModesReadTheSameDataSet() throws {
        let dataset = try #require(LoadedRoots.embedded?.dataset)
        #expect(dataset.userData.isEmpty && dataset.userModels.isEmpty)
        #expect(dataset.forMode(.paper).models.count == dataset.models.count)
        #expect(dataset.realPrevalenceName == PrevalenceSource.real.relativePath)
    }
}
