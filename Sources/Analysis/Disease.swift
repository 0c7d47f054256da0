/// Index of a disease in `Vocabulary.diseases` (the order of `vocab/diseases.json`).
public typealias DiseaseID = Int

/// One of the 93 diseases of the study.
public struct Disease: Sendable, Hashable, Codable {
    public let id: DiseaseID
    /// Canonical name: first synonym, lower-cased and trimmed (`als`, `mi`, `crohn’s disease`).
    public let name: String
    /// The dictionary key as written upstream (`10743008.0`, `91302008`, `HIV/AIDS`).
    public let key: String
    public let synonyms: [String]
    /// The English name used in the prompts (`human immunodeficiency virus` for hiv/aids).
    public let promptName: String

    public init(id: DiseaseID, name: String, key: String, synonyms: [String], promptName: String) {
        self.id = id
        self.name = name
        self.key = key
        self.synonyms = synonyms
        self.promptName = promptName
    }
}
