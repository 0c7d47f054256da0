import Testing
@testable import Analysis

/// String ranks as scipy's `kendalltau` builds them from lists of strings.
struct StatisticsStringRankTests {
    @Test func denseRanksInCodePointOrder() {
        // " als" (space) < "Zed" (uppercase) < "alpha" < "crohn’s" (U+2019 after ASCII) ; equal strings share.
        #expect(Ranking.denseRanks(ofStrings: ["alpha", "Zed", " als", "alpha", "crohn’s"]) == [3, 2, 1, 3, 4])
        #expect(Ranking.denseRanks(ofStrings: []) == [])
    }

    @Test func nameListTauMatchesScipy() {
        // scipy 1.17.1: kendalltau(['mi','zika','flu','asthma'], ['mi','asthma','flu','zika']) = -0.6666666666666669
        #expect(abs(KendallTau.tauB(strings: ["mi", "zika", "flu", "asthma"], ["mi", "asthma", "flu", "zika"])
                    - (-0.6666666666666669)) < 1e-12)
        // scipy: kendalltau(["b","a","a","c"], ["x","y","x","z"]) = 0.39999999999999997 (ties in both)
        #expect(abs(KendallTau.tauB(strings: ["b", "a", "a", "c"], ["x", "y", "x", "z"]) - 0.39999999999999997) < 1e-12)
    }
}
