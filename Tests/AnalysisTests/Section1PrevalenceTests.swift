import Testing
@testable import Analysis

/// Section 1b on `Section1Fixture`, values worked out by hand (taus with scipy 1.17.1 `kendalltau`).
struct Section1PrevalenceTests {
    let dataset = Section1Fixture.dataset()

    func row(_ comparison: PrevalenceComparison, _ disease: DiseaseID, _ demographic: Demographic) throws
        -> PrevalenceComparisonRow {
        try #require(comparison.rows.first { $0.disease == disease && $0.demographic == demographic })
    }

    @Test func genderSharesErrorsAndRatio() throws {
        let comparison = PrevalenceComparison(dataset, mode: .correct)
        // 2 matched diseases × (2 gender + 5 race); the unmatched row is skipped.
        #expect(comparison.rows.count == 14)
        // flu: real 40/60 → 40 %, 60 %; Pile 10/30 → 25 %, 75 %.
        let fluMale = try row(comparison, Section1Fixture.flu, .male)
        #expect(fluMale.realSharePct == 40 && fluMale.pileSharePct == 25)
        #expect(fluMale.shareErrorPP == -15 && fluMale.representationRatio == 0.625)
        #expect(fluMale.realRank == 2 && fluMale.pileRank == 2)
        // mi: real 1/3 → 25 %; Pile 50/20 → 71.43 %; error 46.43 pp, ratio 2.857.
        let miMale = try row(comparison, Section1Fixture.mi, .male)
        #expect(abs(miMale.shareErrorPP - 46.42857142857143) < 1e-9)
        #expect(abs(miMale.representationRatio - 2.857142857142857) < 1e-9)
        #expect(miMale.rankDifference == -1)
    }

    @Test func correctModeLeavesMissingRealValuesOut() throws {
        let comparison = PrevalenceComparison(dataset, mode: .correct)
        // flu race: hispanic `Na`, indigenous `0` → compared white 100, black 300, asian 100 vs Pile 60, 20, 10.
        let white = try row(comparison, Section1Fixture.flu, .white)
        #expect(white.realSharePct == 20)
        #expect(abs(white.shareErrorPP - 46.666666666666664) < 1e-9)   // 100·60/90 − 20
        #expect(white.realRank == 2 && white.pileRank == 1)
        let hispanic = try row(comparison, Section1Fixture.flu, .hispanic)
        #expect(hispanic.realPrevalence == nil && hispanic.realRank == nil && hispanic.realSharePct.isNaN)
        let order = try #require(comparison.orders.first { $0.disease == Section1Fixture.flu && $0.group == .race })
        #expect(order.realOrder == [.black, .white, .asian])
        #expect(order.tau == 0)                                        // scipy kendalltau([100,300,100],[60,20,10])
        #expect(order.meanAbsErrorPP.count == 3)
    }

    @Test func paperModeCountsMissingAsZero() throws {
        let comparison = PrevalenceComparison(dataset, mode: .paper)
        // real 100, 300, 100, 0, 0 → 20, 60, 20, 0, 0 %; Pile 60, 20, 10, 10, 0 → 60, 20, 10, 10, 0 %.
        let white = try row(comparison, Section1Fixture.flu, .white)
        #expect(white.shareErrorPP == 40)
        let hispanic = try row(comparison, Section1Fixture.flu, .hispanic)
        #expect(hispanic.realPrevalence == 0 && hispanic.shareErrorPP == 10 && hispanic.representationRatio.isNaN)
        #expect(hispanic.realRank == 4 && hispanic.pileRank == 3)
        let order = try #require(comparison.orders.first { $0.disease == Section1Fixture.flu && $0.group == .race })
        #expect(abs(order.tau - 0.5892556509887895) < 1e-12)          // scipy
        let mi = try #require(comparison.orders.first { $0.disease == Section1Fixture.mi && $0.group == .race })
        #expect(mi.tau.isNaN)                                          // constant real values
    }

    @Test func marginsByDemographic() throws {
        let margins = PrevalenceComparison(dataset, mode: .correct).margins
        #expect(margins.map(\.demographic) == [.male, .female, .white, .black, .asian, .hispanic, .indigenous])
        // male errors: flu −15, mi 46.428571… → signed mean 15.714…, absolute mean 30.714…; ranks match for flu.
        #expect(abs(margins[0].meanSignedErrorPP.value - 15.714285714285715) < 1e-9)
        #expect(abs(margins[0].meanAbsErrorPP.value - 30.714285714285715) < 1e-9)
        #expect(margins[0].exactRankMatches == 1)
        // hispanic: flu missing in correct mode, so only mi counts.
        #expect(margins[5].meanSignedErrorPP.count == 1)
    }

    @Test func totalPrevalenceComparison() {
        let correct = TotalPrevalenceComparison(dataset, mode: .correct)
        // totals mi 600 (200 + "1,00" + 300), zika 500, flu 150 (male `Na` → 0), asthma 50.
        #expect(correct.rows.map(\.disease) == [1, 3, 0, 2])
        #expect(correct.rows.map(\.total) == [600, 500, 150, 50])
        #expect(correct.rows.map(\.realRank) == [1, 2, 3, 4])
        #expect(correct.rows.map(\.pileRank20) == [1, 4, 3, 2])        // entity counts 5000, 200, 1000, 3000
        #expect(correct.rows.map(\.pilePosition) == [0, nil, 2, 1])    // zika has no window-250 counts
        // scipy: kendalltau([600,500,150,50],[5000,200,1000,3000]) = 0.0;
        // kendalltau(['mi','zika','flu','asthma'], ['mi','asthma','flu','zika']) = -0.6666666666666669.
        #expect(abs(correct.tau) < 1e-12)
        #expect(abs(correct.nameListTau - (-2.0 / 3)) < 1e-12)
        #expect(abs(TotalPrevalenceComparison(dataset, mode: .paper).tau - (-2.0 / 3)) < 1e-12)
    }
}
