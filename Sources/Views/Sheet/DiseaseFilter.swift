import Analysis

/// The disease filter (`d`, `--disease`): a case-insensitive substring, or a regular expression written `/…/`.
public enum DiseaseFilter {
    /// Whether `name` passes `filter`; an invalid regular expression matches it as a substring instead.
    public static func matches(_ name: String, _ filter: String) -> Bool {
        let trimmed = filter.trimmingSpaces()
        guard !trimmed.isEmpty else { return true }
        if trimmed.count >= 2, trimmed.hasPrefix("/"), trimmed.hasSuffix("/") {
            let pattern = String(trimmed.dropFirst().dropLast())
            if let regex = try? Regex(pattern).ignoresCase() {
                return name.contains(regex)
            }
            return name.lowercased().contains(pattern.lowercased())
        }
        return name.lowercased().contains(trimmed.lowercased())
    }
}
