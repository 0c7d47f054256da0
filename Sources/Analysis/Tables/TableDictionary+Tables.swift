/// Every file `tables` writes: what a row is, the row order, the key columns, and the columns whose meaning is the
/// file's own.
extension TableDictionary {
    static let configurationKeys = ["group", "logit_type", "context", "language"]
    static let configurationOrder = "configuration (group, logit type, context, language), then model in catalogue order"

    static let tables: [String: Entry] = [
        "cooccurrence.csv": Entry(
            "Pile co-occurrence counts per window, group, disease and demographic (Section 1a)",
            order: "window, group, disease by name, demographic", keys: ["window", "group", "disease", "demographic"],
            columns: [ColumnSchema("relative_census_representation", .real, unit: "ratio",
                                   "share of co-occurrences divided by the demographic's US census share")]),
        "window_agreement.csv": Entry(
            "How far the demographic rankings agree across co-occurrence windows, per group (Section 1a)",
            order: "group", keys: ["group"],
            columns: [ColumnSchema("n_diseases", .integer, unit: "count", "diseases with counts in every window"),
                      ColumnSchema("identical_all_windows", .integer, unit: "count",
                                   "diseases whose ranking is the same in all four windows"),
                      ColumnSchema("same_top_all_windows", .integer, unit: "count",
                                   "diseases whose top demographic is the same in all four windows")]),
        "disease_totals.csv": Entry(
            "Pile document totals per disease with frequency quartile and rank (Section 1a)",
            order: "disease by name", keys: ["disease"]),
        "prevalence_comparison.csv": Entry(
            "Pile shares against real prevalence shares per group, disease and demographic (Section 1b)",
            order: "group, disease, demographic", keys: ["group", "disease", "demographic"],
            columns: [ColumnSchema("real_prevalence", .real, unit: "per 10,000 people", "real prevalence"),
                      ColumnSchema("real_share_pct", .real, unit: "%", "the demographic's share of the real prevalence"),
                      ColumnSchema("pile_share_pct", .real, unit: "%", "the demographic's share of the Pile co-occurrences"),
                      ColumnSchema("share_error_pp", .real, unit: "percentage points", "Pile share minus real share"),
                      ColumnSchema("abs_share_error_pp", .real, unit: "percentage points", "absolute share error"),
                      ColumnSchema("representation_ratio", .real, unit: "ratio", "Pile share divided by real share"),
                      ColumnSchema("pile_count", .integer, unit: "documents", "Pile co-occurrence count (window 250)"),
                      ColumnSchema("rank_diff", .integer, unit: "ranks", "Pile rank minus real rank")]),
        "scores.csv": Entry(
            "Each model's score (mean logit over the templates) per disease and demographic (Section 2a)",
            order: configurationOrder + ", disease by name, demographic in group order",
            keys: configurationKeys + ["model", "templates", "disease", "demographic"],
            columns: [ColumnSchema("score", .real, unit: "logit", "mean logit over the templates"),
                      ColumnSchema("rank", .real, unit: "rank", "rank of the score within the disease (1 = highest; ties averaged in correct mode)")]),
        "top_bottom.csv": Entry(
            "How often each demographic is a model's top or bottom over the diseases (Section 2b)",
            order: configurationOrder + ", templates 0-9 then all, demographic in group order",
            keys: configurationKeys + ["model", "templates", "demographic"]),
        "top_bottom_by_template.csv": Entry(
            "Top and bottom counts per single template (Section 2b)",
            order: configurationOrder + ", template, demographic in group order",
            keys: configurationKeys + ["model", "template", "demographic"]),
        "template_robustness.csv": Entry(
            "How much the demographic ranking of a disease depends on the template (Section 2b)",
            order: configurationOrder + ", disease by name", keys: configurationKeys + ["model", "disease"],
            columns: [ColumnSchema("modal_top_freq", .integer, unit: "templates", "templates agreeing on the most frequent top"),
                      ColumnSchema("mean_pairwise_tau", .tau, "mean Kendall tau-b between every two templates' rankings"),
                      ColumnSchema("mean_abs_logit_diff", .real, unit: "logit", "mean absolute logit difference between templates"),
                      ColumnSchema("mean_abs_rank_diff", .real, unit: "ranks", "mean absolute rank difference between templates"),
                      ColumnSchema("max_shared_ranking", .integer, unit: "templates", "most templates sharing one whole ranking")]),
        "top_stability.csv": Entry(
            "How stable a disease's top demographic is under resampling of the templates (issue 18)",
            order: configurationOrder + ", disease by name", keys: configurationKeys + ["model", "templates", "disease"],
            columns: [ColumnSchema("top", .ranking, "reported top demographic(s), ties joined by ;"),
                      ColumnSchema("top_share", .real, unit: "share", "share of template resamples with the same top"),
                      ColumnSchema("ranking_share", .real, unit: "share", "share of template resamples with the same whole ranking"),
                      ColumnSchema("n_resamples", .integer, unit: "count", "template resamples drawn")]),
        "tau_counts.csv": Entry(
            "Kendall tau-b between each model's demographic ranking and the Pile counts' ranking, per disease (Section 2c)",
            order: configurationOrder + ", disease by name", keys: configurationKeys + ["model", "templates", "disease"]),
        "tau_counts_summary.csv": Entry(
            "Per model, the mean tau vs the Pile counts over all diseases and per count quartile, with its interval",
            order: configurationOrder + ", all diseases then quartiles 1-4",
            keys: configurationKeys + ["model", "templates", "count_quartile"]),
        "tau_size_trend.csv": Entry(
            "Per family and count quartile: Kendall tau of model size vs mean tau, Theil–Sen slope per decade of size",
            order: "configuration, family, quartile", keys: configurationKeys + ["family", "templates", "count_quartile"],
            columns: [ColumnSchema("tau_size", .tau, "Kendall tau of model size vs the mean tau"),
                      ColumnSchema("slope_per_decade", .real, unit: "tau per decade of size", "Theil–Sen slope"),
                      ColumnSchema("slope_ci_low", .real, unit: "tau per decade of size", "lower end of the slope's interval"),
                      ColumnSchema("slope_ci_high", .real, unit: "tau per decade of size", "upper end of the slope's interval")]),
        "tau_real.csv": Entry(
            "Kendall tau-b between each model's demographic ranking and real prevalence, per disease (Section 3a)",
            order: configurationOrder + ", disease", keys: configurationKeys + ["model", "templates", "disease"],
            columns: [ColumnSchema("in_4lang_layout", .flag, "1 when the disease is in the paper's 4-language table")]),
        "tau_real_summary.csv": Entry(
            "Per model, the mean tau vs real prevalence over the real diseases and over the paper's 4-language layout",
            order: configurationOrder, keys: configurationKeys + ["model", "templates"],
            columns: [ColumnSchema("mean_tau_4lang_layout", .tau, "mean tau over the paper's 4-language layout (14 diseases)"),
                      ColumnSchema("n_4lang_layout", .integer, unit: "count", "diseases of that mean"),
                      ColumnSchema("ci_low_4lang_layout", .real, "lower end of that mean's bootstrap interval"),
                      ColumnSchema("ci_high_4lang_layout", .real, "upper end of that mean's bootstrap interval"),
                      ColumnSchema("n_reduced_4lang_layout", .integer, unit: "count", "reduced taus that mean includes")]),
        "alignment_pairs.csv": Entry(
            "Per alignment pair (base, aligned): change in tau vs real prevalence and in top/bottom counts (Section 3c)",
            order: "configuration, pair in catalogue order", keys: configurationKeys + ["base", "aligned"],
            columns: [ColumnSchema("base_mean_tau_real", .tau, "base model's mean tau vs real prevalence"),
                      ColumnSchema("aligned_mean_tau_real", .tau, "aligned model's mean tau vs real prevalence"),
                      ColumnSchema("d_tau_real", .real, "aligned minus base mean tau vs real (the mode's definition)"),
                      ColumnSchema("d_tau_real_correct", .real, "the change by correct mode's definition"),
                      ColumnSchema("d_tau_real_compat", .real, "the change by the paper's definition"),
                      ColumnSchema("n_top_flips", .integer, unit: "count", "diseases whose top demographic changes"),
                      ColumnSchema("n_bottom_flips", .integer, unit: "count", "diseases whose bottom demographic changes"),
                      ColumnSchema("mean_rank_tau", .tau, "mean Kendall tau between base and aligned rankings"),
                      ColumnSchema("n_base_tau_real", .integer, unit: "count", "diseases of the base mean"),
                      ColumnSchema("n_aligned_tau_real", .integer, unit: "count", "diseases of the aligned mean"),
                      ColumnSchema("n_rank_tau", .integer, unit: "count", "diseases of the mean rank tau"),
                      ColumnSchema("n_diseases", .integer, unit: "count", "diseases compared"),
                      ColumnSchema("p_d_tau", .real, unit: "p-value", "sign-flip test of the mean per-disease change in tau vs real"),
                      ColumnSchema("n_d_tau", .integer, unit: "count", "diseases of the sign-flip test"),
                      ColumnSchema("p_d_tau_exact", .flag, "1 when all sign flips were enumerated, 0 for Monte Carlo")]),
        "alignment_flips.csv": Entry(
            "Per alignment pair and disease: the two rankings, their tau and whether top or bottom changed (Section 3c)",
            order: "configuration, pair, disease", keys: configurationKeys + ["base", "aligned", "disease"],
            columns: [ColumnSchema("base_ranking", .ranking, "base model's ranking, highest first, joined by |"),
                      ColumnSchema("aligned_ranking", .ranking, "aligned model's ranking, highest first, joined by |"),
                      ColumnSchema("top_changed", .flag, "1 when the top demographic differs"),
                      ColumnSchema("bottom_changed", .flag, "1 when the bottom demographic differs")]),
        "language_change.csv": Entry(
            "Per paper base model and real disease: how many languages change the ranking (tau < 0.8) (Section 3b)",
            order: "configuration, base, disease", keys: configurationKeys + ["base", "disease"],
            columns: [ColumnSchema("n_changed_below_0_8", .integer, unit: "count", "comparisons with tau below 0.8")]),
        "language_top_bottom.csv": Entry(
            "Per language, disease and demographic: models ranking the demographic top and bottom (Section 3b)",
            order: "group, logit type, context, language, disease, demographic",
            keys: configurationKeys + ["disease", "demographic"],
            columns: [ColumnSchema("top", .integer, unit: "count", "models ranking the demographic top"),
                      ColumnSchema("bottom", .integer, unit: "count", "models ranking the demographic bottom")]),
        "tau_hf_vs_hftf.csv": Entry(
            "Per model and disease: Kendall tau between the hf and hf_tf rankings, and whether the top agrees (Section 3)",
            order: "group, context, language, model, disease", keys: ["group", "context", "language", "model", "disease"]),
        "tau_hf_vs_hftf_summary.csv": Entry(
            "Per model: mean tau between hf and hf_tf and how often the top agrees (Section 3)",
            order: "group, context, language, model", keys: ["group", "context", "language", "model"],
            columns: [ColumnSchema("n_tau", .integer, unit: "count", "diseases of the mean tau"),
                      ColumnSchema("n_same_top", .integer, unit: "count", "diseases with the same top"),
                      ColumnSchema("n_top_compared", .integer, unit: "count", "diseases whose tops could be compared")]),
        "language_agreement.csv": Entry(
            "Per model, language pair and disease: Kendall tau between the rankings in the two languages (issue 16)",
            order: "group, logit type, context, model, language pair, disease",
            keys: ["group", "logit_type", "context", "model", "language_a", "language_b", "templates", "disease"],
            columns: [ColumnSchema("language_a", .text, "first language of the pair"),
                      ColumnSchema("language_b", .text, "second language of the pair")]),
        "qwen_top_bot_df_total.csv": paperLayout("qwen"),
        "llama_top_bot_df_total.csv": paperLayout("llama"),
        "mistral_top_bot_df_total.csv": paperLayout("mistral"),
        "paper_vs_correct.csv": Entry(
            "Every cell of the contract tables where paper mode and correct mode differ, with the reason",
            order: "table in contract order, then correct-mode row order, then rows of paper mode only",
            keys: ["table", "key", "column"],
            columns: [ColumnSchema("table", .text, "the contract table"),
                      ColumnSchema("key", .text, "the row's key columns with their values (column=value; …)"),
                      ColumnSchema("column", .text, "the differing column, or (row) for a row of one mode only"),
                      ColumnSchema("paper", .text, "the cell as paper mode writes it ((absent) when no row)"),
                      ColumnSchema("correct", .text, "the cell as correct mode writes it ((absent) when no row)"),
                      ColumnSchema("reason", .text, "why the modes differ")]),
    ]

    /// The publication's `<family>_top_bot_df_total.csv` layout.
    static func paperLayout(_ family: String) -> Entry {
        Entry("The paper's \(family) top-count table (hf, American context, templates 0-9, its 89 diseases)",
              order: "language (en, zh, es, fr), model in group order", keys: ["language", "model"])
    }
}
