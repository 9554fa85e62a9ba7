import Foundation
import Gnuplot
import Testing

/// The scripts and data files the writer produces, checked as text; gnuplot is not run.
@Suite("Gnuplot scripts and data files")
struct GnuplotScriptTests {
    /// A writer that only writes, into `directory`.
    private func writer(_ directory: URL) -> PlotWriter {
        PlotWriter(directory: directory, render: false)
    }

    @Test("line data holds the finite points and breaks the curve at NaN and infinities")
    func lineDataLeavesOutNonFinitePoints() throws {
        try GnuplotScratchDirectory.with { directory in
            let diverging = LineSeries(title: "diverging", xs: [1, 2, 3, 4, 5, 6, 7],
                                       ys: [1, 0.5, .nan, .infinity, 0.25, -.infinity, 2])
            let plot = LinePlot(title: "Loss", series: [diverging, LineSeries(title: "flat", ys: [3, 3])])
            let output = try writer(directory).write(plot, name: "loss")

            #expect(output.dataURLs.map(\.lastPathComponent) == ["loss-1.dat", "loss-2.dat"])
            let rows = try GnuplotFiles.rows(output.dataURLs[0])
            #expect(rows == [[1, 1], [2, 0.5], [], [5, 0.25], [], [7, 2]])
            let text = try GnuplotFiles.text(output.dataURLs[0]).lowercased()
            #expect(!text.contains("nan") && !text.contains("inf"))
            #expect(try GnuplotFiles.rows(output.dataURLs[1]) == [[1, 3], [2, 3]])
        }
    }

    @Test("a single data table is called name.dat and the script refers to it by relative name")
    func singleDataFileIsReferencedRelatively() throws {
        try GnuplotScratchDirectory.with { directory in
            let output = try writer(directory).write(LinePlot(series: [LineSeries(title: "a", ys: [1, 2])]),
                                                     name: "curve")
            #expect(output.dataURLs.map(\.lastPathComponent) == ["curve.dat"])
            let script = try GnuplotFiles.text(output.scriptURL)
            #expect(script.contains("plot \"curve.dat\" using 1:2"))
            #expect(script.contains("if (!exists(\"format\")) format = \"png\""))
            #expect(script.contains("set output \"curve.\" . format"))
            #expect(!script.contains(directory.path))
            #expect(!script.contains("\u{1}"))
        }
    }

    @Test("a series without any finite point keeps its legend entry instead of breaking the plot")
    func allNonFiniteSeriesKeepsLegendEntry() throws {
        try GnuplotScratchDirectory.with { directory in
            let plot = LinePlot(series: [LineSeries(title: "ok", ys: [1, 2]),
                                         LineSeries(title: "exploded", ys: [.nan, .infinity])])
            let script = try GnuplotFiles.text(try writer(directory).write(plot, name: "mixed").scriptURL)
            #expect(script.contains("NaN with lines"))
            #expect(script.contains("\"exploded (no finite points)\""))
            #expect(!script.contains("\"mixed-2.dat\" using"))
        }
    }

    @Test("logarithmic axes are set in the script and non-positive values are left out on them")
    func logarithmicAxes() throws {
        try GnuplotScratchDirectory.with { directory in
            let series = LineSeries(title: "rate", xs: [0.001, 0.01, 0.1, 1], ys: [2, 0, 1, -1])
            let logPlot = LinePlot(logX: true, logY: true, series: [series])
            let output = try writer(directory).write(logPlot, name: "log")
            let script = try GnuplotFiles.text(output.scriptURL)
            #expect(script.contains("set logscale x"))
            #expect(script.contains("set logscale y"))
            #expect(try GnuplotFiles.rows(output.dataURLs[0]) == [[0.001, 2], [], [0.1, 1], []])

            let linear = try writer(directory).write(LinePlot(series: [series]), name: "linear")
            #expect(!(try GnuplotFiles.text(linear.scriptURL)).contains("logscale"))
        }
    }

