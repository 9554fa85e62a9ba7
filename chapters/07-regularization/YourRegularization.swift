// `--mine`: chapter 07 with your exercise 7 code. Your dropout (7.1, 7.2) and batch
// normalisation (7.3, 7.4) become layers, your L2 gradient (7.5) goes into the optimiser,
// and your random shift (7.6) into the augmentation. Each draws its random numbers as the
// engine does, so correct code trains to the engine's figures.
import Regularization
import RegularizationExercises
import ExerciseSupport

/// The pieces the experiments build: the engine's, or with `mine` the ones running your code.
struct RegularizationParts {
    let mine: Bool

    /// The exercise parts `mine` runs.
    static let yours = YourParts(exercise: 7, parts: [("7.1", "inverted dropout"), ("7.2", "dropout backward"),
                                                      ("7.3", "batch normalisation forward"),
                                                      ("7.4", "batch normalisation backward"),
                                                      ("7.5", "the gradient of an L2 penalty"),
                                                      ("7.6", "a random shift of each image")],
                                 file: "exercises/07-regularization/RegularizationExercise.swift")

    /// Stops before any work when one of the parts is still a stub, naming it.
    func requireImplemented() throws {
        guard mine else { return }
        try Self.yours.requireImplemented(chapter: "chapter07") {
            let x = Tensor(shape: [2, 2], scalars: [1, 2, 3, 4]), ones = Tensor.ones([2])
            let dropped = RegularizationExercise.dropout(input: x, rate: 0.5, uniforms: .zeros([2, 2]), mode: .training)
            _ = RegularizationExercise.dropoutBackward(outputGradient: x, mask: dropped.mask)
            _ = RegularizationExercise.batchNormForward(input: x, scale: ones, shift: .zeros([2]), runningMean: .zeros([2]),
                                                        runningVariance: ones, momentum: 0.1, epsilon: 1e-5, mode: .training)
            _ = RegularizationExercise.batchNormBackward(outputGradient: x, input: x, scale: ones, epsilon: 1e-5)
            _ = RegularizationExercise.l2Gradients(values: [x], gradients: [x], lambda: 0.1)
            var generator = SeededGenerator(seed: 1)
            _ = RegularizationExercise.randomShift(images: x.reshaped([1, 1, 2, 2]), maxPixels: 1, using: &generator)
        }
    }

    /// The line that says whose code runs.
    var announcement: String { Self.yours.announcement }

    /// Dropout and batch normalisation layers.
    var layers: LayerMaker {
        mine ? LayerMaker(batchNorm: { YourBatchNorm(features: $0, name: $1) },
                          dropout: { YourDropout(rate: $0, using: &$1) })
             : .engine
    }

    /// Momentum SGD with an L2 penalty: the engine's, or your 7.5 adding the penalty's gradient.
    func optimizer(learningRate: Float, weightDecay: Float) -> any Optimizer {
        mine ? YourL2Momentum(learningRate: learningRate, weightDecay: weightDecay)
             : Momentum(learningRate: learningRate, momentum: 0.9, weightDecay: weightDecay)
    }

    /// What augments each batch: `steps` by the engine, your 7.6 doing the shifts when they
    /// are the only step. Nil when there are no steps.
    func augmentation(_ steps: [Augmentation.Step], using generator: inout SeededGenerator) -> ((Tensor) -> Tensor)? {
        guard !steps.isEmpty else { return nil }
        if mine, steps.count == 1, case .shift(let pixels) = steps[0] {
            // The engine's Augmentation seeds a generator of its own this way.
            nonisolated(unsafe) var own = SeededGenerator(seed: generator.next())
            return { RegularizationExercise.randomShift(images: $0, maxPixels: pixels, using: &own) }
        }
        let augmentation = Augmentation(steps, using: &generator)
        return { augmentation.apply($0) }
    }
}

/// Inverted dropout by your 7.1 and 7.2, drawing its uniforms as the engine's `Dropout` does.
final class YourDropout: Layer {
    let rate: Float
    private var generator: SeededGenerator
    private var mode: Mode = .training
    private var mask: Tensor?

    init(rate: Float, using generator: inout SeededGenerator) {
        self.rate = rate
        self.generator = SeededGenerator(seed: generator.next())
    }

