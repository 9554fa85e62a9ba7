import CourseRuntime
import Foundation
import Testing

@Suite("Chapter options")
struct ChapterOptionsTests {
    @Test("Defaults when no option is given")
    func defaults() throws {
        let options = try ChapterOptions.parse([])
        #expect(options.seed == 42)
        #expect(options.epochs == nil)
        #expect(options.quick == false)
        #expect(options.dataDir == nil)
        #expect(options.dataDirectory == nil)
        #expect(options.plotsDir == "plots")
        #expect(options.noPlots == false)
        #expect(options.writesPlots)
        #expect(options.plotFormat == .png)
    }

    @Test("Explicit values of every option")
    func explicitValues() throws {
        let options = try ChapterOptions.parse([
            "--seed", "7", "--epochs", "3", "--quick", "--data-dir", "/data/mnist",
            "--plots-dir", "/tmp/out", "--no-plots", "--plot-format", "svg",
        ])
        #expect(options.seed == 7)
        #expect(options.epochs == 3)
        #expect(options.quick)
        #expect(options.dataDirectory?.path == "/data/mnist")
        #expect(options.plotsDir == "/tmp/out")
        #expect(options.noPlots)
        #expect(!options.writesPlots)
        #expect(options.plotFormat == .svg)
        #expect(options.plotFormat.fileExtension == "svg")
    }

    @Test("The seed takes the full UInt64 range")
    func largeSeed() throws {
        let options = try ChapterOptions.parse(["--seed", "18446744073709551615"])
        #expect(options.seed == UInt64.max)
    }

    @Test("epochs(default:quick:) without --quick or --epochs gives the default")
    func epochsDefault() throws {
        #expect(try ChapterOptions.parse([]).epochs(default: 20, quick: 2) == 20)
    }

    @Test("epochs(default:quick:) with --quick gives the quick count")
    func epochsQuick() throws {
        #expect(try ChapterOptions.parse(["--quick"]).epochs(default: 20, quick: 2) == 2)
    }

    @Test("An explicit --epochs wins, with or without --quick")
    func epochsExplicit() throws {
        #expect(try ChapterOptions.parse(["--epochs", "5"]).epochs(default: 20, quick: 2) == 5)
        #expect(try ChapterOptions.parse(["--quick", "--epochs", "5"]).epochs(default: 20, quick: 2) == 5)
    }

    @Test("A non-positive resolved epoch count throws a ValidationError")
    func epochsResolvedNonPositive() throws {
        let options = try ChapterOptions.parse([])
        #expect(throws: ValidationError.self) { try options.epochs(default: 0, quick: 2) }
        let quick = try ChapterOptions.parse(["--quick"])
        #expect(throws: ValidationError.self) { try quick.epochs(default: 10, quick: -1) }
    }

    @Test("--epochs out of range is rejected when parsing, written either way",
          arguments: [["--epochs=0"], ["--epochs", "-3"], ["--epochs", "-1"], ["--epochs", "9223372036854775807"]])
    func epochsRejected(arguments: [String]) throws {
        let error = try #require(throws: (any Error).self) { try ChapterOptions.parse(arguments) }
        let message = ChapterOptions.message(for: error)
        #expect(message.contains("--epochs must be between 1 and 100000, not \(arguments.last!.split(separator: "=").last!)"),
                "\(message)")
    }

    @Test("a negative seed is read as a value, and refused with the range it must be in")
    func negativeSeed() throws {
        let error = try #require(throws: (any Error).self) { try ChapterOptions.parse(["--seed", "-5"]) }
        #expect(ChapterOptions.message(for: error).contains("the seed must be a whole number from 0 to 18446744073709551615, not -5"))
    }

    @Test("--plots-dir that cannot hold files is refused before any work, naming the option")
    func unusablePlotsDirectory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plots-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        for (path, reason) in [("/proc/course-plots", "/proc does not let this user create folders or files in it"),
                               (file.path + "/plots", "\(file.path) is a file, so no folder can be made inside it"),
                               (file.path, "it is a file, not a folder")] {
            let error = try #require(throws: (any Error).self) { try ChapterOptions.parse(["--plots-dir", path]) }
            let message = ChapterOptions.message(for: error)
            #expect(message.contains("--plots-dir \(path): \(reason)"), "\(message)")
            #expect((try? ChapterOptions.parse(["--plots-dir", path, "--no-plots"])) != nil, "--no-plots needs no folder")
        }
    }

    @Test("An invalid plot format is rejected")
    func invalidFormat() throws {
        let error = try #require(throws: (any Error).self) {
            try ChapterOptions.parse(["--plot-format", "gif"])
        }
        #expect(ChapterOptions.message(for: error).contains("gif"))
    }

    @Test("Every plot format parses", arguments: ChapterOptions.PlotFormat.allCases)
    func formats(format: ChapterOptions.PlotFormat) throws {
        let options = try ChapterOptions.parse(["--plot-format", format.rawValue])
        #expect(options.plotFormat == format)
        #expect(options.plotFile("loss", chapter: "02-linear-regression").pathExtension == format.rawValue)
    }

    @Test("value(_:quick:) picks the quick value under --quick")
    func quickValue() throws {
        #expect(try ChapterOptions.parse([]).value(60_000, quick: 512) == 60_000)
        #expect(try ChapterOptions.parse(["--quick"]).value(60_000, quick: 512) == 512)
    }

    @Test("The plot folder of a chapter is a subfolder of --plots-dir")
    func plotsDirectory() throws {
        let relative = try ChapterOptions.parse([]).plotsDirectory(for: "01-perceptron")
        #expect(relative.path.hasSuffix("/plots/01-perceptron"))
        let absolute = try ChapterOptions.parse(["--plots-dir", "/tmp/course-plots"])
        #expect(absolute.plotsDirectory(for: "01-perceptron").path == "/tmp/course-plots/01-perceptron")
        #expect(absolute.plotFile("decision-boundary", chapter: "01-perceptron").path
            == "/tmp/course-plots/01-perceptron/decision-boundary.png")
    }

    @Test("preparePlotsDirectory creates the folder, or returns nil under --no-plots")
    func preparePlotsDirectory() throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("course-runtime-plots-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }

        let skipped = try ChapterOptions.parse(["--plots-dir", root.path, "--no-plots"])
        #expect(try skipped.preparePlotsDirectory(for: "01-perceptron") == nil)
        #expect(!FileManager.default.fileExists(atPath: root.path))

        let options = try ChapterOptions.parse(["--plots-dir", root.path])
        let folder = try #require(try options.preparePlotsDirectory(for: "01-perceptron"))
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory))
        #expect(isDirectory.boolValue)
        #expect(folder.lastPathComponent == "01-perceptron")
    }

    @Test("dataDirectory(default:) prefers --data-dir")
    func dataDirectoryDefault() throws {
        let fallback = URL(fileURLWithPath: "/fashion-mnist")
        #expect(try ChapterOptions.parse([]).dataDirectory(default: fallback) == fallback)
        #expect(try ChapterOptions.parse(["--data-dir", "/mnist"]).dataDirectory(default: fallback).path == "/mnist")
    }

    @Test("The help lists every option with its value name")
    func help() {
        let help = ChapterOptions.helpMessage(columns: 200)
        for expected in ["--seed <n>", "--epochs <n>", "--quick", "--data-dir <path>", "--plots-dir <path>",
                         "--no-plots", "--plot-format <png|svg|pdf>", "the same seed gives the same numbers",
                         "Fashion-MNIST"] {
            #expect(help.contains(expected), "help lacks \(expected)")
        }
    }
}
