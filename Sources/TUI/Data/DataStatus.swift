import Analysis

/// How much of the data the explorer has read (issue 21's lazy loading), part of the state a frame is drawn from:
/// what the pane on screen waits for, if anything, and how many logit configurations are parsed (the Problems view
/// is partial until all are).
public struct DataStatus: Sendable, Hashable {
    /// What a pane that reads logits waits for.
    public enum Waiting: Sendable, Hashable {
        /// The logits files are being listed.
        case catalogue
        /// Its configurations are being parsed.
        case parsing(LogitLoader.Progress)
        /// The logits files could not be listed: why.
        case unavailable(String)
    }

    /// The pane draws from a head of its configuration (`LogitHead`), the rest still parsing.
    public struct Head: Sendable, Hashable {
        /// Models in the head, and how many the configuration has for the pane (its model filter applied).
        public var models: Int
        public var of: Int
        /// The parse of the whole configuration.
        public var progress: LogitLoader.Progress
    }

    /// nil when the pane on screen can draw.
    public var waiting: Waiting?
    /// Set while the pane draws from a head: its rows are complete, the others (and sorting or filtering by a
    /// value) wait for the rest of the configuration.
    public var head: Head?
    /// The logits files are still being listed (the model list is empty meanwhile).
    public var listing = false
    /// Why the logits files could not be listed (no logits can be read then).
    public var failure: String?
    /// Configurations parsed at least once, of those the root has; equal for a dataset loaded whole (0 of 0).
    public var parsed = 0
    public var configurations = 0

    public init(waiting: Waiting? = nil, listing: Bool = false, failure: String? = nil, parsed: Int = 0,
                configurations: Int = 0) {
        self.waiting = waiting
        self.listing = listing
        self.failure = failure
        self.parsed = parsed
        self.configurations = configurations
    }

    /// Whether some logits are not parsed yet, so the Problems view cannot list their files' problems.
    public var isPartial: Bool { listing || failure != nil || parsed < configurations }
}
