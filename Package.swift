// swift-tools-version: 6.2
//
// Deep learning from scratch, in Swift: one tensor engine grown chapter by chapter.
// Chapter N's module depends on chapter N-1's and re-exports it, so the compiler
// enforces the order of the course.
import Foundation
import PackageDescription

/// `COURSE_SOLUTIONS=1` compiles the reference solutions instead of the learner's stubs;
/// `COURSE_EXERCISES=DIR` (a folder inside the package) compiles another copy of
/// exercises/, which is how `course grade` builds each submission.
let useSolutions = Context.environment["COURSE_SOLUTIONS"] == "1"
let exercisesPath = Context.environment["COURSE_EXERCISES"] ?? (useSolutions ? "solutions" : "exercises")
/// Files of that folder that are not Swift: the index, and a learner edition's hints.
let exercisesExtras = ["README.md", "hints.json"].filter {
    FileManager.default.fileExists(atPath: Context.packageDirectory + "/" + exercisesPath + "/" + $0)
}

/// Every target of ours treats warnings as errors.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "DeepLearningFromScratch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "chapter01", targets: ["chapter01"]),
        .executable(name: "chapter02", targets: ["chapter02"]),
        .executable(name: "chapter03", targets: ["chapter03"]),
        .executable(name: "chapter04", targets: ["chapter04"]),
        .executable(name: "chapter05", targets: ["chapter05"]),
        .executable(name: "bench", targets: ["bench"]),
        .executable(name: "course", targets: ["course"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // MARK: - System libraries
        .systemLibrary(name: "COpenBLAS", path: "Sources/COpenBLAS",
                       pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib",
                       providers: [.apt(["zlib1g-dev"])]),

        // MARK: - Support modules (infrastructure that is not itself taught)
        .target(name: "IDX", dependencies: ["CZlib"], swiftSettings: strict),
        .target(name: "Gnuplot", swiftSettings: strict),
        .target(name: "CourseRuntime",
                dependencies: ["Gnuplot", .product(name: "ArgumentParser", package: "swift-argument-parser")],
                swiftSettings: strict),
        .target(name: "ExerciseSupport", swiftSettings: strict),
        .target(name: "ExerciseGenerator", swiftSettings: strict),
        .target(name: "CourseGrading", dependencies: ["ExerciseGenerator"], swiftSettings: strict),

        // MARK: - The engine, one module per chapter
        .target(name: "Perceptron", swiftSettings: strict),
        // BLAS and LAPACK: OpenBLAS on Linux, Apple's Accelerate on macOS.
        .target(name: "LinearRegression",
                dependencies: ["Perceptron", "IDX", .target(name: "COpenBLAS", condition: .when(platforms: [.linux]))],
                swiftSettings: strict + [.define("ACCELERATE_NEW_LAPACK", .when(platforms: [.macOS]))],
                linkerSettings: [.linkedFramework("Accelerate", .when(platforms: [.macOS]))]),

        .target(name: "Classification", dependencies: ["LinearRegression"], swiftSettings: strict),
        .target(name: "Backpropagation", dependencies: ["Classification"], swiftSettings: strict),
        .target(name: "Training", dependencies: ["Backpropagation"], swiftSettings: strict),

        // MARK: - Exercises: the learner's stubs, or the solutions with COURSE_SOLUTIONS=1
        .target(name: "Exercises", dependencies: ["Training", "ExerciseSupport"],
                path: exercisesPath,
                exclude: exercisesExtras,
                swiftSettings: strict),

        // MARK: - Executables
        .executableTarget(name: "chapter01", dependencies: ["Perceptron", "Gnuplot", "CourseRuntime"],
                          path: "chapters/01-perceptron", exclude: ["README.md"], swiftSettings: strict),
        .executableTarget(name: "chapter02", dependencies: ["LinearRegression", "Gnuplot", "CourseRuntime"],
                          path: "chapters/02-linear-regression", exclude: ["README.md"], swiftSettings: strict),
        .executableTarget(name: "chapter03", dependencies: ["Classification", "Gnuplot", "CourseRuntime"],
                          path: "chapters/03-classification", exclude: ["README.md"], swiftSettings: strict),
        .executableTarget(name: "chapter04", dependencies: ["Backpropagation", "Gnuplot", "CourseRuntime"],
                          path: "chapters/04-backpropagation", exclude: ["README.md"], swiftSettings: strict),
        .executableTarget(name: "chapter05", dependencies: ["Training", "Gnuplot", "CourseRuntime"],
                          path: "chapters/05-training", exclude: ["README.md"], swiftSettings: strict),
        .executableTarget(name: "bench", dependencies: ["Training", "CourseRuntime"],
                          path: "Sources/Benchmark", swiftSettings: strict),
        .executableTarget(name: "course",
                          dependencies: ["ExerciseGenerator", "CourseGrading",
                                         .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          path: "Sources/CourseTool", swiftSettings: strict),

        // MARK: - Tests
        .testTarget(name: "EngineTests", dependencies: ["Training", "Backpropagation", "Classification", "LinearRegression", "Perceptron"], swiftSettings: strict),
        .testTarget(name: "SupportTests",
                    dependencies: ["IDX", "Gnuplot", "CourseRuntime", "ExerciseGenerator", "ExerciseSupport", "CourseGrading"],
                    swiftSettings: strict),
        .testTarget(name: "ExerciseTests", dependencies: ["Exercises", "ExerciseSupport"],
                    swiftSettings: strict),
    ]
)
