// The submission folders a command is given, checked before any work: grading a folder
// that is not there would report zero, and two folders of one name would write one report.
import Foundation

public enum SubmissionFolders {
    /// What is wrong with `paths`: each one that is not a folder, and each two with the same
    /// last component (in any case, as a case-insensitive disk would see them), whose reports
    /// (NAME.md, NAME.json) would overwrite each other, or one named like the class summary.
    /// Empty when nothing is.
    /// Without `reports`, only the folders are checked.
    public static func problems(_ paths: [String], reports: Bool = true) -> [String] {
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
        for path in paths where reports {
            let name = reportName(path)
            if name.lowercased() == "summary" {
                problems.append("\(path) is named \(name), like the class's summary (summary.md, summary.json), "
                                + "which would overwrite its report: rename it")
            } else if let earlier = pathsByName[name.lowercased()] {
                problems.append("\(earlier) and \(path) have the same name, \(name), so one's report (\(name).md, "
                                + "\(name).json) would overwrite the other's: rename one of them")
            } else {
                pathsByName[name.lowercased()] = path
            }
        }
        return problems
    }

    /// The name a submission's report goes by: its folder's name.
    public static func reportName(_ path: String) -> String {
        URL(fileURLWithPath: path, isDirectory: true).lastPathComponent
    }
}
