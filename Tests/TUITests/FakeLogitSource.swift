import Analysis
import Dispatch
import Synchronization
import TUI
import Views

/// A closed gate that threads wait at until the test opens it (then it stays open).
final class Gate: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)

    func open() { semaphore.signal() }

    func pass() {
        semaphore.wait()
        semaphore.signal()
    }
}

/// A logit source for tests: the answers are given, every configuration has `filesPerConfiguration` files; parsing
/// signals `started`, waits at `gate` (if any), reports each file and counts how often each configuration was parsed.
final class FakeLogitSource: LogitSource {
    let answers: [LogitConfiguration: ConfigurationLogits]
    let filesPerConfiguration: Int
    let gate: Gate?
    /// Whether it reads heads (`LogitHead`: its answers' tables of some models, without waiting at the gate).
    let readsHeads: Bool
    let started = DispatchSemaphore(value: 0)
    private let counts = Mutex<[LogitConfiguration: Int]>([:])
    private let heads = Mutex<[LogitHead]>([])

    init(_ answers: [ConfigurationLogits], filesPerConfiguration: Int = 3, gate: Gate? = nil, readsHeads: Bool = false) {
        self.answers = Dictionary(uniqueKeysWithValues: answers.map { ($0.configuration, $0) })
        self.filesPerConfiguration = filesPerConfiguration
        self.gate = gate
        self.readsHeads = readsHeads
    }

    func models(_ configuration: LogitConfiguration) -> Set<String>? {
        readsHeads ? answers[configuration].map { Set($0.tables.map(\.model)) } : nil
    }

    func parse(_ configuration: LogitConfiguration, models: Set<String>, parallel: ParallelMap) -> ConfigurationLogits? {
        guard readsHeads, let answer = answers[configuration] else { return nil }
        heads.withLock { $0.append(LogitHead(configuration: configuration, models: models.sorted())) }
        return ConfigurationLogits(configuration: configuration, tables: answer.tables.filter { models.contains($0.model) },
                                   problems: [], filesRead: models.count)
    }

    /// The heads parsed, in order (models sorted).
    var headsParsed: [LogitHead] { heads.withLock { $0 } }

    var configurations: Set<LogitConfiguration> { Set(answers.keys) }

    func fileCount(_ configuration: LogitConfiguration) -> Int {
        answers[configuration] == nil ? 0 : filesPerConfiguration
    }

    func parse(_ configuration: LogitConfiguration, parallel: ParallelMap,
               fileDone: (@Sendable () -> Void)?) -> ConfigurationLogits {
        counts.withLock { $0[configuration, default: 0] += 1 }
        started.signal()
        gate?.pass()
        _ = parallel(Array(0..<fileCount(configuration))) { _ in fileDone?() }
        return answers[configuration] ?? ConfigurationLogits(configuration: configuration, tables: [], problems: [],
                                                             filesRead: 0)
    }

    func parses(_ configuration: LogitConfiguration) -> Int { counts.withLock { $0[configuration] ?? 0 } }
}

extension ConfigurationLogits {
    /// Logits of every model of `dataset` in `configuration`, values from a seeded sequence; `problems` as given.
    static func fake(_ configuration: LogitConfiguration, dataset: Dataset, seed: Double = 1,
                     problems: [DataProblem] = []) -> ConfigurationLogits {
        let diseases = dataset.diseases.count, width = configuration.group.demographics.count
        let tables = dataset.models.enumerated().map { index, model in
            let values = (0..<(diseases * width * LogitTable.templateCount)).map { offset in
                -((Double(offset % 97) * 0.37 + Double(index) * 1.3 + seed).truncatingRemainder(dividingBy: 9) + 1)
            }
            return LogitTable(model: model.id, configuration: configuration, source: model.source,
                              diseaseCount: diseases, values: values,
                              diseasePresent: [Bool](repeating: true, count: diseases))
        }
        return ConfigurationLogits(configuration: configuration, tables: tables, problems: problems,
                                   filesRead: dataset.models.count)
    }
}

/// A terminal driven by a script of events and actions: an action runs when the loop next waits for an event (which
/// then gets none, so the loop redraws if the data changed); frames are recorded. Nil once the script is done.
final class StepTerminal: Terminal {
    enum Step {
        case event(TerminalEvent)
        case run(() -> Void)
    }

    private(set) var size: TerminalSize
    private(set) var frames: [Buffer] = []
    private var steps: [Step]

    init(size: TerminalSize = TerminalSize(width: 120, height: 30), steps: [Step]) {
        self.size = size
        self.steps = steps
    }

    var screen: String { frames.last?.plainText() ?? "" }

    func draw(_ buffer: Buffer) throws { frames.append(buffer) }

    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard !steps.isEmpty else { return nil }
        switch steps.removeFirst() {
        case .event(let event):
            if case .resize(let newSize) = event { size = newSize }
            return event
        case .run(let action):
            action()
            return nil
        }
    }

    func suspend() {}
    func shutdown() {}
}
