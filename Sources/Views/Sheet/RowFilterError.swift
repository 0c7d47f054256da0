/// Why a value filter does not parse; the text is shown in the status line.
public struct RowFilterError: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String
}
