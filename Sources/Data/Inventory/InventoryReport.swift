import Analysis

/// The text of `biasexplorer check`: what a data root holds and every problem, grouped by severity. Every piece of
/// text that comes from the data (paths, names, keys) goes through `sanitizedForTerminal`.
public enum InventoryReport {
    public static func lines(_ report: LoadReport) -> [String] {
        let dataset = report.dataset
        var lines = ["Data root: \(safe(dataset.rootName))", ""]
        let summaries = report.logitTableSummaries
        lines += filesSection(report) + userDataSection(dataset) + modelsSection(dataset, summaries)
        lines += diseasesSection(dataset) + demographicsSection(dataset) + missingSection(summaries)
        lines += problemsSection(dataset)
        return lines
    }

    static func safe(_ text: String) -> String { sanitizedForTerminal(text) }

    static func filesSection(_ report: LoadReport) -> [String] {
        var lines = ["Files read: \(report.dataset.filesRead.count)"]
        var byReason: [String: [String]] = [:]
        for file in report.filesNotUsed { byReason[file.reason, default: []].append(file.path) }
        lines.append("Files not used: \(report.filesNotUsed.count)")
        for (reason, paths) in byReason.sorted(by: { $0.key < $1.key }) {
            let sample = paths.prefix(3).map(safe).joined(separator: ", ")
            lines.append("  \(paths.count) × \(reason): \(sample)\(paths.count > 3 ? ", …" : "")")
        }
        return lines + [""]
    }

    /// The models, and per configuration how many have a logit table (`summaries`, one a table).
    static func modelsSection(_ dataset: Dataset, _ summaries: [LogitTableSummary]) -> [String] {
        var perConfiguration: [LogitConfiguration: Int] = [:]
        for summary in summaries { perConfiguration[summary.configuration, default: 0] += 1 }
        var lines = ["Models with logits: \(dataset.models.count)"]
        for model in dataset.models {
            let size = model.parametersMillions.map { " \(Int($0))M" } ?? ""
            let user = model.isUserDefined ? ", catalogue" + (model.displayName.map { " \"\(safe($0))\"" } ?? "") : ""
            lines.append("  \(safe(model.id)) [\(safe(model.family))\(size), \(model.source.rawValue)\(user)]")
        }
        lines.append("Models per configuration (logit type / context / language: gender, race):")
        for logitType in LogitType.allCases {
            for context in PromptContext.allCases {
                let counts = Language.allCases.map { language -> String in
                    let perGroup = [DemographicGroup.gender, .race].map {
                        perConfiguration[LogitConfiguration(logitType: logitType, context: context,
                                                            language: language, group: $0)] ?? 0
                    }
                    return "\(language.rawValue) \(perGroup[0]),\(perGroup[1])"
                }
                lines.append("  \(logitType.rawValue) / \(context.rawValue): " + counts.joined(separator: "  "))
            }
        }
        return lines + ["Templates per entry: \(LogitTable.templateCount)", ""]
    }

    /// A user's catalogue (models with family, size, corpus; pairs) and prevalence table; nothing without them.
    static func userDataSection(_ dataset: Dataset) -> [String] {
        var lines: [String] = []
        if let catalog = dataset.userData.catalog {
            let models = catalog.models.count, pairs = catalog.alignmentPairs.count
            lines.append("Catalogue: \(safe(catalog.path)) (\(models) model\(models == 1 ? "" : "s"), "
                         + "\(pairs) alignment pair\(pairs == 1 ? "" : "s"); correct mode only)")
            for entry in catalog.models {
                let size = entry.parametersMillions.map { "\(NumberFormatting.plain($0))M" } ?? "no size"
                let corpus = entry.pretrainingCorpus ?? PretrainingCorpus.study(family: entry.family)
                let name = entry.displayName.map { ", \"\(safe($0))\"" } ?? ""
                lines.append("  \(safe(entry.id)): family \(safe(entry.family)), \(size), corpus \(corpus.rawValue)\(name)")
            }
            for pair in catalog.alignmentPairs {
                lines.append("  pair \(safe(pair.base)) → \(safe(pair.aligned)) (\(safe(pair.method)))")
            }
        }
        if let own = dataset.userData.prevalence {
            let matched = own.table.rows.filter { $0.disease != nil }.count
            lines.append("Prevalence for comparisons: \(safe(own.path)) (\(matched) diseases, columns "
                         + own.table.columns.map(\.label).joined(separator: ", ")
                         + "; correct mode; paper mode keeps \(PrevalenceSource.real.relativePath))")
        }
        return lines.isEmpty ? [] : lines + [""]
    }

    static func diseasesSection(_ dataset: Dataset) -> [String] {
        let withCounts = dataset.diseases.indices.filter { id in
            dataset.cooccurrence.values.contains { $0.diseasePresent[id] }
        }.count
        var lines = ["Diseases: \(dataset.diseases.count) (\(withCounts) with co-occurrence counts; "
                     + "\(dataset.documentTotals.compactMap { $0 }.count) with document totals)"]
        lines.append("Windows: " + Window.allCases.map { String($0.rawValue) }.joined(separator: ", "))
        for group in [DemographicGroup.gender, .race] {
            let parts = Window.allCases.map { window -> String in
                guard let table = dataset.counts(window: window, group: group) else { return "w\(window.rawValue) absent" }
                return "w\(window.rawValue) \(table.diseasePresent.filter { $0 }.count) diseases/\(table.rowCount) rows"
            }
            lines.append("  \(group.rawValue): " + parts.joined(separator: ", "))
        }
        for source in PrevalenceSource.allCases {
            let table = dataset.prevalence[source]
            let text = table.map { "\($0.rows.count) rows, \($0.rows.filter { $0.disease != nil }.count) matched" } ?? "absent"
            lines.append("  prevalence \(source.rawValue): \(text)")
        }
        return lines + [""]
    }

    static func demographicsSection(_ dataset: Dataset) -> [String] {
        [DemographicGroup.gender, .race].map { group in
            "Demographics (\(group.rawValue)): " + group.demographics.map(\.label).joined(separator: ", ")
        } + [""]
    }

    /// Missing (NaN) logits per model and configuration, only where there are any.
    static func missingSection(_ summaries: [LogitTableSummary]) -> [String] {
        var lines: [String] = []
        for table in summaries {
            let missing = table.missing, zeros = table.zeroPlaceholders
            guard missing > 0 || zeros > 0 else { continue }
            var text = "  \(safe(table.model)) \(table.configuration): \(missing) missing (NaN or absent) of \(table.valueCount)"
            if zeros > 0 { text += ", \(zeros) zero placeholders" }
            lines.append(text)
        }
        let header = lines.isEmpty ? "Missing logits: none" : "Missing logits (model, configuration):"
        return [header] + lines + [""]
    }

    static func problemsSection(_ dataset: Dataset) -> [String] {
        var lines: [String] = []
        for severity in ProblemSeverity.allCases.reversed() {
            let problems = dataset.problems.filter { $0.severity == severity }
            lines.append("\(severity.rawValue.capitalized)s: \(problems.count)")
            for problem in problems {
                let place = problem.place.map { ", \(safe($0))" } ?? ""
                lines.append("  \(safe(problem.path))\(place): \(safe(problem.reason))")
            }
        }
        return lines
    }
}
