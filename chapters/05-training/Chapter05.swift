import CourseRuntime
@main
struct Chapter05: ParsableCommand {
    @OptionGroup var options: ChapterOptions
    func run() throws {}
}
