/// Benjamini–Hochberg q-values (Benjamini & Hochberg 1995; `scipy.stats.false_discovery_control(ps, method='bh')`):
/// with the m defined p sorted ascending, `q₍ᵢ₎ = min(1, min_{j ≥ i} p₍ⱼ₎·m / j)`, returned in input order.
/// NaN p stay NaN and do not count in m. O(m log m).
public func benjaminiHochberg(_ pValues: [Double]) -> [Double] {
    let order = pValues.indices.filter { !pValues[$0].isNaN }.sorted {
        pValues[$0] != pValues[$1] ? pValues[$0] < pValues[$1] : $0 < $1
    }
    var result = [Double](repeating: .nan, count: pValues.count)
    let m = Double(order.count)
    var running = 1.0
    for (position, index) in order.enumerated().reversed() {
        running = min(running, pValues[index] * m / Double(position + 1))
        result[index] = min(1, running)
    }
    return result
}
