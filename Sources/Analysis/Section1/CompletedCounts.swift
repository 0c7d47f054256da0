/// One completed co-occurrence count (spec section1.md 1a-A): a (window, group, disease, demographic) cell.
public struct CompletedCount: Sendable, Hashable {
    public let window: Window
    public let group: DemographicGroup
    public let disease: DiseaseID
    public let demographic: Demographic
    /// Raw count, 0 when the file had no row.
    public let count: Int
    /// `100 · count / Σ_group count`; NaN when the group total is 0.
    public let sharePct: Double
    /// Competition rank inside (disease, window, group): `1 + #{d' : count_d' > count_d}`.
    public let rank: Int
    /// `(share_pct − census_d) / census_d · 100` (the study's `join_logits_counts`).
    public let relativeCensusRepresentation: Double
}

/// Section 1a-A: counts completed with zeros for every present disease, with shares and within-disease ranks.
public enum CompletedCounts {
    /// US census shares (%) used by the study's `join_logits_counts`.
    public static func censusPct(_ demographic: Demographic) -> Double {
        switch demographic {
        case .white: return 61.6
        case .black: return 12.6
        case .indigenous: return 1.1
        case .asian: return 6
        case .pacificIslander: return 0.2
        case .hispanic: return 16.3
        case .male: return 48.9
        case .female: return 51.1
        case .nonBinary: return 0.1
        }
    }

    /// Rows for every window and group the dataset has, ordered window, group (gender, race), disease name
    /// (code-point order), demographic (canonical). Only diseases present in a (window, group) file appear
    /// (3,306 rows on the full data). Identical in both modes.
    public static func rows(_ dataset: Dataset, windows: [Window] = Window.allCases,
                            groups: [DemographicGroup] = DemographicGroup.allCases.sorted()) -> [CompletedCount] {
        let diseaseOrder = dataset.vocabulary.diseaseIDsByName
        var rows: [CompletedCount] = []
        for window in windows {
            for group in groups {
                guard let table = dataset.counts(window: window, group: group) else { continue }
                for disease in diseaseOrder where isPresent(disease, in: table) {
                    rows += self.rows(table: table, disease: disease)
                }
            }
        }
        return rows
    }

    /// The completed rows of one disease in one table.
    public static func rows(table: CooccurrenceTable, disease: DiseaseID) -> [CompletedCount] {
        let counts = Array(table.vector(disease: disease))
        let total = saturatingSum(counts)
        let ranks = Ranking.competitionRanks(counts.map(Double.init))
        return table.group.demographics.enumerated().map { index, demographic in
            let share = total == 0 ? Double.nan : 100 * Double(counts[index]) / Double(total)
            let census = censusPct(demographic)
            return CompletedCount(window: table.window, group: table.group, disease: disease, demographic: demographic,
                                  count: counts[index], sharePct: share, rank: ranks[index],
                                  relativeCensusRepresentation: (share - census) / census * 100)
        }
    }

    static func isPresent(_ disease: DiseaseID, in table: CooccurrenceTable) -> Bool {
        disease < table.diseasePresent.count && table.diseasePresent[disease]
    }
}
