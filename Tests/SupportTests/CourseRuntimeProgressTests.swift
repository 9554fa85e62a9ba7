import CourseRuntime
import Synchronization
import Testing

/// A clock that moves only when told to.
private final class ProgressTestClock: Sendable {
    private let time = Mutex<Duration>(.zero)

    var now: Duration { time.withLock { $0 } }
    func set(seconds: Double) { time.withLock { $0 = .milliseconds(Int64((seconds * 1000).rounded())) } }

    var function: Stopwatch.Clock { { [self] in now } }
}

/// Collects what a progress bar writes.
private final class ProgressTestSink {
    var text = ""
    var writes = 0
    func write(_ piece: String) {
        text += piece
        writes += 1
    }
}

/// Whether `text` holds a control character other than the newline.
private func progressTextHasControlCharacters(_ text: String, allowing allowed: Set<Character> = ["\n"]) -> Bool {
    text.contains { character in
        !allowed.contains(character)
            && character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}

@Suite("Progress bar")
struct ProgressBarTests {
    @Test("Plain mode prints a line at 25%, 50%, 75% and the final one")
    func plainLines() {
        let clock = ProgressTestClock()
        let sink = ProgressTestSink()
        let bar = ProgressBar(label: "epoch 1/3", total: 8, isTerminal: false,
                              output: sink.write, clock: clock.function)
        for step in 1...8 {
            clock.set(seconds: Double(step))
            bar.update(completed: step, metrics: [("loss", 1.0 / Double(step))], items: step * 100)
        }
        clock.set(seconds: 8)
        bar.finish(metrics: [("loss", 0.25)])

        let lines = sink.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == [
            "epoch 1/3 [######------------------]  25%  2/8  loss 0.5000  100 img/s  ETA 0:06",
            "epoch 1/3 [############------------]  50%  4/8  loss 0.2500  100 img/s  ETA 0:04",
            "epoch 1/3 [##################------]  75%  6/8  loss 0.1667  100 img/s  ETA 0:02",
            "epoch 1/3 [########################] 100%  8/8  loss 0.2500  100 img/s  in 8.0s",
            "",
        ])
        #expect(!progressTextHasControlCharacters(sink.text))
    }

    @Test("Plain mode prints few lines for many updates")
    func plainFewLines() {
        let sink = ProgressTestSink()
        let clock = ProgressTestClock()
        let bar = ProgressBar(label: "train", total: 1000, isTerminal: false, output: sink.write, clock: clock.function)
        for step in 1...1000 {
            clock.set(seconds: Double(step) / 100)
            bar.update(completed: step)
        }
        bar.finish()
        #expect(sink.text.filter { $0 == "\n" }.count == 4)
        #expect(!sink.text.contains("\r"))
        #expect(sink.text.hasSuffix("1000/1000  in 10.0s\n"))
    }

    @Test("Terminal mode redraws one line with the rate and the ETA")
    func terminalLine() {
        let clock = ProgressTestClock()
        let sink = ProgressTestSink()
        let bar = ProgressBar(label: "epoch 3/10", total: 600, isTerminal: true, terminalWidth: 200,
                              output: sink.write, clock: clock.function)
        clock.set(seconds: 16)
        bar.update(completed: 342, metrics: [("loss", 0.42131)], items: 12_345 * 16)
        #expect(sink.text
            == "\repoch 3/10 [#############-----------]  57%  342/600  loss 0.4213  12,345 img/s  ETA 0:12")
    }

    @Test("Terminal mode redraws at most about ten times a second")
    func terminalThrottle() {
        let clock = ProgressTestClock()
        let sink = ProgressTestSink()
        let bar = ProgressBar(label: "epoch", total: 100, isTerminal: true, terminalWidth: 200,
                              output: sink.write, clock: clock.function)
        // 100 updates over one second: 10 ms apart.
        for step in 1...100 {
            clock.set(seconds: Double(step) / 100)
            bar.update(completed: step)
        }
        let redraws = sink.text.filter { $0 == "\r" }.count
        #expect(redraws >= 9 && redraws <= 11, "\(redraws) redraws in one second")
        #expect(!sink.text.contains("\n"))
    }

    @Test("finish ends the terminal line with the elapsed time; a second finish prints nothing")
    func terminalFinish() throws {
        let clock = ProgressTestClock()
        let sink = ProgressTestSink()
        let bar = ProgressBar(label: "fit", total: 4, unit: "samples", isTerminal: true, barWidth: 4,
                              terminalWidth: 200, output: sink.write, clock: clock.function)
        clock.set(seconds: 1)
        bar.update(completed: 2, metrics: [("loss", Float(0.5)), ("accuracy", Float(0.75))], items: 50)
        clock.set(seconds: 65)
        bar.finish()
        // The final line shows where the loop stopped (here halfway), and the elapsed time.
        let expectedFinal = "fit [##--]  50%  2/4  loss 0.5000  accuracy 0.7500  0.8 samples/s  in 1:05"
        // The last redraw, padded with spaces over the longer line before it, then the newline.
        let lastRedraw = try #require(sink.text.split(separator: "\r").last)
        #expect(lastRedraw.hasSuffix("\n"))
        #expect(lastRedraw.dropLast().hasPrefix(expectedFinal))
        #expect(lastRedraw.dropLast().dropFirst(expectedFinal.count).allSatisfy { $0 == " " })
        let length = sink.text.count
        bar.finish()
        bar.update(completed: 4)
        #expect(sink.text.count == length)
        // Only carriage returns and the final newline: no escape sequences.
        #expect(!progressTextHasControlCharacters(sink.text, allowing: ["\r", "\n"]))
    }

    @Test("A shorter redraw wipes the rest of the previous line with spaces")
    func terminalShorterLine() {
        let clock = ProgressTestClock()
        let sink = ProgressTestSink()
        let bar = ProgressBar(label: "x", total: 10, isTerminal: true, barWidth: 2, terminalWidth: 200,
                              output: sink.write, clock: clock.function)
        bar.update(completed: 1, metrics: [("a long metric name", 1.0)])
        clock.set(seconds: 1)
        bar.update(completed: 2)
        let redraws = sink.text.split(separator: "\r").map(String.init)
        #expect(redraws.count == 2)
        #expect(redraws[1].count == redraws[0].count)
        #expect(redraws[1].hasPrefix("x [--]  20%   2/10  ETA 0:04"))
        #expect(redraws[1].hasSuffix("   "))
    }

    @Test("On a narrow terminal the bar shrinks first, then the line is cut")
    func terminalWidth() {
        // The full line is 61 characters, with a bar of 24.
        let slightlyNarrow = ProgressTestSink()
        ProgressBar(label: "epoch 1/1", total: 10, isTerminal: true, terminalWidth: 60,
                    output: slightlyNarrow.write, clock: ProgressTestClock().function)
            .update(completed: 5, metrics: [("loss", 0.5)])
        #expect(slightlyNarrow.text == "\repoch 1/1 [###########-----------]  50%   5/10  loss 0.5000")

        let veryNarrow = ProgressTestSink()
        ProgressBar(label: "epoch 1/1", total: 10, isTerminal: true, terminalWidth: 30,
                    output: veryNarrow.write, clock: ProgressTestClock().function)
            .update(completed: 5, metrics: [("loss", 0.5)])
        #expect(veryNarrow.text == "\repoch 1/1  50%   5/10  loss 0")
    }

    @Test("An empty loop still finishes at 100%")
    func emptyTotal() {
        let sink = ProgressTestSink()
        let bar = ProgressBar(label: "nothing", total: 0, isTerminal: false, barWidth: 2,
                              output: sink.write, clock: ProgressTestClock().function)
        bar.update(completed: 0)
        bar.finish()
        #expect(sink.text == "nothing [##] 100%  0/0  in 0.0s\n")
    }
}

