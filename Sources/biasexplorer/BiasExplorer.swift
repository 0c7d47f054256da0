import ArgumentParser

/// The command line: `check`, `tables`, `render`, and the explorer (default).
struct BiasExplorer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "biasexplorer",
        abstract: "Explore how bias in pre-training data reaches language models (Cross-Care results).",
        subcommands: [ExploreCommand.self, CheckCommand.self, TablesCommand.self, RenderCommand.self, KeysCommand.self,
                      ImportLogitsCommand.self, ExportLogitsCommand.self, SynthesizeCommand.self],
        defaultSubcommand: ExploreCommand.self
    )
}
