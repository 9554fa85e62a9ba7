// A class graded in shards (one `course grade` per runner) put back together: the shards'
// summary.json files merged into one class summary, and a grades.csv for a gradebook.
import Foundation

public enum ClassMerge {
    /// Why shards cannot be merged.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// The reports of every shard, in the order given, each shard's in its own order: the same
    /// list as grading the whole class in one run in that order. A submission in two shards, or
    /// shards whose parts differ, stop the merge, naming them.
    public static func merge(_ shards: [(name: String, reports: [SubmissionReport])]) throws -> [SubmissionReport] {
        var seen: [String: String] = [:]
        var merged: [SubmissionReport] = []
        let parts = shards.lazy.flatMap(\.reports).first.map { $0.parts.map(\.part) }
        for shard in shards {
            for report in shard.reports {
                if let other = seen[report.submission] {
                    throw Problem(description: "\(report.submission) is in two shards, \(other) and \(shard.name): "
                                  + "each learner belongs to one shard")
                }
                // A submission not graded at all (unreadable, refused) may list no parts; any other
                // must have the class's parts, or the shards were graded by different courses.
                if !report.parts.isEmpty, let parts, report.parts.map(\.part) != parts {
                    throw Problem(description: "\(report.submission) in \(shard.name) was graded on the parts "
                                  + "\(report.parts.map(\.part).joined(separator: ", ")), the class on \(parts.joined(separator: ", ")): "
                                  + "grade every shard with the same course")
                }
                seen[report.submission] = shard.name
                merged.append(report)
            }
        }
        return merged
    }

    /// The merged reports in the class file's order, and what the class's summary notes: a
    /// learner no shard reported (its job failed, or its shard was not given) gets a report that
    /// says so and scores nothing; a report of someone not in the class is kept at the end, noted.
    public static func arranged(_ reports: [SubmissionReport], by list: ClassList) -> (reports: [SubmissionReport], notes: [String]) {
        let byName = Dictionary(reports.map { ($0.submission, $0) }, uniquingKeysWith: { first, _ in first })
        let parts = reports.first { !$0.parts.isEmpty }?.parts ?? []
        var notes: [String] = []
        var arranged = list.learners.enumerated().map { index, learner in
            if let report = byName[learner.name] { return report }
            let shard = list.shardOf(learnerAt: index)
            let message = "not graded: shard \(shard) of \(list.shards) left no report for this learner "
                + "(did that shard's job fail? its log says why)"
            return SubmissionReport(submission: learner.name, parts: parts.map {
                PartResult(part: $0.part, title: $0.title, verdict: .didNotRun, message: message)
            }, notes: [message])
        }
        let names = Set(list.learners.map(\.name))
        for report in reports where !names.contains(report.submission) {
            notes.append("\(report.submission) was graded by a shard but is not in the class file: kept at the end")
            arranged.append(report)
        }
        return (arranged, notes)
    }

    /// One row per submission: its name, the parts it passed, the class's part count, then 1 or 0
    /// for each part (RFC 4180: fields with a comma, a quote or a line break are quoted).
    public static func gradesCSV(_ reports: [SubmissionReport]) -> String {
        let ids = reports.first { !$0.parts.isEmpty }?.parts.map(\.part) ?? []
        var rows = [(["submission", "passed", "parts"] + ids).map(field).joined(separator: ",")]
        for report in reports {
            let passed = Set(report.parts.filter { $0.verdict == .passed }.map(\.part))
            rows.append(([report.submission, "\(passed.count)", "\(ids.count)"] + ids.map { passed.contains($0) ? "1" : "0" })
                .map(field).joined(separator: ","))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
