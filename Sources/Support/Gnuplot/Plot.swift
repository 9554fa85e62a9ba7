// The Gnuplot support module draws the course's pictures without knowing about tensors:
// every plot takes plain arrays of Double (with convenience initialisers from Float), so
// any chapter can use it.
//
// A plot is a value describing *what* to draw. `PlotWriter` turns it into a gnuplot
// script plus plain-text data files in a directory, then runs gnuplot to render an image.
// The script stays behind on purpose: an instructor can restyle it by hand, or re-render
// it for slides with `gnuplot -e 'format="svg"' name.gp`.

/// The size of a rendered picture in pixels.
///
/// PNG and SVG pictures have exactly this size; PDF pictures get the same proportions
/// at 160 pixels per inch (800 x 500 pixels become 5 x 3.125 inches).
public struct PlotSize: Sendable, Hashable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int

    /// A size of `width` x `height` pixels; both must be positive.
    public init(width: Int, height: Int) {
        precondition(width > 0 && height > 0, "PlotSize: width and height must be positive, got \(width)x\(height)")
        self.width = width
        self.height = height
    }

    /// 800 x 500 pixels, the size of a single plot unless it asks for another.
    public static let standard = PlotSize(width: 800, height: 500)
}

/// Something `PlotWriter` can draw: a description of a picture that knows how to write
/// itself as gnuplot commands and data tables.
///
/// The plot kinds of this module (`LinePlot`, `ScatterPlot`, `ImageGrid`, `Histogram`,
/// `Heatmap`, `Multiplot`) conform. A chapter may add its own kind by conforming too.
///
/// `draw(into:)` must be self-contained: inside a `Multiplot` every panel starts from
/// gnuplot's default settings, so a plot sets everything it relies on.
public protocol Plot: Sendable {
    /// The size of the rendered picture.
    var size: PlotSize { get }

    /// A one-line description for the comment at the top of the script, for example
    /// `Line plot: training loss`.
    var summary: String { get }

    /// Appends the commands that draw this plot, and the data tables they read, to `script`.
    ///
    /// The terminal and output file are chosen by the writer before these commands run.
    func draw(into script: inout PlotScript)
}

/// Where the legend (gnuplot's "key") goes.
public enum LegendPosition: Sendable, Hashable {
    case topRight, topLeft, bottomRight, bottomLeft
    /// To the right of the graph, outside the axes.
    case outsideRight
    /// Under the graph, outside the axes.
    case below
    /// No legend at all.
    case hidden

    /// The gnuplot command that places the legend.
    var command: String {
        switch self {
        case .topRight: "set key top right"
        case .topLeft: "set key top left"
        case .bottomRight: "set key bottom right"
        case .bottomLeft: "set key bottom left"
        case .outsideRight: "set key outside right top"
        case .below: "set key below"
        case .hidden: "unset key"
        }
    }
}

/// Colours this module picks when a series does not name its own.
enum SeriesColors {
    /// Ten distinguishable colours (the "tab10" set), as `#rrggbb`.
    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
                          "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

    /// Point shapes to pair with the colours, so series stay apart in black and white:
    /// filled circle, square, triangle, inverted triangle, diamond, pentagon.
    static let pointTypes = [7, 5, 9, 11, 13, 15]

    /// The default colour of series number `index` (counting from 0).
    static func color(at index: Int) -> String { palette[index % palette.count] }

    /// The default point shape of series number `index`.
    static func pointType(at index: Int) -> Int { pointTypes[index % pointTypes.count] }

    /// `hex` (`#rrggbb`) mixed with white, keeping `1 - whiteness` of the colour;
    /// nil when `hex` is not of that form (for example a gnuplot colour name).
    static func pale(_ hex: String, whiteness: Double) -> String? {
        guard let components = rgb(hex) else { return nil }
        let mixed = components.map { Int((Double($0) + (255 - Double($0)) * whiteness).rounded()) }
        return "#" + mixed.map { component in
            let digits = String(min(max(component, 0), 255), radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// The red, green and blue components (0...255) of `#rrggbb`, or nil.
    static func rgb(_ hex: String) -> [Int]? {
        let digits = Array(hex)
        guard digits.count == 7, digits[0] == "#" else { return nil }
        var components: [Int] = []
        for start in stride(from: 1, to: 7, by: 2) {
            guard let value = Int(String(digits[start..<start + 2]), radix: 16) else { return nil }
            components.append(value)
        }
        return components
    }
}