    @Test("an axis that counts gets whole-number tics, about eight across its data")
    func integerTics() throws {
        try GnuplotScratchDirectory.with { directory in
            let epochs = LineSeries(title: "mistakes", xs: [1, 2, 3, 4, 5, 6, 7], ys: [40, 31, 12, 5, 2, 1, 0])
            let counted = LinePlot(integerX: true, integerY: true, series: [epochs])
            let script = try GnuplotFiles.text(try writer(directory).write(counted, name: "counted").scriptURL)
            // x spans 6: steps of 1; y spans 40: steps of 5 (40/5 = 8 tics), never 2.5 or 0.5.
            #expect(script.contains("set xtics 1\n"))
            #expect(script.contains("set ytics 5\n"))
            #expect(script.contains("set format x \"%.0f\""))
            let plain = try GnuplotFiles.text(try writer(directory).write(LinePlot(series: [epochs]), name: "plain").scriptURL)
            #expect(!plain.contains("set xtics"))
            // A wide range: 0 ... 3000 in steps of 500.
            let wide = LinePlot(integerX: true, series: [LineSeries(title: "", xs: [0, 3000], ys: [1, 2])])
            #expect(try GnuplotFiles.text(try writer(directory).write(wide, name: "wide").scriptURL).contains("set xtics 500\n"))
        }
    }

