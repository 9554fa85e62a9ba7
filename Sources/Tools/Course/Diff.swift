// `course diff N [--submission DIR]`: a learner's parts against the solutions.
import ArgumentParser
import CourseGrading
import ExerciseGenerator
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a learner's exercise N against the solution, part by part, as unified diffs.",
        discussion: "Changes of white space alone are ignored. The learner's copy is exercises/, or --submission DIR (a copy of exercises/).")

    @Argument(help: "The exercise (chapter) number, as in 2.")
    var exercise: Int

    @Option(help: ArgumentHelp("A submission: a copy of exercises/.", valueName: "dir"))
    var submission: String?

    @Option(help: ArgumentHelp("The course's root folder, which holds solutions/.", valueName: "dir"))
    var root: String = "."

    func validate() throws {
        if let submission, let problem = SubmissionFolders.problems([submission], reports: false).first { throw ValidationError(problem) }
    }

    func run() throws {
        let rootURL = URL(fileURLWithPath: root, isDirectory: true)
        let learnerFolder = submission.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? rootURL.appendingPathComponent("exercises")
        let solutions = try StubGenerator(solutionsDirectory: rootURL.appendingPathComponent("solutions"))
        let parts = solutions.parts.filter { $0.chapter == exercise }
        guard !parts.isEmpty else {
            printError("error: solutions/ has no parts of exercise \(exercise).")
            throw ExitCode.failure
        }
        var identical = 0
        for part in parts {
            let learnerFile = learnerFolder.appendingPathComponent(part.file)
            // Read as the grader reads it: a file that is there but not UTF-8 (or a link, or too
            // large) is named with what is wrong, not called missing.
            let text: String
            switch SubmissionIntake.read(part.file, in: learnerFolder) {
            case .success(let read): text = read
            case .failure where (try? FileManager.default.attributesOfItem(atPath: learnerFile.path)) == nil:
                print("== \(part.id) \(part.title): \(learnerFile.path) is missing\n")
                continue
            case .failure(let problem):
                print("== \(part.id) \(part.title): \(learnerFile.path) cannot be compared: \(problem)\n")
                continue
            }
            guard let learner = PartDiff.learnerRegion(part: part.id, in: text) else {
                print("== \(part.id) \(part.title): no `// EXERCISE \(part.id)` header in \(learnerFile.path)\n")
                continue
            }
            let diff = try PartDiff.unifiedDiff(solution: part.solution, learner: learner,
                                                solutionLabel: "solution \(part.id)", learnerLabel: "learner \(part.id)")
            if diff.isEmpty {
                identical += 1
                print("== \(part.id) \(part.title): the same as the solution (up to white space)\n")
            } else {
                print("== \(part.id) \(part.title)\n\(diff)")
            }
        }
        print("\(identical) of \(parts.count) parts are the same as the solution.")
    }
}
