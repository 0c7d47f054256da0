/// How stable each disease's top demographic and whole ranking are over the choice of templates (issue 18 item 4).
///
/// Bootstrap over the k selected templates: each of B resamples draws k templates with replacement (multinomial
/// counts cₜ, `SeededGenerator(blockSeed(seed, key))`, one set of B count vectors per model and configuration,
/// shared by its diseases), and scores each demographic by the weighted mean `Σ cₜxₜ / Σ cₜ` over its present
/// logits (missing as in `ScoreMatrix`). `topShare` = share of resamples whose top equals the reported one (correct
/// mode: the set of tied highest scores; paper mode: the alphabetically first highest); `rankingShare` = share whose
/// whole weak order of the demographics (every pair's <, =, > and which have no score) is unchanged.
public struct TopStability: Sendable, Hashable {
    public let disease: DiseaseID
    /// The reported top (indices in the group), empty without scores.
    public let top: [Int]
    public let topShare: Double
    public let rankingShare: Double
}

extension TopStability {
    /// The multinomial template counts of B resamples of `templates.count` templates, flattened (`B × k`).
    public static func templateCounts(templates: Int, resamples: Int, seed: UInt64) -> [Int32] {
        var generator = SeededGenerator(seed: seed)
        var counts = [Int32](repeating: 0, count: templates * resamples)
        for b in 0..<resamples {
            for _ in 0..<templates { counts[b * templates + generator.index(below: templates)] += 1 }
        }
        return counts
    }

