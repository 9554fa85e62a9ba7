/// The points of one class in a `ScatterPlot`.
public struct ScatterClass: Sendable {
    /// The legend entry, for example `setosa` or `class 1`.
    public var label: String
    /// The x coordinates.
    public var xs: [Double]
    /// The y coordinates, one per x.
    public var ys: [Double]
    /// `#rrggbb`; nil picks the colour of the class's position. A `#rrggbb` colour also
    /// tints this class's cells of a decision region.
    public var color: String?

    /// The points (`xs[i]`, `ys[i]`) of one class; points with a non-finite coordinate are left out.
    public init(label: String, xs: [Double], ys: [Double], color: String? = nil) {
        precondition(xs.count == ys.count, "ScatterClass \"\(label)\": \(xs.count) x values but \(ys.count) y values")
        self.label = label
        self.xs = xs
        self.ys = ys
        self.color = color
    }

    /// The points of one class from Float coordinates.
    @_disfavoredOverload // literals mean Double
    public init(label: String, xs: [Float], ys: [Float], color: String? = nil) {
        self.init(label: label, xs: [Double](readable: xs), ys: [Double](readable: ys), color: color)
    }
}

/// A grid of values over a rectangle of the plane, drawn as a pale background: what a
/// classifier predicts at each place.
///
/// `values[i][j]` is the value at x = the j-th of `values[i].count` evenly spaced points
/// from `xRange.lowerBound` to `xRange.upperBound`, and y = the i-th of `values.count`
/// evenly spaced points of `yRange`. Row 0 is the bottom (the smallest y), as on the axes.
public struct DecisionRegion: Sendable {
    /// What the values mean, which decides their colours.
    public enum Coloring: Sendable, Hashable {
        /// Class indices 0, 1, 2, ...: each cell gets a pale version of that class's colour.
        case classes
        /// Continuous scores (a probability, a margin): a pale blue-white-red scale with a colour bar.
        case scores
    }

    /// The interval of x the grid covers.
    public var xRange: ClosedRange<Double>
    /// The interval of y the grid covers.
    public var yRange: ClosedRange<Double>
    /// The grid, bottom row first; at least 2 x 2, every row the same length.
    public var values: [[Double]]
    /// How values turn into colours.
    public var coloring: Coloring

    /// A region over `xRange` x `yRange` sampled as `values` (see the type's description).
    public init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, values: [[Double]],
                coloring: Coloring = .classes) {
        let columns = values.first?.count ?? 0
        precondition(values.count >= 2 && columns >= 2, "DecisionRegion: the grid needs at least 2 x 2 values")
        precondition(values.allSatisfy { $0.count == columns }, "DecisionRegion: every row needs \(columns) values")
        self.xRange = xRange
        self.yRange = yRange
        self.values = values
        self.coloring = coloring
    }

    /// The grid as `x y value red green blue` rows, a blank line after each grid row, as
    /// gnuplot's `with image` and `with rgbimage` read it.
    func dataTable(classColors: [String]) -> DataTable {
        let rows = values.count, columns = values[0].count
        var table = DataTable(description: "decision region: \(rows) rows x \(columns) columns, bottom row first; "
                                  + "red green blue is the background colour (0-255)",
                              columns: ["x", "y", "value", "red", "green", "blue"])
        let dx = (xRange.upperBound - xRange.lowerBound) / Double(columns - 1)
        let dy = (yRange.upperBound - yRange.lowerBound) / Double(rows - 1)
        for (i, row) in values.enumerated() {
            for (j, value) in row.enumerated() {
                let rgb = coloring == .classes ? paleClassColor(value, classColors: classColors) : [255, 255, 255]
                table.addRow([xRange.lowerBound + Double(j) * dx, yRange.lowerBound + Double(i) * dy, value]
                             + rgb.map(Double.init))
            }
            table.addRowSeparator()
        }
        return table
    }

    /// The pale colour of the class `value` rounds to; white when there is no such class.
    private func paleClassColor(_ value: Double, classColors: [String]) -> [Int] {
        guard value.isFinite, value >= 0, value.rounded() < Double(classColors.count) else { return [255, 255, 255] }
        let color = classColors[Int(value.rounded())]
        let pale = SeriesColors.pale(color, whiteness: 0.75) ?? "#ffffff"
        return SeriesColors.rgb(pale) ?? [255, 255, 255]
    }

    /// The finite values' smallest and largest, for the colour bar of `.scores`.
    var finiteValueRange: ClosedRange<Double> {
        let finite = values.joined().filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return 0...1 }
        return low < high ? low...high : (low - 0.5)...(high + 0.5)
    }
}

