import Analysis

/// The problems of one file, at most `limit` kept; the rest are counted, so that a file with millions of bad names
/// yields a readable report in bounded memory.
struct BoundedProblems: Sendable {
    private(set) var items: [DataProblem] = []
    private(set) var dropped = 0
    let limit: Int

    init(limit: Int = 100) { self.limit = limit }

    mutating func append(_ problem: DataProblem) {
        if items.count < limit { items.append(problem) } else { dropped += 1 }
    }

    static func += (lhs: inout BoundedProblems, rhs: [DataProblem]) { for problem in rhs { lhs.append(problem) } }

    /// The kept problems, plus one summary naming how many more there were.
    func finished(path: String) -> [DataProblem] {
        guard dropped > 0 else { return items }
        let worst = items.map(\.severity).max() ?? .error
        return items + [DataProblem(worst, path: path, reason: "\(dropped) further problems in this file not listed")]
    }
}

extension Array where Element == DataProblem {
    /// At most `limit` problems of one file, plus a summary of the rest.
    func bounded(path: String, limit: Int = 100) -> [DataProblem] {
        var list = BoundedProblems(limit: limit)
        list += self
        return list.finished(path: path)
    }
}
