// `swift run -c release bench autoencoder`: chapter 13's convolutional autoencoder with the 4 × 4
// transposed-convolution decoder, the same as benchmarks/autoencoder.py.
//
// Encoder conv 3×3 (1 → 16, padding 1), ReLU, max-pool 2, conv 3×3 (16 → 4, padding 1), ReLU,
// max-pool 2; decoder transposed conv 4×4 (4 → 16, stride 2, padding 1), ReLU, transposed conv
// 4×4 (16 → 1, stride 2, padding 1), whose outputs are the pixels' logits. One epoch at batch 128
// of binary cross-entropy on the pixels with Adam (η = 0.001), as the demo trains it, then
// reconstruction of the test set at batch 256. Prints last the images per second of both.
import ArgumentParser
import CourseRuntime
import Foundation
import LearningWithoutLabels

struct AutoencoderBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "autoencoder",
        abstract: "One epoch of chapter 13's convolutional autoencoder at batch 128 (Adam), then reconstruction at batch 256.")

    @OptionGroup var options: BenchmarkOptions

    func run() throws {
        #if DEBUG
        print("note: this is a debug build; measure with `swift run -c release bench autoencoder`")
        #endif
        let (training, test) = try options.images28x28(bench: "autoencoder")
        var generator = SeededGenerator(seed: options.seed)
        let autoencoder = convolutionalAutoencoder(code: 4, decoder: .transposed4, using: &generator)
        let images = training.inputs.reshaped([training.count, 1, 28, 28]), testImages = test.inputs.reshaped([test.count, 1, 28, 28])
        let clock = ContinuousClock()
        let trainingStart = clock.now
        let losses = try trainReconstruction(autoencoder.network, images: images, epochs: 1, batchSize: 128,
                                             optimizer: Adam(learningRate: 1e-3), loss: .binaryCrossEntropy, using: &generator)
        let trainingSeconds = (clock.now - trainingStart).inSeconds
        let inferenceStart = clock.now
        let error = reconstructionLoss(autoencoder.network, images: testImages, loss: .binaryCrossEntropy, batchSize: 256)
        let inferenceSeconds = (clock.now - inferenceStart).inSeconds
        print("trained on \(training.count) images in \(NumberFormat.fixed(trainingSeconds, decimals: 2)) s; "
              + "last batch loss \(NumberFormat.fixed(losses.last ?? .nan, decimals: 4)); "
              + "test loss after one epoch \(NumberFormat.fixed(error, decimals: 4))")
        print("autoencoder train: \(Int(Double(training.count) / trainingSeconds)) images/s")
        print("autoencoder inference: \(Int(Double(test.count) / inferenceSeconds)) images/s")
    }
}
