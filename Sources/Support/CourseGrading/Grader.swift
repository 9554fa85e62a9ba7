// Grading submissions: each a copy of exercises/. A submission is first screened (imports,
// module-boundary tricks), then laid over the course's exercises/ in a grading copy of the
// course (GradingWorkspace, checked against the checkout before each build), built in a
// build folder of its own, removed afterwards (a cold debug build), or with `sharedBuild`
// in one folder where only the exercises recompile between submissions. Its tests run in
// the sandbox (Sandbox) when grading as root. A submission that is refused, does not
// compile, is empty, or crashes or hangs gets that verdict; only a part the test process
// judged and recorded as passed counts as passed.
import Foundation

/// One submission's grades.
public struct SubmissionReport: Codable, Sendable {
    public var submission: String
    public var parts: [PartResult]
    /// Submission-level remarks: extra files ignored, files missing.
    public var notes: [String]
    public var passed: Int { parts.filter { $0.verdict == .passed }.count }

    public init(submission: String, parts: [PartResult], notes: [String]) {
        (self.submission, self.parts, self.notes) = (submission, parts, notes)
    }

    /// The report as JSON: the schema of the README's "A report as JSON" (keys sorted, indented).
    public func jsonData() throws -> Data { try Self.encoder.encode(self) }

    /// A class's reports as JSON, a list in that schema: summary.json.
    public static func jsonData(_ reports: [SubmissionReport]) throws -> Data { try encoder.encode(reports) }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

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
    /// Megabytes of address space each part's process may use.
    public var partMemoryLimit: Int
    /// One build folder for every submission (fast) instead of one each (slower).
    public var sharedBuild: Bool
    /// How the tests run: `Sandbox.detect()` isolates them when grading as root.
    public var sandbox: Sandbox

    public init(root: URL, partTimeLimit: Int = 60, partMemoryLimit: Int = 2048, sharedBuild: Bool = false,
                sandbox: Sandbox = .detect()) {
        self.root = root
        self.partTimeLimit = partTimeLimit
        self.partMemoryLimit = partMemoryLimit
        self.sharedBuild = sharedBuild
        self.sandbox = sandbox
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
        let graded = submitted.filter { courseFiles.contains($0) }

        // Read once, without following links: a file that is not a regular UTF-8 file inside the
        // submission refuses it, named; what is built is these texts, not the folder.
        var texts: [String: String] = [:]
        var unreadable: [String] = []
        for file in graded {
            switch SubmissionIntake.read(file, in: folder) {
            case .success(let text): texts[file] = text
            case .failure(let problem): unreadable.append("\(name)/\(file) was not graded: \(problem)")
            }
        }
        // A course file the listing did not find may sit behind a link to a folder, which the
        // listing does not follow: refused too, rather than graded as the stub.
        for file in missing {
            if case .failure(let problem) = SubmissionIntake.read(file, in: folder), case .link = problem {
                unreadable.append("\(name)/\(file) was not graded: \(problem)")
            }
        }
        guard unreadable.isEmpty else {
            return report(name, parts, .refused, unreadable.joined(separator: "\n"), notes: notes)
        }

        // Refused before anything is built: imports and module-boundary tricks.
        let problems = try graded.flatMap { file in
            SubmissionScreen.problems(in: texts[file]!, file: "\(name)/\(file)",
                                      courseVersion: try String(contentsOf: course.appendingPathComponent(file), encoding: .utf8))
        }
        guard problems.isEmpty else {
            return report(name, parts, .refused, problems.joined(separator: "\n"), notes: notes)
        }

        // The grading copy: its course files checked against the checkout, then the
        // course's exercises/ with the submission's files of the same names on top.
        let workspace = GradingWorkspace(course: root)
        try workspace.restore()
        try workspace.install(texts)

        let scratchPath = sharedBuild ? ".build-grading" : ".build-grading-" + String(name.map { $0.isLetter || $0.isNumber ? $0 : "-" })
        let buildFolder = workspace.folder.appendingPathComponent(scratchPath)
        if !sharedBuild { try? manager.removeItem(at: buildFolder) }
        defer { if !sharedBuild { try? manager.removeItem(at: buildFolder) } }
        var sandbox = self.sandbox
        sandbox.environment["EXERCISE_MEMORY_LIMIT_MB"] = "\(partMemoryLimit)"
        let checker = ExerciseChecker(root: workspace.folder, partTimeLimit: partTimeLimit, scratchPath: scratchPath,
                                      sandbox: sandbox)
        if let errors = try checker.build() {
            // Name the submission's files, not the grader's copy of them.
            let readable = errors.replacingOccurrences(of: workspace.folder.appendingPathComponent("exercises").path + "/",
                                                       with: "\(name)/")
            return report(name, parts, .doesNotCompile, readable, notes: notes)
        }
        var results = try checker.run(parts)
        // Code that changed the course's files while its tests ran earns nothing.
        let touched = try workspace.restore()
        if !touched.isEmpty {
            let message = "the submission's code changed the course's files while its tests ran ("
                + touched.prefix(5).joined(separator: ", ") + "); they were restored, and no part counts"
            notes.append(message)
            results = results.map { PartResult(part: $0.part, title: $0.title, verdict: .refused, message: message) }
        }
        return SubmissionReport(submission: name, parts: results, notes: notes)
    }

    /// The report of a submission whose grading stopped on `reason`: every part refused, the
    /// reason given.
    public func notGraded(_ name: String, because reason: String) -> SubmissionReport {
        notGraded(name, verdict: .refused, message: "the submission could not be graded: \(reason)")
    }

    /// The report of a submission with nothing to grade: every part gets `verdict` and `message`.
    public func notGraded(_ name: String, verdict: Verdict, message: String) -> SubmissionReport {
        let parts = (try? ExerciseCatalog.parts(in: root.appendingPathComponent("exercises"))) ?? []
        return report(name, parts, verdict, message, notes: [])
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
    /// The class's summary: `notes` on the class as a whole (a class file's skipped lines, a
    /// shard that left no report), then a row per submission.
    public static func summaryMarkdown(_ reports: [SubmissionReport], notes: [String] = []) -> String {
        var lines = ["# Class summary", ""]
        if !notes.isEmpty { lines += ["Notes on the class:", ""] + notes.map { "- \($0)" } + [""] }
        guard let first = reports.first(where: { !$0.parts.isEmpty }) ?? reports.first else {
            return (lines + ["No submissions."]).joined(separator: "\n") + "\n"
        }
        let ids = first.parts.map(\.part)
        lines += ["| submission | passed | " + ids.joined(separator: " | ") + " |",
                  "| --- | --- | " + ids.map { _ in "---" }.joined(separator: " | ") + " |"]
        for report in reports {
            let cells = report.parts.map { $0.verdict == .passed ? "✔" : $0.verdict.rawValue }
            lines.append("| \(report.submission) | \(report.passed)/\(report.parts.count) | " + cells.joined(separator: " | ") + " |")
        }
        let remarks = reports.flatMap { report in report.notes.map { "- \(report.submission): \($0)" } }
        if !remarks.isEmpty { lines += ["", "Notes on submissions:", ""] + remarks }
        return lines.joined(separator: "\n") + "\n"
    }
}
