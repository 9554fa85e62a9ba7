// Re-rendering the plots in plots/ from their gnuplot scripts (for slides), with the gnuplot
// found on PATH beforehand: without it every script would fail with the same message.
import Foundation

public enum PlotRenderer {
    /// The Debian package that installs gnuplot without a display.
    public static let gnuplotPackage = "gnuplot-nox"

    /// The gnuplot executable in the folders of `searchPath` (a PATH value, folders separated
    /// by colons); nil when none of them has one.
    public static func gnuplot(searchPath: String) -> URL? {
        searchPath.split(separator: ":")
            .map { URL(fileURLWithPath: String($0), isDirectory: true).appendingPathComponent("gnuplot") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The course's chapters: the folders of `chaptersDirectory` named NN-slug, by number.
    public static func chapters(in chaptersDirectory: URL) -> [(number: Int, folder: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: chaptersDirectory.path)) ?? []
        return names.sorted().compactMap { name in
            guard let number = Int(name.prefix(2)), name.dropFirst(2).hasPrefix("-") else { return nil }
            return (number, name)
        }
    }

    /// Why `chapter` names none of the chapters in `chaptersDirectory`; nil when it names one.
    public static func chapterProblem(_ chapter: Int, chaptersDirectory: URL) -> String? {
        let chapters = self.chapters(in: chaptersDirectory)
        guard !chapters.contains(where: { $0.number == chapter }) else { return nil }
        guard !chapters.isEmpty else {
            return "there is no chapter \(chapter): \(chaptersDirectory.path) holds no chapter folders; "
                + "run this in the course's root folder or pass --root"
        }
        return "there is no chapter \(chapter); the chapters are "
            + chapters.map { "\($0.number) (\($0.folder))" }.joined(separator: ", ")
    }

    /// Renders every `.gp` script in the chapter folders of `plotsDirectory` (those whose
    /// name starts with `chapterPrefix`, such as "04-", when given) in `format` with the
    /// `gnuplot` executable; returns the scripts rendered and the failures with gnuplot's message.
    public static func render(plotsDirectory: URL, chapterPrefix: String? = nil, format: String,
                              gnuplot: URL) throws -> (rendered: [String], failed: [(String, String)]) {
        let manager = FileManager.default
        let chapters = try manager.contentsOfDirectory(atPath: plotsDirectory.path).sorted()
            .filter { chapterPrefix.map($0.hasPrefix) ?? true }
        var rendered: [String] = [], failed: [(String, String)] = []
        for chapter in chapters {
            let folder = plotsDirectory.appendingPathComponent(chapter)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            for script in try manager.contentsOfDirectory(atPath: folder.path).sorted() where script.hasSuffix(".gp") {
                let result = try CommandRunner.run([gnuplot.path, "-e", "format=\"\(format)\"", script], in: folder, seconds: 120)
                if result.status == 0 { rendered.append("\(chapter)/\(script)") } else {
                    failed.append(("\(chapter)/\(script)", result.output.trimmingCharacters(in: .whitespacesAndNewlines)))
                }
            }
        }
        return (rendered, failed)
    }
}
