import Analysis

/// Notes and warnings about the data as a whole: the known quirks of the real Cross-Care files (spec sections 1–3),
/// each with its meaning, and input files the layout expects but the root lacks.
enum KnownQuirks {
    static func notes(assembly: DatasetAssembly, listing: RootListing,
                      notUsed: [(path: String, reason: String)]) -> [DataProblem] {
        var notes = logitNotes(assembly) + countNotes(assembly) + prevalenceNotes(assembly)
        notes += modelNotes(assembly) + absentInputs(listing)
        let raw = notUsed.filter { $0.reason.hasPrefix("raw GPT-3.5") }
        if !raw.isEmpty {
            notes.append(DataProblem(.note, path: "logits_results/api/output_pile/azure",
                                     reason: "\(raw.count) raw GPT-3.5 top-logprob files not used; the _processed files are"))
        }
        return notes
    }

    static func logitNotes(_ assembly: DatasetAssembly) -> [DataProblem] {
        var notes: [DataProblem] = []
        for statistic in assembly.logitStatistics {
            let file = statistic.file
            if statistic.nans > 0 {
                let known = file.model == "EleutherAI/pythia-70m-deduped" && file.logitType == .hf && file.context == .plain
                notes.append(DataProblem(known ? .note : .warning, path: statistic.path,
                                         reason: "\(statistic.nans) of \(statistic.values) logits are NaN, treated as missing"
                                            + (known ? " (known: fp16 overflow in the study's pythia-70m run)" : "")))
            }
            if file.source == .gptProcessed, statistic.zeros > 0 {
                notes.append(DataProblem(.note, path: statistic.path,
                                         reason: "\(statistic.zeros) literal 0 logits: placeholders for missing values "
                                            + "(missing in correct mode, averaged as values in paper mode)"))
            }
        }
        if assembly.logitStatistics.contains(where: { $0.file.source == .cohere }) {
            notes.append(DataProblem(.note, path: "logits_results/api/output_pile/cohere",
                                     reason: "Cohere's logits sit in folders named gpt-35-turbo-0613 (upstream naming); model id 'cohere'"))
        }
        if assembly.logitStatistics.contains(where: { $0.file.logitType == nil }) {
            notes.append(DataProblem(.note, path: "logits_results/api",
                                     reason: "API models are included under both hf and hf_tf, as the study did"))
        }
        for language in Language.allCases {
            for (key, match) in (assembly.fallbackKeys[language] ?? [:]).sorted(by: { $0.key < $1.key }) {
                notes.append(DataProblem(.note, path: FileFamily.translationsPath, place: "key \"\(key)\"",
                                         reason: "\(language.rawValue) logits key not in the translation table; mapped to "
                                            + "'\(assembly.vocabulary.diseases[match.disease].name)' through the position-aligned "
                                            + "prompt list (\(match.files) files; the paper dropped it)"))
            }
        }
        return notes
    }

    static func countNotes(_ assembly: DatasetAssembly) -> [DataProblem] {
        var notes: [DataProblem] = []
        let diseases = assembly.vocabulary.diseases
        for key in assembly.cooccurrence.keys.sorted(by: { ($0.group, $0.window) < ($1.group, $1.window) }) {
            guard let table = assembly.cooccurrence[key] else { continue }
            let path = FileFamily.countsFolder + "aggregated_\(key.group.rawValue)_\(key.window.rawValue).csv"
            let absent = table.diseasePresent.indices.filter { !table.diseasePresent[$0] }.map { diseases[$0].name }
            let known = absent.filter {
                $0 == "aortic aneurysem" || ($0 == "repetitive stress syndrome" && key == CooccurrenceKey(window: .w10, group: .race))
            }
            let unknown = absent.filter { !known.contains($0) }
            if !known.isEmpty {
                notes.append(DataProblem(.note, path: path, reason: "no rows for \(known.joined(separator: ", ")) "
                                            + "(known; its counts are 0 and it is not present in this window)"))
            }
            if !unknown.isEmpty {
                notes.append(DataProblem(.warning, path: path, reason: "no rows for \(unknown.count) diseases "
                                            + "(counts 0, not present): " + unknown.prefix(8).joined(separator: ", ")
                                            + (unknown.count > 8 ? ", …" : "")))
            }
        }
        return notes
    }

