import Analysis
import Foundation
import Testing

/// The real binary (issue 20 items 2, 7 and 9): output write errors, argument-parser messages and data-root wording.
@Suite(.serialized) struct CommandLineTests {
    @Test func aFullDiskIsAWriteErrorWithStatus74() throws {
        let outcome = try ChildProcess.run(["check", "--data", TestPaths.hardening.path], output: .full)
        #expect(outcome.status == 74)
        #expect(outcome.standardError.hasPrefix("biasexplorer: cannot write standard output: "))
    }

    @Test func aClosedPipeEndsQuietlyWithSIGPIPE() throws {
        let outcome = try ChildProcess.run(["render", "counts", "--format", "csv", "--data", TestPaths.hardening.path],
                                           output: .closedPipe)
        #expect(outcome.signal == SIGPIPE)
        #expect(outcome.standardError.isEmpty)
    }

    @Test func argumentParserMessagesShowEscapesVisibly() throws {
        let outcome = try ChildProcess.run(["render", "counts", "--width", "1\u{1B}]0;pwn\u{07}"])
        #expect(outcome.status == 64)
        #expect(!outcome.standardError.contains("\u{1B}") && !outcome.standardError.contains("\u{07}"))
        #expect(outcome.standardError.contains("'1\\x1b]0;pwn\\x07'"))
    }

    /// The benchmark is its own executable (`biasexplorer-bench`, run by `bench/run.sh`), not a subcommand.
    @Test func theShippedBinaryHasNoBenchSubcommand() throws {
        let outcome = try ChildProcess.run(["bench"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("Unexpected argument 'bench'"))
    }

    @Test func aDataRootThatIsNotAFolderSaysSo() throws {
        let outcome = try ChildProcess.run(["check", "--data", "/dev/null"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "error: data root '/dev/null' is not a folder\n")
    }
}
