/// How a model's logits are stored upstream.
public enum ModelSource: String, Sendable, Hashable, Codable {
    /// `logits_results/{hf,hf_tf}/…/<org>_<model>/logits_<group>_<lang>.json`
    case huggingFace
    /// GPT-3.5 `_processed` files: HF layout, literal `0` = missing (decision 5).
    case gptProcessed
    /// Cohere: `{disease: {demographic: [[20 logits], …]}}` under a folder named gpt-35-turbo-0613.
    case cohere
}

/// A language model of the study.
public struct ModelInfo: Sendable, Hashable, Codable {
    /// Hugging Face id (`EleutherAI/pythia-70m-deduped`), or `gpt-35-turbo-0613`, `cohere`.
    public let id: String
    /// Family from `vocab/models.json` groups (`pythia`, `mamba`, `t5`, `qwen`, `llama`, `mistral`, `api_model`).
    public let family: String
    /// Parameter count in millions, when known.
    public let parametersMillions: Double?
    public let source: ModelSource

    public init(id: String, family: String, parametersMillions: Double?, source: ModelSource) {
        self.id = id
        self.family = family
        self.parametersMillions = parametersMillions
        self.source = source
    }

    /// Short display name: the part after the organisation (`pythia-70m-deduped`).
    public var shortName: String {
        guard let slash = id.firstIndex(of: "/") else { return id }
        return String(id[id.index(after: slash)...])
    }

    /// Trained on The Pile (Pythia, Mamba, Pile-T5): the Section 2 models.
    public var isPileTrained: Bool { ["pythia", "mamba", "t5"].contains(family) }
}

/// A base → aligned model pair of `vocab/models.json` (RLHF, DPO, SFT, instruction tuning, biomedical).
public struct AlignmentPair: Sendable, Hashable, Codable {
    public let base: String
    public let aligned: String
    public let method: String

    public init(base: String, aligned: String, method: String) {
        self.base = base
        self.aligned = aligned
        self.method = method
    }
}

/// A named list of models of `vocab/models.json` (`pythia`, `mamba`, `all_wild`, …).
public struct ModelGroup: Sendable, Hashable {
    public let name: String
    public let models: [String]

    public init(name: String, models: [String]) {
        self.name = name
        self.models = models
    }
}

/// `vocab/models.json`: sizes, named groups in file order, alignment pairs.
public struct ModelCatalog: Sendable, Hashable {
    public let parametersMillions: [String: Double]
    public let groups: [ModelGroup]
    public let alignmentPairs: [AlignmentPair]

    public init(parametersMillions: [String: Double], groups: [ModelGroup], alignmentPairs: [AlignmentPair]) {
        self.parametersMillions = parametersMillions
        self.groups = groups
        self.alignmentPairs = alignmentPairs
    }

    /// Models of a named group in file order; empty when the group does not exist.
    public func models(inGroup name: String) -> [String] {
        groups.first { $0.name == name }?.models ?? []
    }

    /// The family group that lists the model (`pythia`, `mamba`, `t5`, `qwen`, `llama`, `mistral`, `api_model`),
    /// or `other`.
    public func family(of model: String) -> String {
        let families = ["pythia", "mamba", "t5", "qwen", "llama", "mistral", "api_model"]
        for family in families where models(inGroup: family).contains(model) { return family }
        if model.hasPrefix("EleutherAI/pythia") { return "pythia" }
        if model.hasPrefix("state-spaces/mamba") { return "mamba" }
        if model.hasPrefix("EleutherAI/pile-t5") { return "t5" }
        return "other"
    }
}
