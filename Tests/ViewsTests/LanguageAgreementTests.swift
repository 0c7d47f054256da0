import Analysis
import Testing
@testable import Views

/// Cross-language rank agreement (issue 16): the tau of each row is the τ-b of the model's two score vectors, the
/// pairs are the six of `Language.allCases` (or those with the chosen language), and the pane's mean is the mean of
/// the finite per-disease taus.
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct LanguageAgreementTests {
    @Test func rowsAreTauBOfTheTwoLanguagesScores() throws {
        let dataset = try #require(EmbeddedData.dataset)
        let rows = dataset.languageAgreement(logitType: .hf, context: .american, group: .race, mode: .correct)
        let pairs = Set(rows.map { "\($0.first.rawValue)-\($0.second.rawValue)" })
        #expect(pairs == ["en-es", "en-fr", "en-zh", "es-fr", "es-zh", "fr-zh"])
        for row in rows.prefix(200) {
            func scores(_ language: Language) throws -> [Double] {
                let matrix = try #require(dataset.scoreMatrix(
                    model: row.model, configuration: LogitConfiguration(logitType: .hf, context: .american,
                                                                        language: language, group: .race),
                    templates: .original, mode: .correct))
                return DemographicGroup.race.demographics.map {
                    matrix.score(disease: row.disease, demographicIndex: $0.indexInGroup)
                }
            }
            let expected = KendallTau.tauB(try scores(row.first), try scores(row.second))
            #expect(row.tau == expected || (row.tau.isNaN && expected.isNaN))
            #expect(KendallTau.tauB(try scores(row.second), try scores(row.first)) == expected || expected.isNaN)
        }
        let french = dataset.languageAgreement(logitType: .hf, context: .american, group: .race, mode: .correct,
                                               language: .fr)
        #expect(french.allSatisfy { $0.first == .fr || $0.second == .fr } && !french.isEmpty)
    }

    @Test func paneShowsTheMeanOverDiseasesPerOtherLanguage() throws {
        let dataset = try #require(EmbeddedData.dataset)
        var filters = ViewFilters()
        filters.languageAgreement = true
        filters.language = .fr
        var buffer = Buffer(width: 120, height: 30)
        let summary = Panes.render(PaneState(view: .languages, filters: filters), dataset: dataset, into: &buffer,
                                   area: buffer.area)
        #expect(summary.columnNames == ["model", "tau_fr_en", "n_en", "tau_fr_es", "n_es", "tau_fr_zh", "n_zh"])
        let sheet = try #require(summary.sheet)
        let model = sheet.labels[0]
        let taus = dataset.languageAgreement(logitType: .hf, context: .american, group: .race, mode: .correct,
                                             language: .fr, models: [model])
            .filter { $0.first == .en && $0.second == .fr && $0.tau.isFinite }.map(\.tau)
        let mean = taus.reduce(0, +) / Double(taus.count)
        #expect(abs((sheet.numbers[0][1] ?? .nan) - mean) < 1e-12)
        #expect(sheet.numbers[0][2] == Double(taus.count))
        #expect(buffer.plainText().contains("Rank agreement between fr and each other language"))
    }
}
