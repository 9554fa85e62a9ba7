/// One curve of a `LinePlot` (or a line drawn over a `ScatterPlot`): points (x, y) in order.
public struct LineSeries: Sendable {
    /// How the points are drawn.
    public enum Style: Sendable, Hashable {
        /// Joined by line segments.
        case lines
        /// As separate markers.
        case points
        /// Markers joined by line segments.
        case linesPoints
    }

    /// The pattern of a line.
    public enum Dash: Sendable, Hashable {
        case solid, dashed, dotted, dashDotted

        /// gnuplot's dash type number.
        var dashType: Int {
            switch self {
            case .solid: 1
            case .dashed: 2
            case .dotted: 3
            case .dashDotted: 4
            }
        }
    }

    /// The legend entry; empty for none.
    public var title: String
    /// The x coordinates.
    public var xs: [Double]
    /// The y coordinates, one per x.
    public var ys: [Double]
    /// Lines, points or both.
    public var style: Style
    /// The line pattern.
    public var dash: Dash
    /// `#rrggbb` or a gnuplot colour name; nil picks one by the series' position.
    public var color: String?
    /// The line width (1 is gnuplot's thinnest usual line).
    public var lineWidth: Double

    /// A series through the points (`xs[i]`, `ys[i]`); the arrays must have equal length.
    /// Points with a non-finite coordinate are left out and break the line there.
    public init(title: String, xs: [Double], ys: [Double], style: Style = .lines, dash: Dash = .solid,
                color: String? = nil, lineWidth: Double = 2) {
        precondition(xs.count == ys.count,
                     "LineSeries \"\(title)\": \(xs.count) x values but \(ys.count) y values")
        self.title = title
        self.xs = xs
        self.ys = ys
        self.style = style
        self.dash = dash
        self.color = color
        self.lineWidth = lineWidth
    }

    /// A series of `ys` at x = 1, 2, ..., n: a value per epoch or per step, counted from one.
    public init(title: String, ys: [Double], style: Style = .lines, dash: Dash = .solid,
                color: String? = nil, lineWidth: Double = 2) {
        self.init(title: title, xs: ys.indices.map { Double($0 + 1) }, ys: ys, style: style, dash: dash,
                  color: color, lineWidth: lineWidth)
    }

    /// A series from Float coordinates.
    // Disfavoured so that literals such as `[1, 2]` or `[.nan]` mean Double, not ambiguity.
    @_disfavoredOverload
    public init(title: String, xs: [Float], ys: [Float], style: Style = .lines, dash: Dash = .solid,
                color: String? = nil, lineWidth: Double = 2) {
        self.init(title: title, xs: [Double](readable: xs), ys: [Double](readable: ys), style: style,
                  dash: dash, color: color, lineWidth: lineWidth)
    }

    /// A series of Float `ys` at x = 1, 2, ..., n.
    // Disfavoured so that literals such as `[1, 2]` or `[.nan]` mean Double, not ambiguity.
    @_disfavoredOverload
    public init(title: String, ys: [Float], style: Style = .lines, dash: Dash = .solid,
                color: String? = nil, lineWidth: Double = 2) {
        self.init(title: title, ys: [Double](readable: ys), style: style, dash: dash, color: color,
                  lineWidth: lineWidth)
    }

    /// The data table of the drawable points. A point is drawable when both coordinates
    /// are finite and, on a logarithmic axis, positive; every run of other points becomes
    /// one blank line, so a line stops there instead of jumping across.
    func dataTable(logX: Bool, logY: Bool) -> DataTable {
        var table = DataTable(description: "series \"\(title)\" (points that cannot be drawn are left out; "
                                  + "a blank line breaks the curve)",
                              columns: ["x", "y"])
        for (x, y) in zip(xs, ys) {
            let drawable = x.isFinite && y.isFinite && (!logX || x > 0) && (!logY || y > 0)
            if drawable { table.addRow([x, y]) } else { table.addBreak() }
        }
        return table
    }

    /// The `with ...` clause drawing this series as series number `index` of its plot.
    func styleClause(index: Int, defaultColor: String) -> String {
        let color = PlotScript.quoted(self.color ?? defaultColor)
        let line = "lw \(PlotScript.number(lineWidth)) dt \(dash.dashType) lc rgb \(color)"
        let point = "pt \(SeriesColors.pointType(at: index)) ps 0.8"
        switch style {
        case .lines: return "with lines \(line)"
        case .points: return "with points \(point) lc rgb \(color)"
        case .linesPoints: return "with linespoints \(line) \(point)"
        }
    }

    /// The `title ...` clause.
    var titleClause: String { title.isEmpty ? "notitle" : "title \(PlotScript.quoted(title))" }
}

/// Curves y(x): loss per epoch, accuracy per step, a function and its approximation.
///
///     LinePlot(title: "Training loss", xLabel: "epoch", yLabel: "loss", logY: true,
///              series: [LineSeries(title: "train", ys: trainLoss),
///                       LineSeries(title: "validation", ys: validationLoss, dash: .dashed)])
///
/// Points with NaN or infinite coordinates (a diverging loss) are left out of the data and
/// the curve simply stops there; so are non-positive values on a logarithmic axis.
public struct LinePlot: Plot {
    /// The title above the graph; empty for none.
    public var title: String
    /// The label of the x axis.
    public var xLabel: String
    /// The label of the y axis.
    public var yLabel: String
    /// Whether the x axis is logarithmic (base 10).
    public var logX: Bool
    /// Whether the y axis is logarithmic (base 10).
    public var logY: Bool
    /// Whether the x axis counts something (epochs, mistakes): whole-number tics only.
    public var integerX: Bool
    /// Whether the y axis counts something: whole-number tics only.
    public var integerY: Bool
    /// The visible x interval; nil fits the data. A non-finite bound is fitted too.
    public var xRange: ClosedRange<Double>?
    /// The visible y interval; nil fits the data.
    public var yRange: ClosedRange<Double>?
    /// Where the legend goes.
    public var legend: LegendPosition
    /// The curves, drawn in order.
    public var series: [LineSeries]
    /// The picture size; 800 x 500 pixels unless given.
    public var size: PlotSize

