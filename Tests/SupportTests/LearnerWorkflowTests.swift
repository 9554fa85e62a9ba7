import CourseGrading
import Foundation
import Testing

/// The course's root folder, found from this file's path.
private let courseRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

private let courseTool = builtExecutable("course")

/// One step of a GitHub Actions job, as far as running it here needs.
struct WorkflowStep {
    var name = "", id: String?, uses: String?, run: String?, condition: String?
}

/// Reads the CI set-ups of learner-ci/ in the subset of YAML they are written in (keys and
/// values on one line, `run: |` blocks, `- ` items); the schema check of `./run.sh test` reads
/// them as YAML proper.
enum WorkflowReader {
    static func indentation(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }

    /// The steps of the first job's `steps:` list, in order.
    static func githubSteps(_ text: String) -> [WorkflowStep] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "steps:" }) else { return [] }
        var steps: [WorkflowStep] = []
        var index = start + 1
        let itemIndent = indentation(lines[index])
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { index += 1; continue }
            let indent = indentation(line)
            if indent < itemIndent { break }
            var content = trimmed
            if indent == itemIndent && trimmed.hasPrefix("- ") {
                steps.append(WorkflowStep())
                content = String(trimmed.dropFirst(2))
            } else if indent != itemIndent + 2 {
                index += 1; continue  // inside a `with:` map
            }
            guard let colon = content.firstIndex(of: ":") else { index += 1; continue }
            let key = String(content[..<colon]), value = content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            index += 1
            var text = value
            if value == "|" {
                var block: [String] = []
                while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).isEmpty || indentation(lines[index]) > itemIndent + 2 {
                    block.append(String(lines[index].dropFirst(min(itemIndent + 4, indentation(lines[index])))))
                    index += 1
                }
                text = block.joined(separator: "\n")
            }
            switch key {
            case "name": steps[steps.count - 1].name = text
            case "id": steps[steps.count - 1].id = text
            case "uses": steps[steps.count - 1].uses = text
            case "run": steps[steps.count - 1].run = text
            case "if": steps[steps.count - 1].condition = text
            default: break
            }
        }
        return steps
    }

    /// The `script:` lines of the first job, in order.
    static func gitlabScript(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "script:" }) else { return [] }
        let keyIndent = indentation(lines[start])
        return lines[(start + 1)...].prefix { $0.trimmingCharacters(in: .whitespaces).isEmpty || indentation($0) > keyIndent }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
    }
}

/// The learner edition's CI, run here as its runner would run it: each `run:` step (GitHub) and
/// the `script:` (GitLab) in order, in a learner edition with parts 1.1 and 1.2 solved and 1.3
/// crashing; the container, checkout, cache and upload steps aside. A cold build of the whole
/// edition: `./run.sh test` runs it on its own, after the other tests. Only where solutions/ is,
/// since a learner edition cannot release another.
@Suite("Course tool: the learner edition's CI, run locally", .serialized,
       .enabled(if: FileManager.default.fileExists(atPath: courseRoot.appendingPathComponent("solutions").path)))