    /// Every present disease of one model's logits (`diseases`, in that order) under the templates, mode and
    /// settings; seed key `top_stability|<configuration>|<templates>|<model>`. A disease with every logit present
    /// compares weighted sums (the means times the same Σ cₜ = k); otherwise weighted means over present logits.
    /// A resample whose top differs cannot have the same ranking, so its ranking is not compared.
    public static func model(_ table: LogitTable, templates: TemplateSelection, mode: AnalysisMode,
                             diseases: [DiseaseID], settings: UncertaintySettings) -> [TopStability] {
        let selected = templates.indices.filter { $0 >= 0 && $0 < LogitTable.templateCount }
        let key = "top_stability|\(table.configuration.description)|\(templates.description)|\(table.model)"
        let resamples = settings.templateResamples, k = selected.count
        guard k > 0 else { return diseases.map { TopStability(disease: $0, top: [], topShare: .nan, rankingShare: .nan) } }
        let weights = templateCounts(templates: k, resamples: resamples,
                                     seed: blockSeed(base: settings.seed, key: key)).map(Double.init)
        let width = table.demographicCount
        let skipZeros = table.zerosArePlaceholders && mode == .correct
        let tieOrder = table.configuration.group.tieOrder(mode: mode)
        var logits = [Double](repeating: .nan, count: width * k)
        var reported = [Double](repeating: .nan, count: width), resampled = reported
        let ones = [Double](repeating: 1, count: k)
        var result: [TopStability] = []
        result.reserveCapacity(diseases.count)
        logits.withUnsafeMutableBufferPointer { logits in
            reported.withUnsafeMutableBufferPointer { reported in
                resampled.withUnsafeMutableBufferPointer { resampled in
                    weights.withUnsafeBufferPointer { weights in
                        ones.withUnsafeBufferPointer { ones in
                            for disease in diseases {
                                var complete = true
                                for index in 0..<width {
                                    let base = table.offset(disease: disease, demographicIndex: index)
                                    for (position, template) in selected.enumerated() {
                                        let value = table.values[base + template]
                                        let kept = skipZeros && value == 0 ? Double.nan : value
                                        if kept.isNaN { complete = false }
                                        logits[index * k + position] = kept
                                    }
                                }
                                score(logits, ones.baseAddress!, width: width, templates: k, complete: complete,
                                      into: reported)
                                let top = TopStability.top(reported, mode: mode, tieOrder: tieOrder)
                                guard top != 0 else {
                                    result.append(TopStability(disease: disease, top: [], topShare: .nan,
                                                               rankingShare: .nan))
                                    continue
                                }
                                var sameTop = 0, sameRanking = 0
                                // Every logit present: the weighted sums of all demographics at once, one SIMD
                                // lane per demographic (at most 8), template by template.
                                var columns = [SIMD8<Double>](repeating: .zero, count: complete && width <= 8 ? k : 0)
                                for position in columns.indices {
                                    for index in 0..<width { columns[position][index] = logits[index * k + position] }
                                }
                                for b in 0..<resamples {
                                    if columns.isEmpty {
                                        score(logits, weights.baseAddress! + b * k, width: width, templates: k,
                                              complete: complete, into: resampled)
                                    } else {
                                        var sums = SIMD8<Double>.zero
                                        let row = weights.baseAddress! + b * k
                                        for position in 0..<k { sums += row[position] * columns[position] }
                                        for index in 0..<width { resampled[index] = sums[index] }
                                    }
                                    guard TopStability.top(resampled, mode: mode, tieOrder: tieOrder) == top else {
                                        continue
                                    }
                                    sameTop += 1
                                    if TopStability.sameWeakOrder(resampled, reported) { sameRanking += 1 }
                                }
                                result.append(TopStability(
                                    disease: disease, top: (0..<width).filter { top >> UInt32($0) & 1 == 1 },
                                    topShare: Double(sameTop) / Double(resamples),
                                    rankingShare: Double(sameRanking) / Double(resamples)))
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// Each demographic's weighted sum (`complete`) or weighted mean of its present logits under the `templates`
    /// weights at `weights`; NaN without any.
    @inline(__always)
    static func score(_ logits: UnsafeMutableBufferPointer<Double>, _ weights: UnsafePointer<Double>, width: Int,
                      templates: Int, complete: Bool, into scores: UnsafeMutableBufferPointer<Double>) {
        for index in 0..<width {
            let row = logits.baseAddress! + index * templates
            var sum = 0.0
            if complete {
                for position in 0..<templates { sum += weights[position] * row[position] }
                scores[index] = sum
                continue
            }
            var total = 0.0
            for position in 0..<templates {
                let weight = weights[position], value = row[position]
                if weight == 0 || value.isNaN { continue }
                sum += weight * value
                total += weight
            }
            scores[index] = total > 0 ? sum / total : .nan
        }
    }

    /// Correct: every index tied at the highest score; paper: the highest, ties to the lowest tie key; as bits
    /// (bit i = demographic index i; 0 without scores), so that no resample allocates.
    @inline(__always)
    static func top(_ scores: UnsafeMutableBufferPointer<Double>, mode: AnalysisMode, tieOrder: [Int]) -> UInt32 {
        var best = -Double.infinity, result: UInt32 = 0, first = -1
        for index in 0..<scores.count {
            let value = scores[index]
            if value.isNaN { continue }
            if value > best || result == 0 {
                best = value
                result = 1 << UInt32(index)
                first = index
            } else if value == best {
                if mode == .correct { result |= 1 << UInt32(index) }
                else if tieOrder[index] < tieOrder[first] {
                    result = 1 << UInt32(index)
                    first = index
                }
            }
        }
        return result
    }

    /// Whether every pair compares the same way (<, =, >) and the same demographics have no score.
    @inline(__always)
    static func sameWeakOrder(_ a: UnsafeMutableBufferPointer<Double>, _ b: UnsafeMutableBufferPointer<Double>) -> Bool {
        for i in 0..<a.count {
            if a[i].isNaN != b[i].isNaN { return false }
            if a[i].isNaN { continue }
            for j in (i + 1)..<max(i + 1, a.count) where !a[j].isNaN {
                if (a[i] < a[j]) != (b[i] < b[j]) || (a[i] > a[j]) != (b[i] > b[j]) { return false }
            }
        }
        return true
    }
}
