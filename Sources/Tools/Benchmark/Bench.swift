// `swift run -c release bench mlp`, `bench cnn`, `bench lstm`, `bench resnet` and `bench autoencoder`:
// the speed of the engine on chapter 04's MLP, chapter 06's CNN, chapter 08's LSTM
// (LSTMBenchmark.swift), chapter 11's ResNet (ResNetBenchmark.swift) and chapter 13's
// convolutional autoencoder (AutoencoderBenchmark.swift).
//
// All but the LSTM and the autoencoder train their network for one epoch of Fashion-MNIST at
// batch 64 with SGD and momentum (the autoencoder as its chapter trains it), then time inference
// at batch 256, and print, as their last lines,
//   NAME train: N images/s
//   NAME inference: N images/s
// Speed is measured here, never asserted in a test.
import Kernels
import RecurrentNetworks
import CourseRuntime
import Foundation

@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks of the course's engine (build with -c release).",
        subcommands: [MLPBenchmark.self, CNNBenchmark.self, LSTMBenchmark.self, ResNetBenchmark.self,
                      AutoencoderBenchmark.self])
}

struct MLPBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mlp",
        abstract: "One epoch of the 784-256-128-10 MLP at batch 64 (SGD with momentum), then inference at batch 256.")

    @OptionGroup var options: BenchmarkOptions

    func run() throws {
        #if DEBUG
        print("note: this is a debug build; measure with `swift run -c release bench mlp`")
        #endif
        let (training, test) = try options.data()
        var generator = SeededGenerator(seed: options.seed)
        let network = Sequential([Linear(training.inputs.shape[1], 256, name: "fc1", using: &generator), ReLU(),
                                  Linear(256, 128, name: "fc2", using: &generator), ReLU(),
                                  Linear(128, 10, name: "fc3", using: &generator)])
        let times = timeEpochAndInference(network, training: training, test: test, order: generator.permutation(training.count))
        times.printFigures(name: "mlp")
    }
}

/// What `bench mlp`, `cnn` or `resnet` measured: one epoch of training, then inference over the test set.
struct EpochTimes {
    var trainingImages: Int, trainingSeconds: Double, lastLoss: Float
    var testImages: Int, inferenceSeconds: Double, testAccuracy: Float

    /// The closing lines, `NAME train: N images/s` and `NAME inference: N images/s` last, with
    /// `extra` (a line of the benchmark's own) before them.
    func printFigures(name: String, extra: String? = nil) {
        print("trained on \(trainingImages) images in \(NumberFormat.fixed(trainingSeconds, decimals: 2)) s; "
              + "last batch loss \(NumberFormat.fixed(lastLoss, decimals: 4)); "
              + "test accuracy after one epoch \(NumberFormat.fixed(testAccuracy, decimals: 4))")
        if let extra { print(extra) }
        print("\(name) train: \(Int(Double(trainingImages) / trainingSeconds)) images/s")
        print("\(name) inference: \(Int(Double(testImages) / inferenceSeconds)) images/s")
    }
}

/// One epoch of `training` in `order`, batches of 64, SGD with momentum (η = 0.05, μ = 0.9), each
/// batch's rows turned into the network's input by `shaped`; then inference over `test` at batch
/// 256. Only the two loops are timed.
func timeEpochAndInference(_ network: Sequential, training: Dataset, test: Dataset, order: [Int],
                           shaped: (Tensor) -> Tensor = { $0 }) -> EpochTimes {
    let optimizer = Momentum(learningRate: 0.05, momentum: 0.9)
    let clock = ContinuousClock()
    let trainingStart = clock.now
    var lastLoss: Float = 0
    for batch in training.batches(size: 64, order: order) {
        let logits = network.forward(shaped(batch.inputs))
        let (loss, gradient) = softmaxCrossEntropy(logits: logits, labels: batch.targets)
        network.backwardParametersOnly(gradient)
        optimizer.step(network.parameters)
        lastLoss = loss
    }
    let trainingSeconds = (clock.now - trainingStart).inSeconds

    let inferenceStart = clock.now
    var correct: Float = 0
    network.evaluating {
        for batch in test.batches(size: 256) {
            correct += accuracy(scores: network.forward(shaped(batch.inputs)), labels: batch.targets) * Float(batch.count)
        }
    }
    return EpochTimes(trainingImages: training.count, trainingSeconds: trainingSeconds, lastLoss: lastLoss,
                      testImages: test.count, inferenceSeconds: (clock.now - inferenceStart).inSeconds,
                      testAccuracy: correct / Float(test.count))
}

/// The options every benchmark takes: where the data is, how much of it, and the seed.
struct BenchmarkOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Folder of IDX files; default: the Fashion-MNIST package's folder.", valueName: "path"))
    var dataDir: String?

    // `.unconditional` reads "-5" as the value, so the range check can name it.
    @Option(parsing: .unconditional, help: "Images to train on, at least one (default: the whole training set).")
    var images: Int?

    @Option(help: "Seed of the random number generator.")
    var seed: UInt64 = 42

    func validate() throws {
        makeStandardOutputLineBuffered()   // a run stopped early keeps what it printed in a log
        if let images, images < 1 {
            throw ValidationError("--images must be at least 1, not \(images).")
        }
    }

    /// The training images (the first `--images` of them when given) and the test images.
    /// Prints first which matrix kernels run, since the figures depend on them.
    func data() throws -> (training: Dataset, test: Dataset) {
        if let kernels = openBLASKernels() { print(kernels) }
        let (training, test) = try Dataset.mnistFormat(directory: dataDir.map { URL(fileURLWithPath: $0) })
        return (images.map { training.subset(Array(0..<Swift.min($0, training.count))) } ?? training, test)
    }

    /// `data()` for bench `name`, whose network reads 28 × 28 images as benchmarks/`name`.py's
    /// does: a data set of another size stops before any work.
    func images28x28(bench name: String) throws -> (training: Dataset, test: Dataset) {
        let (training, test) = try data()
        let pixels = training.inputs.count / Swift.max(training.count, 1)
        guard pixels == 28 * 28 else {
            throw ValidationError("bench \(name)'s network, the same as benchmarks/\(name).py's, reads 28 × 28 images; "
                                  + "the data set's have \(pixels) pixels each")
        }
        return (training, test)
    }
}

/// The kernels OpenBLAS chose for this processor, and whether the environment chose them:
/// OPENBLAS_CORETYPE=Haswell on a processor with AVX-512 halves the products' peak.
func openBLASKernels() -> String? {
    guard let name = blasKernelName else { return nil }
    guard let chosen = ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"] else { return "OpenBLAS kernels: \(name)" }
    return "OpenBLAS kernels: \(name), set by OPENBLAS_CORETYPE=\(chosen) (unset it to let OpenBLAS choose)"
}
