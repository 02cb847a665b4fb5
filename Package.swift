// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "nq",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nq", targets: ["nq"]),
        .library(name: "NQShell", targets: ["NQShell"]),
        .library(name: "NQArticle", targets: ["NQArticle"]),
        .library(name: "NQLanguage", targets: ["NQLanguage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "NQSource"),
        .target(
            name: "NQArticle",
            dependencies: ["NQSource", "CLibXML2", .product(name: "Yams", package: "Yams")],
            // Compiled into the binary: a copied `nq` needs no files beside it.
            resources: [.embedInCode("Resources")]
        ),
        .target(name: "NQLanguage", dependencies: ["NQSource", "NQArticle"]),
        .target(name: "NQRender", dependencies: ["NQSource", "NQLanguage"]),
        .target(name: "NQShell", dependencies: ["NQSource", "NQArticle", "NQLanguage", "NQRender"]),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .executableTarget(
            name: "nq",
            dependencies: [
                "NQShell", "NQSource", "NQRender", "NQArticle", "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A position-dependent release binary: its pointers are fixed at link time, so the
            // loader does not rewrite (and the kernel copy) about a megabyte of relocated data
            // pages of the statically linked runtime and Foundation on every start.
            linkerSettings: [
                .unsafeFlags(["-Xclang-linker", "-no-pie"], .when(platforms: [.linux], configuration: .release))
            ]
        ),
        .testTarget(name: "NQArticleTests", dependencies: ["NQArticle"], exclude: ["Inputs"]),
        .testTarget(name: "NQLanguageTests", dependencies: ["NQLanguage"]),
        .testTarget(name: "NQRenderTests", dependencies: ["NQRender"]),
        .testTarget(
            name: "NQShellTests", dependencies: ["NQShell"], exclude: ["GoldenScripts", "Fixtures", "Corpora"]),
        .testTarget(name: "NQCLITests", dependencies: ["NQShell"]),
    ],
    swiftLanguageModes: [.v6]
)
