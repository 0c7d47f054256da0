@testable import Analysis

/// Small in-memory data sets for the Section 2 and score tests.
enum Section2TestData {
    static let gender = LogitConfiguration(logitType: .hf, context: .plain, language: .en, group: .gender)

    static func vocabulary(_ names: [String], groups: [ModelGroup] = []) -> Vocabulary {
        let diseases = names.enumerated().map {
            Disease(id: $0.offset, name: $0.element, key: $0.element, synonyms: [$0.element], promptName: $0.element)
        }
        let lookup = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
        return Vocabulary(diseases: diseases,
                          models: ModelCatalog(parametersMillions: [:], groups: groups, alignmentPairs: []),
                          templates: [:], diseaseLookup: lookup, promptNames: [:])
    }

    /// `logits[disease][demographic]` = the first templates' values; the rest of the 20 are NaN. An empty
    /// disease entry means the file has no such disease.
    static func table(model: String = "m", configuration: LogitConfiguration = gender,
                      source: ModelSource = .huggingFace, _ logits: [[[Double]]]) -> LogitTable {
        let width = configuration.group.demographics.count
        var values: [Double] = []
        for disease in logits {
            for index in 0..<width {
                let given = disease.isEmpty ? [] : disease[index]
                values += given + [Double](repeating: .nan, count: LogitTable.templateCount - given.count)
            }
        }
        return LogitTable(model: model, configuration: configuration, source: source, diseaseCount: logits.count,
                          values: values, diseasePresent: logits.map { !$0.isEmpty })
    }

    /// `counts[disease]` = the demographic counts, nil for a disease without rows.
    static func counts(_ counts: [[Int]?], window: Window = .w250, group: DemographicGroup = .gender)
        -> CooccurrenceTable {
        let width = group.demographics.count
        return CooccurrenceTable(window: window, group: group,
                                 counts: counts.flatMap { $0 ?? [Int](repeating: 0, count: width) },
                                 diseasePresent: counts.map { $0 != nil }, rowCount: counts.count)
    }

    static func dataset(names: [String], tables: [LogitTable], counts: [CooccurrenceTable] = [],
                        prevalence: PrevalenceTable? = nil, documentTotals: [Int?]? = nil,
                        groups: [ModelGroup] = []) -> Dataset {
        let models = Array(Set(tables.map(\.model))).sorted().map {
            ModelInfo(id: $0, family: "pythia", parametersMillions: nil, source: .huggingFace)
        }
        return Dataset(rootName: "test", vocabulary: vocabulary(names, groups: groups), models: models,
                       cooccurrence: Dictionary(uniqueKeysWithValues: counts.map {
                           (CooccurrenceKey(window: $0.window, group: $0.group), $0)
                       }),
                       documentTotals: documentTotals ?? names.map { _ in nil }, logitTables: tables,
                       prevalence: prevalence.map { [.real: $0] } ?? [:], filesRead: [], problems: [])
    }

    /// A gender prevalence table with one row per (disease, male, female) given.
    static func genderPrevalence(_ rows: [(DiseaseID, Double?, Double?)]) -> PrevalenceTable {
        PrevalenceTable(source: .real, columns: [.male, .female], rows: rows.map { disease, male, female in
            PrevalenceRow(rawName: "d\(disease)", disease: disease, values: [
                .male: PrevalenceValue(raw: "\(male ?? 0)", value: male),
                .female: PrevalenceValue(raw: "\(female ?? 0)", value: female),
            ])
        })
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool { abs(a - b) <= tolerance }
}
