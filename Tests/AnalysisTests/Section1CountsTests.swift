import Testing
@testable import Analysis

/// Section 1a on `Section1Fixture`; every expected value is worked out by hand from the fixture's counts
/// (taus checked with scipy 1.17.1 `kendalltau`).
struct Section1CountsTests {
    let dataset = Section1Fixture.dataset()

    @Test func completedCountsCoverPresentDiseasesOnly() {
        let rows = CompletedCounts.rows(dataset)
        // gender: 3 diseases × 3 × 4 windows = 36; race: 3 × 6 × 3 windows + 2 × 6 at window 10 = 66.
        #expect(rows.count == 102)
        #expect(!rows.contains { $0.disease == Section1Fixture.zika })
        #expect(!rows.contains { $0.disease == Section1Fixture.mi && $0.window == .w10 && $0.group == .race })
        // First rows: window 10, gender, asthma (name order), canonical demographics.
        #expect(rows.prefix(3).map(\.demographic) == [.male, .female, .nonBinary])
        #expect(rows[0].window == .w10 && rows[0].disease == Section1Fixture.asthma)
    }

    @Test func sharesRanksAndCensusOfOneDisease() throws {
        let rows = CompletedCounts.rows(dataset, windows: [.w250], groups: [.gender])
        let flu = rows.filter { $0.disease == Section1Fixture.flu }   // counts 10, 30, 0 of 40
        #expect(flu.map(\.count) == [10, 30, 0])
        #expect(flu.map(\.sharePct) == [25, 75, 0])
        #expect(flu.map(\.rank) == [2, 1, 3])
        // (25 − 48.9) / 48.9 · 100
        #expect(abs(flu[0].relativeCensusRepresentation - (-48.875255623721884)) < 1e-9)
        let asthma = rows.filter { $0.disease == Section1Fixture.asthma }   // 7, 7, 1: ties share the best rank
        #expect(asthma.map(\.rank) == [1, 1, 3])
    }

    @Test func windowVariationGenderCorrectMode() throws {
        let variation = try #require(WindowVariation(dataset, group: .gender, mode: .correct))
        // Weak orders (decision 9): asthma w10 M > F = N, w50 M = F > N, w100 F M N, w250 M = F > N; mi w10
        // M > F = N, then M F N; flu F M N everywhere. Identical in all windows: flu only; same tied top: flu, mi.
        #expect(variation.diseaseCount == 3)
        #expect(variation.identicalAllWindows == 1)
        #expect(variation.sameTopAllWindows == 2)
        #expect(WindowPair.reported.map(variation.identicalCount) == [1, 3, 2, 2])
        let mi = try #require(variation.rows.first { $0.disease == Section1Fixture.mi })
        // τ-b([20,1,1], [50,20,5]) = 2/√6; scipy 0.816496580927726.
        #expect(abs(mi.tauVsAnalysisWindow[0] - 0.816496580927726) < 1e-12)
        // mean of 1 (flu), 2/√6 (mi), 0.5 (asthma, τ-b([1,0,0],[7,7,1])).
        let mean = variation.meanTauVsAnalysisWindow(.w10)
        #expect(mean.count == 3 && abs(mean.value - (1 + 0.816496580927726 + 0.5) / 3) < 1e-12)
    }

    @Test func windowVariationPaperModeBreaksTiesAlphabetically() throws {
        let variation = try #require(WindowVariation(dataset, group: .gender, mode: .paper))
        // asthma: w10 M F N, w50 F M N, w100 F M N, w250 F M N (female < male alphabetically).
        #expect(variation.identicalAllWindows == 2)
        #expect(WindowPair.reported.map(variation.identicalCount) == [2, 3, 3, 3])
        let asthma = try #require(variation.rows.first { $0.disease == Section1Fixture.asthma })
        #expect(asthma.ranking(in: .w250) == [.female, .male, .nonBinary])
    }

    @Test func windowVariationRaceSkipsDiseasesAbsentFromAWindow() throws {
        let variation = try #require(WindowVariation(dataset, group: .race, mode: .correct))
        // mi has no race rows at window 10; asthma w10 W B A H I P vs w250 W B H A I P.
        #expect(variation.rows.map(\.disease) == [Section1Fixture.asthma, Section1Fixture.flu])
        #expect(variation.identicalAllWindows == 1)
        #expect(variation.sameTopAllWindows == 2)
        // scipy: kendalltau([3,3,1,1,0,0], [30,30,5,8,2,1]) = 0.9258200997725515
        #expect(abs(variation.rows[0].tauVsAnalysisWindow[0] - 0.9258200997725515) < 1e-12)
    }

