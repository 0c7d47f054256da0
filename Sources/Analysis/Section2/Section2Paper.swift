/// The paper's Section 2c choices and notebook artefacts that paper mode reproduces (spec section2.md §2, §6).
public enum Section2Paper {
    /// Diseases the study's tau analysis left out: `parkinson`, `vision problems`, `acute gastritis`, and
    /// `aortic aneurysem` (no counts) → 89 diseases.
    public static let excludedDiseaseNames = ["parkinson", "vision problems", "acute gastritis", "aortic aneurysem"]

    /// Race diseases whose quartile in the notebook's dict is the window-50 one (last row wins in
    /// `drop_duplicates().to_dict()`).
    public static let window50QuartileRaceDiseases = [
        "acne", "gall bladder disease", "liver failure", "menopause", "nerve damage", "sepsis",
    ]

    /// The real-prevalence disease the notebook lost through the `' mi '` padding (its RWD subset has 14).
    public static let lostRealDataDiseaseName = "mi"

    static func raceQuartileFromWindow50(_ dataset: Dataset) -> [DiseaseID] {
        window50QuartileRaceDiseases.compactMap { dataset.vocabulary.disease(named: $0) }
    }

    /// Diseases of the tau analysis: correct = every disease present in the window-250 counts of the group;
    /// paper = those minus `excludedDiseaseNames`. Id order.
    public static func tauDiseases(_ dataset: Dataset, group: DemographicGroup, mode: AnalysisMode) -> [DiseaseID] {
        let counts = dataset.counts(window: .analysis, group: group)
        let excluded = Set(excludedDiseaseNames.compactMap { dataset.vocabulary.disease(named: $0) })
        return dataset.diseases.indices.filter { disease in
            guard let counts, disease < counts.diseaseCount, counts.diseasePresent[disease] else { return false }
            return mode == .correct || !excluded.contains(disease)
        }
    }

    /// The real-data (RWD) subset of `diseases`: those with a row in the real prevalence table; paper mode drops
    /// `mi` (14 instead of 15).
    public static func realDataDiseases(_ dataset: Dataset, among diseases: [DiseaseID],
                                        mode: AnalysisMode) -> [DiseaseID] {
        guard let table = dataset.prevalence[.real] else { return [] }
        let lost = dataset.vocabulary.disease(named: lostRealDataDiseaseName)
        return diseases.filter { table.row(for: $0) != nil && !(mode == .paper && $0 == lost) }
    }
}
