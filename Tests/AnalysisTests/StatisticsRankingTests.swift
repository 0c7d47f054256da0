import Testing
@testable import Analysis

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

    /// The hand-written insertion sort of `ordering` against the standard sort, on seeded random vectors of 0–9
    /// values drawn from a few levels (many ties) with NaN, both directions, with and without a tie order.
    @Test func orderingAgreesWithTheStandardSort() {
        var generator = SeededGenerator(seed: 2_024)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &generator) }
        for _ in 0..<20_000 {
            let count = next(10)
            let values = (0..<count).map { _ in next(5) == 0 ? Double.nan : Double(next(4)) - 1.5 }
            let tieOrder: [Int]? = next(2) == 0 ? nil : Array(0..<count).shuffled(using: &generator)
            let descending = next(2) == 0
            #expect(Ranking.ordering(values, descending: descending, tieOrder: tieOrder)
                    == Ranking.sortedOrdering(values, descending: descending, tieOrder: tieOrder))
        }
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
