/// Exact permutation test of Kendall τ-b, and the null distributions it looks up.
///
/// `p = #{π ∈ Sₙ : |τ_b(x, y∘π)| ≥ |τ_b(x, y)| − 1e-9} / n!` over all n! orderings of y against x (pairs with a NaN
/// dropped first): the two-sided test of "no association" by the absolute statistic, as
/// `scipy.stats.permutation_test(..., permutation_type='pairings', alternative='greater')` with statistic |τ_b|.
/// With ties in both vectors τ_b's null is not symmetric, so this is not twice the smaller tail.
/// NaN when τ_b is NaN, when n > `maxPairs`, or when every ordering gives the same |τ_b| (e.g. n = 2: "not
/// testable", never p = 1).
///
/// The null of τ_b depends only on the tie-group sizes of x and of y in ascending order of value (τ_b is a function
/// of the ranks, and tie counts do not change under permutation), so each (x pattern, y pattern) is enumerated once
/// — O(n!·n²), 40,320 orderings at n = 8 — and kept here, sorted by pattern, found by binary search; the p of a τ is
/// then a binary search in its distribution's sorted |τ| values. A value the caller owns and passes down (no global
/// cache): it grows as new patterns are met.
public struct TauPermutationNulls: Sendable {
    public static let maxPairs = 8

    /// Group sizes packed 4 bits each, lowest group first, with n in the top bits (patterns are compositions of n).
    struct Key: Hashable, Comparable, Sendable {
        let x: UInt64
        let y: UInt64
        static func < (a: Key, b: Key) -> Bool { a.x != b.x ? a.x < b.x : a.y < b.y }
    }

    /// Distinct |τ_b| values ascending and, for each, how many orderings reach at least it.
    struct Distribution: Sendable {
        let magnitudes: [Double]
        let atLeast: [Int]
        let orderings: Int

        /// p of an observed |τ|; NaN when the distribution has a single value (not testable).
        func pValue(_ observed: Double) -> Double {
            guard magnitudes.count > 1 else { return .nan }
            let threshold = abs(observed) - 1e-9
            var low = 0, high = magnitudes.count
            while low < high {
                let middle = (low + high) / 2
                if magnitudes[middle] >= threshold { high = middle } else { low = middle + 1 }
            }
            return low == magnitudes.count ? 0 : Double(atLeast[low]) / Double(orderings)
        }
    }

    private var keys: [Key] = []
    private var distributions: [Distribution] = []

    public init() {}

    /// How many (x, y) patterns have been enumerated so far.
    public var patternCount: Int { keys.count }

    /// The exact p of `τ_b(x, y)` (see the type's comment).
    public mutating func pValue(_ x: [Double], _ y: [Double]) -> Double {
        var xs: [Double] = [], ys: [Double] = []
        for index in x.indices where index < y.count && !x[index].isNaN && !y[index].isNaN {
            xs.append(x[index])
            ys.append(y[index])
        }
        let n = xs.count
        guard n >= 2, n <= TauPermutationNulls.maxPairs else { return .nan }
        let tau = KendallTau.tauB(xs, ys)
        guard tau.isFinite else { return .nan }
        let key = Key(x: TauPermutationNulls.pattern(xs), y: TauPermutationNulls.pattern(ys))
        return distribution(for: key).pValue(tau)
    }

