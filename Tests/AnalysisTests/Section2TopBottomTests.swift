import Testing
@testable import Analysis

/// Hand-computed top/bottom counts (gender: male, female, non-binary).
struct Section2TopBottomTests {
    let nan = Double.nan
    /// d0: male = female = −5 > non-binary = −9 in every template; d1: male all NaN, female −2 > non-binary −3;
    /// d2: all NaN.
    var table: LogitTable {
        let twenty = { (value: Double) in [Double](repeating: value, count: 20) }
        return Section2TestData.table([[twenty(-5), twenty(-5), twenty(-9)],
                                       [[], twenty(-2), twenty(-3)],
                                       [[], [], []]])
    }

    @Test func correctCountsEveryTie() {
        // d0: top male, female; bottom non-binary. d1: top female, bottom non-binary. d2: not ranked.
        let counts = TopBottom.acrossTemplates(table, templates: .all, mode: .correct, diseases: [0, 1, 2])
        #expect(counts.top == [1, 2, 0])
        #expect(counts.bottom == [0, 0, 2])
        #expect(counts.diseaseCount == 2)
    }

    @Test func paperAcrossTemplatesFillsZeroAndDropsTopTies() {
        // d0: tie at the top → average rank 1.5 → nobody; d1: male mean NaN → 0, the maximum → male;
        // d2: all 0 → tie → nobody. Bottom is printed as a copy of top.
        let counts = TopBottom.acrossTemplates(table, templates: .all, mode: .paper, diseases: [0, 1, 2])
        #expect(counts.top == [1, 0, 0])
        #expect(counts.bottom == counts.top)
        #expect(counts.diseaseCount == 3)
    }

    @Test func paperMeanPropagatesASingleNaN() {
        // female has one NaN template: Σx/len(x) is NaN → 0 > −5 → female top in paper; correct skips it.
        var female = [Double](repeating: -1, count: 20)
        female[3] = .nan
        let table = Section2TestData.table([[[Double](repeating: -5, count: 20), female,
                                             [Double](repeating: -0.5, count: 20)]])
        #expect(TopBottom.acrossTemplates(table, templates: .all, mode: .paper, diseases: [0]).top == [0, 1, 0])
        #expect(TopBottom.acrossTemplates(table, templates: .all, mode: .correct, diseases: [0]).top == [0, 0, 1])
    }

    @Test func perTemplateCorrectAndPaper() {
        let correct = TopBottom.perTemplate(table, mode: .correct, diseases: [0, 1, 2])
        #expect(correct.count == 20)
        #expect(correct[0].top == [1, 2, 0])
        #expect(correct[0].bottom == [0, 0, 2])
        // Paper: ascending min rank = 1 → the lowest logit (non-binary in d0 and d1); bottom copies top.
        let paper = TopBottom.perTemplate(table, mode: .paper, diseases: [0, 1, 2])
        #expect(paper[7].top == [0, 0, 2])
        #expect(paper[7].bottom == [0, 0, 2])
        #expect(paper[7].diseaseCount == 2)
    }

    @Test func scoreMatrixCountsFollowSelection() {
        let matrix = ScoreMatrix(table, templates: .original, mode: .correct)
        let counts = TopBottom.counts(matrix, diseases: [1])
        #expect(counts.top == [0, 1, 0] && counts.bottom == [0, 0, 1] && counts.diseaseCount == 1)
    }
}

/// The across-models table and the default model sets.
struct Section2DefaultsTests {
    @Test func acrossModelsRowsAndPileModels() {
        let a = Section2TestData.table(model: "a", [[[-1], [-2], [-3]]])
        let b = Section2TestData.table(model: "b", [[[-3], [-2], [-2]]])
        let dataset = Section2TestData.dataset(names: ["flu"], tables: [a, b])
        let rows = dataset.topBottom(configuration: Section2TestData.gender, templates: .original, mode: .correct)
        #expect(rows.map(\.model) == ["a", "b"])
        #expect(rows[0].counts.top == [1, 0, 0] && rows[0].counts.bottom == [0, 0, 1])
        // b: female = non-binary at the top, male at the bottom.
        #expect(rows[1].counts.top == [0, 1, 1] && rows[1].counts.bottom == [1, 0, 0])
        #expect(Section2Defaults.pileModels(dataset, configuration: Section2TestData.gender) == ["a", "b"])
    }
}
