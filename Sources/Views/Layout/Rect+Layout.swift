extension Rect {
    /// Splits into parts along `axis`: fixed and percent parts first (in order, each saturating at what is left),
    /// then each `min` part gets its minimum, then the leftover is shared equally among `min` parts (the first
    /// ones take the remainder). `spacing` cells separate parts. Always returns one rect per constraint.
    public func split(_ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        let total = axis == .vertical ? height : width
        let gaps = max(0, spacing) * max(0, constraints.count - 1)
        var remaining = max(0, total - gaps)
        var lengths = constraints.map { constraint -> Int in
            let wanted: Int
            switch constraint {
            case .fixed(let length): wanted = max(0, length)
            case .percent(let share): wanted = total * Swift.min(100, Swift.max(0, share)) / 100
            case .min(let length): wanted = max(0, length)
            }
            let given = Swift.min(wanted, remaining)
            remaining -= given
            return given
        }
        let flexible = constraints.indices.filter { if case .min = constraints[$0] { return true } else { return false } }
        if !flexible.isEmpty {
            for (order, index) in flexible.enumerated() {
                lengths[index] += remaining / flexible.count + (order < remaining % flexible.count ? 1 : 0)
            }
        }
        var offset = 0
        return lengths.map { length in
            defer { offset += length + max(0, spacing) }
            let start = Swift.min(offset, total)
            switch axis {
            case .vertical: return Rect(x: x, y: y + start, width: width, height: Swift.min(length, total - start))
            case .horizontal: return Rect(x: x + start, y: y, width: Swift.min(length, total - start), height: height)
            }
        }
    }

    /// Parts stacked top to bottom.
    public func rows(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        split(.vertical, constraints, spacing: spacing)
    }

    /// Parts side by side.
    public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        split(.horizontal, constraints, spacing: spacing)
    }

    /// A rect of at most the given size centred in this one.
    public func centered(width wanted: Int, height wantedHeight: Int) -> Rect {
        let w = Swift.min(Swift.max(0, wanted), width), h = Swift.min(Swift.max(0, wantedHeight), height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// The single row `index` of this rect (empty when outside).
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }
}
