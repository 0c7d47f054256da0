/// A two-sided interval; NaN bounds when it could not be computed.
public struct ConfidenceInterval: Sendable, Hashable {
    public let low: Double
    public let high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    public static let none = ConfidenceInterval(low: .nan, high: .nan)
    public var isDefined: Bool { low.isFinite && high.isFinite }
}

/// Percentile bootstrap interval of the mean (Efron & Tibshirani 1993 §13.3; `scipy.stats.bootstrap(...,
/// method='percentile')`): B resamples of the n non-NaN values drawn with replacement (`SeededGenerator(seed)`,
/// four indices per 64-bit draw, as two 32-bit multiply-shift indices into the n² ordered pair sums), each resample's mean, and the α/2 and 1 − α/2 quantiles
/// of the B means with α = 1 − confidence, linearly interpolated (numpy's default, `h = (B − 1)q`).
/// `.none` for fewer than two values or more than 4,096 (the pair table would pass 128 MB). O(B·n + n² + B).
public func percentileBootstrapMean(_ values: [Double], resamples: Int, confidence: Double,
                                    seed: UInt64) -> ConfidenceInterval {
    let data = values.filter { !$0.isNaN }
    guard data.count >= 2, data.count <= 4096, resamples >= 1 else { return .none }
    var means = [Double](repeating: 0, count: resamples)
    let n = data.count
    // Every ordered pair's sum x_i + x_j: one 32-bit multiply-shift index below n² draws two independent indices at
    // once (i = k / n, j = k % n), so one 64-bit draw gives four values with two additions (bias < n²/2³²).
    let pairCount = n * n
    var pairSums = [Double](repeating: 0, count: pairCount)
    for i in 0..<n { for j in 0..<n { pairSums[i * n + j] = data[i] + data[j] } }
    pairSums.withUnsafeBufferPointer { pairs in
        data.withUnsafeBufferPointer { sample in
            means.withUnsafeMutableBufferPointer { means in
                resampleMeans(pairs: pairs, sample: sample, seed: seed, into: means)
            }
        }
    }
    return percentileInterval(&means, confidence: confidence)
}

/// The mean of each resample b (`means[b]`) of the bootstrap above: resample b takes the draws b·D … b·D + D − 1
/// of the seeded stream (D = ⌊n/4⌋ pair draws + n mod 4 single draws), adds the pair sums of each pair draw's low
/// and high 32 bits into two running sums and the singles into the first, and divides their total by n.
/// Four resamples are summed side by side (their draws taken by position in the stream, `SeededGenerator.mixed`),
/// so that eight additions are in flight instead of two chains that wait for each other; each resample still adds
/// the same values in the same order, so its mean is bit for bit that of summing it alone (BootstrapKernelTests).
/// Written by hand for issue 21: the Tau view's intervals at 50x are 3,502 bootstraps of B = 2,000.
@inline(__always)
private func resampleMeans(pairs: UnsafeBufferPointer<Double>, sample: UnsafeBufferPointer<Double>, seed: UInt64,
                           into means: UnsafeMutableBufferPointer<Double>) {
    let n = sample.count, quads = n / 4, singles = n % 4, perResample = quads + singles
    let pairRange = UInt64(pairs.count), singleRange = UInt64(n), step = SeededGenerator.increment
    let stride = UInt64(perResample) &* step
    @inline(__always) func pairIndices(_ bits: UInt64) -> (Int, Int) {
        (Int(((bits & 0xFFFF_FFFF) &* pairRange) >> 32), Int(((bits >> 32) &* pairRange) >> 32))
    }
    @inline(__always) func single(_ bits: UInt64) -> Int { Int(((bits & 0xFFFF_FFFF) &* singleRange) >> 32) }
    var b = 0
    while b + 4 <= means.count {
        // The state before each of the four resamples' first draw.
        var s0 = seed &+ UInt64(b * perResample) &* step
        var s1 = s0 &+ stride, s2 = s1 &+ stride, s3 = s2 &+ stride
        var a0 = 0.0, c0 = 0.0, a1 = 0.0, c1 = 0.0, a2 = 0.0, c2 = 0.0, a3 = 0.0, c3 = 0.0
        for _ in 0..<quads {
            s0 &+= step; s1 &+= step; s2 &+= step; s3 &+= step
            let (l0, h0) = pairIndices(SeededGenerator.mixed(s0)), (l1, h1) = pairIndices(SeededGenerator.mixed(s1))
            let (l2, h2) = pairIndices(SeededGenerator.mixed(s2)), (l3, h3) = pairIndices(SeededGenerator.mixed(s3))
            a0 += pairs[l0]; c0 += pairs[h0]; a1 += pairs[l1]; c1 += pairs[h1]
            a2 += pairs[l2]; c2 += pairs[h2]; a3 += pairs[l3]; c3 += pairs[h3]
        }
        for _ in 0..<singles {
            s0 &+= step; s1 &+= step; s2 &+= step; s3 &+= step
            a0 += sample[single(SeededGenerator.mixed(s0))]; a1 += sample[single(SeededGenerator.mixed(s1))]
            a2 += sample[single(SeededGenerator.mixed(s2))]; a3 += sample[single(SeededGenerator.mixed(s3))]
        }
        means[b] = (a0 + c0) / Double(n); means[b + 1] = (a1 + c1) / Double(n)
        means[b + 2] = (a2 + c2) / Double(n); means[b + 3] = (a3 + c3) / Double(n)
        b += 4
    }
    var state = seed &+ UInt64(b * perResample) &* step
    while b < means.count {
        var a = 0.0, c = 0.0
        for _ in 0..<quads {
            state &+= step
            let (low, high) = pairIndices(SeededGenerator.mixed(state))
            a += pairs[low]; c += pairs[high]
        }
        for _ in 0..<singles {
            state &+= step
            a += sample[single(SeededGenerator.mixed(state))]
        }
        means[b] = (a + c) / Double(n)
        b += 1
    }
}

