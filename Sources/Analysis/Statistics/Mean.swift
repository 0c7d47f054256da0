/// A mean together with how many values it averaged (decision 6: every mean says its n).
public struct CountedMean: Sendable, Hashable {
    public let value: Double
    public let count: Int

    /// Arithmetic mean of the non-NaN values: `Σ v / n`; NaN with n = 0 when there are none.
    public init<Values: Sequence>(of values: Values) where Values.Element == Double {
        var sum = 0.0, count = 0
        for value in values where !value.isNaN {
            sum += value
            count += 1
        }
        self.value = count == 0 ? .nan : sum / Double(count)
        self.count = count
    }

    public init(value: Double, count: Int) {
        self.value = value
        self.count = count
    }
}

/// Median of the non-NaN values (mean of the two middle values for an even count); NaN when empty.
public func median(_ values: [Double]) -> Double {
    let sorted = values.filter { !$0.isNaN }.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
