import Foundation

/// The image format gnuplot renders.
public enum PlotFormat: String, Sendable, CaseIterable {
    /// Bitmap through the pngcairo terminal; the default.
    case png
    /// Scalable vector graphics, for web pages and slides.
    case svg
    /// PDF through the pdfcairo terminal, for slides and print.
    case pdf

    /// The image file's extension, which is also the value of the script's `format` variable.
    public var fileExtension: String { rawValue }
}

/// What `PlotWriter.write(_:name:)` produced.
public struct PlotOutput: Sendable {
    /// The gnuplot script, `name.gp`.
    public let scriptURL: URL
    /// The data files the script reads, in the order the script uses them.
    public let dataURLs: [URL]
    /// The rendered picture, or nil when it was not rendered.
    public let imageURL: URL?
    /// Why the picture was not rendered and how to render it, ready to print; nil when rendered.
    public let note: String?
    /// Warnings gnuplot printed while rendering successfully (empty when there were none).
    public let warnings: String

    /// Whether the picture was rendered.
    public var isRendered: Bool { imageURL != nil }
}

/// A failure to write or render a plot.
public enum PlotError: Error, CustomStringConvertible, LocalizedError {
    /// The plot name is empty or contains a `/`: it must be a plain file name without extension.
    case invalidName(String)
    /// gnuplot exited with an error (or produced no image) while running `scriptURL`.
    case gnuplotFailed(scriptURL: URL, exitStatus: Int32, standardError: String)
    /// gnuplot was still running `scriptURL` after `seconds`, and was stopped.
    case gnuplotTimedOut(scriptURL: URL, seconds: Int)

    public var description: String {
        switch self {
        case .invalidName(let name):
            "invalid plot name \"\(name)\": use a plain file name without a folder or extension"
        case .gnuplotFailed(let scriptURL, let exitStatus, let standardError):
            "gnuplot failed (exit status \(exitStatus)) on \(scriptURL.path):\n"
                + standardError.trimmingCharacters(in: .whitespacesAndNewlines)
        case .gnuplotTimedOut(let scriptURL, let seconds):
            "gnuplot did not finish \(scriptURL.path) within \(seconds) s and was stopped"
        }
    }

    public var errorDescription: String? { description }
}

/// Writes plots as gnuplot scripts and data files into a directory, and renders them.
///
///     let writer = PlotWriter(directory: URL(fileURLWithPath: "plots/chapter02"))
///     let output = try writer.write(lossPlot, name: "loss")
///     if let note = output.note { print(note) }
///
/// `write` creates `name.gp` and its data (`name.dat`, or `name-1.dat`, `name-2.dat`, ...),
/// then runs gnuplot in the directory to create `name.png` (or `.svg`, `.pdf`). The script
/// refers to its data by relative names, so `cd DIR && gnuplot name.gp` renders the same
/// picture, and `gnuplot -e 'format="svg"' name.gp` renders it as SVG instead.
///
/// Without gnuplot installed, writing still succeeds: the result carries a `note` saying
/// how to install gnuplot and render the scripts later.
public struct PlotWriter: Sendable {
    /// The directory the files go into; created when missing.
    public var directory: URL
    /// The format rendered pictures have.
    public var format: PlotFormat
    /// Whether to run gnuplot after writing the script and data.
    public var rendersImages: Bool
    /// The gnuplot command, looked up on the `PATH` (or a path to the executable).
    public var gnuplotExecutable: String
    /// Seconds gnuplot may take over one plot before it is stopped.
    public var timeLimit: Int

    /// A writer into `directory` rendering `format` pictures when `render` is true, with
    /// the gnuplot found as `gnuplotExecutable` (tests pass a name that does not exist, or
    /// a stand-in that fails or hangs), stopped after `timeLimit` seconds a plot.
    public init(directory: URL, format: PlotFormat = .png, render: Bool = true,
                gnuplotExecutable: String = "gnuplot", timeLimit: Int = 60) {
        self.directory = directory
        self.format = format
        self.rendersImages = render
        self.gnuplotExecutable = gnuplotExecutable
        self.timeLimit = timeLimit
    }

    /// Whether a plot was not rendered because gnuplot is not installed.
    public func isGnuplotMissing(_ output: PlotOutput) -> Bool {
        rendersImages && output.imageURL == nil && output.note != nil
    }

