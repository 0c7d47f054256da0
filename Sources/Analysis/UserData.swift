/// What a user laid over the study's data: a model catalogue and a prevalence table of another population. Both
/// are correct-mode data; paper mode keeps the study's models and table (`Dataset.forMode(_:)`).
public struct UserData: Sendable {
    /// The validated catalogue, nil without one.
    public var catalog: UserCatalog?
    /// The table used in place of `cross_care_demo_real.csv` for every comparison with real prevalence.
    public var prevalence: UserPrevalence?
    /// The study's catalogue and real prevalence table as they were before a user's were laid over them.
    public var studyCatalog: ModelCatalog?
    public var studyRealPrevalence: PrevalenceTable?
    /// On the paper-mode view of a data set with user data: what that view leaves out, for captions.
    public var leftOutInPaperMode: String?

    public init(catalog: UserCatalog? = nil, prevalence: UserPrevalence? = nil, studyCatalog: ModelCatalog? = nil,
                studyRealPrevalence: PrevalenceTable? = nil, leftOutInPaperMode: String? = nil) {
        self.catalog = catalog
        self.prevalence = prevalence
        self.studyCatalog = studyCatalog
        self.studyRealPrevalence = studyRealPrevalence
        self.leftOutInPaperMode = leftOutInPaperMode
    }

    /// No catalogue and no prevalence table of the user's.
    public var isEmpty: Bool { catalog == nil && prevalence == nil }
}

/// A user's real-prevalence table (`--prevalence FILE` or the catalogue's `prevalence` key), in the layout of
/// `cross_care_demo_real.csv`.
public struct UserPrevalence: Sendable, Hashable {
    /// The file as the user named it.
    public let path: String
    public let table: PrevalenceTable

    public init(path: String, table: PrevalenceTable) {
        self.path = path
        self.table = table
    }
}

/// Holds the paper-mode view of a data set (a struct cannot hold its own type directly).
final class DatasetBox: Sendable {
    let dataset: Dataset

    init(_ dataset: Dataset) { self.dataset = dataset }
}
