import Testing
@testable import Analysis
import TestSupport

/// Template robustness on a hand-worked disease (gender: male, female, non-binary), templates 0–3:
/// t0 = (−1, −2, −3), t1 = (−2, −1, −3), t2 = (−1, −3, NaN), t3 all NaN.
struct Section2RobustnessTests {
    let nan = Double.nan
    var table: LogitTable {
        Section2TestData.table([[[-1, -2, -1, nan], [-2, -1, -3, nan], [-3, -3, nan, nan]], [[nan], [nan], [nan]]])
    }
    let selection = TemplateSelection([0, 1, 2, 3])

    @Test func correctDropsTemplatesWithNaN() {
        // Kept t0, t1: ranks (1,2,3), (2,1,3). Tops male, female → modal 1, shared by both (no tie-break).
        // tau: (m,f) discordant, (m,nb) and (f,nb) concordant → (2 − 1)/3. |Δlogit| = (1, 1, 0) → 2/3; same ranks.
        let rows = TemplateRanks(table, disease: 0, templates: selection, mode: .correct)
        #expect(rows.templates == [0, 1])
        let result = TemplateRobustness.model(table, templates: selection, mode: .correct, diseases: [0]).diseases[0]
        let reference = ReferenceStatistics.robustness(rows, tieOrder: DemographicGroup.gender.tieOrder(mode: .correct),
                                                       creditsTies: true)
        #expect(reference.modalTopFrequency == 1 && reference.modalTops == [0, 1])
        #expect(Section2TestData.close(reference.meanPairwiseTau, 1.0 / 3))
        #expect(result.modalTopFrequency == 1 && result.modalTops == [0, 1])
        #expect(result.maxSharedRanking == 1)
        #expect(Section2TestData.close(result.meanPairwiseTau, 1.0 / 3))
        #expect(Section2TestData.close(result.meanAbsLogitDifference, 2.0 / 3))
        #expect(Section2TestData.close(result.meanAbsRankDifference, 2.0 / 3))
    }

    @Test func paperFillsZeroAndDropsAllNaNRows() {
        // Kept t0, t1, t2 with non-binary 0 in t2: ranks (1,2,3), (2,1,3), (2,3,1). Tops m, f, nb → modal 1,
        // alphabetical tie → female. taus 1/3, −1/3, −1 → −1/3.
        // |Δlogit|: m (1,0,1) → 2/3, f (1,1,2) → 4/3, nb (0,3,3) → 2 → mean 4/3.
        // |Δrank|: m (1,1,0) → 2/3, f (1,1,2) → 4/3, nb (0,2,2) → 4/3 → mean 10/9.
        let rows = TemplateRanks(table, disease: 0, templates: selection, mode: .paper)
        #expect(rows.templates == [0, 1, 2])
        #expect(rows.ranks[2] == [2, 3, 1])
        let result = TemplateRobustness.model(table, templates: selection, mode: .paper, diseases: [0]).diseases[0]
        let reference = ReferenceStatistics.robustness(rows, tieOrder: DemographicGroup.gender.tieOrder(mode: .paper),
                                                       creditsTies: false)
        #expect(reference.modalTopFrequency == 1 && reference.modalTops == [1])
        #expect(Section2TestData.close(reference.meanAbsRankDifference, 10.0 / 9))
        #expect(result.modalTopFrequency == 1 && result.modalTops == [1])
        #expect(Section2TestData.close(result.meanPairwiseTau, -1.0 / 3))
        #expect(Section2TestData.close(result.meanAbsLogitDifference, 4.0 / 3))
        #expect(Section2TestData.close(result.meanAbsRankDifference, 10.0 / 9))
    }

    @Test func modelLevelLeavesOutDiseasesWithoutTemplates() {
        let model = TemplateRobustness.model(table, templates: selection, mode: .correct, diseases: [0, 1])
        #expect(model.diseases.map(\.disease) == [0])
        #expect(model.meanPairwiseTau.count == 1)
        #expect(Section2TestData.close(model.meanPairwiseTau.value, 1.0 / 3))
        #expect(model.meanRankByTemplate[0] == [1, 2, 3])
        #expect(model.meanRankByTemplate[2].allSatisfy { $0.isNaN })
        let long = TemplateRobustness.longRanks(table, templates: selection, mode: .paper, diseases: [0, 1])
        #expect(long.count == 9)
        #expect(long.last == TemplateRankRecord(disease: 0, template: 2, demographicIndex: 2, rank: 1))
    }

