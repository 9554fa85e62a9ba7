/// Small matrices shown side by side as images: the learned weights of each class as a
/// 28 x 28 picture, the 5 x 5 filters of a convolution layer, a batch of input digits.
///
///     ImageGrid(title: "Weights per class", columns: 5, palette: .diverging,
///               images: (0..<10).map { k in
///                   ImageGrid.Image(title: "\(k)", rows: 28, columns: 28, values: weights[k]) })
///
/// Each image is one panel of a gnuplot multiplot, row 0 at the top, without axes.
public struct ImageGrid: Plot {
    /// One matrix of the grid.
    public struct Image: Sendable {
        /// The caption above the image; empty for none.
        public var title: String
        /// The number of rows (the image's height in cells).
        public var rows: Int
        /// The number of columns (the image's width in cells).
        public var columns: Int
        /// The `rows * columns` values in row-major order: row 0 first. NaN leaves a cell blank.
        public var values: [Double]
        /// This image's colours when they differ from the grid's (a picture beside a map of it);
        /// only with `.perImage` ranges, since one colour bar cannot explain two palettes.
        public var palette: MatrixPalette?

        /// An image of `rows` x `columns` values in row-major order.
        public init(title: String = "", rows: Int, columns: Int, values: [Double], palette: MatrixPalette? = nil) {
            precondition(rows > 0 && columns > 0, "ImageGrid.Image \"\(title)\": needs at least one row and column")
            precondition(values.count == rows * columns,
                         "ImageGrid.Image \"\(title)\": \(rows)x\(columns) needs \(rows * columns) values, got \(values.count)")
            self.title = title
            self.rows = rows
            self.columns = columns
            self.values = values
            self.palette = palette
        }

        /// An image of Float values in row-major order.
        @_disfavoredOverload // literals mean Double
        public init(title: String = "", rows: Int, columns: Int, values: [Float], palette: MatrixPalette? = nil) {
            self.init(title: title, rows: rows, columns: columns, values: [Double](readable: values), palette: palette)
        }

        /// An image from its rows, row 0 first; every row must have the same length.
        public init(title: String = "", matrix: [[Double]]) {
            let columns = matrix.first?.count ?? 0
            precondition(matrix.allSatisfy { $0.count == columns }, "ImageGrid.Image \"\(title)\": rows differ in length")
            self.init(title: title, rows: matrix.count, columns: columns, values: matrix.flatMap { $0 })
        }
    }

    /// Which values map to the ends of the palette.
    public enum ColorRange: Sendable, Hashable {
        /// One range over all images, so the same colour means the same value everywhere.
        case shared
        /// Each image spans the whole palette, to show the structure of each one.
        case perImage
        /// This range for every image; values outside get the end colours.
        case fixed(ClosedRange<Double>)
    }

    /// The overall title above the grid; empty for none.
    public var title: String
    /// The images, placed row by row.
    public var images: [Image]
    /// How many images per row.
    public var columns: Int
    /// The colour scale.
    public var palette: MatrixPalette
    /// Shared, per-image or fixed colour range (symmetric around zero for `.diverging`).
    public var colorRange: ColorRange
    /// The picture size; by default about 150 x 150 pixels per image, plus a colour bar.
    public var size: PlotSize

    /// Pixels kept at the right for the colour bar that says what the colours mean. There
    /// is none for `.perImage`, where one colour means a different value in each image.
    var colorBarWidth: Int { colorRange == .perImage ? 0 : 90 }

    /// A grid of `images` in `columns` columns. The default size gives each image about
    /// 150 x 150 pixels.
    public init(title: String = "", columns: Int, palette: MatrixPalette = .grey, colorRange: ColorRange = .shared,
                size: PlotSize? = nil, images: [Image]) {
        precondition(columns > 0, "ImageGrid: columns must be positive")
        precondition(colorRange == .perImage || images.allSatisfy { $0.palette == nil },
                     "ImageGrid: an image with its own palette needs .perImage colour ranges")
        self.title = title
        self.images = images
        self.columns = columns
        self.palette = palette
        self.colorRange = colorRange
        let rows = max(1, (images.count + columns - 1) / columns)
        // Wide enough for the title too (about 9 pixels a character), so a single image's
        // grid does not cut it off.
        let barWidth = colorRange == .perImage ? 0 : 90
        self.size = size ?? PlotSize(width: max(150 * min(columns, max(images.count, 1)) + 20 + barWidth, 9 * title.count + 40),
                                     height: 165 * rows + (title.isEmpty ? 10 : 40))
    }

    /// The number of rows of images.
    public var rows: Int { max(1, (images.count + columns - 1) / columns) }

