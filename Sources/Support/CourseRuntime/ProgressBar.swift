// A progress bar for training loops.

import Foundation

/// Shows the progress of a loop, e.g. one epoch of training.
///
///     let bar = ProgressBar(label: "epoch \(epoch)/\(epochs)", total: batches.count)
///     for (index, batch) in batches.enumerated() {
///         let loss = step(batch)
///         bar.update(completed: index + 1, metrics: [("loss", loss)], items: (index + 1) * batchSize)
///     }
///     bar.finish(metrics: [("loss", meanLoss)])
///
/// On a terminal it redraws one line in place (with a carriage return), at most about ten
/// times a second:
///
///     epoch 3/10 [##############----------]  57%  342/600  loss 0.4213  12,345 img/s  ETA 0:12
///
/// When standard output is not a terminal (a log file, a pipe, the test suite) it prints plain
/// lines instead, only when a quarter of the work is done (25%, 50%, 75%), and never a control
/// character. `finish` always prints the final line, with the elapsed time, and ends it.
public final class ProgressBar {
    /// Where the text goes; it receives pieces of lines, not necessarily whole lines.
    public typealias Output = (String) -> Void

    /// Writes to standard output, in order with `print`, and flushes at once.
    public static let standardOutput: @Sendable (String) -> Void = { text in
        print(text, terminator: "")
        fflush(nil)
    }

    /// Whether standard output is an interactive terminal (`isatty(1)`, and `TERM` is not `dumb`).
    public static var standardOutputIsTerminal: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// The least time between two redraws on a terminal.
    public static let redrawInterval: Duration = .milliseconds(100)

    public let label: String
    public let total: Int
    /// What `items` counts, for the rate: `"img"` gives `"12,345 img/s"`.
    public let unit: String
    /// Whether the bar redraws one line in place (terminal) or prints plain lines.
    public let isTerminal: Bool
    /// The number of characters between the brackets.
    public let barWidth: Int
    /// The width the terminal line is cut to, if any (its column count minus one).
    public let maximumLineLength: Int?

    private let output: Output
    private let clock: Stopwatch.Clock
    private let start: Duration
    private var lastDraw: Duration?
    private var lastLineLength = 0
    private var completed = 0
    private var items: Int?
    private var metrics: [(name: String, value: Double)] = []
    private var quartersPrinted = 0
    private var isFinished = false

    /// - Parameters:
    ///   - label: What is in progress, e.g. `"epoch 3/10"`.
    ///   - total: The number of steps (batches, samples...) that make 100%.
    ///   - unit: What the `items` of `update` count, shown in the rate (`img/s`).
    ///   - isTerminal: Whether to redraw one line in place; `nil` asks `isatty(1)`.
    ///   - barWidth: Characters between the brackets.
    ///   - terminalWidth: Columns of the terminal; `nil` asks the terminal. Lines are cut to fit.
    ///   - output: Receives the text; standard output by default.
    ///   - clock: Monotonic time; the system's by default.
    public init(
        label: String,
        total: Int,
        unit: String = "img",
        isTerminal: Bool? = nil,
        barWidth: Int = 24,
        terminalWidth: Int? = nil,
        output: @escaping Output = ProgressBar.standardOutput,
        clock: @escaping Stopwatch.Clock = Stopwatch.systemClock
    ) {
        precondition(total >= 0, "ProgressBar total must not be negative, got \(total)")
        precondition(barWidth >= 0, "ProgressBar barWidth must not be negative, got \(barWidth)")
        self.label = label
        self.total = total
        self.unit = unit
        let isTerminal = isTerminal ?? ProgressBar.standardOutputIsTerminal
        self.isTerminal = isTerminal
        self.barWidth = barWidth
        let columns = isTerminal ? (terminalWidth ?? ProgressBar.terminalColumns()) : nil
        self.maximumLineLength = columns.map { max($0 - 1, 20) }
        self.output = output
        self.clock = clock
        self.start = clock()
    }

