/// Kendall rank correlation: the one production kernel of τ-b (the readable reference it is checked against is
/// `ReferenceStatistics.tauB` in Tests/TestSupport).
public enum KendallTau {
    /// Kendall τ-b with tie correction, as `scipy.stats.kendalltau` (variant "b") computes it:
    /// `τ_b = (C − D) / √((n₀ − n₁)(n₀ − n₂))` with `n₀ = n(n−1)/2`, `n₁`/`n₂` the pairs tied in x / in y
    /// (joint ties count in both), C/D the concordant/discordant pairs.
    /// Pairs where either value is NaN are dropped first. NaN for fewer than two pairs or a constant vector.
    /// Clamped to [−1, 1]. Up to `WeakOrder.capacity` values (the study's 2–9 demographics, ~100,000 calls): pair
    /// signs as bit masks, counted by population count, without allocation; above that O(n log n) merge-sort
    /// counting (Knight 1966).
    public static func tauB(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "tau-b needs paired vectors")
        return x.withUnsafeBufferPointer { xs in y.withUnsafeBufferPointer { ys in tauB(xs, ys) } }
    }

    /// `tauB` over buffers (for callers that keep their vectors in flat storage).
    public static func tauB(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>) -> Double {
        precondition(x.count == y.count, "tau-b needs paired vectors")
        if x.count <= WeakOrder.capacity { return tauB(WeakOrder(x), WeakOrder(y)) }
        var pairs: [(Double, Double)] = []
        pairs.reserveCapacity(x.count)
        for index in 0..<x.count where !x[index].isNaN && !y[index].isNaN { pairs.append((x[index], y[index])) }
        return largeTauB(pairs)
    }

    /// τ-b of two vectors from their weak orders (same length), pairs with a missing value in either dropped:
    /// C − D = #(same sign) − #(opposite signs) over the pairs both hold, n₁ / n₂ = pairs with no sign.
    /// For a vector compared with many others, build its `WeakOrder` once.
    @inline(__always)
    public static func tauB(_ x: WeakOrder, _ y: WeakOrder) -> Double {
        let counts = pairCounts(x, y)
        return finish(n: counts.n, concordant: counts.difference, discordant: 0, tiedX: counts.tiedX,
                      tiedY: counts.tiedY)
    }

    /// The integers of τ-b: values both hold (n), C − D, pairs tied in x and in y.
    @inline(__always)
    static func pairCounts(_ x: WeakOrder, _ y: WeakOrder) -> (n: Int, difference: Int, tiedX: Int, tiedY: Int) {
        precondition(x.count == y.count, "tau-b needs paired vectors")
        let both = x.present & y.present
        let kept = WeakOrder.pairs(within: both, count: x.count)
        let xAbove = x.above & kept, xBelow = x.below & kept, yAbove = y.above & kept, yBelow = y.below & kept
        let difference = (xAbove & yAbove).nonzeroBitCount + (xBelow & yBelow).nonzeroBitCount
            - (xAbove & yBelow).nonzeroBitCount - (xBelow & yAbove).nonzeroBitCount
        let n = both.nonzeroBitCount, total = n * (n - 1) / 2
        return (n, difference, total - (xAbove | xBelow).nonzeroBitCount, total - (yAbove | yBelow).nonzeroBitCount)
    }

    /// Knight's algorithm: sort by (x, y), count x ties and joint ties, merge-sort y counting swaps.
    static func largeTauB(_ input: [(Double, Double)]) -> Double {
        let n = input.count
        guard n >= 2 else { return .nan }
        let sorted = input.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        let tiedX = tiePairs(sorted.map { JointKey(x: $0.0, y: 0) })
        let tiedJoint = tiePairs(sorted.map { JointKey(x: $0.0, y: $0.1) })
        var ys = sorted.map(\.1)
        var buffer = ys
        let swaps = mergeCountingSwaps(&ys, &buffer, 0, n)
        let tiedY = tiePairs(ys.map { JointKey(x: $0, y: 0) })
        let total = n * (n - 1) / 2
        // C − D = total − tiedX − tiedY + tiedJoint − 2·swaps (Knight).
        let difference = total - tiedX - tiedY + tiedJoint - 2 * swaps
        return ratio(difference: difference, total: total, tiedX: tiedX, tiedY: tiedY)
    }

    struct JointKey: Equatable {
        let x: Double
        let y: Double
    }

    /// Σ t(t−1)/2 over runs of equal adjacent keys (input sorted so that equal keys are adjacent).
    static func tiePairs(_ keys: [JointKey]) -> Int {
        guard !keys.isEmpty else { return 0 }
        var pairs = 0, run = 1
        for index in 1..<keys.count {
            if keys[index] == keys[index - 1] { run += 1 } else {
                pairs += run * (run - 1) / 2
                run = 1
            }
        }
        return pairs + run * (run - 1) / 2
    }

    /// Sorts `values[low..<high]` ascending, returning the number of strictly inverted pairs.
    static func mergeCountingSwaps(_ values: inout [Double], _ buffer: inout [Double], _ low: Int, _ high: Int) -> Int {
        guard high - low > 1 else { return 0 }
        let middle = (low + high) / 2
        var swaps = mergeCountingSwaps(&values, &buffer, low, middle)
        swaps += mergeCountingSwaps(&values, &buffer, middle, high)
        var left = low, right = middle, out = low
        while left < middle || right < high {
            if right >= high || (left < middle && values[left] <= values[right]) {
                buffer[out] = values[left]
                left += 1
            } else {
                buffer[out] = values[right]
                swaps += middle - left
                right += 1
            }
            out += 1
        }
        for index in low..<high { values[index] = buffer[index] }
        return swaps
    }

    static func finish(n: Int, concordant: Int, discordant: Int, tiedX: Int, tiedY: Int) -> Double {
        guard n >= 2 else { return .nan }
        return ratio(difference: concordant - discordant, total: n * (n - 1) / 2, tiedX: tiedX, tiedY: tiedY)
    }

    static func ratio(difference: Int, total: Int, tiedX: Int, tiedY: Int) -> Double {
        let left = Double(total - tiedX), right = Double(total - tiedY)
        guard left > 0, right > 0 else { return .nan }
        return min(1, max(-1, Double(difference) / (left * right).squareRoot()))
    }
}
