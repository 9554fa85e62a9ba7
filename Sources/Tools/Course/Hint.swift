// `course hint N.k [--root DIR]`: the hint for one exercise part, kept beside its solution.

import ArgumentParser
import CourseGrading
import ExerciseGenerator
import Foundation

struct Hint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the hint for one exercise part, such as 2.3.",
        discussion: "Hints are kept beside each part's solution in solutions/; they say where to start, not the code.")

    @Argument(help: ArgumentHelp("The part, as in 2.3.", valueName: "part"))
    var part: String

    @Option(help: ArgumentHelp("The course's root folder, which holds solutions/.", valueName: "dir"))
    var root: String = "."

    func run() throws {
        let rootURL = URL(fileURLWithPath: root, isDirectory: true)
        let solutions = rootURL.appendingPathComponent("solutions", isDirectory: true)
        let hints: [PartHint]
        if FileManager.default.fileExists(atPath: solutions.path) {
            hints = try StubGenerator(solutionsDirectory: solutions).parts.map(PartHint.init)
        } else if let stored = try PartHint.load(from: rootURL.appendingPathComponent("exercises")) {
            hints = stored                                   // a learner edition
        } else {
            printError("error: no solutions/ and no exercises/\(PartHint.fileName) in \(rootURL.path): run this in the course's root folder or pass --root.")
            throw ExitCode.failure
        }
        guard let found = hints.first(where: { $0.part == part }) else {
            printError("error: there is no exercise part \(part); the parts are \(hints.map(\.part).joined(separator: ", ")).")
            throw ExitCode.failure
        }
        print("Exercise \(found.part): \(found.title)")
        print("Formula: \(found.formula)")
        print("Shapes: \(found.shapes)")
        print("Hint: \(found.hint)")
    }
}
