import ArgumentParser
import Analysis
import Data
import Foundation

/// `biasexplorer check`: the inventory of a data root and every problem. Exit 0 when clean or only notes/warnings,
/// 1 with errors, 2 when the root is unusable.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List what a data root holds and every problem found while reading it."
    )

    @OptionGroup var dataOptions: DataOptions

    @Flag(name: .long, help: .hidden)
    var timing = false

    func run() throws {
        let report: LoadReport
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            // Every file parsed, a batch at a time, each table's logits summarised and dropped (issue 21).
            report = try DatasetLoader.loadInventory(dataOptions.root(), options: dataOptions.loadOptions)
        } catch {
            FileHandle.standardError.write(Data("error: \(sanitizedForTerminal(error.description))\n".utf8))
            throw ExitCode(2)
        }
        if timing {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            FileHandle.standardError.write(Data("load: \(String(format: "%.3f", seconds)) s\n".utf8))
        }
        print(InventoryReport.lines(report).joined(separator: "\n"))
        if timing, let peak = CheckCommand.peakResidentKilobytes() {
            FileHandle.standardError.write(Data("peak memory: \(peak) kB\n".utf8))
        }
        if report.dataset.problems.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// `VmHWM` of `/proc/self/status`: the peak resident memory of this process (the memory test reads it; the
    /// child's `ru_maxrss` would include the parent's peak, which the kernel carries across `posix_spawn`'s exec).
    static func peakResidentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst(6).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        return nil
    }
}