    @Test func coverage() {
        let coverage = WindowCoverage.all(dataset)
        #expect(coverage.count == 8)
        #expect(coverage.first { $0.group == .race && $0.window == .w10 }?.diseaseCount == 2)
        // gender w250 non-zero cells: flu 2, mi 3, asthma 3.
        #expect(coverage.first { $0.group == .gender && $0.window == .w250 }?.rawRowCount == 8)
    }

    @Test func diseaseTotalsQuartilesAndOrder() throws {
        let totals = DiseaseTotals(dataset, mode: .correct)
        // unique totals 200, 1000, 3000, 5000: numpy quantiles 200, 800, 2000, 3500, 5000.
        #expect(totals.quartiles?.edges == [200, 800, 2000, 3500, 5000])
        #expect(totals.rows.map(\.disease) == [2, 0, 1, 3])           // asthma, flu, mi, zika
        #expect(totals.rows.map(\.quartile) == [3, 2, 4, 1])
        #expect(totals.rows.map(\.pileRank) == [2, 3, 1, 4])
        // Paper mode sorts by the untrimmed first synonym: " mi " first.
        #expect(DiseaseTotals(dataset, mode: .paper).rows.map(\.disease) == [1, 2, 0, 3])
    }

    @Test func cooccurrenceMatrixCorrectAndTop() {
        let matrix = CooccurrenceMatrix(dataset, mode: .correct)
        #expect(matrix.columns.count == 9)
        #expect(matrix.rows.map(\.disease) == [1, 2, 0])               // by total: mi, asthma, flu; zika absent
        #expect(matrix.rows[0].counts == [50, 20, 5, 5, 10, 0, 0, 0, 0])
        #expect(matrix.rows.map(\.pileRank) == [1, 2, 3])
        #expect(matrix.top(2).rows.map(\.disease) == [1, 2])
        #expect(matrix.top(25).rows.count == 3)
    }

    @Test func cooccurrenceMatrixPaperMode() {
        let matrix = CooccurrenceMatrix(dataset, mode: .paper)
        #expect(matrix.columns == [.asian, .black, .female, .hispanic, .indigenous, .male, .white])
        // demo20 diseases with counts, by name: asthma, flu, mi (zika has no counts).
        #expect(matrix.rows.map(\.disease) == [2, 0, 1])
        #expect(matrix.rows[0].counts == [5, 30, 7, 8, 2, 7, 30])
        #expect(matrix.rows[0].pileRank == 2)
    }

    @Test func withinDiseaseRanks() throws {
        let correct = WithinDiseaseRank.all(dataset, mode: .correct)
        #expect(correct.map(\.disease) == [2, 0, 1])
        let mi = try #require(correct.last)                            // race 5, 10, 0, 0, 0, 0
        #expect(Demographic.allCases.map(mi.rank) == [1, 2, 3, 2, 1, 3, 3, 3, 3])
        #expect(DemographicOrdering.text(mi.raceRanking) == "black|white|asian|hispanic|indigenous|pacific islander")
        #expect(DemographicOrdering.text(correct[0].raceRanking)
                == "white|black|hispanic|asian|indigenous|pacific islander")
        let paper = WithinDiseaseRank.all(dataset, mode: .paper)
        #expect(DemographicOrdering.text(paper[0].raceRanking) == "black|white|hispanic|asian|indigenous|pacific islander")
        #expect(paper[0].ranks == correct[0].ranks)
    }

    @Test func genderSharesAndPositionCounters() throws {
        let shares = GenderShare.all(dataset, mode: .correct)
        let mi = try #require(shares.first { $0.disease == Section1Fixture.mi })  // 50, 20, 5 of 75
        #expect(mi.sharePct == [66.67, 26.67, 6.67])
        #expect(mi.totalEntityCount == 5000)
        // rankings at 250: asthma M = F > N (7, 7, 1: both credited first and second-last), flu F M N, mi M F N.
        let correct = PositionCount.all(dataset, group: .gender, mode: .correct)
        #expect(correct.map(\.first) == [2, 2, 0])
        #expect(correct.map(\.secondLast) == [2, 2, 0])
        #expect(correct.map(\.last) == [0, 0, 3])
        // paper: asthma F M N.
        let paper = PositionCount.all(dataset, group: .gender, mode: .paper)
        #expect(paper.map(\.first) == [1, 2, 0])
        #expect(paper.map(\.secondLast) == [2, 1, 0])
    }
}
