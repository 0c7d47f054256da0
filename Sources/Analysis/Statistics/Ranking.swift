/// Rank and ordering primitives. Ranks are 1-based; "descending" means the largest value gets rank 1.
public enum Ranking {
    /// Competition ("min") rank: `rank_i = 1 + #{j : v_j > v_i}` (descending) or `1 + #{j : v_j < v_i}`
    /// (ascending). Ties share the best rank (1, 2, 2, 4). NaN values get rank 0 and are not counted against others.
    /// O(n²), meant for the study's 2–9 demographics.
    public static func competitionRanks(_ values: [Double], descending: Bool = true) -> [Int] {
        values.map { value in
            guard !value.isNaN else { return 0 }
            var better = 0
            for other in values where !other.isNaN && (descending ? other > value : other < value) { better += 1 }
            return better + 1
        }
    }

    /// Average ("fractional") rank, pandas' default: tied values share the mean of the positions they occupy.
    /// NaN values get NaN. O(n²).
    public static func averageRanks(_ values: [Double], descending: Bool = true) -> [Double] {
        values.map { value in
            guard !value.isNaN else { return .nan }
            var better = 0, equal = 0
            for other in values where !other.isNaN {
                if descending ? other > value : other < value { better += 1 } else if other == value { equal += 1 }
            }
            return Double(better) + Double(equal + 1) / 2
        }
    }

    /// Indices ordered by value, largest first (descending) or smallest first; ties keep the order of `tieOrder`
    /// (lower first), which is the index itself unless given. NaN values are left out.
    /// Correct mode passes canonical demographic order; paper mode passes alphabetical order.
    public static func ordering(_ values: [Double], descending: Bool = true, tieOrder: [Int]? = nil) -> [Int] {
        let tieKey = tieOrder ?? Array(values.indices)
        return values.indices.filter { !values[$0].isNaN }.sorted { left, right in
            let a = values[left], b = values[right]
            if a != b { return descending ? a > b : a < b }
            return tieKey[left] < tieKey[right]
        }
    }

    /// Indices sharing the maximum (or minimum) value, ignoring NaN; empty when all are NaN.
    public static func extremeIndices(_ values: [Double], maximum: Bool) -> [Int] {
        var best = Double.nan
        for value in values where !value.isNaN && (best.isNaN || (maximum ? value > best : value < best)) {
            best = value
        }
        guard !best.isNaN else { return [] }
        return values.indices.filter { values[$0] == best }
    }
}
