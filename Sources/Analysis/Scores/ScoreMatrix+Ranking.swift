extension DemographicGroup {
    /// Tie-break key per canonical demographic index: correct mode keeps canonical order, paper mode breaks ties
    /// alphabetically by label (what the study's pandas sort produced, section3.md §2).
    public func tieOrder(mode: AnalysisMode) -> [Int] {
        switch mode {
        case .correct: return Array(demographics.indices)
        case .paper: return DemographicGroup.alphabeticalKeys[self] ?? alphabeticalKey
        }
    }

    /// Every group's alphabetical tie key, computed once (tie orders are asked per disease in hot loops).
    static let alphabeticalKeys: [DemographicGroup: [Int]] = Dictionary(
        uniqueKeysWithValues: DemographicGroup.allCases.map { ($0, $0.alphabeticalKey) })

    /// Position of each demographic in alphabetical label order (code points) within the group: the dense rank of
    /// `Demographic.alphabeticalPosition`.
    var alphabeticalKey: [Int] {
        let alphabetical = demographics.indices.sorted {
            demographics[$0].alphabeticalPosition < demographics[$1].alphabeticalPosition
        }
        var key = [Int](repeating: 0, count: demographics.count)
        for (position, index) in alphabetical.enumerated() { key[index] = position }
        return key
    }

    /// The group's demographic indices in alphabetical label order (the column order of the study's tables).
    public var alphabeticalIndices: [Int] {
        let key = tieOrder(mode: .paper)
        return demographics.indices.sorted { key[$0] < key[$1] }
    }
}

extension ScoreMatrix {
    /// Demographic indices of a disease from highest to lowest score (rank 1 first); demographics without a score
    /// are left out; exact ties follow `group.tieOrder(mode:)`.
    public func ordering(disease: DiseaseID) -> [Int] {
        Ranking.ordering(vector(disease: disease), descending: true, tieOrder: group.tieOrder(mode: mode))
    }

    /// Descending average ranks of a disease (pandas `rank(ascending=False)`): ties share the mean position;
    /// NaN for demographics without a score.
    public func averageRanks(disease: DiseaseID) -> [Double] {
        Ranking.averageRanks(vector(disease: disease), descending: true)
    }

    /// The rank written in `scores.csv`: correct mode the average rank (ties share it), paper mode the 1-based
    /// position in `ordering` (ties broken alphabetically). NaN for demographics without a score.
    public func tableRanks(disease: DiseaseID) -> [Double] {
        switch mode {
        case .correct: return averageRanks(disease: disease)
        case .paper:
            var ranks = [Double](repeating: .nan, count: demographicCount)
            for (position, index) in ordering(disease: disease).enumerated() { ranks[index] = Double(position + 1) }
            return ranks
        }
    }

    /// Every demographic tied at the highest score (empty when the disease has no score). Read in place (no copy
    /// of the disease's scores): asked for every model, disease and pair.
    public func topIndices(disease: DiseaseID) -> [Int] {
        Ranking.extremeIndices(scores[diseaseRange(disease)], maximum: true)
    }

    /// Every demographic tied at the lowest score (empty when the disease has no score).
    public func bottomIndices(disease: DiseaseID) -> [Int] {
        Ranking.extremeIndices(scores[diseaseRange(disease)], maximum: false)
    }

    /// The first and last of `ordering(disease:)` (highest score, ties to the lowest tie key; lowest score, ties to
    /// the highest), found in one pass without building the ordering; nil when the disease has no score.
    public func orderingEnds(disease: DiseaseID) -> (first: Int, last: Int)? {
        let tieOrder = group.tieOrder(mode: mode), base = disease * demographicCount
        var ends: (first: Int, last: Int)?
        for index in 0..<demographicCount where !scores[base + index].isNaN {
            let value = scores[base + index]
            guard let (first, last) = ends else { ends = (index, index); continue }
            let high = scores[base + first], low = scores[base + last]
            if value > high || (value == high && tieOrder[index] < tieOrder[first]) { ends?.first = index }
            if value < low || (value == low && tieOrder[index] > tieOrder[last]) { ends?.last = index }
        }
        return ends
    }

    /// Where a disease's scores are in `scores`.
    func diseaseRange(_ disease: DiseaseID) -> Range<Int> {
        (disease * demographicCount)..<((disease + 1) * demographicCount)
    }
}
