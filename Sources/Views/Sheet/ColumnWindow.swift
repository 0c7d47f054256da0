/// Which scrollable columns a table drew (1-based, of the visible ones).
public struct ColumnWindow: Sendable, Hashable {
    public var first: Int
    public var last: Int
    public var count: Int

    public init(first: Int, last: Int, count: Int) {
        self.first = first
        self.last = last
        self.count = count
    }

    /// `cols 3–7/12`.
    public func text(_ charset: Charset) -> String {
        "cols \(first)\(charset == .unicode ? "–" : "-")\(last)/\(count)"
    }
}
