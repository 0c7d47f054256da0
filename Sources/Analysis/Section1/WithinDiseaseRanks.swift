/// Section 1a-E: one disease's within-group competition ranks and orderings at one window.
public struct WithinDiseaseRank: Sendable, Hashable {
    public let disease: DiseaseID
    /// Competition rank of each demographic inside its own group, indexed by `Demographic.rawValue`
    /// (gender 1–3, race 1–6; 1 = most co-occurrences).
    public let ranks: [Int]
    /// Gender ranking, count descending, mode tie rule.
    public let genderRanking: [Demographic]
    /// Race ranking, count descending, mode tie rule.
    public let raceRanking: [Demographic]

    public func rank(of demographic: Demographic) -> Int { ranks[demographic.rawValue] }

    public func ranking(_ group: DemographicGroup) -> [Demographic] {
        group == .gender ? genderRanking : raceRanking
    }

    /// Rows for every disease present at the window in either group (92 at window 250), in name order.
    /// Correct mode breaks ordering ties canonically, paper mode alphabetically; ranks do not depend on the mode.
    public static func all(_ dataset: Dataset, window: Window = .analysis, mode: AnalysisMode) -> [WithinDiseaseRank] {
        let gender = dataset.counts(window: window, group: .gender)
        let race = dataset.counts(window: window, group: .race)
        let present = dataset.vocabulary.diseaseIDsByName.filter { disease in
            [gender, race].contains { $0.map { CompletedCounts.isPresent(disease, in: $0) } ?? false }
        }
        return present.map { disease in
            let genderCounts = vector(gender, disease: disease, group: .gender)
            let raceCounts = vector(race, disease: disease, group: .race)
            let ranks = Ranking.competitionRanks(genderCounts.map(Double.init))
                + Ranking.competitionRanks(raceCounts.map(Double.init))
            return WithinDiseaseRank(
                disease: disease, ranks: ranks,
                genderRanking: DemographicOrdering.ordered(counts: genderCounts, of: DemographicGroup.gender.demographics, mode: mode),
                raceRanking: DemographicOrdering.ordered(counts: raceCounts, of: DemographicGroup.race.demographics, mode: mode))
        }
    }

    /// Completed counts of a disease (zeros when the table or the disease is absent).
    static func vector(_ table: CooccurrenceTable?, disease: DiseaseID, group: DemographicGroup) -> [Int] {
        guard let table, disease < table.diseaseCount else {
            return Array(repeating: 0, count: group.demographics.count)
        }
        return Array(table.vector(disease: disease))
    }
}
