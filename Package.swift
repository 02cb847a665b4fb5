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
            // A fully static release binary (issue 13): no dynamic loader, no shared libraries to
            // map and relocate at every start (about half of `nq -c 'count quotes'`'s time went
            // there), and a copied `nq` runs without the toolchain's libraries beside it. libxml2
            // and libedit come from their static archives, so their own dependencies are named
            // here in link order (as `pkg-config --static --libs` lists them); scripts/setup
            // installs the -dev packages that ship these archives. lld links it (faster than
            // gold, and silent about the glibc functions that need glibc's own shared modules in
            // a static binary, dlopen, getpwuid, getaddrinfo, which Foundation and libxml2 can
            // call: nq itself reads HOME from the environment and never opens URLs or plug-ins).
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-executable", "-use-ld=lld",
                        "-Xlinker", "-lxml2", "-Xlinker", "-licui18n", "-Xlinker", "-licuuc", "-Xlinker", "-licudata",
                        "-Xlinker", "-lz", "-Xlinker", "-llzma", "-Xlinker", "-ledit", "-Xlinker", "-ltinfo",
                        "-Xlinker", "-lbsd", "-Xlinker", "-lmd", "-Xlinker", "-lstdc++", "-Xlinker", "-lm",
                    ], .when(platforms: [.linux], configuration: .release))
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
