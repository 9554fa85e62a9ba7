// Chapter 12 · Looking inside a trained network.
// Notes: README.md beside this file.
//
// 0. The network: chapter 06's CNN trained here, or one that chapter 06, 07 or 11 saved (--from).
// 1. Occlusion: a mask slid over four test images, the class's probability at each position.
// 2. Saliency: the gradient of the class score with respect to the pixels, and SmoothGrad.
// 3. What a unit wants: images climbed to raise each class's score and eight filters' activations,
//    beside the training images that raise those filters most.
// 4. Adversarial examples: the fast gradient sign method, accuracy against ε.
// 5. The features: the last hidden layer's activations on their two principal components.
import Checkpoints
import CourseRuntime
import Foundation
import Gnuplot
import LookingInside

@main
struct Chapter12: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter12",
        abstract: "Chapter 12 · Looking inside a trained network: occlusion, saliency, what a unit wants, adversarial examples.",
        discussion: "Trains chapter 06's CNN on Fashion-MNIST (or loads a network saved by `chapter06 --save`, "
            + "`chapter07 --full --save` or `chapter11 --save` with --from), then asks it why: occlusion maps and "
            + "saliency maps of four test images, images that maximise each class's score and eight filters' activations, "
            + "the fast gradient sign method's accuracy against ε, and the features' two principal components. "
            + "Plots go to PLOTS-DIR/12-looking-inside.")

    @OptionGroup var options: ChapterOptions

    @Option(help: ArgumentHelp("Look inside this network instead of training one: a checkpoint saved by `chapter06 --save`, "
                               + "`chapter07 --full --save` or `chapter11 --save`.", valueName: "file"))
    var from: String?

    @Option(help: ArgumentHelp("The side of the occlusion mask in pixels (at most the image's side).", valueName: "pixels"))
    var mask = 6

    @Option(help: ArgumentHelp("The attack's step sizes, in pixel units (each from 0 to 1), separated by commas.",
                               valueName: "list"))
    var epsilons = "0,0.01,0.02,0.05,0.1,0.2"

    @Flag(help: ArgumentHelp("Run your exercise 12 code: your occlusion map (12.1), saliency (12.2), ascent step (12.3), "
                             + "fast gradient sign method (12.4) and principal projection (12.5)."))
    var mine = false

    /// The step sizes of `--epsilons`.
    var attackSteps: [Float] { epsilons.split(separator: ",").compactMap { Float($0.trimmingCharacters(in: .whitespaces)) } }

    func validate() throws {
        if mask < 1 { throw ValidationError("--mask must be at least 1 pixel, got \(mask).") }
        let items = epsilons.split(separator: ",", omittingEmptySubsequences: false)
        for item in items {
            guard let value = Float(item.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--epsilons: \"\(item)\" is not a number; give step sizes such as 0,0.01,0.05.")
            }
            guard value >= 0 && value <= 1 else {
                throw ValidationError("--epsilons: \(item) is outside 0 to 1; a step is a fraction of the pixels' range [0, 1], "
                                      + "and a negative one would lower the loss instead of raising it.")
            }
        }
    }

    /// The test images sections 1-4 look at: one of each of these classes.
    static let shownClasses = [1, 5, 8, 9]

    func run() throws {
        var generator = SeededGenerator(seed: options.seed)
        let plots = ChapterPlots(options: options, slug: "12-looking-inside")
        var summary = Summary()
        let parts = LookingInsideParts(mine: mine)
        try parts.requireImplemented()
        // The checkpoint first, then the data: a damaged or foreign file stops the run before any work.
        let start = try from.map { try Checkpoint(contentsOf: URL(fileURLWithPath: $0)) }
        if let start, SavedNetwork(rawValue: start.model) == nil {
            throw ValidationError("\(from!) holds a \"\(start.model)\" network; chapter12 looks inside chapter 06's \"cnn\", "
                                  + "chapter 07's \"cnn-bn\" or chapter 11's \"resnet14\".")
        }
        let model = start.flatMap { SavedNetwork(rawValue: $0.model) } ?? .cnn
        if let start, let classes = start.tensor(model.headBias)?.count, classes != 10 {
            throw ValidationError("\(from!) holds a network with a head of \(classes) classes; chapter12 needs one that tells "
                                  + "all ten apart (chapter 09's checkpoints learned five).")
        }
        let data = try ImageData.read(directory: options.dataDirectory)
        guard data.imageRows == 28 && data.imageColumns == 28 else {
            throw ValidationError("chapter12's networks read 28 × 28 images, as chapters 06, 07 and 11 trained them; the data "
                                  + "set's are \(data.imageRows) × \(data.imageColumns).")
        }
        guard mask <= 28 else {
            throw ValidationError("--mask \(mask) is larger than the 28 × 28 images: the mask must fit inside the image.")
        }
        if mine { print(parts.announcement) }
        // Every question is asked of pixels in [0, 1]: where a loaded network expects chapter 06's
        // standardised pixels, the standardisation becomes its first layer.
        let splits = try ImageSplits.split(data, trainingImages: options.quick ? 6000 : nil, testImages: options.quick ? 2000 : nil,
                                           validationFraction: 1.0 / 12, preparation: .unnormalized, using: &generator).asImages
        let names = splits.classNames

        // MARK: 0. The network
        let saved = model.network(classes: 10, using: &generator)
        let standardization = start != nil && model.preparation == .standardized
            ? PixelStandardization(Normalization(standardizing: splits.train.inputs.reshaped([splits.train.count, 784]))) : nil
        let network = Sequential((standardization.map { [$0] } ?? []) + saved.layers)
        if let start, let from {
            try saved.load(start, path: from, model: model.rawValue)
            print("0. \(from): chapter \(model.chapter)'s \"\(model.rawValue)\" network, \(saved.parameterCount) parameters")
        } else {
            let epochs = try options.epochs(default: 4, quick: 1)
            print("0. Chapter 06's CNN, \(saved.parameterCount) parameters, trained for \(epochs) epoch\(epochs == 1 ? "" : "s") "
                  + "of momentum SGD (η = 0.02, cosine schedule), batches of 64, on \(splits.train.count) images, their pixels "
                  + "as they are, in [0, 1] (chapter 07's preparation)")
            let progress = TrainingProgress(label: "   cnn", examples: splits.train.count, batchSize: 64, epochs: epochs)
            let watcher = EpochWatcher(afterBatch: { progress.batchFinished($0, loss: $1) }) {
                progress.epochFinished($0.epoch, trainingLoss: $0.trainingLoss, validationAccuracy: $0.validationAccuracy)
            }
            _ = try Trainer(network: network, optimizer: Momentum(learningRate: 0.02, momentum: 0.9),
                            schedule: .cosine(epochs: epochs, minimum: 0.001), callbacks: [watcher])
                .fit(splits.train, validation: splits.validation, epochs: epochs, batchSize: 64, using: &generator)
            progress.finish()
        }
        let testAccuracy = network.evaluate(splits.test).accuracy
        print("   test accuracy \(fixed(testAccuracy))")
        summary.add("test accuracy", testAccuracy)

        // The first test image of each shown class that the network gets right.
        let predictions = network.scores(splits.test.inputs).argmax(alongAxis: 1)
        let shown = Self.shownClasses.compactMap { label in
            (0..<splits.test.count).first { Int(splits.test.targets[$0]) == label && Int(predictions[$0]) == label }
        }
        guard !shown.isEmpty else {
            throw ValidationError("the network classifies no test image of classes \(Self.shownClasses) correctly: nothing to look inside.")
        }
        let images = shown.map { splits.test.inputs.row($0) }
        let labels = shown.map { Int(splits.test.targets[$0]) }

        try occlusion(network, images: images, labels: labels, names: names, parts: parts, plots: plots, summary: &summary)
        try saliency(network, images: images, labels: labels, names: names, parts: parts, plots: plots, summary: &summary,
                     using: &generator)
        // The layers up to the feature maps section 3 climbs, after the standardising layer if there is one.
        let inspected = Sequential(Array(network.layers.prefix((standardization == nil ? 0 : 1) + model.inspectedLayers)))
        try wants(network, inspected: inspected, model: model, training: splits.train, test: splits.test, names: names, parts: parts, plots: plots,
                  summary: &summary, using: &generator)
        try adversarial(network, test: splits.test, shown: shown, names: names, parts: parts, plots: plots, summary: &summary)
        try features(network, model: model, test: splits.test, names: names, parts: parts, plots: plots, summary: &summary)
        plots.printNote()
        summary.print()
    }

    // MARK: 1. Occlusion

    func occlusion(_ network: Sequential, images: [Tensor], labels: [Int], names: [String], parts: LookingInsideParts,
                   plots: ChapterPlots, summary: inout Summary) throws {
        print("\n1. A \(mask) × \(mask) mask slid over each image one pixel at a time; the probability of its class with "
              + "the mask black (the background's value, 0) and grey (0.5)")
        var panels: [ImageGrid.Image] = []
        for (index, (image, label)) in zip(images, labels).enumerated() {
            let probability = softmax(network.scores(image.reshaped([1, 1, 28, 28])))[0, label]
            panels.append(ImageGrid.Image(title: names[label], rows: 28, columns: 28, values: image.scalars, palette: .grey))
            var line = "   \(pad(names[label], 12)) p = \(fixed(probability))"
            for (fill, shade) in [(Float(0), "black"), (0.5, "grey")] {
                let map = parts.occlusionMap(network, image, label: label, mask: OcclusionMask(size: mask, fill: fill))
                let drop = probability - map
                let worst = drop.scalars.indices.max { drop[flat: $0] < drop[flat: $1] }!
                let side = map.shape[1]
                line += "; \(shade) mask: largest drop \(fixed(drop[flat: worst])) at (\(worst / side), \(worst % side))"
                summary.add("occlusion \(index + 1) \(names[label]) largest drop, \(shade) mask", drop[flat: worst])
                panels.append(ImageGrid.Image(title: "drop, \(shade) mask", rows: map.shape[0], columns: side,
                                              values: drop.scalars, palette: .diverging))
            }
            print(line)
        }
        try plots.write(ImageGrid(title: "Occlusion: how far the class's probability falls with a \(mask) × \(mask) mask at "
                                  + "each position (red: falls, blue: rises)", columns: 3, colorRange: .perImage, images: panels),
                        name: "occlusion")
    }

    // MARK: 2. Saliency

    func saliency(_ network: Sequential, images: [Tensor], labels: [Int], names: [String], parts: LookingInsideParts,
                  plots: ChapterPlots, summary: inout Summary, using generator: inout SeededGenerator) throws {
        let (samples, noise): (Int, Float) = (50, 0.15)
        print("\n2. |∂s/∂x|, the class score's gradient with respect to each pixel, and SmoothGrad's mean over \(samples) "
              + "copies with noise of σ = \(noise); the share of each map's total on the garment (pixels above 0.1)")
        let batch = Tensor(shape: [images.count, 1, 28, 28], scalars: Array(images.map(\.scalars).joined()))
        let gradients = parts.scoreGradient(network, batch, classes: labels)
        var panels: [ImageGrid.Image] = []
        var shares: [(plain: Float, smooth: Float)] = []
        for (index, (image, label)) in zip(images, labels).enumerated() {
            let plain = abs(gradients.row(index))
            let smooth = abs(parts.smoothGrad(network, image, label: label, samples: samples, noise: noise, using: &generator))
            let garment = image.map { $0 > 0.1 ? 1 : 0 }
            func share(_ map: Tensor) -> Float { (map * garment).sum() / map.sum() }
            shares.append((share(plain), share(smooth)))
            print("   \(pad(names[label], 12)) garment \(fixed(garment.sum() / 784)) of the pixels; saliency "
                  + "\(fixed(share(plain))) of its total there, SmoothGrad \(fixed(share(smooth)))")
            panels += [ImageGrid.Image(title: names[label], rows: 28, columns: 28, values: image.scalars, palette: .grey),
                       ImageGrid.Image(title: "|saliency|", rows: 28, columns: 28, values: plain.scalars, palette: .heat),
                       ImageGrid.Image(title: "|SmoothGrad|", rows: 28, columns: 28, values: smooth.scalars, palette: .heat)]
        }
        summary.add("saliency share on the garment, mean", shares.map(\.plain).reduce(0, +) / Float(shares.count))
        summary.add("SmoothGrad share on the garment, mean", shares.map(\.smooth).reduce(0, +) / Float(shares.count))
        try plots.write(ImageGrid(title: "Saliency: |∂s/∂x| at the image, and averaged over noisy copies (SmoothGrad)",
                                  columns: 3, colorRange: .perImage, images: panels), name: "saliency")
    }

    // MARK: 3. What a unit wants

    func wants(_ network: Sequential, inspected: Sequential, model: SavedNetwork, training: Dataset, test: Dataset, names: [String],
               parts: LookingInsideParts, plots: ChapterPlots, summary: inout Summary, using generator: inout SeededGenerator) throws {
        let steps = options.quick ? 40 : 200
        let (rate, l2): (Float, Float) = (0.05, 0.05)
        let (filterRate, filterL2): (Float, Float) = (1, 0.01)
        print("\n3. \(steps) steps of gradient ascent on s − λ‖x‖² (η = \(rate), λ = \(l2)), pixels held to [0, 1], from a "
              + "black image for each class, and from faint noise for 8 filters of \(model.inspectedLayer)")
        let classes = Array(0..<10)
        let (found, scores) = maximizeResponse(from: .zeros([10, 1, 28, 28]), steps: steps, learningRate: rate, l2: l2,
                                               range: 0...1, step: parts.ascentStep) { images in
            let gradient = parts.scoreGradient(network, images, classes: classes)
            let s = network.scores(images)
            return (classes.map { s[$0, $0] }, gradient)
        }
        let probabilities = softmax(network.scores(found))
        // What a real image scores, for comparison: the winning score of each of the first test images.
        let testScores = network.scores(test.inputs.rows(Array(0..<Swift.min(1000, test.count))))
        let winning = median((0..<testScores.shape[0]).map { i in (0..<testScores.shape[1]).map { testScores[i, $0] }.max()! })
        print("   (a test image's winning score: median \(NumberFormat.fixed(winning, decimals: 2)) over the first "
              + "\(testScores.shape[0]))")
        summary.add("test images' winning score, median", winning)
        for k in classes {
            print("   \(pad(names[k], 12)) score \(NumberFormat.fixed(scores[k], decimals: 2)), probability \(fixed(probabilities[k, k]))")
        }
        summary.add("class images, mean probability of their class", classes.map { probabilities[$0, $0] }.reduce(0, +) / 10)
        try plots.write(ImageGrid(title: "What each class's score wants: gradient ascent from a black image", columns: 5,
                                  images: classes.map { ImageGrid.Image(title: names[$0], rows: 28, columns: 28, values: found.row($0).scalars) }),
                        name: "class-images")

        // Filters: the same climb on a channel's mean activation, beside the training images that raise it most.
        let channels = Array(0..<8)
        let start = Tensor.uniform([channels.count, 1, 28, 28], high: 0.5, using: &generator)
        let (filterImages, reached) = maximizeResponse(from: start, steps: steps, learningRate: filterRate, l2: filterL2, range: 0...1,
                                                       step: parts.ascentStep) { images in
            // Image i climbs channel i.
            let climbs = channels.map { inspected.channelMeanGradient(images.rows([$0]), channel: $0) }
            return (climbs.map { $0.means[0] }, Tensor(shape: images.shape, scalars: Array(climbs.map(\.gradient.scalars).joined())))
        }
        let pool = training.inputs.rows(Array(0..<Swift.min(options.quick ? 500 : 5000, training.count)))
        var panels: [ImageGrid.Image] = []
        var ratios: [Float] = []
        for channel in channels {
            let strongest = inspected.strongestImages(pool, channel: channel, count: 5)
            ratios.append(reached[channel] / Swift.max(strongest[0].mean, 1e-6))
            print("   filter \(channel): mean activation \(NumberFormat.fixed(reached[channel], decimals: 2)) climbed; "
                  + "\(NumberFormat.fixed(strongest[0].mean, decimals: 2)) from its strongest of the first \(pool.shape[0]) training "
                  + "images (\(names[Int(training.targets[strongest[0].index])]))")
            panels.append(ImageGrid.Image(title: "filter \(channel)", rows: 28, columns: 28, values: filterImages.row(channel).scalars))
            panels += strongest.map { ImageGrid.Image(title: names[Int(training.targets[$0.index])], rows: 28, columns: 28,
                                                      values: pool.row($0.index).scalars) }
        }
        summary.add("filters, climbed mean activation over the strongest training image's, median", median(ratios))
        try plots.write(ImageGrid(title: "Eight filters of \(model.inspectedLayer): the image climbed, then the 5 training images "
                                  + "that raise it most", columns: 6, colorRange: .perImage, images: panels), name: "filters")
    }

    // MARK: 4. Adversarial examples

    func adversarial(_ network: Sequential, test: Dataset, shown: [Int], names: [String], parts: LookingInsideParts,
                     plots: ChapterPlots, summary: inout Summary) throws {
        let attacked = test.subset(Array(0..<Swift.min(options.quick ? 300 : 1000, test.count)))
        let steps = attackSteps
        print("\n4. The fast gradient sign method, x + ε sign(∂L/∂x) held to [0, 1], on \(attacked.count) test images")
        let accuracies = network.accuracyUnderAttack(attacked, epsilons: steps, range: 0...1, attack: parts.fastGradientSign)
        for (ε, accuracy) in zip(steps, accuracies) {
            print("   ε = \(pad(NumberFormat.fixed(ε, decimals: 3), 6)) accuracy \(fixed(accuracy))")
            summary.add("accuracy under attack, epsilon \(NumberFormat.fixed(ε, decimals: 3))", accuracy)
        }
        try plots.write(LinePlot(title: "Accuracy on \(attacked.count) test images after one signed gradient step of ε",
                                 xLabel: "ε (fraction of the pixel range)", yLabel: "accuracy", yRange: 0...1,
                                 series: [LineSeries(title: "FGSM", xs: steps, ys: accuracies, style: .linesPoints)]),
                        name: "attack-accuracy")
        // The shown images: the smallest ε of a fine grid that changes the network's answer.
        let grid = (1...150).map { Float($0) * 0.002 }
        var panels: [ImageGrid.Image] = []
        var flips: [Float] = []
        for index in shown {
            let image = test.inputs.rows([index]), label = Int(test.targets[index])
            let gradient = network.lossGradient(image, labels: Tensor([Float(label)])).gradient
            let copies = Tensor(shape: [grid.count, 1, 28, 28], scalars: Array(grid.map {
                parts.fastGradientSign(image, lossGradient: gradient, epsilon: $0, range: 0...1).scalars
            }.joined()))
            let answers = network.scores(copies).argmax(alongAxis: 1)
            guard let first = grid.indices.first(where: { Int(answers[$0]) != label }) else {
                print("   \(pad(names[label], 12)) still \(names[label]) at ε = \(grid.last!)")
                continue
            }
            let fooled = copies.row(first)
            let probability = softmax(network.scores(fooled.reshaped([1, 1, 28, 28])))[0, Int(answers[first])]
            print("   \(pad(names[label], 12)) becomes \(names[Int(answers[first])]) (p = \(fixed(probability))) at "
                  + "ε = \(NumberFormat.fixed(grid[first], decimals: 3))")
            flips.append(grid[first])
            panels += [ImageGrid.Image(title: names[label], rows: 28, columns: 28, values: image.scalars, palette: .grey),
                       ImageGrid.Image(title: "ε \(NumberFormat.fixed(grid[first], decimals: 3)): \(names[Int(answers[first])])",
                                       rows: 28, columns: 28, values: fooled.scalars, palette: .grey),
                       ImageGrid.Image(title: "change", rows: 28, columns: 28, values: (fooled - image.reshaped(fooled.shape)).scalars,
                                       palette: .diverging)]
        }
        if !flips.isEmpty { summary.add("smallest fooling epsilon, median of the shown images", median(flips), decimals: 3) }
        if !panels.isEmpty {
            try plots.write(ImageGrid(title: "The smallest signed step that changes the answer", columns: 3, colorRange: .perImage,
                                      images: panels), name: "adversarial")
        }
    }

    // MARK: 5. The features

    func features(_ network: Sequential, model: SavedNetwork, test: Dataset, names: [String], parts: LookingInsideParts,
                  plots: ChapterPlots, summary: inout Summary) throws {
        let count = Swift.min(options.quick ? 500 : 2000, test.count)
        let images = test.inputs.rows(Array(0..<count))
        let labels = (0..<count).map { Int(test.targets[$0]) }
        let hidden = Sequential(Array(network.layers.prefix(network.layers.count - 1)))
        let activations = hidden.evaluating { hidden.forward(images) }
        print("\n5. \(count) test images on their first two principal components: as \(activations.shape[1]) features of the "
              + "last hidden layer, and as 784 pixels; how often the nearest class centre in the plane is the right class")
        var panels: [ScatterPlot] = []
        for (name, vectors) in [("features", activations), ("pixels", images.reshaped([count, 784]))] {
            let plane = parts.principalProjection(vectors)
            let accuracy = nearestCentreAccuracy(plane, labels: labels)
            let pca = PrincipalComponents(fitting: vectors, count: 2)
            let explained = pca.variances.reduce(0, +) / pca.totalVariance
            print("   \(pad(name, 9)) two components explain \(fixed(explained)) of the variance; nearest centre right "
                  + "\(fixed(accuracy)) of the time")
            summary.add("\(name), variance on two components", explained)
            summary.add("\(name), nearest centre accuracy on two components", accuracy)
            panels.append(ScatterPlot(title: "\(name) (\(vectors.shape[1]))", xLabel: "component 1", yLabel: "component 2",
                                      classes: (0..<names.count).map { k in
                                          let rows = labels.indices.filter { labels[$0] == k }
                                          return ScatterClass(label: names[k], xs: rows.map { plane[$0, 0] }, ys: rows.map { plane[$0, 1] })
                                      }, pointSize: 0.4))
        }
        try plots.write(Multiplot(title: "Test images on their first two principal components", columns: 2,
                                  size: PlotSize(width: 1500, height: 600), panels: panels), name: "features")
    }
}

extension SavedNetwork {
    /// The chapter whose `--save` writes this network.
    var chapter: String {
        switch self {
        case .cnn: "06"
        case .cnnBN: "07"
        case .resNet: "11"
        }
    }

    /// How many of the network's layers make the feature maps section 3 climbs: up to conv2's
    /// ReLU for the CNNs (64 channels of 8 × 8), up to the second stage for the ResNet (32 of 14 × 14).
    var inspectedLayers: Int {
        switch self {
        case .cnn: 5
        case .cnnBN: 7
        case .resNet: 5
        }
    }

    /// What those layers end with, in words.
    var inspectedLayer: String { self == .resNet ? "the second stage's output" : "conv2 (after its ReLU)" }
}

/// The middle value (the upper of the two middle ones for an even count).
func median(_ values: [Float]) -> Float { values.sorted()[values.count / 2] }

/// A number with four decimals.
func fixed(_ value: Float) -> String { NumberFormat.fixed(value, decimals: 4) }

/// `text` padded with spaces to `width` characters.
func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: Swift.max(width, text.count), withPad: " ", startingAt: 0) }
