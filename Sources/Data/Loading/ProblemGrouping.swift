import Analysis

/// Repeated whole-file problems of one kind in one folder, folded into one: 20,000 stray files give one warning
/// with the count and the first few names, not 20,000 lines (issue 20). Notes (the explained quirks of the real
/// data) and problems with a place are left as they are.
enum ProblemGrouping {
    /// A folder's problems of one kind are folded when there are more than this many.
    static let threshold = 5
    /// File names shown in a folded problem.
    static let shown = 3

    static func grouped(_ problems: [DataProblem]) -> [DataProblem] {
        var members: [GroupKey: [Int]] = [:]
        for (index, problem) in problems.enumerated() {
            guard let key = GroupKey(problem) else { continue }
            members[key, default: []].append(index)
        }
        var folded: [Int: DataProblem] = [:]
        var dropped = Set<Int>()
        for (key, indices) in members where indices.count > threshold {
            let names = indices.prefix(shown).map { name(of: problems[$0].path) }
            let more = indices.count > shown ? ", …" : ""
            folded[indices[0]] = DataProblem(key.severity, path: key.folder,
                                             reason: "\(indices.count) entries: \(key.reason) (first: "
                                                + names.joined(separator: ", ") + more + ")")
            dropped.formUnion(indices.dropFirst())
        }
        guard !folded.isEmpty else { return problems }
        return problems.indices.compactMap { index in
            dropped.contains(index) ? nil : folded[index] ?? problems[index]
        }
    }

    static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    struct GroupKey: Hashable {
        let severity: ProblemSeverity
        let folder: String
        let reason: String

        init?(_ problem: DataProblem) {
            guard problem.severity != .note, problem.place == nil else { return nil }
            severity = problem.severity
            let parts = problem.path.split(separator: "/", omittingEmptySubsequences: false)
            folder = parts.count > 1 ? parts.dropLast().joined(separator: "/") : "."
            reason = problem.reason
        }
    }
}
