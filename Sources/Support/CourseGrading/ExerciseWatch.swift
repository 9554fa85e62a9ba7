// `course watch`: what re-checking an exercise on every save needs, apart from the loop
// itself: noticing a save, choosing the exercise to follow, and saying where things stand.
import Foundation

public enum ExerciseWatch {
    /// The modification time of every `.swift` file under `folder`, by path.
    public static func snapshot(of folder: URL) -> [String: Date] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey]) else {
            return [:]
        }
        var times: [String: Date] = [:]
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            times[url.path] = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
                ?? .distantPast
        }
        return times
    }

    /// Waits, looking every `interval`, until a `.swift` file under `folder` is saved, added
    /// or removed since `last`; returns the new snapshot.
    public static func waitForSave(in folder: URL, since last: [String: Date],
                                   interval: TimeInterval = 0.3) -> [String: Date] {
        while true {
            let now = snapshot(of: folder)
            if now != last { return now }
            Thread.sleep(forTimeInterval: interval)
        }
    }

    /// The exercise to follow: the first with a part not passing, or nil when all pass.
    public static func firstUnfinished(_ results: [PartResult]) -> Int? {
        results.first { $0.verdict != .passed }.flatMap { Int($0.part.split(separator: ".").first ?? "") }
    }

    /// Where exercise `exercise` stands: a line per part, then the first failing part's
    /// message (for a build failure, the compiler's first error, which points into the file).
    public static func report(_ results: [PartResult], exercise: Int) -> String {
        var lines = results.map { "\($0.verdict.symbol) \($0.part) \($0.title): \($0.verdict.rawValue)" }
        let passed = results.filter { $0.verdict == .passed }.count
        if let first = results.first(where: { $0.verdict != .passed }), let message = first.message {
            let shown = first.verdict == .doesNotCompile
                ? message.split(separator: "\n").first { $0.contains("error:") }.map(String.init) ?? message
                : message
            lines += ["", "\(first.part): " + shown]
        }
        lines += ["", "Exercise \(exercise): \(passed) of \(results.count) parts pass."]
        return lines.joined(separator: "\n")
    }
}
