import Foundation

/// Wall-clock samples of one figure, in seconds, summarised as median, min and max; with the process CPU time
/// (user + system, all threads) of each sample, which a machine shared with other work inflates less than wall time.
struct Samples: Sendable {
    var seconds: [Double] = []
    var cpuSeconds: [Double] = []

    var cpuMedian: Double { Samples(seconds: cpuSeconds).median }

    var median: Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var minimum: Double { seconds.min() ?? .nan }
    var maximum: Double { seconds.max() ?? .nan }

    mutating func append(_ value: Double, cpu: Double = .nan) {
        seconds.append(value)
        cpuSeconds.append(cpu)
    }
}

/// A monotonic clock reading in seconds.
func monotonicSeconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}

/// CPU time of this process so far (user + system, every thread), in seconds.
func processCPUSeconds() -> Double {
    var usage = rusage()
    guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return .nan }
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Runs `body` once and returns its result, the elapsed wall time and the process CPU time, in seconds.
func timed<Result>(_ body: () throws -> Result) rethrows -> (Result, Double, cpu: Double) {
    let start = monotonicSeconds(), startCPU = processCPUSeconds()
    let result = try body()
    return (result, monotonicSeconds() - start, processCPUSeconds() - startCPU)
}

/// `body` run `runs` times; the samples of each run.
func sampled(runs: Int, _ body: () throws -> Void) rethrows -> Samples {
    var samples = Samples()
    for _ in 0..<runs {
        let (_, seconds, cpu) = try timed(body)
        samples.append(seconds, cpu: cpu)
    }
    return samples
}

/// Peak resident memory of this process (`VmHWM` of /proc/self/status) in megabytes; nil where /proc is absent.
func peakResidentMegabytes() -> Double? { statusMegabytes("VmHWM:") }

/// Resident memory of this process now (`VmRSS`) in megabytes; nil where /proc is absent.
func residentMegabytes() -> Double? { statusMegabytes("VmRSS:") }

/// A kB field of /proc/self/status in megabytes.
private func statusMegabytes(_ field: String) -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix(field) {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count >= 2, let kilobytes = Double(fields[1]) else { return nil }
        return kilobytes / 1024
    }
    return nil
}
