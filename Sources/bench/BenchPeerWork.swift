import Analysis
import Data

/// The work `bench/peer.py` does, over the loaded dataset: for every logit table (every configuration and model)
/// and every disease in it, the score of each demographic (mean of templates 0–9, missing values skipped), their
/// average ranks, and Kendall τ-b of the scores against the window-250 counts (a disease without counts has 0s).
///
/// Written over `LogitTable` with `CountedMean`, `Ranking.averageRanks` and `KendallTau.tauB`, as the peer is;
/// tables are independent, so they are split over the cores and the outcomes summed in table order.
enum PeerWork {
    struct Outcome: Sendable {
        var scores = 0
        var taus = 0
        var definedTaus = 0
        var tauSum = 0.0
        /// Σ of every rank, so the ranks cannot be optimised away.
        var rankSum = 0.0

        var meanTau: Double { definedTaus > 0 ? tauSum / Double(definedTaus) : .nan }

        mutating func add(_ other: Outcome) {
            scores += other.scores
            taus += other.taus
            definedTaus += other.definedTaus
            tauSum += other.tauSum
            rankSum += other.rankSum
        }
    }

    static func run(_ dataset: Dataset) -> Outcome {
        let tables = dataset.logitTables
        let parts = ParallelMap.concurrent(tables) { table in
            outcome(table, counts: dataset.counts(window: .w250, group: table.configuration.group))
        }
        var total = Outcome()
        for part in parts { total.add(part) }
        return total
    }

    private static func outcome(_ table: LogitTable, counts: CooccurrenceTable?) -> Outcome {
        var outcome = Outcome()
        let width = table.demographicCount
        var scores = [Double](repeating: .nan, count: width)
        var countVector = [Double](repeating: 0, count: width)
        let values = table.values
        do {
            for disease in 0..<table.diseaseCount where table.diseasePresent[disease] {
                for index in 0..<width {
                    let start = (disease * width + index) * LogitTable.templateCount
                    scores[index] = CountedMean(of: values[start..<(start + 10)]).value
                    countVector[index] = Double(counts?.counts[disease * width + index] ?? 0)
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
        return outcome
    }
}
