/// One matrix drawn as coloured cells with each cell's value written in it, and labels
/// for the rows and columns: a confusion matrix, a table of accuracies per setting.
///
///     Heatmap.confusionMatrix(counts, classNames: (0...9).map(String.init))
///
/// Row 0 is at the top, as a matrix is read. The text in a cell switches between black
/// and white with the cell's colour, so it stays readable.
public struct Heatmap: Plot {
    /// The title above the graph; empty for none.
    public var title: String
    /// The label under the columns (for a confusion matrix: the predicted class).
    public var xLabel: String
    /// The label beside the rows (for a confusion matrix: the true class).
    public var yLabel: String
    /// The matrix, row 0 first; every row the same length. NaN leaves a cell blank.
    public var values: [[Double]]
    /// A label per column; empty numbers the columns from 0.
    public var columnLabels: [String]
    /// A label per row; empty numbers the rows from 0.
    public var rowLabels: [String]
    /// The colour scale.
    public var palette: MatrixPalette
    /// The C-style format (gnuplot's `sprintf`) of the value written in each cell, such as
    /// `%.2f`, or `%.0f` for counts.
    public var valueFormat: String
    /// Whether to write the values in the cells.
    public var showsValues: Bool
    /// The values at the ends of the palette; nil spans the finite values.
    public var colorRange: ClosedRange<Double>?
    /// The picture size; by default 20 to 60 pixels per cell plus room for labels.
    public var size: PlotSize

    /// A heatmap of `values`. The default size gives a cell between 20 and 60 pixels.
    public init(title: String = "", xLabel: String = "", yLabel: String = "", values: [[Double]],
                rowLabels: [String] = [], columnLabels: [String] = [], palette: MatrixPalette = .blues,
                valueFormat: String = "%g", showsValues: Bool = true, colorRange: ClosedRange<Double>? = nil,
                size: PlotSize? = nil) {
        let columns = values.first?.count ?? 0
        precondition(!values.isEmpty && columns > 0, "Heatmap: the matrix needs at least one row and column")
        precondition(values.allSatisfy { $0.count == columns }, "Heatmap: every row needs \(columns) values")
        precondition(rowLabels.isEmpty || rowLabels.count == values.count,
                     "Heatmap: \(values.count) rows but \(rowLabels.count) row labels")
        precondition(columnLabels.isEmpty || columnLabels.count == columns,
                     "Heatmap: \(columns) columns but \(columnLabels.count) column labels")
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.values = values
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.palette = palette
        self.valueFormat = valueFormat
        self.showsValues = showsValues
        self.colorRange = colorRange
        let cell = min(60, max(20, 600 / max(values.count, columns)))
        self.size = size ?? PlotSize(width: cell * columns + 220, height: cell * values.count + 170)
    }

    /// A confusion matrix: `counts[t][p]` examples of true class `t` predicted as class `p`.
    public static func confusionMatrix(_ counts: [[Int]], classNames: [String], title: String = "Confusion matrix",
                                       size: PlotSize? = nil) -> Heatmap {
        Heatmap(title: title, xLabel: "predicted class", yLabel: "true class",
                values: counts.map { $0.map(Double.init) }, rowLabels: classNames, columnLabels: classNames,
                palette: .blues, valueFormat: "%.0f", size: size)
    }

    /// The number of rows.
    public var rows: Int { values.count }
    /// The number of columns.
    public var columns: Int { values[0].count }

    /// The plot kind and its title, for the script's first line.
    public var summary: String { "Heatmap: " + (title.isEmpty ? "\(rows) x \(columns) matrix" : title) }

    /// Appends this plot's commands and data tables to `script`.
    public func draw(into script: inout PlotScript) {
        AxesSetup(title: title, xLabel: xLabel, yLabel: yLabel, legend: .hidden, border: 15)
            .draw(into: &script)
        let range = palette.colorRange(for: colorRange ?? MatrixPalette.finiteRange(values.joined()) ?? 0...1)
        script.add(contentsOf: palette.commands)
        script.add("set cbrange \(PlotScript.range(range))")
        script.add("set xrange [-0.5:\(PlotScript.number(Double(columns) - 0.5))]")
        // Reversed y range: row 0 at the top, as a matrix is read.
        script.add("set yrange [\(PlotScript.number(Double(rows) - 0.5)):-0.5]")
        let columnNames = columnLabels.isEmpty ? (0..<columns).map(String.init) : columnLabels
        let rowNames = rowLabels.isEmpty ? (0..<rows).map(String.init) : rowLabels
        // Long column labels would overlap side by side; tilt them.
        let tilt = columnNames.contains { $0.count > 3 } ? " rotate by 45 right" : ""
        script.add("set xtics \(Heatmap.ticks(columnNames)) scale 0\(tilt)")
        script.add("set ytics \(Heatmap.ticks(rowNames)) scale 0")

        let file = script.addData(MatrixTable.table(description: "heatmap \"\(title)\"", rows: rows, columns: columns,
                                                    values: Array(values.joined())))
        var clauses = ["\(file) matrix with image notitle"]
        if showsValues {
            script.add("value_format = \(PlotScript.quoted(valueFormat))")
            let light = palette.needsLightText(value: "$3", colorRange: range)
            // `$3 == $3` is false only for NaN: a missing value gets no text.
            clauses.append("\(file) matrix using 1:2:($3 == $3 ? sprintf(value_format, $3) : \"\"):"
                           + "(\(light) ? 0xffffff : 0x000000) with labels tc rgb variable notitle")
        }
        PlotCommand.plot(clauses, into: &script, xRangeGiven: true, yRangeGiven: true)
    }

    /// A tic list placing `names[k]` at position k: `("cat" 0, "dog" 1)`.
    private static func ticks(_ names: [String]) -> String {
        "(" + names.enumerated().map { "\(PlotScript.quoted($0.element)) \($0.offset)" }.joined(separator: ", ") + ")"
    }
}
