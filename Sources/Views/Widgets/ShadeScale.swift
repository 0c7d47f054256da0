import Foundation

/// How values map onto a shade ramp.
public enum ScaleKind: Sendable, Hashable {
    case linear
    /// log10; values ≤ 0 fall in the lowest bin.
    case log
}

/// Equal-width bins (in linear or log10 space) between a low and a high value, one bin per shade.
/// Bin of v: `⌊(t(v) − t(low)) / (t(high) − t(low)) · n⌋`, clamped to 0…n−1, with t = identity or log10;
/// NaN has no bin. When low = high every value falls in the top bin.
public struct ShadeScale: Sendable, Hashable {
    public let low: Double
    public let high: Double
    public let kind: ScaleKind
    public let binCount: Int

    public init(low: Double, high: Double, kind: ScaleKind = .linear, binCount: Int = 5) {
        self.low = low
        self.high = high
        self.kind = kind
        self.binCount = max(1, binCount)
    }

    /// A scale over the finite values (positive ones for log), or 0…1 when there are none.
    public init(values: [Double], kind: ScaleKind = .linear, binCount: Int = 5) {
        let usable = values.filter { $0.isFinite && (kind == .linear || $0 > 0) }
        self.init(low: usable.min() ?? 0, high: usable.max() ?? 1, kind: kind, binCount: binCount)
    }

    func transform(_ value: Double) -> Double {
        kind == .linear ? value : (value > 0 ? log10(value) : -.infinity)
    }

    /// The bin (0…binCount−1) of a value, nil for NaN.
    public func bin(_ value: Double) -> Int? {
        guard !value.isNaN else { return nil }
        let from = transform(low), to = transform(high)
        guard to > from else { return binCount - 1 }
        let position = (transform(value) - from) / (to - from) * Double(binCount)
        guard position.isFinite else { return position > 0 ? binCount - 1 : 0 }
        return min(binCount - 1, max(0, Int(position.rounded(.down))))
    }

    /// The binCount + 1 bin edges, from low to high (geometric for log).
    public var edges: [Double] {
        let from = transform(low), to = transform(high)
        return (0...binCount).map { index in
            let t = from + (to - from) * Double(index) / Double(binCount)
            return kind == .linear ? t : pow(10, t)
        }
    }

}
