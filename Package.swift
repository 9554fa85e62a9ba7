// swift-tools-version: 6.2
//
// Deep learning from scratch, in Swift: one tensor engine grown chapter by chapter.
// Chapter N's module depends on chapter N-1's and re-exports it, so the compiler
// enforces the order of the course. Exercise N compiles against chapters 1..N-1 only:
// what a part asks a learner to write is not there to call.
import Foundation
import PackageDescription

/// `COURSE_SOLUTIONS=1` compiles the reference solutions instead of the learner's stubs;
/// `COURSE_EXERCISES=DIR` (a folder inside the package) compiles another copy of
/// exercises/, which is how `course grade` builds each submission.
let useSolutions = Context.environment["COURSE_SOLUTIONS"] == "1"
let exercisesPath = Context.environment["COURSE_EXERCISES"] ?? (useSolutions ? "solutions" : "exercises")

/// Every target of ours treats warnings as errors.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

/// Every engine module is compiled for the processor that builds it, as `-march=native` does
/// in C: without it the compiler targets the x86-64 of 2003, four floats per instruction and
/// no fused multiply-add, where this machine may have sixteen (chapters/10-making-it-fast/
/// README.md, section 7). The course is built where it runs; a build copied to an older
/// processor would stop on an instruction it lacks.
///
/// `WIDE_VECTORS` says that the processor has AVX-512's 32 registers of 16 floats, which the
/// kernels floor's direct convolution needs for its tiles of fourteen such sums (read from /proc/cpuinfo;
/// chapters/10-making-it-fast/README.md, section 4). Without them the tiles would not fit in the
/// registers, and Conv2D keeps to im2row and BLAS.
#if arch(x86_64)
let hasWideVectors = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.contains(" avx512f") ?? false
let forThisProcessor: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "native"])] + (hasWideVectors ? [.define("WIDE_VECTORS")] : [])
#else
let forThisProcessor: [SwiftSetting] = []
#endif

/// The engine modules whose loops decide how long a chapter's demo runs (the tensor's
/// arithmetic, and chapters 06 on) are optimised in debug builds too, so that
/// `swift run chapter06`, typed as a learner types it, trains in minutes instead of an hour.
/// The price: a debugger steps through them less exactly (chapters/10-making-it-fast/README.md,
/// section 7). They stop on bad input through `require`, whose message an optimised build keeps.
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]
let engineLoops = optimisedInDebug + forThisProcessor

/// The engine, floor by floor: (module, folder under Sources/Engine, exercise folder).
/// Each module depends on the one before it and re-exports it.
let floors: [(module: String, folder: String, exercises: String?)] = [
    ("Tensors", "00-Tensors", nil),
    ("Perceptron", "01-Perceptron", "01-perceptron"),
    ("LinearRegression", "02-LinearRegression", "02-linear-regression"),
    ("Classification", "03-Classification", "03-classification"),
    ("Backpropagation", "04-Backpropagation", "04-backpropagation"),
    ("Training", "05-Training", "05-training"),
    ("ConvolutionalNetworks", "06-ConvolutionalNetworks", "06-convnets"),
    ("Regularization", "07-Regularization", "07-regularization"),
    ("RecurrentNetworks", "08-RecurrentNetworks", "08-recurrent-networks"),
    ("TransferLearning", "09-TransferLearning", "09-transfer-learning"),
    ("MakingItFast", "10-MakingItFast", "10-making-it-fast"),
    ("DeeperNetworks", "11-DeeperNetworks", "11-deeper-networks"),
    ("LookingInside", "12-LookingInside", "12-looking-inside"),
    ("LearningWithoutLabels", "13-LearningWithoutLabels", "13-learning-without-labels"),
]

/// Chapter N's exercise module: the learner's file, compiled against the floor below.
func exerciseModule(_ chapter: Int) -> String { floors[chapter].module + "Exercises" }

/// Floors 0 through `top`, each named. The top one re-exports the rest, but a target that
/// names only it is not recompiled when an earlier floor's interface changes, and then fails
/// to link (seen after a change to chapter 05's `Trainer`).
func floorsThrough(_ top: Int) -> [Target.Dependency] { floors[0...top].map { .target(name: $0.module) } }

