import Testing
@testable import Analysis
import TestSupport

/// Rank, ordering, quartile and mean primitives against pandas 3.1.1 / numpy (computed on this machine).
struct StatisticsRankingTests {
    @Test func competitionAndAverageRanksMatchPandas() {
        // pd.Series([3,1,3,2]).rank(method='min', ascending=False) = [1, 4, 1, 3]; 'average' = [1.5, 4, 1.5, 3].
        #expect(Ranking.competitionRanks([3, 1, 3, 2]) == [1, 4, 1, 3])
        #expect(Ranking.averageRanks([3, 1, 3, 2]) == [1.5, 4, 1.5, 3])
        #expect(Ranking.competitionRanks([3, 1, 3, 2], descending: false) == [3, 1, 3, 2])
        #expect(Ranking.competitionRanks([2, .nan, 1]) == [1, 0, 2])
        #expect(Ranking.competitionRanks([]) == [])
    }

    /// The hand-written insertion sort of `ordering` against the standard sort (`ReferenceStatistics.ordering`), on
    /// seeded random vectors of 0–9 values drawn from a few levels (many ties) with NaN, both directions, with and
    /// without a tie order.
    @Test func orderingAgreesWithTheStandardSort() {
        var random = TestRandom(seed: 2_024)
        for _ in 0..<20_000 {
            let count = random.below(10)
            let values = random.values(count: count)
            let tieOrder: [Int]? = random.below(2) == 0 ? nil : Array(0..<count).shuffled(using: &random)
            let descending = random.below(2) == 0
            #expect(Ranking.ordering(values, descending: descending, tieOrder: tieOrder)
                    == ReferenceStatistics.ordering(values, descending: descending, tieOrder: tieOrder))
        }
    }

    /// Average ranks (array and buffer entry points) against ranking by sorting, bit for bit, with ties and NaN.
    @Test func averageRanksAgreeWithRankingBySorting() {
        var random = TestRandom(seed: 2_025)
        for _ in 0..<10_000 {
            let values = random.values(count: random.below(12), levels: 1 + random.below(5))
            let descending = random.below(2) == 0
            let reference = ReferenceStatistics.averageRanks(values, descending: descending)
            let ranks = Ranking.averageRanks(values, descending: descending)
            #expect(ranks.map(\.bitPattern) == reference.map(\.bitPattern), "\(values)")
        }
        #expect(Ranking.averageRanks([2, .nan, 2, 1], descending: false).map(\.bitPattern)
                == [2.5, .nan, 2.5, 1].map(\.bitPattern))
    }

    /// Weak orders: equal exactly when every pair compares the same way and the same positions are missing; their
    /// tied pairs are the tie groups' Σ t(t−1)/2. Pairs of vectors drawn so that many share their weak order.
    @Test func weakOrdersAgreeWithPairwiseComparison() {
        var random = TestRandom(seed: 2_026)
        var equalSeen = 0
        for _ in 0..<20_000 {
            let count = random.below(WeakOrder.capacity + 1)
            let a = random.values(count: count, levels: 1 + random.below(3), nanEvery: 8)
            // b: a monotone image of a (same weak order) or, half the time, with one position redrawn.
            var b = a.map { $0 * 3 + 1 }
            if random.below(2) == 0, count > 0 { b[random.below(count)] = random.values(count: 1, levels: 3)[0] }
            let same = ReferenceStatistics.sameWeakOrder(a, b)
            equalSeen += same ? 1 : 0
            #expect((WeakOrder(a) == WeakOrder(b)) == same, "\(a) \(b)")
            #expect(Double(WeakOrder(a).tiedPairs) == ReferenceStatistics.tiedPairs(a))
            // Without NaN: equal weak orders exactly when the average-rank vectors are (WindowVariation's rule).
            if !a.contains(where: \.isNaN) && !b.contains(where: \.isNaN) {
                #expect((WeakOrder(a) == WeakOrder(b)) == (Ranking.averageRanks(a) == Ranking.averageRanks(b)))
            }
        }
        #expect(equalSeen > 5_000 && equalSeen < 20_000)
    }

    @Test func orderingsKeepTheTieRule() {
        #expect(Ranking.ordering([1, 5, 5, 0]) == [1, 2, 0, 3])
        #expect(Ranking.ordering([1, 5, 5, 0], tieOrder: [0, 2, 1, 3]) == [2, 1, 0, 3])
        #expect(Ranking.ordering([1, .nan, 3], descending: false) == [0, 2])
        #expect(Ranking.extremeIndices([4, 9, 9, .nan], maximum: true) == [1, 2])
        #expect(Ranking.extremeIndices([.nan], maximum: false) == [])
    }

    @Test func demographicOrderingModes() {
        let race = DemographicGroup.race.demographics
        let counts = [30, 30, 5, 8, 2, 2]
        // Correct: canonical ties (white before black, indigenous before pacific islander).
        #expect(DemographicOrdering.text(DemographicOrdering.ordered(counts: counts, of: race, mode: .correct))
                == "white|black|hispanic|asian|indigenous|pacific islander")
        // Paper: alphabetical ties (black before white).
        #expect(DemographicOrdering.text(DemographicOrdering.ordered(counts: counts, of: race, mode: .paper))
                == "black|white|hispanic|asian|indigenous|pacific islander")
    }

    @Test func uniqueValueQuartilesMatchQcut() throws {
        // unique [1,3,5,7,9,20]: np.quantile → [1, 3.5, 6, 8.5, 20]; pd.qcut labels 1:1 3:1 5:2 7:3 9:4 20:4.
        let quartiles = try #require(UniqueValueQuartiles(values: [5, 1, 1, 3, 9, 9, 9, 20, 7]))
        #expect(quartiles.edges == [1, 3.5, 6, 8.5, 20])
        #expect([1, 3, 5, 7, 9, 20].map { quartiles.quartile(of: $0) } == [1, 1, 2, 3, 4, 4])
        #expect(quartiles.quartile(of: 0.5) == nil && quartiles.quartile(of: .nan) == nil)
        #expect(UniqueValueQuartiles(values: [.nan]) == nil)
    }

    @Test func meansSayHowManyValuesTheyAveraged() {
        let mean = CountedMean(of: [1, .nan, 2, 6])
        #expect(mean.value == 3 && mean.count == 3)
        #expect(CountedMean(of: []).value.isNaN && CountedMean(of: []).count == 0)
        #expect(median([3, .nan, 1, 2, 10]) == 2.5)
        #expect(median([]).isNaN)
    }
}