/// Points of several classes in the plane, optionally over a decision region and with
/// extra lines (decision boundaries at several epochs, say).
///
///     ScatterPlot(title: "Perceptron on two blobs",
///                 classes: [ScatterClass(label: "class 0", xs: x0, ys: y0),
///                           ScatterClass(label: "class 1", xs: x1, ys: y1)],
///                 region: DecisionRegion(xRange: -3...3, yRange: -3...3, values: predictions),
///                 lines: [LineSeries(title: "epoch 1", xs: [-3, 3], ys: [2, -1])])
///
/// Lines without their own colour are drawn in greys from light (first) to black (last),
/// so boundaries at successive epochs read as a progression.
public struct ScatterPlot: Plot {
    /// The title above the graph; empty for none.
    public var title: String
    /// The label of the x axis.
    public var xLabel: String
    /// The label of the y axis.
    public var yLabel: String
    /// The point classes, drawn in order, each in its own colour and shape.
    public var classes: [ScatterClass]
    /// The background grid, drawn first; nil for none.
    public var region: DecisionRegion?
    /// Lines drawn over the points.
    public var lines: [LineSeries]
    /// The visible x interval; nil uses the region's, or fits the data.
    public var xRange: ClosedRange<Double>?
    /// The visible y interval; nil uses the region's, or fits the data.
    public var yRange: ClosedRange<Double>?
    /// Where the legend goes.
    public var legend: LegendPosition
    /// The marker size (1 is gnuplot's default).
    public var pointSize: Double
    /// The picture size; 800 x 500 pixels unless given.
    public var size: PlotSize

    /// A scatter plot of `classes`, over `region`, under `lines`.
    public init(title: String = "", xLabel: String = "", yLabel: String = "", classes: [ScatterClass],
                region: DecisionRegion? = nil, lines: [LineSeries] = [], xRange: ClosedRange<Double>? = nil,
                yRange: ClosedRange<Double>? = nil, legend: LegendPosition = .outsideRight,
                pointSize: Double = 1, size: PlotSize = .standard) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.classes = classes
        self.region = region
        self.lines = lines
        self.xRange = xRange
        self.yRange = yRange
        self.legend = legend
        self.pointSize = pointSize
        self.size = size
    }

    /// The plot kind and its title, for the script's first line.
    public var summary: String { "Scatter plot: " + (title.isEmpty ? "\(classes.count) classes" : title) }

    /// Appends this plot's commands and data tables to `script`.
    public func draw(into script: inout PlotScript) {
        AxesSetup(title: title, xLabel: xLabel, yLabel: yLabel, xRange: xRange ?? region?.xRange,
                  yRange: yRange ?? region?.yRange, legend: legend).draw(into: &script)
        let classColors = classes.indices.map { classes[$0].color ?? SeriesColors.color(at: $0) }
        var clauses: [String] = []

        if let region {
            let file = script.addData(region.dataTable(classColors: classColors))
            switch region.coloring {
            case .classes:
                clauses.append("\(file) using 1:2:4:5:6 with rgbimage notitle")
            case .scores:
                let range = region.finiteValueRange
                script.add("set palette defined (0 \"#9ecae1\", 0.5 \"#ffffff\", 1 \"#fcae91\")")
                script.add("set cbrange \(PlotScript.range(range))")
                clauses.append("\(file) using 1:2:3 with image notitle")
            }
        }

        for (index, pointClass) in classes.enumerated() {
            var table = DataTable(description: "class \"\(pointClass.label)\" (points with a non-finite coordinate are left out)",
                                  columns: ["x", "y"])
            for (x, y) in zip(pointClass.xs, pointClass.ys) where x.isFinite && y.isFinite {
                table.addRow([x, y])
            }
            guard table.rowCount > 0 else { continue }
            let file = script.addData(table)
            let title = pointClass.label.isEmpty ? "notitle" : "title \(PlotScript.quoted(pointClass.label))"
            clauses.append("\(file) using 1:2 with points pt \(SeriesColors.pointType(at: index)) "
                           + "ps \(PlotScript.number(pointSize)) lc rgb \(PlotScript.quoted(classColors[index])) \(title)")
        }

        for (index, line) in lines.enumerated() {
            let table = line.dataTable(logX: false, logY: false)
            guard table.rowCount > 0 else { continue }
            let file = script.addData(table)
            // Light grey for the first line, black for the last.
            let shade = lines.count == 1 ? 0 : Int(Double(0xbb) * Double(lines.count - 1 - index) / Double(lines.count - 1))
            let grey = "#" + String(repeating: String(shade, radix: 16).leftPadded(to: 2), count: 3)
            clauses.append("\(file) using 1:2 \(line.styleClause(index: index, defaultColor: grey)) \(line.titleClause)")
        }
        PlotCommand.plot(clauses, into: &script, xRangeGiven: xRange != nil || region != nil,
                         yRangeGiven: yRange != nil || region != nil)
    }
}

extension String {
    /// The string with zeros in front up to `length` characters.
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
