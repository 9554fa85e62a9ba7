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
        // Hint: a frozen layer is a fixed function: `layer.setMode(.evaluation)` makes a batch normalisation
        //   among them use the statistics it was pretrained with, not the batch's (notes, section 3).
        //   `network.layers` lists the layers; run `forward` through each in turn, then `backward` from
        //   the last one down. Layer `frozenLayers` needs no gradient for its input: its
        //   `backwardParametersOnly` stores its parameters' gradients and stops. The layers below it are
        //   never asked for anything, which is the whole saving. `parameter.value.add(parameter.gradient,
        //   scaledBy: -learningRate)` takes the step.
        // Stub: return notImplemented("9.1", placeholder: 0)
        // BEGIN SOLUTION
        let layers = network.layers
        for layer in layers.prefix(frozenLayers) { layer.setMode(.evaluation) }
        let logits = layers.reduce(batch.inputs) { x, layer in layer.forward(x) }
        let (loss, gradient) = softmaxCrossEntropy(logits: logits, labels: batch.targets)
        var upstream = gradient
        for index in stride(from: layers.count - 1, to: frozenLayers, by: -1) { upstream = layers[index].backward(upstream) }
        if frozenLayers < layers.count { layers[frozenLayers].backwardParametersOnly(upstream) }
        for layer in layers[frozenLayers...] {
            for parameter in layer.parameters { parameter.value.add(parameter.gradient, scaledBy: -learningRate) }
        }
        return loss
        // END SOLUTION
    }

    /// The first `layerCount` layers of `network` (shared, not copied) with a new `Linear` head
    /// after them, from their `features` outputs to `outputs` classes.
    public static func withNewHead(network: Sequential, layerCount: Int, features: Int, outputs: Int,
                                   using generator: inout SeededGenerator) -> Sequential {
        // EXERCISE 9.2: a new head
        // Formula: layers₁ … layers_{layerCount} unchanged (the same objects), then a new
        //   Linear(features → outputs) named "head", drawn by `Linear(features, outputs, name: "head", using: &generator)`
        // Shapes: the kept layers give [n, features] → the new network gives [n, outputs]
        // Hint: `network.layers.prefix(layerCount)` are the layers to keep. Keep them themselves: a copy would
        //   train apart from the network it came from, and use twice the memory. Draw the new head's weights
        //   from the generator you were given (inout), so that the test can draw the same.
        // Stub: return notImplemented("9.2", placeholder: network)
        // BEGIN SOLUTION
        return Sequential(Array(network.layers.prefix(layerCount)) + [Linear(features, outputs, name: "head", using: &generator)])
        // END SOLUTION
    }

    /// The output of the first `layerCount` layers for every row of `inputs`, computed in
    /// evaluation mode, `batchSize` rows at a time.
    public static func extractFeatures(network: Sequential, layerCount: Int, inputs: Tensor, batchSize: Int) -> Tensor {
        // EXERCISE 9.3: features for a dataset
        // Formula: f(x) = layers_{layerCount} ∘ … ∘ layers₁ (x) for every row x, the network in evaluation mode
        // Shapes: inputs [n, …] → features [n, …] (for chapter 06's CNN cut after fc1's ReLU: [n, 128])
        // Hint: `network.evaluating { … }` runs a block in evaluation mode (dropout off, batch normalisation
        //   with its running statistics) and puts the mode back. `inputs.rows(indices)` takes a batch of rows;
        //   gather each batch's outputs and build the result with `Tensor(shape:scalars:)`.
        // Stub: return notImplemented("9.3", placeholder: inputs)
        // BEGIN SOLUTION
        let n = inputs.shape[0]
        return network.evaluating {
            var scalars: [Float] = []
            var shape: [Int] = []
            for start in stride(from: 0, to: n, by: batchSize) {
                let rows = inputs.rows(Array(start..<Swift.min(n, start + batchSize)))
                let output = network.layers.prefix(layerCount).reduce(rows) { x, layer in layer.forward(x) }
                scalars += output.scalars
                shape = Array(output.shape.dropFirst())
            }
            return Tensor(shape: [n] + shape, scalars: scalars)
        }
        // END SOLUTION
    }

    /// One step of fine-tuning: plain gradient descent with `headRate` for the last layer's
    /// parameters (the new head) and `bodyRate` for all the others. Returns the batch's loss.
    public static func fineTuneStep(network: Sequential, batch: Dataset, headRate: Float, bodyRate: Float) -> Float {
        // EXERCISE 9.4: fine-tuning with two learning rates
        // Formula: L = softmaxCrossEntropy(network(x), y); θ ← θ − η_head ∂L/∂θ for the head's parameters,
        //   θ ← θ − η_body ∂L/∂θ for every other parameter
        // Shapes: batch.inputs [n, …], batch.targets [n] → the loss, a number
        // Hint: `network.trainingStep(batch)` runs the forward and backward passes and returns the loss; then
        //   every parameter has its gradient. The head is `network.layers.last`.
        // Stub: return notImplemented("9.4", placeholder: 0)
        // BEGIN SOLUTION
        let (loss, _) = network.trainingStep(batch)
        for (index, layer) in network.layers.enumerated() {
            let rate = index == network.layers.count - 1 ? headRate : bodyRate
            for parameter in layer.parameters { parameter.value.add(parameter.gradient, scaledBy: -rate) }
        }
        return loss
        // END SOLUTION
    }

    /// A checkpoint's header and the name and shape of each of its entries, read from its bytes.
    public static func readCheckpointHeader(bytes: [UInt8]) -> (version: Int, model: String, names: [String], shapes: [[Int]]) {
        // EXERCISE 9.5: a checkpoint read by hand
        // Formula: the format of the notes' section 2, little-endian: "DLFSCKPT", u32 version, u32 length + the
        //   model's name, u32 count; per entry u8 kind, u32 length + name, u8 type, u32 rank, rank u64
        //   dimensions, then 4 bytes per element; a u32 checksum at the end
        // Shapes: bytes → (version, model, the entries' names in order, their shapes)
        // Hint: keep an offset into the bytes; a little-endian u32 at offset p is b[p] | b[p+1] << 8 |
        //   b[p+2] << 16 | b[p+3] << 24. `String(decoding: bytes[p..<p + length], as: UTF8.self)` reads a
        //   name. Skip each entry's data: its element count is the product of its dimensions.
        // Stub: return notImplemented("9.5", placeholder: (0, "", [], []))
        // BEGIN SOLUTION
        var offset = 8
        func integer(_ size: Int) -> Int {
            defer { offset += size }
            return (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        func text() -> String {
            let length = integer(4)
            defer { offset += length }
            return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
        }
        let version = integer(4)
        let model = text()
        var names: [String] = [], shapes: [[Int]] = []
        for _ in 0..<integer(4) {
            offset += 1                                   // kind
            names.append(text())
            offset += 1                                   // element type
            let shape = (0..<integer(4)).map { _ in integer(8) }
            shapes.append(shape)
            offset += 4 * shape.reduce(1, *)
        }
        return (version, model, names, shapes)
        // END SOLUTION
    }
}
