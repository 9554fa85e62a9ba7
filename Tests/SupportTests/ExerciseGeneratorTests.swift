import ExerciseGenerator
import Foundation
import Testing

@Suite("Stub generator")
struct StubGeneratorTests {
    @Test("A region becomes its stub: formula and shapes kept, hint and solution gone")
    func regionBecomesStub() throws {
        let generator = try StubGenerator(sources: [GeneratorSamples.lossPath: GeneratorSamples.lossSolution])
        let generated = try #require(generator.generate()[GeneratorSamples.lossPath])
        #expect(generated == GeneratorSamples.lossExercise)
        #expect(generated.contains("// Formula: L = (1/n) Σᵢ (ŷᵢ − yᵢ)²"))
        #expect(generated.contains("// Shapes: predictions [n], targets [n] → a scalar"))
        #expect(!generated.contains("Hint"))
        #expect(!generated.contains("mean()"))
        #expect(!generated.contains("residual"))
        #expect(!generated.contains("SOLUTION"))
    }

    @Test("Text outside regions is copied verbatim")
    func outsideUnchanged() throws {
        let generator = try StubGenerator(sources: GeneratorSamples.allSolutions)
        let files = generator.generate()
        // A file with no region: the generated header, then the file as it is.
        let helpers = try #require(files[GeneratorSamples.helpersPath])
        let header = helpers.split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: false)
        #expect(header[0] == "// Your file to complete: generated from solutions/01-perceptron/Helpers/Dot.swift by `swift run course generate`.")
        #expect(header[1] == "// The parts for you to write are marked `EXERCISE N.k`: none in this file.")
        #expect(header[2] == "")
        #expect(String(header[3]) == GeneratorSamples.helpersSolution)
        // Around a region: every line before and after it is the solution's.
        let solution = GeneratorSamples.lossSolution.split(separator: "\n", omittingEmptySubsequences: false)
        let exercise = try #require(files[GeneratorSamples.lossPath])
            .split(separator: "\n", omittingEmptySubsequences: false).dropFirst(3)
        #expect(Array(exercise.prefix(5)) == Array(solution.prefix(5)))
        #expect(Array(exercise.suffix(5)) == Array(solution.suffix(5)))
    }

    @Test("Multi-line fields, several stub lines, other comments and indented stub code")
    func multiLineFields() throws {
        let generator = try StubGenerator(sources: [GeneratorSamples.gradientPath: GeneratorSamples.gradientSolution])
        #expect(generator.generate()[GeneratorSamples.gradientPath] == GeneratorSamples.gradientExercise)

        let step = try #require(generator.part("2.3"))
        #expect(step.formula == "w ← w − η ∂L/∂w\nb ← b − η ∂L/∂b")
        #expect(step.hint == "first the gradient,\nthen the step.")
        #expect(step.stub == ["_ = (weights, learningRate)", "return notImplemented(\"2.3\", placeholder: weights)"])
        #expect(step.notes == ["Note: the learning rate η is given."])
        #expect(step.indentation == "")

        let predict = try #require(generator.part("2.2"))
        #expect(predict.stub == ["if x.isNaN {", "    return x", "}", "return notImplemented(\"2.2\", placeholder: 0)"])
        #expect(predict.hint == "multiply, then add.")
        #expect(predict.indentation == "        ")
    }

    @Test("Parts carry every field, ordered by chapter and number")
    func partsAPI() throws {
        let generator = try StubGenerator(sources: GeneratorSamples.allSolutions)
        #expect(generator.parts.map(\.id) == ["1.1", "2.1", "2.2", "2.3"])
        let part = try #require(generator.part("2.1"))
        #expect(part.chapter == 2)
        #expect(part.number == 1)
        #expect(part.title == "mean squared error")
        #expect(part.formula == "L = (1/n) Σᵢ (ŷᵢ − yᵢ)²")
        #expect(part.shapes == "predictions [n], targets [n] → a scalar")
        #expect(part.hint == "subtract, square element-wise, then average;\nthe engine's `mean()` divides by the count for you.")
        #expect(part.stub == ["return notImplemented(\"2.1\", placeholder: 0)"])
        #expect(part.solution == ["        let residual = predictions - targets",
                                  "        return (residual * residual).mean()"])
        #expect(part.file == GeneratorSamples.lossPath)
        #expect(part.line == 6)
        #expect(generator.part("9.9") == nil)
    }

    @Test("Parts numbered past 9 sort numerically")
    func numericOrder() throws {
        func region(_ number: Int) -> String {
            """
            // EXERCISE 3.\(number): part \(number)
            // Formula: f
            // Shapes: s
            // Hint: h
            // Stub: return \(number)
            // BEGIN SOLUTION
            return 0
            // END SOLUTION

            """
        }
        let generator = try StubGenerator(sources: ["03-mlp/Parts.swift": region(10) + region(9) + region(1)])
        #expect(generator.parts.map(\.id) == ["3.1", "3.9", "3.10"])
    }

    @Test("The README indexes each chapter's parts with their files and how to test")
    func readmeIndex() throws {
        let generator = try StubGenerator(sources: GeneratorSamples.allSolutions)
        let readme = try #require(generator.generate()["README.md"])
        #expect(readme.hasPrefix("<!-- Generated from solutions/ by `swift run course generate`"))
        #expect(readme.contains("## Chapter 1: Perceptron (`01-perceptron/`)"))
        #expect(readme.contains("## Chapter 2: Linear regression (`02-linear-regression/`)"))
        #expect(readme.contains("| 1.1 | the step function | [Step.swift](01-perceptron/Step.swift#L5) |"))
        #expect(readme.contains("| 2.1 | mean squared error | [Loss.swift](02-linear-regression/Loss.swift#L9) |"))
        #expect(readme.contains("| 2.2 | prediction | [Gradient.swift](02-linear-regression/Gradient.swift#L15) |"))
        #expect(readme.contains("| 2.3 | gradient step | [Gradient.swift](02-linear-regression/Gradient.swift#L4) |"))
        #expect(readme.contains("Test: `swift test --filter 'Exercise1$'`"))
        #expect(readme.contains("Test: `swift test --filter 'Exercise2$'`"))
        #expect(readme.contains("`swift run course hint N.k`"))
        // Chapter 1 comes first, and 2.2 before 2.3.
        let order = ["| 1.1 ", "| 2.1 ", "| 2.2 ", "| 2.3 "].compactMap { readme.range(of: $0)?.lowerBound }
        #expect(order.count == 4 && order == order.sorted())
    }

    @Test("The README's line anchors point at the parts' headers in the generated files")
    func readmeAnchors() throws {
        let generator = try StubGenerator(sources: GeneratorSamples.allSolutions)
        let files = generator.generate()
        for part in generator.parts {
            let lines = try #require(files[part.file]).split(separator: "\n", omittingEmptySubsequences: false)
            let index = try #require(lines.firstIndex { $0.contains("// EXERCISE \(part.id):") })
            #expect(files["README.md"]?.contains("(\(part.file)#L\(index + 1))") == true, "anchor of \(part.id)")
        }
    }

    @Test("Only .swift files and the README are generated; the instructor's README is not copied")
    func generatedFileSet() throws {
        let course = try GeneratorScratchCourse(files: GeneratorSamples.courseFiles)
        try course.write("solutions/02-linear-regression/notes.txt", "not Swift\n")
        try course.write("solutions/.hidden/Secret.swift", "// hidden\n")
        let files = try StubGenerator.generate(solutionsDirectory: course.solutions)
        #expect(Set(files.keys) == Set(GeneratorSamples.allSolutions.keys).union(["README.md"]))
        #expect(files["README.md"]?.contains("Instructor") == false)
    }

    @Test("CRLF files keep CRLF line ends in the generated lines")
    func crlf() throws {
        let source = GeneratorSamples.stepSolution.replacingOccurrences(of: "\n", with: "\r\n")
        let generated = try #require(StubGenerator(sources: [GeneratorSamples.stepPath: source])
            .generate()[GeneratorSamples.stepPath])
        // "\r\n" is one Character: split the scalars.
        let lines = generated.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 11)
        #expect(lines.dropLast().allSatisfy { $0.last == "\r" })
        #expect(lines.last?.isEmpty == true)
        #expect(generated.contains("    // Your code goes here, in place of the placeholder below.\r\n"
            + "    return notImplemented(\"1.1\", placeholder: 0)\r\n}"))
        let part = try #require(StubGenerator(sources: [GeneratorSamples.stepPath: source]).part("1.1"))
        #expect(part.hint == "one comparison.")
    }
}

