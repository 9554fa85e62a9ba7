// `course release DIR`: the learner edition, without solutions/.
import ArgumentParser
import CourseGrading
import ExerciseGenerator
import Foundation

struct Release: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a learner edition of the course into DIR: the files git tracks but solutions/, with the hints kept.",
        discussion: """
            The edition builds, its exercise tests fail only on the parts not yet implemented, and \
            `swift run course hint N.k` reads exercises/hints.json. A hint that quotes a line of its \
            solution stops the release.
            """)

    @Argument(help: ArgumentHelp("The new folder (must not exist yet, and must be outside the course).", valueName: "dir"))
    var destination: String

    @Option(help: ArgumentHelp("The course's root folder, which holds solutions/.", valueName: "dir"))
    var root: String = "."

    func run() throws {
        let rootURL = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL
        let target = URL(fileURLWithPath: destination, isDirectory: true).standardizedFileURL
        let generator = try StubGenerator(solutionsDirectory: rootURL.appendingPathComponent("solutions"))
        guard try generator.check(exercisesDirectory: rootURL.appendingPathComponent("exercises")).isEmpty else {
            printError("error: exercises/ is out of date with solutions/: run `swift run course generate` first.")
            throw ExitCode.failure
        }
        let hints = generator.parts.map(PartHint.init)
        let solutions = Dictionary(uniqueKeysWithValues: generator.parts.map { ($0.id, $0.solution) })
        do {
            let count = try LearnerEdition.write(from: rootURL, to: target, hints: hints, solutions: solutions)
            print("Learner edition written to \(target.path): \(count) files, \(hints.count) hints, no solutions/.")
        } catch let problem as LearnerEdition.Problem {
            printError("error: \(problem)")
            throw ExitCode.failure
        } catch {
            printError("error: cannot write the learner edition to \(target.path): \(describeFileError(error))")
            throw ExitCode.failure
        }
    }
}
