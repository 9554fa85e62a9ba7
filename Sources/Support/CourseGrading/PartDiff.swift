// A learner's implementation of each part against the solution, as unified diffs that
// ignore changes of white space alone (`diff -u -w`).
import Foundation

public enum PartDiff {
    /// The code a learner wrote for `part` in `file`'s text: the lines after the part's
    /// header comment, up to the end of the enclosing function.
    public static func learnerRegion(part: String, in text: String) -> [String]? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(where: { ExerciseCatalog.header($0)?.id == part }) else { return nil }
        var start = header
        while start < lines.count, lines[start].trimmingCharacters(in: .whitespaces).hasPrefix("//") { start += 1 }
        // The header sits at the function body's top level: the region ends where the
        // body's closing brace brings the depth below zero.
        var depth = 0
        var region: [String] = []
        for line in lines[start...] {
            for character in line where character == "{" || character == "}" { depth += character == "{" ? 1 : -1 }
            if depth < 0 { break }
            region.append(line)
        }
        return region
    }

    /// `diff -u -w` of `solution` against `learner`, labelled; empty when they agree up to white space.
    public static func unifiedDiff(solution: [String], learner: [String], solutionLabel: String,
                                   learnerLabel: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("course-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let a = directory.appendingPathComponent("solution"), b = directory.appendingPathComponent("learner")
        try (solution.joined(separator: "\n") + "\n").write(to: a, atomically: true, encoding: .utf8)
        try (learner.joined(separator: "\n") + "\n").write(to: b, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["diff", "-u", "-w", "--label", solutionLabel, "--label", learnerLabel,
                                            a.path, b.path], in: directory, seconds: 60)
        return result.output
    }
}
