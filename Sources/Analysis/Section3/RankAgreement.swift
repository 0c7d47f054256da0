/// How Section 3 compares two rankings of one disease's demographics, in either mode (spec section3.md §2–§3c).
public enum RankAgreement {
    /// The demographics of a disease from highest to lowest score (`ScoreMatrix.ordering`: canonical ties in
    /// correct mode, alphabetical in paper mode), then those without a score in canonical order (pandas sorts NaN
    /// last). Restricted to `keep` when given.
    public static func ranking(_ matrix: ScoreMatrix, disease: DiseaseID,
                               keep: Set<Demographic>? = nil) -> [Demographic] {
        ranking(matrix, disease: disease, keepMask: keep.map(mask) ?? ~0)
    }

    /// A set of demographics as bits at their `rawValue`s.
    static func mask(_ demographics: some Sequence<Demographic>) -> UInt32 {
        demographics.reduce(0) { $0 | 1 << UInt32($1.rawValue) }
    }

    /// `ranking` keeping the demographics whose `rawValue` bit is set: bit masks instead of sets, as the paper's
    /// taus call it for every model, disease and pair.
    static func ranking(_ matrix: ScoreMatrix, disease: DiseaseID, keepMask: UInt32) -> [Demographic] {
        let demographics = matrix.group.demographics
        var result: [Demographic] = []
        result.reserveCapacity(demographics.count)
        var placed: UInt32 = 0
        for index in matrix.ordering(disease: disease) {
            placed |= 1 << UInt32(index)
            if keepMask & 1 << UInt32(demographics[index].rawValue) != 0 { result.append(demographics[index]) }
        }
        for index in demographics.indices where placed & 1 << UInt32(index) == 0
            && keepMask & 1 << UInt32(demographics[index].rawValue) != 0 {
            result.append(demographics[index])
        }
        return result
    }

    /// The top and bottom of a disease: correct = every demographic tied at the highest / lowest score; paper =
    /// the first and last of the alphabetically tie-broken ordering (`rank[0]`, `rank[-1]`). Empty without scores.
    public static func extremes(_ matrix: ScoreMatrix, disease: DiseaseID) -> (top: [Int], bottom: [Int]) {
        switch matrix.mode {
        case .correct:
            return (matrix.topIndices(disease: disease), matrix.bottomIndices(disease: disease))
        case .paper:
            guard let ends = matrix.orderingEnds(disease: disease) else { return ([], []) }
            return ([ends.first], [ends.last])
        }
    }

    /// Tau between two models' rankings of a disease over `demographics`: correct = τ-b of the two score vectors
    /// (pairs with a missing score dropped); paper = `scipy.stats.kendalltau` over the two lists of names
    /// (`KendallTau.tauB(strings:)`), the study's bug. n = pairs (correct) or names compared (paper).
    public static func tau(_ first: ScoreMatrix, _ second: ScoreMatrix, disease: DiseaseID,
                           demographics: [Demographic], mode: AnalysisMode) -> (tau: Double, n: Int) {
        switch mode {
        case .correct:
            let x = demographics.map { first.score(disease: disease, demographicIndex: $0.indexInGroup) }
            let y = demographics.map { second.score(disease: disease, demographicIndex: $0.indexInGroup) }
            var pairs = 0
            for index in x.indices where !x[index].isNaN && !y[index].isNaN { pairs += 1 }
            return (KendallTau.tauB(x, y), pairs)
        case .paper:
            let keep = mask(demographics)
            let a = ranking(first, disease: disease, keepMask: keep)
            let b = ranking(second, disease: disease, keepMask: keep)
            guard a.count == b.count else { return (.nan, 0) }
            return (nameListTau(a, b), a.count)
        }
    }

    /// `scipy.stats.kendalltau(names_a, names_b)`: τ-b of the labels' code-point dense ranks, position by position.
    /// Uses each label's alphabetical position among all demographics, a monotone map of the dense rank (so the
    /// same τ-b as `KendallTau.tauB(strings:)`), without building strings.
    /// The result carries scipy's rounding, `(C − D) / √n₀ / √n₀` (names are distinct, so there are no ties):
    /// with 5 names scipy gives 0.7999999999999999 for one discordant pair, which the study's `tau < 0.8` counts.
    public static func nameListTau(_ a: [Demographic], _ b: [Demographic]) -> Double {
        let tau = KendallTau.tauB(a.map { alphabeticalPosition[$0.rawValue] },
                                  b.map { alphabeticalPosition[$0.rawValue] })
        guard tau.isFinite, mask(a).nonzeroBitCount == a.count else { return tau }  // names all distinct
        let pairs = Double(a.count * (a.count - 1) / 2)
        return (tau * pairs).rounded() / pairs.squareRoot() / pairs.squareRoot()
    }

    /// Per `Demographic.rawValue`: `Demographic.alphabeticalPosition`, as a value to rank.
    static let alphabeticalPosition: [Double] = Demographic.allCases.map { Double($0.alphabeticalPosition) }
}
