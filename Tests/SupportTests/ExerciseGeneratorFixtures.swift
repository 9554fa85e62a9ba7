import Foundation

/// A course root in a fresh temporary folder, removed when the object goes away.
final class GeneratorScratchCourse {
    let root: URL
    var solutions: URL { root.appendingPathComponent("solutions", isDirectory: true) }
    var exercises: URL { root.appendingPathComponent("exercises", isDirectory: true) }

    /// - Parameter files: contents by path relative to the root, e.g. `"solutions/01-x/A.swift"`.
    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("stub-generator-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: solutions, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
            .flatMap { String(data: $0, encoding: .utf8) }
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }
}

/// Solutions files and the learner's files expected from them.
enum GeneratorSamples {
    static let lossPath = "02-linear-regression/Loss.swift"

    static let lossSolution = """
        import LinearRegression

        /// Losses of chapter 2.
        public enum Loss {
            public static func meanSquaredError(predictions: Tensor, targets: Tensor) -> Float {
                // EXERCISE 2.1: mean squared error
                // Formula: L = (1/n) Σᵢ (ŷᵢ − yᵢ)²
                // Shapes: predictions [n], targets [n] → a scalar
                // Hint: subtract, square element-wise, then average;
                //   the engine's `mean()` divides by the count for you.
                // Stub: return notImplemented("2.1", placeholder: 0)
                // BEGIN SOLUTION
                let residual = predictions - targets
                return (residual * residual).mean()
                // END SOLUTION
            }

            public static let name = "mse"  // BEGIN and END in ordinary comments are fine
        }

        """

    static let lossExercise = """
        // Your file to complete: generated from solutions/02-linear-regression/Loss.swift by `swift run course generate`.
        // The parts for you to write are marked `EXERCISE N.k`: here 2.1.

        import LinearRegression

        /// Losses of chapter 2.
        public enum Loss {
            public static func meanSquaredError(predictions: Tensor, targets: Tensor) -> Float {
                // EXERCISE 2.1: mean squared error
                // Formula: L = (1/n) Σᵢ (ŷᵢ − yᵢ)²
                // Shapes: predictions [n], targets [n] → a scalar
                // Your code goes here, in place of the placeholder below.
                return notImplemented("2.1", placeholder: 0)
            }

            public static let name = "mse"  // BEGIN and END in ordinary comments are fine
        }

        """

    static let gradientPath = "02-linear-regression/Gradient.swift"

    /// Two parts, multi-line fields, several stub lines, other comments, top-level indentation.
    static let gradientSolution = """
        // EXERCISE 2.3: gradient step
        // Formula: w ← w − η ∂L/∂w
        //   b ← b − η ∂L/∂b
        // Shapes: w [d], b [1]
        // Note: the learning rate η is given.
        // Hint: first the gradient,
        //   then the step.
        // Stub: _ = (weights, learningRate)
        // Stub: return notImplemented("2.3", placeholder: weights)
        // BEGIN SOLUTION
        func step(weights: [Float], learningRate: Float) -> [Float] {
            weights.map { $0 - learningRate }
        }
        // END SOLUTION

        struct Model {
            func predict(_ x: Float) -> Float {
                // EXERCISE 2.2: prediction
                // Formula: ŷ = w x + b
                // Shapes: x [1] → ŷ [1]
                // Stub: if x.isNaN {
                // Stub:     return x
                // Stub: }
                // Hint: multiply, then add.
                // Stub: return notImplemented("2.2", placeholder: 0)
                // BEGIN SOLUTION
                2 * x + 1
                // END SOLUTION
            }
        }

        """

    static let gradientExercise = """
        // Your file to complete: generated from solutions/02-linear-regression/Gradient.swift by `swift run course generate`.
        // The parts for you to write are marked `EXERCISE N.k`: here 2.3, 2.2.

        // EXERCISE 2.3: gradient step
        // Formula: w ← w − η ∂L/∂w
        //   b ← b − η ∂L/∂b
        // Shapes: w [d], b [1]
        // Note: the learning rate η is given.
        // Your code goes here, in place of the placeholder below.
        _ = (weights, learningRate)
        return notImplemented("2.3", placeholder: weights)

        struct Model {
            func predict(_ x: Float) -> Float {
                // EXERCISE 2.2: prediction
                // Formula: ŷ = w x + b
                // Shapes: x [1] → ŷ [1]
                // Your code goes here, in place of the placeholder below.
                if x.isNaN {
                    return x
                }
                return notImplemented("2.2", placeholder: 0)
            }
        }

        """

    static let stepPath = "01-perceptron/Step.swift"

    static let stepSolution = """
        public func step(_ x: Float) -> Float {
            // EXERCISE 1.1: the step function
            // Formula: step(x) = 1 if x ≥ 0, else 0
            // Shapes: a scalar → a scalar
            // Hint: one comparison.
            // Stub: return notImplemented("1.1", placeholder: 0)
            // BEGIN SOLUTION
            x >= 0 ? 1 : 0
            // END SOLUTION
        }

        """

    /// A file with no region: copied verbatim under the generated header.
    static let helpersPath = "01-perceptron/Helpers/Dot.swift"

    static let helpersSolution = """
        func dot(_ a: [Float], _ b: [Float]) -> Float {
            zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
        }

        """

    /// The sample course: chapters 1 and 2, four parts.
    static var allSolutions: [String: String] {
        [lossPath: lossSolution, gradientPath: gradientSolution, stepPath: stepSolution,
         helpersPath: helpersSolution]
    }

    /// `allSolutions` under `solutions/`, plus the instructor's README.
    static var courseFiles: [String: String] {
        var files = Dictionary(uniqueKeysWithValues: allSolutions.map { ("solutions/" + $0.key, $0.value) })
        files["solutions/README.md"] = "# Instructor's notes\n"
        return files
    }

    /// A solutions file of chapter 2 made of one region whose lines are `lines`, starting at line 1.
    static func region(_ lines: [String]) -> String {
        lines.joined(separator: "\n") + "\n"
    }
}
