// The submission folders a command is given, checked before any work: grading a folder
// that is not there would report zero, and two folders of one name would write one report.
import Foundation

public enum SubmissionFolders {
    /// What is wrong with `paths`: each one that is not a folder, and each two with the same
    /// last component, whose reports (NAME.md, NAME.json) would overwrite each other. Empty
    /// when nothing is.
    public static func problems(_ paths: [String]) -> [String] {
        var problems: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                problems.append("no such folder: \(path)")
            } else if !isDirectory.boolValue {
                problems.append("not a folder: \(path)")
            }
        }
        var pathsByName: [String: String] = [:]
        for path in paths {
            let name = reportName(path)
            if let earlier = pathsByName[name] {
                problems.append("\(earlier) and \(path) have the same name, \(name), so one's report (\(name).md, "
                                + "\(name).json) would overwrite the other's: rename one of them")
            } else {
                pathsByName[name] = path
            }
        }
        return problems
    }

    /// The name a submission's report goes by: its folder's name.
    public static func reportName(_ path: String) -> String {
        URL(fileURLWithPath: path, isDirectory: true).lastPathComponent
    }
}
