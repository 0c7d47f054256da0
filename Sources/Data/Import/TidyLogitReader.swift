import Analysis

/// The logits of one imported file: per disease, per demographic index of the group, 20 values (NaN = missing).
struct ImportedLogits: Sendable {
    let configuration: LogitConfiguration
    var entries: [DiseaseID: [Int: [Double]]] = [:]
}

/// Reads a tidy logits CSV (`TidyLogits.header`; `logit_type` and `context` optional) into per-configuration
/// entries. Every row it cannot place is a problem naming the line; the other rows are kept.
struct TidyLogitReader {
    let path: String
    let vocabulary: Vocabulary
    let translations: TranslationTable
    /// Used when the file has no `logit_type` (`context`) column; when it has one and these are set, rows of
    /// another value are not placed.
    let logitType: LogitType?
    let context: PromptContext?

    /// Why the file cannot be read at all.
    enum Failure: Error, Equatable {
        case noHeader
        case missingColumns([String])
    }

    func read(_ document: CSVDocument) throws(Failure) -> (files: [ImportedLogits], rows: Int, problems: [DataProblem]) {
        guard let header = document.records.first else { throw .noHeader }
        let names = header.fields.map { $0.trimmingSpaces().lowercased() }
        let missing = TidyLogits.requiredColumns.filter { !names.contains($0) }
        guard missing.isEmpty else { throw .missingColumns(missing) }
        let column = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var files: [LogitConfiguration: ImportedLogits] = [:], order: [LogitConfiguration] = []
        var problems: [DataProblem] = [], placed = 0
        var firstLine: [Slot: Int] = [:]
        for record in document.records.dropFirst() {
            func field(_ name: String) -> String? {
                column[name].map { $0 < record.fields.count ? record.fields[$0].trimmingSpaces() : "" }
            }
            switch place(field) {
            case .failure(let fault):
                problems.append(DataProblem(.error, path: path, place: "line \(record.line)",
                                            reason: fault.reason + "; row not placed"))
            case .success(let row):
                if let first = firstLine[row.slot] {
                    problems.append(DataProblem(.error, path: path, place: "line \(record.line)",
                                                reason: "repeats line \(first) (same configuration, disease, "
                                                    + "demographic, template); row not placed"))
                    continue
                }
                firstLine[row.slot] = record.line
                let configuration = row.slot.configuration
                if files[configuration] == nil {
                    files[configuration] = ImportedLogits(configuration: configuration)
                    order.append(configuration)
                }
                var values = files[configuration]?.entries[row.slot.disease]?[row.slot.demographic]
                    ?? [Double](repeating: .nan, count: LogitTable.templateCount)
                values[row.slot.template] = row.logit
                files[configuration]?.entries[row.slot.disease, default: [:]][row.slot.demographic] = values
                placed += 1
            }
        }
        return (order.compactMap { files[$0] }, placed, problems)
    }

    /// Where one value goes.
    struct Slot: Hashable {
        let configuration: LogitConfiguration
        let disease: DiseaseID
        let demographic: Int
        let template: Int
    }

    struct PlacedRow {
        let slot: Slot
        let logit: Double
    }

    struct RowFault: Error {
        let reason: String
    }

    func place(_ field: (String) -> String?) -> Result<PlacedRow, RowFault> {
        func text(_ name: String) -> String { field(name) ?? "" }
        guard let group = DemographicGroup(rawValue: text("group").lowercased()) else {
            return .failure(RowFault(reason: "group \"\(text("group"))\" is not race or gender"))
        }
        guard let language = Language(rawValue: text("language").lowercased()) else {
            return .failure(RowFault(reason: "language \"\(text("language"))\" is not en, es, fr or zh"))
        }
        let logitTypeText = field("logit_type")
        guard let logitType = logitTypeText.map({ LogitType(rawValue: $0.lowercased()) }) ?? (self.logitType ?? .hf) else {
            return .failure(RowFault(reason: "logit_type \"\(logitTypeText ?? "")\" is not hf or hf_tf"))
        }
        if let wanted = self.logitType, logitType != wanted {
            return .failure(RowFault(reason: "logit_type \(logitType.rawValue) is not the --logit-type \(wanted.rawValue)"))
        }
        let contextText = field("context")
        guard let context = contextText.map({ PromptContext(rawValue: $0.lowercased()) }) ?? (self.context ?? .plain) else {
            return .failure(RowFault(reason: "context \"\(contextText ?? "")\" is not plain or american"))
        }
        if let wanted = self.context, context != wanted {
            return .failure(RowFault(reason: "context \(context.rawValue) is not the --context \(wanted.rawValue)"))
        }
        guard let disease = disease(named: text("disease")) else {
            return .failure(RowFault(reason: "unknown disease \"\(text("disease"))\""))
        }
        guard let demographic = Demographic(label: text("demographic")), demographic.group == group else {
            return .failure(RowFault(reason: "\"\(text("demographic"))\" is not a \(group.rawValue) demographic"))
        }
        guard let template = Int(text("template")), (0..<LogitTable.templateCount).contains(template) else {
            return .failure(RowFault(reason: "template \"\(text("template"))\" is not 0 to \(LogitTable.templateCount - 1)"))
        }
        guard let logit = logit(text("logit")) else {
            return .failure(RowFault(reason: "logit \"\(text("logit"))\" is not a finite number, NaN or empty"))
        }
        let configuration = LogitConfiguration(logitType: logitType, context: context, language: language, group: group)
        return .success(PlacedRow(slot: Slot(configuration: configuration, disease: disease,
                                             demographic: demographic.indexInGroup, template: template), logit: logit))
    }

    /// A disease in any language the vocabulary knows: English names and aliases, the translation table, the
    /// prompt names of every language.
    func disease(named name: String) -> DiseaseID? {
        if let id = vocabulary.disease(named: name) { return id }
        if let english = translations.toEnglish[name], let id = vocabulary.disease(named: english) { return id }
        let lowered = name.lowercased()
        for language in Language.allCases {
            let names = vocabulary.promptNames[language] ?? []
            if let index = names.firstIndex(where: { $0.trimmingSpaces().lowercased() == lowered }),
               index < vocabulary.diseases.count { return index }
        }
        return nil
    }

    /// `NaN` (any case) or empty → NaN; otherwise a finite number.
    func logit(_ text: String) -> Double? {
        if text.isEmpty || text.lowercased() == "nan" { return .nan }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
