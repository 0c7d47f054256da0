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

/// A key of the exact-key table: its disease, and the language whose column alone holds it when that is not the
/// language looked up (nil: the name is the language's own, or English).
struct ExactKey: Sendable, Hashable {
    let disease: DiseaseID
    let otherLanguage: Language?
}

extension TranslationTable {
    /// The first of es, fr, zh whose column holds `name`, when `language`'s column does not.
    func otherLanguage(of name: String, than language: Language) -> Language? {
        guard names[language]?.contains(name) != true else { return nil }
        return [Language.es, .fr, .zh].first { $0 != language && names[$0]?.contains(name) == true }
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
        var english = vocabulary.diseaseLookup.mapValues { ExactKey(disease: $0, otherLanguage: nil) }
        for (name, id) in zip(vocabulary.promptNames[.en] ?? [], vocabulary.diseases.indices) where english[name] == nil {
            english[name] = ExactKey(disease: vocabulary.disease(named: name) ?? id, otherLanguage: nil)
        }
        var exact: [Language: [String: ExactKey]] = [.en: english]
        for language in Language.allCases where language != .en {
            var table: [String: ExactKey] = [:]
            for (source, target) in translations.toEnglish {
                guard let id = vocabulary.disease(named: target) else { continue }
                table[source] = ExactKey(disease: id, otherLanguage: translations.otherLanguage(of: source, than: language))
            }
            exact[language] = table
        }
        self.exactIndex = exact
    }

    /// Keys exactly as files write them (English spellings; translated names) → disease: the common case, checked
    /// before any trimming or case folding. The study's one table serves es, fr and zh alike; each entry also says
    /// when the name is only another language's (to tell a file copied from another language).
    let exactIndex: [Language: [String: ExactKey]]

    func resolve(_ key: String, language: Language) -> DiseaseMatch {
        if let exact = exactIndex[language]?[key] { return .direct(exact.disease) }
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
