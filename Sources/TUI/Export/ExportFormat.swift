/// The export dialog's formats.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    case txt, ansi, md, csv, json
}
