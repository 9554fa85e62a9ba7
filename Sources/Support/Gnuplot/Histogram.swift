/// Samples counted into equal-width bins: the numbers a histogram draws.
public struct HistogramBins: Sendable, Hashable {
    /// The `counts.count + 1` bin edges, increasing: bin k holds values in
    /// `edges[k] ..< edges[k + 1]`, and the last bin also holds its upper edge.
    public let edges: [Double]
    /// How many samples fell in each bin.
    public let counts: [Int]
    /// How many samples were left out: non-finite, or outside the range.
    public let leftOut: Int

    /// Counts `values` into `binCount` equal bins spanning `range`.
    public init(values: [Double], binCount: Int, range: ClosedRange<Double>) {
        precondition(binCount > 0, "HistogramBins: binCount must be positive")
        precondition(range.lowerBound.isFinite && range.upperBound.isFinite && range.lowerBound < range.upperBound,
                     "HistogramBins: the range must be finite and wider than a point, got \(range)")
        let low = range.lowerBound, high = range.upperBound
        let width = (high - low) / Double(binCount)
        edges = (0...binCount).map { $0 == binCount ? high : low + Double($0) * width }
        var counts = [Int](repeating: 0, count: binCount)
        var leftOut = 0
        for value in values {
            guard value.isFinite, value >= low, value <= high else {
                leftOut += 1
                continue
            }
            // Rounding can put a value just below `high` at index binCount; it belongs to the last bin.
            counts[min(Int((value - low) / width), binCount - 1)] += 1
        }
        self.counts = counts
        self.leftOut = leftOut
    }

    /// The number of samples counted in bins.
    public var total: Int { counts.reduce(0, +) }

    /// The range of the finite values of all `samples`, widened when it is a single point
    /// (or 0...1 when there is no finite value), so that it can be binned.
    public static func range(of samples: [[Double]]) -> ClosedRange<Double> {
        guard let range = MatrixPalette.finiteRange(samples.lazy.joined()) else { return 0...1 }
        return range.lowerBound < range.upperBound ? range : (range.lowerBound - 0.5)...(range.upperBound + 0.5)
    }
}

/// Overlaid histograms of one or more sets of samples: activations of a layer, weights
/// before and after training, predicted scores of each class.
///
///     Histogram(title: "Layer 3 activations", xLabel: "activation", binCount: 40,
///               datasets: [.init(title: "epoch 1", values: before),
///                          .init(title: "epoch 10", values: after)])
///
/// The samples are binned here, in Swift, with the same bins for every dataset, and drawn
/// as semi-transparent boxes so overlapping histograms stay visible. The data files hold
/// the bins, not the samples.
public struct Histogram: Plot {
    /// One set of samples.
    public struct Dataset: Sendable {
        /// The legend entry; empty for none.
        public var title: String
        /// The samples; non-finite ones are left out.
        public var values: [Double]
        /// `#rrggbb` or a gnuplot colour name; nil picks one by position.
        public var color: String?

        /// A dataset of `values`.
        public init(title: String, values: [Double], color: String? = nil) {
            self.title = title
            self.values = values
            self.color = color
        }

        /// A dataset of Float samples.
        @_disfavoredOverload // literals mean Double
        public init(title: String, values: [Float], color: String? = nil) {
            // Only bin edges reach the data file, so plain widening is enough here.
            self.init(title: title, values: values.map(Double.init), color: color)
        }
    }

    /// What the height of a box measures.
    public enum Normalization: Sendable, Hashable {
        /// The number of samples in the bin.
        case count
        /// The share of the dataset's binned samples in the bin, so datasets of different
        /// sizes compare.
        case fraction
    }

