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
    /// Name to show instead of the id, from a user's catalogue (`display_name`); nil for the study's models.
    public let displayName: String?
    /// What the model was pre-trained on; `pile` models enter the Section 2 views that compare logits with Pile
    /// counts.
    public let pretrainingCorpus: PretrainingCorpus
    /// Listed by a user's catalogue and not a model of the study: correct-mode data, left out of paper mode.
    public let isUserDefined: Bool

    /// `pretrainingCorpus` nil: the study's rule (`PretrainingCorpus.study(family:)`).
    public init(id: String, family: String, parametersMillions: Double?, source: ModelSource,
                displayName: String? = nil, pretrainingCorpus: PretrainingCorpus? = nil, isUserDefined: Bool = false) {
        self.id = id
        self.family = family
        self.parametersMillions = parametersMillions
        self.source = source
        self.displayName = displayName
        self.pretrainingCorpus = pretrainingCorpus ?? PretrainingCorpus.study(family: family)
        self.isUserDefined = isUserDefined
    }

    /// Short display name: a catalogue's `display_name`, else the part after the organisation
    /// (`pythia-70m-deduped`).
    public var shortName: String {
        if let displayName { return displayName }
        guard let slash = id.firstIndex(of: "/") else { return id }
        return String(id[id.index(after: slash)...])
    }

    /// Trained on The Pile (the study's Pythia, Mamba, Pile-T5, and catalogue models marked `pile`): the Section 2
    /// models.
    public var isPileTrained: Bool { pretrainingCorpus == .pile }
}

/// A model's pre-training corpus, as far as the analyses care: The Pile (whose counts Section 2 compares with) or
/// anything else.
public enum PretrainingCorpus: String, CaseIterable, Sendable, Hashable, Codable {
    case pile
    case other

    /// The study's models: Pythia, Mamba and Pile-T5 were trained on The Pile, the others were not.
    public static func study(family: String) -> PretrainingCorpus {
        ["pythia", "mamba", "t5"].contains(family) ? .pile : .other
    }
}

/// A base → aligned model pair of `vocab/models.json` (RLHF, DPO, SFT, instruction tuning, biomedical), or of a
/// user's catalogue.
public struct AlignmentPair: Sendable, Hashable, Codable {
    public let base: String
    public let aligned: String
    public let method: String
    /// From a user's catalogue: correct-mode data, left out of paper mode.
    public let isUserDefined: Bool

    public init(base: String, aligned: String, method: String, isUserDefined: Bool = false) {
        self.base = base
        self.aligned = aligned
        self.method = method
        self.isUserDefined = isUserDefined
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