/// The α/2 and 1 − α/2 quantiles (linear interpolation) of `statistics` (reordered in place; NaN left out):
/// the same values as sorting and `quantile(sorted:_:)`, found by selection in O(B).
public func percentileInterval(_ statistics: inout [Double], confidence: Double) -> ConfidenceInterval {
    if statistics.contains(where: \.isNaN) { statistics.removeAll { $0.isNaN } }
    guard !statistics.isEmpty else { return .none }
    let alpha = 1 - confidence
    if let tails = tailQuantiles(statistics, alpha / 2, 1 - alpha / 2) {
        return ConfidenceInterval(low: tails.low, high: tails.high)
    }
    let low = selectedQuantile(&statistics, alpha / 2)
    // Selection left every value after the low quantile's position at least as large: search only there.
    let start = min(Int((Double(statistics.count - 1) * alpha / 2).rounded(.down)), statistics.count - 1)
    return ConfidenceInterval(low: low, high: selectedQuantile(&statistics, 1 - alpha / 2, from: start))
}

/// The `qLow` and `qHigh` quantiles (linear interpolation, as `selectedQuantile`) of at least 64 values (no NaN)
/// when both lie in the outer thirds, found among the few values beyond a threshold instead of by selection over all:
/// the values at most `mean + z·sd` (resp. at least `mean − z·sd`, z from the normal quantile of about twice the
/// tail's share) are exactly the smallest (largest) m of them, so when m covers the wanted order statistics their
/// positions in the sorted m are those in the sorted whole; nil (the caller selects) when a threshold catches too
/// few or more than a third. The same numbers as `selectedQuantile`, in about a third of its time for B = 2,000
/// (a bootstrap's means are near-normal; issue 21: 3,502 intervals in the Tau view at 50x).
func tailQuantiles(_ values: [Double], _ qLow: Double, _ qHigh: Double) -> (low: Double, high: Double)? {
    let count = values.count
    guard count >= 64, qLow > 0, qLow < 1.0 / 3, qHigh > 2.0 / 3, qHigh < 1 else { return nil }
    return values.withUnsafeBufferPointer { values -> (low: Double, high: Double)? in
        var sum = 0.0, squares = 0.0
        for value in values {
            sum += value
            squares += value * value
        }
        let mean = sum / Double(count)
        let deviation = max(0, squares / Double(count) - mean * mean).squareRoot()
        guard mean.isFinite, deviation.isFinite, deviation > 0 else { return nil }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: count / 3 + 1) { kept in
            func tail(_ q: Double, upper: Bool) -> Double? {
                let h = Double(count - 1) * q
                let position = Int(h.rounded(.down))
                let wanted = position + 1 < count && h > Double(position)
                // Values the tail must hold: the order statistics at `position` (and after it) counted from its end.
                let needed = upper ? count - position : position + (wanted ? 2 : 1)
                let z = normalQuantileBound(Double(2 * needed + 16) / Double(count))
                guard let z else { return nil }
                let threshold = upper ? mean - z * deviation : mean + z * deviation
                let limit = count / 3
                var m = 0
                for value in values {
                    // Written unconditionally, counted only when inside: no branch on the random means.
                    kept[min(m, limit)] = value
                    m += (upper ? value >= threshold : value <= threshold) ? 1 : 0
                }
                guard m >= needed, m <= limit else { return nil }
                var inside = UnsafeMutableBufferPointer(rebasing: kept[0..<m])
                inside.sort()
                let offset = upper ? count - m : 0  // the sorted position of inside[0] in the whole
                let below = inside[position - offset]
                guard wanted else { return below }
                let above = inside[position + 1 - offset]
                return below + (h - Double(position)) * (above - below)
            }
            guard let low = tail(qLow, upper: false), let high = tail(qHigh, upper: true) else { return nil }
            return (low, high)
        }
    }
}

