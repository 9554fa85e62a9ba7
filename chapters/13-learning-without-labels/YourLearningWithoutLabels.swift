// `--mine`: chapter 13 with your exercise 13 code. Your binary cross-entropy (13.1) trains every
// autoencoder, your transposed convolution (13.2) is the forward pass of section 4's 4 × 4 decoder
// (the 3 × 3 one, which needs an output padding your 13.2 does not take, stays the engine's), and
// your upsampling backward (13.3) trains the third. Your recommender gradients (13.4) and
// negatives (13.5) train section 5's embeddings. The layers draw their weights as the engine's
// do, so correct code gives the engine's figures; negatives drawn another correct way give others
// as good.
import ExerciseSupport
import LearningWithoutLabels
import LearningWithoutLabelsExercises

/// The pieces the demo uses: the engine's, or with `mine` the ones running your code.
struct LearningWithoutLabelsParts {
    let mine: Bool

    /// The exercise parts `mine` runs.
    static let yours = YourParts(exercise: 13, parts: [("13.1", "the reconstruction loss on pixels"),
                                                       ("13.2", "the transposed convolution"),
                                                       ("13.3", "upsampling's backward pass"),
                                                       ("13.4", "the recommender's gradients"),
                                                       ("13.5", "drawing negatives")],
                                 file: "exercises/13-learning-without-labels/LearningWithoutLabelsExercise.swift")

    /// Stops before any work when one of the parts is still a stub, naming it.
    func requireImplemented() throws {
        guard mine else { return }
        try Self.yours.requireImplemented(chapter: "chapter13") {
            let x = Tensor(shape: [1, 1, 2, 2], scalars: [0.1, 0.2, 0.3, 0.4])
            _ = LearningWithoutLabelsExercise.binaryCrossEntropy(logits: x, targets: x)
            _ = LearningWithoutLabelsExercise.transposedConvolution(x, weight: .ones([1, 1, 2, 2]), bias: .zeros([1]), stride: 2, padding: 0)
            _ = LearningWithoutLabelsExercise.upsampleBackward(.ones([1, 1, 4, 4]), factor: 2)
            _ = LearningWithoutLabelsExercise.recommenderGradients(userTable: .ones([1, 2]), itemTable: .ones([2, 2]), userBias: .zeros([1]),
                                                                   itemBias: .zeros([2]), users: [0], items: [1], labels: [1])
            var generator = SeededGenerator(seed: 1)
            _ = LearningWithoutLabelsExercise.sampleNegatives(count: 1, items: 2, chosen: [0], using: &generator)
        }
    }

    /// The line that says whose code runs.
    var announcement: String { Self.yours.announcement }

    /// The autoencoders' loss: binary cross-entropy on the pixels, the logits' sigmoid their image.
    var loss: ReconstructionLoss {
        mine ? ReconstructionLoss(score: { LearningWithoutLabelsExercise.binaryCrossEntropy(logits: $0, targets: $1) },
                                  image: { sigmoid($0) })
             : .binaryCrossEntropy
    }

    /// How the recommender draws negatives: your 13.5, or the engine's.
    var sampleNegatives: (Int, Int, Set<Int>, inout SeededGenerator) -> [Int] {
        guard mine else { return { negativeSamples(count: $0, items: $1, chosen: $2, using: &$3) } }
        return { LearningWithoutLabelsExercise.sampleNegatives(count: $0, items: $1, chosen: $2, using: &$3) }
    }

    /// With `mine`, your 13.4 stores the model's gradients; the loss the progress bar shows is the
    /// engine's, from the model's scores. Without, nil: the model's own `lossAndGradients`.
    var recommenderGradients: ((DotProductModel, [Int], [Int], [Float]) -> Float)? {
        guard mine else { return nil }
        return { model, users, items, labels in
            let g = LearningWithoutLabelsExercise.recommenderGradients(userTable: model.users.value, itemTable: model.items.value,
                                                                       userBias: model.userBias.value, itemBias: model.itemBias.value,
                                                                       users: users, items: items, labels: labels)
            (model.users.gradient, model.items.gradient, model.userBias.gradient, model.itemBias.gradient) =
                (g.userTable, g.itemTable, g.userBias, g.itemBias)
            let s = model.scores(users: users, items: items), y = Tensor(shape: [labels.count], scalars: labels)
            return (s.map(softplus) - y * s).mean()
        }
    }

    /// `autoencoder` with your layers in its decoder in place of the engine's transposed convolutions and upsampling.
    func withYourDecoder(_ autoencoder: Autoencoder) -> Autoencoder {
        guard mine else { return autoencoder }
        let layers: [any Layer] = autoencoder.decoder.layers.map { layer in
            if let transposed = layer as? TransposedConv2D, transposed.outputPadding == 0 { return YourTransposedConv2D(transposed) }
            if let upsample = layer as? Upsample2D { return YourUpsample2D(factor: upsample.factor) }
            return layer
        }
        return Autoencoder(encoder: autoencoder.encoder, decoder: Sequential(layers, name: "decoder"))
    }
}

/// The engine's transposed convolution with your 13.2 as its forward pass. Its backward pass is
/// the engine's (the exercise asks for the forward only), which needs its own forward pass run
/// first: it keeps its input.
final class YourTransposedConv2D: Layer {
    let layer: TransposedConv2D

    init(_ layer: TransposedConv2D) { self.layer = layer }

    func forward(_ input: Tensor) -> Tensor {
        _ = layer.forward(input)
        return LearningWithoutLabelsExercise.transposedConvolution(input, weight: layer.weight.value, bias: layer.bias.value,
                                                                   stride: layer.stride, padding: layer.padding)
    }

    func backward(_ outputGradient: Tensor) -> Tensor { layer.backward(outputGradient) }
    var parameters: [Parameter] { layer.parameters }
    var description: String { "your " + layer.description }
}

/// Nearest-neighbour upsampling with your 13.3 as its backward pass.
final class YourUpsample2D: Layer {
    let factor: Int

    init(factor: Int) { self.factor = factor }

    func forward(_ input: Tensor) -> Tensor { Upsample2D(factor: factor).forward(input) }
    func backward(_ outputGradient: Tensor) -> Tensor { LearningWithoutLabelsExercise.upsampleBackward(outputGradient, factor: factor) }
    var description: String { "your Upsample2D(×\(factor))" }
}
