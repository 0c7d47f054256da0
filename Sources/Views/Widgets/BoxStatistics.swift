/// The five numbers a box plot draws. Quartiles by linear interpolation between order statistics (numpy's
/// default, R type 7: `q_p = s[⌊h⌋] + (h − ⌊h⌋)(s[⌊h⌋+1] − s[⌊h⌋])`, `h = (n−1)p`); whiskers reach the most
/// extreme values within 1.5·IQR of the box (Tukey); values beyond are outliers. NaN values are ignored.
public struct BoxStatistics: Sendable, Hashable {
    public let lowerQuartile: Double
    public let median: Double
    public let upperQuartile: Double
    public let lowerWhisker: Double
    public let upperWhisker: Double
    public let outliers: [Double]
    public let sorted: [Double]

    /// Nil when no value is finite.
    public init?(values: [Double]) {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return nil }
        self.sorted = sorted
        let q1 = BoxStatistics.quantile(sorted, 0.25), q3 = BoxStatistics.quantile(sorted, 0.75)
        lowerQuartile = q1
        median = BoxStatistics.quantile(sorted, 0.5)
        upperQuartile = q3
        let reach = 1.5 * (q3 - q1)
        let inside = sorted.filter { $0 >= q1 - reach && $0 <= q3 + reach }
        let low = inside.first ?? q1, high = inside.last ?? q3
        lowerWhisker = low
        upperWhisker = high
        outliers = sorted.filter { $0 < low || $0 > high }
    }

    static func quantile(_ sorted: [Double], _ probability: Double) -> Double {
        let position = Double(sorted.count - 1) * probability
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (position - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
