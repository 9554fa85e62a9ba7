// Where a chapter's plots go and how they are rendered, from its command-line options.
import Gnuplot

/// Writes a chapter's plots into `<plots-dir>/<slug>` in the format of `--plot-format`,
/// or writes nothing under `--no-plots`, and remembers what it wrote for one closing line.
public final class ChapterPlots {
    /// The writer, or nil under `--no-plots`.
    public let writer: PlotWriter?
    private var written: [String] = []
    private var note: String?

    public init(options: ChapterOptions, slug: String) {
        writer = options.writesPlots
            ? PlotWriter(directory: options.plotsDirectory(for: slug),
                         format: PlotFormat(rawValue: options.plotFormat.rawValue) ?? .png)
            : nil
    }

    /// Writes `plot` as `name.gp` with its data, and renders it when gnuplot is installed.
    public func write(_ plot: some Plot, name: String) throws {
        guard let writer else { return }
        let output = try writer.write(plot, name: name)
        written.append(name)
        if note == nil { note = output.note }
    }

    /// One line saying where the plots went (and, without gnuplot, how to render them).
    public func printNote() {
        guard let writer, !written.isEmpty else { return }
        print("\nplots: \(written.count) written to \(writer.directory.relativePath) as .gp scripts with their data"
              + (note == nil ? ", rendered as .\(writer.format.fileExtension)" : ""))
        if let note { print(note) }
    }
}
