// `course report FILE [--format markdown|junit]`: a JSON report shown as a CI service shows it.
import ArgumentParser
import CourseGrading
import Foundation

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a JSON report (from course check --json) as a Markdown table or as JUnit XML.",
        discussion: """
            markdown: a table of part, verdict and first message, for a GitHub job's summary. junit: one test \
            case per part, for GitLab's test report (not started is skipped; any verdict but passed is a failure).
            """)

    @Argument(help: ArgumentHelp("A report written by course check --json.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("markdown or junit.", valueName: "format"))
    var format: String = "markdown"

    func validate() throws {
        guard ["markdown", "junit"].contains(format) else { throw ValidationError("--format must be markdown or junit") }
    }

    func run() throws {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            printError("Error: cannot read the report \(describeFileError(error))")
            throw ExitCode.failure
        }
        let report: SubmissionReport
        do { report = try JSONDecoder().decode(SubmissionReport.self, from: data) } catch {
            printError("Error: \(file) is not a report of course check --json (\(error.localizedDescription))")
            throw ExitCode.failure
        }
        print(format == "junit" ? report.junitXML : report.summaryMarkdown, terminator: "")
    }
}
