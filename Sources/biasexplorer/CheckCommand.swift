import ArgumentParser

/// Placeholder until its issue lands; replaced whole by that work.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check")
    func run() throws {
        throw ValidationError("'check' is not implemented yet")
    }
}