@Suite("Stopwatch and number formats")
struct StopwatchFormatTests {
    @Test("Stopwatch measures with the injected clock")
    func stopwatch() {
        let clock = ProgressTestClock()
        clock.set(seconds: 10)
        var stopwatch = Stopwatch(clock: clock.function)
        clock.set(seconds: 12.5)
        #expect(stopwatch.elapsed == .milliseconds(2500))
        #expect(stopwatch.seconds == 2.5)
        #expect(stopwatch.description == "2.5s")
        stopwatch.reset()
        clock.set(seconds: 13)
        #expect(stopwatch.seconds == 0.5)
        let (value, elapsed) = Stopwatch.measure(clock: clock.function) { 6 * 7 }
        #expect(value == 42)
        #expect(elapsed == .zero)
    }

    @Test("Durations read as seconds, m:ss or h:mm:ss")
    func durations() {
        #expect(Duration.milliseconds(840).courseFormatted == "0.8s")
        #expect(Duration.seconds(42).courseFormatted == "42.0s")
        #expect(Duration.seconds(65).courseFormatted == "1:05")
        #expect(Duration.seconds(3723).courseFormatted == "1:02:03")
    }

    @Test("Fixed decimals, thousands groups and clock readings")
    func numbers() {
        #expect(NumberFormat.fixed(0.42131, decimals: 4) == "0.4213")
        #expect(NumberFormat.fixed(Float(0.5), decimals: 2) == "0.50")
        #expect(NumberFormat.fixed(-1.25, decimals: 1) == "-1.2")
        #expect(NumberFormat.fixed(-0.00001, decimals: 2) == "0.00")
        #expect(NumberFormat.fixed(3.0, decimals: 0) == "3")
        #expect(NumberFormat.fixed(Double.nan, decimals: 4) == "nan")
        #expect(NumberFormat.fixed(-Double.infinity, decimals: 4) == "-inf")
        #expect(NumberFormat.grouped(12_345) == "12,345")
        #expect(NumberFormat.grouped(999) == "999")
        #expect(NumberFormat.grouped(-1_234_567) == "-1,234,567")
        #expect(NumberFormat.clock(12) == "0:12")
        #expect(NumberFormat.clock(754) == "12:34")
    }
}
