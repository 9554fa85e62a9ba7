// A report (`course check --all --json`) turned into what a CI service shows: a Markdown table
// for a GitHub job's summary, JUnit XML for GitLab's test report. `course report` prints them.
import Foundation

extension SubmissionReport {
    /// A table of part, verdict and first message, for `$GITHUB_STEP_SUMMARY`: a line per part,
    /// the message's first line only, its pipes escaped.
    public var summaryMarkdown: String {
        var lines = ["### \(passed) of \(parts.count) exercise parts pass", "", "| part | verdict | first message |",
                     "| --- | --- | --- |"]
        for part in parts {
            let firstLine = (part.message ?? "").split(separator: "\n").first.map(String.init) ?? ""
            lines.append("| \(part.part) \(part.title) | \(part.verdict.symbol) \(part.verdict.rawValue) | "
                         + firstLine.replacingOccurrences(of: "|", with: "\\|") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// JUnit XML, one test suite per exercise and one test case per part: a part not started is
    /// skipped, one that passed has nothing inside, any other verdict is a failure whose message
    /// is the verdict and whose text is the part's message.
    public var junitXML: String {
        let exercises = Dictionary(grouping: parts) { $0.part.split(separator: ".").first.map(String.init) ?? $0.part }
        let order = exercises.keys.sorted { (Int($0) ?? .max, $0) < (Int($1) ?? .max, $1) }
        // A part not started is skipped; any verdict but passed and not started is a failure.
        func counts(_ parts: [PartResult]) -> String {
            let skipped = parts.filter { $0.verdict == .notStarted }.count
            let failures = parts.filter { $0.verdict != .passed }.count - skipped
            return #"tests="\#(parts.count)" failures="\#(failures)" skipped="\#(skipped)""#
        }
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#,
                     #"<testsuites name="\#(Self.escaped(submission))" \#(counts(parts))>"#]
        for exercise in order {
            let cases = exercises[exercise]!
            let suite = "Exercise \(exercise)"
            lines.append(#"  <testsuite name="\#(suite)" \#(counts(cases))>"#)
            for part in cases {
                let open = #"    <testcase classname="\#(suite)" name="\#(Self.escaped(part.part + " " + part.title))""#
                    + (part.seconds.map { #" time="\#(String(format: "%.3f", $0))""# } ?? "")
                switch part.verdict {
                case .passed:
                    lines.append(open + "/>")
                case .notStarted:
                    lines.append(open + ">")
                    lines.append(#"      <skipped message="not started"/>"#)
                    lines.append("    </testcase>")
                default:
                    lines.append(open + ">")
                    lines.append(#"      <failure message="\#(part.verdict.rawValue)">\#(Self.escaped(part.message ?? ""))</failure>"#)
                    lines.append("    </testcase>")
                }
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with XML's five special characters escaped, and the control characters XML 1.0
    /// cannot hold (all but tab, newline and return) left out.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default: if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
