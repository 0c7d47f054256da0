import Analysis
import Foundation

/// A folder in the Cross-Care layout: a user's checkout, `../shared/crosscare`, or the embedded subset.
public struct DataRoot: Sendable, Hashable {
    public let url: URL
    /// Display name: the folder's name, or `embedded`.
    public let name: String

    public init(url: URL, name: String) {
        self.url = url
        self.name = name
    }
}

/// Why a data root cannot be used at all (`check` exits 2).
public enum DataRootError: Error, Sendable, Hashable, CustomStringConvertible {
    case missing(path: String)
    /// The path exists but is a file, a device (`/dev/null`) or something else that is not a folder.
    case notAFolder(path: String)
    /// The folder exists but cannot be listed (permissions).
    case unreadable(path: String, reason: String)
    case notCrossCareLayout(path: String)

    /// The path is shown through `sanitizedForTerminal` (a folder name can hold escapes; issue 10).
    public var description: String {
        switch self {
        case .missing(let path): return "data root '\(sanitizedForTerminal(path))' does not exist"
        case .notAFolder(let path): return "data root '\(sanitizedForTerminal(path))' is not a folder"
        case .unreadable(let path, let reason):
            return "data root '\(sanitizedForTerminal(path))' cannot be read: \(sanitizedForTerminal(reason))"
        case .notCrossCareLayout(let path):
            return "'\(sanitizedForTerminal(path))' is not a Cross-Care layout (no logits_results/, co_occurrence_results/ or propagation_eval/)"
        }
    }
}