struct LearnerWorkflowTests {
    static func run(_ script: String, in folder: URL, environment: [String: String] = [:]) throws -> CommandOutput {
        try CommandRunner.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], in: folder, seconds: 3600,
                              environment: environment, unset: ["COURSE_SOLUTIONS", "COURSE_EXERCISES"])
    }

    /// A learner edition in `folder/edition` with parts 1.1 and 1.2 solved and 1.3 crashing, committed.
    static func edition(in folder: URL) throws -> URL {
        let tool = try #require(courseTool, "build the course tool first: swift build --build-tests")
        let target = folder.appendingPathComponent("edition")
        let release = try CommandRunner.run([tool.path, "release", target.path], in: courseRoot, seconds: 300)
        try #require(release.status == 0, "\(release.output)")
        let file = target.appendingPathComponent("exercises/01-perceptron/PerceptronExercise.swift")
        var text = try String(contentsOf: file, encoding: .utf8)
        for (stub, learnerCode) in [
            (#"return notImplemented("1.1", placeholder: 0)"#, "return dot(weights, input) + bias >= 0 ? 1 : -1"),
            (#"return notImplemented("1.2", placeholder: (weights, bias))"#, """
                let predicted: Float = dot(weights, input) + bias >= 0 ? 1 : -1
                        guard predicted != label else { return (weights, bias) }
                        return (weights + (learningRate * label) * input, bias + learningRate * label)
                """),
            (#"return notImplemented("1.3", placeholder: (weights, bias))"#, #"fatalError("the learner's code crashed here")"#),
        ] {
            try #require(text.contains(stub), "the stub of exercise 1 changed: \(stub)")
            text = text.replacingOccurrences(of: stub, with: learnerCode)
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let commit = try run("git init -q && git add -A && git -c user.name=t -c user.email=t@t commit -qm 'the learner edition'", in: target)
        try #require(commit.status == 0, "\(commit.output)")
        return target
    }

    /// What the report must say: 1.1 and 1.2 passed, 1.3 crashed, every other part not started.
    static func checkReport(_ url: URL) throws {
        let report = try JSONDecoder().decode(SubmissionReport.self, from: Data(contentsOf: url))
        let catalogue = try ExerciseCatalog.parts(in: courseRoot.appendingPathComponent("exercises"))
        #expect(report.parts.map(\.part) == catalogue.map(\.id), "a verdict for every part, in order")
        for part in report.parts {
            let expected: Verdict = ["1.1": .passed, "1.2": .passed, "1.3": .crashed][part.part] ?? .notStarted
            #expect(part.verdict == expected, "\(part.part): \(part.verdict.rawValue), \(part.message ?? "")")
        }
    }

    @Test("GitHub's steps, then GitLab's script, leave a report with two parts passed and one crashed, and the summary, JUnit and Markdown made from it",
          .timeLimit(.minutes(60)))
    func runsLikeTheRunners() throws {
        let folder = try temporaryFolder("learner-ci")
        defer { try? FileManager.default.removeItem(at: folder) }
        let edition = try Self.edition(in: folder)

        // GitHub Actions: each `run:` step in its own bash, as the runner starts them, with the
        // runner's files for step outputs and the job summary, and `${{ steps.ID.outputs.KEY }}`
        // replaced by what an earlier step wrote.
        let steps = WorkflowReader.githubSteps(try String(contentsOf: courseRoot.appendingPathComponent("learner-ci/github-course.yml"),
                                                          encoding: .utf8))
        #expect(steps.compactMap(\.uses) == ["actions/checkout@v4", "actions/cache@v4", "actions/upload-artifact@v4"])
        let outputFile = folder.appendingPathComponent("github-output"), summaryFile = folder.appendingPathComponent("step-summary")
        var outputs: [String: String] = [:]
        for step in steps {
            guard var script = step.run else { continue }
            if let condition = step.condition {
                // The one condition the set-up uses: always, once the report exists.
                let report = edition.appendingPathComponent("course-report.json")
                #expect(condition == "always() && hashFiles('course-report.json') != ''", "a condition this test cannot judge: \(condition)")
                guard FileManager.default.fileExists(atPath: report.path) else { continue }
            }
            for (key, value) in outputs { script = script.replacingOccurrences(of: "${{ \(key) }}", with: value) }
            #expect(!script.contains("${{"), "an expression this test cannot fill in, in step '\(step.name)': \(script)")
            try Data().write(to: outputFile)
            let result = try Self.run(script, in: edition, environment: ["GITHUB_OUTPUT": outputFile.path,
                                                                       "GITHUB_STEP_SUMMARY": summaryFile.path])
            try #require(result.status == 0, "step '\(step.name)' failed: \(result.output.suffix(3000))")
            if let id = step.id {
                for line in try String(contentsOf: outputFile, encoding: .utf8).split(separator: "\n") {
                    let pair = line.split(separator: "=", maxSplits: 1).map(String.init)
                    if pair.count == 2 { outputs["steps.\(id).outputs.\(pair[0])"] = pair[1] }
                }
            }
        }
        #expect(outputs["steps.processor.outputs.features"]?.count == 16, "the processor's features, hashed")
        try Self.checkReport(edition.appendingPathComponent("course-report.json"))
        let summary = try String(contentsOf: summaryFile, encoding: .utf8)
        #expect(summary.contains("2 of \(try ExerciseCatalog.parts(in: courseRoot.appendingPathComponent("exercises")).count) exercise parts pass"),
                "\(summary.prefix(500))")
        #expect(summary.split(separator: "\n").contains { $0.hasPrefix("| 1.3 ") && $0.contains("crashed") }, "\(summary.prefix(1500))")

        // GitLab CI: the script's lines in one shell, in order, where the cache left the build.
        try FileManager.default.removeItem(at: edition.appendingPathComponent("course-report.json"))
        let script = WorkflowReader.gitlabScript(try String(contentsOf: courseRoot.appendingPathComponent("learner-ci/gitlab-ci.yml"),
                                                            encoding: .utf8))
        #expect(script.first == "./run.sh install" && script.count >= 5)
        let result = try Self.run(script.joined(separator: "\n"), in: edition)
        try #require(result.status == 0, "GitLab's script failed: \(result.output.suffix(3000))")
        try Self.checkReport(edition.appendingPathComponent("course-report.json"))
        let junit = try String(contentsOf: edition.appendingPathComponent("course-report.xml"), encoding: .utf8)
        #expect(junit.contains(#"name="1.3 "#) && junit.contains(#"<failure message="crashed">"#), "\(junit.prefix(1500))")
        let markdown = try String(contentsOf: edition.appendingPathComponent("course-report.md"), encoding: .utf8)
        #expect(markdown.split(separator: "\n").contains { $0.hasPrefix("| 1.1 ") && $0.contains("passed") }, "\(markdown.prefix(1500))")
    }
}
