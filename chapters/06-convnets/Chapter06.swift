// Chapter 06 · Convolutional networks.
// Notes: README.md beside this file.
//
// 1. Convolution on a signal, then the lecture's 5×5 image, by hand.
// 2. A LeNet-style network on Fashion-MNIST, trained with chapter 05's Trainer.
// 3. What it learned: the first layer's filters, the feature maps of one image.
// 4. Translation: how much a shift of a few pixels changes the pooled features and the pixels.
import Checkpoints
import CourseRuntime
import Foundation
import Gnuplot
import ConvolutionalNetworks

@main
struct Chapter06: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter06",
        abstract: "Chapter 06 · Convolutional networks: convolution by hand, then a LeNet-style CNN on Fashion-MNIST.",
        discussion: "Convolves a signal and the lecture's 5×5 image, trains conv-pool-conv-pool-fc-fc on "
            + "Fashion-MNIST, draws its filters, feature maps, learning curves and its response to shifted "
            + "images. Plots go to PLOTS-DIR/06-convnets.")

    @OptionGroup var options: ChapterOptions

    @Option(help: ArgumentHelp("Save the trained network to this checkpoint file, for `chapter09 --from FILE`.", valueName: "file"))
    var save: String?

    @Flag(help: "Run your exercise 6 code: your im2col (6.3) and max pooling (6.4, 6.5) inside the network, your loop convolution (6.1) on a few images.")
    var mine = false

    @Flag(help: "Train with the layers' readable references instead of their fast paths (chapter 10): the same figures to float rounding, slower; ends by measuring how much.")
    var reference = false

    func validate() throws {
        guard let save else { return }
        if mine { throw ValidationError("--save keeps the engine's network: run it without --mine.") }
        try checkWritableFile(save, option: "--save")
    }

    func run() throws {
        // With --mine, 2 epochs unless told: your im2col and pooling run unoptimised in a debug
        // build, about fifteen times slower than the engine's, and 7 epochs would take 20 minutes
        // (notes, section 9).
        let epochs = try options.epochs(default: mine ? 2 : 7, quick: 1)
        var generator = SeededGenerator(seed: options.seed)
        if reference { FastPaths.enabledByDefault = false }
        let plots = ChapterPlots(options: options, slug: "06-convnets")
        var summary = Summary()
        let parts = ConvolutionParts(mine: mine)
        try parts.requireImplemented()
        if mine {
            print(parts.announcement)
            if options.epochs == nil && !options.quick {
                print("(2 epochs instead of 7: your loops run unoptimised in a debug build; --epochs 7 gives the full run)")
            }
        }
        // The data first: a missing or damaged file stops the run before any work.
        let data = try ImageData.read(directory: options.dataDirectory)
        // Each side shrinks by 4 in a 5×5 convolution and halves in a pool, twice over.
        let (finalRows, finalColumns) = (((data.imageRows - 4) / 2 - 4) / 2, ((data.imageColumns - 4) / 2 - 4) / 2)
        guard finalRows >= 1 && finalColumns >= 1 else {
            throw ValidationError("chapter06's network (5×5 convolution, 2×2 pool, twice) needs images of at least "
                                  + "16 × 16 pixels; the data set's are \(data.imageRows) × \(data.imageColumns).")
        }
        // Split before section 1, which draws no random numbers: a quick run's missing class stops it here.
        let splits = try ImageSplits.split(data, trainingImages: options.quick ? 6000 : nil, testImages: options.quick ? 2000 : nil,
                                           validationFraction: 1.0 / 12, preparation: .standardized, using: &generator).asImages

        // MARK: 1. Convolution by hand
        print("1. Convolution on a signal, then on the lecture's 5×5 image")
        let signal = Tensor([0, 0, 1, 2, 3, 3, 3, 2, 1, 0])
        let edge = Tensor([-1, 0, 1])
        print("   signal                 \(list(signal))")
        print("   correlated with [−1, 0, 1]: \(list(correlate1D(signal, edge)))   (rises where the signal rises)")
        print("   convolved with [−1, 0, 1]:  \(list(convolve1D(signal, edge)))   (the flipped kernel: the sign turns)")
        let image = Tensor(shape: [1, 1, 5, 5], scalars: [1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0])
        let kernel = Tensor(shape: [1, 1, 3, 3], scalars: [1, 0, 1, 0, 1, 0, 1, 0, 1])
        let featureMap = Conv2D(weight: kernel, bias: Tensor([0])).forward(image)
        print("   5×5 image ⋆ 3×3 kernel [1 0 1 / 0 1 0 / 1 0 1] = "
              + (0..<3).map { i in (0..<3).map { j in NumberFormat.fixed(featureMap[0, 0, i, j], decimals: 0) }
                                            .joined(separator: " ") }.joined(separator: " / "))
        summary.add("lecture feature map, first row", (0..<3).map { String(Int(featureMap[0, 0, 0, $0])) }.joined(separator: " "))

        // MARK: 2. The network
        let (train, validation, test) = (splits.train, splits.validation, splits.test)
        // Written as the notes draw it. The engine runs each conv → ReLU → pool as one layer, in
        // one pass over memory instead of three (chapters/10-making-it-fast/README.md, section 6).
        let conv1 = Conv2D(1, 32, kernelSize: 5, name: "conv1", using: &generator)
        let conv2 = Conv2D(32, 64, kernelSize: 5, name: "conv2", using: &generator)
        let network = Sequential([parts.convolution(conv1), ReLU(), parts.maxPool(), parts.convolution(conv2), ReLU(),
                                  parts.maxPool(), Flatten(),
                                  Linear(64 * finalRows * finalColumns, 128, name: "fc1", using: &generator), ReLU(),
                                  Linear(128, 10, name: "fc2", using: &generator)])
        let filtersBefore = conv1.weight.value
        print("\n2. \(network.description)")
        print("   \(network.parameterCount) parameters (chapter 04's MLP: 235,146), \(epochs) epochs of momentum SGD "
              + "with a cosine schedule, batches of 64, on \(train.count) images of \(splits.kind.name)")
        let progress = TrainingProgress(label: "   cnn", examples: train.count, batchSize: 64, epochs: epochs)
        let watcher = EpochWatcher(afterBatch: { progress.batchFinished($0, loss: $1) }) {
            progress.epochFinished($0.epoch, trainingLoss: $0.trainingLoss, validationAccuracy: $0.validationAccuracy)
        }
        let trainer = Trainer(network: network, optimizer: Momentum(learningRate: 0.02, momentum: 0.9),
                              schedule: .cosine(epochs: epochs, minimum: 0.001), callbacks: [watcher])
        let started = ContinuousClock.now
        let history = try trainer.fit(train, validation: validation, epochs: epochs, batchSize: 64, using: &generator)
        let seconds = (ContinuousClock.now - started).inSeconds
        progress.finish()
        let (testLoss, testAccuracy) = network.evaluate(test)
        if mine {
            // Your loop convolution is far too slow to train with; it is checked here instead.
            let difference = parts.compareYourConvolution(with: conv1, on: test.inputs.rows(Array(0..<Swift.min(8, test.count))))
            print("   your 6.1 convolution against conv1 on 8 test images: largest difference \(difference)")
            summary.add("your 6.1 convolution, largest difference from conv1", difference)
        }
        print("   test loss \(NumberFormat.fixed(testLoss, decimals: 4)), test accuracy \(NumberFormat.fixed(testAccuracy, decimals: 4))")
        summary.add("cnn parameters", network.parameterCount)
        summary.add("cnn validation accuracy", history.epochs.last!.validationAccuracy!)
        summary.add("cnn test accuracy", testAccuracy)
        if let save {
            // Every parameter and running statistic under its name, as chapter 09 reads them.
            try Checkpoint(model: "cnn", parameters: network.parameters.map { ($0.name, $0.value.shape, $0.value.scalars) },
                           state: network.state.map { ($0.name, $0.value.shape, $0.value.scalars) })
                .write(to: URL(fileURLWithPath: save))
            print("   Saved to \(save): `swift run chapter09 --from \(save)` transfers it to new classes")
        }
        summary.add("cnn training images per second", Int(Double(train.count * history.epochs.count) / seconds))
        try plots.write(Multiplot.learningCurves(title: "The CNN on \(splits.kind.name)", history.epochs.columns), name: "training-curves")

        // MARK: 3. What it learned
        print("\n3. The first layer's 32 filters before and after training; the feature maps of one test image")
        try plots.write(filterGrid(filtersBefore, title: "conv1's 32 filters (5×5) at the start: He-normal noise"),
                        name: "filters-before")
        try plots.write(filterGrid(conv1.weight.value, title: "conv1's 32 filters (5×5) after training"), name: "filters-after")
        let sample = test.inputs.rows([0])
        try plots.write(featureMaps(network.layerOutputs(sample), image: sample, className: splits.classNames[Int(test.targets[0])]),
                        name: "feature-maps")

        // MARK: 4. Translation
        let probe = test.inputs.rows(Array(0..<Swift.min(100, test.count)))
        print("\n4. Shifting \(probe.shape[0]) test images right by 0-4 pixels: relative change of the pixels and of the features")
        let outputs = network.layerOutputs(probe)
        let pooledIndex = 5   // after conv2, its ReLU and the second max-pool
        let predicted = outputs.last!.argmax(alongAxis: 1)
        var pixelChanges: [Double] = [], featureChanges: [Double] = [], unchanged: [Float] = []
        for shift in 0...4 {
            let moved = probe.shiftedRight(by: shift)
            let movedOutputs = network.layerOutputs(moved)
            pixelChanges.append(Double(relativeChange(moved, probe)))
            featureChanges.append(Double(relativeChange(movedOutputs[pooledIndex], outputs[pooledIndex])))
            let same = movedOutputs.last!.argmax(alongAxis: 1)
            unchanged.append(Float((0..<probe.shape[0]).filter { same[$0] == predicted[$0] }.count) / Float(probe.shape[0]))
            print("   shift \(shift): pixels \(NumberFormat.fixed(Float(pixelChanges.last!), decimals: 3)), "
                  + "pooled features \(NumberFormat.fixed(Float(featureChanges.last!), decimals: 3)), "
                  + "predicted class unchanged for \(NumberFormat.fixed(100 * unchanged.last!, decimals: 0)) %")
        }
        summary.add("predictions unchanged by a 2-pixel shift", unchanged[2])
        summary.add("pixels change for a 1-pixel shift", Float(pixelChanges[1]))
        summary.add("pooled features change for a 1-pixel shift", Float(featureChanges[1]))
        try plots.write(LinePlot(title: "How much a shift to the right changes the image and its pooled features",
                                 xLabel: "shift (pixels)", yLabel: "‖f(shifted) − f(image)‖ / ‖f(image)‖", integerX: true,
                                 legend: .bottomRight,
                                 series: [LineSeries(title: "raw pixels", xs: (0...4).map(Double.init), ys: pixelChanges,
                                                     style: .linesPoints),
                                          LineSeries(title: "features after conv2 and the second max-pool",
                                                     xs: (0...4).map(Double.init), ys: featureChanges, style: .linesPoints)]),
                        name: "translation")

        if reference {
            let batch = train.subset(Array(0..<Swift.min(64, train.count)))
            let (fast, slow) = fastAndReferenceSeconds(useFastPaths: { network.useFastPaths($0) }) {
                _ = network.trainingStep(batch)
            }
            summary.addReferenceTiming("\(batch.count) images", fast: fast, reference: slow)
        }
        plots.printNote()
        summary.print()
    }
}

/// The entries of a vector, as "0 1 2".
func list(_ values: Tensor) -> String { values.scalars.map { NumberFormat.fixed($0, decimals: 0) }.joined(separator: " ") }

/// ‖a − b‖ / ‖b‖.
func relativeChange(_ a: Tensor, _ b: Tensor) -> Float { ((a - b).squared().sum() / b.squared().sum()).squareRoot() }
