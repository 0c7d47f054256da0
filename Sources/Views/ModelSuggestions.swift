import Analysis

/// Which model-filter terms match no model, and the model names closest to each (for `--model` mistakes).
public enum ModelSuggestions {
    /// The terms of `filters.models` that match no model of the dataset (`ViewFilters.includes`).
    public static func unmatched(_ filters: ViewFilters, dataset: Dataset) -> [String] {
        filters.models.filter { term in
            var single = filters
            single.models = [term]
            return !dataset.models.contains(where: single.includes)
        }
    }

    /// Up to `limit` model ids (or families) nearest to `term` by edit distance between the lower-cased term and
    /// each id, its short name and its family, nearest first, ties in dataset order.
    public static func closest(to term: String, in dataset: Dataset, limit: Int = 3) -> [String] {
        let needle = Array(term.lowercased())
        let candidates = dataset.models.map { model in
            (model.id, [model.id, model.shortName, model.family].map { distance(needle, Array($0.lowercased())) }.min() ?? .max)
        }
        return candidates.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }
            .prefix(limit).map(\.element.0)
    }

    /// Levenshtein distance (insertions, deletions, substitutions each 1). O(|a| × |b|) with one row of memory.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...b.count {
                let above = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }

    /// The status or error text for unmatched terms: `no model matches 'pythya'; closest: …`.
    public static func message(_ filters: ViewFilters, dataset: Dataset) -> String? {
        let missing = unmatched(filters, dataset: dataset)
        guard !missing.isEmpty else { return nil }
        return missing.map { term in
            "no model matches '\(sanitizedForTerminal(term))'; closest: "
                + closest(to: term, in: dataset).joined(separator: ", ")
        }.joined(separator: "; ")
    }
}
