/// `vocab/models.json`: sizes, named groups in file order, alignment pairs; with a user's catalogue merged over it
/// (`merging(_:)`), its models and pairs too.
public struct ModelCatalog: Sendable, Hashable {
    public let parametersMillions: [String: Double]
    public let groups: [ModelGroup]
    /// The study's pairs, then a user's (`AlignmentPair.isUserDefined`).
    public let alignmentPairs: [AlignmentPair]
    /// Models of a user's catalogue, in file order (empty for the study's catalogue alone).
    public let userModels: [CatalogModel]
    /// Ids of the user's models that the study's catalogue does not list (the models paper mode leaves out).
    public let newModelIDs: Set<String>

    /// The study's families in the order models are listed.
    public static let studyFamilies = ["pythia", "mamba", "t5", "qwen", "llama", "mistral", "api_model"]

    public init(parametersMillions: [String: Double], groups: [ModelGroup], alignmentPairs: [AlignmentPair],
                userModels: [CatalogModel] = [], newModelIDs: Set<String> = []) {
        self.parametersMillions = parametersMillions
        self.groups = groups
        self.alignmentPairs = alignmentPairs
        self.userModels = userModels
        self.newModelIDs = newModelIDs
    }

    /// Models of a named group in file order; empty when the group does not exist.
    public func models(inGroup name: String) -> [String] {
        groups.first { $0.name == name }?.models ?? []
    }

    /// The user's entry of a model, if the catalogue has one.
    public func userModel(_ id: String) -> CatalogModel? {
        userModels.first { $0.id == id }
    }

    /// A user's family for the model, else the family group that lists it (`pythia`, `mamba`, `t5`, `qwen`,
    /// `llama`, `mistral`, `api_model`), else `other`.
    public func family(of model: String) -> String {
        if let entry = userModel(model) { return entry.family }
        for family in Self.studyFamilies where models(inGroup: family).contains(model) { return family }
        if model.hasPrefix("EleutherAI/pythia") { return "pythia" }
        if model.hasPrefix("state-spaces/mamba") { return "mamba" }
        if model.hasPrefix("EleutherAI/pile-t5") { return "t5" }
        return "other"
    }

    /// Families in listing order: the study's, then a user's new ones in catalogue order, then `other`.
    public var familyOrder: [String] {
        var order = Self.studyFamilies
        for entry in userModels where !order.contains(entry.family) && entry.family != "other" {
            order.append(entry.family)
        }
        return order + ["other"]
    }

    /// Families of a user's catalogue that the study does not have, in catalogue order.
    public var userFamilies: [String] {
        familyOrder.filter { !Self.studyFamilies.contains($0) && $0 != "other" }
    }

    /// This catalogue with a user's over it: a user's entry replaces the study's family, size and corpus of the
    /// same id; each user model joins the group named by its family (created after the study's groups when new)
    /// and, unless trained on The Pile, `all_wild`; a user's pairs follow the study's.
    public func merging(_ user: UserCatalog) -> ModelCatalog {
        guard !user.models.isEmpty || !user.alignmentPairs.isEmpty else { return self }
        var sizes = parametersMillions
        var members = groups.map { ($0.name, $0.models) }
        let known = Set(parametersMillions.keys).union(groups.flatMap(\.models))
        let new = Set(user.models.map(\.id).filter { !known.contains($0) })
        for entry in user.models {
            if let size = entry.parametersMillions { sizes[entry.id] = size }
            let corpus = entry.pretrainingCorpus ?? PretrainingCorpus.study(family: entry.family)
            for index in members.indices where Self.studyFamilies.contains(members[index].0)
                && members[index].0 != entry.family {
                members[index].1.removeAll { $0 == entry.id }
            }
            let wanted = [entry.family] + (corpus == .pile ? [] : ["all_wild"])
            for name in wanted {
                if let index = members.firstIndex(where: { $0.0 == name }) {
                    if !members[index].1.contains(entry.id) { members[index].1.append(entry.id) }
                } else {
                    members.append((name, [entry.id]))
                }
            }
        }
        return ModelCatalog(parametersMillions: sizes, groups: members.map { ModelGroup(name: $0.0, models: $0.1) },
                            alignmentPairs: alignmentPairs + user.alignmentPairs, userModels: userModels + user.models,
                            newModelIDs: newModelIDs.union(new))
    }
}
