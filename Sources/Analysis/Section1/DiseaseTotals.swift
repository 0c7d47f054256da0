/// One row of `disease_totals.csv` (spec section1.md 1a-C).
public struct DiseaseTotal: Sendable, Hashable {
    public let disease: DiseaseID
    /// Pile document count of the disease alone (`total_entity_count`), nil when the data has none.
    public let totalEntityCount: Int?
    /// Unique-value quartile 1–4 of the total among all diseases with a total; nil without a total.
    public let quartile: Int?
    /// 1-based position by total descending (ties by name); nil without a total.
    public let pileRank: Int?
}

/// Section 1a-C: general disease counts with their quartile.
///
/// Quartiles follow the study's `pd.qcut(sorted(unique(totals)), 4)` (`UniqueValueQuartiles`) over every disease
/// that has a total (93 on the full data, `aortic aneurysem` included although it has no co-occurrence counts).
/// Rows are sorted by canonical name in code-point order; paper mode sorts by the study's untrimmed first synonym
/// (`" als "`, `" mi "`, `" mnd "` first, spec bug 9) but still prints the canonical name.
public struct DiseaseTotals: Sendable, Hashable {
    public let rows: [DiseaseTotal]
    /// The bin edges; nil when no disease has a total.
    public let quartiles: UniqueValueQuartiles?

    public init(_ dataset: Dataset, mode: AnalysisMode) {
        let totals = dataset.documentTotals
        let values = totals.compactMap { $0 }.map(Double.init)
        let quartiles = UniqueValueQuartiles(values: values)
        let ranks = DiseaseTotals.pileRanks(dataset)
        self.quartiles = quartiles
        self.rows = DiseaseTotals.order(dataset, mode: mode).map { disease in
            let total = disease < totals.count ? totals[disease] : nil
            return DiseaseTotal(disease: disease, totalEntityCount: total,
                                quartile: total.flatMap { quartiles?.quartile(of: Double($0)) },
                                pileRank: ranks[disease])
        }
    }

    /// 1-based positions by total descending, ties by canonical name, over the diseases that have a total.
    static func pileRanks(_ dataset: Dataset) -> [DiseaseID: Int] {
        let ordered = Self.byTotalDescending(dataset, among: dataset.vocabulary.diseaseIDsByName)
        var ranks: [DiseaseID: Int] = [:]
        for (position, disease) in ordered.enumerated() { ranks[disease] = position + 1 }
        return ranks
    }

    /// The given diseases that have a total, sorted by total descending; equal totals keep the input order.
    static func byTotalDescending(_ dataset: Dataset, among diseases: [DiseaseID]) -> [DiseaseID] {
        let totals = dataset.documentTotals
        let withTotal = diseases.filter { $0 < totals.count && totals[$0] != nil }
        let position = Dictionary(uniqueKeysWithValues: withTotal.enumerated().map { ($1, $0) })
        return withTotal.sorted { left, right in
            let a = totals[left] ?? 0, b = totals[right] ?? 0
            return a != b ? a > b : (position[left] ?? 0) < (position[right] ?? 0)
        }
    }

    static func order(_ dataset: Dataset, mode: AnalysisMode) -> [DiseaseID] {
        switch mode {
        case .correct: return dataset.vocabulary.diseaseIDsByName
        case .paper:
            let key: (Disease) -> String = { ($0.synonyms.first ?? $0.name).lowercased() }
            return dataset.diseases.sorted {
                key($0).unicodeScalars.lexicographicallyPrecedes(key($1).unicodeScalars)
            }.map(\.id)
        }
    }
}
