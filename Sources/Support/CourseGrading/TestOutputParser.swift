// Reading Swift Testing's console output into one verdict per exercise part. Exercise
// tests are named after their part ("2.3 normal equations"); the harness runs each part in
// its own process and says "not implemented yet", "crashed" or "did not finish" in its message.

public enum TestOutputParser {
    /// The results of the parts named in `output`, by part id.
    public static func parse(_ output: String) -> [String: PartResult] {
        var results: [String: PartResult] = [:]
        var lastIssuePart: String?
        for line in withoutColors(output).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("↳ "), let part = lastIssuePart {
                // The detail of the issue just recorded: the harness's own words.
                let message = String(line.dropFirst(2))
                // Keep the first real message: Swift Testing's generic "Issue recorded" and an
                // exit test's "Expectation failed: .success → .signal(…)" give way to the detail.
                let current = results[part]?.message ?? ""
                if current.isEmpty || current == "Issue recorded" || current.hasPrefix("Expectation failed") {
                    results[part]?.message = message
                }
                continue
            }
            lastIssuePart = nil
            guard let (part, title, rest) = testLine(line) else { continue }
            var result = results[part] ?? PartResult(part: part, title: title, verdict: .didNotRun)
            if rest.hasPrefix("recorded an issue") {
                lastIssuePart = part
                result.verdict = .failing
                if result.message == nil || result.message == "Issue recorded", let colon = rest.range(of: ": ") {
                    result.message = String(rest[colon.upperBound...])
                }
            } else if rest.hasPrefix("passed") {
                result.verdict = result.verdict == .didNotRun ? .passed : result.verdict
                result.seconds = seconds(in: rest)
            } else if rest.hasPrefix("failed") {
                if result.verdict == .didNotRun || result.verdict == .passed { result.verdict = .failing }
                result.seconds = seconds(in: rest)
            }
            results[part] = result
        }
        for (part, result) in results where result.verdict == .failing {
            results[part]?.verdict = classify(result.message ?? "")
        }
        return results
    }

    /// `text` without ANSI escape sequences (ESC [ … letter), which colour the output on
    /// terminals that claim to support it.
    static func withoutColors(_ text: String) -> String {
        var result = ""
        var inEscape = false
        var sawBracket = false
        for character in text {
            if inEscape {
                if !sawBracket { sawBracket = character == "["; if !sawBracket { inEscape = false }; continue }
                if character.isLetter { inEscape = false }
                continue
            }
            if character == "\u{1B}" { (inEscape, sawBracket) = (true, false); continue }
            result.append(character)
        }
        return result
    }

    /// The kind of failure a harness message describes.
    static func classify(_ message: String) -> Verdict {
        if message.contains("is not implemented yet") { return .notStarted }
        if message.contains("did not finish within") { return .timedOut }
        if message.contains("crashed") || message.contains(".signal(") { return .crashed }
        return .failing
    }

    /// (part, title, rest) of a line `✘ Test "2.3 normal equations" recorded an issue …`.
    static func testLine(_ line: String) -> (String, String, Substring)? {
        guard let start = line.range(of: "Test \""), let end = line[start.upperBound...].range(of: "\" ") else {
            return nil
        }
        let name = line[start.upperBound..<end.lowerBound]
        guard let space = name.firstIndex(of: " ") else { return nil }
        let part = String(name[..<space])
        let pieces = part.split(separator: ".")
        guard pieces.count == 2, Int(pieces[0]) != nil, Int(pieces[1]) != nil else { return nil }
        return (part, String(name[name.index(after: space)...]), line[end.upperBound...])
    }

    /// The number in "passed after 0.081 seconds".
    static func seconds(in text: Substring) -> Double? {
        guard let after = text.range(of: "after ") else { return nil }
        return Double(text[after.upperBound...].prefix { $0.isNumber || $0 == "." })
    }
}
