import CourseRuntime
@main
struct Chapter04: ParsableCommand {
    @OptionGroup var options: ChapterOptions
    func run() throws {}
}
