import Foundation
import Gnuplot
import Testing

/// A plot whose script gnuplot rejects, to see its complaint reach the caller.
private struct GnuplotBrokenPlot: Plot {
    var size: PlotSize { .standard }
    var summary: String { "A deliberately broken plot" }

    func draw(into script: inout PlotScript) {
        script.add("set no_such_option_exists")
        script.add("plot x")
    }
}

/// Real gnuplot runs on the written scripts; skipped where gnuplot is not installed.
@Suite("Gnuplot rendering", .enabled(if: PlotWriter.isGnuplotInstalled(), "gnuplot is not installed"))
struct GnuplotRenderingTests {
    /// One example of every plot kind, with awkward data: NaN, infinities, quotes, a log axis.
    static let examples: [(name: String, plot: any Plot)] = {
        let samples = GnuplotFiles.spreadSamples(600)
        let loss = LinePlot(title: #"Loss "diverging" \ run"#, xLabel: "epoch", yLabel: "loss", logY: true,
                            legend: .bottomLeft,
                            series: [LineSeries(title: "train", ys: [2, 1, 0.5, .nan, .infinity]),
                                     LineSeries(title: "validation", ys: [2.2, 1.3, 0.9, 0.8], style: .linesPoints,
                                                dash: .dashed),
                                     LineSeries(title: "all NaN", ys: [.nan])])
        let grid = (0..<20).map { row in (0..<30).map { column in Double((row + column) % 3) } }
        let scatter = ScatterPlot(title: "Three classes", xLabel: "x1", yLabel: "x2",
                                  classes: (0..<3).map { k in
                                      ScatterClass(label: "class \(k)", xs: samples[(k * 20)..<(k * 20 + 20)].map { $0 * 4 - 2 },
                                                   ys: samples[(k * 20 + 60)..<(k * 20 + 80)].map { $0 * 4 - 2 })
                                  },
                                  region: DecisionRegion(xRange: -2...2, yRange: -2...2, values: grid),
                                  lines: [LineSeries(title: "epoch 1", xs: [-2, 2], ys: [-1, 1]),
                                          LineSeries(title: "epoch 9", xs: [-2, 2], ys: [1, -1])])
        let scores = ScatterPlot(classes: [ScatterClass(label: "a", xs: [0], ys: [0])],
                                 region: DecisionRegion(xRange: -1...1, yRange: -1...1,
                                                        values: [[0, 0.2], [0.7, 1]], coloring: .scores))
        let weights = ImageGrid(title: "Weights", columns: 5, palette: .diverging, colorRange: .perImage,
                                images: (0..<10).map { k in
                                    ImageGrid.Image(title: "\(k)", rows: 28, columns: 28,
                                                    values: (0..<784).map { sin(Double($0 * (k + 1)) / 50) })
                                })
        let histogram = Histogram(title: "Activations", xLabel: "value", normalization: .fraction,
                                  datasets: [.init(title: "layer 1", values: samples),
                                             .init(title: "layer 2", values: samples.map { $0 * $0 })])
        let panels = Multiplot(title: "Per layer", columns: 3,
                               panels: [histogram, Histogram(logY: true, datasets: [.init(title: "w", values: samples)]),
                                        loss])
        let confusion = Heatmap.confusionMatrix((0..<10).map { t in (0..<10).map { p in t == p ? 950 : (t + p) % 7 } },
                                                classNames: (0...9).map(String.init))
        return [("loss", loss), ("scatter", scatter), ("scores", scores), ("weights", weights),
                ("histogram", histogram), ("panels", panels), ("confusion", confusion),
                ("empty", LinePlot(series: []))]
    }()

    @Test("PNG rendering produces files beginning with the PNG signature, for every plot kind")
    func pngRendering() throws {
        try GnuplotScratchDirectory.with { directory in
            let writer = PlotWriter(directory: directory)
            for (name, plot) in GnuplotRenderingTests.examples {
                let output = try writer.write(plot, name: name)
                let image = try #require(output.imageURL, "\(name) was not rendered")
                #expect(image.lastPathComponent == "\(name).png")
                #expect(try GnuplotFiles.prefix(image, count: 8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
                #expect(output.note == nil)
                #expect(output.warnings.isEmpty, "\(name): \(output.warnings)")
            }
        }
    }

    @Test("run on its own, a script renders SVG when the format variable says so, and PNG otherwise")
    func formatSwitch() throws {
        try GnuplotScratchDirectory.with { directory in
            let (name, plot) = GnuplotRenderingTests.examples[5]
            try PlotWriter(directory: directory, render: false).write(plot, name: name)

            #expect(try GnuplotFiles.runGnuplot(["-e", "format=\"svg\"", "\(name).gp"], in: directory) == 0)
            let svg = String(decoding: try GnuplotFiles.prefix(directory.appendingPathComponent("\(name).svg"), count: 5),
                             as: UTF8.self)
            #expect(svg == "<?xml" || svg.hasPrefix("<svg"))

            #expect(try GnuplotFiles.runGnuplot(["\(name).gp"], in: directory) == 0)
            #expect(try GnuplotFiles.prefix(directory.appendingPathComponent("\(name).png"), count: 4)
                    == [0x89, 0x50, 0x4E, 0x47])
        }
    }

    @Test("the writer renders SVG and PDF when asked")
    func writerFormats() throws {
        try GnuplotScratchDirectory.with { directory in
            let plot = GnuplotRenderingTests.examples[0].plot
            let svg = try #require(try PlotWriter(directory: directory, format: .svg).write(plot, name: "slide").imageURL)
            #expect(svg.pathExtension == "svg")
            #expect(String(decoding: try GnuplotFiles.prefix(svg, count: 5), as: UTF8.self) == "<?xml")
            let pdf = try #require(try PlotWriter(directory: directory, format: .pdf).write(plot, name: "slide").imageURL)
            #expect(String(decoding: try GnuplotFiles.prefix(pdf, count: 5), as: UTF8.self) == "%PDF-")
        }
    }

    @Test("a broken script surfaces gnuplot's error text and the script's path")
    func brokenScriptSurfacesError() throws {
        try GnuplotScratchDirectory.with { directory in
            let error = try #require(throws: PlotError.self) {
                try PlotWriter(directory: directory).write(GnuplotBrokenPlot(), name: "broken")
            }
            let message = String(describing: error)
            #expect(message.lowercased().contains("unrecognized option"))
            #expect(message.contains("\"broken.gp\" line"))
            #expect(message.contains(directory.appendingPathComponent("broken.gp").path))
            guard case .gnuplotFailed(_, let status, let standardError) = error else {
                Issue.record("expected gnuplotFailed, got \(error)")
                return
            }
            #expect(status != 0)
            #expect(standardError.contains("no_such_option_exists"))
        }
    }
}
