// `--mine`: chapter 09 with your exercise 9 code. Your new head (9.2) goes on the pretrained
// network's convolutional layers, your frozen step (9.1) trains it with the features frozen, and your fine-tuning
// step (9.4) trains every layer at two rates. The engine's versions do the same arithmetic,
// so correct code gives the engine's figures.
import ExerciseSupport
import TransferLearning
import TransferLearningExercises

/// The pieces of the transfer: the engine's, or with `mine` yours.
struct TransferParts {
    let mine: Bool

    static let yours = YourParts(exercise: 9, parts: [("9.1", "training with frozen layers"), ("9.2", "a new head"),
                                                      ("9.4", "fine-tuning with two learning rates")],
                                 file: "exercises/09-transfer-learning/TransferExercise.swift")

    /// Stops before any work when one of the parts is still a stub, naming it.
    func requireImplemented() throws {
        guard mine else { return }
        try Self.yours.requireImplemented(chapter: "chapter09") {
            var generator = SeededGenerator(seed: 1)
            let network = Sequential([Linear(2, 2, using: &generator), Linear(2, 2, using: &generator)])
            let batch = Dataset(inputs: .ones([1, 2]), targets: Tensor([0]))
            _ = TransferExercise.frozenTrainingStep(network: network, batch: batch, frozenLayers: 1, learningRate: 0.1)
            _ = TransferExercise.withNewHead(network: network, layerCount: 1, features: 2, outputs: 3, using: &generator)
            _ = TransferExercise.fineTuneStep(network: network, batch: batch, headRate: 0.1, bodyRate: 0.01)
        }
    }

    var announcement: String { Self.yours.announcement }

    /// The first `layerCount` layers of `network` with a new Linear head from their `features`
    /// outputs to `outputs` classes.
    func withNewHead(_ network: Sequential, layerCount: Int, features: Int, outputs: Int,
                     using generator: inout SeededGenerator) -> Sequential {
        mine ? TransferExercise.withNewHead(network: network, layerCount: layerCount, features: features, outputs: outputs,
                                            using: &generator)
             : network.replacingLayers(after: layerCount, with: Linear(features, outputs, name: "head", using: &generator))
    }

    /// One step of plain SGD on the layers from `frozenLayers` on; the others keep their values.
    func frozenStep(_ network: Sequential, batch: Dataset, frozenLayers: Int, learningRate: Float) -> Float {
        if mine {
            return TransferExercise.frozenTrainingStep(network: network, batch: batch, frozenLayers: frozenLayers,
                                                       learningRate: learningRate)
        }
        network.freeze(firstLayers: frozenLayers)
        let (loss, _) = network.trainingStep(batch)
        SGD(learningRate: learningRate).step(network.trainableParameters)
        return loss
    }

    /// One step of plain SGD at `headRate` for the last layer and `bodyRate` for the others.
    func fineTuneStep(_ network: Sequential, batch: Dataset, headRate: Float, bodyRate: Float) -> Float {
        if mine { return TransferExercise.fineTuneStep(network: network, batch: batch, headRate: headRate, bodyRate: bodyRate) }
        let (loss, _) = network.trainingStep(batch)
        TwoRates(head: SGD(learningRate: headRate), body: SGD(learningRate: bodyRate),
                 headParameters: network.layers.last!.parameters).step(network.parameters)
        return loss
    }
}
