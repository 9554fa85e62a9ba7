// Mini-batch stochastic gradient descent for chapter 03's classifiers, with the history
// a learning curve is drawn from. Chapter 05 generalises the optimiser.

/// A classifier trained by gradient descent; its gradient has the model's own shape.
public protocol TrainableClassifier {
    /// The number of classes.
    var classCount: Int { get }
    /// One score per class for each row of inputs [n, d]: shape [n, k].
    func scores(_ inputs: Tensor) -> Tensor
    /// The training loss on a batch, its gradient with respect to every parameter, and the
    /// batch's scores [n, k] from the same forward pass.
    func lossAndGradient(inputs: Tensor, labels: Tensor, weightDecay: Float) -> (loss: Float, gradient: Self, scores: Tensor)
    /// Moves the parameters by −learningRate × gradient.
    mutating func step(along gradient: Self, learningRate: Float)
}

extension TrainableClassifier {
    /// The predicted class of each row, shape [n].
    public func predict(_ inputs: Tensor) -> Tensor { scores(inputs).argmax(alongAxis: 1) }

    /// Mean cross-entropy (without the penalty) and accuracy on a whole dataset.
    public func evaluate(_ data: Dataset) -> (loss: Float, accuracy: Float) {
        let scores = scores(data.inputs)
        return (crossEntropy(logits: scores, labels: data.targets), accuracy(scores: scores, labels: data.targets))
    }
}

/// How to run mini-batch SGD.
public struct SGDSettings: Sendable {
    public var learningRate: Float
    public var epochs: Int
    public var batchSize: Int
    /// The L2 penalty λ: the loss gains (λ/2)‖W‖².
    public var weightDecay: Float
    /// Whether the learning rate falls linearly to zero over the run, so the last steps
    /// are small and the parameters settle instead of jittering (chapter 05 has more schedules).
    public var decaysToZero: Bool

    public init(learningRate: Float, epochs: Int, batchSize: Int, weightDecay: Float = 0, decaysToZero: Bool = false) {
        precondition(learningRate > 0, "SGDSettings: the learning rate must be positive, got \(learningRate)")
        precondition(epochs > 0, "SGDSettings: epochs must be positive, got \(epochs)")
        precondition(batchSize > 0, "SGDSettings: the batch size must be positive, got \(batchSize)")
        self.learningRate = learningRate
        self.epochs = epochs
        self.batchSize = batchSize
        self.weightDecay = weightDecay
        self.decaysToZero = decaysToZero
    }

    /// The learning rate for step `step` (counted from 0) of `total`.
    public func learningRate(atStep step: Int, of total: Int) -> Float {
        decaysToZero ? learningRate * (1 - Float(step) / Float(total)) : learningRate
    }
}

/// What one epoch of training achieved.
public struct EpochRecord: Sendable {
    public var epoch: Int
    /// The mean of the batch losses during the epoch (penalty included).
    public var trainingLoss: Float
    /// The fraction of training examples classified correctly during the epoch.
    public var trainingAccuracy: Float
    /// Loss and accuracy on the validation set after the epoch, if one was given.
    public var validationLoss: Float?
    public var validationAccuracy: Float?

    public init(epoch: Int, trainingLoss: Float, trainingAccuracy: Float,
                validationLoss: Float? = nil, validationAccuracy: Float? = nil) {
        self.epoch = epoch
        self.trainingLoss = trainingLoss
        self.trainingAccuracy = trainingAccuracy
        self.validationLoss = validationLoss
        self.validationAccuracy = validationAccuracy
    }
}

extension Sequence where Element == EpochRecord {
    /// The history as columns, one number per epoch (NaN where no validation ran): what a plot
    /// of learning curves reads (`Multiplot.learningCurves(title:_:)` in the Gnuplot module).
    public var columns: (epochs: [Double], trainingLoss: [Double], validationLoss: [Double],
                         trainingAccuracy: [Double], validationAccuracy: [Double]) {
        (map { Double($0.epoch) }, map { Double($0.trainingLoss) }, map { Double($0.validationLoss ?? .nan) },
         map { Double($0.trainingAccuracy) }, map { Double($0.validationAccuracy ?? .nan) })
    }
}

/// Trains `model` by mini-batch SGD on `training`, drawing a fresh permutation from
/// `generator` each epoch. Calls `afterBatch(batchesDone, loss)` after every step and
/// `afterEpoch(record)` after every epoch. Throws `DivergenceError` at the first step whose
/// loss is NaN or infinite.
public func trainBySGD<Model: TrainableClassifier>(
    _ model: inout Model, on training: Dataset, validation: Dataset? = nil, settings: SGDSettings,
    using generator: inout SeededGenerator,
    afterBatch: (_ batchesDone: Int, _ loss: Float) -> Void = { _, _ in },
    afterEpoch: (EpochRecord) -> Void = { _ in }
) throws -> [EpochRecord] {
    precondition(training.count > 0, "trainBySGD: the training set is empty")
    checkLabels(training.targets, classCount: model.classCount, rows: training.count, "trainBySGD (training labels)")
    if let validation {
        checkLabels(validation.targets, classCount: model.classCount, rows: validation.count,
                    "trainBySGD (validation labels)")
    }
    let totalSteps = settings.epochs * ((training.count + settings.batchSize - 1) / settings.batchSize)
    var gradient: Model?
    return try runEpochs(
        on: training, validation: validation, epochs: settings.epochs, batchSize: settings.batchSize,
        using: &generator, operation: "trainBySGD",
        learningRate: { _, stepsDone in settings.learningRate(atStep: stepsDone, of: totalSteps) },
        computeGradients: { batch in
            let (loss, batchGradient, scores) = model.lossAndGradient(inputs: batch.inputs, labels: batch.targets,
                                                                      weightDecay: settings.weightDecay)
            gradient = batchGradient
            return (loss, scores)
        },
        update: { rate in model.step(along: gradient!, learningRate: rate) },
        evaluate: { model.evaluate($0) },
        afterBatch: afterBatch,
        afterEpoch: { record in
            afterEpoch(record)
            return false
        }).epochs
}
