// Timing, and the formatting of durations and counts shared by the progress bar and summaries.

/// Measures the time elapsed since it was started.
///
///     let stopwatch = Stopwatch()
///     train()
///     print("trained in \(stopwatch)")     // "trained in 12.3s"
public struct Stopwatch: Sendable, CustomStringConvertible {
    /// A source of monotonic time; tests pass a fake one.
    public typealias Clock = @Sendable () -> Duration

    /// The machine's monotonic clock, as the time since an arbitrary fixed instant.
    public static let systemClock: Clock = {
        let origin = ContinuousClock.now
        return { @Sendable in ContinuousClock.now - origin }
    }()

    private let clock: Clock
    private var start: Duration

    public init(clock: @escaping Clock = Stopwatch.systemClock) {
        self.clock = clock
        self.start = clock()
    }

    /// The time since the stopwatch was started or last reset.
    public var elapsed: Duration { clock() - start }

    /// `elapsed` in seconds.
    public var seconds: Double { elapsed.inSeconds }

    /// Starts counting from zero again.
    public mutating func reset() { start = clock() }

    /// Runs `body` and returns its result with the time it took.
    public static func measure<Result, Failure: Error>(
        clock: @escaping Clock = Stopwatch.systemClock,
        _ body: () throws(Failure) -> Result
    ) throws(Failure) -> (result: Result, elapsed: Duration) {
        let stopwatch = Stopwatch(clock: clock)
        let result = try body()
        return (result, stopwatch.elapsed)
    }

    /// The elapsed time as `Duration.courseFormatted`, e.g. `"4.2s"` or `"1:05"`.
    public var description: String { elapsed.courseFormatted }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    public var inSeconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }

    /// Short human form: `"0.8s"` and `"42.0s"` under a minute, `"1:05"` (m:ss) under an hour,
    /// `"2:03:04"` (h:mm:ss) from an hour on.
    public var courseFormatted: String {
        let seconds = self.inSeconds
        if seconds < 59.95 {
            return NumberFormat.fixed(max(seconds, 0), decimals: 1) + "s"
        }
        return NumberFormat.clock(seconds)
    }
}

/// Locale-independent number formatting, so that output is the same on every machine.
public enum NumberFormat {
    /// `value` with exactly `decimals` digits after the point: `fixed(0.42131, decimals: 4)` is `"0.4213"`.
    /// Not-a-number is `"nan"`, infinities are `"inf"` and `"-inf"`.
    public static func fixed<Value: BinaryFloatingPoint>(_ value: Value, decimals: Int) -> String {
        precondition(decimals >= 0, "decimals must not be negative")
        let value = Double(value)
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let scale = pow10(decimals)
        let scaled = (abs(value) * scale).rounded(.toNearestOrEven)
        // Beyond 2^63 fall back to the standard description: such numbers are not ours to pretty-print.
        guard scaled < 9.2e18 else { return String(value) }
        let units = UInt64(scaled)
        let whole = units / UInt64(scale)
        let fraction = units % UInt64(scale)
        let negative = value < 0 && units != 0
        var text = (negative ? "-" : "") + String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return text
    }

    /// An integer with thousands separators: `grouped(12345)` is `"12,345"`.
    public static func grouped<Value: BinaryInteger>(_ value: Value) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// Seconds as a clock reading: `"0:07"`, `"12:34"`, `"1:02:03"` (rounded to whole seconds).
    public static func clock(_ seconds: Double) -> String {
        let total = seconds.isFinite ? Int(max(seconds, 0).rounded()) : 0
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let twoDigits = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        if hours > 0 { return "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" }
        return "\(minutes):\(twoDigits(secs))"
    }

    private static func pow10(_ exponent: Int) -> Double {
        precondition(exponent <= 18, "at most 18 decimals")
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
