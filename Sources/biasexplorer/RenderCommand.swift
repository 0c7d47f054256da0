import ArgumentParser

/// Placeholder until its issue lands; replaced whole by that work.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render")
    func run() throws {
        throw ValidationError("'render' is not implemented yet")
    }
}
