/// What a user lays over a data root: a model catalogue and a prevalence table of another population.
public struct LoadOptions: Sendable, Hashable {
    /// `--catalog FILE`; nil: the root's `biasexplorer.json` when it exists.
    public var catalogPath: String?
    /// `--prevalence FILE`; nil: the catalogue's `prevalence` key, if any.
    public var prevalencePath: String?

    public init(catalogPath: String? = nil, prevalencePath: String? = nil) {
        self.catalogPath = catalogPath
        self.prevalencePath = prevalencePath
    }

    /// The catalogue's file name at a data root.
    public static let rootCatalogName = "biasexplorer.json"
}
