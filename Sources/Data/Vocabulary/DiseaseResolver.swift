import Analysis

/// `logits_generate/disease_translations.csv` as the study used it: ONE dictionary from every Chinese, French and
/// Spanish name to its English name (so a French key is also found through the Spanish column).
struct TranslationTable: Sendable {
    var toEnglish: [String: String] = [:]
    /// Per language: the names of that language's column (to tell which language a logits file's keys are in).
    var names: [Language: Set<String>] = [:]

    /// Rows read at most (the study translates 93 names); the rest is refused, so memory stays bounded.
    static let maximumRows = 10_000

    /// Reads the columns `English, Chinese, French, Spanish`; problems name the line.
    static func parse(_ document: inout CSVStream, path: String) -> (TranslationTable, [DataProblem]) {
        var table = TranslationTable()
        var problems = BoundedProblems()
        guard let header = document.next() else {
            return (table, [DataProblem(.error, path: path, reason: "empty file: no header")])
        }
        let names = header.fields.map { $0.trimmingSpaces() }
        guard let english = names.firstIndex(of: "English") else {
            return (table, [DataProblem(.error, path: path, place: "line \(header.line)",
                                        reason: "no 'English' column in the header")])
        }
        let columns: [(index: Int, language: Language)] = [("Chinese", Language.zh), ("French", .fr), ("Spanish", .es)]
            .compactMap { name, language in names.firstIndex(of: name).map { ($0, language) } }
        var rows = 0
        while let record = document.next() {
            rows += 1
            guard rows <= maximumRows else {
                problems.append(DataProblem(.error, path: path, place: "line \(record.line)",
                                            reason: "more than \(maximumRows) rows; the rest is not read"))
                break
            }
            guard record.fields.count > english else { continue }
            let target = record.fields[english].trimmingSpaces()
            for column in columns where column.index < record.fields.count {
                let source = record.fields[column.index].trimmingSpaces()
                guard !source.isEmpty else { continue }
                table.names[column.language, default: []].insert(source)
                if let existing = table.toEnglish[source], existing != target {
                    problems.append(DataProblem(.warning, path: path, place: "line \(record.line)",
                                                reason: "'\(shortened(source))' translates both '\(shortened(existing))' and "
                                                    + "'\(shortened(target))'; the first is kept"))
                    continue
                }
                table.toEnglish[source] = target
            }
        }
        return (table, problems.finished(path: path))
    }
}

/// How a logits key was matched to a disease.
enum DiseaseMatch: Sendable, Hashable {
    case direct(DiseaseID)
    /// Not in the translation table; matched through the position-aligned prompt list of its language.
    case promptListFallback(DiseaseID)
    case unknown
}

/// Maps a logits file's disease keys (in the file's language) to diseases.
struct DiseaseResolver: Sendable {
    let vocabulary: Vocabulary
    let translations: TranslationTable
    /// Per language: prompt name (trimmed) → disease, from `vocab/prompt_diseases.json`.
    let promptIndex: [Language: [String: DiseaseID]]

    init(vocabulary: Vocabulary, translations: TranslationTable) {
        self.vocabulary = vocabulary
        self.translations = translations
        var index: [Language: [String: DiseaseID]] = [:]
        for (language, names) in vocabulary.promptNames {
            var table: [String: DiseaseID] = [:]
            for (position, name) in names.enumerated() where position < vocabulary.diseases.count {
                table[name.trimmingSpaces().lowercased()] = table[name.trimmingSpaces().lowercased()] ?? position
            }
            index[language] = table
        }
        self.promptIndex = index
        var exact: [Language: [String: DiseaseID]] = [.en: vocabulary.diseaseLookup]
        for (name, id) in zip(vocabulary.promptNames[.en] ?? [], vocabulary.diseases.indices)
        where exact[.en]?[name] == nil {
            exact[.en]?[name] = vocabulary.disease(named: name) ?? id
        }
        var foreign: [String: DiseaseID] = [:]
        for (source, english) in translations.toEnglish {
            if let id = vocabulary.disease(named: english) { foreign[source] = id }
        }
        for language in Language.allCases where language != .en { exact[language] = foreign }
        self.exactIndex = exact
    }

    /// Keys exactly as files write them (English spellings; translated names) → disease: the common case, checked
    /// before any trimming or case folding.
    let exactIndex: [Language: [String: DiseaseID]]

    func resolve(_ key: String, language: Language) -> DiseaseMatch {
        if let id = exactIndex[language]?[key] { return .direct(id) }
        if language == .en {
            return vocabulary.disease(named: key).map(DiseaseMatch.direct) ?? .unknown
        }
        let trimmed = key.trimmingSpaces()
        if let english = translations.toEnglish[trimmed], let id = vocabulary.disease(named: english) {
            return .direct(id)
        }
        if let id = promptIndex[language]?[trimmed.lowercased()] { return .promptListFallback(id) }
        return .unknown
    }
}
