// swift-tools-version: 6.0
import PackageDescription

// The fuzz targets of nq, kept apart from the main package so that `swift build` and the test
// suite never build them. `scripts/fuzz` builds them with libFuzzer and AddressSanitizer:
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address
// Each target's code path is `Tests/NQLanguageTests/FuzzPipelines.swift` (linked here), the
// same code the regression tests for crashing inputs run.
let package = Package(
    name: "nq-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "nq", path: "..")
    ],
    targets: [
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "FuzzStatements",
            dependencies: [
                .product(name: "NQLanguage", package: "nq"),
                .product(name: "NQArticle", package: "nq"),
                "CLibFuzzer",
            ],
            linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
        ),
        .executableTarget(
            name: "FuzzArticles",
            dependencies: [
                .product(name: "NQLanguage", package: "nq"),
                .product(name: "NQArticle", package: "nq"),
                "CLibFuzzer",
            ],
            linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