/// Chapter N's demo: `chapterNN`, in chapters/NN-slug/ beside the chapter's notes.
func chapterExecutable(_ chapter: Int) -> Target {
    let number = String(format: "%02d", chapter)
    let slug = floors[chapter].exercises!
    // The chapter's exercise module too: `--mine` trains with the learner's code.
    return .executableTarget(name: "chapter\(number)",
                             dependencies: floorsThrough(chapter)
                                 + [.target(name: exerciseModule(chapter)), "ExerciseSupport", "Gnuplot", "CourseRuntime", "Checkpoints"]
                                 // From chapter 06 on, `--mine` may run a learner's part inside the engine's kernels.
                                 + (chapter >= 6 ? ["Kernels"] : [])
                                 // Chapter 09 transfers from chapter 11's ResNet too (`chapter11 --save`).
                                 + (chapter == 9 ? [.target(name: "DeeperNetworks")] : []),
                             path: "chapters/\(slug)", exclude: ["README.md"], swiftSettings: strict)
}

let chapters = 1..<floors.count

let package = Package(
    name: "DeepLearningFromScratch",
    platforms: [.macOS(.v15)],
    products: chapters.map { .executable(name: String(format: "chapter%02d", $0), targets: [String(format: "chapter%02d", $0)]) } + [
        .executable(name: "bench", targets: ["bench"]),
        .executable(name: "course", targets: ["course"]),
    ],
    // One exact version, so every clone builds the same dependency. (Package.resolved is
    // not committed: it pins commit ids, and the package mirrors some machines build from
    // have other ids than the upstream repository.)
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // MARK: - The engine, one module per floor (Sources/Engine/NN-Module)
        // BLAS and LAPACK: OpenBLAS on Linux, Apple's Accelerate on macOS.
        .target(name: "Tensors",
                dependencies: [.target(name: "COpenBLAS", condition: .when(platforms: [.linux]))],
                path: "Sources/Engine/00-Tensors",
                swiftSettings: strict + engineLoops + [.define("ACCELERATE_NEW_LAPACK", .when(platforms: [.macOS]))],
                linkerSettings: [.linkedFramework("Accelerate", .when(platforms: [.macOS]))]),
        // The kernels floor: the pointer loops, vector code and core splits the fast paths of
        // chapters 06-08 are built from (Sources/Engine/Kernels/README.md). No chapter teaches it
        // until chapter 10; the layers reach it from their `+FastPath.swift` files only.
        .target(name: "Kernels",
                dependencies: ["Tensors", .target(name: "COpenBLAS", condition: .when(platforms: [.linux]))],
                path: "Sources/Engine/Kernels", exclude: ["README.md"], swiftSettings: strict + engineLoops,
                linkerSettings: [.linkedFramework("Accelerate", .when(platforms: [.macOS]))]),
        .target(name: "Perceptron", dependencies: ["Tensors"], path: "Sources/Engine/01-Perceptron",
                swiftSettings: strict + forThisProcessor),
        .target(name: "LinearRegression",
                dependencies: ["Perceptron", "Datasets", .target(name: "COpenBLAS", condition: .when(platforms: [.linux]))],
                path: "Sources/Engine/02-LinearRegression",
                swiftSettings: strict + forThisProcessor + [.define("ACCELERATE_NEW_LAPACK", .when(platforms: [.macOS]))],
                linkerSettings: [.linkedFramework("Accelerate", .when(platforms: [.macOS]))]),
        .target(name: "Classification", dependencies: ["LinearRegression", "Datasets"], path: "Sources/Engine/03-Classification",
                swiftSettings: strict + forThisProcessor),
        .target(name: "Backpropagation", dependencies: ["Classification"], path: "Sources/Engine/04-Backpropagation",
                swiftSettings: strict + forThisProcessor),
        .target(name: "Training", dependencies: ["Backpropagation"], path: "Sources/Engine/05-Training",
                swiftSettings: strict + forThisProcessor),
        .target(name: "ConvolutionalNetworks", dependencies: ["Training", "Kernels"],
                path: "Sources/Engine/06-ConvolutionalNetworks", swiftSettings: strict + engineLoops),
        .target(name: "Regularization", dependencies: ["ConvolutionalNetworks", "Kernels"], path: "Sources/Engine/07-Regularization",
                swiftSettings: strict + engineLoops),
        .target(name: "RecurrentNetworks", dependencies: ["Regularization", "Kernels", "Datasets"], path: "Sources/Engine/08-RecurrentNetworks",
                swiftSettings: strict + engineLoops),
        .target(name: "TransferLearning", dependencies: ["RecurrentNetworks", "Checkpoints"], path: "Sources/Engine/09-TransferLearning",
                swiftSettings: strict + engineLoops),
        .target(name: "MakingItFast", dependencies: ["TransferLearning", "Kernels"], path: "Sources/Engine/10-MakingItFast",
                swiftSettings: strict + engineLoops),
        .target(name: "DeeperNetworks", dependencies: ["MakingItFast"], path: "Sources/Engine/11-DeeperNetworks",
                swiftSettings: strict + engineLoops),
        .target(name: "LookingInside",
                dependencies: ["DeeperNetworks", .target(name: "COpenBLAS", condition: .when(platforms: [.linux]))],
                path: "Sources/Engine/12-LookingInside",
                swiftSettings: strict + engineLoops + [.define("ACCELERATE_NEW_LAPACK", .when(platforms: [.macOS]))],
                linkerSettings: [.linkedFramework("Accelerate", .when(platforms: [.macOS]))]),
        .target(name: "LearningWithoutLabels", dependencies: ["LookingInside", "Kernels"], path: "Sources/Engine/13-LearningWithoutLabels",
                swiftSettings: strict + engineLoops),
        // Chapter 14's floor, being built (issue 28): not yet in `floors`, which would ask for its
        // demo and exercise; the engine's tests test it.
        .target(name: "AutomaticDifferentiation", dependencies: ["LearningWithoutLabels"],
                path: "Sources/Engine/14-AutomaticDifferentiation", swiftSettings: strict + engineLoops),
    ] + chapters.map { chapter in
        // MARK: - Exercises: the learner's stubs, or the solutions with COURSE_SOLUTIONS=1
        // Exercise 10 prints the speed its parts reach, so it is optimised as the engine's loops are.
        .target(name: exerciseModule(chapter), dependencies: floorsThrough(chapter - 1) + ["ExerciseSupport"],
                path: "\(exercisesPath)/\(floors[chapter].exercises!)",
                swiftSettings: strict + (floors[chapter].module == "MakingItFast" ? engineLoops : []))
    } + chapters.map(chapterExecutable) + [
        // MARK: - Support (infrastructure that is not itself taught, Sources/Support)
        .systemLibrary(name: "COpenBLAS", path: "Sources/Support/COpenBLAS",
                       pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/Support/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "IDX", dependencies: ["CZlib"], path: "Sources/Support/IDX", swiftSettings: strict),
        .target(name: "Datasets", dependencies: ["IDX"], path: "Sources/Support/Datasets", swiftSettings: strict),
        .target(name: "Gnuplot", path: "Sources/Support/Gnuplot", swiftSettings: strict),
        .target(name: "Checkpoints", path: "Sources/Support/Checkpoints", swiftSettings: strict),
        .target(name: "CourseRuntime",
                dependencies: ["Gnuplot", .product(name: "ArgumentParser", package: "swift-argument-parser")],
                path: "Sources/Support/CourseRuntime", swiftSettings: strict),
        .target(name: "ExerciseSupport", path: "Sources/Support/ExerciseSupport", swiftSettings: strict),
        .target(name: "ExerciseGenerator", path: "Sources/Support/ExerciseGenerator", swiftSettings: strict),
        .target(name: "CourseGrading", dependencies: ["ExerciseGenerator"], path: "Sources/Support/CourseGrading",
                swiftSettings: strict),

        // MARK: - Tools (Sources/Tools)
        .executableTarget(name: "bench", dependencies: floorsThrough(floors.count - 1) + ["Kernels", "CourseRuntime"],
                          path: "Sources/Tools/Benchmark", swiftSettings: strict),
        .executableTarget(name: "course",
                          dependencies: ["ExerciseGenerator", "CourseGrading", "CourseRuntime",
                                         .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          path: "Sources/Tools/Course", swiftSettings: strict),

        // MARK: - Tests
        .testTarget(name: "EngineTests", dependencies: floorsThrough(floors.count - 1) + ["Kernels", "AutomaticDifferentiation"],
                    swiftSettings: strict),
        .testTarget(name: "SupportTests",
                    dependencies: ["IDX", "Datasets", "Gnuplot", "CourseRuntime", "ExerciseGenerator", "ExerciseSupport", "CourseGrading", "Checkpoints"],
                    swiftSettings: strict),
        // Exercise N's tests hold the learner's code against chapter N's engine.
        .testTarget(name: "ExerciseTests",
                    dependencies: floorsThrough(floors.count - 1) + ["ExerciseSupport"] + chapters.map { .target(name: exerciseModule($0)) },
                    swiftSettings: strict),
    ]
)
