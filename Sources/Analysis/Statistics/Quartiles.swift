/// Quartiles of the study's "unique-value" method.
public struct UniqueValueQuartiles: Sendable, Hashable {
    /// Five bin edges: min, 25 %, 50 %, 75 %, max of the sorted unique values (linear interpolation).
    public let edges: [Double]

    /// `pd.qcut(sorted(unique(values)), 4)`: quantiles of the *unique* values with numpy's linear interpolation
    /// (`q_p = u[⌊h⌋] + (h − ⌊h⌋)(u[⌊h⌋+1] − u[⌊h⌋])`, `h = (k−1)p`). Nil for no finite value.
    public init?(values: [Double]) {
        let unique = Array(Set(values.filter { $0.isFinite })).sorted()
        guard !unique.isEmpty else { return nil }
        edges = [0, 0.25, 0.5, 0.75, 1].map { UniqueValueQuartiles.quantile(unique, $0) }
    }

    static func quantile(_ sorted: [Double], _ probability: Double) -> Double {
        let position = Double(sorted.count - 1) * probability
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (position - Double(lower)) * (sorted[upper] - sorted[lower])
    }

    /// Quartile 1–4 of a value: bins are right-closed `(e_{q−1}, e_q]`, the lowest bin includes its left edge.
    /// Nil outside [min, max] or for NaN.
    public func quartile(of value: Double) -> Int? {
        guard value.isFinite, value >= edges[0], value <= edges[4] else { return nil }
        for quartile in 1...4 where value <= edges[quartile] { return quartile }
        return nil
    }
}
