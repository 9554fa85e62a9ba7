/// Bars in groups: one group per category (a layer, a method), one bar per series in each,
/// side by side, for comparing a few quantities by name.
public struct BarChart: Plot {
    /// One bar per category, in the categories' order.
    public struct Series: Sendable {
        public var title: String
        public var values: [Double]
        public init(title: String, values: [Double]) {
            self.title = title
            self.values = values
        }
    }

    public var title: String
    public var yLabel: String
    /// The names under the groups, left to right.
    public var categories: [String]
    public var series: [Series]
    /// Whether the y axis is logarithmic (base 10), for values that span several powers of ten.
    public var logY: Bool
    public var legend: LegendPosition
    public var size: PlotSize

    /// Bars of `series` over `categories`; every series has one value per category.
    public init(title: String = "", yLabel: String = "", categories: [String], logY: Bool = false,
                legend: LegendPosition = .topRight, size: PlotSize = .standard, series: [Series]) {
        precondition(series.allSatisfy { $0.values.count == categories.count },
                     "BarChart: every series needs one value per category (\(categories.count))")
        self.title = title
        self.yLabel = yLabel
        self.categories = categories
        self.series = series
        self.logY = logY
        self.legend = legend
        self.size = size
    }

    public var summary: String { "Bar chart: " + (title.isEmpty ? "\(series.count) series" : title) }

    public func draw(into script: inout PlotScript) {
        AxesSetup(title: title, xLabel: "", yLabel: yLabel, logY: logY, legend: legend).draw(into: &script)
        let tics = categories.enumerated().map { "\(PlotScript.quoted($0.element)) \($0.offset)" }
        script.add("set xtics (\(tics.joined(separator: ", "))) rotate by -30")
        script.add("set xrange [-0.6:\(PlotScript.number(Double(categories.count) - 0.4))]")
        if !logY { script.add("set yrange [0:*]") }
        script.add("set grid ytics lt 1 lc rgb \"#dddddd\" lw 1")
        script.add("set style fill solid 0.8 border -1")
        // The group's bars share 0.8 of the space between two categories.
        let width = 0.8 / Double(max(series.count, 1))
        var clauses: [String] = []
        for (index, bars) in series.enumerated() {
            var table = DataTable(description: "bars \"\(bars.title)\": one per category", columns: ["x", "value", "width"])
            let offset = (Double(index) - Double(series.count - 1) / 2) * width
            for (position, value) in bars.values.enumerated() where value.isFinite && (!logY || value > 0) {
                table.addRow([Double(position) + offset, value, width])
            }
            let file = script.addData(table)
            let color = PlotScript.quoted(SeriesColors.color(at: index))
            clauses.append("\(file) using 1:2:3 with boxes lc rgb \(color) title \(PlotScript.quoted(bars.title))")
        }
        PlotCommand.plot(clauses, into: &script, xRangeGiven: true, yRangeGiven: false)
    }
}
