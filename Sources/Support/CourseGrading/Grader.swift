// Grading submissions: each a copy of exercises/. Every submission is copied over the
// course's own exercises/ into one fixed folder inside the package (.grading/current) and
// built in a build folder of its own under .build-grading/, removed afterwards (a cold
// debug build: about 95 s and 280 MB). With `sharedBuild`, all submissions use one build
// folder instead, and only the exercises and their tests recompile between them. A
// submission that does not compile, is empty, or crashes or hangs gets that verdict;
// nothing but a reported pass counts as passed.
import Foundation

/// One submission's grades.
public struct SubmissionReport: Codable, Sendable {
    public var submission: String
    public var parts: [PartResult]
    /// Submission-level remarks: extra files ignored, files missing.
    public var notes: [String]
    public var passed: Int { parts.filter { $0.verdict == .passed }.count }

    /// The report as Markdown.
    public var markdown: String {
        var lines = ["# \(submission)", "", "\(passed) of \(parts.count) parts pass.", ""]
        lines += notes.map { "- \($0)" } + (notes.isEmpty ? [] : [""])
        lines += ["| part | title | verdict | seconds | message |", "| --- | --- | --- | --- | --- |"]
        for part in parts {
            let message = (part.message ?? "").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
            lines.append("| \(part.part) | \(part.title) | \(part.verdict.rawValue) | "
                         + "\(part.seconds.map { String(format: "%.2f", $0) } ?? "") | \(message) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

public struct Grader {
    public var root: URL
    public var partTimeLimit: Int
    /// One build folder for every submission (fast) instead of one each (isolated, slow).
    public var sharedBuild: Bool

    public init(root: URL, partTimeLimit: Int = 60, sharedBuild: Bool = false) {
        self.root = root
        self.partTimeLimit = partTimeLimit
        self.sharedBuild = sharedBuild
    }

    /// Grades the submission in `folder`, named `name`.
    public func grade(_ folder: URL, name: String) throws -> SubmissionReport {
        let manager = FileManager.default
        let course = root.appendingPathComponent("exercises")
        let parts = try ExerciseCatalog.parts(in: course)
        let courseFiles = Set(Self.swiftFiles(in: course))
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return report(name, parts, .emptySubmission, "\(folder.path) is not a folder", notes: [])
        }
        let submitted = Self.swiftFiles(in: folder)
        guard !submitted.isEmpty else {
            return report(name, parts, .emptySubmission, "the submission holds no .swift files", notes: [])
        }
        var notes: [String] = []
        let extra = submitted.filter { !courseFiles.contains($0) }
        if !extra.isEmpty { notes.append("extra files, not graded: " + extra.joined(separator: ", ")) }
        let missing = courseFiles.filter { !submitted.contains($0) }.sorted()
        if !missing.isEmpty { notes.append("files missing, graded as the stubs: " + missing.joined(separator: ", ")) }

        // The course's exercises/, with the submission's files of the same names on top.
        let workspace = root.appendingPathComponent(".grading/current")
        try? manager.removeItem(at: workspace)
        try manager.createDirectory(at: workspace.deletingLastPathComponent(), withIntermediateDirectories: true)
        try manager.copyItem(at: course, to: workspace)
        for file in submitted where courseFiles.contains(file) {
            let target = workspace.appendingPathComponent(file)
            try manager.removeItem(at: target)
            try manager.copyItem(at: folder.appendingPathComponent(file), to: target)
        }

        let folderName = sharedBuild ? "shared" : "submission-" + String(name.map { $0.isLetter || $0.isNumber ? $0 : "-" })
        let scratchPath = ".build-grading/" + folderName
        if !sharedBuild { try? manager.removeItem(at: root.appendingPathComponent(scratchPath)) }
        defer { if !sharedBuild { try? manager.removeItem(at: root.appendingPathComponent(scratchPath)) } }
        let checker = ExerciseChecker(root: root, partTimeLimit: partTimeLimit, scratchPath: scratchPath,
                                      buildEnvironment: ["COURSE_EXERCISES": ".grading/current"])
        if let errors = try checker.build() {
            // Name the submission's files, not the grader's copy of them.
            let readable = errors.replacingOccurrences(of: workspace.path + "/", with: "\(name)/")
            return report(name, parts, .doesNotCompile, readable, notes: notes)
        }
        return SubmissionReport(submission: name, parts: try checker.run(parts), notes: notes)
    }

    private func report(_ name: String, _ parts: [CatalogPart], _ verdict: Verdict, _ message: String,
                        notes: [String]) -> SubmissionReport {
        SubmissionReport(submission: name, parts: parts.map {
            PartResult(part: $0.id, title: $0.title, verdict: verdict, message: message)
        }, notes: notes)
    }

    /// The `.swift` files under `folder`, as paths relative to it.
    static func swiftFiles(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { ($0 as? URL) }.filter { $0.pathExtension == "swift" }
            .map { String($0.path.dropFirst(folder.path.count).drop { $0 == "/" }) }.sorted()
    }

    /// The class summary as Markdown: one row per submission, one column per part.
    public static func summaryMarkdown(_ reports: [SubmissionReport]) -> String {
        guard let first = reports.first else { return "# Class summary\n\nNo submissions.\n" }
        let ids = first.parts.map(\.part)
        var lines = ["# Class summary", "", "| submission | passed | " + ids.joined(separator: " | ") + " |",
                     "| --- | --- | " + ids.map { _ in "---" }.joined(separator: " | ") + " |"]
        for report in reports {
            let cells = report.parts.map { $0.verdict == .passed ? "✔" : $0.verdict.rawValue }
            lines.append("| \(report.submission) | \(report.passed)/\(report.parts.count) | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
