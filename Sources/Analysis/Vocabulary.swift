/// The study's vocabulary: diseases with their names in every prompt language, models, template count.
public struct Vocabulary: Sendable {
    /// In the order of `vocab/diseases.json`; `diseases[id].id == id`.
    public let diseases: [Disease]
    public let models: ModelCatalog
    /// Prompt templates per language (20 each), for display.
    public let templates: [Language: [String]]
    /// Lookup from any known spelling (lower-cased, trimmed) to a disease: dictionary keys, canonical names,
    /// prompt names, logit-file aliases, real-world aliases, translated prompt names.
    public let diseaseLookup: [String: DiseaseID]
    /// Names per prompt language (from `vocab/prompt_diseases.json`), position-aligned with `diseases`.
    public let promptNames: [Language: [String]]
    /// Disease ids sorted by canonical name in code-point order (the order of the study's tables); sorted once
    /// here because every table and pane asks for it per model.
    public let diseaseIDsByName: [DiseaseID]

    public init(diseases: [Disease], models: ModelCatalog, templates: [Language: [String]],
                diseaseLookup: [String: DiseaseID], promptNames: [Language: [String]]) {
        self.diseases = diseases
        self.models = models
        self.templates = templates
        self.diseaseLookup = diseaseLookup
        self.promptNames = promptNames
        diseaseIDsByName = diseases.sorted {
            $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars)
        }.map(\.id)
    }

    /// The disease for any known spelling (case and surrounding space ignored), or nil.
    public func disease(named raw: String) -> DiseaseID? {
        diseaseLookup[raw.trimmingSpaces().lowercased()]
    }
}
