import CourseRuntime
import Testing

@Suite("Run summary")
struct RunSummaryTests {
    @Test("Lines are name: value after one blank line, in the order added")
    func exactLines() {
        var summary = Summary()
        summary.add("test accuracy", 0.84123)
        summary.add("final loss", Float(0.5))
        summary.add("epochs", 10)
        summary.add("parameters", UInt64(7_850))
        summary.add("learning rate", 0.05, decimals: 2)
        summary.add("model", "linear")

        #expect(summary.lines == [
            "test accuracy: 0.8412",
            "final loss: 0.5000",
            "epochs: 10",
            "parameters: 7850",
            "learning rate: 0.05",
            "model: linear",
        ])
        var printed = ""
        summary.print { printed += $0 }
        #expect(printed == """

            test accuracy: 0.8412
            final loss: 0.5000
            epochs: 10
            parameters: 7850
            learning rate: 0.05
            model: linear

            """)
    }

    @Test("The summary's own number of decimals applies to every float")
    func summaryDecimals() {
        var summary = Summary(decimals: 2)
        summary.add("accuracy", 0.8456)
        summary.add("loss", 1.0, decimals: 3)
        #expect(summary.text == "\naccuracy: 0.85\nloss: 1.000\n")
        #expect(summary.entries == [.init(name: "accuracy", value: "0.85"), .init(name: "loss", value: "1.000")])
    }

    @Test("An empty summary prints only the blank line")
    func empty() {
        #expect(Summary().text == "\n")
    }

    @Test("A name with a colon stops the program")
    func colonInName() async {
        await #expect(processExitsWith: .failure) {
            var summary = Summary()
            summary.add("accuracy: test", 0.5)
        }
    }
}
