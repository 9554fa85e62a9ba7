// Chapter 03 · Classification. Notes: README.md beside this file.
//
// 1. Why softmax subtracts the maximum: the naive formula overflows.
// 2. Logistic regression tells sandals from sneakers.
// 3. Softmax regression classifies all ten Fashion-MNIST classes.
import ClassificationExercises
import CourseRuntime
import Classification
import Foundation
import Gnuplot

@main
struct Chapter03: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter03",
        abstract: "Chapter 03 · Classification: logistic and softmax regression on Fashion-MNIST.",
        discussion: "Trains logistic regression on sandals against sneakers, then softmax regression on all ten "
            + "Fashion-MNIST classes, and draws the learned templates, the learning curves and the confusion "
            + "matrix into PLOTS-DIR/03-classification.")

    @OptionGroup var options: ChapterOptions

    @Flag(help: "Train softmax regression with your exercise 3 code (3.1-3.5): its loss, gradient and accuracy.")
    var mine = false

    func run() throws {
        let epochs = try options.epochs(default: 10, quick: 2)
        var generator = SeededGenerator(seed: options.seed)
        let plots = ChapterPlots(options: options, slug: "03-classification")
        var summary = Summary()
        if mine {
            try requireYourParts()
            print(yourParts.announcement)
        }

        // MARK: 1. A stable softmax
        let large = Tensor([1000, 1001, 1002])
        let naive = exp(large) / exp(large).sum()
        let stable = mine ? ClassificationExercise.softmax(large.reshaped([1, 3])).reshaped([3]) : softmax(large)
        print("1. softmax of [1000, 1001, 1002]: naively \(naive); with the maximum subtracted \(stable)")

        // MARK: Data
        // Pixels centred on their training means (chapter 03's notes say why).
        let splits = try ImageSplits.load(directory: options.dataDirectory, trainingImages: options.quick ? 6000 : nil,
                                          testImages: options.quick ? 2000 : nil, validationFraction: 1.0 / 12,
                                          preparation: .centered, using: &generator)
        let (train, validation, test) = (splits.train, splits.validation, splits.test)
        let (rows, columns, names) = (splits.imageRows, splits.imageColumns, splits.classNames)
        print("   \(splits.kind.name): \(train.count) training, \(validation.count) validation and \(test.count) test images "
              + "of \(rows) x \(columns) pixels")

        // MARK: 2. Logistic regression: class 5 (sandal) against class 7 (sneaker)
        let (negative, positive) = (names[5].lowercased(), names[7].lowercased())
        print("\n2. Logistic regression: \(negative) (label 0) against \(positive) (label 1)")
        let binaryTrain = twoClasses(train, negative: 5, positive: 7)
        let binaryTest = twoClasses(test, negative: 5, positive: 7)
        var logistic = LogisticRegression(features: train.inputs.shape[1])
        let logisticHistory = try trainWithProgress(&logistic, on: binaryTrain, validation: nil,
                                        settings: SGDSettings(learningRate: 0.1, epochs: Swift.min(epochs, 5), batchSize: 64,
                                                              decaysToZero: true),
                                        label: "   logistic", using: &generator)
        let logisticAccuracy = logistic.evaluate(binaryTest).accuracy
        print("   training accuracy \(fixed(logisticHistory.last!.trainingAccuracy)), test accuracy \(fixed(logisticAccuracy))")
        summary.add("logistic test accuracy (\(negative) vs \(positive))", logisticAccuracy)
        try plots.write(ImageGrid(title: "Logistic regression weights: red pushes towards \(positive), blue towards \(negative)",
                                  columns: 1, palette: .diverging,
                                  images: [ImageGrid.Image(title: "w", rows: rows, columns: columns,
                                                           values: logistic.weights.scalars.map(Double.init))]),
                        name: "logistic-weights")

        // MARK: 3. Softmax regression on ten classes
        print("\n3. Softmax regression on the ten classes, \(epochs) epochs of mini-batch SGD")
        var model = SoftmaxRegression(features: train.inputs.shape[1], classes: 10)
        let settings = SGDSettings(learningRate: 0.5, epochs: epochs, batchSize: 64, weightDecay: 1e-4, decaysToZero: true)
        let started = ContinuousClock.now
        let history: [EpochRecord]
        if mine {
            var yours = YourSoftmaxRegression(engine: model)
            history = try trainWithProgress(&yours, on: train, validation: validation, settings: settings,
                                            label: "   softmax", using: &generator)
            model = yours.engine
        } else {
            history = try trainWithProgress(&model, on: train, validation: validation, settings: settings,
                                            label: "   softmax", using: &generator)
        }
        let seconds = (ContinuousClock.now - started).inSeconds
        let testScores = model.scores(test.inputs)
        let (testLoss, testAccuracy) = mine
            ? (ClassificationExercise.crossEntropy(logits: testScores, labels: test.targets),
               ClassificationExercise.accuracy(scores: testScores, labels: test.targets))
            : model.evaluate(test)
        print("   test loss \(fixed(testLoss)), test accuracy \(fixed(testAccuracy))")
        summary.add("softmax validation accuracy", history.last!.validationAccuracy!)
        summary.add("softmax test accuracy", testAccuracy)
        summary.add("softmax training images per second", Int(Double(train.count * epochs) / seconds))

        let templates = (0..<10).map { j in
            ImageGrid.Image(title: names[j], rows: rows, columns: columns,
                            values: (0..<splits.features).map { Double(model.weights[$0, j]) })
        }
        try plots.write(ImageGrid(title: "The ten learned templates (columns of W): red raises the class's score",
                                  columns: 5, palette: .diverging, images: templates),
                        name: "templates")
        try plots.write(Multiplot.learningCurves(title: "Softmax regression on \(splits.kind.name)", history.columns), name: "training-curves")
        let counts = confusionMatrix(predicted: model.predict(test.inputs), labels: test.targets, classCount: 10)
        try plots.write(Heatmap.confusionMatrix(counts, classNames: names,
                                                title: "Confusion matrix on the test set (rows: true class)"),
                        name: "confusion-matrix")
        let worst = (0..<10).min { counts[$0][$0] < counts[$1][$1] }!
        print("   hardest class: \(names[worst]) (\(counts[worst][worst]) of \(counts[worst].reduce(0, +)) right)")

        plots.printNote()
        summary.print()
    }

    /// Trains with a progress bar over all the epochs' batches.
    func trainWithProgress<Model: TrainableClassifier>(_ model: inout Model, on data: Dataset, validation: Dataset?,
                                           settings: SGDSettings, label: String,
                                           using generator: inout SeededGenerator) throws -> [EpochRecord] {
        let progress = TrainingProgress(label: label, examples: data.count, batchSize: settings.batchSize,
                                        epochs: settings.epochs)
        let history = try trainBySGD(&model, on: data, validation: validation, settings: settings, using: &generator,
                                     afterBatch: progress.batchFinished,
                                     afterEpoch: { progress.epochFinished($0.epoch, trainingLoss: $0.trainingLoss,
                                                                          validationAccuracy: $0.validationAccuracy) })
        progress.finish()
        return history
    }
}


/// The examples of two classes, relabelled 0 (negative) and 1 (positive).
func twoClasses(_ data: Dataset, negative: Float, positive: Float) -> Dataset {
    let rows = (0..<data.count).filter { data.targets[$0] == negative || data.targets[$0] == positive }
    let subset = data.subset(rows)
    return Dataset(inputs: subset.inputs, targets: subset.targets.map { $0 == positive ? 1 : 0 })
}

/// A number with four decimals.
func fixed(_ value: Float) -> String { NumberFormat.fixed(value, decimals: 4) }
