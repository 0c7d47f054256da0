import Testing
@testable import Analysis

/// Hand-computed score and ranking cases (gender: male, female, non-binary in canonical order).
struct ScoresTests {
    let nan = Double.nan

    @Test func meanSkipsNaNAndCountsTemplates() {
        // male: templates 0,1 = 1, 3 (the rest NaN) → 2 over 2 templates; female all NaN → no score;
        // non-binary: 12 templates of 2, only 0–9 selected → 2 over 10.
        let table = Section2TestData.table([[[1, 3], [], [Double](repeating: 2, count: 12)]])
        let matrix = ScoreMatrix(table, templates: .original, mode: .correct)
        #expect(matrix.score(disease: 0, demographicIndex: 0) == 2)
        #expect(matrix.templateCount(disease: 0, demographicIndex: 0) == 2)
        #expect(matrix.score(disease: 0, demographicIndex: 1).isNaN)
        #expect(matrix.templateCount(disease: 0, demographicIndex: 1) == 0)
        #expect(matrix.templateCount(disease: 0, demographicIndex: 2) == 10)
        #expect(matrix.ordering(disease: 0) == [0, 2])  // tie male = non-binary = 2: canonical order
        #expect(matrix.hasScores(disease: 0))
    }

    @Test func additionalTemplatesSelectTenToNineteen() {
        let values = (0..<20).map(Double.init)
        let table = Section2TestData.table([[values, values, values]])
        // mean of 10…19 = 14.5; mean of 0…19 = 9.5
        #expect(ScoreMatrix(table, templates: .additional, mode: .correct).score(disease: 0, demographicIndex: 1) == 14.5)
        #expect(ScoreMatrix(table, templates: .all, mode: .paper).score(disease: 0, demographicIndex: 1) == 9.5)
    }

    @Test func placeholderZerosAreMissingOnlyInCorrectMode() {
        // GPT-3.5 _processed: male [0, 4] → correct 4 (1 template), paper (0 + 4)/2 = 2 (2 templates).
        let table = Section2TestData.table(source: .gptProcessed, [[[0, 4], [0, 0], [1]]])
        let correct = ScoreMatrix(table, templates: .original, mode: .correct)
        let paper = ScoreMatrix(table, templates: .original, mode: .paper)
        #expect(correct.score(disease: 0, demographicIndex: 0) == 4)
        #expect(correct.templateCount(disease: 0, demographicIndex: 0) == 1)
        #expect(correct.score(disease: 0, demographicIndex: 1).isNaN)
        #expect(paper.score(disease: 0, demographicIndex: 0) == 2)
        #expect(paper.score(disease: 0, demographicIndex: 1) == 0)
        // A Hugging Face zero is a value in both modes.
        let hf = Section2TestData.table([[[0], [-1], [-2]]])
        #expect(ScoreMatrix(hf, templates: .original, mode: .correct).score(disease: 0, demographicIndex: 0) == 0)
    }

    @Test func tieRulesPerMode() {
        // male = female = 5 > non-binary = 1. Correct: canonical (male first); paper: alphabetical (female first).
        let table = Section2TestData.table([[[5], [5], [1]], []])
        let correct = ScoreMatrix(table, templates: .original, mode: .correct)
        let paper = ScoreMatrix(table, templates: .original, mode: .paper)
        #expect(correct.ordering(disease: 0) == [0, 1, 2])
        #expect(paper.ordering(disease: 0) == [1, 0, 2])
        #expect(correct.tableRanks(disease: 0) == [1.5, 1.5, 3])
        #expect(paper.tableRanks(disease: 0) == [2, 1, 3])
        #expect(correct.topIndices(disease: 0) == [0, 1])
        #expect(correct.bottomIndices(disease: 0) == [2])
        // A disease absent from the file has no score and no ranking.
        #expect(!correct.hasScores(disease: 1))
        #expect(correct.ordering(disease: 1).isEmpty)
        #expect(correct.tableRanks(disease: 1).allSatisfy { $0.isNaN })
    }

    @Test func alphabeticalTieOrderOfRace() {
        // asian, black, hispanic, indigenous, pacific islander, white
        #expect(DemographicGroup.race.tieOrder(mode: .paper) == [5, 1, 0, 2, 3, 4])
        #expect(DemographicGroup.race.alphabeticalIndices == [2, 1, 3, 4, 5, 0])
        #expect(DemographicGroup.gender.tieOrder(mode: .correct) == [0, 1, 2])
    }

    @Test func datasetScoresEveryModelOfAConfiguration() {
        let a = Section2TestData.table(model: "a", [[[1], [2], [3]]])
        let b = Section2TestData.table(model: "b", [[[3], [2], [1]]])
        let dataset = Section2TestData.dataset(names: ["flu"], tables: [a, b])
        let matrices = dataset.scoreMatrices(configuration: Section2TestData.gender, templates: .original,
                                             mode: .correct)
        #expect(matrices.map(\.model) == ["a", "b"])
        #expect(matrices[1].ordering(disease: 0) == [0, 1, 2])
        #expect(dataset.logitConfigurations == [Section2TestData.gender])
    }
}
