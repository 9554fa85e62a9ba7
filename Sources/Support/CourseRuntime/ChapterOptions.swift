// The command-line options that every chapter executable shares.
//
// A chapter declares them with
//
//     @main
//     struct Chapter02: ParsableCommand {
//         @OptionGroup var options: ChapterOptions
//         mutating func run() throws {
//             let epochs = try options.epochs(default: 20, quick: 2)
//             ...
//         }
//     }
//
// `import CourseRuntime` is enough: it re-exports ArgumentParser.

@_exported import ArgumentParser
import Foundation

/// The options shared by all chapters: `--seed`, `--epochs`, `--quick`, `--data-dir`,
/// `--plots-dir`, `--no-plots` and `--plot-format`.
public struct ChapterOptions: ParsableArguments, Sendable {
    /// The file format of the plots a chapter writes.
    public enum PlotFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
        case png, svg, pdf

        /// The file name extension, without the dot (`"png"`).
        public var fileExtension: String { rawValue }
    }

    @Option(help: ArgumentHelp(
        "Seed of the random number generator: the same seed gives the same numbers.",
        valueName: "n"))
    public var seed: UInt64 = 42

    @Option(help: ArgumentHelp(
        "Number of training epochs (a positive integer). Default: the chapter's own choice.",
        valueName: "n"))
    public var epochs: Int?

    @Flag(help: "Smoke run of a few seconds: fewer epochs and less data. Used by the test suite.")
    public var quick = false

    @Option(help: ArgumentHelp(
        "Folder of IDX files (train-images-idx3-ubyte and friends, optionally .gz), such as MNIST. "
            + "Default: the Fashion-MNIST package's folder.",
        valueName: "path"))
    public var dataDir: String?

    @Option(help: ArgumentHelp(
        "Folder for plots; each chapter writes into its own subfolder NN-slug of it.",
        valueName: "path"))
    public var plotsDir: String = "plots"

    @Flag(help: "Skip writing plots.")
    public var noPlots = false

    @Option(help: ArgumentHelp("File format of the plots.", valueName: "png|svg|pdf"))
    public var plotFormat: PlotFormat = .png

    public init() {}

    public func validate() throws {
        if let epochs, epochs <= 0 {
            throw ValidationError("--epochs must be a positive integer, not \(epochs).")
        }
    }

    // MARK: - Resolved values

    /// The number of epochs to train: an explicit `--epochs` wins; otherwise `quick` under
    /// `--quick` and `default` without it.
    ///
    /// - Throws: `ValidationError` if the resolved number is not positive.
    public func epochs(default defaultEpochs: Int, quick quickEpochs: Int) throws -> Int {
        let resolved = epochs ?? (quick ? quickEpochs : defaultEpochs)
        guard resolved > 0 else {
            let source = epochs != nil ? "--epochs" : (quick ? "the chapter's quick epoch count" : "the chapter's default epoch count")
            throw ValidationError("The number of epochs must be positive, but \(source) is \(resolved).")
        }
        return resolved
    }

    /// `quick` under `--quick`, `full` otherwise: for sizes such as the number of training samples.
    public func value<Value>(_ full: Value, quick quickValue: Value) -> Value {
        quick ? quickValue : full
    }

    /// Whether the chapter should write plots (no `--no-plots`).
    public var writesPlots: Bool { !noPlots }

    /// The folder given with `--data-dir`, or `nil` for the default data set's folder.
    public var dataDirectory: URL? {
        dataDir.map { URL(fileURLWithPath: $0, isDirectory: true) }
    }

    /// The folder given with `--data-dir`, or `defaultDirectory` when there is none.
    public func dataDirectory(default defaultDirectory: @autoclosure () throws -> URL) rethrows -> URL {
        if let dataDirectory { return dataDirectory }
        return try defaultDirectory()
    }

    /// The chapter's folder for plots: `<plots-dir>/<slug>`, e.g. `plots/01-perceptron`.
    /// Nothing is created; see `preparePlotsDirectory(for:)`.
    public func plotsDirectory(for slug: String) -> URL {
        URL(fileURLWithPath: plotsDir, isDirectory: true)
            .appendingPathComponent(slug, isDirectory: true)
    }

    /// The file of one plot: `<plots-dir>/<slug>/<name>.<format>`.
    public func plotFile(_ name: String, chapter slug: String) -> URL {
        plotsDirectory(for: slug)
            .appendingPathComponent(name, isDirectory: false)
            .appendingPathExtension(plotFormat.fileExtension)
    }

    /// Creates the chapter's plot folder and returns it, or returns `nil` under `--no-plots`.
    public func preparePlotsDirectory(for slug: String) throws -> URL? {
        guard writesPlots else { return nil }
        let directory = plotsDirectory(for: slug)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
