import Analysis

/// What a file of a data root is, decided from its path alone.
enum FileFamily: Sendable, Hashable {
    case counts(CooccurrenceKey)
    case documentTotals
    case translations
    case prevalence(PrevalenceSource)
    case logits(LogitFile)
    /// Part of the layout but not an input of any analysis; the text says why.
    case notUsed(String)
    /// Under `logits_results/` but not named like a logits file.
    case unrecognisedLogits
}

/// A logits file's identity: model, configuration and layout. API files feed both logit types.
struct LogitFile: Sendable, Hashable {
    let model: String
    let context: PromptContext
    let language: Language
    let group: DemographicGroup
    /// nil for the API models, which the study includes under both hf and hf_tf.
    let logitType: LogitType?
    let source: ModelSource
}

extension FileFamily {
    static let countsFolder = "co_occurrence_results/output_pile/aggregated_counts/"
    static let documentTotalsPath =
        "co_occurrence_results/output_infinigram/document_counts/results_disease_document_counts_pile.json"
    static let translationsPath = "logits_generate/disease_translations.csv"

    /// Classifies a root-relative path.
    static func classify(_ path: String) -> FileFamily {
        if path == documentTotalsPath { return .documentTotals }
        if path == translationsPath { return .translations }
        if let source = PrevalenceSource.allCases.first(where: { $0.relativePath == path }) { return .prevalence(source) }
        if path.hasPrefix(countsFolder) { return classifyCounts(String(path.dropFirst(countsFolder.count))) }
        if path.hasPrefix("logits_results/") { return classifyLogits(path.split(separator: "/").map(String.init)) }
        return .notUsed(notUsedReason(path))
    }

    private static func classifyCounts(_ name: String) -> FileFamily {
        for group in DemographicGroup.allCases {
            for window in Window.allCases where name == "aggregated_\(group.rawValue)_\(window.rawValue).csv" {
                return .counts(CooccurrenceKey(window: window, group: group))
            }
        }
        return .notUsed("wide or drug aggregate, not an input of the analyses")
    }

    private static func notUsedReason(_ path: String) -> String {
        if path.hasPrefix("vocab/") { return "the tool uses its own embedded vocabulary" }
        if path.hasPrefix("co_occurrence_results/output_infinigram/") {
            return "infinigram counts other than the disease document totals, not an input of the analyses"
        }
        if path.hasPrefix("co_occurrence_results/") { return "Pile-subset counts, not an input of the analyses" }
        if path.hasPrefix("propagation_eval/") { return "derived or alternative prevalence table, not an input" }
        return "not part of the Cross-Care result layout"
    }

    /// `logits_results/{hf,hf_tf}/output_pile[/american_context]/<org>_<model>/logits_<group>_<lang>.json` and the
    /// API layouts under `logits_results/api/output_pile/{azure,cohere}[/american_context]/<dir>/`.
    private static func classifyLogits(_ parts: [String]) -> FileFamily {
        guard parts.count >= 3, parts[2] == "output_pile" else {
            return .notUsed("logits of another corpus or layout, not an input of the analyses")
        }
        guard parts.count >= 5 else { return .unrecognisedLogits }
        if parts[1] == "api" { return classifyAPI(Array(parts[3...])) }
        let american = parts[3] == "american_context"
        let rest = Array(parts[(american ? 4 : 3)...])
        let context: PromptContext = american ? .american : .plain
        guard let logitType = LogitType(rawValue: parts[1]), rest.count == 2,
              let underscore = rest[0].firstIndex(of: "_"),
              let name = LogitFileName(rest[1]), !name.processed else { return .unrecognisedLogits }
        var model = rest[0]
        model.replaceSubrange(underscore...underscore, with: "/")
        return .logits(LogitFile(model: model, context: context, language: name.language, group: name.group,
                                 logitType: logitType, source: .huggingFace))
    }

    /// `<provider>[/american_context]/<dir>/<file>`.
    private static func classifyAPI(_ parts: [String]) -> FileFamily {
        let american = parts.count == 4 && parts[1] == "american_context"
        let rest = american ? [parts[0], parts[2], parts[3]] : parts
        let context: PromptContext = american ? .american : .plain
        guard rest.count == 3, let name = LogitFileName(rest[2]) else { return .unrecognisedLogits }
        switch rest[0] {
        case "azure":
            guard name.processed else {
                return .notUsed("raw GPT-3.5 top-logprob file; its _processed twin is the input")
            }
            return .logits(LogitFile(model: rest[1], context: context, language: name.language, group: name.group,
                                     logitType: nil, source: .gptProcessed))
        case "cohere":
            guard !name.processed else { return .unrecognisedLogits }
            return .logits(LogitFile(model: "cohere", context: context, language: name.language, group: name.group,
                                     logitType: nil, source: .cohere))
        default:
            return .unrecognisedLogits
        }
    }
}

/// `logits_<group>_<lang>[_processed].json`.
struct LogitFileName {
    let group: DemographicGroup
    let language: Language
    let processed: Bool

    init?(_ name: String) {
        guard name.hasPrefix("logits_"), name.hasSuffix(".json") else { return nil }
        let parts = name.dropFirst(7).dropLast(5).split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 2 || (parts.count == 3 && parts[2] == "processed"),
              let group = DemographicGroup(rawValue: String(parts[0])),
              let language = Language(rawValue: String(parts[1])) else { return nil }
        self.group = group
        self.language = language
        self.processed = parts.count == 3
    }
}
