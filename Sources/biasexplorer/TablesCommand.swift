import ArgumentParser

/// Placeholder until its issue lands; replaced whole by that work.
struct TablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tables")
    func run() throws {
        throw ValidationError("'tables' is not implemented yet")
    }
}
