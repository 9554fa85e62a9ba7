// `swift run -c release bench cnn`: chapter 06's network, the same as benchmarks/cnn.py.
//
// conv 5×5 (1 → 32), ReLU, max-pool 2, conv 5×5 (32 → 64), ReLU, max-pool 2, flatten,
// fc 1024 → 128, ReLU, fc 128 → 10; one epoch at batch 64 (SGD, η = 0.05, momentum 0.9),
// then inference at batch 256. Prints last the images per second of both, after the
// GFLOP/s the convolutions reached while training. `--batchnorm` is chapter 07's variant
// (`benchmarks/cnn.py --batchnorm`): batch normalisation between each convolution and its
// ReLU, dropout 0.5 before fc2; its figures are named cnn-bn.
import ArgumentParser
import CourseRuntime
import Regularization
import Foundation

struct CNNBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cnn",
        abstract: "One epoch of a LeNet-style CNN at batch 64 (SGD with momentum), then inference at batch 256.")

    @OptionGroup var options: BenchmarkOptions

    @Flag(help: "Print the seconds each layer's forward and backward passes took while training.")
    var profile = false

    @Flag(help: "Chapter 07's variant: batch normalisation after each convolution, dropout 0.5 before the last layer.")
    var batchnorm = false

    func run() throws {
        #if DEBUG
        print("note: this is a debug build; measure with `swift run -c release bench cnn`")
        #endif
        let (training, test) = try options.images28x28(bench: "cnn")
        var generator = SeededGenerator(seed: options.seed)
        // Without --batchnorm each convolution applies its ReLU and 2 × 2 max pooling itself
        // (Conv2D+FastPath.swift says why); with it, the normalisation after the convolution does, as
        // conv, batch norm, ReLU, max pool in PyTorch.
        let conv1 = TimedLayer(Conv2D(1, 32, kernelSize: 5, followedByReLU: !batchnorm, maxPooled: !batchnorm, name: "conv1",
                                      using: &generator))
        let conv2 = TimedLayer(Conv2D(32, 64, kernelSize: 5, followedByReLU: !batchnorm, maxPooled: !batchnorm, name: "conv2",
                                      using: &generator))
        let normalised: (Int, String) -> [TimedLayer] = { features, name in
            batchnorm ? [TimedLayer(BatchNorm(features: features, followedByReLU: true, maxPooled: true, name: name))] : []
        }
        let fc1 = TimedLayer(Linear(1024, 128, name: "fc1", using: &generator))
        let dropout = batchnorm ? [TimedLayer(Dropout(rate: 0.5, using: &generator))] : []
        let layers: [TimedLayer] = [conv1] + normalised(32, "bn1") + [conv2] + normalised(64, "bn2")
            + [TimedLayer(Flatten()), fc1, TimedLayer(ReLU())] + dropout
            + [TimedLayer(Linear(128, 10, name: "fc2", using: &generator))]
        let name = batchnorm ? "cnn-bn" : "cnn"
        let network = Sequential(layers)
        let times = timeEpochAndInference(network, training: training, test: test, order: generator.permutation(training.count),
                                          shaped: { $0.reshaped([$0.shape[0], 1, 28, 28]) })
        // Multiply-adds of one image's forward pass, ×2 for FLOPs: conv1 24·24·32·25, conv2 8·8·64·800.
        // Training does the forward and, for conv2, two products back (∂W and ∂x); conv1, the
        // first layer, only ∂W.
        let conv1Flops = 2.0 * 24 * 24 * 32 * 25, conv2Flops = 2.0 * 8 * 8 * 64 * 800
        let trainingFlops = Double(training.count) * (2 * conv1Flops + 3 * conv2Flops)
        let convSeconds = conv1.seconds + conv2.seconds

        if profile {
            for layer in layers {
                let seconds = [layer.seconds, layer.forwardSeconds, layer.backwardSeconds].map { NumberFormat.fixed($0, decimals: 2) }
                let name = layer.description.padding(toLength: 72, withPad: " ", startingAt: 0)
                print("   \(name) \(seconds[0]) s (forward \(seconds[1]), backward \(seconds[2]))")
            }
        }

        times.printFigures(name: name, extra: "\(name) convolutions while training: "
            + "\(NumberFormat.fixed(trainingFlops / convSeconds / 1e9, decimals: 1)) GFLOP/s "
            + "(\(NumberFormat.fixed(100 * convSeconds / times.trainingSeconds, decimals: 0)) % of the training time)")
    }
}

/// A layer that adds up the seconds its forward and backward passes take in training mode
/// (inference, in evaluation mode, is not counted).
final class TimedLayer: Layer {
    let layer: any Layer
    private(set) var forwardSeconds: Double = 0, backwardSeconds: Double = 0
    var seconds: Double { forwardSeconds + backwardSeconds }
    private let clock = ContinuousClock()
    private var mode: Mode = .training

    init(_ layer: any Layer) { self.layer = layer }

    func forward(_ input: Tensor) -> Tensor { timed(&forwardSeconds) { layer.forward(input) } }
    func backward(_ outputGradient: Tensor) -> Tensor { timed(&backwardSeconds) { layer.backward(outputGradient) } }
    func backwardParametersOnly(_ outputGradient: Tensor) {
        timed(&backwardSeconds) { layer.backwardParametersOnly(outputGradient) }
    }
    var parameters: [Parameter] { layer.parameters }
    var state: [LayerState] { layer.state }
    func setMode(_ mode: Mode) {
        self.mode = mode
        layer.setMode(mode)
    }
    var description: String { layer.description }

    private func timed<Result>(_ seconds: inout Double, _ body: () -> Result) -> Result {
        guard mode == .training else { return body() }
        let start = clock.now
        defer { seconds += (clock.now - start).inSeconds }
        return body()
    }
}
