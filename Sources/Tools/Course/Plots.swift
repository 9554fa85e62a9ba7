// `course plots [N] [--format png|svg|pdf]`: the plots re-rendered from their gnuplot scripts.
import ArgumentParser
import CourseGrading
import Foundation

struct Plots: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-render every plot in plots/, or one chapter's, from its .gp script (for slides).")

    @Argument(help: "A chapter number, as in 4; every chapter when left out.")
    var chapter: Int?

    @Option(help: ArgumentHelp("png, svg or pdf.", valueName: "format"))
    var format: String = "png"

    @Option(help: ArgumentHelp("The course's root folder, which holds plots/ and chapters/.", valueName: "dir"))
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root, isDirectory: true) }

    func validate() throws {
        guard ["png", "svg", "pdf"].contains(format) else { throw ValidationError("--format must be png, svg or pdf") }
        if let chapter, let problem = PlotRenderer.chapterProblem(
            chapter, chaptersDirectory: rootURL.appendingPathComponent("chapters")) {
            throw ValidationError(problem)
        }
        let plots = rootURL.appendingPathComponent("plots")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: plots.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            let example = String(format: "chapter%02d", chapter ?? 1)
            throw ValidationError("\(plots.path) is not a folder: the chapters write their plots there, so run one first "
                                  + "(swift run \(example)), or pass --root")
        }
    }

    func run() throws {
        guard let gnuplot = PlotRenderer.gnuplot(searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "") else {
            let command = (["swift", "run", "course"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
            printError("error: gnuplot is missing (it is not on PATH): install the Debian package \(PlotRenderer.gnuplotPackage) "
                       + "(sudo apt-get install \(PlotRenderer.gnuplotPackage)), then run `\(command)` again.")
            throw ExitCode.failure
        }
        let plots = rootURL.appendingPathComponent("plots")
        let prefix = chapter.map { String(format: "%02d-", $0) }
        let (rendered, failed) = try PlotRenderer.render(plotsDirectory: plots, chapterPrefix: prefix, format: format,
                                                         gnuplot: gnuplot)
        for (script, message) in failed { printError("error: \(script): \(message)") }
        print("\(rendered.count) plots rendered as \(format) in \(plots.path)" + (failed.isEmpty ? "." : "; \(failed.count) failed."))
        if rendered.isEmpty && failed.isEmpty { print("No .gp scripts found: run a chapter first (swift run chapter01).") }
        if !failed.isEmpty { throw ExitCode.failure }
    }
}
