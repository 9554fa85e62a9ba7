// Chapter 07 · Regularisation.
// Notes: README.md beside this file.
//
// 1. A small CNN overfits 1,000 images; dropout, weight decay, augmentation and batch
//    normalisation each narrow the gap between training and validation accuracy.
// 2. Batch normalisation at a learning rate that diverges without it.
// 3. The values going into each ReLU, with and without batch normalisation.
// 4. One image, augmented sixteen times.
// --full: the regularised CNN on every training image, measured once on the test set.
import Checkpoints
import CourseRuntime
import Foundation
import Gnuplot
import Regularization

@main
struct Chapter07: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter07",
        abstract: "Chapter 07 · Regularisation: dropout, weight decay, augmentation and batch normalisation.",
        discussion: "Trains a small CNN on 1,000 Fashion-MNIST images five times (plain, with dropout, weight "
            + "decay, augmentation, batch normalisation) and tabulates the gap between training and validation "
            + "accuracy; races batch normalisation at a high learning rate; draws the values entering each ReLU "
            + "and a grid of augmented images. --full instead trains the regularised CNN on every training "
            + "image. Plots go to PLOTS-DIR/07-regularization.")

    @OptionGroup var options: ChapterOptions

    @Flag(help: "Train the regularised CNN (batch normalisation, dropout, augmentation) on all the training images and report its test accuracy, instead of the default experiments.")
    var full = false

    @Option(help: ArgumentHelp("Save the trained network (of --full) to this checkpoint file, for `chapter09 --from FILE`.", valueName: "file"))
    var save: String?

    @Flag(help: "Run your exercise 7 code: your dropout (7.1, 7.2), batch normalisation (7.3, 7.4), L2 gradient (7.5) and random shift (7.6) in the experiments.")
    var mine = false

    @Flag(help: "Train with the layers' readable references instead of their fast paths (chapter 10): the same figures to float rounding, slower; ends by measuring how much.")
    var reference = false

    func validate() throws {
        guard let save else { return }
        if !full { throw ValidationError("--save saves the regularised CNN of --full: add --full.") }
        if mine { throw ValidationError("--save keeps the engine's network: run it without --mine.") }
        try checkWritableFile(save, option: "--save")
    }

    func run() throws {
        var generator = SeededGenerator(seed: options.seed)
        if reference { FastPaths.enabledByDefault = false }
        let plots = ChapterPlots(options: options, slug: "07-regularization")
        var summary = Summary()
        let data = try ImageData.read(directory: options.dataDirectory)
        guard sideAfterConvolutions(data.imageRows) >= 1 && sideAfterConvolutions(data.imageColumns) >= 1 else {
            throw ValidationError("chapter07's networks (5×5 convolution, 2×2 pool, twice) need images of at least "
                                  + "16 × 16 pixels; the data set's are \(data.imageRows) × \(data.imageColumns).")
        }
        let parts = RegularizationParts(mine: mine)
        try parts.requireImplemented()
        if mine { print(parts.announcement) }
        if full {
            try trainFull(data, parts: parts, plots: plots, summary: &summary, using: &generator)
        } else {
            try experiments(data, parts: parts, plots: plots, summary: &summary, using: &generator)
        }
        if reference { measureReference(imageRows: data.imageRows, imageColumns: data.imageColumns, summary: &summary) }
        plots.printNote()
        summary.print()
    }

    /// With --reference: one training step of --full's network on 64 images with the readable
    /// layers and with the fast paths.
    func measureReference(imageRows: Int, imageColumns: Int, summary: inout Summary) {
        var generator = SeededGenerator(seed: options.seed &+ 2)       // its own: the run's figures are already drawn
        let network = fullNetwork(imageRows: imageRows, imageColumns: imageColumns, dropout: 0.5, layers: .engine,
                                  using: &generator)
        let batch = Dataset(inputs: Tensor.normal([64, 1, imageRows, imageColumns], using: &generator),
                            targets: Tensor((0..<64).map { Float($0 % 10) }))
        let (fast, slow) = fastAndReferenceSeconds(useFastPaths: { network.useFastPaths($0) }) { _ = network.trainingStep(batch) }
        summary.addReferenceTiming("--full's network on 64 images", fast: fast, reference: slow)
    }

    /// The default run: sections 1 to 4.
    func experiments(_ data: ImageData, parts: RegularizationParts, plots: ChapterPlots, summary: inout Summary,
                     using generator: inout SeededGenerator) throws {
        let epochs = try self.epochs(default: 30, mine: 10, quick: 2, parts: parts)
        let splits = try prepared(data, testImages: 500, using: &generator)
        let (rows, columns) = (data.imageRows, data.imageColumns)
        // The split drew the training images in random order: the first ones are a random sample.
        let few = splits.train.subset(Array(0..<Swift.min(options.quick ? 300 : 1000, splits.train.count)))
        let watched = splits.validation.subset(Array(0..<Swift.min(2000, splits.validation.count)))

        // MARK: 1. Overfitting, and four cures
        print("1. A small CNN on \(few.count) training images, \(epochs) epochs of momentum SGD (η = 0.02, batches of 32), "
              + "validation on \(watched.count)")
        let settings = [
            SubsetSetting(name: "no regularisation"),
            SubsetSetting(name: "dropout 0.5", regularizers: Regularizers(dropout: 0.5)),
            SubsetSetting(name: "weight decay 0.005", weightDecay: 0.005),
            // Shifts alone, so that --mine (your 7.6) draws exactly what the engine draws.
            SubsetSetting(name: "augmentation", augmentation: [.shift(maxPixels: 1)]),
            SubsetSetting(name: "batch normalisation", regularizers: Regularizers(batchNorm: true)),
        ]
        var runs: [SubsetRun] = []
        for setting in settings {
            runs.append(try trainSubset(setting, training: few, validation: watched, imageRows: rows, imageColumns: columns,
                                        epochs: epochs, seed: options.seed &+ 1, parts: parts))
        }
        summary.add("small cnn parameters", runs[0].network.parameterCount)
        print("\n   The plain network: \(runs[0].network.parameterCount) parameters. Accuracies after training:")
        print("   \("".padding(toLength: 22, withPad: " ", startingAt: 0))  training  validation  gap (evaluation mode)")
        for run in runs {
            print("   \(run.name.padding(toLength: 22, withPad: " ", startingAt: 0))  \(fixed(run.trainingAccuracy))    "
                  + "\(fixed(run.validationAccuracy))      \(fixed(run.gap))")
            summary.add("\(run.name) gap", run.gap)
            summary.add("\(run.name) validation accuracy", run.validationAccuracy)
        }
        try plots.write(gapCurves(runs, images: few.count), name: "gap-curves")

        // MARK: 2. Batch normalisation at a high learning rate
        let race = splits.train.subset(Array(0..<Swift.min(options.quick ? 1000 : 6000, splits.train.count)))
        let (usual, high): (Float, Float) = (0.02, 0.5)
        print("\n2. Loss per step on \(race.count) images, with and without batch normalisation, at η = \(usual) and η = \(high)")
        var curves: [LineSeries] = []
        for rate in [usual, high] {
            for batchNorm in [false, true] {
                let run = try stepLosses(batchNorm: batchNorm, learningRate: rate, training: race, imageRows: rows,
                                         imageColumns: columns, epochs: 1, seed: options.seed &+ 2)
                let name = "\(batchNorm ? "with" : "without") batch normalisation, η = \(rate)"
                // The last 20 steps' mean: one batch's loss is noisy.
                let final = run.losses.suffix(20).reduce(0, +) / Float(Swift.max(1, Swift.min(20, run.losses.count)))
                let peak = run.losses.max() ?? .nan
                if let step = run.divergedAt {
                    print("   \(name.padding(toLength: 42, withPad: " ", startingAt: 0))  diverged at step \(step): "
                          + "the loss was no longer a number")
                    summary.add("\(name) diverged at step", step)
                } else {
                    print("   \(name.padding(toLength: 42, withPad: " ", startingAt: 0))  peak loss \(fixed(peak)), "
                          + "final loss \(fixed(final))" + (abs(final - log(10)) < 0.1 ? " (ln 10 = 2.3026: guessing)" : ""))
                    summary.add("\(name) peak loss", peak)
                    summary.add("\(name) final loss", final)
                }
                curves.append(LineSeries(title: name, ys: run.losses.map { Double($0) }, dash: batchNorm ? .solid : .dashed))
            }
        }
        try plots.write(LinePlot(title: "Training loss after each step", xLabel: "step", yLabel: "cross-entropy",
                                 logY: true, legend: .below, size: PlotSize(width: 1000, height: 600), series: curves),
                        name: "high-learning-rate")

        // MARK: 3. What batch normalisation does to each layer's values
        let probe = watched.inputs.rows(Array(0..<Swift.min(500, watched.count)))
        print("\n3. The values going into each ReLU, for \(probe.shape[0]) validation images, after part 1's training")
        var panels: [any Plot] = []
        for run in [runs[0], runs[4]] {
            for (layer, values) in reluInputs(run.network, images: probe) {
                let mean = values.mean(), deviation = ((values - mean).squared().mean()).squareRoot()
                print("   \(run.name.padding(toLength: 22, withPad: " ", startingAt: 0)) \(layer): mean \(fixed(mean)), "
                      + "standard deviation \(fixed(deviation))")
                summary.add("\(run.name) \(layer) standard deviation", deviation)
                panels.append(Histogram(title: "\(run.name) · into \(layer)'s ReLU", xLabel: "value", binCount: 60,
                                        range: -6...6, normalization: .fraction, legend: .hidden,
                                        datasets: [Histogram.Dataset(title: "", values: values.scalars)]))
            }
        }
        try plots.write(Multiplot(title: "Values going into each ReLU: without (top) and with (bottom) batch normalisation",
                                  columns: panels.count / 2, size: PlotSize(width: 1500, height: 700), panels: panels),
                        name: "relu-inputs")

        // MARK: 4. Augmentation
        print("\n4. One training image, augmented 15 times: flips, shifts of up to 2 pixels, noise, brightness")
        var drawing = SeededGenerator(seed: options.seed &+ 3)
        let augmentation = Augmentation([.horizontalFlip(probability: 0.5), .shift(maxPixels: 2), .noise(deviation: 0.05),
                                         .brightness(maxChange: 0.1)], using: &drawing)
        // An ankle boot, when there is one: its toe shows which way it was flipped.
        let shown = (0..<few.count).first { few.targets[$0] == 9 } ?? 0
        let original = few.inputs.rows([shown])
        let copies = augmentation.apply(Tensor(shape: [15] + Array(original.shape.dropFirst()),
                                               scalars: Array((0..<15).map { _ in original.scalars }.joined())))
        let images = [ImageGrid.Image(title: "original", rows: rows, columns: columns, values: original.scalars)]
            + (0..<15).map { ImageGrid.Image(title: "\($0 + 1)", rows: rows, columns: columns,
                                             values: copies.rows([$0]).scalars) }
        let className = splits.classNames[Int(few.targets[shown])]
        try plots.write(ImageGrid(title: "\(className), and fifteen augmented copies", columns: 8, images: images),
                        name: "augmented")
        summary.add("augmented image's class", className)
    }

    /// The epochs to run: `--epochs` when given, else `quick` for `--quick`, `mine` for --mine
    /// (your batch normalisation runs unoptimised in a debug build, many times slower than the
    /// engine's; the run says so), `default` otherwise.
    func epochs(default full: Int, mine: Int, quick: Int, parts: RegularizationParts) throws -> Int {
        if parts.mine && options.epochs == nil && !options.quick {
            print("(\(mine) epochs instead of \(full): your code runs unoptimised in a debug build; "
                  + "--epochs \(full) gives the full run)")
        }
        return try options.epochs(default: parts.mine ? mine : full, quick: quick)
    }

    /// Training, validation and test images, pixels left in [0, 1] (notes, section 6); a quick
    /// run keeps 6,000 training images and `testImages` test images.
    func prepared(_ data: ImageData, testImages: Int, using generator: inout SeededGenerator) throws -> ImageSplits {
        try ImageSplits.split(data, trainingImages: options.quick ? 6000 : nil, testImages: options.quick ? testImages : nil,
                              validationFraction: 1.0 / 12, preparation: .unnormalized, using: &generator).asImages
    }

    /// `--full`: the regularised CNN on every training image, measured once on the test set.
    func trainFull(_ data: ImageData, parts: RegularizationParts, plots: ChapterPlots, summary: inout Summary,
                   using generator: inout SeededGenerator) throws {
        let epochs = try self.epochs(default: 40, mine: 2, quick: 1, parts: parts)
        let splits = try prepared(data, testImages: 2000, using: &generator)
        let (train, validation, test) = (splits.train, splits.validation, splits.test)
        let network = fullNetwork(imageRows: data.imageRows, imageColumns: data.imageColumns, dropout: 0.5,
                                  layers: parts.layers, using: &generator)
        let augment = parts.augmentation([.horizontalFlip(probability: 0.5), .shift(maxPixels: 1)], using: &generator)
        print("--full: \(network.description)")
        print("   \(network.parameterCount) parameters; \(epochs) epochs of momentum SGD (η = 0.05, μ = 0.9, cosine "
              + "schedule, L2 λ = 0.0005), batches of 64, each image flipped with probability ½ and shifted by up to "
              + "1 pixel; \(train.count) training images of \(splits.kind.name)")
        let progress = TrainingProgress(label: "   cnn", examples: train.count, batchSize: 64, epochs: epochs)
        let watcher = EpochWatcher(afterBatch: { progress.batchFinished($0, loss: $1) }) {
            progress.epochFinished($0.epoch, trainingLoss: $0.trainingLoss, validationAccuracy: $0.validationAccuracy)
        }
        let trainer = Trainer(network: network, optimizer: parts.optimizer(learningRate: 0.05, weightDecay: 5e-4),
                              schedule: .cosine(epochs: epochs, minimum: 0), callbacks: [watcher], augment: augment)
        let started = ContinuousClock.now
        let history = try trainer.fit(train, validation: validation, epochs: epochs, batchSize: 64, using: &generator)
        let minutes = (ContinuousClock.now - started).inSeconds / 60
        progress.finish()
        let (testLoss, testAccuracy) = network.evaluate(test)
        print("   test loss \(fixed(testLoss)), test accuracy \(fixed(testAccuracy))")
        try plots.write(Multiplot.learningCurves(title: "The regularised CNN on \(splits.kind.name)", history.epochs.columns),
                        name: "full-training-curves")
        summary.add("full parameters", network.parameterCount)
        summary.add("full training minutes", NumberFormat.fixed(Float(minutes), decimals: 1))
        summary.add("validation accuracy", history.epochs.last!.validationAccuracy!)
        summary.add("test accuracy", testAccuracy)
        if let save {
            // Every parameter and running statistic under its name, as chapter 09 reads them.
            try Checkpoint(model: "cnn-bn", parameters: network.parameters.map { ($0.name, $0.value.shape, $0.value.scalars) },
                           state: network.state.map { ($0.name, $0.value.shape, $0.value.scalars) })
                .write(to: URL(fileURLWithPath: save))
            print("   Saved to \(save): `swift run chapter09 --from \(save)` transfers it to new classes")
        }
    }
}

/// A number with four decimals.
func fixed(_ value: Float) -> String { NumberFormat.fixed(value, decimals: 4) }
