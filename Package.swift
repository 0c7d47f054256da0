// swift-tools-version:6.0
import PackageDescription

// Imports point at the core: Data → Analysis, Views → Analysis, TUI → Views, biasexplorer → all.
let package = Package(
    name: "biasexplorer",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "biasexplorer", targets: ["biasexplorer"]),
        // The benchmark of issue 8 (`bench/run.sh`), kept out of the shipped binary.
        .executable(name: "biasexplorer-bench", targets: ["bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        // The terminal-restoring signal handler and the stdout check (plain C: async-signal-safe calls only).
        .target(name: "CProcess", path: "Sources/CProcess"),
        // The statistics are optimised in debug builds too: the test suite runs every analysis on the real data, and
        // unoptimised SIMD and generic code is 20-50x slower (the template bootstrap alone took minutes of the suite).
        .target(name: "Analysis", path: "Sources/Analysis",
                swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(
            name: "Data",
            dependencies: ["Analysis"],
            path: "Sources/Data",
            resources: [.copy("Resources/vocab"), .copy("Resources/crosscare-default")]
        ),
        .target(name: "Views", dependencies: ["Analysis"], path: "Sources/Views"),
        .target(name: "TUI", dependencies: ["Views", "Analysis", "CNcursesw", "CProcess"], path: "Sources/TUI"),
        .executableTarget(
            name: "biasexplorer",
            dependencies: [
                "Analysis", "Data", "Views", "TUI", "CMalloc", "CProcess",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/biasexplorer"
        ),
        .executableTarget(
            name: "bench",
            dependencies: [
                "Analysis", "Data", "Views", "TUI", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/bench"
        ),
        // What every test target shares: the readable reference implementations the production kernels are checked
        // against, and the one seeded generator of the property tests (public API of Analysis only).
        .target(name: "TestSupport", dependencies: ["Analysis"], path: "Tests/TestSupport"),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Data", "TestSupport"],
                    path: "Tests/AnalysisTests"),
        .testTarget(name: "DataTests", dependencies: ["Data", "Analysis", "TUI", "Views", "TestSupport"],
                    path: "Tests/DataTests"),
        .testTarget(name: "ViewsTests", dependencies: ["Views", "Analysis", "Data", "TestSupport"],
                    path: "Tests/ViewsTests", resources: [.copy("Golden")]),
        .testTarget(name: "TUITests", dependencies: ["TUI", "Views", "Analysis", "Data", "TestSupport"],
                    path: "Tests/TUITests"),
    ],
    swiftLanguageModes: [.v6]
)
