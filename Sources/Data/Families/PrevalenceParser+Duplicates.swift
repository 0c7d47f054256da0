import Analysis

extension PrevalenceParser {
    /// A warning for each row whose disease name (as written) already had a row; both rows are kept, as before,
    /// and the warning names the line of the first so a reader can see which values conflict.
    static func duplicateRowProblems(_ rows: [(name: String, line: Int)], path: String) -> [DataProblem] {
        var firstLine: [String: Int] = [:]
        var problems: [DataProblem] = []
        for row in rows {
            if let first = firstLine[row.name] {
                problems.append(DataProblem(.warning, path: path, place: "line \(row.line)",
                                            reason: "second row for \(quoted(row.name)) (first at line \(first)); both kept"))
            } else {
                firstLine[row.name] = row.line
            }
        }
        return problems
    }
}
