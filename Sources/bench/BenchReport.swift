import Foundation

/// One line of the benchmark's result table: a figure, its target, what was measured and whether it meets it.
struct BenchLine: Sendable {
    let figure: String
    /// Target in the figure's unit (seconds or megabytes); nil = informational.
    let target: Double?
    let unit: BenchUnit
    /// Median (or the single value), min and max.
    let median: Double
    let minimum: Double
    let maximum: Double
    /// Median process CPU time (all threads) of the same runs; NaN when not measured.
    var cpu: Double = .nan

    init(_ figure: String, target: Double?, unit: BenchUnit = .seconds, samples: Samples) {
        self.init(figure, target: target, unit: unit, median: samples.median, minimum: samples.minimum,
                  maximum: samples.maximum)
        cpu = samples.cpuMedian
    }

    init(_ figure: String, target: Double?, unit: BenchUnit, median: Double, minimum: Double, maximum: Double) {
        self.figure = figure
        self.target = target
        self.unit = unit
        self.median = median
        self.minimum = minimum
        self.maximum = maximum
    }

    var met: String {
        guard let target else { return "" }
        return median <= target ? "yes" : "NO"
    }
}

/// How a figure is shown.
enum BenchUnit: Sendable {
    case seconds, megabytes

    func format(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        switch self {
        case .seconds:
            return value < 0.1 ? String(format: "%.2f ms", value * 1000) : String(format: "%.3f s", value)
        case .megabytes: return String(format: "%.0f MB", value)
        }
    }
}

/// The result table as aligned text lines.
enum BenchReport {
    static func lines(_ entries: [BenchLine]) -> [String] {
        let header = ["figure", "target", "median", "min", "max", "met", "cpu"]
        let rows = entries.map { entry in
            [entry.figure, entry.target.map { "≤ " + entry.unit.format($0) } ?? "", entry.unit.format(entry.median),
             entry.unit.format(entry.minimum), entry.unit.format(entry.maximum), entry.met,
             entry.unit == .seconds ? entry.unit.format(entry.cpu) : "-"]
        }
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - row[column].count)
                return column == 0 ? row[column] + padding : padding + row[column]
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
    }
}
