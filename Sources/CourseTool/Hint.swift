// `course hint N.k [--root DIR]`: the hint for one exercise part, kept beside its solution.

import ArgumentParser
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
        let solutions = URL(fileURLWithPath: root, isDirectory: true).appendingPathComponent("solutions", isDirectory: true)
        let generator = try StubGenerator(solutionsDirectory: solutions)
        guard let found = generator.part(part) else {
            let known = generator.parts.map(\.id).joined(separator: ", ")
            printError("error: there is no exercise part \(part); the parts are \(known).")
            throw ExitCode.failure
        }
        print("Exercise \(found.id): \(found.title)")
        print("Formula: \(found.formula)")
        print("Shapes: \(found.shapes)")
        print("Hint: \(found.hint)")
    }
}
