// A class to grade on CI runners: a file listing the learners' repositories, one per line, and
// how many shards (runners) grade it. What the file may hold:
//
//     # a comment
//     shards: 3
//     https://github.com/school/deep-learning-alice.git
//     https://gitlab.example.org/school/bob-course.git  bob
//
// A learner goes by their repository's last path component (without .git), or by the name
// after the address. A blank line, a repository listed twice and two repositories of one name
// do not stop the class: each is named in the class's notes, and everyone else is graded.
import Foundation

public struct ClassList: Sendable {
    public struct Learner: Sendable, Equatable {
        /// The line of the class file, from 1.
        public var line: Int
        /// What `git clone` is given.
        public var repository: String
        /// The learner's report name: a folder name, unique in the class.
        public var name: String

        public init(line: Int, repository: String, name: String) {
            (self.line, self.repository, self.name) = (line, repository, name)
        }
    }

    /// Why a class file cannot be used at all.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    public static let maximumShards = 256

    public var learners: [Learner]
    public var shards: Int
    /// Lines skipped and learners renamed, each naming its line.
    public var notes: [String]

    /// The class file at `path`.
    public static func read(_ path: String) throws -> ClassList {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw Problem(description: "cannot read the class file \(path): \(describeFileError(error))")
        }
        return try ClassList(text: text, file: URL(fileURLWithPath: path).lastPathComponent)
    }

    public init(text: String, file: String) throws {
        // A Windows line end, "\r\n", is one Character in Swift, and a newline like "\n".
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.last == "" { lines.removeLast() }  // the file's last line break ends a line, it opens none
        var learners: [Learner] = [], notes: [String] = [], shards: (value: Int, line: Int)?
        var lineOfRepository: [String: Int] = [:], lineOfName: [String: Int] = [:]
        for (index, raw) in lines.enumerated() {
            let number = index + 1, where_ = "\(file) line \(number)"
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { notes.append("\(where_) is blank: skipped"); continue }
            if line.hasPrefix("#") { continue }
            if line.lowercased().hasPrefix("shards:") {
                let value = line.dropFirst("shards:".count).trimmingCharacters(in: .whitespaces)
                if let earlier = shards {
                    throw Problem(description: "\(where_) sets the shards again (line \(earlier.line) set \(earlier.value)): keep one")
                }
                guard let count = Int(value), (1...Self.maximumShards).contains(count) else {
                    throw Problem(description: "\(where_): shards must be a whole number from 1 to \(Self.maximumShards), not '\(value)'")
                }
                shards = (count, number)
                continue
            }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard fields.count <= 2 else {
                throw Problem(description: "\(where_) has \(fields.count) fields; a line is a repository, then at most a name")
            }
            let repository = fields[0]
            let key = Self.normalised(repository)
            if let earlier = lineOfRepository[key] {
                notes.append("\(where_) lists the repository of line \(earlier) again: graded once")
                continue
            }
            var name: String
            if fields.count == 2 {
                name = fields[1]
                guard Self.isUsableName(name) else {
                    throw Problem(description: "\(where_): the name '\(name)' may hold only letters, digits, '-', '_' and '.', "
                                  + "and may not start with '.'")
                }
            } else {
                name = Self.name(of: repository)
            }
            if name.lowercased() == "summary" {
                notes.append("\(where_): a learner named \(name) would overwrite the class's \(name) files: graded as \(name)-line\(number)")
                name += "-line\(number)"
            } else if let earlier = lineOfName[name.lowercased()] {
                notes.append("\(where_) names a learner \(name), as line \(earlier) does: graded as \(name)-line\(number)")
                name += "-line\(number)"
            }
            lineOfRepository[key] = number
            lineOfName[name.lowercased()] = number
            learners.append(Learner(line: number, repository: repository, name: name))
        }
        guard !learners.isEmpty else { throw Problem(description: "\(file) lists no repositories: nothing to grade") }
        let count = shards?.value ?? 1
        guard count <= learners.count else {
            throw Problem(description: "\(file) asks for \(count) shards but lists \(learners.count) repositories: "
                          + "at most one shard per learner")
        }
        (self.learners, self.shards, self.notes) = (learners, count, notes)
    }

    /// The learners of shard `k` (from 1): a run of the list in its order, the shards' sizes
    /// differing by at most one, so shards 1…N in turn are the class in order.
    public func shard(_ k: Int) -> ArraySlice<Learner> {
        precondition((1...shards).contains(k), "shard \(k) of \(shards)")
        return learners[(k - 1) * learners.count / shards ..< k * learners.count / shards]
    }

    /// The shard (from 1) that grades learner `index` of the list.
    public func shardOf(learnerAt index: Int) -> Int {
        (1...shards).first { shard($0).indices.contains(index) }!
    }

    /// `repository` without trailing slashes and .git, which do not change which repository it is.
    static func trimmed(_ repository: String) -> String {
        var text = repository
        while text.hasSuffix("/") { text.removeLast() }
        if text.hasSuffix(".git") { text.removeLast(4) }
        return text
    }

    /// A repository's address without what does not change which repository it is.
    static func normalised(_ repository: String) -> String { trimmed(repository).lowercased() }

    /// The last path component of `repository` (an address, `host:path` or a folder), without
    /// .git, anything but letters, digits, '-', '_' and '.' replaced by '-'.
    static func name(of repository: String) -> String {
        let last = trimmed(repository).split(whereSeparator: { $0 == "/" || $0 == ":" }).last.map(String.init) ?? "learner"
        var name = String(last.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
        while name.hasPrefix(".") { name.removeFirst() }
        return name.isEmpty ? "learner" : name
    }

    static func isUsableName(_ name: String) -> Bool {
        !name.hasPrefix(".") && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }
}