/// A z at or below the standard normal's quantile of `share` (0 < share < 1/2: a negative z), from a table of
/// Φ⁻¹ with linear interpolation between its points (Φ⁻¹ is concave there, so the chord lies below it): only the
/// threshold of `tailQuantiles`, whose count check makes any z safe. nil at or above one half.
func normalQuantileBound(_ share: Double) -> Double? {
    let points: [(share: Double, z: Double)] = [
        (0.0005, -3.2905), (0.001, -3.0902), (0.002, -2.8782), (0.005, -2.5758), (0.01, -2.3263),
        (0.02, -2.0537), (0.05, -1.6449), (0.1, -1.2816), (0.2, -0.8416), (0.3, -0.5244), (0.4, -0.2533),
        (0.5, 0)]
    guard share < 0.5 else { return nil }
    guard share > points[0].share else { return points[0].z }
    var index = 1
    while points[index].share < share { index += 1 }
    let (a, b) = (points[index - 1], points[index])
    return a.z + (share - a.share) / (b.share - a.share) * (b.z - a.z)
}

/// `quantile(sorted:_:)` of unsorted values: the ⌊h⌋-th and next order statistics by quickselect; `from`: the
/// values before it are known to be no larger than the rest and the wanted ones are not among them.
func selectedQuantile(_ values: inout [Double], _ q: Double, from start: Int = 0) -> Double {
    let h = Double(values.count - 1) * q
    let low = Int(h.rounded(.down))
    let below = selectOrderStatistic(&values, low, from: min(start, low))
    guard low + 1 < values.count, h > Double(low) else { return below }
    var above = values[low + 1]
    for index in (low + 2)..<max(low + 2, values.count) where values[index] < above { above = values[index] }
    return below + (h - Double(low)) * (above - below)
}

/// Reorders `values` so that `values[k]` is the k-th smallest, those before it ≤ and those after ≥ it
/// (Hoare's quickselect, median-of-three pivot, deterministic); returns it. O(n) expected.
func selectOrderStatistic(_ values: inout [Double], _ k: Int, from start: Int = 0) -> Double {
    values.withUnsafeMutableBufferPointer { values in
        var low = start, high = values.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            if values[middle] < values[low] { values.swapAt(middle, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[high] < values[middle] { values.swapAt(high, middle) }
            let pivot = values[middle]
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { break }
        }
        return values[k]
    }
}

/// numpy's `percentile(..., method='linear')` of sorted values: `h = (N − 1)q`, `v[⌊h⌋] + (h − ⌊h⌋)(v[⌊h⌋+1] − v[⌊h⌋])`.
public func quantile(sorted values: [Double], _ q: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let h = Double(values.count - 1) * q
    let low = Int(h.rounded(.down)), high = min(low + 1, values.count - 1)
    return values[low] + (h - Double(low)) * (values[high] - values[low])
}