    static func prevalenceNotes(_ assembly: DatasetAssembly) -> [DataProblem] {
        var notes: [DataProblem] = []
        for source in PrevalenceSource.allCases {
            guard let table = assembly.prevalence[source], source != .gbdGender else { continue }
            var missing: [String] = []
            for row in table.rows {
                for demographic in table.columns where row.values[demographic]?.value == nil {
                    missing.append("\(row.rawName)/\(demographic.label) = '\(row.values[demographic]?.raw ?? "")'")
                }
            }
            if !missing.isEmpty {
                notes.append(DataProblem(.note, path: source.relativePath, reason: "\(missing.count) cells are missing "
                                            + "(0, Na, empty or text; 0 is the study's 'not available'): "
                                            + missing.prefix(6).joined(separator: ", ") + (missing.count > 6 ? ", …" : "")))
            }
            let smallUnits = table.rows.filter { row in
                let race = [Demographic.white, .black, .hispanic, .asian].compactMap { row.values[$0]?.value }
                return !race.isEmpty && race.allSatisfy { $0 < 10 }
            }.map(\.rawName)
            if source != .nhisRace, !smallUnits.isEmpty {
                notes.append(DataProblem(.note, path: source.relativePath,
                                         reason: "race values of \(smallUnits.joined(separator: ", ")) are below 10 per 10,000, "
                                            + "a different unit from the other rows (known: section1.md §1.4); used as written"))
            }
            if source == .demo20, let row = table.rows.first(where: { $0.rawName.lowercased() == "hypertension" }),
               let female = row.values[.female], female.raw == "25,300.00" {
                notes.append(DataProblem(.warning, path: source.relativePath, place: "hypertension / female",
                                         reason: "suspect value 25,300.00 (10× the 2,530.00 of cross_care_demo_real.csv); used as written"))
            }
        }
        if let gbd = assembly.prevalence[.gbdGender] {
            let unmatched = gbd.rows.filter { $0.disease == nil }.count
            let zeros = gbd.rows.flatMap { $0.values.values }.filter { Double($0.raw) == 0 }.count
            if zeros > 0 {
                notes.append(DataProblem(.note, path: PrevalenceSource.gbdGender.relativePath,
                                         reason: "\(zeros) prevalence values are 0, treated as missing (README decision 5)"))
            }
            notes.append(DataProblem(.note, path: PrevalenceSource.gbdGender.relativePath,
                                     reason: "\(gbd.rows.count) causes, \(unmatched) of them not study diseases (kept unmatched)"))
        }
        return notes
    }

    static func modelNotes(_ assembly: DatasetAssembly) -> [DataProblem] {
        var notes: [DataProblem] = []
        let models = Set(assembly.modelSources.keys)
        if !models.isEmpty, !models.contains("EleutherAI/pile-t5-xxl") {
            notes.append(DataProblem(.note, path: "logits_results",
                                     reason: "EleutherAI/pile-t5-xxl has no logits files (known: absent upstream)"))
        }
        let xl = assembly.tableKeys.filter { $0.model == "EleutherAI/pile-t5-xl" && $0.configuration.logitType == .hf }
        if xl.contains(where: { $0.configuration.context == .plain }), !xl.contains(where: { $0.configuration.context == .american }) {
            notes.append(DataProblem(.note, path: "logits_results/hf/output_pile/american_context",
                                     reason: "no EleutherAI/pile-t5-xl folder (known: 15 Pile models there, 16 elsewhere)"))
        }
        let catalogued = Set(assembly.vocabulary.models.parametersMillions.keys)
            .union(assembly.vocabulary.models.groups.flatMap(\.models))
        for model in models.sorted() where !catalogued.contains(model) {
            notes.append(DataProblem(.warning, path: "logits_results",
                                     reason: "model '\(model)' is not in vocab/models.json or a catalogue "
                                        + "(biasexplorer.json, --catalog) (family 'other', no parameter count)"))
        }
        return notes
    }

    /// The inputs every analysis needs; absent ones are warnings.
    static func absentInputs(_ listing: RootListing) -> [DataProblem] {
        let present = Set(listing.files.map(\.path))
        var expected = [FileFamily.documentTotalsPath, FileFamily.translationsPath]
        expected += PrevalenceSource.allCases.map(\.relativePath)
        for group in DemographicGroup.allCases {
            for window in Window.allCases {
                expected.append(FileFamily.countsFolder + "aggregated_\(group.rawValue)_\(window.rawValue).csv")
            }
        }
        return expected.filter { !present.contains($0) }.map {
            DataProblem(.warning, path: $0, reason: "expected input file is absent; its analyses have no data")
        }
    }
}
