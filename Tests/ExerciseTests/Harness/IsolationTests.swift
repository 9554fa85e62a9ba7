// The isolation that protects a learner's test run, tested with stand-ins for broken code.
import Testing

/// Checks that behave like a learner's broken function.
enum IsolationChecks {
    static func trap() {
        let values = [1, 2, 3]
        let index = values.count + Int.random(in: 0...0)   // out of range, unknown to the compiler
        _ = values[index]
    }

    static func hang() {
        var counter = 0
        while counter >= 0 { counter = (counter &+ 1) % 1000 }
    }

    static func pass() {
        #expect(1 + 1 == 2)
    }
}

@Suite("Part isolation")
struct IsolationTests {
    @Test("a part that traps fails alone, with the crash message")
    func trapIsReported() async {
        var explanation: String?
        await withKnownIssue { explanation = await checkPart("harness.trap") }
        #expect(explanation?.contains("Exercise harness.trap crashed") == true)
        #expect(explanation?.contains("Index out of range") == true)
    }

    @Test("a part that never returns is stopped at its time limit")
    func hangIsStopped() async {
        let clock = ContinuousClock()
        let start = clock.now
        var explanation: String?
        await withKnownIssue { explanation = await checkPart("harness.hang", timeLimit: 2) }
        #expect(explanation?.contains("did not finish within 2 s") == true)
        #expect(clock.now - start < .seconds(30), "the time limit did not stop the part")
    }

    @Test("a part whose checks pass finishes normally")
    func passIsQuiet() async {
        #expect(await checkPart("harness.pass") == nil)
    }

    @Test("an unknown part is a failure, not a silent pass")
    func unknownPart() async {
        await withKnownIssue {
            await checkPart("no.such.part")
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("no checks are registered") }
        }
    }
}
