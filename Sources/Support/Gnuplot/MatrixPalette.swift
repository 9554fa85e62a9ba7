/// The colour scale of a matrix drawn as an image (`ImageGrid`, `Heatmap`).
public enum MatrixPalette: Sendable, Hashable {
    /// Black for the smallest value, white for the largest.
    case grey
    /// White for the smallest value, black for the largest: ink on paper, as digits are drawn.
    case invertedGrey
    /// Blue for negative, white for zero, red for positive; the colour range is made
    /// symmetric around zero so that white always means zero (weights, gradients).
    case diverging
    /// White to dark blue, for counts such as a confusion matrix.
    case blues
    /// Black through red and yellow to white, for sizes that start at zero (how much a pixel matters).
    case heat

    /// The gnuplot commands that select this palette.
    var commands: [String] {
        switch self {
        case .grey: ["set palette grey"]
        case .invertedGrey: ["set palette defined (0 \"white\", 1 \"black\")"]
        case .diverging: ["set palette defined (0 \"#2166ac\", 0.5 \"#f7f7f7\", 1 \"#b2182b\")"]
        case .blues: ["set palette defined (0 \"#f7fbff\", 0.5 \"#6baed6\", 1 \"#08306b\")"]
        case .heat: ["set palette defined (0 \"black\", 0.4 \"#b2182b\", 0.8 \"#fdae61\", 1 \"white\")"]
        }
    }

    /// The colour range for values spanning `range`: as given, except symmetric around zero
    /// for `.diverging`, and widened when it is a single value (gnuplot needs an interval).
    func colorRange(for range: ClosedRange<Double>) -> ClosedRange<Double> {
        if self == .diverging {
            let largest = max(abs(range.lowerBound), abs(range.upperBound))
            return largest > 0 ? -largest...largest : -1...1
        }
        return range.lowerBound < range.upperBound ? range : (range.lowerBound - 0.5)...(range.upperBound + 0.5)
    }

    /// A gnuplot expression in `value` (for example `$3`) that is true where a label drawn
    /// on the cell needs white text rather than black to stay readable.
    func needsLightText(value: String, colorRange: ClosedRange<Double>) -> String {
        let low = colorRange.lowerBound, high = colorRange.upperBound
        let middle = PlotScript.number((low + high) / 2)
        switch self {
        case .grey, .heat:
            return "\(value) < \(middle)"
        case .invertedGrey, .blues:
            return "\(value) > \(middle)"
        case .diverging:
            // Both ends are dark; the middle fifth of each half stays light.
            return "abs(\(value) - \(middle)) > \(PlotScript.number(0.6 * (high - low) / 2))"
        }
    }

    /// The smallest and largest finite values, or nil when there are none.
    static func finiteRange(_ values: some Sequence<Double>) -> ClosedRange<Double>? {
        var low = Double.infinity, high = -Double.infinity
        for value in values where value.isFinite {
            low = min(low, value)
            high = max(high, value)
        }
        return low <= high ? low...high : nil
    }
}

/// A matrix written as a gnuplot `matrix` data file: one line per row, row 0 first.
enum MatrixTable {
    /// The table of `rows` x `columns` `values` in row-major order.
    static func table(description: String, rows: Int, columns: Int, values: [Double]) -> DataTable {
        var table = DataTable(description: "\(description): \(rows) rows x \(columns) columns, row 0 first "
                                  + "(drawn at the top); NaN marks a missing value",
                              columns: [])
        for row in 0..<rows {
            table.addRow(Array(values[(row * columns)..<((row + 1) * columns)]))
        }
        return table
    }
}
