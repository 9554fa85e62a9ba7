// `course grade DIR...`: a report per submission and a class summary, in Markdown and JSON.
import ArgumentParser
import CourseGrading
import CourseRuntime
import Foundation

struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Grade submissions (each a copy of exercises/): a report per submission and a class summary.",
        discussion: """
            A submission's files are read once, without following links: a file that is a symbolic link \
            (or lies in a linked folder), a FIFO, a device, larger than 1 MB or not UTF-8 refuses that \
            submission, naming the file, and the class goes on; nothing outside a submission is read on its \
            behalf. It is then screened: an import its file's stub does not have, or a way past the \
            module boundaries (@_silgen_name, dlsym, …), refuses it. It is then laid over exercises/ in a \
            grading copy of the course (.grading/workspace, checked against the course before each build), \
            built in a build folder of its own (or, with --shared-build, in one shared folder), and its \
            exercise tests run part by part. As root, the tests run in a sandbox: a PID namespace of their \
            own, each part's code as an unprivileged user of its own, with time and memory limits; without \
            root they run as you, so grade untrusted code as root (for example in a container). Verdicts \
            come from the test process's event record, never from what a part prints; only a part judged \
            and recorded as passed counts. Reports go to --output as NAME.md and NAME.json, with summary.md \
            and summary.json.
            """)

    @Argument(help: ArgumentHelp("Submission folders.", valueName: "dir"))
    var submissions: [String]

    @Option(help: ArgumentHelp("Where the reports go.", valueName: "dir"))
    var output: String = "grades"

    @Flag(help: "Build every submission in one shared build folder: only the exercises recompile between them (seconds), instead of a fresh build folder each (a cold build per submission).")
    var sharedBuild = false

    @OptionGroup var options: RunOptions

    /// Every folder is checked before anything is built, so a typo or a clash of names stops
    /// the run instead of grading the rest and reporting the mistake as a submission.
    func validate() throws {
        let problems = SubmissionFolders.problems(submissions)
        guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "\n") + "\nNothing was graded.") }
    }

    func run() throws {
        // A log of a long grading run shows each submission as it starts, not all at the end.
        makeStandardOutputLineBuffered()
        let outputURL = URL(fileURLWithPath: output, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: outputURL, withIntermediateDirectories: true)
        } catch {
            printError("Error: --output: cannot make the folder \(output) (\(describeFileError(error))). Nothing was graded.")
            throw ExitCode.failure
        }
        let grader = Grader(root: options.rootURL, partTimeLimit: options.timeout, sharedBuild: sharedBuild)
        print("Sandbox: \(grader.sandbox.summary).")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var reports: [SubmissionReport] = []
        for path in submissions {
            let folder = URL(fileURLWithPath: path, isDirectory: true)
            let name = SubmissionFolders.reportName(path)
            print("Grading \(name) …")
            // Whatever goes wrong with one submission is its verdict; the class goes on.
            let report: SubmissionReport
            do {
                report = try grader.grade(folder, name: name)
            } catch {
                report = grader.notGraded(name, because: describeFileError(error))
            }
            reports.append(report)
            try report.markdown.write(to: outputURL.appendingPathComponent("\(name).md"), atomically: true, encoding: .utf8)
            try report.jsonData().write(to: outputURL.appendingPathComponent("\(name).json"))
            print("  \(report.passed) of \(report.parts.count) parts pass"
                  + (report.notes.isEmpty ? "" : "; " + report.notes.joined(separator: "; ")))
        }
        try Grader.summaryMarkdown(reports).write(to: outputURL.appendingPathComponent("summary.md"),
                                                  atomically: true, encoding: .utf8)
        try encoder.encode(reports).write(to: outputURL.appendingPathComponent("summary.json"))
        print("Reports written to \(outputURL.path) (summary.md, summary.json and one pair per submission).")
    }
}