    /// Records progress and redraws the bar if it is time to.
    ///
    /// - Parameters:
    ///   - completed: Steps done so far, out of `total`.
    ///   - metrics: Figures to show, e.g. `[("loss", 0.4213)]`, with 4 decimals.
    ///   - items: Images or samples processed so far, for the rate (`12,345 img/s`).
    public func update<Value: BinaryFloatingPoint>(
        completed: Int,
        metrics: [(String, Value)] = [(String, Double)](),
        items: Int? = nil
    ) {
        guard !isFinished else { return }
        self.completed = min(max(completed, 0), total)
        self.metrics = metrics.map { (name: $0.0, value: Double($0.1)) }
        if let items { self.items = items }
        let now = clock()

        if isTerminal {
            if let lastDraw, now - lastDraw < ProgressBar.redrawInterval { return }
            lastDraw = now
            redraw(fittedLine(elapsed: now - start, final: false))
        } else {
            let quarters = total == 0 ? 4 : self.completed * 4 / total
            // The final line is `finish`'s.
            guard quarters > quartersPrinted, quarters < 4 else { return }
            quartersPrinted = quarters
            output(line(elapsed: now - start, final: false) + "\n")
        }
    }

    /// Prints the final line, with the elapsed time, and ends it. Later calls do nothing.
    ///
    /// - Parameter metrics: Final figures; the last ones given to `update` when empty.
    public func finish<Value: BinaryFloatingPoint>(metrics: [(String, Value)] = [(String, Double)]()) {
        guard !isFinished else { return }
        isFinished = true
        if !metrics.isEmpty {
            self.metrics = metrics.map { (name: $0.0, value: Double($0.1)) }
        }
        let elapsed = clock() - start
        if isTerminal {
            redraw(fittedLine(elapsed: elapsed, final: true))
            output("\n")
        } else {
            output(line(elapsed: elapsed, final: true) + "\n")
        }
    }

    /// The time since the bar was created.
    public var elapsed: Duration { clock() - start }

    // MARK: - Rendering

    private func redraw(_ text: String) {
        var text = text
        if let maximumLineLength, text.count > maximumLineLength {
            text = String(text.prefix(maximumLineLength))
        }
        // Spaces wipe what is left of a longer previous line; no escape sequences needed.
        let padding = String(repeating: " ", count: max(lastLineLength - text.count, 0))
        lastLineLength = text.count
        output("\r" + text + padding)
    }

    /// The line for a terminal: on a narrow one the bar shrinks (or goes) before the line is cut.
    private func fittedLine(elapsed: Duration, final: Bool) -> String {
        let full = line(elapsed: elapsed, final: final)
        guard let maximumLineLength, full.count > maximumLineLength else { return full }
        let narrower = max(barWidth - (full.count - maximumLineLength), 0)
        return line(elapsed: elapsed, final: final, barWidth: narrower)
    }

    private func line(elapsed: Duration, final: Bool) -> String {
        line(elapsed: elapsed, final: final, barWidth: barWidth)
    }

    private func line(elapsed: Duration, final: Bool, barWidth: Int) -> String {
        // Integer arithmetic: 342 of 600 is 57%, not the 56.99...% of floating point.
        let (done, whole) = total == 0 ? (1, 1) : (completed, total)
        let filled = min(done * barWidth / whole, barWidth)
        let bar = "[" + String(repeating: "#", count: filled)
            + String(repeating: "-", count: barWidth - filled) + "]"
        let percent = String(done * 100 / whole)
        let percentField = String(repeating: " ", count: max(3 - percent.count, 0)) + percent + "%"
        let totalText = String(total)
        let completedText = String(completed)
        let countField = String(repeating: " ", count: max(totalText.count - completedText.count, 0))
            + completedText + "/" + totalText

        var fields = [label + (barWidth > 0 ? " " + bar : "") + " " + percentField, countField]
        fields += metrics.map { "\($0.name) \(NumberFormat.fixed($0.value, decimals: 4))" }
        let seconds = elapsed.inSeconds
        if let items, seconds > 0 {
            let rate = Double(items) / seconds
            let rateText = rate >= 100 ? NumberFormat.grouped(Int(rate.rounded())) : NumberFormat.fixed(rate, decimals: 1)
            fields.append("\(rateText) \(unit)/s")
        }
        if final {
            fields.append("in " + elapsed.courseFormatted)
        } else if completed > 0, completed < total, seconds > 0 {
            let remaining = seconds * Double(total - completed) / Double(completed)
            fields.append("ETA " + NumberFormat.clock(remaining))
        }
        return fields.joined(separator: "  ")
    }

    /// The number of columns of the terminal on standard output, if it tells.
    private static func terminalColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
            return nil
        }
        return Int(size.ws_col)
    }
}
