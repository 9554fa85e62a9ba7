// What chapter 09 transfers between: the two tasks, the three strategies, and the loop that
// trains each of them, read top to bottom. The networks a checkpoint holds are `SavedNetwork`.
import CourseRuntime
import DeeperNetworks
import TransferLearning

/// The images of some classes, relabelled 0, 1, 2, …
struct TaskData {
    var train: Dataset, validation: Dataset, test: Dataset

    init(_ splits: ImageSplits, classes: Range<Int>) {
        func only(_ data: Dataset) -> Dataset {
            let kept = data.targets.scalars.indices.filter { classes.contains(Int(data.targets[flat: $0])) }
            let subset = data.subset(kept)
            return Dataset(inputs: subset.inputs, targets: subset.targets - Float(classes.lowerBound))
        }
        (train, validation, test) = (only(splits.train), only(splits.validation), only(splits.test))
    }
}

/// The three ways to learn the new classes.
enum Strategy: String, CaseIterable {
    case scratch = "from scratch", frozen = "frozen features", fineTuned = "fine-tuned"

    /// The network this strategy trains and its training step (which returns the batch's loss).
    func prepare(pretrained: Sequential, model: SavedNetwork, parts: TransferParts, source: String,
                 using generator: inout SeededGenerator) throws -> (Sequential, (Dataset) -> Float) {
        let learningRate: Float = 0.05
        // Every arm trains the same network: the convolutional layers (up to Flatten, or the ResNet's
        // pooling), then one linear head on their features. Only where the convolutional layers start, and whether they move, differ.
        let base = model.featureLayers
        switch self {
        case .scratch:
            let network = model.network(classes: 5, using: &generator)
                .replacingLayers(after: base, with: Linear(model.features, 5, name: "head", using: &generator))
            let sgd = SGD(learningRate: learningRate)
            return (network, { batch in
                let (loss, _) = network.trainingStep(batch)
                sgd.step(network.parameters)
                return loss
            })
        case .frozen, .fineTuned:
            // A fresh copy of the pretrained network for each run, so that no run starts from another's training.
            let copy = model.network(classes: pretrained.namedParameters.last!.parameter.value.count, using: &generator)
            try copy.load(pretrained.checkpoint(model: model.rawValue), path: source)
            // The convolutional layers are the features; a new linear head reads them.
            let network = parts.withNewHead(copy, layerCount: base, features: model.features, outputs: 5, using: &generator)
            if self == .frozen {
                return (network, { batch in parts.frozenStep(network, batch: batch, frozenLayers: base, learningRate: learningRate) })
            }
            // The pretrained layers at a tenth of the new head's rate: small changes to what already works.
            return (network, { batch in
                parts.fineTuneStep(network, batch: batch, headRate: learningRate, bodyRate: learningRate / 10)
            })
        }
    }
}

/// Trains `network` for `epochs` passes over `data` in shuffled batches, `step` doing each
/// batch's forward pass, backward pass and update; returns the validation accuracy after each
/// epoch when there is a validation set. Stops, naming the step, when the loss is not a number.
func trainEpochs(_ network: Sequential, on data: Dataset, epochs: Int, batchSize: Int, validation: Dataset?,
                 step: (Dataset) -> Float, using generator: inout SeededGenerator) throws -> [Float] {
    network.setMode(.training)
    var accuracies: [Float] = []
    var steps = 0
    for _ in 0..<epochs {
        for batch in data.batches(size: batchSize, order: generator.permutation(data.count)) {
            steps += 1
            let loss = step(batch)
            if !loss.isFinite {
                throw ValidationError("training diverged at step \(steps): the loss is \(loss); lower the learning rate")
            }
        }
        if let validation { accuracies.append(network.evaluate(validation).accuracy) }
    }
    return accuracies
}
