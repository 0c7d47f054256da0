/// How much of a split a part takes (ratatui's `Constraint`).
public enum Constraint: Sendable, Hashable {
    /// Exactly this many cells (less if the area runs out).
    case fixed(Int)
    /// This percentage of the whole length, rounded down.
    case percent(Int)
    /// At least this many cells; leftover space is shared among `min` parts.
    case min(Int)
}

/// The direction a rectangle is split in.
public enum Axis: Sendable, Hashable {
    /// Parts stacked top to bottom (rows).
    case vertical
    /// Parts side by side (columns).
    case horizontal
}
