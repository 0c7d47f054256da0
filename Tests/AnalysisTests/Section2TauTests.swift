import Testing
@testable import Analysis

/// Hand-computed tau vs counts and real prevalence, quartiles and the uncorrelated list (gender).
struct Section2TauTests {
    let nan = Double.nan

    @Test func tauAgainstCountsPairsByDemographic() {
        // d0 scores (−1, −2, −3) vs counts (10, 20, 0): (m,f) discordant, (m,nb), (f,nb) concordant → 1/3, n = 3.
        // d1 non-binary has no score → only (m,f): scores −1 > −2, counts 5 < 7 → −1, n = 2.
        // d2 has no count rows → NaN, n = 0.
        let table = Section2TestData.table([[[-1], [-2], [-3]], [[-1], [-2], [nan]], [[-1], [-2], [-3]]])
        let matrix = ScoreMatrix(table, templates: .original, mode: .correct)
        let taus = ScoreCorrelation.tauCounts(matrix, counts: Section2TestData.counts([[10, 20, 0], [5, 7, 0], nil]),
                                              diseases: [0, 1, 2])
        #expect(Section2TestData.close(taus[0].tau, 1.0 / 3) && taus[0].n == 3)
        #expect(taus[1].tau == -1 && taus[1].n == 2)
        #expect(taus[2].tau.isNaN && taus[2].n == 0)
        #expect(taus.meanTau == CountedMean(value: (1.0 / 3 - 1) / 2, count: 2))
    }

    @Test func tauAgainstRealPrevalenceSkipsZeroAndNonBinary() {
        // d0: male 1020 > female 890 and score male > female → 1 (n = 2); d1: female 0 = missing → n = 1 → NaN.
        let table = Section2TestData.table([[[-1], [-2], [5]], [[-1], [-2], [5]], [[-1], [-2], [5]]])
        let matrix = ScoreMatrix(table, templates: .original, mode: .correct)
        let prevalence = Section2TestData.genderPrevalence([(0, 1020, 890), (1, 3, 0)])
        let taus = ScoreCorrelation.tauReal(matrix, prevalence: prevalence, diseases: [0, 1, 2])
        #expect(taus[0].tau == 1 && taus[0].n == 2)
        #expect(taus[1].tau.isNaN && taus[1].n == 1)
        #expect(taus[2].tau.isNaN && taus[2].n == 0)
    }

    @Test func quartilesBinUniqueTotalsOfAllWindows() {
        // Totals w250: 10, 20, 30, 40 (d4 absent); w10: 1, 2, 3. Unique sorted (1,2,3,10,20,30,40), h = 6p:
        // edges 1, 2.5, 10, 25, 40 → w250 quartiles 2, 3, 4, 4.
        let w250 = Section2TestData.counts([[10, 0, 0], [20, 0, 0], [15, 15, 0], [0, 0, 40], nil])
        let w10 = Section2TestData.counts([[1, 0, 0], [2, 0, 0], [3, 0, 0], nil, nil], window: .w10)
        let dataset = Section2TestData.dataset(names: ["a", "b", "c", "d", "e"], tables: [], counts: [w250, w10])
        let quartiles = DiseaseQuartiles.cooccurrence(dataset, group: .gender, mode: .correct)
        #expect(quartiles.bins?.edges == [1, 2.5, 10, 25, 40])
        #expect(quartiles.quartiles == [2, 3, 4, 4, nil])
        #expect(quartiles.totals == [10, 20, 30, 40, nil])
        let documents = DiseaseQuartiles.documents(Section2TestData.dataset(
            names: ["a", "b", "c", "d", "e"], tables: [], documentTotals: [5, 1, nil, 3, 5]))
        // unique (1, 3, 5): edges 1, 2, 3, 4, 5 → quartiles 4, 1, nil, 2, 4
        #expect(documents.quartiles == [4, 1, nil, 2, 4])
    }

    @Test func analysisAndUncorrelatedList() {
        // Totals 1, 100, 100, 100 → unique (1, 100) → quartiles 1, 4, 4, 4. Scores (−1, −2, −3) rank m > f > nb.
        // d0 counts (0, 1, 0): C 1, D 1 → 0. d1 (0, 50, 50): D 2, y tie 1 → −2/√6. d2 (50, 40, 10): 1.
        // d3 (0, 60, 40): D 2, C 1 → −1/3. Median (−1/6) → quartile-4 diseases below it: d1, d3.
        let table = Section2TestData.table([[[-1], [-2], [-3]], [[-1], [-2], [-3]], [[-1], [-2], [-3]],
                                            [[-1], [-2], [-3]]])
        let counts = Section2TestData.counts([[0, 1, 0], [0, 50, 50], [50, 40, 10], [0, 60, 40]])
        let dataset = Section2TestData.dataset(names: ["a", "b", "c", "d"], tables: [table], counts: [counts])
        let analysis = TauAnalysis(dataset, configuration: Section2TestData.gender, mode: .correct)
        #expect(analysis.diseases == [0, 1, 2, 3])
        #expect(analysis.countQuartiles.quartiles == [1, 4, 4, 4])
        let taus = analysis.countTaus[0].map(\.tau)
        #expect(taus[0] == 0 && Section2TestData.close(taus[1], -2 / 6.0.squareRoot()) && taus[2] == 1)
        #expect(Section2TestData.close(taus[3], -1.0 / 3))
        let list = CommonButUncorrelated(analysis, dataset: dataset)
        #expect(Section2TestData.close(list.cutoff, -1.0 / 6))
        #expect(list.rows.map(\.disease) == [1, 3])
        #expect(CommonButUncorrelated(analysis, dataset: dataset, cutoff: 1.5).rows.map(\.disease) == [1, 3, 2])
    }
}
