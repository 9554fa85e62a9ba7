// Chapter 05's networks and experiments.
import CourseRuntime
import Foundation
import Gnuplot
import Training

/// The chapter 04 MLP for images of `features` pixels, with He initialisation for its ReLU layers.
func mlp(features: Int, using generator: inout SeededGenerator) -> Sequential {
    let he = Initializer.heNormal(gain: Nonlinearity.relu.gain)
    return Sequential([Linear(features, 256, initializer: he, name: "fc1", using: &generator), ReLU(),
                       Linear(256, 128, initializer: he, name: "fc2", using: &generator), ReLU(),
                       Linear(128, 10, initializer: .xavierUniform(gain: 1), name: "fc3", using: &generator)])
}

/// The activation functions the initialisation experiment uses.
enum ActivationKind { case tanh, relu }

/// Title, activation and initialiser of each initialisation experiment.
func initializationCases() -> [(String, ActivationKind, Initializer)] {
    [("tanh, zeros", .tanh, .zeros),
     ("tanh, N(0, 0.01²), too small", .tanh, .normal(standardDeviation: 0.01)),
     ("tanh, N(0, 1), too large", .tanh, .normal(standardDeviation: 1)),
     ("tanh, Xavier", .tanh, .xavierNormal(gain: Nonlinearity.tanh.gain)),
     ("ReLU, He", .relu, .heNormal(gain: Nonlinearity.relu.gain))]
}

/// The outputs of each activation of a 5-layer, 256-unit network for `inputs`: their
/// values (a sample, for the histogram) and their standard deviation.
func layerDeviations(_ inputs: Tensor, activation: ActivationKind,
                     weights: (_ fanIn: Int, _ fanOut: Int, inout SeededGenerator) -> Tensor,
                     using generator: inout SeededGenerator) -> [(values: [Float], deviation: Float)] {
    var layers: [any Layer] = []
    var width = inputs.shape[1]
    for index in 1...5 {
        layers.append(Linear(weight: weights(width, 256, &generator), bias: .zeros([256]), name: "fc\(index)"))
        layers.append(activation == .tanh ? Tanh() as any Layer : ReLU() as any Layer)
        width = 256
    }
    let outputs = Sequential(layers).layerOutputs(inputs)
    return stride(from: 1, to: outputs.count, by: 2).map { index in
        let output = outputs[index]
        return (Array(output.scalars.prefix(20_000)), standardDeviation(output))
    }
}

/// The five optimisers of the race, each with a learning rate in its usual range.
func optimizerCases() -> [(String, () -> any Optimizer)] {
    [("SGD, η = 0.05", { SGD(learningRate: 0.05) }),
     ("momentum 0.9, η = 0.01", { Momentum(learningRate: 0.01, momentum: 0.9) }),
     ("Nesterov 0.9, η = 0.01", { Momentum(learningRate: 0.01, momentum: 0.9, nesterov: true) }),
     ("RMSprop, η = 0.001", { RMSprop(learningRate: 1e-3) }),
     ("Adam, η = 0.001", { Adam(learningRate: 1e-3) })]
}

/// An exponential moving average, s ← β s + (1 − β) x, divided by 1 − βᵗ as Adam corrects
/// its moments: no lag towards 0 at the start, and no kink where a fixed window fills up.
/// β = 0.98 averages over about 1/(1 − β) = 50 values.
func smoothed(_ values: [Float], decay: Float) -> [Float] {
    var average: Float = 0, weight: Float = 1
    return values.map { value in
        average = decay * average + (1 - decay) * value
        weight *= decay
        return average / (1 - weight)
    }
}

/// Training and validation loss per epoch, with the best epoch marked.
func earlyStoppingPlot(_ history: TrainingHistory, bestEpoch: Int) -> LinePlot {
    let epochs = history.epochs.map { Double($0.epoch) }
    let validation = history.epochs.map { Double($0.validationLoss!) }
    let low = Swift.min(validation.min()!, history.epochs.map { Double($0.trainingLoss) }.min()!)
    return LinePlot(title: "Early stopping: the weights of the best epoch are kept", xLabel: "epoch",
                    yLabel: "cross-entropy", logY: true, integerX: true, series: [
                        LineSeries(title: "training", xs: epochs, ys: history.epochs.map { Double($0.trainingLoss) },
                                   style: .linesPoints),
                        LineSeries(title: "validation", xs: epochs, ys: validation, style: .linesPoints),
                        LineSeries(title: "best epoch (\(bestEpoch))", xs: [Double(bestEpoch), Double(bestEpoch)],
                                   ys: [Swift.max(low / 2, 1e-4), validation.max()! * 2], dash: .dashed),
                    ])
}

/// A number with four decimals.
func fixed(_ value: Float) -> String { NumberFormat.fixed(value, decimals: 4) }
