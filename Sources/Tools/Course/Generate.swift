// `course generate [--check] [--root DIR]`

import ArgumentParser
import CourseGrading
import ExerciseGenerator
import Foundation

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate exercises/ (the learner's stubs) from solutions/.",
        discussion: """
            Every .swift file of solutions/NN-slug/ is copied to exercises/NN-slug/ with each \
            `// EXERCISE N.k` region replaced by its stub, and exercises/README.md indexes the parts. \
            Files that are already up to date are not touched.
            """)

    @Flag(help: "Write nothing: list how exercises/ differs from what solutions/ generate, and exit 1 if it does.")
    var check = false

    @Option(help: ArgumentHelp("The course's root folder, which holds solutions/.", valueName: "dir"))
    var root: String = "."

    func run() throws {
        let rootURL = URL(fileURLWithPath: root, isDirectory: true)
        let solutions = rootURL.appendingPathComponent("solutions", isDirectory: true)
        let exercises = rootURL.appendingPathComponent("exercises", isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: solutions.path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            printError("error: no solutions/ folder in \(rootURL.path): run this in the course's root folder or pass --root.")
            throw ExitCode.failure
        }

        let generator: StubGenerator
        do {
            generator = try StubGenerator(solutionsDirectory: solutions)
        } catch let error as GeneratorError {
            printError(error.description)
            let count = error.diagnostics.count
            printError("error: solutions/ has \(count) problem\(count == 1 ? "" : "s"); nothing was generated.")
            throw ExitCode.failure
        }

        // A hint is kept for `course hint` in the learner edition: one that quotes a line of its
        // solution would give it away, and `course release` would refuse it. Said here first.
        let leaks = generator.parts.flatMap { part in
            PartHint.leakedLines(hint: PartHint(part).hint, solution: part.solution).map { "  \(part.id): \($0)" }
        }
        guard leaks.isEmpty else {
            for leak in leaks { print(leak) }
            printError("error: these hints quote a line of their solution word for word; say it another way. "
                       + "Nothing was generated.")
            throw ExitCode.failure
        }

        if check {
            let differences = try generator.check(exercisesDirectory: exercises)
            if differences.isEmpty {
                print("exercises/ is up to date (\(generator.parts.count) parts).")
                return
            }
            for difference in differences { print("  \(difference)") }
            printError("error: exercises/ is out of date: run `swift run course generate`.")
            throw ExitCode.failure
        }

        let changes = try generator.write(to: exercises)
        if changes.isEmpty {
            print("exercises/ was already up to date (\(generator.parts.count) parts).")
            return
        }
        for change in changes { print("  \(change)") }
        let kept = changes.filter { if case .keptExtra = $0 { true } else { false } }.count
        let written = changes.count - kept
        print("exercises/: \(written) file\(written == 1 ? "" : "s") changed (\(generator.parts.count) parts).")
        if kept > 0 {
            printError("warning: \(kept) extra file\(kept == 1 ? "" : "s") kept in exercises/; "
                + "`swift run course generate --check` fails until \(kept == 1 ? "it is" : "they are") removed.")
        }
    }
}

/// Writes a line to standard error, after what was printed to standard output.
func printError(_ line: String) {
    fflush(nil)
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