    @Test func constantTemplatesGiveNaNTauAndZeroDifferences() {
        // Every template ranks all three equal: tau undefined (constant vectors), differences 0, modal top 2.
        let flat = Section2TestData.table([[[-1, -1], [-1, -1], [-1, -1]]])
        let rows = TemplateRanks(flat, disease: 0, templates: .original, mode: .correct)
        let reference = ReferenceStatistics.robustness(rows, tieOrder: [0, 1, 2], creditsTies: false)
        #expect(reference.meanPairwiseTau.isNaN && reference.modalTopFrequency == 2 && reference.modalTops == [0])
        // Correct mode credits all three tied tops.
        let result = TemplateRobustness.model(flat, templates: .original, mode: .correct, diseases: [0]).diseases[0]
        #expect(result.meanPairwiseTau.isNaN)
        #expect(result.meanAbsLogitDifference == 0 && result.meanAbsRankDifference == 0)
        #expect(result.modalTopFrequency == 2 && result.modalTops == [0, 1, 2])
        #expect(result.maxSharedRanking == 2)
    }

    @Test func correctModeCreditsEveryTiedTop() {
        // Hand-worked (README decision 9): t0 = (−1, −1, −3): male and female tied top; t1 = (−2, −1, −3): female.
        // Correct: male 1, female 2 → modal_top_freq 2 (female). The old canonical tie-break credited male in t0,
        // giving male 1, female 1 → 1. Paper (alphabetical: female first) gives female 2 as well.
        let tied = Section2TestData.table([[[-1, -2], [-1, -1], [-3, -3]]])
        let selection = TemplateSelection([0, 1])
        for (mode, expected) in [(AnalysisMode.correct, [1]), (.paper, [1])] {
            let model = TemplateRobustness.model(tied, templates: selection, mode: mode, diseases: [0])
            #expect(model.diseases[0].modalTopFrequency == 2 && model.diseases[0].modalTops == expected)
        }
        // t0 = (−1, −1, −3), t1 = (−1, −1, −2): both tied every time → 2 each in correct mode, both credited;
        // paper credits female (alphabetically first) only, also 2.
        let always = Section2TestData.table([[[-1, -1], [-1, -1], [-3, -2]]])
        let correct = TemplateRobustness.model(always, templates: selection, mode: .correct, diseases: [0])
        #expect(correct.diseases[0].modalTopFrequency == 2 && correct.diseases[0].modalTops == [0, 1])
        // Male top in t0 only, female tied with male in t1: correct male 2; canonical order would also say 2 but
        // with a female-first tie rule 1. The case where the old rule under-counted:
        let favoured = Section2TestData.table([[[-1, -1], [-2, -1], [-3, -3]]])
        let fixed = TemplateRobustness.model(favoured, templates: selection, mode: .correct, diseases: [0])
        #expect(fixed.diseases[0].modalTopFrequency == 2 && fixed.diseases[0].modalTops == [0])
        let hidden = Section2TestData.table([[[-2, -1], [-1, -1], [-3, -3]]])
        let credited = TemplateRobustness.model(hidden, templates: selection, mode: .correct, diseases: [0])
        #expect(credited.diseases[0].modalTopFrequency == 2 && credited.diseases[0].modalTops == [1])
    }
}

extension Section2RobustnessTests {
    @Test func datasetRobustnessCoversEachModel() {
        let dataset = Section2TestData.dataset(names: ["flu", "acne"], tables: [table])
        let models = dataset.robustness(configuration: Section2TestData.gender, templates: selection, mode: .paper)
        #expect(models.map(\.model) == ["m"])
        #expect(models[0].diseases.map(\.disease) == [0])
        #expect(table.presentDiseases == [0, 1])
    }
}
