// Chapter 05 · Training: initialisation, optimisers, schedules, early stopping.
// Notes: README.md beside this file.
//
// 1. Activations layer by layer under five initialisations.
// 2. The optimiser race: SGD, momentum, Nesterov, RMSprop and Adam on one problem.
// 3. Learning-rate schedules.
// 4. Early stopping on a small training set that invites overfitting.
import CourseRuntime
import Foundation
import Gnuplot
import Training

@main
struct Chapter05: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter05",
        abstract: "Chapter 05 · Training: initialisation, optimisers, schedules and early stopping on Fashion-MNIST.",
        discussion: "Draws per-layer activation histograms under five initialisations, races five optimisers, "
            + "plots learning-rate schedules, and stops an overfitting run early. Plots go to PLOTS-DIR/05-training.")

    @OptionGroup var options: ChapterOptions

    @Flag(help: "Run your exercise 5 code (5.1-5.6): your initialisers and optimisers beside the engine's, and your early-stopping rule.")
    var mine = false

    func run() throws {
        let raceEpochs = try options.epochs(default: 3, quick: 1)
        var generator = SeededGenerator(seed: options.seed)
        let plots = ChapterPlots(options: options, slug: "05-training")
        var summary = Summary()
        if mine {
            try requireYourParts()
            print(yourParts.announcement)
        }
        // Your extra rows draw from a generator of their own, so the engine's rows, and
        // everything after them, get the same numbers as without --mine.
        var yourGenerator = SeededGenerator(seed: options.seed &+ 2)

        // Pixels standardised with the training statistics (section 2 of the notes).
        let splits = try ImageSplits.load(directory: options.dataDirectory, trainingImages: options.value(12000, quick: 3000),
                                          testImages: options.value(10000, quick: 2000), validationFraction: 1.0 / 6,
                                          preparation: .standardized, using: &generator)
        let (train, validation, test) = (splits.train, splits.validation, splits.test)

        // MARK: 1. Initialisation
        print("1. Five initialisations of a 5-layer network of 256 units: standard deviation of each layer's output")
        let probe = train.inputs.rows(Array(0..<min(500, train.count)))
        var panels: [any Plot] = []
        var deviationCurves: [LineSeries] = []
        let yourCases: [(String, ActivationKind, Initializer)] = mine
            ? [("tanh, your Xavier uniform", .tanh, .xavierUniform(gain: Nonlinearity.tanh.gain)),
               ("ReLU, your He normal", .relu, .heNormal(gain: Nonlinearity.relu.gain))] : []
        for (title, activation, initializer) in initializationCases() + yourCases {
            let yours = yourCases.contains { $0.0 == title }
            let deviations = yours
                ? layerDeviations(probe, activation: activation, weights: yourWeights(initializer), using: &yourGenerator)
                : layerDeviations(probe, activation: activation, weights: initializer.weights, using: &generator)
            print("   \(title.padding(toLength: 30, withPad: " ", startingAt: 0)) "
                  + deviations.map { NumberFormat.fixed($0.deviation, decimals: 3) }.joined(separator: "  "))
            summary.add("\(title) last-layer deviation", deviations.last!.deviation)
            // One row per initialisation, one panel per layer.
            for (index, layer) in deviations.enumerated() {
                panels.append(Histogram(title: "\(title) · layer \(index + 1)", xLabel: "activation", binCount: 40,
                                        range: activation == .relu ? 0...3 : -1...1, normalization: .fraction,
                                        legend: .hidden, datasets: [Histogram.Dataset(title: "", values: layer.values)]))
            }
            // All-zero outputs (the zeros initialisation) have no place on a log scale.
            if deviations.contains(where: { $0.deviation > 0 }) {
                deviationCurves.append(LineSeries(title: title, xs: (1...deviations.count).map(Double.init),
                                                  ys: deviations.map { Double($0.deviation) }, style: .linesPoints))
            }
        }
        let rows = panels.count / 5
        try plots.write(Multiplot(title: "Activations of each layer (columns) under each initialisation (rows)", columns: 5,
                                  size: PlotSize(width: 1500, height: 240 * rows + 30), panels: panels),
                        name: "initialization-histograms")
        try plots.write(LinePlot(title: "Standard deviation of each layer's output", xLabel: "layer",
                                 yLabel: "standard deviation", logY: true, integerX: true, legend: .outsideRight,
                                 size: PlotSize(width: 1000, height: 500), series: deviationCurves),
                        name: "initialization-deviations")

        // MARK: 2. The optimiser race
        print("\n2. The optimiser race: the \(splits.features)-256-128-10 MLP, \(raceEpochs) epochs of batches of 64 from one start")
        var curves: [LineSeries] = []
        let start = mlp(features: splits.features, using: &generator).parameters.map(\.value)
        let yourOptimizers: [(String, () -> any Optimizer)] = mine
            ? [("your momentum 0.9, η = 0.01", { YourMomentum(learningRate: 0.01, momentum: 0.9) }),
               ("your Nesterov 0.9, η = 0.01", { YourMomentum(learningRate: 0.01, momentum: 0.9, nesterov: true) }),
               ("your Adam, η = 0.001", { YourAdam(learningRate: 1e-3) })] : []
        for (name, makeOptimizer) in optimizerCases() + yourOptimizers {
            let yours = yourOptimizers.contains { $0.0 == name }
            let network = yours ? mlp(features: splits.features, using: &yourGenerator)
                                : mlp(features: splits.features, using: &generator)
            for (parameter, value) in zip(network.parameters, start) { parameter.value = value }
            var raceGenerator = SeededGenerator(seed: options.seed &+ 1)        // the same batches for everyone
            let trainer = Trainer(network: network, optimizer: makeOptimizer())
            let history = try trainer.fit(train, validation: validation, epochs: raceEpochs, batchSize: 64,
                                          using: &raceGenerator)
            let accuracy = history.epochs.last!.validationAccuracy!
            print("   \(name.padding(toLength: 28, withPad: " ", startingAt: 0)) final training loss "
                  + "\(NumberFormat.fixed(history.epochs.last!.trainingLoss, decimals: 4)), validation accuracy "
                  + NumberFormat.fixed(accuracy, decimals: 4))
            summary.add("\(name) validation accuracy", accuracy)
            let smooth = smoothed(history.stepLosses, decay: 0.98)
            curves.append(LineSeries(title: name, xs: (1...smooth.count).map(Double.init), ys: smooth.map(Double.init)))
        }
        try plots.write(LinePlot(title: "Training loss per step (moving average over about 50 batches)", xLabel: "step",
                                 yLabel: "cross-entropy", logX: true, logY: true, legend: .bottomLeft, series: curves),
                        name: "optimizer-race")

        // MARK: 3. Schedules
        print("\n3. Learning-rate schedules over 30 epochs (plot: schedules.png), then raced (plot: schedule-race.png)")
        let scheduleCases: [(String, LearningRateSchedule)] = [
            ("constant", .constant), ("step, ×0.5 every 10 epochs", .step(every: 10, factor: 0.5)),
            ("cosine to 0 over 30 epochs", .cosine(epochs: 30, minimum: 0)),
        ]
        try plots.write(LinePlot(title: "Learning rate per epoch, from a base rate of 0.1", xLabel: "epoch",
                                 yLabel: "learning rate", integerX: true, series: scheduleCases.map { name, schedule in
                                     LineSeries(title: name, xs: (1...30).map(Double.init),
                                                ys: (1...30).map { Double(schedule.rate(epoch: $0, base: 0.1)) },
                                                style: .linesPoints)
                                 }), name: "schedules")
        // The same schedules, scaled to a short run, racing from one start on the same batches.
        let scheduleEpochs = options.value(6, quick: 2)
        print("   the race: the MLP, momentum 0.9 from a base rate of 0.05, \(scheduleEpochs) epochs, each schedule")
        var scheduleGenerator = SeededGenerator(seed: options.seed &+ 3)   // leaves the other sections' numbers alone
        let scheduleStart = mlp(features: splits.features, using: &scheduleGenerator).parameters.map(\.value)
        var accuracyCurves: [LineSeries] = []
        let every = max(scheduleEpochs / 3, 1)
        for (key, name, schedule) in [("constant", "constant", LearningRateSchedule.constant),
                                      ("step", "step, ×0.5 every \(every) epoch\(every == 1 ? "" : "s")",
                                       .step(every: every, factor: 0.5)),
                                      ("cosine", "cosine to 0 over \(scheduleEpochs) epochs",
                                       .cosine(epochs: scheduleEpochs, minimum: 0))] {
            let network = mlp(features: splits.features, using: &scheduleGenerator)
            for (parameter, value) in zip(network.parameters, scheduleStart) { parameter.value = value }
            var batches = SeededGenerator(seed: options.seed &+ 4)          // the same batches for every schedule
            let history = try Trainer(network: network, optimizer: Momentum(learningRate: 0.05, momentum: 0.9),
                                      schedule: schedule)
                .fit(train, validation: validation, epochs: scheduleEpochs, batchSize: 64, using: &batches)
            let accuracies = history.epochs.map { $0.validationAccuracy! }
            print("   \(name.padding(toLength: 28, withPad: " ", startingAt: 0)) validation accuracy per epoch "
                  + accuracies.map { fixed($0) }.joined(separator: " "))
            summary.add("schedule \(key) validation accuracy", accuracies.last!)
            accuracyCurves.append(LineSeries(title: name, xs: (1...accuracies.count).map(Double.init),
                                             ys: accuracies.map(Double.init), style: .linesPoints))
        }
        try plots.write(LinePlot(title: "Validation accuracy per epoch under each schedule (same start, same batches)",
                                 xLabel: "epoch", yLabel: "validation accuracy", integerX: true, legend: .below,
                                 series: accuracyCurves),
                        name: "schedule-race")

        // MARK: 4. Early stopping
        let small = train.subset(Array(0..<options.value(1000, quick: 500)))
        let maximumEpochs = options.value(60, quick: 12)
        print("\n4. Early stopping: the MLP on only \(small.count) training images, Adam, up to \(maximumEpochs) epochs, patience 5")
        let network = mlp(features: splits.features, using: &generator)
        let stopping = mine ? yourEarlyStopping(patience: 5) : EarlyStopping(patience: 5)
        let progress = ProgressBar(label: "   epochs", total: maximumEpochs)
        let watcher = EpochWatcher { record in
            progress.update(completed: record.epoch, metrics: [("train loss", record.trainingLoss),
                                                               ("val loss", record.validationLoss!)],
                            items: record.epoch * small.count)
        }
        let trainer = Trainer(network: network, optimizer: Adam(learningRate: 1e-3), callbacks: [stopping, watcher])
        let history = try trainer.fit(small, validation: validation, epochs: maximumEpochs, batchSize: 32,
                                      using: &generator)
        progress.finish()
        let best = history.epochs[stopping.bestEpoch - 1], last = history.epochs.last!
        let testAccuracy = network.evaluate(test).accuracy
        print("   best validation loss at epoch \(stopping.bestEpoch) (accuracy \(fixed(best.validationAccuracy!))); "
              + (stopping.stoppedEpoch.map { "stopped at epoch \($0)" } ?? "never stopped")
              + " with validation loss \(fixed(last.validationLoss!)); restored the best weights: test accuracy \(fixed(testAccuracy))")
        summary.add("early stopping best epoch", stopping.bestEpoch)
        summary.add("early stopping stopped at epoch", stopping.stoppedEpoch ?? history.epochs.count)
        summary.add("early stopping test accuracy (best weights)", testAccuracy)
        try plots.write(earlyStoppingPlot(history, bestEpoch: stopping.bestEpoch), name: "early-stopping")

        plots.printNote()
        summary.print()
    }
}