    /// The plot kind and its title, for the script's first line.
    public var summary: String { "Image grid: " + (title.isEmpty ? "\(images.count) images" : title) }

    /// Appends this plot's commands and data tables to `script`.
    public func draw(into script: inout PlotScript) {
        let sharedRange = MatrixPalette.finiteRange(images.lazy.flatMap(\.values)) ?? 0...1
        let gridColumns = min(columns, max(images.count, 1))
        script.beginMultiplot(rows: rows, columns: gridColumns, title: title)
        // Each image's place on the canvas, set after the panel's reset: the grid's title
        // keeps 40 pixels at the top and each image's title 22, so no title overlaps an image.
        let height = Double(size.height)
        let top = 1 - (title.isEmpty ? 6 : 40) / height
        // The images keep about 150 pixels each; on a canvas widened for its title they sit
        // in the middle of what the colour bar leaves.
        let width = Double(size.width), imagesWidth = 1 - Double(colorBarWidth) / width
        let gridFraction = min(0.98 * imagesWidth, Double(150 * gridColumns + 20) / width)
        let cellWidth = gridFraction / Double(gridColumns), cellHeight = (top - 0.01) / Double(rows)
        let firstLeft = (imagesWidth - gridFraction) / 2
        for (index, image) in images.enumerated() {
            script.beginPanel(comment: "Image \(index + 1)" + (image.title.isEmpty ? "" : ": \(image.title)"))
            let palette = image.palette ?? self.palette
            let range: ClosedRange<Double>
            switch colorRange {
            case .shared: range = palette.colorRange(for: sharedRange)
            case .perImage: range = palette.colorRange(for: MatrixPalette.finiteRange(image.values) ?? 0...1)
            case .fixed(let fixed): range = palette.colorRange(for: fixed)
            }
            let file = script.addData(MatrixTable.table(description: "image \"\(image.title)\"", rows: image.rows,
                                                        columns: image.columns, values: image.values))
            if !image.title.isEmpty { script.add("set title \(PlotScript.quoted(image.title))") }
            script.add(contentsOf: palette.commands)
            script.add("set cbrange \(PlotScript.range(range))")
            // No axes: at this size they would crowd out the image itself. One colour bar for
            // the whole grid, drawn with the last image, beside the grid: every image shares its scale.
            script.add("unset border")
            script.add("unset tics")
            if colorBarWidth > 0 && index == images.count - 1 {
                let barLeft = firstLeft + gridFraction + 12 / width
                script.add("set colorbox user origin screen \(PlotScript.number(barLeft)), screen 0.06 "
                           + "size screen \(PlotScript.number(14 / width)), screen \(PlotScript.number(top - 0.1))")
                script.add("set cbtics scale 0.5 nomirror")
                script.add("set format cb \"%.2g\"")
            } else {
                script.add("unset colorbox")
            }
            script.add("unset key")
            script.add("set size ratio -1")
            let (row, column) = (index / gridColumns, index % gridColumns)
            let left = firstLeft + Double(column) * cellWidth, cellTop = top - Double(row) * cellHeight
            script.add("set lmargin at screen \(PlotScript.number(left + 0.005))")
            script.add("set rmargin at screen \(PlotScript.number(left + cellWidth - 0.005))")
            script.add("set tmargin at screen \(PlotScript.number(cellTop - (image.title.isEmpty ? 4 : 22) / height))")
            script.add("set bmargin at screen \(PlotScript.number(cellTop - cellHeight + 4 / height))")
            script.add("set xrange [-0.5:\(PlotScript.number(Double(image.columns) - 0.5))]")
            // Reversed y range: row 0 at the top, as images and matrices are read.
            script.add("set yrange [\(PlotScript.number(Double(image.rows) - 0.5)):-0.5]")
            script.add("plot \(file) matrix with image")
        }
        script.endMultiplot()
    }
}

extension PlotScript {
    /// Appends several commands in order.
    mutating func add(contentsOf commands: [String]) {
        for command in commands { add(command) }
    }
}

extension ImageGrid {
    /// The kernels of a first convolutional layer, `count` of `rows` × `columns` one after another
    /// in `values` (a [k, 1, rows, columns] tensor's elements), numbered and on one colour scale
    /// (white is 0).
    public static func filters(title: String, count: Int, rows: Int, columns: Int, values: [Float]) -> ImageGrid {
        let size = rows * columns
        return ImageGrid(title: title, columns: 8, palette: .diverging,
                         images: (0..<count).map { k in
                             Image(title: "\(k)", rows: rows, columns: columns, values: Array(values[(k * size)..<((k + 1) * size)]))
                         })
    }
}
