// `--mine`: chapter 05 with your exercise 5 code: your Xavier and He initialisers in the
// initialisation experiment, your momentum, Adam and Nesterov updates racing the engine's, and
// your early-stopping rule deciding when the last experiment stops.
import ExerciseSupport
import Training
import TrainingExercises

/// The exercise parts chapter 05's `--mine` runs.
let yourParts = YourParts(exercise: 5, parts: [("5.1", "Xavier uniform"), ("5.2", "He normal"),
                                               ("5.3", "the momentum update"), ("5.4", "the Adam update"),
                                               ("5.5", "the early-stopping rule"), ("5.6", "Nesterov momentum")],
                          file: "exercises/05-training/TrainingExercise.swift")

/// Stops before any work when one of the parts is still a stub.
func requireYourParts() throws {
    try yourParts.requireImplemented(chapter: "chapter05") {
        var generator = SeededGenerator(seed: 1)
        let theta = Tensor([1, -2]), gradient = Tensor([0.5, 0.25])
        _ = TrainingExercise.xavierUniform(fanIn: 2, fanOut: 2, gain: 1, using: &generator)
        _ = TrainingExercise.heNormal(fanIn: 2, fanOut: 2, gain: 1, using: &generator)
        _ = TrainingExercise.momentumStep(parameter: theta, gradient: gradient, velocity: .zeros([2]),
                                          learningRate: 0.1, momentum: 0.9)
        _ = TrainingExercise.adamStep(parameter: theta, gradient: gradient, firstMoment: .zeros([2]),
                                      secondMoment: .zeros([2]), step: 1, learningRate: 0.1, beta1: 0.9,
                                      beta2: 0.999, epsilon: 1e-8)
        _ = TrainingExercise.earlyStopping(validationLosses: [1, 0.5], patience: 2, minimumImprovement: 0)
        _ = TrainingExercise.nesterovStep(parameter: theta, gradient: gradient, velocity: .zeros([2]),
                                          learningRate: 0.1, momentum: 0.9)
    }
}

/// Your weights for the initialisation experiment's Xavier and He cases (5.1, 5.2), the
/// engine's for the others.
func yourWeights(_ initializer: Initializer) -> (Int, Int, inout SeededGenerator) -> Tensor {
    switch initializer {
    case .xavierUniform(let gain):
        return { TrainingExercise.xavierUniform(fanIn: $0, fanOut: $1, gain: gain, using: &$2) }
    case .heNormal(let gain):
        return { TrainingExercise.heNormal(fanIn: $0, fanOut: $1, gain: gain, using: &$2) }
    default:
        return { initializer.weights(fanIn: $0, fanOut: $1, using: &$2) }
    }
}

/// Momentum whose update is your `momentumStep` (5.3), or with `nesterov` your
/// `nesterovStep` (5.6), one velocity per parameter.
final class YourMomentum: Optimizer {
    var learningRate: Float
    let momentum: Float
    let nesterov: Bool
    private var velocities: [ObjectIdentifier: Tensor] = [:]

    init(learningRate: Float, momentum: Float, nesterov: Bool = false) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.nesterov = nesterov
    }

    func step(_ parameters: [Parameter]) {
        let update = nesterov ? TrainingExercise.nesterovStep : TrainingExercise.momentumStep
        for parameter in parameters {
            let velocity = velocities[ObjectIdentifier(parameter)] ?? .zeros(parameter.value.shape)
            let result = update(parameter.value, parameter.gradient, velocity, learningRate, momentum)
            parameter.value = result.parameter
            velocities[ObjectIdentifier(parameter)] = result.velocity
        }
    }
}

/// Adam whose update is your `adamStep` (5.4), with the engine's default β₁, β₂ and ε.
final class YourAdam: Optimizer {
    var learningRate: Float
    private var moments: [ObjectIdentifier: (first: Tensor, second: Tensor)] = [:]
    private var steps = 0

    init(learningRate: Float) { self.learningRate = learningRate }

    func step(_ parameters: [Parameter]) {
        steps += 1
        for parameter in parameters {
            let zeros = Tensor.zeros(parameter.value.shape)
            let (m, v) = moments[ObjectIdentifier(parameter)] ?? (zeros, zeros)
            let result = TrainingExercise.adamStep(parameter: parameter.value, gradient: parameter.gradient,
                                                   firstMoment: m, secondMoment: v, step: steps,
                                                   learningRate: learningRate, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
            parameter.value = result.parameter
            moments[ObjectIdentifier(parameter)] = (result.firstMoment, result.secondMoment)
        }
    }
}

/// Early stopping decided by your rule (5.5).
func yourEarlyStopping(patience: Int) -> EarlyStopping {
    EarlyStopping(patience: patience) { losses in
        TrainingExercise.earlyStopping(validationLosses: losses, patience: patience, minimumImprovement: 0)
    }
}
