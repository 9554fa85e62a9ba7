// The headline figures of a demo, printed at its end.

/// Collects a demo's headline figures and prints them at the end, after one blank line:
///
///     var summary = Summary()
///     summary.add("test accuracy", accuracy)        // test accuracy: 0.8412
///     summary.add("epochs", 10)                      // epochs: 10
///     summary.add("learning rate", 0.05, decimals: 2)
///     summary.add("plots", "plots/02-linear-regression")
///     summary.print()
///
/// The lines are `name: value`, in the order added, so scripts and tests can read them.
public struct Summary: Sendable {
    /// One figure, already formatted.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Decimals of floating-point values that are added without their own.
    public var decimals: Int
    public private(set) var entries: [Entry] = []

    public init(decimals: Int = 4) {
        precondition(decimals >= 0, "Summary decimals must not be negative, got \(decimals)")
        self.decimals = decimals
    }

    /// Adds a floating-point figure, with `decimals` digits after the point (the summary's by default).
    public mutating func add<Value: BinaryFloatingPoint>(_ name: String, _ value: Value, decimals: Int? = nil) {
        append(name, NumberFormat.fixed(value, decimals: decimals ?? self.decimals))
    }

    /// Adds an integer figure, written as an integer.
    public mutating func add<Value: BinaryInteger>(_ name: String, _ value: Value) {
        append(name, String(value))
    }

    /// Adds a figure written as given.
    public mutating func add(_ name: String, _ value: String) {
        append(name, value)
    }

    /// The `name: value` lines, without the blank line before them.
    public var lines: [String] { entries.map { "\($0.name): \($0.value)" } }

    /// What `print()` writes: a blank line, then one `name: value` line per figure.
    public var text: String {
        "\n" + lines.map { $0 + "\n" }.joined()
    }

    /// Prints the summary to standard output (or to `output`).
    public func print(to output: (String) -> Void = ProgressBar.standardOutput) {
        output(text)
    }

    private mutating func append(_ name: String, _ value: String) {
        precondition(!name.contains(":"),
                     "Summary name \"\(name)\" must not contain a colon: lines are read as `name: value`")
        precondition(!name.contains(where: \.isNewline) && !value.contains(where: \.isNewline),
                     "Summary name and value must fit on one line: \"\(name)\"")
        precondition(!name.isEmpty, "Summary name must not be empty")
        entries.append(Entry(name: name, value: value))
    }
}

extension Summary {
    /// What `--reference` cost (chapters 06-08): prints the seconds of one training step of
    /// `what` with the readable layers and with the fast paths, and adds their ratio.
    public mutating func addReferenceTiming(_ what: String, fast: Double, reference: Double) {
        Swift.print("\n--reference: one training step of \(what) took \(NumberFormat.fixed(Float(reference * 1000), decimals: 1)) ms "
                    + "with the readable layers and \(NumberFormat.fixed(Float(fast * 1000), decimals: 1)) ms with the fast paths")
        add("reference training step, times the fast paths'", Float(reference / fast))
    }
}