    /// Writes `plot` as `name.gp` plus its data files and, if rendering is on, renders it.
    ///
    /// Throws `PlotError.invalidName` for a name with a `/`, `PlotError.gnuplotFailed`
    /// (with gnuplot's error output) when gnuplot rejects the script,
    /// `PlotError.gnuplotTimedOut` when it hangs, and file-system errors. The script and
    /// its data are written before gnuplot runs, so they stay whatever gnuplot does. A
    /// missing gnuplot is not an error: see `PlotOutput.note`.
    @discardableResult
    public func write(_ plot: some Plot, name: String) throws -> PlotOutput {
        guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else {
            throw PlotError.invalidName(name)
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

        var body = PlotScript()
        plot.draw(into: &body)
        let dataFileNames = PlotWriter.dataFileNames(name: name, count: body.dataTables.count)
        var dataURLs: [URL] = []
        for (table, fileName) in zip(body.dataTables, dataFileNames) {
            let url = directory.appendingPathComponent(fileName)
            try table.text.write(to: url, atomically: true, encoding: .utf8)
            dataURLs.append(url)
        }
        let scriptURL = directory.appendingPathComponent(name + ".gp")
        let script = ScriptTemplate.script(name: name, summary: plot.summary, size: plot.size,
                                           dataFileNames: dataFileNames,
                                           body: body.text(dataFileNames: dataFileNames))
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)

        guard rendersImages else {
            let note = "Rendering is switched off; the script and its data are in \(directory.path). "
                + "To render them: \(renderCommand(name: name))"
            return PlotOutput(scriptURL: scriptURL, dataURLs: dataURLs, imageURL: nil, note: note, warnings: "")
        }
        let imageURL = directory.appendingPathComponent(name + "." + format.fileExtension)
        // An image left from an earlier run would hide a render that wrote nothing.
        try? FileManager.default.removeItem(at: imageURL)
        switch try GnuplotRunner.run(executable: gnuplotExecutable, scriptURL: scriptURL,
                                     format: format, directory: directory, timeLimit: timeLimit) {
        case .timedOut(let seconds):
            throw PlotError.gnuplotTimedOut(scriptURL: scriptURL, seconds: seconds)
        case .notFound:
            let note = "gnuplot was not found (looked for \"\(gnuplotExecutable)\"), so "
                + "\(imageURL.lastPathComponent) was not rendered. The script and its data are in "
                + "\(directory.path). To render them, install gnuplot (apt-get install gnuplot-nox; "
                + "on macOS, brew install gnuplot), then run: \(renderCommand(name: name))"
            return PlotOutput(scriptURL: scriptURL, dataURLs: dataURLs, imageURL: nil, note: note, warnings: "")
        case .finished(let status, let standardError):
            guard status == 0, FileManager.default.fileExists(atPath: imageURL.path) else {
                let message = status == 0
                    ? standardError + "\n(gnuplot exited normally but wrote no \(imageURL.lastPathComponent))"
                    : standardError
                throw PlotError.gnuplotFailed(scriptURL: scriptURL, exitStatus: status, standardError: message)
            }
            let warnings = standardError.trimmingCharacters(in: .whitespacesAndNewlines)
            return PlotOutput(scriptURL: scriptURL, dataURLs: dataURLs, imageURL: imageURL, note: nil,
                              warnings: warnings)
        }
    }

    /// Whether `executable` names a runnable file on the `PATH` (or is a path to one):
    /// lets a program or test skip rendering up front when gnuplot is not installed.
    public static func isGnuplotInstalled(_ executable: String = "gnuplot") -> Bool {
        if executable.contains("/") { return FileManager.default.isExecutableFile(atPath: executable) }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { directory in
            FileManager.default.isExecutableFile(atPath: "\(directory)/\(executable)")
        }
    }

    /// `name.dat` for one table; `name-1.dat`, `name-2.dat`, ... for several.
    static func dataFileNames(name: String, count: Int) -> [String] {
        count == 1 ? [name + ".dat"] : (0..<count).map { "\(name)-\($0 + 1).dat" }
    }

    /// The shell command that renders `name.gp` in this writer's format.
    private func renderCommand(name: String) -> String {
        let formatOption = format == .png ? "" : "-e 'format=\"\(format.rawValue)\"' "
        return "cd \(ShellQuoting.quoted(directory.path)) && gnuplot \(formatOption)\(ShellQuoting.quoted(name + ".gp"))"
    }
}

/// Quoting for the commands shown in notes, which a person pastes into a shell.
enum ShellQuoting {
    /// `text` unchanged when it is safe in a shell, else in single quotes.
    static func quoted(_ text: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+:,@%=")
        if !text.isEmpty && text.allSatisfy({ safe.contains($0) }) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
