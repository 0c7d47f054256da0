/// Quartile (1–4) of each disease by a total, with the unique-value bins behind it (spec §2).
public struct DiseaseQuartiles: Sendable, Hashable {
    /// Nil when there was no value to bin.
    public let bins: UniqueValueQuartiles?
    /// Per disease id; nil when the disease has no total.
    public let quartiles: [Int?]
    /// The total each quartile was taken from, per disease id (nil when absent).
    public let totals: [Int?]

    public init(bins: UniqueValueQuartiles?, quartiles: [Int?], totals: [Int?]) {
        self.bins = bins
        self.quartiles = quartiles
        self.totals = totals
    }

    public func quartile(of disease: DiseaseID) -> Int? {
        disease < quartiles.count ? quartiles[disease] : nil
    }

    /// Co-occurrence quartiles (`assign_quartiles_based_on_unique_counts`): bins = unique-value qcut of
    /// `total(d, w)` over every disease present in each of the four windows; a disease's quartile = the bin of its
    /// window-250 total. Paper mode, race: the notebook dict's artefact gives 6 diseases their window-50 quartile.
    public static func cooccurrence(_ dataset: Dataset, group: DemographicGroup,
                                    mode: AnalysisMode) -> DiseaseQuartiles {
        let count = dataset.diseases.count
        let tables = Window.allCases.compactMap { dataset.counts(window: $0, group: group) }
        let all = tables.flatMap { table in
            (0..<min(count, table.diseaseCount)).filter { table.diseasePresent[$0] }.map {
                Double(table.total(disease: $0))
            }
        }
        let bins = UniqueValueQuartiles(values: all)
        let totals = windowTotals(dataset, window: .analysis, group: group)
        var quartiles = totals.map { total in total.flatMap { bins?.quartile(of: Double($0)) } }
        if mode == .paper && group == .race {
            let window50 = windowTotals(dataset, window: .w50, group: group)
            for disease in Section2Paper.raceQuartileFromWindow50(dataset) {
                quartiles[disease] = window50[disease].flatMap { bins?.quartile(of: Double($0)) }
            }
        }
        return DiseaseQuartiles(bins: bins, quartiles: quartiles, totals: totals)
    }

    /// Totals of one window per disease id, nil when the file had no row for the disease.
    static func windowTotals(_ dataset: Dataset, window: Window, group: DemographicGroup) -> [Int?] {
        let table = dataset.counts(window: window, group: group)
        return dataset.diseases.indices.map { disease in
            guard let table, disease < table.diseaseCount, table.diseasePresent[disease] else { return nil }
            return table.total(disease: disease)
        }
    }

    /// n-gram document quartiles: unique-value qcut of the per-disease document totals.
    public static func documents(_ dataset: Dataset) -> DiseaseQuartiles {
        let totals = dataset.diseases.indices.map { $0 < dataset.documentTotals.count ? dataset.documentTotals[$0] : nil }
        let bins = UniqueValueQuartiles(values: totals.compactMap { $0.map(Double.init) })
        return DiseaseQuartiles(bins: bins, quartiles: totals.map { total in
            total.flatMap { bins?.quartile(of: Double($0)) }
        }, totals: totals)
    }
}
