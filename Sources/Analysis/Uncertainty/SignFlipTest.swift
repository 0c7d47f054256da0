/// The result of a sign-flip test: p, the number of differences, and whether p is exact.
public struct SignFlipResult: Sendable, Hashable {
    public let p: Double
    public let n: Int
    /// False when p comes from random flips (more than `UncertaintySettings.exactSignFlipLimit` differences).
    public let exact: Bool
}

/// Two-sided paired sign-flip permutation test of the mean difference (Fisher 1935; Good 2005 §3.6):
/// `p = #{s ∈ {±1}ⁿ : |Σ sᵢdᵢ| ≥ |Σ dᵢ| − n·1e-9} / 2ⁿ` over all 2ⁿ sign vectors (the null: each difference is as
/// likely positive as negative). Exact up to `exactLimit` differences (meet in the middle: the 2^⌈n/2⌉ sums of
/// one half sorted, each sum of the other half counted by binary search, so no sum is accumulated over flips);
/// above it `flips` random sign vectors from `SeededGenerator(seed)` and `p = (1 + #{≥}) / (1 + flips)` (the
/// observed counted once, as scipy's randomised `permutation_test`). NaN differences are left out; p is NaN when
/// fewer than two differences are non-zero (every flip gives the same |mean|: not testable).
public func signFlipTest(_ differences: [Double], exactLimit: Int = UncertaintySettings.exactSignFlipLimit,
                         flips: Int = 100_000, seed: UInt64) -> SignFlipResult {
    let d = differences.filter { !$0.isNaN }
    let n = d.count
    guard d.filter({ $0 != 0 }).count >= 2 else { return SignFlipResult(p: .nan, n: n, exact: n <= exactLimit) }
    let threshold = abs(d.reduce(0, +)) - Double(n) * 1e-9
    if n > exactLimit {
        var generator = SeededGenerator(seed: seed)
        var hits = 0
        for _ in 0..<flips {
            var sum = 0.0, bits = generator.next(), used = 0
            for value in d {
                if used == 64 { bits = generator.next(); used = 0 }
                sum += bits & 1 == 0 ? value : -value
                bits >>= 1
                used += 1
            }
            if abs(sum) >= threshold { hits += 1 }
        }
        return SignFlipResult(p: Double(1 + hits) / Double(1 + flips), n: n, exact: false)
    }
    let half = n / 2
    let left = subsetSums(Array(d[..<half])), right = subsetSums(Array(d[half...])).sorted()
    var hits = 0
    for a in left {
        // |a + b| ≥ t  ⇔  b ≥ t − a  or  b ≤ −t − a.
        hits += right.count - partitionPoint(right) { $0 >= threshold - a }
        hits += partitionPoint(right) { $0 > -threshold - a }
    }
    if threshold <= 0 { hits = left.count * right.count }
    return SignFlipResult(p: Double(hits) / Double(left.count * right.count), n: n, exact: true)
}

/// The 2ᵏ signed sums `Σ ±vᵢ`, each computed directly from its sign bits.
func subsetSums(_ values: [Double]) -> [Double] {
    (0..<(1 << values.count)).map { signs in
        var sum = 0.0
        for (index, value) in values.enumerated() { sum += signs >> index & 1 == 0 ? value : -value }
        return sum
    }
}

/// The first index of a sorted array whose element satisfies a monotone predicate (count when none does).
func partitionPoint(_ sorted: [Double], where predicate: (Double) -> Bool) -> Int {
    var low = 0, high = sorted.count
    while low < high {
        let middle = (low + high) / 2
        if predicate(sorted[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
}