    /// A plot of `series`.
    public init(title: String = "", xLabel: String = "", yLabel: String = "", logX: Bool = false,
                logY: Bool = false, integerX: Bool = false, integerY: Bool = false,
                xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                legend: LegendPosition = .topRight, size: PlotSize = .standard, series: [LineSeries]) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.logX = logX
        self.logY = logY
        self.integerX = integerX
        self.integerY = integerY
        self.xRange = xRange
        self.yRange = yRange
        self.legend = legend
        self.series = series
        self.size = size
    }

    /// The plot kind and its title, for the script's first line.
    public var summary: String { "Line plot: " + (title.isEmpty ? "\(series.count) series" : title) }

    /// Appends this plot's commands and data tables to `script`.
    public func draw(into script: inout PlotScript) {
        AxesSetup(title: title, xLabel: xLabel, yLabel: yLabel, logX: logX, logY: logY,
                  xRange: xRange, yRange: yRange, legend: legend).draw(into: &script)
        if integerX && !logX { IntegerTics.draw(axis: "x", values: series.flatMap(\.xs), range: xRange, into: &script) }
        if integerY && !logY { IntegerTics.draw(axis: "y", values: series.flatMap(\.ys), range: yRange, into: &script) }
        script.add("set grid xtics ytics lt 1 lc rgb \"#dddddd\" lw 1")
        var clauses: [String] = []
        for (index, line) in series.enumerated() {
            let table = line.dataTable(logX: logX, logY: logY)
            let file = script.addData(table)
            let style = line.styleClause(index: index, defaultColor: SeriesColors.color(at: index))
            if table.rowCount > 0 {
                clauses.append("\(file) using 1:2 \(style) \(line.titleClause)")
            } else if !line.title.isEmpty {
                // gnuplot refuses a file without drawable points; NaN keeps the legend entry.
                clauses.append("NaN \(style) title \(PlotScript.quoted(line.title + " (no finite points)"))")
            }
        }
        PlotCommand.plot(clauses, into: &script, xRangeGiven: xRange != nil, yRangeGiven: yRange != nil)
    }
}

/// The titles, labels, logarithmic axes, ranges and legend shared by the 2-D plots.
struct AxesSetup {
    var title: String
    var xLabel: String
    var yLabel: String
    var logX = false
    var logY = false
    var xRange: ClosedRange<Double>?
    var yRange: ClosedRange<Double>?
    var legend: LegendPosition
    /// Which sides of the frame to draw, as gnuplot's `set border` bits: 3 is bottom and
    /// left, 15 all four.
    var border = 3

    func draw(into script: inout PlotScript) {
        if !title.isEmpty { script.add("set title \(PlotScript.quoted(title))") }
        if !xLabel.isEmpty { script.add("set xlabel \(PlotScript.quoted(xLabel))") }
        if !yLabel.isEmpty { script.add("set ylabel \(PlotScript.quoted(yLabel))") }
        // Log axes are labelled in powers of ten (1e-06 … 1e+00), not in long decimals.
        if logX { script.add("set logscale x"); script.add("set format x \"%.0e\"") }
        if logY { script.add("set logscale y"); script.add("set format y \"%.0e\"") }
        if let xRange { script.add("set xrange \(PlotScript.range(xRange))") }
        if let yRange { script.add("set yrange \(PlotScript.range(yRange))") }
        script.add(legend.command)
        // By default axes on the left and bottom only: less ink, same information.
        script.add("set border \(border)")
        script.add("set tics nomirror")
    }
}

/// Tics at whole numbers only, for an axis that counts: a step of 1, 2 or 5 times a power
/// of ten, about eight tics across the data (or the given range).
enum IntegerTics {
    static func draw(axis: String, values: [Double], range: ClosedRange<Double>?, into script: inout PlotScript) {
        let finite = values.filter(\.isFinite)
        guard let low = range?.lowerBound ?? finite.min(), let high = range?.upperBound ?? finite.max() else { return }
        script.add("set \(axis)tics \(PlotScript.number(step(for: high - low)))")
        script.add("set format \(axis) \"%.0f\"")
    }

    /// The smallest of 1, 2, 5, 10, 20, 50, … that cuts `span` into at most eight steps.
    static func step(for span: Double) -> Double {
        var power = 1.0
        while true {
            for factor in [1.0, 2, 5] where span / (factor * power) <= 8 { return factor * power }
            power *= 10
        }
    }
}

/// The final `plot` command.
enum PlotCommand {
    /// Appends `plot` with one clause per line; with no clauses, an empty frame saying so,
    /// because gnuplot cannot autoscale an axis without a single point.
    static func plot(_ clauses: [String], into script: inout PlotScript, xRangeGiven: Bool, yRangeGiven: Bool) {
        script.addBlankLine()
        guard !clauses.isEmpty else {
            if !xRangeGiven { script.add("set xrange [1:10]") }
            if !yRangeGiven { script.add("set yrange [1:10]") }
            script.add("set label 1 \"no finite data points\" at graph 0.5, 0.5 center")
            script.add("plot NaN notitle")
            return
        }
        script.add("plot " + clauses.joined(separator: ", \\\n     "))
    }
}