    /// The title above the graph; empty for none.
    public var title: String
    /// The label of the x axis (what was measured).
    public var xLabel: String
    /// The label of the y axis; nil says `count` or `fraction` according to `normalization`.
    public var yLabel: String?
    /// The datasets, overlaid in order.
    public var datasets: [Dataset]
    /// The number of bins.
    public var binCount: Int
    /// The interval binned; nil spans all finite samples. Samples outside are left out
    /// (and counted in the data file's comment).
    public var range: ClosedRange<Double>?
    /// Counts or fractions.
    public var normalization: Normalization
    /// Whether the y axis is logarithmic (empty bins then simply have no box).
    public var logY: Bool
    /// Where the legend goes.
    public var legend: LegendPosition
    /// The picture size; 800 x 500 pixels unless given.
    public var size: PlotSize

    /// Histograms of `datasets` in `binCount` bins over `range` (nil: the data's range).
    public init(title: String = "", xLabel: String = "", yLabel: String? = nil, binCount: Int = 30,
                range: ClosedRange<Double>? = nil, normalization: Normalization = .count, logY: Bool = false,
                legend: LegendPosition = .topRight, size: PlotSize = .standard, datasets: [Dataset]) {
        precondition(binCount > 0, "Histogram: binCount must be positive")
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.datasets = datasets
        self.binCount = binCount
        self.range = range
        self.normalization = normalization
        self.logY = logY
        self.legend = legend
        self.size = size
    }

    /// The bins of each dataset, as they are written and drawn.
    public func bins() -> [HistogramBins] {
        let binnedRange = range ?? HistogramBins.range(of: datasets.map(\.values))
        return datasets.map { HistogramBins(values: $0.values, binCount: binCount, range: binnedRange) }
    }

    /// The plot kind and its title, for the script's first line.
    public var summary: String { "Histogram: " + (title.isEmpty ? "\(datasets.count) datasets" : title) }

    /// Appends this plot's commands and data tables to `script`.
    public func draw(into script: inout PlotScript) {
        let defaultYLabel = normalization == .count ? "count" : "fraction"
        AxesSetup(title: title, xLabel: xLabel, yLabel: yLabel ?? defaultYLabel, logY: logY,
                  legend: legend).draw(into: &script)
        if let range { script.add("set xrange \(PlotScript.range(range))") }
        if !logY { script.add("set yrange [0:*]") }
        script.add("set grid ytics lt 1 lc rgb \"#dddddd\" lw 1")
        // Semi-transparent fill: where histograms overlap, both stay visible.
        script.add("set style fill transparent solid 0.4 border")
        var clauses: [String] = []
        for (index, (dataset, bins)) in zip(datasets, bins()).enumerated() {
            let file = script.addData(table(for: dataset, bins: bins))
            let color = PlotScript.quoted(dataset.color ?? SeriesColors.color(at: index))
            let height = normalization == .count ? 3 : 4
            let title = dataset.title.isEmpty ? "notitle" : "title \(PlotScript.quoted(dataset.title))"
            clauses.append("\(file) using 1:\(height):2 with boxes lc rgb \(color) \(title)")
        }
        PlotCommand.plot(clauses, into: &script, xRangeGiven: false, yRangeGiven: false)
    }

    /// The data file of one dataset: a row per bin.
    private func table(for dataset: Dataset, bins: HistogramBins) -> DataTable {
        let total = bins.total
        var table = DataTable(description: "histogram \"\(dataset.title)\": \(bins.counts.count) bins from "
                                  + "\(DataTable.format(bins.edges[0])) to \(DataTable.format(bins.edges[bins.counts.count])); "
                                  + "\(total) samples binned, \(bins.leftOut) left out (non-finite or outside the range)",
                              columns: ["center", "width", "count", "fraction", "lower", "upper"])
        for (bin, count) in bins.counts.enumerated() {
            let lower = bins.edges[bin], upper = bins.edges[bin + 1]
            let fraction = total == 0 ? 0 : Double(count) / Double(total)
            table.addRow([(lower + upper) / 2, upper - lower, Double(count), fraction, lower, upper])
        }
        return table
    }
}
