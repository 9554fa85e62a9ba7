// Chapter 09 · Transfer learning.
// Notes: README.md beside this file.
//
// 1. Pretrain chapter 06's CNN on Fashion-MNIST classes 0-4, save it, and load it back
//    (or start from a checkpoint of chapter 06 or 07 with --from).
// 2. Learn classes 5-9 from 10, 100 and 1,000 labelled images per class, three ways: from
//    scratch, frozen features with a new head, and fine-tuning with two learning rates.
import CourseRuntime
import DeeperNetworks
import Foundation
import Gnuplot
import TransferLearning

@main
struct Chapter09: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter09",
        abstract: "Chapter 09 · Transfer learning: checkpoints, frozen features, new heads, fine-tuning.",
        discussion: "Pretrains chapter 06's CNN on Fashion-MNIST classes 0-4 (T-shirt to coat) and saves it; then "
            + "learns classes 5-9 (sandal to ankle boot) from 10, 100 and 1,000 labelled images per class, from "
            + "scratch, with the pretrained features frozen under a new head, and fine-tuned, and tabulates their "
            + "test accuracies. --from starts from a checkpoint saved by `chapter06 --save` or `chapter07 --full "
            + "--save` instead. Plots go to PLOTS-DIR/09-transfer-learning.")

    @OptionGroup var options: ChapterOptions

    @Option(help: ArgumentHelp("Start from this checkpoint (saved by `chapter06 --save FILE`, `chapter07 --full --save FILE` "
                               + "or `chapter11 --save FILE`) "
                               + "instead of pretraining.", valueName: "file"))
    var from: String?

    @Option(help: ArgumentHelp("Where the network pretrained on classes 0-4 is saved (default: "
                               + "\(Self.defaultSave)). Not with --from, which pretrains nothing.", valueName: "file"))
    var save: String?

    static let defaultSave = "checkpoints/chapter09-classes-0-4.ckpt"

    @Flag(help: "Run your exercise 9 code: your frozen training step (9.1), new head (9.2) and fine-tuning step (9.4) do the transfer.")
    var mine = false

    func validate() throws {
        if let from, let save {
            throw ValidationError("--save \(save) has nothing to save: with --from \(from) the run starts from that "
                                  + "checkpoint and pretrains nothing. Leave out one of the two.")
        }
        if from == nil { try checkWritableFile(save ?? Self.defaultSave, option: "--save") }
    }

    func run() throws {
        var generator = SeededGenerator(seed: options.seed)
        let plots = ChapterPlots(options: options, slug: "09-transfer-learning")
        var summary = Summary()
        let parts = TransferParts(mine: mine)
        try parts.requireImplemented()
        // The checkpoint first, then the data: a damaged file stops the run before any work.
        let start = try from.map { try Checkpoint(contentsOf: URL(fileURLWithPath: $0)) }
        if let start, !SavedNetwork.allCases.map(\.rawValue).contains(start.model) {
            throw ValidationError("\(from!) holds a \"\(start.model)\" network; chapter09 starts from chapter 06's \"cnn\", "
                                  + "chapter 07's \"cnn-bn\" or chapter 11's \"resnet14\".")
        }
        let model = start.flatMap { SavedNetwork(rawValue: $0.model) } ?? .cnn
        let data = try ImageData.read(directory: options.dataDirectory)
        guard data.imageRows == 28 && data.imageColumns == 28 else {
            throw ValidationError("chapter09's networks read 28 × 28 images, as chapters 06 and 07 trained them; the data "
                                  + "set's are \(data.imageRows) × \(data.imageColumns).")
        }
        if mine { print(parts.announcement) }
        let splits = try ImageSplits.split(data, trainingImages: options.quick ? 6000 : nil, testImages: options.quick ? 2000 : nil,
                                           validationFraction: 1.0 / 12, preparation: model.preparation,
                                           using: &generator).asImages
        let (old, new) = (TaskData(splits, classes: 0..<5), TaskData(splits, classes: 5..<10))
        // Every split of both tasks needs images before any training: an empty one would stop
        // the run after pretraining, with the work lost.
        for (task, classes) in [(old, "0-4"), (new, "5-9")] {
            for (split, data) in [("training", task.train), ("validation", task.validation), ("test", task.test)] where data.count == 0 {
                throw ValidationError("the \(split) split has no images of classes \(classes), which chapter09 "
                                      + (classes == "0-4" ? "pretrains on" : "transfers to")
                                      + ": the data set needs images of all ten classes in its training and test files.")
            }
        }
        let names = splits.classNames

        // MARK: 1. Pretraining
        let pretrained: Sequential
        let source: String
        if let start, let from {
            pretrained = model.network(classes: start.tensor(model.headBias)?.count ?? 10, using: &generator)
            try pretrained.load(start, path: from, model: model.rawValue)
            source = from
            let classes = start.tensor(model.headBias)?.count ?? 0
            print("1. Starting from \(from): a \"\(model.rawValue)\" network, \(pretrained.parameterCount) parameters, with a "
                  + "head of \(classes) classes" + (classes == 10 ? " (all ten: its features have seen classes 5-9 too)" : ""))
        } else {
            let epochs = try options.epochs(default: 3, quick: 1)
            let network = model.network(classes: 5, using: &generator)
            print("1. Pretraining \(network.description)\n   on classes 0-4 (\(names[0..<5].joined(separator: ", "))): "
                  + "\(old.train.count) images, \(epochs) epochs of momentum SGD (η = 0.02, cosine schedule), batches of 64")
            let progress = TrainingProgress(label: "   pretraining", examples: old.train.count, batchSize: 64, epochs: epochs)
            let watcher = EpochWatcher(afterBatch: { progress.batchFinished($0, loss: $1) }) {
                progress.epochFinished($0.epoch, trainingLoss: $0.trainingLoss, validationAccuracy: $0.validationAccuracy)
            }
            _ = try Trainer(network: network, optimizer: Momentum(learningRate: 0.02, momentum: 0.9),
                            schedule: .cosine(epochs: epochs, minimum: 0), callbacks: [watcher])
                .fit(old.train, validation: old.validation, epochs: epochs, batchSize: 64, using: &generator)
            progress.finish()
            let accuracy = network.evaluate(old.test).accuracy
            print("   Test accuracy on classes 0-4: \(fixed(accuracy))")
            summary.add("pretrained test accuracy, classes 0-4", accuracy)
            let save = save ?? Self.defaultSave
            let file = URL(fileURLWithPath: save)
            try network.save(to: file, model: model.rawValue)
            // What the transfer starts from is what the file holds: read back, not the network in memory.
            pretrained = model.network(classes: 5, using: &generator)
            try pretrained.load(from: file, model: model.rawValue)
            let bytes = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
            print("   Saved to \(save) (\(bytes / 1024) KB, \(pretrained.namedParameters.count + pretrained.namedState.count) "
                  + "tensors) and loaded back")
            source = save
        }

        // MARK: 2. Transfer to classes 5-9
        let sizes = options.quick ? [10, 100] : [10, 100, 1000]
        print("\n2. Classes 5-9 (\(names[5..<10].joined(separator: ", "))) from few labelled images, three ways; test "
              + "accuracy on their \(new.test.count) test images (chance 0.2)")
        print("   Each arm trains the same network, the convolutional layers and one linear head on their "
              + "\(model.features == 1024 ? "1,024" : String(model.features)) features.\n"
              + "   from scratch: every layer new; frozen features: \(source)'s convolutional layers frozen (in evaluation "
              + "mode), a new head; fine-tuned: the same, every layer trained, the pretrained ones at a tenth of the head's "
              + "rate. Plain SGD, η = 0.05, batches of 32")
        var table: [Strategy: [Float]] = [:]
        var curves: [LineSeries] = []
        var filters: (before: Tensor, after: Tensor)?
        for perClass in sizes {
            // Few labels make a noisy figure: the smaller sets are drawn three times and the accuracies averaged.
            let repeats = perClass <= 100 && !options.quick ? 3 : 1
            let epochs = try options.epochs(default: epochsFor(perClass), quick: 2)
            var sums = [Strategy: Float]()
            var labelledCount = 0
            for draw in 0..<repeats {
                var run = SeededGenerator(seed: options.seed &+ UInt64(1000 * perClass + draw))
                let labelled = new.train.subset(firstIndices(perClass, perClass: 5, labels: new.train.targets,
                                                             order: run.permutation(new.train.count)))
                labelledCount = labelled.count
                for strategy in Strategy.allCases {
                    let (network, step) = try strategy.prepare(pretrained: pretrained, model: model, parts: parts, source: source,
                                                                using: &run)
                    let watched = perClass == 100 && draw == 0
                    let history = try trainEpochs(network, on: labelled, epochs: epochs, batchSize: Swift.min(32, labelled.count),
                                                  validation: watched ? new.validation : nil, step: step, using: &run)
                    sums[strategy, default: 0] += network.evaluate(new.test).accuracy
                    if watched {
                        curves.append(LineSeries(title: strategy.rawValue, xs: history.indices.map { Float($0 + 1) }, ys: history,
                                                 style: .linesPoints))
                    }
                    if strategy == .fineTuned && perClass == sizes.last, let conv = network.layers[0] as? Conv2D {
                        filters = ((pretrained.layers[0] as! Conv2D).weight.value, conv.weight.value)
                    }
                }
            }
            for strategy in Strategy.allCases {
                let accuracy = sums[strategy]! / Float(repeats)
                table[strategy, default: []].append(accuracy)
                summary.add("\(strategy.rawValue), \(perClass) per class, test accuracy", accuracy)
            }
            let drawn = repeats > 1 ? ", mean of \(repeats) draws" : ""
            // On a small data set fewer images than asked may exist: say how many were used.
            let images = labelledCount == 5 * perClass ? "\(labelledCount) images" : "only \(labelledCount) images exist"
            print("   \(padded("\(perClass) per class (\(images), \(epochs) epochs\(drawn)):", 56))"
                  + Strategy.allCases.map { "\($0.rawValue) \(fixed(table[$0]!.last!))" }.joined(separator: "   "))
        }
        let xs = sizes.map(Float.init)
        try plots.write(LinePlot(title: "Classes 5-9: test accuracy against labelled images per class", xLabel: "labelled images per class",
                                 yLabel: "test accuracy", logX: true, legend: .bottomRight,
                                 series: Strategy.allCases.map { LineSeries(title: $0.rawValue, xs: xs, ys: table[$0]!, style: .linesPoints) }),
                        name: "accuracy-against-labels")
        try plots.write(LinePlot(title: "100 labelled images per class: validation accuracy after each epoch", xLabel: "epoch",
                                 yLabel: "validation accuracy", integerX: true, legend: .bottomRight, series: curves),
                        name: "learning-curves")
        if let filters {
            let both = Tensor(shape: [64, 1, 5, 5], scalars: filters.before.scalars + filters.after.scalars)
            try plots.write(ImageGrid.filters(title: "conv1's 32 filters, pretrained (top four rows) and fine-tuned on "
                                                  + "\(sizes.last!) images per class (bottom four)",
                                              count: 64, rows: 5, columns: 5, values: both.scalars),
                            name: "filters")
            let change = ((filters.after - filters.before).squared().sum() / filters.before.squared().sum()).squareRoot()
            summary.add("conv1 relative change in fine-tuning", change)
        }
        plots.printNote()
        summary.print()
    }

    /// Epochs for `perClass` labelled images per class: more passes over fewer images.
    func epochsFor(_ perClass: Int) -> Int { perClass <= 10 ? 40 : perClass <= 100 ? 15 : 5 }
}

/// The first `perClass` examples of each of `classes` classes, taken in `order`.
func firstIndices(_ perClass: Int, perClass classes: Int, labels: Tensor, order: [Int]) -> [Int] {
    var counts = [Int](repeating: 0, count: classes)
    return order.filter { index in
        let label = Int(labels[flat: index])
        guard counts[label] < perClass else { return false }
        counts[label] += 1
        return true
    }
}

/// Numbers for messages: 4 decimals.
func fixed(_ value: Float) -> String { NumberFormat.fixed(value, decimals: 4) }

/// A name padded to `width` characters, for tables.
func padded(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
