import Analysis
import Views

extension Explorer {
    /// The pane while what it reads is not there yet (issue 21): its title, what it waits for (listing the logits
    /// files; parsing its configurations, with the files read of those left and a bar), and that keys still work.
    static func drawWaiting(_ waiting: DataStatus.Waiting, state: AppState, into buffer: inout Buffer,
                            area: Rect) -> PaneSummary {
        let options = state.renderOptions
        let lines = waitingLines(waiting, view: state.pane.view)
        for (offset, line) in lines.enumerated() where offset < area.height {
            buffer.put(line, x: area.x, y: area.y + offset, width: area.width,
                       style: offset == 0 ? Style(bold: true) : .plain, options: options)
        }
        if case .parsing(let progress) = waiting, area.height > lines.count + 1, area.width >= 12 {
            drawBar(done: progress.waitingFilesDone, total: progress.waitingFiles, into: &buffer,
                    x: area.x, y: area.y + lines.count + 1, width: min(area.width, 60), options: options)
        }
        return PaneSummary(caption: lines.dropFirst().first ?? "")
    }

    /// The waiting pane's text: title, the status (`parsing logits: 140/370 files`), the configurations, a hint.
    static func waitingLines(_ waiting: DataStatus.Waiting, view: ViewID) -> [String] {
        let title = "\(view.title): reading the logits it needs"
        switch waiting {
        case .catalogue:
            return [title, "listing the logits files…", "", "Keys work meanwhile; Esc, q and C-c as always."]
        case .unavailable(let reason):
            return [view.title + ": no logits", sanitizedForTerminal(reason)]
        case .parsing(let progress):
            let names = progress.waiting.map { configuration in
                configuration.description + (configuration == progress.parsing ? " (parsing)" : "")
            }
            return [title,
                    "parsing logits: \(progress.waitingFilesDone)/\(progress.waitingFiles) files "
                        + "(\(progress.waiting.count) configuration\(progress.waiting.count == 1 ? "" : "s") left)",
                    "configurations: " + names.joined(separator: ", "),
                    "Keys work meanwhile: another view or filter parses what it needs first; Esc, q and C-c as always."]
        }
    }

    /// `[#####.....]  37%` in `width` columns.
    static func drawBar(done: Int, total: Int, into buffer: inout Buffer, x: Int, y: Int, width: Int,
                        options: RenderOptions) {
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 0
        let percent = " \(Int((fraction * 100).rounded(.down)))%"
        let inner = max(0, width - 2 - percent.count)
        let filled = Int((Double(inner) * fraction).rounded(.down))
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: inner - filled) + "]"
        buffer.put(bar + percent, x: x, y: y, width: width, options: options)
    }

    /// The line above the Problems view while some logits are not parsed: their files' problems are not listed yet.
    static func partialProblemsLine(_ data: DataStatus) -> String {
        if data.listing { return "PARTIAL: the logits files are still being listed; their problems are not here yet." }
        if let failure = data.failure { return "PARTIAL: " + sanitizedForTerminal(failure) }
        return "PARTIAL: logits of \(data.parsed) of \(data.configurations) configurations parsed; the others' "
            + "problems appear when a view reads them (`biasexplorer check` reads every file)."
    }
}
