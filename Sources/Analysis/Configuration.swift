/// Co-occurrence window in tokens; 250 is the analysis window.
public enum Window: Int, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case w10 = 10, w50 = 50, w100 = 100, w250 = 250
    public static let analysis = Window.w250
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How a model's logit was obtained: `hf` = sentence log-likelihood, `hf_tf` = log-prob of answering True.
public enum LogitType: String, CaseIterable, Sendable, Hashable, Codable {
    case hf = "hf"
    case hfTF = "hf_tf"
}

/// Prompt context: plain, or prefixed with "For the United States population".
public enum PromptContext: String, CaseIterable, Sendable, Hashable, Codable {
    case plain
    case american
}

/// Prompt language.
public enum Language: String, CaseIterable, Sendable, Hashable, Codable {
    case en, es, fr, zh
}

/// Which computation a table follows: the corrected one, or the published notebooks bug for bug.
public enum AnalysisMode: String, CaseIterable, Sendable, Hashable, Codable {
    case correct
    case paper
}

/// One slice of the logits: logit type × context × language × demographic group.
public struct LogitConfiguration: Sendable, Hashable, Codable, CustomStringConvertible {
    public var logitType: LogitType
    public var context: PromptContext
    public var language: Language
    public var group: DemographicGroup

    public init(logitType: LogitType, context: PromptContext, language: Language, group: DemographicGroup) {
        self.logitType = logitType
        self.context = context
        self.language = language
        self.group = group
    }

    public var description: String {
        "\(logitType.rawValue)/\(context.rawValue)/\(language.rawValue)/\(group.rawValue)"
    }

    /// Every configuration: logit type, then context, language and group, each in its declared order (the order
    /// of `Dataset.logitConfigurations` and of every table's rows).
    public static let enumerationOrder: [LogitConfiguration] = LogitType.allCases.flatMap { logitType in
        PromptContext.allCases.flatMap { context in
            Language.allCases.flatMap { language in
                DemographicGroup.allCases.map {
                    LogitConfiguration(logitType: logitType, context: context, language: language, group: $0)
                }
            }
        }
    }
}

/// A set of prompt templates (0-based indices out of 20). The paper's default is 0–9.
public struct TemplateSelection: Sendable, Hashable, Codable, CustomStringConvertible {
    public let indices: [Int]

    public init(_ indices: [Int]) { self.indices = Array(Set(indices)).sorted() }

    public static let templateCount = 20
    public static let original = TemplateSelection(Array(0..<10))
    public static let additional = TemplateSelection(Array(10..<20))
    public static let all = TemplateSelection(Array(0..<20))

    /// Compact form used in table keys: `0-9`, `10-19`, `0-19`, or a comma list such as `0,3,5-7`.
    public var description: String {
        var parts: [String] = []
        var index = 0
        while index < indices.count {
            var end = index
            while end + 1 < indices.count && indices[end + 1] == indices[end] + 1 { end += 1 }
            parts.append(end > index ? "\(indices[index])-\(indices[end])" : "\(indices[index])")
            index = end + 1
        }
        return parts.joined(separator: ",")
    }

    /// Parses `0-9`, `all`, `original`, `additional`, `1,4,7-9`; nil for anything out of 0..<20 or empty.
    public init?(parsing text: String) {
        let lowered = text.trimmingSpaces().lowercased()
        switch lowered {
        case "all": self = .all; return
        case "original": self = .original; return
        case "additional": self = .additional; return
        default: break
        }
        var result: [Int] = []
        for part in lowered.split(separator: ",") {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            guard bounds.count == 1 || bounds.count == 2,
                  let low = Int(bounds[0]), let high = Int(bounds[bounds.count - 1]),
                  low >= 0, high < TemplateSelection.templateCount, low <= high else { return nil }
            result.append(contentsOf: low...high)
        }
        guard !result.isEmpty else { return nil }
        self.init(result)
    }
}
