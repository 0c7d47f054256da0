import Analysis
import ArgumentParser

/// `--bootstrap-resamples`, `--template-resamples`, `--seed`, `--confidence`, `--drop-reduced`: the choices behind
/// every interval and resampled test (docs/uncertainty.md), shared by `tables` and the explorer.
struct UncertaintyOptions: ParsableArguments {
    @Option(name: .long, help: "Bootstrap resamples of every mean tau and trend slope (default 2000).")
    var bootstrapResamples: Int = UncertaintySettings.standard.resamples

    @Option(name: .long, help: "Bootstrap resamples of the templates in top_stability.csv (default 200).")
    var templateResamples: Int = UncertaintySettings.standard.templateResamples

    @Option(name: .long, help: "Base seed every block's seed is derived from (default 20240618).")
    var seed: UInt64 = UncertaintySettings.defaultSeed

    @Option(name: .long, help: "Confidence level of every interval, between 0 and 1 (default 0.95).")
    var confidence: Double = UncertaintySettings.standard.confidence

    @Flag(name: .long, help: "Leave taus from fewer pairs than their group has out of means and intervals.")
    var dropReduced = false

    @Flag(name: .long, inversion: .prefixedNo,
          help: "Write top_stability.csv (template bootstrap of every ranking; on by default).")
    var topStability = true

    func settings() throws -> UncertaintySettings {
        guard bootstrapResamples >= 1, bootstrapResamples <= 1_000_000 else {
            throw ValidationError("--bootstrap-resamples must be between 1 and 1000000, not \(bootstrapResamples)")
        }
        guard templateResamples >= 1, templateResamples <= 100_000 else {
            throw ValidationError("--template-resamples must be between 1 and 100000, not \(templateResamples)")
        }
        guard confidence > 0, confidence < 1 else {
            throw ValidationError("--confidence must be strictly between 0 and 1, e.g. 0.95, not \(confidence)")
        }
        var settings = UncertaintySettings(resamples: bootstrapResamples, templateResamples: templateResamples,
                                           confidence: confidence, seed: seed, includesReduced: !dropReduced)
        settings.topStability = topStability
        return settings
    }
}