    func setMode(_ mode: Mode) { self.mode = mode }

    func forward(_ input: Tensor) -> Tensor {
        guard mode == .training else {
            mask = nil
            return RegularizationExercise.dropout(input: input, rate: rate, uniforms: .zeros(input.shape), mode: .evaluation).output
        }
        let uniforms = Tensor(shape: input.shape, scalars: (0..<input.count).map { _ in Float.random(in: 0..<1, using: &generator) })
        let result = RegularizationExercise.dropout(input: input, rate: rate, uniforms: uniforms, mode: .training)
        mask = result.mask
        return result.output
    }

    func backward(_ outputGradient: Tensor) -> Tensor {
        guard let mask else { return outputGradient }
        return RegularizationExercise.dropoutBackward(outputGradient: outputGradient, mask: mask)
    }

    var description: String { "your Dropout(\(rate))" }
}

/// Batch normalisation by your 7.3 and 7.4, over features [n, d] or, for images
/// [n, c, h, w], over channels: each pixel of each image is then one row of [n·h·w, c].
final class YourBatchNorm: Layer {
    let scale: Parameter
    let shift: Parameter
    let runningMean: LayerState
    let runningVariance: LayerState
    let name: String
    private var mode: Mode = .training
    private var rows = Tensor.zeros([1, 1])
    private var inputShape: [Int] = []

    init(features: Int, name: String) {
        scale = Parameter(.ones([features]), name: "\(name).scale")
        shift = Parameter(.zeros([features]), name: "\(name).shift")
        runningMean = LayerState(.zeros([features]), name: "\(name).runningMean")
        runningVariance = LayerState(.ones([features]), name: "\(name).runningVariance")
        self.name = name
    }

    func setMode(_ mode: Mode) { self.mode = mode }

    /// [n, c, h, w] as [n·h·w, c], and back.
    private func asRows(_ x: Tensor) -> Tensor {
        x.rank == 4 ? x.permuted([0, 2, 3, 1]).reshaped([x.count / x.shape[1], x.shape[1]]) : x
    }
    private func fromRows(_ rows: Tensor) -> Tensor {
        inputShape.count == 4
            ? rows.reshaped([inputShape[0], inputShape[2], inputShape[3], inputShape[1]]).permuted([0, 3, 1, 2]) : rows
    }

    func forward(_ input: Tensor) -> Tensor {
        inputShape = input.shape
        rows = asRows(input)
        let result = RegularizationExercise.batchNormForward(
            input: rows, scale: scale.value, shift: shift.value, runningMean: runningMean.value,
            runningVariance: runningVariance.value, momentum: 0.1, epsilon: 1e-5, mode: mode)
        (runningMean.value, runningVariance.value) = (result.runningMean, result.runningVariance)
        return fromRows(result.output)
    }

    func backward(_ outputGradient: Tensor) -> Tensor {
        let gradients = RegularizationExercise.batchNormBackward(outputGradient: asRows(outputGradient), input: rows,
                                                                 scale: scale.value, epsilon: 1e-5)
        (scale.gradient, shift.gradient) = (gradients.scale, gradients.shift)
        return fromRows(gradients.input)
    }

    var parameters: [Parameter] { [scale, shift] }
    var state: [LayerState] { [runningMean, runningVariance] }
    var description: String { "your BatchNorm \(name) (\(scale.value.count))" }
}

/// Momentum SGD whose gradients first get your 7.5's L2 term; the engine's momentum step
/// does the rest.
final class YourL2Momentum: Optimizer {
    let weightDecay: Float
    private let momentum: Momentum

    init(learningRate: Float, weightDecay: Float) {
        self.weightDecay = weightDecay
        momentum = Momentum(learningRate: learningRate, momentum: 0.9)
    }

    var learningRate: Float {
        get { momentum.learningRate }
        set { momentum.learningRate = newValue }
    }

    func step(_ parameters: [Parameter]) {
        let penalised = RegularizationExercise.l2Gradients(values: parameters.map(\.value), gradients: parameters.map(\.gradient),
                                                           lambda: weightDecay)
        for (parameter, gradient) in zip(parameters, penalised) { parameter.gradient = gradient }
        momentum.step(parameters)
    }
}
