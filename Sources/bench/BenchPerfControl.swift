import Foundation

/// `perf record`'s control FIFO (`perf record -D -1 --control=fifo:FIFO`), from `BENCH_PERF_CTL=FIFO`: the scale
/// benchmark enables sampling when it sends the key of the view that needs a new configuration and disables it at
/// that view's frame, then quits, so that a profile holds only that frame's work (the parse, the analyses, the
/// draw) and not the opening or the file listing before it.
///
///     mkfifo /tmp/ctl; BENCH_PERF_CTL=/tmp/ctl perf record -D -1 --control=fifo:/tmp/ctl -g -o perf.data \
///         .build/release/biasexplorer-bench --scale-figures --data ROOT
struct PerfControl {
    let fifo: String

    static var fromEnvironment: PerfControl? {
        ProcessInfo.processInfo.environment["BENCH_PERF_CTL"].map(PerfControl.init(fifo:))
    }

    func enable() { send("enable") }
    func disable() { send("disable") }

    private func send(_ command: String) {
        guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
        handle.write(Data((command + "\n").utf8))
        try? handle.close()
    }
}
