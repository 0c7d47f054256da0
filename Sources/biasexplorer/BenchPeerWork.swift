import Analysis

/// The work `bench/peer.py` does, over the loaded dataset: for every logit table (every configuration and model)
/// and every disease in it, the score of each demographic (mean of templates 0–9, missing values skipped), their
/// ranks, and Kendall τ-b of the scores against the window-250 counts (a disease without counts has 0s).
///
/// Written over `LogitTable` with `KendallTau.tauB`, as the peer is; it does not call Section 2's own scoring.
enum PeerWork {
    struct Outcome: Sendable {
        var scores = 0
        var taus = 0
        var definedTaus = 0
        var tauSum = 0.0
        /// Σ of every rank, so the ranks cannot be optimised away.
        var rankSum = 0.0

        var meanTau: Double { definedTaus > 0 ? tauSum / Double(definedTaus) : .nan }
    }

    static func run(_ dataset: Dataset) -> Outcome {
        var outcome = Outcome()
        for table in dataset.logitTables {
            let counts = dataset.counts(window: .w250, group: table.configuration.group)
            add(table, counts: counts, to: &outcome)
        }
        return outcome
    }

    private static func add(_ table: LogitTable, counts: CooccurrenceTable?, to outcome: inout Outcome) {
        let width = table.demographicCount
        var scores = [Double](repeating: .nan, count: width)
        var countVector = [Double](repeating: 0, count: width)
        for disease in 0..<table.diseaseCount where table.diseasePresent[disease] {
            for index in 0..<width {
                let start = table.offset(disease: disease, demographicIndex: index)
                scores[index] = CountedMean(of: table.values[start..<(start + 10)]).value
                countVector[index] = Double(counts?.count(disease: disease, demographicIndex: index) ?? 0)
            }
            outcome.scores += width
            outcome.rankSum += Ranking.averageRanks(scores).reduce(0) { $0 + ($1.isNaN ? 0 : $1) }
            let tau = KendallTau.tauB(scores, countVector)
            outcome.taus += 1
            if !tau.isNaN {
                outcome.definedTaus += 1
                outcome.tauSum += tau
            }
        }
    }
}
