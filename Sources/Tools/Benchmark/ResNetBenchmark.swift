// `swift run -c release bench resnet`: chapter 11's small ResNet, the same as benchmarks/resnet.py.
//
// conv 3×3 (1 → 16), batch norm, ReLU; three stages of two residual blocks at 16, 32 and 64
// channels (the first of stages 2 and 3 of stride 2, with a 1 × 1 projection); global average
// pooling; fc 64 → 10. One epoch at batch 64 (SGD, η = 0.05, momentum 0.9), then inference at
// batch 256. Prints last the images per second of both.
import ArgumentParser
import CourseRuntime
import DeeperNetworks
import Foundation

struct ResNetBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resnet",
        abstract: "One epoch of chapter 11's 14-layer ResNet at batch 64 (SGD with momentum), then inference at batch 256.")

    @OptionGroup var options: BenchmarkOptions

    func run() throws {
        #if DEBUG
        print("note: this is a debug build; measure with `swift run -c release bench resnet`")
        #endif
        let (training, test) = try options.images28x28(bench: "resnet")
        var generator = SeededGenerator(seed: options.seed)
        let network = stagedNetwork(blocks: 2, width: 16, using: &generator)
        let times = timeEpochAndInference(network, training: training, test: test, order: generator.permutation(training.count),
                                          shaped: { $0.reshaped([$0.shape[0], 1, 28, 28]) })
        times.printFigures(name: "resnet")
    }
}
