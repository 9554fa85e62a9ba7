/// The fixed beginning and end of every script: a header comment, the choice of terminal
/// from the `format` variable, and the output file.
enum ScriptTemplate {
    /// The complete script `name.gp` around `body`, the plot's own commands.
    static func script(name: String, summary: String, size: PlotSize, dataFileNames: [String],
                       body: String) -> String {
        // PDF sizes are in inches; 160 pixels per inch keeps the default pdfcairo proportions
        // (5 x 3 inches) and text size close to the PNG.
        let pdfWidth = PlotScript.number(Double(size.width) / 160)
        let pdfHeight = PlotScript.number(Double(size.height) / 160)
        var lines = [
            "# \(PlotScript.singleLine(summary))",
            "# Written by the course's Gnuplot module. To render it, in this folder run",
            "#   gnuplot \(name).gp                      for \(name).png, or",
            "#   gnuplot -e 'format=\"svg\"' \(name).gp   for \(name).svg (\"pdf\" for \(name).pdf).",
        ]
        if !dataFileNames.isEmpty {
            lines.append("# Data: " + dataFileNames.joined(separator: ", "))
        }
        lines += [
            "",
            "if (!exists(\"format\")) format = \"png\"",
            "if (format eq \"svg\") {",
            "    set terminal svg size \(size.width),\(size.height) dynamic noenhanced font \"Sans,12\" background \"white\"",
            "} else { if (format eq \"pdf\") {",
            "    set terminal pdfcairo size \(pdfWidth)in,\(pdfHeight)in noenhanced font \"Sans,9\"",
            "} else { if (format eq \"png\") {",
            "    set terminal pngcairo size \(size.width),\(size.height) noenhanced font \"Sans,11\"",
            "} else {",
            "    exit error \"format must be \\\"png\\\", \\\"svg\\\" or \\\"pdf\\\"\"",
            "}}}",
            "set output \(PlotScript.quoted(name + ".")) . format",
            "set encoding utf8",
            // Draw a segment even when both its ends lie outside the axis ranges (a boundary
            // line given by its two far ends); gnuplot's default leaves such segments out.
            "set clip two",
            "",
            body,
            "",
            // Closing the output makes gnuplot finish the file (it matters for svg and pdf).
            "unset output",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
