import Analysis

/// A value from a file as a problem quotes it: in double quotes, cut after `limit` characters with `…`, so that a
/// 100 MB field makes a short line of `check` (issue 20). Short values are quoted unchanged.
func quoted(_ text: String, limit: Int = 80) -> String {
    "\"" + shortened(text, limit: limit) + "\""
}

/// The text cut after `limit` characters with `…` (no quotes).
func shortened(_ text: String, limit: Int = 80) -> String { DataProblem.bounded(text, limit) }
