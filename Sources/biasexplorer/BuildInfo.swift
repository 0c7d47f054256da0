/// What the binary knows about its own build, for `provenance.json`. The package records no commit when it is
/// built (SwiftPM has no build-time stamping without a plugin); a release script may replace `commit`, else the
/// provenance says 'unknown'.
enum BuildInfo {
    static let version = "0.1.0"
    static let commit = "unknown"
}
