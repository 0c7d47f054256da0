import Analysis

/// The one-line provenance of a pane: data root, mode, logit type, context, language, group, templates, window,
/// model filter. Data text in it (root name, model terms) is sanitised when drawn.
enum Caption {
    /// For views drawn from co-occurrence counts and prevalence only (Section 1, problems): the logit filters do not
    /// apply, so they are not named.
    static func countsText(filters: ViewFilters, dataset: Dataset, options: RenderOptions) -> String {
        ([dataset.rootName, filters.mode.rawValue, filters.group.rawValue, "window \(filters.window.rawValue)",
          "co-occurrence counts and real prevalence"] + userData(dataset)).joined(separator: options.glyphs.listSeparator)
    }

    /// What a user laid over the study's data (catalogue, prevalence table), or, in paper mode, that the study's
    /// models and table are shown instead; nothing without user data.
    static func userData(_ dataset: Dataset) -> [String] {
        if let note = dataset.userData.leftOutInPaperMode { return [note] }
        var parts: [String] = []
        if let catalog = dataset.userData.catalog { parts.append("catalogue " + catalog.path) }
        if let own = dataset.userData.prevalence { parts.append("prevalence " + own.path) }
        return parts
    }

    static func text(filters: ViewFilters, dataset: Dataset, options: RenderOptions) -> String {
        let models = filters.models.isEmpty ? "all models" : "models " + filters.models.joined(separator: ",")
        return ([
            dataset.rootName, filters.mode.rawValue, "logits " + (filters.logitType?.rawValue ?? "default"),
            "context " + (filters.context?.rawValue ?? "default"), filters.language.rawValue, filters.group.rawValue,
            "templates " + filters.templates.description, "window \(filters.window.rawValue)", models,
        ] + userData(dataset)).joined(separator: options.glyphs.listSeparator)
    }
}
