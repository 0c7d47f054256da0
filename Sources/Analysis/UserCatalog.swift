/// One model of a user's catalogue (`biasexplorer.json` → `models`).
public struct CatalogModel: Sendable, Hashable {
    /// Hugging Face style id, `org/name`.
    public let id: String
    public let family: String
    public let parametersMillions: Double?
    public let displayName: String?
    /// nil: the study's rule for the family.
    public let pretrainingCorpus: PretrainingCorpus?

    public init(id: String, family: String, parametersMillions: Double? = nil, displayName: String? = nil,
                pretrainingCorpus: PretrainingCorpus? = nil) {
        self.id = id
        self.family = family
        self.parametersMillions = parametersMillions
        self.displayName = displayName
        self.pretrainingCorpus = pretrainingCorpus
    }
}

/// What a user's catalogue file says, after validation (`biasexplorer.json` or `--catalog FILE`).
public struct UserCatalog: Sendable, Hashable {
    /// The file as the user named it (root-relative for `biasexplorer.json`).
    public let path: String
    public let models: [CatalogModel]
    /// Pairs, each marked `isUserDefined`.
    public let alignmentPairs: [AlignmentPair]
    /// The `prevalence` key: a prevalence table's path relative to the catalogue's folder, if given.
    public let prevalencePath: String?

    public init(path: String, models: [CatalogModel], alignmentPairs: [AlignmentPair], prevalencePath: String?) {
        self.path = path
        self.models = models
        self.alignmentPairs = alignmentPairs
        self.prevalencePath = prevalencePath
    }
}
