/// One real-world prevalence cell: the text as written (paper mode sorts these strings) and its number.
public struct PrevalenceValue: Sendable, Hashable {
    /// The cell as written, trimmed (`"2,200.00"`, `"Na"`, `""`).
    public let raw: String
    /// Parsed value (thousands separators removed); nil for empty, `Na`, free text or unparsable.
    public let value: Double?

    public init(raw: String, value: Double?) {
        self.raw = raw
        self.value = value
    }
}

/// One row of a prevalence table.
public struct PrevalenceRow: Sendable, Hashable {
    /// The disease name as written in the file.
    public let rawName: String
    /// The matched disease (after the spec's aliases), nil when it maps to none.
    public let disease: DiseaseID?
    public let values: [Demographic: PrevalenceValue]

    public init(rawName: String, disease: DiseaseID?, values: [Demographic: PrevalenceValue]) {
        self.rawName = rawName
        self.disease = disease
        self.values = values
    }
}

/// Which real-world table.
public enum PrevalenceSource: String, CaseIterable, Sendable, Hashable {
    /// `propagation_eval/real_world_data/cross_care_demo_real.csv` (15 diseases; the 1b and Section 3 table).
    case real
    /// `propagation_eval/section1/cross_care_demo.csv` (20 diseases; notebook "1C").
    case demo20
    /// `propagation_eval/real_world_data/cross_care_demo.csv` (the same 20, other spellings).
    case demo20RealWorld
    /// NHIS race rows of `NIHS Prevalence - USA.csv` (13 rows).
    case nhisRace
    /// GBD 2019 prevalence by sex, per 10,000 (36 causes).
    case gbdGender

    public var relativePath: String {
        switch self {
        case .real: return "propagation_eval/real_world_data/cross_care_demo_real.csv"
        case .demo20: return "propagation_eval/section1/cross_care_demo.csv"
        case .demo20RealWorld: return "propagation_eval/real_world_data/cross_care_demo.csv"
        case .nhisRace: return "propagation_eval/real_world_data/NIHS Prevalence - USA.csv"
        case .gbdGender: return "propagation_eval/real_world_data/IHME-GBD_2019_DATA-a2d46dc9-1.csv"
        }
    }
}

/// A real-world prevalence table, per 10,000.
public struct PrevalenceTable: Sendable, Hashable {
    public let source: PrevalenceSource
    /// Demographic columns in file order.
    public let columns: [Demographic]
    public let rows: [PrevalenceRow]

    public init(source: PrevalenceSource, columns: [Demographic], rows: [PrevalenceRow]) {
        self.source = source
        self.columns = columns
        self.rows = rows
    }

    /// The row of a disease, if any.
    public func row(for disease: DiseaseID) -> PrevalenceRow? {
        rows.first { $0.disease == disease }
    }
}
