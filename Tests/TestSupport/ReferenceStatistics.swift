import Analysis

/// The slow, readable definitions the production kernels in Sources/Analysis/Statistics are checked against on
/// seeded random inputs (`TestRandom`). Written from the textbook formulas, sharing no code with the kernels.
public enum ReferenceStatistics {
    /// Textbook Kendall τ-b over explicit tie groups: pairs with a NaN dropped, `S = Σ_{i<j} sign(x_j − x_i) ·
    /// sign(y_j − y_i)`, `τ_b = S / √((n₀ − Σ t(t−1)/2 over x's ties)(n₀ − Σ over y's ties))`; NaN for fewer than two
    /// pairs or a constant side.
    public static func tauB(_ x: [Double], _ y: [Double]) -> Double {
        let pairs = zip(x, y).filter { !$0.0.isNaN && !$0.1.isNaN }
        let n = pairs.count
        guard n >= 2 else { return .nan }
        var s = 0
        for i in 0..<n {
            for j in (i + 1)..<n {
                s += sign(pairs[j].0 - pairs[i].0) * sign(pairs[j].1 - pairs[i].1)
            }
        }
        let n0 = Double(n * (n - 1) / 2)
        let denominator = ((n0 - tiedPairs(pairs.map(\.0))) * (n0 - tiedPairs(pairs.map(\.1)))).squareRoot()
        return denominator == 0 ? .nan : Double(s) / denominator
    }

    /// Σ t(t−1)/2 over the groups of equal values (NaN left out).
    public static func tiedPairs(_ values: [Double]) -> Double {
        Dictionary(grouping: values.filter { !$0.isNaN }, by: { $0 }).values
            .reduce(0) { $0 + Double($1.count * ($1.count - 1) / 2) }
    }

    static func sign(_ value: Double) -> Int { value > 0 ? 1 : value < 0 ? -1 : 0 }

    /// Average ranks by sorting: the values in order (largest first when `descending`), each run of equal values
    /// given the mean of the 1-based positions it occupies; NaN for NaN.
    public static func averageRanks(_ values: [Double], descending: Bool = true) -> [Double] {
        let order = values.indices.filter { !values[$0].isNaN }
            .sorted { descending ? values[$0] > values[$1] : values[$0] < values[$1] }
        var ranks = [Double](repeating: .nan, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            for position in start...end { ranks[order[position]] = Double(start + end + 2) / 2 }
            start = end + 1
        }
        return ranks
    }

    /// The indices of the values in order through the standard library's stable sort: larger (descending) or
    /// smaller value first, then the lower `tieOrder` key (the index itself when nil); NaN left out.
    public static func ordering(_ values: [Double], descending: Bool = true, tieOrder: [Int]? = nil) -> [Int] {
        values.indices.filter { !values[$0].isNaN }.sorted { left, right in
            let a = values[left], b = values[right]
            if a != b { return descending ? a > b : a < b }
            let keys = tieOrder ?? Array(values.indices)
            return keys[left] < keys[right]
        }
    }

    /// Whether two vectors have the same weak order: the same positions are NaN, and every pair of present values
    /// compares the same way (<, =, >) in both.
    public static func sameWeakOrder(_ a: [Double], _ b: [Double]) -> Bool {
        guard a.count == b.count else { return false }
        for i in a.indices where a[i].isNaN != b[i].isNaN { return false }
        for i in a.indices where !a[i].isNaN {
            for j in a.indices where j > i && !a[j].isNaN && sign(a[j] - a[i]) != sign(b[j] - b[i]) {
                return false
            }
        }
        return true
    }
}

extension ReferenceStatistics {
    /// The percentile bootstrap of the mean one resample after the other, as `percentileBootstrapMean` summed it
    /// before its four-at-a-time kernel: per resample, ⌊n/4⌋ draws each adding the pair sums of its low and high 32
    /// bits (into two running sums), then n mod 4 single draws into the first sum; the interval by
    /// `percentileInterval`.
    public static func bootstrapMean(_ values: [Double], resamples: Int, confidence: Double,
                                     seed: UInt64) -> ConfidenceInterval {
        let data = values.filter { !$0.isNaN }
        guard data.count >= 2, data.count <= 4096, resamples >= 1 else { return .none }
        let n = data.count
        var pairs = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { pairs[i * n + j] = data[i] + data[j] } }
        var generator = SeededGenerator(seed: seed)
        var means = [Double](repeating: 0, count: resamples)
        for b in 0..<resamples {
            var sums: (Double, Double) = (0, 0), drawn = 0
            while drawn + 4 <= n {
                let bits = generator.next()
                sums.0 += pairs[Int(((bits & 0xFFFF_FFFF) &* UInt64(n * n)) >> 32)]
                sums.1 += pairs[Int(((bits >> 32) &* UInt64(n * n)) >> 32)]
                drawn += 4
            }
            while drawn < n {
                sums.0 += data[Int(((generator.next() & 0xFFFF_FFFF) &* UInt64(n)) >> 32)]
                drawn += 1
            }
            means[b] = (sums.0 + sums.1) / Double(n)
        }
        return percentileInterval(&means, confidence: confidence)
    }
}
