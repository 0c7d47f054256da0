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
        var result: [Int] = []
        result.reserveCapacity(values.count)
        // Insertion sort by hand: the study sorts 2–9 values, millions of times over the tables, where the
        // standard sort's closure and buffers cost more than the comparisons. Stable, like `sorted(by:)`, with the
        // same strict order, so the same result (checked against `sortedOrdering` on seeded random values).
        for index in values.indices where !values[index].isNaN {
            var position = result.count
            result.append(index)
            while position > 0,
                  precedes(index, result[position - 1], values: values, descending: descending, tieOrder: tieOrder) {
                result[position] = result[position - 1]
                position -= 1
            }
            result[position] = index
        }
        return result
    }

    /// `ordering` through the standard library's (stable) sort: the reference the hand-written one is tested on.
    static func sortedOrdering(_ values: [Double], descending: Bool = true, tieOrder: [Int]? = nil) -> [Int] {
        values.indices.filter { !values[$0].isNaN }.sorted {
            precedes($0, $1, values: values, descending: descending, tieOrder: tieOrder)
        }
    }

    /// Whether index `left` comes before `right`: larger (descending) or smaller value first, then lower tie key.
    @inline(__always)
    private static func precedes(_ left: Int, _ right: Int, values: [Double], descending: Bool,
                                 tieOrder: [Int]?) -> Bool {
        let a = values[left], b = values[right]
        if a != b { return descending ? a > b : a < b }
        return tieOrder.map { $0[left] < $0[right] } ?? (left < right)
    }

    /// Indices sharing the maximum (or minimum) value, ignoring NaN; empty when all are NaN.
    /// Positions are counted from the start of `values` (a slice of a larger array included).
    public static func extremeIndices(_ values: some Collection<Double>, maximum: Bool) -> [Int] {
        var best = Double.nan
        for value in values where !value.isNaN && (best.isNaN || (maximum ? value > best : value < best)) {
            best = value
        }
        guard !best.isNaN else { return [] }
        return values.enumerated().compactMap { $0.element == best ? $0.offset : nil }
    }
}
