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
            and recorded as passed counts. Reports go to --output as NAME.md and NAME.json, with summary.md, \
            summary.json and grades.csv (a row per submission, 1 or 0 per part, for a gradebook). \
            With --merge, each DIR is instead the --output of one shard of the class graded apart: their \
            summary.json files are merged into the class's summary.md, summary.json and grades.csv in --output.
            """)

    @Argument(help: ArgumentHelp("Submission folders (with --merge, the shards' report folders).", valueName: "dir"))
    var submissions: [String]

    @Flag(help: "Merge the report folders of shards graded apart into one class summary, grading nothing.")
    var merge = false

    @Option(help: ArgumentHelp("Where the reports go.", valueName: "dir"))
    var output: String = "grades"

    @Flag(help: "Build every submission in one shared build folder: only the exercises recompile between them (seconds), instead of a fresh build folder each (a cold build per submission).")
    var sharedBuild = false

    @OptionGroup var options: RunOptions

    /// Every folder is checked before anything is built, so a typo or a clash of names stops
    /// the run instead of grading the rest and reporting the mistake as a submission.
    func validate() throws {
        if merge {
            let missing = submissions.filter { !FileManager.default.fileExists(atPath: summaryFile(in: $0).path) }
            guard missing.isEmpty else {
                throw ValidationError(missing.map { "\($0) holds no summary.json: name the --output folder of a shard's course grade" }
                                      .joined(separator: "\n") + "\nNothing was merged.")
            }
            // A merge never replaces a class's summary: it writes into a folder that has none.
            guard !FileManager.default.fileExists(atPath: summaryFile(in: output).path) else {
                throw ValidationError("\(output) holds a summary.json already; name a new --output folder. Nothing was merged.")
            }
            return
        }
        let problems = SubmissionFolders.problems(submissions)
        guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "\n") + "\nNothing was graded.") }
    }

    func summaryFile(in folder: String) -> URL {
        URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent("summary.json")
    }

    /// The class's files: summary.md, summary.json and grades.csv.
    func writeClassFiles(_ reports: [SubmissionReport], to outputURL: URL) throws {
        try Grader.summaryMarkdown(reports).write(to: outputURL.appendingPathComponent("summary.md"),
                                                  atomically: true, encoding: .utf8)
        try SubmissionReport.jsonData(reports).write(to: outputURL.appendingPathComponent("summary.json"), options: .atomic)
        try ClassMerge.gradesCSV(reports).write(to: outputURL.appendingPathComponent("grades.csv"), atomically: true, encoding: .utf8)
    }

    /// `--merge`: the shards' summaries, read and merged, written as the class's.
    func mergeShards() throws {
        var shards: [(name: String, reports: [SubmissionReport])] = []
        for folder in submissions {
            do {
                let data = try Data(contentsOf: summaryFile(in: folder))
                shards.append((folder, try JSONDecoder().decode([SubmissionReport].self, from: data)))
            } catch {
                printError("Error: \(summaryFile(in: folder).path) is not a class summary of course grade "
                           + "(\(describeFileError(error))). Nothing was merged.")
                throw ExitCode.failure
            }
        }
        let reports: [SubmissionReport]
        do { reports = try ClassMerge.merge(shards) } catch let problem as ClassMerge.Problem {
            printError("Error: \(problem). Nothing was merged.")
            throw ExitCode.failure
        }
        let outputURL = URL(fileURLWithPath: output, isDirectory: true)
        try FileManager.default.createDirectory(at: outputURL, withIntermediateDirectories: true)
        try writeClassFiles(reports, to: outputURL)
        print("\(reports.count) submissions from \(shards.count) shards merged into \(outputURL.path) "
              + "(summary.md, summary.json, grades.csv).")
    }

    func run() throws {
        if merge { return try mergeShards() }
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
        try writeClassFiles(reports, to: outputURL)
        print("Reports written to \(outputURL.path) (summary.md, summary.json, grades.csv and one pair per submission).")
    }
}
