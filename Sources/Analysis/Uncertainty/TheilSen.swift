/// Theil–Sen slope (Theil 1950, Sen 1968; `scipy.stats.theilslopes`): the median of `(yⱼ − yᵢ)/(xⱼ − xᵢ)` over the
/// pairs i < j with xᵢ ≠ xⱼ, NaN pairs dropped; NaN without such a pair. O(n² log n).
public func theilSenSlope(_ x: [Double], _ y: [Double]) -> Double {
    var slopes: [Double] = []
    for i in x.indices where !x[i].isNaN && !y[i].isNaN {
        for j in (i + 1)..<max(i + 1, x.count) where !x[j].isNaN && !y[j].isNaN && x[j] != x[i] {
            slopes.append((y[j] - y[i]) / (x[j] - x[i]))
        }
    }
    return median(slopes)
}

/// Percentile bootstrap interval of the Theil–Sen slope: B resamples of the (x, y) pairs with replacement
/// (`SeededGenerator(seed)`, `index(below:)` per pair), resamples without two distinct x left out. A resample's
/// slopes are the original pairs' slopes, each counted `cᵢ·cⱼ` times (cᵢ = copies of pair i drawn; copies of one
/// pair have equal x and give none), so each resample's median is a weighted median of the sorted original slopes,
/// O(n²) without allocation. `.none` for fewer than three pairs.
public func theilSenInterval(_ x: [Double], _ y: [Double], resamples: Int, confidence: Double,
                             seed: UInt64) -> ConfidenceInterval {
    let pairs = x.indices.filter { !x[$0].isNaN && !y[$0].isNaN }
    guard pairs.count >= 3 else { return .none }
    var slopes: [(slope: Double, i: Int, j: Int)] = []
    for a in pairs.indices {
        for b in (a + 1)..<pairs.count where x[pairs[a]] != x[pairs[b]] {
            slopes.append(((y[pairs[b]] - y[pairs[a]]) / (x[pairs[b]] - x[pairs[a]]), a, b))
        }
    }
    slopes.sort { $0.slope < $1.slope }
    var generator = SeededGenerator(seed: seed)
    var copies = [Int](repeating: 0, count: pairs.count)
    var medians: [Double] = []
    medians.reserveCapacity(resamples)
    for _ in 0..<resamples {
        for index in copies.indices { copies[index] = 0 }
        for _ in pairs.indices { copies[generator.index(below: pairs.count)] += 1 }
        medians.append(weightedMedian(slopes, copies))
    }
    return percentileInterval(&medians, confidence: confidence)
}

/// The median of the multiset holding each sorted slope `copies[i]·copies[j]` times (mean of the two middle
/// elements for an even size); NaN when it is empty.
func weightedMedian(_ slopes: [(slope: Double, i: Int, j: Int)], _ copies: [Int]) -> Double {
    var total = 0
    for slope in slopes { total += copies[slope.i] * copies[slope.j] }
    guard total > 0 else { return .nan }
    // 0-based positions of the middle element(s).
    let lowPosition = (total - 1) / 2, highPosition = total / 2
    var seen = 0, low = Double.nan
    for slope in slopes {
        seen += copies[slope.i] * copies[slope.j]
        if low.isNaN && seen > lowPosition { low = slope.slope }
        if seen > highPosition { return (low + slope.slope) / 2 }
    }
    return low
}