    @Test("quotes and backslashes in titles are escaped")
    func titlesAreEscaped() throws {
        try GnuplotScratchDirectory.with { directory in
            let plot = LinePlot(title: #"the "best" \ worst"#, xLabel: "epoch",
                                series: [LineSeries(title: #"say "hi""#, ys: [1])])
            let script = try GnuplotFiles.text(try writer(directory).write(plot, name: "quotes").scriptURL)
            #expect(script.contains(#"set title "the \"best\" \\ worst""#))
            #expect(script.contains(#"title "say \"hi\"""#))
        }
    }

    @Test("Float initialisers write short decimals")
    func floatValuesStayReadable() throws {
        try GnuplotScratchDirectory.with { directory in
            let plot = LinePlot(series: [LineSeries(title: "f", xs: [Float(0.1), 0.2], ys: [Float(0.3), 1e-5])])
            let text = try GnuplotFiles.text(try writer(directory).write(plot, name: "floats").dataURLs[0])
            #expect(text.contains("0.1 0.3\n"))
            #expect(text.contains("0.2 1e-05\n"))
        }
    }

    @Test("an image grid lays out a multiplot with one matrix file per image")
    func imageGridLayout() throws {
        try GnuplotScratchDirectory.with { directory in
            let images = (0..<5).map { index in
                ImageGrid.Image(title: "filter \(index)", rows: 2, columns: 3,
                                values: (0..<6).map { Double($0 - 2 * index) })
            }
            let grid = ImageGrid(title: "Filters", columns: 3, palette: .diverging, images: images)
            let output = try writer(directory).write(grid, name: "filters")
            let script = try GnuplotFiles.text(output.scriptURL)
            #expect(script.contains("set multiplot layout 2,3"))
            #expect(script.contains("unset multiplot"))
            #expect(output.dataURLs.count == 5)
            #expect(try GnuplotFiles.rows(output.dataURLs[1]) == [[-2, -1, 0], [1, 2, 3]])
            // Shared diverging range: symmetric around zero and the same for every image.
            let ranges = script.split(separator: "\n").filter { $0.hasPrefix("set cbrange") }
            #expect(ranges.count == 5 && Set(ranges) == ["set cbrange [-8:8]"])
            // One colour bar, with the last image, for the shared scale; none for per-image scales.
            #expect(script.components(separatedBy: "set colorbox user").count == 2)
            #expect(script.components(separatedBy: "unset colorbox").count == 5)
            let perImage = ImageGrid(columns: 3, palette: .diverging, colorRange: .perImage, images: images)
            let perImageScript = try GnuplotFiles.text(try writer(directory).write(perImage, name: "per-image").scriptURL)
            #expect(!perImageScript.contains("set colorbox user"))
        }
    }

    @Test("an image with a palette of its own is drawn in it, the others in the grid's: a picture beside its heat map")
    func imageGridPalettePerImage() throws {
        try GnuplotScratchDirectory.with { directory in
            let values = (0..<4).map(Double.init)
            let grid = ImageGrid(columns: 2, palette: .grey, colorRange: .perImage, images: [
                ImageGrid.Image(title: "picture", rows: 2, columns: 2, values: values),
                ImageGrid.Image(title: "map", rows: 2, columns: 2, values: values, palette: .heat),
            ])
            let script = try GnuplotFiles.text(try writer(directory).write(grid, name: "palettes").scriptURL)
            // Each panel starts with its comment, "# Image 1: picture"; the script's first line names the grid.
            let panels = script.components(separatedBy: "# Image ").filter { $0.first?.isNumber == true }
            #expect(panels.count == 2)
            #expect(panels.first!.contains("set palette grey") && !panels.first!.contains("\"#b2182b\""))
            #expect(panels.last!.contains("set palette defined (0 \"black\", 0.4 \"#b2182b\"") && !panels.last!.contains("set palette grey"))
        }
    }

    @Test("a multiplot lays out its panels and resets settings between them")
    func multiplotLayout() throws {
        try GnuplotScratchDirectory.with { directory in
            let panels: [any Plot] = (1...4).map { layer in
                Histogram(title: "layer \(layer)", datasets: [.init(title: "", values: GnuplotFiles.spreadSamples(50))])
            } + [LinePlot(title: "loss", logY: true, series: [LineSeries(title: "train", ys: [1, 0.5])])]
            let output = try writer(directory).write(Multiplot(title: "Activations", columns: 5, panels: panels),
                                                     name: "activations")
            let script = try GnuplotFiles.text(output.scriptURL)
            #expect(script.contains("set multiplot layout 1,5 rowsfirst title \"Activations\""))
            #expect(script.components(separatedBy: "\nreset\n").count - 1 == 5)
            #expect(output.dataURLs.count == 5)
        }
    }

    @Test("histogram bin counts sum to the sample count")
    func histogramCountsSumToSampleCount() throws {
        try GnuplotScratchDirectory.with { directory in
            let first = GnuplotFiles.spreadSamples(1000)
            let second = GnuplotFiles.spreadSamples(400).map { $0 * 3 - 1 }
            let histogram = Histogram(binCount: 25, datasets: [.init(title: "a", values: first),
                                                               .init(title: "b", values: second)])
            #expect(histogram.bins().map(\.total) == [1000, 400])
            #expect(histogram.bins().allSatisfy { $0.counts.count == 25 && $0.leftOut == 0 })

            let output = try writer(directory).write(histogram, name: "histogram")
            for (url, sampleCount) in zip(output.dataURLs, [1000.0, 400.0]) {
                let rows = try GnuplotFiles.rows(url)
                #expect(rows.count == 25)
                #expect(rows.map { $0[2] }.reduce(0, +) == sampleCount)
            }
            #expect(try GnuplotFiles.text(output.scriptURL).contains("transparent solid"))
        }
    }

    @Test("histogram bins leave out non-finite and out-of-range samples and keep the upper edge")
    func histogramEdges() {
        let bins = HistogramBins(values: [0, 0.5, 1, 1.5, .nan, -.infinity, 2, 2.5], binCount: 4, range: 0...2)
        #expect(bins.counts == [1, 1, 1, 2])
        #expect(bins.leftOut == 3)
        #expect(bins.total + bins.leftOut == 8)
        #expect(bins.edges == [0, 0.5, 1, 1.5, 2])
    }

    @Test("a heatmap writes tick labels on both axes and a label in every cell")
    func heatmapLabels() throws {
        try GnuplotScratchDirectory.with { directory in
            let matrix = Heatmap.confusionMatrix([[5, 1, 0], [2, 7, 1], [0, 0, 9]], classNames: ["cat", "dog", "bird"])
            let output = try writer(directory).write(matrix, name: "confusion")
            let script = try GnuplotFiles.text(output.scriptURL)
            #expect(script.contains(#"set xtics ("cat" 0, "dog" 1, "bird" 2)"#))
            #expect(script.contains(#"set ytics ("cat" 0, "dog" 1, "bird" 2)"#))
            #expect(script.contains("value_format = \"%.0f\""))
            #expect(script.contains("sprintf(value_format, $3)"))
            #expect(script.contains("with labels"))
            #expect(try GnuplotFiles.rows(output.dataURLs[0]) == [[5, 1, 0], [2, 7, 1], [0, 0, 9]])
        }
    }

    @Test("a scatter plot writes its decision region grid, its classes and its boundary lines")
    func scatterPlotData() throws {
        try GnuplotScratchDirectory.with { directory in
            let region = DecisionRegion(xRange: 0...2, yRange: -1...1, values: [[0, 0, 1], [0, 1, 1]])
            let plot = ScatterPlot(classes: [ScatterClass(label: "zero", xs: [0.2, .nan], ys: [0.1, 0]),
                                             ScatterClass(label: "one", xs: [1.8], ys: [0.9])],
                                   region: region,
                                   lines: [LineSeries(title: "epoch 1", xs: [0, 2], ys: [1, -1]),
                                           LineSeries(title: "epoch 5", xs: [0, 2], ys: [0.5, -0.5])])
            let output = try writer(directory).write(plot, name: "blobs")
            #expect(output.dataURLs.count == 5)
            let regionRows = try GnuplotFiles.rows(output.dataURLs[0])
            #expect(regionRows.filter(\.isEmpty).count == 2)
            #expect(regionRows.filter { !$0.isEmpty }.map { Array($0.prefix(3)) }
                    == [[0, -1, 0], [1, -1, 0], [2, -1, 1], [0, 1, 0], [1, 1, 1], [2, 1, 1]])
            #expect(try GnuplotFiles.rows(output.dataURLs[1]) == [[0.2, 0.1]])
            let script = try GnuplotFiles.text(output.scriptURL)
            #expect(script.contains("with rgbimage"))
            #expect(script.contains("title \"epoch 5\""))
            #expect(script.contains("set xrange [0:2]"))
        }
    }

    @Test("a plot name with a folder in it is rejected")
    func invalidNameIsRejected() throws {
        try GnuplotScratchDirectory.with { directory in
            #expect(throws: PlotError.self) {
                try writer(directory).write(LinePlot(series: []), name: "sub/loss")
            }
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("sub").path))
        }
    }

    @Test("without gnuplot the script and data are still written, with a note on how to render them")
    func missingGnuplotLeavesNote() throws {
        try GnuplotScratchDirectory.with { directory in
            let writer = PlotWriter(directory: directory, gnuplotExecutable: "gnuplot-not-installed-\(UUID().uuidString)")
            let output = try writer.write(LinePlot(series: [LineSeries(title: "a", ys: [1, 2, 3])]), name: "loss")
            #expect(!output.isRendered)
            #expect(output.imageURL == nil)
            #expect(FileManager.default.fileExists(atPath: output.scriptURL.path))
            #expect(try GnuplotFiles.rows(output.dataURLs[0]) == [[1, 1], [2, 2], [3, 3]])
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("loss.png").path))
            let note = try #require(output.note)
            #expect(note.contains("gnuplot was not found"))
            #expect(note.contains("apt-get install gnuplot-nox"))
            #expect(note.contains("cd \(directory.path) && gnuplot loss.gp"))
        }
    }

    @Test("with rendering switched off the note says how to render in the chosen format")
    func renderingOffLeavesNote() throws {
        try GnuplotScratchDirectory.with { directory in
            let writer = PlotWriter(directory: directory, format: .svg, render: false)
            let output = try writer.write(LinePlot(series: [LineSeries(title: "a", ys: [1])]), name: "slide")
            #expect(output.imageURL == nil)
            #expect(output.note?.contains("gnuplot -e 'format=\"svg\"' slide.gp") == true)
        }
    }
}