@Suite("Stub generator: writing and checking exercises/")
struct StubGeneratorFolderTests {
    @Test("write creates every file, then check finds no difference and a second write changes nothing")
    func writeThenCheck() throws {
        let course = try GeneratorScratchCourse(files: GeneratorSamples.courseFiles)
        let generator = try StubGenerator(solutionsDirectory: course.solutions)
        let changes = try generator.write(to: course.exercises)
        #expect(Set(changes) == Set(GeneratorSamples.allSolutions.keys.map(FileChange.created) + [.created("README.md")]))
        #expect(course.read("exercises/" + GeneratorSamples.lossPath) == GeneratorSamples.lossExercise)
        #expect(course.read("exercises/" + GeneratorSamples.gradientPath) == GeneratorSamples.gradientExercise)
        #expect(try generator.check(exercisesDirectory: course.exercises) == [])
        #expect(try generator.write(to: course.exercises) == [])
    }

    @Test("check reports a changed, a missing and an extra file, and writes nothing")
    func checkDifferences() throws {
        let course = try GeneratorScratchCourse(files: GeneratorSamples.courseFiles)
        let generator = try StubGenerator(solutionsDirectory: course.solutions)
        try generator.write(to: course.exercises)

        try course.write("exercises/" + GeneratorSamples.lossPath, "// my own attempt\n")
        try FileManager.default.removeItem(at: course.exercises.appendingPathComponent(GeneratorSamples.stepPath))
        try course.write("exercises/03-mlp/Layer.swift", "// no solution for this\n")
        try course.write("exercises/03-mlp/notes.md", "not Swift: ignored\n")

        let differences = try generator.check(exercisesDirectory: course.exercises)
        #expect(differences == [
            .missing(GeneratorSamples.stepPath),
            .changed(GeneratorSamples.lossPath),
            .extra("03-mlp/Layer.swift"),
        ])
        #expect(differences.map(\.description) == [
            "missing: 01-perceptron/Step.swift",
            "changed: 02-linear-regression/Loss.swift",
            "extra:   03-mlp/Layer.swift (no solutions counterpart)",
        ])
        #expect(course.read("exercises/" + GeneratorSamples.lossPath) == "// my own attempt\n")
        #expect(!course.exists("exercises/" + GeneratorSamples.stepPath))
    }

    @Test("check on a missing exercises/ reports every file missing")
    func checkWithoutFolder() throws {
        let course = try GeneratorScratchCourse(files: GeneratorSamples.courseFiles)
        let differences = try StubGenerator(solutionsDirectory: course.solutions)
            .check(exercisesDirectory: course.exercises)
        #expect(differences.count == GeneratorSamples.allSolutions.count + 1)
        #expect(differences.allSatisfy { if case .missing = $0 { true } else { false } })
    }

    @Test("write updates changed files, removes generated orphans and keeps other extra files")
    func writeRepairs() throws {
        let course = try GeneratorScratchCourse(files: GeneratorSamples.courseFiles)
        try StubGenerator(solutionsDirectory: course.solutions).write(to: course.exercises)

        // The solution of chapter 1's helper goes away; a learner's own file appears.
        try FileManager.default.removeItem(at: course.solutions.appendingPathComponent(GeneratorSamples.helpersPath))
        try course.write("exercises/01-perceptron/Mine.swift", "// mine\n")
        try course.write("exercises/" + GeneratorSamples.lossPath, "// stale\n")

        let generator = try StubGenerator(solutionsDirectory: course.solutions)
        let changes = try generator.write(to: course.exercises)
        #expect(changes == [
            .removed(GeneratorSamples.helpersPath),
            .keptExtra("01-perceptron/Mine.swift"),
            .updated(GeneratorSamples.lossPath),
        ])
        #expect(course.read("exercises/" + GeneratorSamples.lossPath) == GeneratorSamples.lossExercise)
        #expect(!course.exists("exercises/01-perceptron/Helpers"))
        #expect(course.read("exercises/01-perceptron/Mine.swift") == "// mine\n")
        #expect(try generator.check(exercisesDirectory: course.exercises) == [.extra("01-perceptron/Mine.swift")])
    }
}
