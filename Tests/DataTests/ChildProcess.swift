import Foundation

/// Runs the built `biasexplorer` as a child process and reports how it ended and what it wrote on stderr.
struct ChildProcess {
    /// Where the child's standard output goes.
    enum Output { case null, full, closedPipe }

    struct Outcome {
        /// Exit status, or nil when a signal ended it.
        let status: Int32?
        let signal: Int32?
        let standardError: String
    }

    /// `biasexplorer` next to the test bundle (`swift build --build-tests` builds both).
    static var binary: String? {
        guard let bundle = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let path = URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("biasexplorer").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static func run(_ arguments: [String], output: Output = .null) throws -> Outcome {
        guard let binary else { throw ChildError(reason: "biasexplorer is not built next to the tests") }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("child-stderr-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeEnds: [Int32] = [-1, -1]
        switch output {
        case .null: posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        case .full: posix_spawn_file_actions_addopen(&actions, 1, "/dev/full", O_WRONLY, 0)
        case .closedPipe:
            guard pipe(&pipeEnds) == 0 else { throw ChildError(reason: "no pipe") }
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        }
        posix_spawn_file_actions_addopen(&actions, 2, errors.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var environment = ProcessInfo.processInfo.environment
        environment["BIASEXPLORER_DATA"] = nil
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, envp)
        if output == .closedPipe { close(pipeEnds[0]); close(pipeEnds[1]) }
        guard spawned == 0 else { throw ChildError(reason: "posix_spawn failed: \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: errors)
        let signalled = (status & 0x7F) != 0 && (status & 0x7F) != 0x7F
        return Outcome(status: signalled ? nil : (status >> 8) & 0xFF, signal: signalled ? status & 0x7F : nil,
                       standardError: text)
    }
}

struct ChildError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
