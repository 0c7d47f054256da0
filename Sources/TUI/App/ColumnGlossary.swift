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
    ]

    static func meaning(_ name: String) -> String? { meanings[name] }
}
