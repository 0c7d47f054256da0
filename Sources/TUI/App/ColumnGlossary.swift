/// What the common columns hold, with their unit.
enum ColumnGlossary {
    static let meanings: [String: String] = [
        "tau_counts": "Kendall tau-b between the model's demographic ranking and the Pile co-occurrence ranking (−1…1)",
        "n_counts": "how many diseases (or demographics) the tau averages over (count)",
        "tau_real": "Kendall tau-b between the model's ranking and US prevalence (−1…1)",
        "n_real": "how many diseases with prevalence the tau averages over (count)",
        "tau": "Kendall tau-b (−1…1; NaN when one side is constant)",
        "params_b": "model size, billions of parameters",
        "n": "number of items compared (count)",
        "quartile": "disease-frequency quartile in the Pile (1 rare … 4 common)",
        "top_changed": "whether the top demographic differs between base and aligned model (yes/no)",
        "bottom_changed": "whether the bottom demographic differs between base and aligned model (yes/no)",
        "cells": "number of differing cells (count)",
        "documents": "Pile documents mentioning the disease (count)",
        "mean_tau": "mean of per-disease Kendall taus (−1…1)",
        "rank_tau": "Kendall tau between two rankings (−1…1)",
        "pile_rank": "rank in the Pile counts (1 = most co-occurrences)",
        "real_rank": "rank in US prevalence (1 = most prevalent)",
        "pile": "share of the disease's Pile co-occurrences with the demographic (%)",
        "real": "share of the disease's US prevalence for the demographic (%)",
        "error_pp": "Pile share minus real share (percentage points)",
        "ratio": "Pile share divided by real share (ratio)",
        "modal_top": "how many templates agree on the most frequent top demographic (templates)",
        "modal_top_demographic": "the demographic most templates rank top",
        "pairwise_tau": "mean Kendall tau between the rankings of every two templates (−1…1)",
        "logit_diff": "mean absolute difference of logits between templates (logit units)",
        "rank_diff": "mean absolute difference of demographic ranks between templates (ranks)",
        "diseases": "number of diseases (count)",
        "top_kept": "mean over the diseases of the share of template resamples (B = --template-resamples) whose top demographic set is the reported one (0…1; top_stability.csv)",
        "rank_kept": "mean over the diseases of the share of template resamples whose whole ranking is the reported one (0…1; top_stability.csv)",
        "top_share": "share of template resamples whose top demographic set is the reported one (0…1)",
        "ranking_share": "share of template resamples whose whole ranking is the reported one (0…1)",
        "models": "number of models (count)",
        "same": "= when the ranking is identical in every window",
        "same_top": "whether the two sides agree on the top demographic",
        "tau10": "Kendall tau between the window-10 and window-250 rankings (−1…1)",
        "tau50": "Kendall tau between the window-50 and window-250 rankings (−1…1)",
        "tau100": "Kendall tau between the window-100 and window-250 rankings (−1…1)",
        "top_flips": "diseases whose top demographic differs between base and aligned (count)",
        "bottom_flips": "diseases whose bottom demographic differs between base and aligned (count)",
        "disagree": "demographics the model and the Pile rank differently (count)",
        "paper": "the value paper mode writes",
        "correct": "the value correct mode writes",
        "reason": "why the modes differ (R lists every reason)",
        "severity": "how bad a data problem is (error, warning, note)",
        "path": "the file the problem is in, under the data root",
        "place": "where in the file (line, key)",
    ]

    /// The meaning of a column: its entry, else a rule for the column families (`top_w`, `w_pile`, `tau_en_fr`).
    static func meaning(_ name: String) -> String? {
        if let entry = meanings[name] { return entry }
        if name.hasSuffix("_pile") { return "the Pile's rank of the demographic at the window (1 = most co-occurrences)" }
        if name.hasPrefix("tau_") { return "Kendall tau between the rankings in the two languages (−1…1)" }
        if name.hasPrefix("top_") { return "models (or templates) ranking the demographic top (count)" }
        if name.hasPrefix("bottom_") { return "models (or templates) ranking the demographic bottom (count)" }
        if name.hasPrefix("w"), Int(name.dropFirst()) != nil { return "the demographic ranking at that window (codes, most first)" }
        return nil
    }
}

