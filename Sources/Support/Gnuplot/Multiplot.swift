/// Several plots as panels of one picture, in a grid filled row by row: activation
/// histograms of five layers side by side, training and validation curves next to each
/// other.
///
///     Multiplot(title: "Activations per layer", columns: 5,
///               panels: layers.indices.map { layer in
///                   Histogram(title: "layer \(layer + 1)",
///                             datasets: [.init(title: "", values: activations[layer])])
///               })
///
/// Every panel starts from gnuplot's default settings. A panel keeps its own title, axes
/// and legend but not its size: the grid decides that. Panels cannot themselves be grids
/// (`Multiplot` or `ImageGrid`), because gnuplot cannot nest them.
public struct Multiplot: Plot {
    /// The overall title above the panels; empty for none.
    public var title: String
    /// How many panels per row.
    public var columns: Int
    /// The panels, placed row by row.
    public var panels: [any Plot]
    /// The picture size; by default about 360 x 300 pixels per panel.
    public var size: PlotSize

    /// A grid of `panels` in `columns` columns. The default size gives each panel about
    /// 360 x 300 pixels.
    public init(title: String = "", columns: Int, size: PlotSize? = nil, panels: [any Plot]) {
        precondition(columns > 0, "Multiplot: columns must be positive")
        self.title = title
        self.columns = columns
        self.panels = panels
        let usedColumns = min(columns, max(panels.count, 1))
        let rows = max(1, (panels.count + columns - 1) / columns)
        self.size = size ?? PlotSize(width: 360 * usedColumns, height: 300 * rows + (title.isEmpty ? 0 : 30))
    }

    /// The number of rows of panels.
    public var rows: Int { max(1, (panels.count + columns - 1) / columns) }

    /// The plot kind and its title, for the script's first line.
    public var summary: String {
        let kinds = panels.map { $0.summary.split(separator: ":").first.map(String.init) ?? "plot" }
        let description = title.isEmpty ? "\(panels.count) panels" : title
        return "Multiplot: \(description) (\(Set(kinds).sorted().joined(separator: ", ")))"
    }

    /// Appends this plot's commands and data tables to `script`.
    public func draw(into script: inout PlotScript) {
        script.beginMultiplot(rows: rows, columns: min(columns, max(panels.count, 1)), title: title)
        for (index, panel) in panels.enumerated() {
            script.beginPanel(comment: "Panel \(index + 1): \(panel.summary)")
            panel.draw(into: &script)
        }
        script.endMultiplot()
    }
}
