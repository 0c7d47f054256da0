/// The study's Section 3 choices that paper mode reproduces (spec section3.md §1, §3a, §3c).
public enum Section3Paper {
    /// Models the paper's `load_data` dropped.
    public static let excludedModels = ["EleutherAI/pile-t5-base", "EleutherAI/pile-t5-large"]

    /// The paper's `alignment_dict` (kt_4lang change distribution): base → derived models.
    public static let alignmentBases: [(base: String, derived: [String])] = [
        ("Qwen/Qwen1.5-7B", ["Qwen/Qwen1.5-7B-Chat", "Qwen/Qwen1.5-72B", "Qwen/Qwen1.5-72B-Chat"]),
        ("meta-llama/Llama-2-70b-hf", ["meta-llama/Llama-2-70b-chat-hf", "allenai/tulu-2-70b",
                                       "allenai/tulu-2-dpo-70b", "epfl-llm/meditron-70b"]),
        ("mistralai/Mistral-7B-v0.1", ["mistralai/Mistral-7B-Instruct-v0.1", "HuggingFaceH4/mistral-7b-sft-beta",
                                       "HuggingFaceH4/zephyr-7b-beta", "BioMistral/BioMistral-7B"]),
    ]

    /// A derived model counts as reordering a disease when its ranking tau vs the base is below this.
    public static let changeThreshold = 0.8

    /// Models of a configuration: correct = every model with logits; paper = those minus `excludedModels` (34 for
    /// hf/American context).
    public static func models(_ dataset: Dataset, configuration: LogitConfiguration, mode: AnalysisMode) -> [String] {
        dataset.models(with: configuration).map(\.id).filter { mode == .correct || !excludedModels.contains($0) }
    }

    /// Diseases of Section 3 for a logit table: those the file has; paper mode keeps only the paper's 89
    /// (`Section2Paper.tauDiseases`: counts present, minus parkinson, vision problems, acute gastritis and aortic
    /// aneurysem). Canonical name order.
    public static func diseases(_ dataset: Dataset, table: LogitTable, mode: AnalysisMode) -> [DiseaseID] {
        diseases(dataset, group: table.configuration.group, present: table.diseasePresent, mode: mode)
    }

    /// `diseases(_:table:mode:)` from what it reads of the table: its group and which diseases its file has (the
    /// streamed `tables` keeps these, not the logits, between configurations).
    public static func diseases(_ dataset: Dataset, group: DemographicGroup, present: [Bool],
                                mode: AnalysisMode) -> [DiseaseID] {
        let paper = mode == .paper ? Set(Section2Paper.tauDiseases(dataset, group: group, mode: .paper)) : nil
        return dataset.vocabulary.diseaseIDsByName.filter { disease in
            disease < present.count && present[disease] && (paper?.contains(disease) ?? true)
        }
    }

    /// The 15 diseases of the real prevalence table, canonical name order.
    public static func realDiseases(_ dataset: Dataset) -> [DiseaseID] {
        guard let table = dataset.prevalence[.real] else { return [] }
        return dataset.vocabulary.diseaseIDsByName.filter { table.row(for: $0) != nil }
    }

    /// The real diseases of the paper's `kendalltau_model_disease_<axis>_4lang.csv` layout: without `mi`, lost
    /// through the `' mi '` padding (14).
    public static func fourLanguageDiseases(_ dataset: Dataset) -> [DiseaseID] {
        let lost = dataset.vocabulary.disease(named: Section2Paper.lostRealDataDiseaseName)
        return realDiseases(dataset).filter { $0 != lost }
    }
}
