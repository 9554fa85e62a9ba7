// Chapter 04 · Backpropagation and the multilayer perceptron. Notes: README.md beside this file.
//
// 1. The non-linearities and their derivatives.
// 2. XOR, impossible for one perceptron, learned by a 2-2-1 network.
// 3. The vanishing gradient: a deep sigmoid network against ReLU, with the default and He's initialisation.
// 4. A 784-256-128-10 MLP on Fashion-MNIST.
import CourseRuntime
import Backpropagation
import Foundation
import Gnuplot

@main
struct Chapter04: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter04",
        abstract: "Chapter 04 · Backpropagation: activations, XOR, the vanishing gradient, an MLP on Fashion-MNIST.",
        discussion: "Draws the activations and their derivatives, trains a 2-2-1 network on XOR, compares gradient "
            + "norms per layer in deep sigmoid and ReLU networks, and trains a 784-256-128-10 MLP on "
            + "Fashion-MNIST. Plots go to PLOTS-DIR/04-backpropagation.")

    @OptionGroup var options: ChapterOptions

    @Flag(help: "Train with your exercise 4 code (4.1-4.4) as the backward passes instead of the engine's.")
    var mine = false

    func run() throws {
        let epochs = try options.epochs(default: 20, quick: 1)
        var generator = SeededGenerator(seed: options.seed)
        let plots = ChapterPlots(options: options, slug: "04-backpropagation")
        var summary = Summary()
        let layers = LayerMaker(mine: mine)
        try layers.requireYourParts()
        if let announcement = layers.announcement { print(announcement) }
        // Read first, so that a mistake in the data stops the run before any work.
        let data = try ImageData.read(directory: options.dataDirectory)

        // MARK: 1. Activations
        print("1. Six activations and their derivatives (plot: activations.png)")
        try plots.write(activationPlot(), name: "activations")

        // MARK: 2. XOR
        print("\n2. XOR with a 2-2-1 network: Linear(2 → 2), tanh, Linear(2 → 1), binary cross-entropy")
        let (xorNetwork, xorLosses, xorStarts) = trainXOR(steps: options.value(3000, quick: 2000), layers: layers, using: &generator)
        let table = LogicGate.xor.truthTable
        let outputs = xorNetwork.forward(table.inputs).reshaped([4]).map { sigmoid($0) }
        for i in 0..<4 {
            print("   (\(Int(table.inputs[i, 0])), \(Int(table.inputs[i, 1]))) → P(true) = \(fixed(outputs[i]))"
                  + "  (XOR is \(table.labels[i] > 0 ? "true" : "false"))")
        }
        let xorCorrect = (0..<4).filter { (outputs[$0] > 0.5) == (table.labels[$0] > 0) }.count
        summary.add("xor corners right", xorCorrect)
        summary.add("xor random starts needed", xorStarts)
        summary.add("xor final loss", xorLosses.last!)
        try plots.write(xorRegion(xorNetwork), name: "xor-regions")
        try plots.write(LinePlot(title: "XOR: binary cross-entropy during training", xLabel: "step", yLabel: "loss",
                                 logY: true, series: [LineSeries(title: "2-2-1 network", ys: xorLosses.map(Double.init))]),
                        name: "xor-loss")

        // MARK: Data
        let splits = try ImageSplits.split(data, trainingImages: options.quick ? 6000 : nil,
                                           testImages: options.quick ? 2000 : nil, validationFraction: 1.0 / 12,
                                           preparation: .centered, using: &generator)
        let (train, validation, test) = (splits.train, splits.validation, splits.test)

        // MARK: 3. The vanishing gradient
        print("\n3. Gradient norms per layer in a 10-layer network of 64 units (plot: vanishing-gradient.png)")
        let probe = train.subset(Array(0..<min(256, train.count)))
        var weightNorms: [LineSeries] = [], hiddenNorms: [LineSeries] = []
        let cases: [(String, (Int, Int, inout SeededGenerator) -> any Layer, () -> any Layer)] = [
            ("sigmoid", { layers.linear($0, $1, using: &$2) }, layers.sigmoid),
            ("ReLU", { layers.linear($0, $1, using: &$2) }, layers.relu),
            ("ReLU, He init", { layers.heLinear($0, $1, using: &$2) }, layers.relu),
        ]
        for (name, makeLinear, makeActivation) in cases {
            let norms = gradientNormsPerLayer(depth: 10, width: 64, linear: makeLinear, activation: makeActivation,
                                              batch: probe, using: &generator)
            print("   \(name.padding(toLength: 13, withPad: " ", startingAt: 0)) ‖∂L/∂W‖, first layer to last: "
                  + norms.weights.map { String(format: "%.1e", $0) }.joined(separator: " "))
            print("   \(String(repeating: " ", count: 13)) ‖∂L/∂h‖, first layer to last: "
                  + norms.hidden.map { String(format: "%.1e", $0) }.joined(separator: " "))
            summary.add("\(name) first-layer gradient norm / last-layer",
                        String(format: "%.2e", norms.weights.first! / norms.weights.last!))
            summary.add("\(name) ‖∂L/∂h‖ first hidden layer / last", String(format: "%.2e", norms.hidden.first! / norms.hidden.last!))
            weightNorms.append(LineSeries(title: name, xs: (1...norms.weights.count).map(Double.init),
                                          ys: norms.weights.map(Double.init), style: .linesPoints))
            hiddenNorms.append(LineSeries(title: name, xs: (1...norms.hidden.count).map(Double.init),
                                          ys: norms.hidden.map(Double.init), style: .linesPoints))
        }
        try plots.write(Multiplot(title: "Gradient norms layer by layer (layer 1 is nearest the input)", columns: 2,
                                  size: PlotSize(width: 1200, height: 500), panels: [
                                      LinePlot(title: "each layer's weights", xLabel: "layer", yLabel: "‖∂L/∂W‖",
                                               logY: true, integerX: true, legend: .bottomRight, series: weightNorms),
                                      LinePlot(title: "each hidden layer's output", xLabel: "hidden layer",
                                               yLabel: "‖∂L/∂h‖", logY: true, integerX: true, legend: .bottomRight,
                                               series: hiddenNorms),
                                  ]),
                        name: "vanishing-gradient")

        // MARK: 4. The MLP on Fashion-MNIST (or the images --data-dir holds)
        let network = Sequential([layers.linear(splits.features, 256, name: "fc1", using: &generator), layers.relu(),
                                  layers.linear(256, 128, name: "fc2", using: &generator), layers.relu(),
                                  layers.linear(128, 10, name: "fc3", using: &generator)])
        print("\n4. \(network.description): \(network.parameterCount) parameters, \(epochs) epochs of mini-batch SGD")
        let settings = SGDSettings(learningRate: 0.1, epochs: epochs, batchSize: 64, decaysToZero: true)
        let started = ContinuousClock.now
        let history = try trainWithProgress(network, on: train, validation: validation, settings: settings,
                                            using: &generator)
        let seconds = (ContinuousClock.now - started).inSeconds
        let (testLoss, testAccuracy) = network.evaluate(test)
        print("   test loss \(fixed(testLoss)), test accuracy \(fixed(testAccuracy))")
        summary.add("mlp validation accuracy", history.last!.validationAccuracy!)
        summary.add("mlp test accuracy", testAccuracy)
        summary.add("mlp training images per second", Int(Double(train.count * epochs) / seconds))
        try plots.write(Multiplot.learningCurves(title: "The MLP on \(splits.kind.name)", history.columns), name: "mlp-training-curves")
        let firstLayer = network.parameters[0].value   // fc1's weight [pixels, 256]
        let (rows, columns) = (splits.imageRows, splits.imageColumns)
        try plots.write(ImageGrid(title: "Sixteen of the first layer's 256 units, as \(rows)×\(columns) weight images",
                                  columns: 8, palette: .diverging,
                                  images: (0..<16).map { unit in
                                      ImageGrid.Image(title: "unit \(unit)", rows: rows, columns: columns,
                                                      values: (0..<splits.features).map { Double(firstLayer[$0, unit]) })
                                  }),
                        name: "first-layer-weights")

        plots.printNote()
        summary.print()
    }

    /// Trains with a progress bar over all the epochs' batches.
    func trainWithProgress(_ network: Sequential, on data: Dataset, validation: Dataset, settings: SGDSettings,
                           using generator: inout SeededGenerator) throws -> [EpochRecord] {
        let progress = TrainingProgress(label: "   mlp", examples: data.count, batchSize: settings.batchSize,
                                        epochs: settings.epochs)
        let history = try trainNetwork(network, on: data, validation: validation, settings: settings, using: &generator,
                                       afterBatch: progress.batchFinished,
                                       afterEpoch: { progress.epochFinished($0.epoch, trainingLoss: $0.trainingLoss,
                                                                            validationAccuracy: $0.validationAccuracy) })
        progress.finish()
        return history
    }
}
