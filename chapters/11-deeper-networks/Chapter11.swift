// Chapter 11 · Deeper networks.
// Notes: README.md beside this file.
//
// 1. What a convolution costs: one 5 × 5 layer against two 3 × 3, a 3 × 3 layer with and
//    without a 1 × 1 bottleneck, and what the networks of section 2 see.
// 2. The degradation experiment: plain and residual networks of 8 and 32 layers, trained alike;
//    their losses, and the gradient reaching each layer before and after training.
// 3. A small ResNet on every training image, measured once on the test set.
// --full: the same ResNet trained longer.
import Checkpoints
import CourseRuntime
import DeeperNetworks
import Foundation
import Gnuplot

@main
struct Chapter11: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter11",
        abstract: "Chapter 11 · Deeper networks: 3 × 3 stacks, 1 × 1 convolutions, global average pooling, residual blocks.",
        discussion: "Prints what stacked 3 × 3 convolutions and a 1 × 1 bottleneck cost; trains plain and residual "
            + "networks of 8 and 32 layers alike on Fashion-MNIST (the degradation experiment) and draws their losses "
            + "and the gradient reaching each layer; then trains a small ResNet on every training image and measures "
            + "it on the test set. --full trains that ResNet longer. Plots go to PLOTS-DIR/11-deeper-networks.")

    @OptionGroup var options: ChapterOptions

    @Flag(help: "Train the small ResNet longer (\(Self.fullEpochs) epochs) instead of the default run's sections.")
    var full = false

    @Option(help: ArgumentHelp("Save the trained ResNet (of the default run's section 3, or of --full) to this checkpoint file.",
                               valueName: "file"))
    var save: String?

    @Flag(help: ArgumentHelp("Run your exercise 11 code: your global average pooling (11.1, 11.2), 1 × 1 convolution "
                             + "(11.3) in the projection shortcuts, residual block backward (11.4) and receptive field (11.5)."))
    var mine = false

    static let fullEpochs = 10

    /// The small ResNet: 6 · 2 + 2 = 14 layers with weights, 16, 32 and 64 channels.
    static let resNet = (blocks: 2, width: 16)

    func validate() throws {
        guard let save else { return }
        if mine { throw ValidationError("--save keeps the engine's network: run it without --mine.") }
        try checkWritableFile(save, option: "--save")
    }

    func run() throws {
        var generator = SeededGenerator(seed: options.seed)
        let plots = ChapterPlots(options: options, slug: "11-deeper-networks")
        var summary = Summary()
        let parts = DeeperNetworksParts(mine: mine)
        try parts.requireImplemented()
        let data = try ImageData.read(directory: options.dataDirectory)
        // Two stride-2 stages quarter the side; below 4 pixels the last stage would see only padding.
        guard data.imageRows >= 4 && data.imageColumns >= 4 else {
            throw ValidationError("chapter11's networks halve an image's side twice and need images of at least 4 × 4 "
                                  + "pixels; the data set's are \(data.imageRows) × \(data.imageColumns).")
        }
        if mine { print(parts.announcement) }
        let splits = try ImageSplits.split(data, trainingImages: options.quick ? 6000 : nil,
                                           testImages: options.quick ? 2000 : nil, validationFraction: 1.0 / 12,
                                           preparation: .unnormalized, using: &generator).asImages
        if full {
            try trainResNet(splits, epochs: try options.epochs(default: Self.fullEpochs, quick: 1), parts: parts,
                            plots: plots, summary: &summary, using: &generator)
        } else {
            costs(parts: parts, summary: &summary)
            try degradation(splits, parts: parts, plots: plots, summary: &summary)
            try trainResNet(splits, epochs: try options.epochs(default: 1, quick: 1), parts: parts, plots: plots,
                            summary: &summary, using: &generator)
        }
        plots.printNote()
        summary.print()
    }

    // MARK: 1. What a convolution costs

    func costs(parts: DeeperNetworksParts, summary: inout Summary) {
        let (channels, side) = (64, 28)
        print("1. Convolutions from \(channels) to \(channels) channels on a \(side) × \(side) map (same padding)")
        let five = ConvolutionCost(inChannels: channels, outChannels: channels, kernel: 5, outputSize: side, bias: false)
        let three = ConvolutionCost(inChannels: channels, outChannels: channels, kernel: 3, outputSize: side, bias: false)
        let twoThrees = three + three
        let wide = 256, narrow = 64
        let plain = ConvolutionCost(inChannels: wide, outChannels: wide, kernel: 3, outputSize: side, bias: false)
        let bottleneck = ConvolutionCost(inChannels: wide, outChannels: narrow, kernel: 1, outputSize: side, bias: false)
            + ConvolutionCost(inChannels: narrow, outChannels: narrow, kernel: 3, outputSize: side, bias: false)
            + ConvolutionCost(inChannels: narrow, outChannels: wide, kernel: 1, outputSize: side, bias: false)
        let rows: [(String, ConvolutionCost, Int)] = [
            ("one 5 × 5", five, parts.receptiveField([5], [1])),
            ("two 3 × 3", twoThrees, parts.receptiveField([3, 3], [1, 1])),
            ("3 × 3, \(wide) → \(wide)", plain, parts.receptiveField([3], [1])),
            ("1 × 1 → 3 × 3 → 1 × 1 (\(narrow))", bottleneck, parts.receptiveField([1, 3, 1], [1, 1, 1])),
        ]
        print("   \(pad("layers", 34)) \(pad("weights", 10)) \(pad("multiply-adds", 14)) sees")
        for (name, cost, field) in rows {
            print("   \(pad(name, 34)) \(pad(grouped(cost.parameters), 10)) \(pad(grouped(cost.multiplyAdds), 14)) "
                  + "\(field) × \(field)")
        }
        summary.add("two 3x3 weights, fraction of one 5x5", Float(twoThrees.parameters) / Float(five.parameters))
        summary.add("bottleneck weights, fraction of a 3x3", Float(bottleneck.parameters) / Float(plain.parameters))
        // Section 2's deepest network: the stem, then two 3 × 3 per block, strides 2 at stages 2 and 3.
        let blocks = Self.depths.last!
        var kernels = [3], strides = [1]
        for stage in 0..<3 {
            for block in 0..<blocks {
                kernels += [3, 3]
                strides += [stage > 0 && block == 0 ? 2 : 1, 1]
            }
        }
        let field = parts.receptiveField(kernels, strides)
        print("   One output of section 2's \(stagedNetworkDepth(blocks: blocks))-layer network sees \(field) × \(field) "
              + "pixels of a 28 × 28 image (the padding fills the rest)")
        summary.add("receptive field of the \(stagedNetworkDepth(blocks: blocks))-layer network", field)
    }

    // MARK: 2. The degradation experiment

    /// Blocks per stage of the two depths: 8 and 32 layers with weights.
    static let depths = [1, 5]

    func degradation(_ splits: ImageSplits, parts: DeeperNetworksParts, plots: ChapterPlots,
                     summary: inout Summary) throws {
        let images = Swift.min(options.quick ? 1000 : 6000, splits.train.count)
        let epochs = try options.epochs(default: 3, quick: 2)
        let training = splits.train.subset(Array(0..<images))
        // One fixed batch, the same for every network, to read the gradients on; and the images the
        // training loss is measured on after training.
        let probe = splits.train.subset(Array(0..<Swift.min(options.quick ? 64 : 256, images)))
        let measured = splits.train.subset(Array(0..<Swift.min(options.quick ? 500 : 4000, images)))
        let width = 8
        print("\n2. Plain and residual networks of 8 and 32 layers (\(width), \(2 * width), \(4 * width) channels), "
              + "\(epochs) epoch\(epochs == 1 ? "" : "s") of momentum SGD (η = 0.05, μ = 0.9, cosine schedule, batches of 64) on "
              + "\(images) images, the same batches for each")
        var curves: [LineSeries] = [], before: [LineSeries] = [], after: [LineSeries] = []
        for blocks in Self.depths {
            for residual in [false, true] {
                let depth = stagedNetworkDepth(blocks: blocks)
                let name = "\(residual ? "residual" : "plain") \(depth)"
                var generator = SeededGenerator(seed: options.seed &+ 1)
                let network = stagedNetwork(blocks: blocks, width: width, makeBlock: residual ? parts.residualBlock : plainBlockMaker,
                                            globalAveragePool: parts.globalAveragePool(), using: &generator)
                let initial = incomingGradientNorms(network, batch: probe)
                // The rate falls by the end, so that the last step's weights are not one of the noisy
                // points a constant rate leaves them at.
                let trainer = Trainer(network: network, optimizer: Momentum(learningRate: 0.05, momentum: 0.9),
                                      schedule: .cosine(epochs: epochs, minimum: 0))
                let progress = TrainingProgress(label: "   \(name)", examples: images, batchSize: 64, epochs: epochs)
                trainer.callbacks = [EpochWatcher(afterBatch: { progress.batchFinished($0, loss: $1) }, afterEpoch: { _ in })]
                let started = ContinuousClock.now
                // The same batches in the same order for every network: only the architecture differs.
                var batchOrder = SeededGenerator(seed: options.seed &+ 2)
                let history = try trainer.fit(training, epochs: epochs, batchSize: 64, using: &batchOrder)
                let seconds = (ContinuousClock.now - started).inSeconds
                progress.finish()
                let trained = incomingGradientNorms(network, batch: probe)
                // What He et al. compare: the error on the training images, here measured once after training
                // (one batch's loss during training is too noisy to rank four networks by).
                let (loss, accuracy) = network.evaluate(measured)
                print("   \(pad(name, 12)) \(network.parameterCount) parameters, training loss \(fixed(loss)) and accuracy "
                      + "\(fixed(accuracy)), gradient at layer 1 \(scientific(initial[0])) before training, "
                      + "\(scientific(trained[0])) after; \(NumberFormat.fixed(Float(seconds), decimals: 1)) s")
                summary.add("\(name) training loss", loss)
                summary.add("\(name) training accuracy", accuracy)
                summary.add("\(name) layer 1 gradient norm at initialisation", initial[0], decimals: 6)
                summary.add("\(name) layer 1 gradient norm after training", trained[0], decimals: 6)
                let dash: LineSeries.Dash = residual ? .solid : .dashed
                curves.append(LineSeries(title: name, ys: runningMean(history.stepLosses, over: 20), dash: dash))
                // Layer k of the network: the stem is layer 1, block b ends at layer 1 + 2b.
                let layers = (0..<initial.count).map { Double(1 + 2 * $0) }
                before.append(LineSeries(title: name, xs: layers, ys: initial.map(Double.init), style: .linesPoints, dash: dash))
                after.append(LineSeries(title: name, xs: layers, ys: trained.map(Double.init), style: .linesPoints, dash: dash))
            }
        }
        try plots.write(LinePlot(title: "Training loss, each point the mean of the last 20 batches", xLabel: "step", yLabel: "cross-entropy",
                                 legend: .topRight, size: PlotSize(width: 900, height: 560), series: curves),
                        name: "degradation")
        try plots.write(Multiplot(title: "‖∂L/∂y‖ reaching each layer's output, on one batch of \(probe.count) images",
                                  columns: 2, size: PlotSize(width: 1400, height: 560), panels: [
            LinePlot(title: "at initialisation", xLabel: "layer (from the input)", yLabel: "gradient norm", logY: true,
                     legend: .topRight, series: before),
            LinePlot(title: "after training", xLabel: "layer (from the input)", yLabel: "gradient norm", logY: true,
                     legend: .topRight, series: after),
        ]), name: "gradient-norms")
    }

    /// ‖∂L/∂y‖ for the output y of the stem and of each block, on `batch`, in training mode: one
    /// forward and one backward pass run layer by layer so that the gradient between layers can be
    /// read. The weights do not change (the normalisations' running statistics see one more batch).
    func incomingGradientNorms(_ network: Sequential, batch: Dataset) -> [Float] {
        network.setMode(.training)
        var x = batch.inputs
        for layer in network.layers { x = layer.forward(x) }
        var g = softmaxCrossEntropy(logits: x, labels: batch.targets).gradient
        var norms: [Float] = []
        for (index, layer) in network.layers.enumerated().reversed() {
            // The last two layers are the pooling and fc; before them come the stem and the blocks.
            if index < network.layers.count - 2 { norms.append(g.squared().sum().squareRoot()) }
            g = layer.backward(g)
        }
        return norms.reversed()
    }

    // MARK: 3. A small ResNet

    /// Trains the small ResNet on every training image for `epochs` (flips and 1-pixel shifts,
    /// momentum SGD with a cosine schedule, weight decay), then measures it on the test set.
    func trainResNet(_ splits: ImageSplits, epochs: Int, parts: DeeperNetworksParts, plots: ChapterPlots,
                     summary: inout Summary, using generator: inout SeededGenerator) throws {
        // A quick run trains on 2,000 images: enough to see the loss fall.
        let train = options.quick ? splits.train.subset(Array(0..<Swift.min(2000, splits.train.count))) : splits.train
        let (validation, test) = (splits.validation, splits.test)
        let network = stagedNetwork(blocks: Self.resNet.blocks, width: Self.resNet.width, makeBlock: parts.residualBlock,
                                    globalAveragePool: parts.globalAveragePool(), using: &generator)
        let augmentation = Augmentation([.horizontalFlip(probability: 0.5), .shift(maxPixels: 1)], using: &generator)
        print("\n\(full ? "--full:" : "3.") A ResNet of \(stagedNetworkDepth(blocks: Self.resNet.blocks)) layers, "
              + "\(network.parameterCount) parameters; \(epochs) epoch\(epochs == 1 ? "" : "s") of momentum SGD (η = 0.05, "
              + "μ = 0.9, cosine schedule, L2 λ = 0.0005), batches of 64, each image flipped with probability ½ and "
              + "shifted by up to 1 pixel; \(train.count) training images")
        let progress = TrainingProgress(label: "   resnet", examples: train.count, batchSize: 64, epochs: epochs)
        let watcher = EpochWatcher(afterBatch: { progress.batchFinished($0, loss: $1) }) {
            progress.epochFinished($0.epoch, trainingLoss: $0.trainingLoss, validationAccuracy: $0.validationAccuracy)
        }
        let trainer = Trainer(network: network, optimizer: Momentum(learningRate: 0.05, momentum: 0.9, weightDecay: 5e-4),
                              schedule: .cosine(epochs: epochs, minimum: 0), callbacks: [watcher],
                              augment: { augmentation.apply($0) })
        let started = ContinuousClock.now
        let history = try trainer.fit(train, validation: validation, epochs: epochs, batchSize: 64, using: &generator)
        let minutes = (ContinuousClock.now - started).inSeconds / 60
        progress.finish()
        let (testLoss, testAccuracy) = network.evaluate(test)
        print("   test loss \(fixed(testLoss)), test accuracy \(fixed(testAccuracy)) after "
              + "\(NumberFormat.fixed(Float(minutes), decimals: 1)) minutes")
        if epochs > 1 {
            try plots.write(Multiplot.learningCurves(title: "The small ResNet on \(splits.kind.name)", history.epochs.columns),
                            name: "resnet-training-curves")
        }
        summary.add("resnet parameters", network.parameterCount)
        summary.add("resnet training minutes", NumberFormat.fixed(Float(minutes), decimals: 1))
        summary.add("resnet validation accuracy", history.epochs.last!.validationAccuracy!)
        summary.add("resnet test accuracy", testAccuracy)
        if let save {
            try network.save(to: URL(fileURLWithPath: save), model: "resnet\(stagedNetworkDepth(blocks: Self.resNet.blocks))")
            print("   Saved to \(save)")
        }
    }
}

/// The running mean of `values` over the last `window` of them (fewer at the start).
func runningMean(_ values: [Float], over window: Int) -> [Double] {
    values.indices.map { end in
        let part = values[Swift.max(0, end - window + 1)...end]
        return Double(part.reduce(0, +)) / Double(part.count)
    }
}

/// A number with four decimals.
func fixed(_ value: Float) -> String { NumberFormat.fixed(value, decimals: 4) }

/// A small or large number in scientific notation: 3.1e-05.
func scientific(_ value: Float) -> String { String(format: "%.2e", Double(value)) }

/// 80281600 as "80,281,600".
func grouped(_ value: Int) -> String {
    let digits = Array(String(value))
    return String(digits.enumerated().flatMap { index, digit in
        index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
    })
}

/// `text` padded with spaces to `width` characters.
func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: Swift.max(width, text.count), withPad: " ", startingAt: 0) }
