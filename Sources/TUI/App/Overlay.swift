/// An overlay drawn over the pane; Esc closes it.
public enum Overlay: Sendable, Hashable {
    /// The key table, scrolled by `scroll`, filtered by `filter`.
    case help(scroll: Int, filter: String)
    /// The cell under the cursor in full.
    case inspector(scroll: Int)
    /// The reason codes of paper-vs-correct differences.
    case glossary(scroll: Int)
}
