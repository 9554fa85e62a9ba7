// `course watch [N]`: re-checks an exercise each time one of its files is saved.
import ArgumentParser
import CourseGrading
import Foundation

struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-check an exercise each time one of its files is saved (Ctrl-C to stop).",
        discussion: """
            Shows each part's verdict and the first failing part's message (for a save that does not compile, \
            the compiler's first error), then waits for the next save. Without a number it follows the first \
            exercise not yet passing, and moves on to the next when that one passes.
            """)

    @Argument(help: "The exercise (chapter) number, as in 2; the first not yet passing when left out.")
    var exercise: Int?

    @OptionGroup var options: RunOptions

    func validate() throws {
        guard let exercise else { return }
        let parts = try ExerciseCatalog.parts(in: options.rootURL.appendingPathComponent("exercises"))
        if let problem = ExerciseCatalog.exerciseNumberProblem(["\(exercise)"], exercises: parts.map(\.chapter),
                                                                folder: "exercises/") {
            throw ValidationError(problem)
        }
    }

    func run() throws {
        let folder = options.rootURL.appendingPathComponent("exercises")
        let all = try ExerciseCatalog.parts(in: folder)
        // Ctrl-C ends the watch with a line, not a trace.
        signal(SIGINT) { _ in
            _ = write(STDOUT_FILENO, "\nStopped watching.\n", 19)
            _exit(0)
        }
        var following = exercise
        if following == nil {
            following = ExerciseWatch.firstUnfinished(try options.results(for: all))
            guard following != nil else {
                print("Every part of every exercise passes.")
                return
            }
        }
        var saved = ExerciseWatch.snapshot(of: folder)
        while let current = following {
            let parts = all.filter { $0.chapter == current }
            let results = try options.results(for: parts)
            print("\n" + ExerciseWatch.report(results, exercise: current))
            if exercise == nil, ExerciseWatch.firstUnfinished(results) == nil {
                following = ExerciseWatch.firstUnfinished(try options.results(for: all))
                if let next = following { print("\nExercise \(current) passes: on to exercise \(next).") }
                continue
            }
            print("\nWatching exercises/ for the next save (Ctrl-C to stop) …")
            fflush(nil)   // the report reaches a log or a pipe before the wait, not after
            saved = ExerciseWatch.waitForSave(in: folder, since: saved)
        }
        print("\nEvery part of every exercise passes.")
    }
}
