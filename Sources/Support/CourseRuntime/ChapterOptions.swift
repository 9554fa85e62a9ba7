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

    // `.unconditional` takes "-5" as the value rather than as another option, so the
    // message can say what is wrong with it.
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Seed of the random number generator: the same seed gives the same numbers.",
        valueName: "n"), transform: ChapterOptions.seed(from:))
    public var seed: UInt64 = 42

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Number of training epochs, 1 to \(ChapterOptions.maximumEpochs). Default: the chapter's own choice.",
        valueName: "n"))
    public var epochs: Int?

    @Flag(help: "Smoke run of a few seconds: fewer epochs and less data. Used by the test suite.")
    public var quick = false

    @Option(help: ArgumentHelp(
        "Folder of IDX files (train-images-idx3-ubyte and friends, optionally .gz), such as MNIST; for chapter 08, "
            + "a folder of fortune files (each beside its .dat index). Default: the Fashion-MNIST package's folder (chapter 08: the fortunes package's).",
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

    /// More epochs than any chapter could finish; the bound keeps counts of steps finite.
    public static let maximumEpochs = 100_000

    /// A seed: a whole number from 0 to 2⁶⁴ − 1.
    static func seed(from text: String) throws -> UInt64 {
        guard let seed = UInt64(text) else {
            throw ValidationError("the seed must be a whole number from 0 to \(UInt64.max), not \(text)")
        }
        return seed
    }

    /// Checks every option before any work starts. It also makes standard output
    /// line-buffered, so that a run stopped by Ctrl-C or SIGTERM with its output
    /// redirected to a file keeps every line it printed.
    public func validate() throws {
        if let epochs, !(1...Self.maximumEpochs).contains(epochs) {
            throw ValidationError("--epochs must be between 1 and \(Self.maximumEpochs), not \(epochs).")
        }
        if writesPlots { try Self.checkWritableFolder(plotsDir, option: "--plots-dir") }
        makeStandardOutputLineBuffered()
    }

    /// Creates `path` if needed and checks a file can be written in it, so a run does not
    /// train for minutes and then fail to save its plots.
    static func checkWritableFolder(_ path: String, option: String) throws {
        let manager = FileManager.default
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        let probe = folder.appendingPathComponent(".write-check-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data().write(to: probe)
            try manager.removeItem(at: probe)
        } catch {
            throw ValidationError("\(option) \(path): \(whyNotWritable(folder)). Name a folder you can write to"
                                  + (option == "--plots-dir" ? ", or pass --no-plots." : "."))
        }
    }

    /// Why no file can be written in `folder`, in the file system's terms.
    private static func whyNotWritable(_ folder: URL) -> String {
        let manager = FileManager.default
        var existing = folder.standardizedFileURL
        while !manager.fileExists(atPath: existing.path), existing.path != "/" { existing = existing.deletingLastPathComponent() }
        var isDirectory: ObjCBool = false
        _ = manager.fileExists(atPath: existing.path, isDirectory: &isDirectory)
        if isDirectory.boolValue { return "\(existing.path) does not let this user create folders or files in it" }
        return existing.path == folder.standardizedFileURL.path
            ? "it is a file, not a folder" : "\(existing.path) is a file, so no folder can be made inside it"
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

/// Checks, before any work, that a file can be written at `path` (an option such as `--save`):
/// its folder is created if needed and must take a new file, and `path` must not be a folder.
public func checkWritableFile(_ path: String, option: String, example: String = "network.ckpt") throws {
    guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw ValidationError("\(option) needs a file name, and was given an empty one.")
    }
    guard !path.hasSuffix("/") else {
        throw ValidationError("\(option) \(path) names a folder (it ends in /); name a file in it instead, such as "
                              + "\(path)\(example).")
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        throw ValidationError("\(option) \(path) is a folder; name a file in it instead.")
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    try ChapterOptions.checkWritableFolder(folder, option: option)
}
