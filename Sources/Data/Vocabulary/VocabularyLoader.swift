import Analysis
import Foundation

/// Builds the study's vocabulary from the JSON resources shipped in the package (`Resources/vocab`).
enum VocabularyLoader {
    /// Real-world spellings of section1.md 1b-B, lower-cased, mapped to canonical names.
    static let realWorldAliases: [String: String] = [
        "htn": "hypertension", "covid": "covid-19", "long covid": "covid-19",
        "crohn disease": "crohn’s disease", "crohn's disease": "crohn’s disease",
        "hep b": "hepatitis b", "tuberculosis": "tuberculoses",
    ]

    /// Logit-file spellings of section2.md §1.3 and section3.md §1 (besides the English prompt names).
    static let logitAliases: [String: String] = [
        "2019 novel coronavirus": "covid-19", "human immunodeficiency virus": "hiv/aids",
        "crohn disease": "crohn’s disease", "sarcoid": "sarcoidoses", "spotting problems": "menstruation",
        "91302008": "sepsis",
    ]

    static var resourceFolder: URL? { Bundle.module.url(forResource: "vocab", withExtension: nil) }

    /// The embedded vocabulary; problems name the resource file when it is unusable (a packaging fault).
    static func load() -> (Vocabulary, [DataProblem]) {
        var problems: [DataProblem] = []
        func json(_ name: String) -> JSONValue {
            guard let folder = resourceFolder else {
                problems.append(DataProblem(.error, path: "vocab/\(name)", reason: "embedded vocabulary resource missing"))
                return .null
            }
            switch FileReader.read(folder.appendingPathComponent(name)) {
            case .failure(let failure):
                problems.append(DataProblem(.error, path: "vocab/\(name)", reason: failure.reason))
                return .null
            case .success(let bytes):
                do {
                    return try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in
                        try JSONValue.parse(buffer)
                    }
                } catch {
                    problems.append(DataProblem(.error, path: "vocab/\(name)", place: "byte \(error.offset)",
                                                reason: error.reason))
                    return .null
                }
            }
        }
        let vocabulary = build(diseases: json("diseases.json"), prompts: json("prompt_diseases.json"),
                               models: json("models.json"), templates: json("templates.json"))
        return (vocabulary, problems)
    }

    static func build(diseases diseaseJSON: JSONValue, prompts: JSONValue, models: JSONValue,
                      templates: JSONValue) -> Vocabulary {
        var promptNames: [Language: [String]] = [:]
        for language in Language.allCases {
            promptNames[language] = prompts[language.rawValue]?.arrayValue?.compactMap(\.stringValue) ?? []
        }
        let english = promptNames[.en] ?? []
        var diseases: [Disease] = []
        for (index, member) in (diseaseJSON.objectValue ?? []).enumerated() {
            let synonyms = member.value.arrayValue?.compactMap(\.stringValue) ?? []
            let name = (synonyms.first ?? member.key).trimmingSpaces().lowercased()
            let prompt = index < english.count ? english[index] : name
            diseases.append(Disease(id: index, name: name, key: member.key, synonyms: synonyms, promptName: prompt))
        }
        var templateLists: [Language: [String]] = [:]
        for language in Language.allCases {
            templateLists[language] = templates["templates_\(language.rawValue)"]?.arrayValue?.compactMap(\.stringValue)
        }
        return Vocabulary(diseases: diseases, models: catalog(models), templates: templateLists,
                          diseaseLookup: lookup(diseases), promptNames: promptNames)
    }

    /// Dictionary keys, canonical names, English prompt names, then the aliases (which never override).
    static func lookup(_ diseases: [Disease]) -> [String: DiseaseID] {
        var table: [String: DiseaseID] = [:]
        for disease in diseases {
            table[disease.key.trimmingSpaces().lowercased()] = disease.id
            table[disease.name] = disease.id
        }
        for disease in diseases where table[disease.promptName.trimmingSpaces().lowercased()] == nil {
            table[disease.promptName.trimmingSpaces().lowercased()] = disease.id
        }
        let byName = Dictionary(diseases.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        for (alias, canonical) in logitAliases.merging(realWorldAliases, uniquingKeysWith: { first, _ in first }) {
            if table[alias] == nil, let id = byName[canonical] { table[alias] = id }
        }
        return table
    }

    static func catalog(_ json: JSONValue) -> ModelCatalog {
        var parameters: [String: Double] = [:]
        for member in json["parameters_millions"]?.objectValue ?? [] {
            if let value = member.value.doubleValue { parameters[member.key] = value }
        }
        let groups = (json["groups"]?.objectValue ?? []).map {
            ModelGroup(name: $0.key, models: $0.value.arrayValue?.compactMap(\.stringValue) ?? [])
        }
        let pairs = (json["alignment_pairs"]?.arrayValue ?? []).compactMap { pair -> AlignmentPair? in
            guard let base = pair["base"]?.stringValue, let aligned = pair["aligned"]?.stringValue else { return nil }
            return AlignmentPair(base: base, aligned: aligned, method: pair["method"]?.stringValue ?? "")
        }
        return ModelCatalog(parametersMillions: parameters, groups: groups, alignmentPairs: pairs)
    }
}