    /// `pValue(x, y)` of vectors of at most `maxPairs` values whose τ_b (`KendallTau.tauB(x, y)`) the caller has
    /// already computed: the same p, without a second τ_b and without allocating (the Tau view's 2 × 93 tests a model,
    /// 1,751 models at 50x: issue 21). Longer vectors go to `pValue(x, y)`.
    public mutating func pValue(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>,
                                tau: Double) -> Double {
        precondition(x.count == y.count, "a permutation test needs paired vectors")
        guard tau.isFinite else { return .nan }
        guard x.count <= TauPermutationNulls.maxPairs else { return pValue(Array(x), Array(y)) }
        let key = withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * TauPermutationNulls.maxPairs) {
            kept -> Key? in
            var n = 0
            for index in 0..<x.count where !x[index].isNaN && !y[index].isNaN {
                kept[n] = x[index]
                kept[TauPermutationNulls.maxPairs + n] = y[index]
                n += 1
            }
            guard n >= 2 else { return nil }
            let xs = UnsafeMutableBufferPointer(rebasing: kept[0..<n])
            let ys = UnsafeMutableBufferPointer(rebasing: kept[TauPermutationNulls.maxPairs..<(TauPermutationNulls.maxPairs + n)])
            return Key(x: TauPermutationNulls.pattern(sorting: xs), y: TauPermutationNulls.pattern(sorting: ys))
        }
        guard let key else { return .nan }
        return distribution(for: key).pValue(tau)
    }

    mutating func distribution(for key: Key) -> Distribution {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        if low < keys.count && keys[low] == key { return distributions[low] }
        let made = TauPermutationNulls.enumerate(x: TauPermutationNulls.canonical(key.x),
                                                 y: TauPermutationNulls.canonical(key.y))
        keys.insert(key, at: low)
        distributions.insert(made, at: low)
        return made
    }

    /// Tie-group sizes of the values in ascending order of value, packed (see `Key`).
    static func pattern(_ values: [Double]) -> UInt64 {
        var sorted = values
        return sorted.withUnsafeMutableBufferPointer { pattern(sorting: $0) }
    }

    /// `pattern(_:)` of a short buffer (no NaN, at least one value), sorted in place by insertion sort (for the
    /// buffer p-value, without allocating).
    static func pattern(sorting values: UnsafeMutableBufferPointer<Double>) -> UInt64 {
        let n = values.count
        for index in 1..<max(1, n) {
            let value = values[index]
            var slot = index
            while slot > 0 && value < values[slot - 1] {
                values[slot] = values[slot - 1]
                slot -= 1
            }
            values[slot] = value
        }
        var packed = UInt64(n) << 56, shift: UInt64 = 0, run = 1
        for index in 1...n {
            if index < n && values[index] == values[index - 1] { run += 1; continue }
            packed |= UInt64(run) << shift
            shift += 4
            run = 1
        }
        return packed
    }

    /// Dense ranks of a pattern: sizes (2, 1) → [0, 0, 1].
    static func canonical(_ packed: UInt64) -> [Int] {
        let n = Int(packed >> 56)
        var ranks: [Int] = [], group = 0, rest = packed & ((1 << 56) - 1)
        while ranks.count < n {
            let size = Int(rest & 0xF)
            ranks.append(contentsOf: repeatElement(group, count: size))
            rest >>= 4
            group += 1
        }
        return ranks
    }

    /// Every ordering of `y` against `x` (Heap's algorithm), |C − D| counted by `KendallTau` on their weak orders
    /// (x's built once), turned into |τ_b| values by τ-b's own ratio.
    static func enumerate(x: [Int], y: [Int]) -> Distribution {
        let n = x.count
        var y = y.map(Double.init), stack = [Int](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: n * (n - 1) / 2 + 1)
        let xOrder = WeakOrder(x.map(Double.init))
        var tiedY = 0
        func record() {
            let pairs = KendallTau.pairCounts(xOrder, WeakOrder(y))
            counts[abs(pairs.difference)] += 1
            tiedY = pairs.tiedY
        }
        record()
        var index = 1
        while index < n {
            if stack[index] < index {
                y.swapAt(index % 2 == 0 ? 0 : stack[index], index)
                record()
                stack[index] += 1
                index = 1
            } else {
                stack[index] = 0
                index += 1
            }
        }
        let total = n * (n - 1) / 2
        var magnitudes: [Double] = [], atLeast: [Int] = [], running = 0
        for difference in counts.indices.reversed() where counts[difference] > 0 {
            running += counts[difference]
            magnitudes.append(KendallTau.ratio(difference: difference, total: total, tiedX: xOrder.tiedPairs,
                                               tiedY: tiedY))
            atLeast.append(running)
        }
        return Distribution(magnitudes: magnitudes.reversed(), atLeast: atLeast.reversed(),
                            orderings: counts.reduce(0, +))
    }
}
