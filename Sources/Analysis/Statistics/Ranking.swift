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

    /// Average ("fractional") rank, pandas' default: tied values share the mean of the positions they occupy,
    /// `rank_i = #{j : v_j better than v_i} + (#{j : v_j = v_i} + 1) / 2` (the count of equal values includes i).
    /// NaN values get NaN and are not counted against others. O(n²), meant for the study's 2–9 values.
    public static func averageRanks(_ values: [Double], descending: Bool = true) -> [Double] {
        var ranks = [Double](repeating: .nan, count: values.count)
        values.withUnsafeBufferPointer { values in
            ranks.withUnsafeMutableBufferPointer { averageRanks(values, descending: descending, into: $0) }
        }
        return ranks
    }

    /// `averageRanks` into a caller's buffer (`ranks.count == values.count`), for flat storage. The comparisons are
    /// counted without branches (ranking 10 templates × 6 demographics would mispredict one at every other
    /// comparison); a NaN is neither better than nor equal to anything, so it needs no test.
    @inline(__always)
    public static func averageRanks(_ values: UnsafeBufferPointer<Double>, descending: Bool = true,
                                    into ranks: UnsafeMutableBufferPointer<Double>) {
        precondition(ranks.count == values.count, "one rank per value")
        let n = values.count
        for index in 0..<n {
            let value = values[index]
            var better = 0, equal = 0
            for other in 0..<n {
                let x = values[other]
                better &+= (descending ? x > value : x < value) ? 1 : 0
                equal &+= x == value ? 1 : 0
            }
            ranks[index] = value.isNaN ? .nan : Double(better) + Double(equal + 1) / 2
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
        // same strict order, so the same result (checked against `ReferenceStatistics.ordering`, the standard sort, on
        // seeded random values).
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
