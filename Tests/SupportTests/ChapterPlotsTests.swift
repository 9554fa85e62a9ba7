// A chapter's plots when gnuplot fails, hangs or is missing: the chapter goes on, the
// scripts and data stay, and one note says how to draw them.
import CourseGrading
import CourseRuntime
import Foundation
import Gnuplot
import Testing

@Suite("Chapter plots: a renderer that fails, hangs or is missing")
struct ChapterPlotsTests {
    /// A stand-in for gnuplot: a shell script in `folder` that runs `body`.
    static func fakeGnuplot(_ body: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("fake-gnuplot")
        try "#!/bin/sh\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    static let plot = LinePlot(title: "t", xLabel: "x", yLabel: "y",
                               series: [LineSeries(title: "s", xs: [0, 1], ys: [1, 2])])

    /// Options writing plots into `folder`.
    static func options(_ folder: URL) throws -> ChapterOptions {
        try ChapterOptions.parse(["--plots-dir", folder.path])
    }

    @Test("a gnuplot that fails is reported, the chapter goes on and the files stay")
    func failing() throws {
        try IDXTestSupport.withTemporaryDirectory { folder in
            let gnuplot = try Self.fakeGnuplot("echo 'line 3: undefined variable' >&2; exit 1", in: folder)
            let plots = ChapterPlots(options: try Self.options(folder), slug: "03-classification", gnuplot: gnuplot)
            try plots.write(Self.plot, name: "first")
            try plots.write(Self.plot, name: "second")
            let chapter = folder.appendingPathComponent("03-classification")
            for file in ["first.gp", "first.dat", "second.gp", "second.dat"] {
                #expect(FileManager.default.fileExists(atPath: chapter.appendingPathComponent(file).path), "\(file)")
            }
            let note = try #require(plots.closingNote)
            #expect(note.contains("0 drawn") || note.contains("2 not"), "\(note)")
            #expect(note.contains("swift run course plots 3"))
        }
    }

    @Test("a gnuplot that never exits is stopped at its time limit")
    func hanging() throws {
        try IDXTestSupport.withTemporaryDirectory { folder in
            let gnuplot = try Self.fakeGnuplot("sleep 600", in: folder)
            let plots = ChapterPlots(options: try Self.options(folder), slug: "04-backpropagation", gnuplot: gnuplot,
                                     timeLimit: 1)
            let clock = ContinuousClock()
            let start = clock.now
            try plots.write(Self.plot, name: "slow")
            #expect(clock.now - start < .seconds(120), "the time limit stopped gnuplot (it would sleep 600 s)")
            #expect(plots.closingNote?.contains("1 not (slow)") == true, "\(plots.closingNote ?? "")")
            // "…gnuplo[t]" matches the stand-in but not this pgrep's own command line.
            let pattern = gnuplot.dropLast() + "[" + gnuplot.suffix(1) + "]"
            let sleepers = try CommandRunner.run(["pgrep", "-f", String(pattern)], in: folder, seconds: 10)
            #expect(sleepers.output.isEmpty, "the stopped gnuplot is not left running: \(sleepers.output)")
            let writer = PlotWriter(directory: folder.appendingPathComponent("direct"), gnuplotExecutable: gnuplot, timeLimit: 1)
            #expect { try writer.write(Self.plot, name: "slow") } throws: { error in
                "\(error)".contains("did not finish") && "\(error)".contains("within 1 s and was stopped")
            }
        }
    }

    @Test("without gnuplot, one note names the package and the command that draws them all")
    func missing() throws {
        try IDXTestSupport.withTemporaryDirectory { folder in
            let plots = ChapterPlots(options: try Self.options(folder), slug: "03-classification",
                                     gnuplot: "no-such-gnuplot-here")
            for name in ["a", "b", "c"] { try plots.write(Self.plot, name: name) }
            let note = try #require(plots.closingNote)
            #expect(note.contains("gnuplot-nox") && note.contains("`swift run course plots 3`"), "\(note)")
            #expect(!note.contains("a.gp") && note.contains("3 written"))
        }
    }
}
