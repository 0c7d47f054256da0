/// How serious a data problem is.
public enum ProblemSeverity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// A known quirk of the real data, explained (e.g. NaN logits of pythia-70m).
    case note
    /// Data that loaded with a caveat (duplicate row merged, unmapped name dropped).
    case warning
    /// Data that could not be loaded (unreadable file, malformed JSON, non-numeric count).
    case error

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
}

/// Something about the input a user must be able to see: file, place in it, reason.
public struct DataProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    public let severity: ProblemSeverity
    /// Path relative to the data root, or a user's file (`--catalog`, `--prevalence`, import CSV) as named.
    public let path: String
    /// Where in the file (`line 12`, `key "flu" / "white"`, `byte 4031`), nil for the whole file.
    public let place: String?
    public let reason: String

    /// A place longer than 200 characters or a reason longer than 400 is cut with `…` (a backstop: the loaders
    /// already quote at most about 80 characters of an offending value).
    public init(_ severity: ProblemSeverity, path: String, place: String? = nil, reason: String) {
        self.severity = severity
        self.path = path
        self.place = place.map { DataProblem.bounded($0, 200) }
        self.reason = DataProblem.bounded(reason, 400)
    }

    /// The text cut after `limit` characters with `…` (what a problem quotes of a value, or the whole line).
    public static func bounded(_ text: String, _ limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var end = text.startIndex
        var taken = 0
        while taken < limit, end < text.endIndex {
            end = text.index(after: end)
            taken += 1
        }
        return end == text.endIndex ? text : String(text[..<end]) + "…"
    }

    public var description: String {
        "\(severity.rawValue): \(path)\(place.map { ", \($0)" } ?? ""): \(reason)"
    }
}
