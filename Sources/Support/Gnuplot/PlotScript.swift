/// The body of a gnuplot script being assembled by a `Plot`, and the data tables it reads.
///
/// A plot appends commands with `add(_:)` and data with `addData(_:)`, which returns a
/// reference to put in a command where gnuplot expects a quoted file name:
///
///     let file = script.addData(table)
///     script.add("plot \(file) using 1:2 with lines")
///
/// The writer decides the file names only when the whole script is known (`name.dat` for
/// a single table, `name-1.dat`, `name-2.dat`, ... for several), then substitutes them.
public struct PlotScript: Sendable {
    /// The commands so far, one per line, with data references not yet substituted.
    public private(set) var commands: [String] = []
    /// The data tables so far, in the order their references were handed out.
    public private(set) var dataTables: [DataTable] = []
    /// Whether a multiplot is open; gnuplot cannot nest them.
    private var isInMultiplot = false

    /// An empty script.
    public init() {}

    /// Appends one gnuplot command (or several joined with newlines).
    public mutating func add(_ command: String) {
        commands.append(command)
    }

    /// Appends a `#` comment line; line breaks in `text` become spaces.
    public mutating func addComment(_ text: String) {
        commands.append("# " + PlotScript.singleLine(text))
    }

    /// Appends an empty line, to separate groups of commands for a human reader.
    public mutating func addBlankLine() {
        commands.append("")
    }

    /// Adds a data table and returns the reference that stands for its quoted file name.
    public mutating func addData(_ table: DataTable) -> String {
        dataTables.append(table)
        return PlotScript.reference(to: dataTables.count)
    }

    /// Starts a grid of `rows` x `columns` panels, filled row by row, with an optional
    /// overall title. Call `beginPanel()` before each panel and `endMultiplot()` after the last.
    public mutating func beginMultiplot(rows: Int, columns: Int, title: String) {
        precondition(!isInMultiplot, "PlotScript: gnuplot cannot nest a multiplot inside another")
        precondition(rows > 0 && columns > 0, "PlotScript: a multiplot needs at least one row and column")
        isInMultiplot = true
        var command = "set multiplot layout \(rows),\(columns) rowsfirst"
        if !title.isEmpty { command += " title \(PlotScript.quoted(title)) font \",14\"" }
        add(command)
    }

    /// Starts the next panel of the open multiplot from gnuplot's default settings, so
    /// one panel's log axis or palette does not leak into the next. A non-empty `comment`
    /// heads the panel's commands in the script.
    public mutating func beginPanel(comment: String = "") {
        precondition(isInMultiplot, "PlotScript: beginPanel() outside a multiplot")
        addBlankLine()
        if !comment.isEmpty { addComment(comment) }
        // `reset` keeps the terminal, the output file and the multiplot layout.
        add("reset")
    }

    /// Closes the open multiplot.
    public mutating func endMultiplot() {
        precondition(isInMultiplot, "PlotScript: endMultiplot() without beginMultiplot()")
        isInMultiplot = false
        addBlankLine()
        add("unset multiplot")
    }

    /// `text` as a gnuplot double-quoted string: backslashes and quotes escaped, line
    /// breaks written as `\n`, other control characters dropped.
    public static func quoted(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n", "\r\n": escaped += "\\n"
            case "\t": escaped += " "
            default:
                // Control characters would corrupt the script; U+0001 also marks data references.
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7f }) {
                    escaped.append(character)
                }
            }
        }
        return "\"" + escaped + "\""
    }

    /// A number as gnuplot reads it; non-finite values become `*` (autoscale), which is
    /// what they mean in a range.
    public static func number(_ value: Double) -> String {
        value.isFinite ? DataTable.format(value) : "*"
    }

    /// A range as gnuplot writes it, `[lower:upper]`.
    static func range(_ range: ClosedRange<Double>) -> String {
        "[\(number(range.lowerBound)):\(number(range.upperBound))]"
    }

    /// `text` on one line, for comments.
    static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// The placeholder for data table number `index` (counting from 1).
    static func reference(to index: Int) -> String { "\u{1}\(index)\u{1}" }

    /// The commands as one text, with each data reference replaced by the quoted file name.
    func text(dataFileNames: [String]) -> String {
        var text = commands.joined(separator: "\n")
        for (offset, fileName) in dataFileNames.enumerated() {
            text = text.replacingOccurrences(of: PlotScript.reference(to: offset + 1),
                                             with: PlotScript.quoted(fileName))
        }
        return text
    }
}

/// The text of one data file: `#` comment lines naming what it holds and its columns,
/// then rows of whitespace-separated numbers.
///
/// A single blank line breaks a curve drawn `with lines` (a gap, not a jump); it is how
/// missing points are marked.
public struct DataTable: Sendable {
    /// The file's contents so far.
    public private(set) var text: String
    /// The number of rows of numbers added so far.
    public private(set) var rowCount = 0
    /// Whether the last thing added is a break, so several missing points make one gap.
    private var endsWithBreak = true

    /// A table starting with a comment `description` and a comment naming the `columns`
    /// (column names should not contain spaces; use `_`).
    public init(description: String, columns: [String]) {
        text = "# " + PlotScript.singleLine(description) + "\n"
        if !columns.isEmpty { text += "# " + columns.joined(separator: " ") + "\n" }
    }

    /// Appends a row of numbers; non-finite values are written as `NaN`, which gnuplot
    /// treats as undefined.
    public mutating func addRow(_ values: [Double]) {
        text += values.map(DataTable.format).joined(separator: " ") + "\n"
        rowCount += 1
        endsWithBreak = false
    }

    /// Appends a blank line unless the table already ends with one (or has no rows yet).
    public mutating func addBreak() {
        guard !endsWithBreak else { return }
        text += "\n"
        endsWithBreak = true
    }

    /// Appends a blank line unconditionally: the row separator of a grid of points
    /// (`x y value` rows drawn `with image`).
    public mutating func addRowSeparator() {
        text += "\n"
        endsWithBreak = true
    }

    /// Appends a comment line.
    public mutating func addComment(_ comment: String) {
        text += "# " + PlotScript.singleLine(comment) + "\n"
    }

    /// A number in the shortest form that reads back as the same Double (`3`, `0.1`,
    /// `1e-05`), or `NaN` when it is not finite.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "NaN" }
        // Whole numbers without ".0" (and -0 as 0): tables and scripts are read by people.
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return value.description
    }
}

extension Array where Element == Double {
    /// Floats widened through their shortest decimal form, so that data files show `0.1`
    /// rather than `0.10000000149011612`.
    init(readable floats: [Float]) {
        self = floats.map { float in
            guard float.isFinite else { return Double(float) }
            return Double(float.description) ?? Double(float)
        }
    }
}
