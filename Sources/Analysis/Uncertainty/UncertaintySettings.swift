/// The user's choices for every interval and resampled test (`docs/uncertainty.md`): resample counts, the base seed
/// each block's seed is derived from (`blockSeed`), the confidence level, and whether taus from fewer pairs than
/// their group has enter the means.
public struct UncertaintySettings: Sendable, Hashable {
    /// Bootstrap resamples of every mean tau and of the Theil–Sen slope (B).
    public var resamples: Int
    /// Bootstrap resamples of the templates in `top_stability.csv`.
    public var templateResamples: Int
    /// Random sign flips of the alignment test when a pair has more than `exactSignFlipLimit` diseases.
    public var monteCarloFlips: Int
    /// Two-sided level of every interval, e.g. 0.95.
    public var confidence: Double
    public var seed: UInt64
    /// False: means and intervals leave out the taus flagged reduced (fewer pairs than the group has).
    public var includesReduced: Bool
    /// False: no resampling at all (intervals and Monte-Carlo p empty), for a mode's tables that are only compared
    /// with the other mode and never written (the comparison leaves the uncertainty columns out).
    public var resampling = true
    /// Whether `tables` writes `top_stability.csv` (on by default; `--no-top-stability` leaves out its template
    /// bootstrap, B × diseases × models, about a second of `tables`).
    public var topStability = true

    public static let defaultSeed: UInt64 = 20_240_618
    public static let exactSignFlipLimit = 20

    public init(resamples: Int = 2000, templateResamples: Int = 200, monteCarloFlips: Int = 100_000,
                confidence: Double = 0.95, seed: UInt64 = UncertaintySettings.defaultSeed,
                includesReduced: Bool = true) {
        self.resamples = max(1, resamples)
        self.templateResamples = max(1, templateResamples)
        self.monteCarloFlips = max(1, monteCarloFlips)
        self.confidence = min(max(confidence, 0.0001), 0.9999)
        self.seed = seed
        self.includesReduced = includesReduced
    }

    public static let standard = UncertaintySettings()

    /// These settings without resampling.
    public var withoutResampling: UncertaintySettings {
        var copy = self
        copy.resampling = false
        return copy
    }
}
