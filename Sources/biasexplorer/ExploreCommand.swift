import ArgumentParser

/// Placeholder until its issue lands; replaced whole by that work.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explore")
    func run() throws {
        throw ValidationError("'explore' is not implemented yet")
    }
}
