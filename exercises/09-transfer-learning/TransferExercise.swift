// Your file to complete: generated from solutions/09-transfer-learning/TransferExercise.swift by `swift run course generate`.
// The parts for you to write are marked `EXERCISE N.k`: here 9.1, 9.2, 9.3, 9.4, 9.5.

// Exercise 9: transfer learning. Training with frozen layers, a new head, features extracted
// for a dataset, one fine-tuning step with two learning rates, and a checkpoint's header read
// by hand. Notes: chapters/09-transfer-learning/README.md. Tests: Tests/ExerciseTests/Exercise9Tests.swift.
// Check your work with `swift test --filter 'Exercise9$'`.
//
// Shapes: a batch of images [n, c, h, w] (NCHW) or rows [n, d], its labels [n] (class
// indices as Float). A network is a `Sequential` of layers; `layer.parameters` lists a
// layer's parameters, each with its `value` and the `gradient` its last backward pass stored.
// `chapter09 --mine` trains with parts 9.1, 9.2 and 9.4.
// This file sees the engine of chapters 01-08, not chapter 09's checkpoints, freezing or heads.
import RecurrentNetworks
import ExerciseSupport

/// The functions of exercise 9, each a part to implement.
public enum TransferExercise {
    /// One step of plain gradient descent that trains only the layers from `frozenLayers` on:
    /// the first `frozenLayers` layers keep their values, compute as in evaluation (a frozen
    /// batch normalisation keeps its running statistics), and their gradients are not computed.
    /// Returns the batch's loss.
    public static func frozenTrainingStep(network: Sequential, batch: Dataset, frozenLayers: Int,
                                          learningRate: Float) -> Float {
        // EXERCISE 9.1: training with frozen layers
        // Formula: the first `frozenLayers` layers in evaluation mode; forward through every layer,
        //   L = softmaxCrossEntropy(logits, labels); backward from the last layer down to layer `frozenLayers`
        //   only; then θ ← θ − η ∂L/∂θ for the parameters of layers frozenLayers ..< count, and nothing for
        //   the layers before them
        // Shapes: batch.inputs [n, …] → logits [n, k]; batch.targets [n] → the loss, a number
        // Your code goes here, in place of the placeholder below.
        return notImplemented("9.1", placeholder: 0)
    }

    /// The first `layerCount` layers of `network` (shared, not copied) with a new `Linear` head
    /// after them, from their `features` outputs to `outputs` classes.
    public static func withNewHead(network: Sequential, layerCount: Int, features: Int, outputs: Int,
                                   using generator: inout SeededGenerator) -> Sequential {
        // EXERCISE 9.2: a new head
        // Formula: layers₁ … layers_{layerCount} unchanged (the same objects), then a new
        //   Linear(features → outputs) named "head", drawn by `Linear(features, outputs, name: "head", using: &generator)`
        // Shapes: the kept layers give [n, features] → the new network gives [n, outputs]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("9.2", placeholder: network)
    }

    /// The output of the first `layerCount` layers for every row of `inputs`, computed in
    /// evaluation mode, `batchSize` rows at a time.
    public static func extractFeatures(network: Sequential, layerCount: Int, inputs: Tensor, batchSize: Int) -> Tensor {
        // EXERCISE 9.3: features for a dataset
        // Formula: f(x) = layers_{layerCount} ∘ … ∘ layers₁ (x) for every row x, the network in evaluation mode
        // Shapes: inputs [n, …] → features [n, …] (for chapter 06's CNN cut after fc1's ReLU: [n, 128])
        // Your code goes here, in place of the placeholder below.
        return notImplemented("9.3", placeholder: inputs)
    }

    /// One step of fine-tuning: plain gradient descent with `headRate` for the last layer's
    /// parameters (the new head) and `bodyRate` for all the others. Returns the batch's loss.
    public static func fineTuneStep(network: Sequential, batch: Dataset, headRate: Float, bodyRate: Float) -> Float {
        // EXERCISE 9.4: fine-tuning with two learning rates
        // Formula: L = softmaxCrossEntropy(network(x), y); θ ← θ − η_head ∂L/∂θ for the head's parameters,
        //   θ ← θ − η_body ∂L/∂θ for every other parameter
        // Shapes: batch.inputs [n, …], batch.targets [n] → the loss, a number
        // Your code goes here, in place of the placeholder below.
        return notImplemented("9.4", placeholder: 0)
    }

    /// A checkpoint's header and the name and shape of each of its entries, read from its bytes.
    public static func readCheckpointHeader(bytes: [UInt8]) -> (version: Int, model: String, names: [String], shapes: [[Int]]) {
        // EXERCISE 9.5: a checkpoint read by hand
        // Formula: the format of the notes' section 2, little-endian: "DLFSCKPT", u32 version, u32 length + the
        //   model's name, u32 count; per entry u8 kind, u32 length + name, u8 type, u32 rank, rank u64
        //   dimensions, then 4 bytes per element; a u32 checksum at the end
        // Shapes: bytes → (version, model, the entries' names in order, their shapes)
        // Your code goes here, in place of the placeholder below.
        return notImplemented("9.5", placeholder: (0, "", [], []))
    }
}
