// `swift run course <subcommand>`: the course's own tools.

import ArgumentParser

@main
struct Course: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "course",
        abstract: "The course's own tools, run from the course's root folder.",
        subcommands: [List.self, Check.self, Watch.self, Hint.self, Diff.self, Grade.self, Generate.self, Release.self, Plots.self, Report.self])
}
