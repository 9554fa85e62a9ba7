// The pieces of `course watch`: noticing a save, choosing the exercise, the report.
import CourseGrading
import Foundation
import Testing

@Suite("Course tool: watching an exercise")
struct ExerciseWatchTests {
    @Test("a save, a new file and a removed file are each noticed; nothing else is")
    func saves() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("02-x"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("02-x/A.swift")
        try "// one".write(to: file, atomically: true, encoding: .utf8)
        try "notes".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let first = ExerciseWatch.snapshot(of: folder)
        #expect(first.count == 1, "only .swift files count")
        #expect(ExerciseWatch.snapshot(of: folder) == first)
        // A later modification time, as an editor's save gives.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: file.path)
        let saved = ExerciseWatch.waitForSave(in: folder, since: first, interval: 0.01)
        #expect(saved != first)
        try "// two".write(to: folder.appendingPathComponent("02-x/B.swift"), atomically: true, encoding: .utf8)
        let added = ExerciseWatch.snapshot(of: folder)
        #expect(added.count == 2 && added != saved)
        try FileManager.default.removeItem(at: file)
        #expect(ExerciseWatch.snapshot(of: folder).count == 1)
    }

    @Test("it follows the first exercise with a part not passing")
    func follows() {
        let results = [PartResult(part: "1.1", title: "a", verdict: .passed), PartResult(part: "2.1", title: "b", verdict: .passed),
                       PartResult(part: "2.2", title: "c", verdict: .notStarted), PartResult(part: "3.1", title: "d", verdict: .failing)]
        #expect(ExerciseWatch.firstUnfinished(results) == 2)
        #expect(ExerciseWatch.firstUnfinished(results.filter { $0.verdict == .passed }) == nil)
    }

    @Test("the report gives every verdict, the first failure's message, and a build's first error alone")
    func report() {
        let failing = [PartResult(part: "2.1", title: "mse", verdict: .passed),
                       PartResult(part: "2.2", title: "gradient", verdict: .failing, message: "∂L/∂w differs at index [0]"),
                       PartResult(part: "2.3", title: "normal equations", verdict: .notStarted, message: "not implemented yet")]
        let text = ExerciseWatch.report(failing, exercise: 2)
        #expect(text.contains("✔ 2.1 mse: passed") && text.contains("✘ 2.2 gradient: failing") && text.contains("○ 2.3"))
        #expect(text.contains("2.2: ∂L/∂w differs at index [0]") && !text.contains("not implemented yet"))
        #expect(text.hasSuffix("Exercise 2: 1 of 3 parts pass."))
        let errors = "/c/exercises/02-x/A.swift:12:9: error: cannot find 'r' in scope\n/c/exercises/02-x/A.swift:13:1: error: expected '}'"
        let broken = ["2.1", "2.2"].map { PartResult(part: $0, title: "t", verdict: .doesNotCompile, message: errors) }
        let built = ExerciseWatch.report(broken, exercise: 2)
        #expect(built.contains("2.1: /c/exercises/02-x/A.swift:12:9: error: cannot find 'r' in scope") && !built.contains("expected '}'"))
    }
}
