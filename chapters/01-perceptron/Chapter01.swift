// Chapter 01 · The perceptron. Notes: README.md beside this file.
//
// 1. The perceptron learns AND and OR, and never XOR.
// 2. It separates two Gaussian blobs; the boundary is drawn as it moves.
// 3. On overlapping blobs it never settles, while the delta rule (ADALINE) converges.
import ArgumentParser
import CourseRuntime
import Gnuplot
import Perceptron

@main
struct Chapter01: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter01",
        abstract: "Chapter 01 · The perceptron: logic gates, two Gaussian blobs, and the delta rule.",
        discussion: "Trains Rosenblatt's perceptron on AND, OR and XOR, then on two Gaussian blobs, and compares it "
            + "with ADALINE (the delta rule) on overlapping blobs. Plots go to PLOTS-DIR/01-perceptron.")

    @OptionGroup var options: ChapterOptions

    @Flag(help: "Train with your exercise 1 code (1.1-1.4) instead of the engine's rules.")
    var mine = false

    func run() throws {
        let epochs = try options.epochs(default: 30, quick: 10)
        var generator = SeededGenerator(seed: options.seed)
        let plots = ChapterPlots(options: options, slug: "01-perceptron")
        var summary = Summary()
        let rules = Rules(mine: mine)
        try rules.requireYourParts()
        if mine { print(yourParts.announcement) }

        // MARK: 1. Logic gates
        print("1. The perceptron on the logic gates (labels −1 and +1, learning rate 1)")
        var gateCurves: [LineSeries] = []
        for gate in LogicGate.allCases {
            let table = gate.truthTable
            var perceptron = PerceptronClassifier(features: 2)
            var mistakes: [Int] = []
            for _ in 1...epochs {
                mistakes.append(rules.epochByExample(&perceptron, inputs: table.inputs, labels: table.labels))
                if mistakes.last == 0 { break }
            }
            let name = gate.rawValue.lowercased()
            if mistakes.last == 0 {
                print("   \(gate.rawValue): no mistakes in epoch \(mistakes.count); w = \(perceptron.weights), b = \(perceptron.bias)")
                summary.add("\(name) epochs to converge", mistakes.count)
            } else {
                print("   \(gate.rawValue): still \(mistakes.last!) mistakes in epoch \(epochs): no straight line separates its classes")
                summary.add("\(name) mistakes in last epoch", mistakes.last!)
            }
            gateCurves.append(LineSeries(title: gate.rawValue, ys: mistakes.map(Double.init), style: .linesPoints))
            try plots.write(ScatterPlot(title: "The perceptron's regions after training on \(gate.rawValue)",
                                        xLabel: "x₁", yLabel: "x₂", classes: pointClasses(table),
                                        region: decisionRegion(of: perceptron, x: -0.5...1.5, y: -0.5...1.5),
                                        xRange: -0.5...1.5, yRange: -0.5...1.5),
                            name: "gate-\(name)")
        }
        try plots.write(LinePlot(title: "Mistakes per epoch on the logic gates", xLabel: "epoch",
                                 yLabel: "mistakes", integerX: true, integerY: true, series: gateCurves),
                        name: "gates-mistakes")

        // MARK: 2. Separable blobs
        let count = options.value(100, quick: 30)
        print("\n2. Two Gaussian blobs, \(count) points each, centred at (1.5, 1.5) and (2.5, 2.5), "
              + "none nearer than 0.05 to the line x₁ + x₂ = 4 between them")
        let blobs = separableBlobs(countPerClass: count, negativeCentre: (1.5, 1.5), positiveCentre: (2.5, 2.5),
                                   spread: 0.5, margin: 0.05, using: &generator)
        // The convergence theorem's bound, measured with that line (any separating line gives one).
        guard let bound = MistakeBound(blobs, separatedBy: Tensor([1, 1]), bias: -4) else {
            preconditionFailure("separableBlobs returned points the line x₁ + x₂ = 4 does not separate")
        }
        print("   R = \(NumberFormat.fixed(bound.radius, decimals: 3)), γ = \(NumberFormat.fixed(bound.margin, decimals: 4)): "
              + "at most (R/γ)² = \(Int(bound.mistakes)) mistakes in all")
        // The theorem starts from w = 0, b = 0.
        var perceptron = PerceptronClassifier(weights: Tensor.zeros([2]), bias: 0)
        var blobMistakes: [Int] = []
        var boundaries: [LineSeries] = []
        for epoch in 1...epochs {
            let order = generator.permutation(blobs.labels.count)
            blobMistakes.append(rules.epoch(&perceptron, inputs: blobs.inputs, labels: blobs.labels,
                                            learningRate: 0.1, order: order))
            print("   epoch \(epoch): \(blobMistakes.last!) mistakes, \(blobMistakes.reduce(0, +)) so far")
            if epoch <= 3 || blobMistakes.last == 0 {
                boundaries.append(boundaryLine(of: perceptron, title: "after epoch \(epoch)", x: -0.5...4.5))
            }
            if blobMistakes.last == 0 { break }
        }
        let blobAccuracy = Float(accuracy(blobs) { rules.predict(weights: perceptron.weights, bias: perceptron.bias, $0) })
        summary.add("blobs epochs to converge", blobMistakes.last == 0 ? blobMistakes.count : -1)
        summary.add("blobs training accuracy", blobAccuracy)
        summary.add("blobs mistakes in all", blobMistakes.reduce(0, +))
        summary.add("blobs mistake bound (R/γ)²", Int(bound.mistakes))
        try plots.write(ScatterPlot(title: "The perceptron's boundary as it learns", xLabel: "x₁", yLabel: "x₂",
                                    classes: pointClasses(blobs), lines: boundaries,
                                    xRange: -0.5...4.5, yRange: -0.5...4.5), name: "blobs-boundary")
        // Mistakes so far against the bound, on a log scale: the bound is far above.
        let soFar = blobMistakes.indices.map { Double(blobMistakes[...$0].reduce(0, +)) }
        let epochAxis = (1...blobMistakes.count).map(Double.init)
        try plots.write(LinePlot(title: "Mistakes on separable blobs against the convergence bound", xLabel: "epoch",
                                 yLabel: "mistakes", logY: true, integerX: true, legend: .outsideRight,
                                 series: [LineSeries(title: "in that epoch", xs: epochAxis, ys: blobMistakes.map(Double.init),
                                                     style: .linesPoints),
                                          LineSeries(title: "so far", xs: epochAxis, ys: soFar, style: .linesPoints),
                                          LineSeries(title: "(R/γ)² = \(Int(bound.mistakes))", xs: [1, epochAxis.last!],
                                                     ys: [Double(bound.mistakes), Double(bound.mistakes)], dash: .dashed)]),
                        name: "blobs-mistakes")

        // MARK: 3. Overlapping blobs: perceptron against the delta rule
        print("\n3. Overlapping blobs: the perceptron never settles; the delta rule converges")
        let overlap = gaussianBlobs(countPerClass: count, spread: 1.0, using: &generator)
        var restless = PerceptronClassifier(features: 2)
        var adaline = Adaline(weights: .zeros([2]))
        var perceptronErrors: [Double] = [], adalineLoss: [Double] = []
        let progress = ProgressBar(label: "   epochs", total: epochs, unit: "pt")
        for epoch in 1...epochs {
            let order = generator.permutation(overlap.labels.count)
            let mistakes = rules.epoch(&restless, inputs: overlap.inputs, labels: overlap.labels, learningRate: 0.1,
                                       order: order)
            rules.adalineEpoch(&adaline, inputs: overlap.inputs, targets: overlap.labels, learningRate: 0.0005, order: order)
            perceptronErrors.append(Double(mistakes) / Double(overlap.labels.count))
            adalineLoss.append(Double(adaline.meanSquaredError(inputs: overlap.inputs, targets: overlap.labels)))
            progress.update(completed: epoch, metrics: [("perceptron error rate", perceptronErrors.last!),
                                                        ("ADALINE mse", adalineLoss.last!)],
                            items: epoch * overlap.labels.count)
        }
        progress.finish()
        let adalineAccuracy = accuracy(overlap) { rules.predict(weights: adaline.weights, bias: adaline.bias, $0) }
        summary.add("overlap perceptron mistake rate in last epoch", perceptronErrors.last!)
        summary.add("adaline final mse", adalineLoss.last!)
        summary.add("adaline training accuracy", adalineAccuracy)
        try plots.write(LinePlot(title: "Overlapping blobs: perceptron mistakes against the delta rule's loss",
                                 xLabel: "epoch", yLabel: "fraction of mistakes / mean squared error", integerX: true,
                                 series: [LineSeries(title: "perceptron: fraction of mistakes in the epoch",
                                                     ys: perceptronErrors, style: .linesPoints),
                                          LineSeries(title: "ADALINE: mean squared error", ys: adalineLoss,
                                                     style: .linesPoints)]),
                        name: "overlap-training")
        try plots.write(ScatterPlot(title: "Overlapping blobs: final boundaries", xLabel: "x₁", yLabel: "x₂",
                                    classes: pointClasses(overlap),
                                    lines: [boundaryLine(of: restless, title: "perceptron", x: -4...4),
                                            boundaryLine(weights: adaline.weights, bias: adaline.bias,
                                                         title: "ADALINE (delta rule)", x: -4...4)],
                                    xRange: -4...4, yRange: -4...4), name: "overlap-boundaries")

        plots.printNote()
        summary.print()
    }
}

/// The fraction of points whose predicted label equals their label.
func accuracy(_ data: LabelledPoints, predict: (Tensor) -> Float) -> Double {
    let n = data.labels.count
    let correct = (0..<n).filter { predict(data.inputs.row($0)) == data.labels[$0] }.count
    return Double(correct) / Double(n)
}
