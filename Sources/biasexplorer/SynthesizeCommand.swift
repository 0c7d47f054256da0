import ArgumentParser
import Analysis
import Data
import Foundation

/// `biasexplorer synthesize` (hidden): writes a grown data root for load and navigation tests at scale.
struct SynthesizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthesize",
        abstract: "Write a synthetic data root: every model folder copied SCALE times with perturbed logits.",
        shouldDisplay: false
    )

    @Option(name: .long, help: "The folder to create (must not exist).")
    var out: String

    @Option(name: .long, help: "Copies of each model folder, the original included.")
    var scale = 10

    @Option(name: .long, help: "Disease keys beyond the vocabulary added to every logits and counts file.")
    var extraDiseases = 0

    @Option(name: .long, help: "The root to grow (default: $BIASEXPLORER_DATA, else the embedded subset).")
    var from: String?

    func run() throws {
        let source = try DataRoot.resolve(path: from, environment: ProcessInfo.processInfo.environment)
        let options = SyntheticRootOptions(scale: scale, extraDiseases: extraDiseases)
        let summary = try SyntheticRoot.write(from: source.url, to: URL(fileURLWithPath: out), options: options)
        print("wrote \(summary.files) files (\(summary.bytes) bytes), \(summary.modelFolders) model folders, to "
              + sanitizedForTerminal(out))
    }
}
