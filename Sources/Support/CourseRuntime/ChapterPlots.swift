// Where a chapter's plots go and how they are rendered, from its command-line options.
// A plot gnuplot cannot draw is reported and skipped: the chapter's training is worth
// more than one picture, and the plot's script and data stay to be drawn later.
import Gnuplot

/// Writes a chapter's plots into `<plots-dir>/<slug>` in the format of `--plot-format`,
/// or writes nothing under `--no-plots`, and remembers what it wrote for one closing note.
public final class ChapterPlots {
    /// The writer, or nil under `--no-plots`.
    public let writer: PlotWriter?
    /// The chapter's folder name, such as `03-classification`.
    private let slug: String
    private var written: [String] = []
    private var failed: [String] = []
    private var gnuplotMissing = false

    /// `gnuplot` and `timeLimit` choose the renderer and how long it may take a plot
    /// (tests pass stand-ins).
    public init(options: ChapterOptions, slug: String, gnuplot: String = "gnuplot", timeLimit: Int = 60) {
        self.slug = slug
        writer = options.writesPlots
            ? PlotWriter(directory: options.plotsDirectory(for: slug),
                         format: PlotFormat(rawValue: options.plotFormat.rawValue) ?? .png,
                         gnuplotExecutable: gnuplot, timeLimit: timeLimit)
            : nil
    }

    /// Writes `plot` as `name.gp` with its data, and renders it when gnuplot is installed.
    /// A render that fails or hangs is reported here and the chapter goes on.
    public func write(_ plot: some Plot, name: String) throws {
        guard let writer else { return }
        do {
            let output = try writer.write(plot, name: name)
            gnuplotMissing = gnuplotMissing || writer.isGnuplotMissing(output)
        } catch let error as PlotError {
            if case .invalidName = error { throw error }
            failed.append(name)
            print("   plot \(name) was not drawn: \(error)")
        }
        // Reached only when the script and its data were written, drawn or not.
        written.append(name)
    }

    /// One closing note: where the plots went, and how to draw those that were not.
    public var closingNote: String? {
        guard let writer, !written.isEmpty else { return nil }
        let folder = writer.directory.relativePath
        let redraw = "swift run course plots \(Int(slug.prefix(2)) ?? 0)"
        if gnuplotMissing {
            return "plots: \(written.count) written to \(folder) as .gp scripts with their data, not drawn: "
                + "gnuplot is not installed. Install it (apt-get install gnuplot-nox), then draw them all with `\(redraw)`."
        }
        if !failed.isEmpty {
            return "plots: \(written.count) written to \(folder) as .gp scripts with their data; "
                + "\(written.count - failed.count) drawn as .\(writer.format.fileExtension), \(failed.count) not "
                + "(\(failed.joined(separator: ", "))): fix what gnuplot said above, then draw them with `\(redraw)`."
        }
        return "plots: \(written.count) written to \(folder) as .gp scripts with their data, "
            + "rendered as .\(writer.format.fileExtension)"
    }

    /// Prints the closing note, after a blank line.
    public func printNote() {
        if let closingNote { print("\n" + closingNote) }
    }
}
