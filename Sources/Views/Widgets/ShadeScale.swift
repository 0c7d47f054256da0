import Foundation

/// How values map onto a shade ramp.
public enum ScaleKind: Sendable, Hashable {
    case linear
    /// log10; values ≤ 0 fall in the lowest bin.
    case log
}

/// Bins between a low and a high value, one bin per shade. Default: equal width in linear or log10 space, bin of v
/// = `⌊(t(v) − t(low)) / (t(high) − t(low)) · n⌋` clamped to 0…n−1 (t = identity or log10). With `fixedEdges` (round
/// legend edges, `rounded(values:)`, or fixed share bins) the bin is the last edge interval that holds v, values
/// outside going to the end bins. NaN has no bin. When low = high every value falls in the top bin.
public struct ShadeScale: Sendable, Hashable {
    public let low: Double
    public let high: Double
    public let kind: ScaleKind
    public let binCount: Int
    /// Explicit bin edges (binCount + 1, increasing); nil = equal-width edges.
    public let fixedEdges: [Double]?

    public init(low: Double, high: Double, kind: ScaleKind = .linear, binCount: Int = 5) {
        self.low = low
        self.high = high
        self.kind = kind
        self.binCount = max(1, binCount)
        fixedEdges = nil
    }

    /// A scale on given increasing edges (one bin per interval).
    public init(edges: [Double], kind: ScaleKind) {
        let edges = edges.count >= 2 ? edges : [0, 1]
        low = edges[0]
        high = edges[edges.count - 1]
        self.kind = kind
        binCount = edges.count - 1
        fixedEdges = edges
    }

    /// Equal-width bins over the finite values whose edges are then rounded for the legend: log scales to one
    /// significant digit (1, 20, 300, 4k …), linear to two, one digit more while rounding would merge two edges
    /// (a narrow range), the exact edges past three; the low end rounded down and the high end up so every value
    /// stays inside.
    public static func rounded(values: [Double], kind: ScaleKind, binCount: Int = 5) -> ShadeScale {
        let exact = ShadeScale(values: values, kind: kind, binCount: binCount)
        guard exact.high > exact.low else { return exact }
        for digits in (kind == .log ? 1 : 2)...3 {
            let edges = exact.edges.enumerated().map { index, edge in
                roundSignificant(edge, digits: digits,
                                 direction: index == 0 ? .down : index == binCount ? .up : .toNearestOrAwayFromZero)
            }
            if zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) { return ShadeScale(edges: edges, kind: kind) }
        }
        return exact
    }

    /// `value` rounded to `digits` significant digits in a direction (0 stays 0).
    static func roundSignificant(_ value: Double, digits: Int, direction: FloatingPointRoundingRule) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let magnitude = pow(10, floor(log10(abs(value))) - Double(digits - 1))
        return (value / magnitude).rounded(direction) * magnitude
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
        if let fixedEdges {
            return min(binCount - 1, max(0, (fixedEdges.lastIndex { $0 <= value } ?? 0)))
        }
        let from = transform(low), to = transform(high)
        guard to > from else { return binCount - 1 }
        let position = (transform(value) - from) / (to - from) * Double(binCount)
        guard position.isFinite else { return position > 0 ? binCount - 1 : 0 }
        return min(binCount - 1, max(0, Int(position.rounded(.down))))
    }

    /// The binCount + 1 bin edges, from low to high (geometric for log).
    public var edges: [Double] {
        if let fixedEdges { return fixedEdges }
        let from = transform(low), to = transform(high)
        return (0...binCount).map { index in
            let t = from + (to - from) * Double(index) / Double(binCount)
            return kind == .linear ? t : pow(10, t)
        }
    }

}
