extension Ranking {
    /// Dense ranks of strings in code-point order (1 = alphabetically first; equal strings share a rank, the next
    /// distinct string gets the next integer). This is what `scipy.stats.kendalltau` does to a list of strings
    /// before computing tau-b: it argsorts the (numpy unicode, code-point ordered) values and converts them to dense
    /// ranks. O(n log n).
    public static func denseRanks(ofStrings values: [String]) -> [Double] {
        let distinct = Array(Set(values)).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        let rank = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, Double($0 + 1)) })
        return values.map { rank[$0] ?? .nan }
    }
}

extension KendallTau {
    /// `scipy.stats.kendalltau(x, y)` for two lists of strings: τ-b of their code-point dense ranks,
    /// `τ_b(denseRank(x), denseRank(y))`. Meaningful only as a reproduction of the study's name-list tau (1b-D).
    public static func tauB(strings x: [String], _ y: [String]) -> Double {
        tauB(Ranking.denseRanks(ofStrings: x), Ranking.denseRanks(ofStrings: y))
    }
}
