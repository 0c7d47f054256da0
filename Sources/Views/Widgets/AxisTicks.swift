import Foundation

/// Tick positions for plot axes.
public enum AxisTicks {
    /// "Nice" linear ticks: step = 1, 2, 5 or 10 × 10^⌊log10(raw)⌋ (the smallest not below raw), with
    /// raw = (high − low)/(maxCount − 1), ticks at every multiple of the step within [low, high] (tolerance
    /// 1e-9·step); when that leaves fewer than two ticks, the next smaller 1-2-5 step is tried (up to 3 times).
    /// [low] when low = high.
    public static func linear(low: Double, high: Double, maxCount: Int = 5) -> [Double] {
        guard low.isFinite, high.isFinite else { return [] }
        guard high > low else { return [low] }
        let raw = (high - low) / Double(max(1, maxCount - 1))
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let residual = raw / magnitude
        let factors: [Double] = [0.1, 0.2, 0.5, 1, 2, 5, 10]
        var choice = factors.firstIndex { $0 >= residual * (1 - 1e-12) } ?? factors.count - 1
        var ticks = multiples(of: factors[choice] * magnitude, low: low, high: high)
        while ticks.count < 2, choice > 0, factors.count - choice < 7 {
            choice -= 1
            ticks = multiples(of: factors[choice] * magnitude, low: low, high: high)
        }
        return ticks
    }

    static func multiples(of step: Double, low: Double, high: Double) -> [Double] {
        let tolerance = step * 1e-9
        var ticks: [Double] = []
        var index = (low / step - 1e-9).rounded(.up)
        while index * step <= high + tolerance, ticks.count < 100 {
            let tick = index * step
            ticks.append(abs(tick) < tolerance ? 0 : tick)
            index += 1
        }
        return ticks
    }

    /// Log ticks: the powers of ten within [low, high] (low > 0); when fewer than two fit, 1-2-5 multiples of
    /// powers of ten; when none fit, [low, high].
    public static func log(low: Double, high: Double) -> [Double] {
        guard low > 0, high >= low, high.isFinite else { return [] }
        let first = Int(log10(low).rounded(.up)), last = Int(log10(high).rounded(.down))
        let powers = first <= last ? (first...last).map { pow(10, Double($0)) } : []
        if powers.count >= 2 { return powers }
        let lowest = Int(log10(low).rounded(.down)), highest = Int(log10(high).rounded(.up))
        var multiples: [Double] = []
        for exponent in lowest...max(lowest, highest) {
            let power: Double = pow(10, Double(exponent))
            for factor: Double in [1, 2, 5] {
                let tick = factor * power
                if tick >= low * (1 - 1e-12) && tick <= high * (1 + 1e-12) { multiples.append(tick) }
            }
        }
        return multiples.isEmpty ? [low, high] : multiples
    }
}
