import Foundation
import Testing
import TransferLearning
import TransferLearningExercises

@Suite("Exercise 9: transfer learning")
struct Exercise9 {
    @Test("9.1 training with frozen layers") func frozenTrainingStep() async { await checkPart("9.1") }
    @Test("9.2 a new head") func withNewHead() async { await checkPart("9.2") }
    @Test("9.3 features for a dataset") func extractFeatures() async { await checkPart("9.3") }
    @Test("9.4 fine-tuning with two learning rates") func fineTuneStep() async { await checkPart("9.4") }
    @Test("9.5 a checkpoint read by hand") func readCheckpointHeader() async { await checkPart("9.5") }
}

/// A layer that passes its input through and counts what it is asked: how many backward
/// passes reached it, and the most rows a forward pass gave it.
final class Spy: Layer {
    var backwardCalls = 0, largestBatch = 0
    func forward(_ input: Tensor) -> Tensor {
        largestBatch = Swift.max(largestBatch, input.shape[0])
        return input
    }
    func backward(_ outputGradient: Tensor) -> Tensor {
        backwardCalls += 1
        return outputGradient
    }
    var description: String { "Spy" }
}

/// A layer wrapped to count which backward pass it was asked for: `backward`, which computes
/// ∂L/∂input, or `backwardParametersOnly`, which does not.
final class Counted: Layer {
    let inner: any Layer
    var backwardCalls = 0, parametersOnlyCalls = 0
    init(_ inner: any Layer) { self.inner = inner }
    func forward(_ input: Tensor) -> Tensor { inner.forward(input) }
    func backward(_ outputGradient: Tensor) -> Tensor {
        backwardCalls += 1
        return inner.backward(outputGradient)
    }
    func backwardParametersOnly(_ outputGradient: Tensor) {
        parametersOnlyCalls += 1
        inner.backwardParametersOnly(outputGradient)
    }
    var parameters: [Parameter] { inner.parameters }
    var state: [LayerState] { inner.state }
    func setMode(_ mode: Mode) { inner.setMode(mode) }
    var description: String { inner.description }
}

/// The checks of exercise 9, run in a child process by `checkPart`.
enum TransferChecks {
    static let file = "exercises/09-transfer-learning/TransferExercise.swift"

    /// A small CNN with batch normalisation and a spy after its first layer:
    /// conv 3×3 (3), spy, BN + ReLU, pool, flatten, fc 27 → 6, BN, fc 6 → 4.
    static func network(seed: UInt64) -> (network: Sequential, spy: Spy) {
        var generator = SeededGenerator(seed: seed)
        let spy = Spy()
        return (Sequential([Conv2D(1, 3, kernelSize: 3, name: "conv1", using: &generator), spy,
                            BatchNorm(features: 3, followedByReLU: true, name: "bn1"), MaxPool2D(size: 2), Flatten(),
                            Linear(27, 6, name: "fc1", using: &generator), BatchNorm(features: 6, name: "bn2"),
                            Linear(6, 4, name: "fc2", using: &generator)]), spy)
    }

    static func batch(_ n: Int, seed: UInt64) -> Dataset {
        var generator = SeededGenerator(seed: seed)
        return Dataset(inputs: Tensor.normal([n, 1, 8, 8], using: &generator), targets: Tensor((0..<n).map { Float($0 % 4) }))
    }

    // MARK: - 9.1

    /// The network of `network(seed:)` as after pretraining: running statistics unlike any batch's,
    /// and every parameter still holding a gradient, so that a frozen layer wrongly updated or
    /// wrongly normalised with the batch's statistics shows.
    static func pretrained(seed: UInt64) -> (network: Sequential, spy: Spy) {
        let (network, spy) = network(seed: seed)
        var generator = SeededGenerator(seed: seed + 50)
        for parameter in network.parameters { parameter.gradient = Tensor.normal(parameter.value.shape, using: &generator) }
        for case let norm as BatchNorm in network.layers {
            norm.runningMean.value = Tensor.normal(norm.runningMean.value.shape, standardDeviation: 0.5, using: &generator)
            norm.runningVariance.value = Tensor.uniform(norm.runningVariance.value.shape, low: 0.5, high: 2, using: &generator)
        }
        return (network, spy)
    }

    static func frozenTrainingStep() throws {
        let part = Part(id: "9.1", function: "frozenTrainingStep(network:batch:frozenLayers:learningRate:)", file: file)
        for (index, frozenLayers) in [5, 3, 7].enumerated() {
            let seed = UInt64(910 + index)
            let (original, spy) = pretrained(seed: seed)
            // The layer at the boundary counts which backward pass it is asked for.
            let boundary = Counted(original.layers[frozenLayers])
            var layers = original.layers
            layers[frozenLayers] = boundary
            let network = Sequential(layers)
            let gradientsBefore = network.parameters.map(\.gradient)
            let data = batch(12, seed: seed + 5)
            let (loss, values, gradientsAndState, calls): (Float, [Tensor], [Tensor], [Int]) = try part.learner {
                let loss = TransferExercise.frozenTrainingStep(network: network, batch: data, frozenLayers: frozenLayers,
                                                               learningRate: 0.1)
                return (loss, network.parameters.map(\.value), network.parameters.map(\.gradient) + network.state.map(\.value),
                        [spy.backwardCalls, boundary.backwardCalls, boundary.parametersOnlyCalls])
            }
            if try part.isNotImplemented() { return }
            let parameterCount = network.parameters.count
            guard gradientsAndState.count == parameterCount + network.state.count, calls.count == 3 else { return }
            let result = (loss: loss, values: values, gradients: Array(gradientsAndState.prefix(parameterCount)),
                          state: Array(gradientsAndState.dropFirst(parameterCount)), spyCalls: calls[0],
                          boundaryBackward: calls[1], boundaryParametersOnly: calls[2])
            // The engine: the same network frozen, one step of SGD on what is left. Frozen layers compute
            // as in evaluation, so their batch normalisation keeps its running statistics.
            let (reference, _) = pretrained(seed: seed)
            let before = reference.parameters.map(\.value)
            reference.freeze(firstLayers: frozenLayers)
            let expectedLoss = reference.trainingStep(data).loss
            SGD(learningRate: 0.1).step(reference.parameters)
            // The mistake to name: the frozen layers left in training mode.
            let (inTraining, _) = pretrained(seed: seed)
            inTraining.freeze(firstLayers: frozenLayers)
            for layer in inTraining.layers { layer.setMode(.training) }
            let trainingLoss = inTraining.trainingStep(data).loss
            let frozenCount = reference.layers.prefix(frozenLayers).reduce(0) { $0 + $1.parameters.count }
            let what = "with the first \(frozenLayers) of \(reference.layers.count) layers frozen"
            let evaluationAdvice = "The frozen layers ran in training mode: their batch normalisation used this batch's "
                + "statistics (and overwrote the running ones it was pretrained with). A frozen layer is a fixed function: "
                + "put the first `frozenLayers` layers in evaluation mode (`layer.setMode(.evaluation)`) before the forward pass"
            guard part.expectNumber(result.loss, expectedLoss, "the loss \(what)", mistakes: [(trainingLoss, evaluationAdvice)]),
                  result.values.count == before.count else { return }
            for (k, norm) in reference.state.enumerated() where k < result.state.count {
                guard part.expectTensor(result.state[k], norm.value, "\(norm.name) after the step \(what)",
                                        mistakes: [(inTraining.state[k].value, evaluationAdvice)])
                else { return }
            }
            for (k, parameter) in reference.parameters.enumerated() {
                let frozen = k < frozenCount
                let mistakes: [(answer: Tensor, explanation: String)] = frozen
                    ? [(before[k] - 0.1 * result.gradients[k], "\(parameter.name) is frozen but was updated: the layers before "
                        + "`frozenLayers` keep their values")]
                    : [(before[k], "\(parameter.name) was not updated: only the first \(frozenLayers) layers are frozen")]
                guard part.expectTensor(result.values[k], parameter.value, "\(parameter.name) after the step \(what)",
                                        mistakes: mistakes)
                else { return }
                if frozen {
                    guard part.expectTensor(result.gradients[k], gradientsBefore[k],
                                            "the gradient stored in frozen \(parameter.name) \(what) (none should be computed, "
                                            + "so it should hold what it held before the step)")
                    else { return }
                }
            }
            guard part.expectNumber(Float(result.spyCalls), 0, "the backward passes that reached layer 1 \(what)",
                                    mistakes: [(1, "The backward pass ran all the way down: stop at layer `frozenLayers`, "
                                                + "whose backwardParametersOnly needs no input gradient; below it nothing is needed")])
            else { return }
            guard part.expectNumber(Float(result.boundaryBackward), 0,
                                    "the calls of `backward` on layer \(frozenLayers), the last one trained, \(what)",
                                    mistakes: [(1, "That layer's ∂L/∂input is never used, since the layers below it are frozen: "
                                                + "call its backwardParametersOnly, which computes its parameters' gradients only")])
            else { return }
            guard part.expectNumber(Float(result.boundaryParametersOnly), 1,
                                    "the calls of `backwardParametersOnly` on layer \(frozenLayers), the last one trained, \(what)")
            else { return }
        }
    }

    // MARK: - 9.2

    static func withNewHead() throws {
        let part = Part(id: "9.2", function: "withNewHead(network:layerCount:features:outputs:using:)", file: file)
        for (index, c) in [(layers: 5, features: 27, outputs: 7), (layers: 7, features: 6, outputs: 2)].enumerated() {
            let (network, _) = network(seed: UInt64(920 + index))
            let oldHead = network.layers.last!.parameters.map(\.value)
            let x = batch(3, seed: UInt64(925 + index)).inputs
            let result: (weight: Tensor, output: Tensor, shared: Bool, oldHeadKept: Bool) = try part.learner {
                var generator = SeededGenerator(seed: UInt64(928 + index))
                let replaced = TransferExercise.withNewHead(network: network, layerCount: c.layers, features: c.features,
                                                            outputs: c.outputs, using: &generator)
                let shared = replaced.layers.count == c.layers + 1
                    && zip(replaced.layers.prefix(c.layers), network.layers).allSatisfy { $0 === $1 }
                let head = replaced.layers.last as? Linear
                let weight = head?.weight.value ?? .zeros([0])
                // The output only when the head fits the features: a head of the wrong width would stop the
                // forward pass with a crash instead of the message below.
                let fits = head.map { $0.inputCount == c.features && $0.outputCount == c.outputs } ?? false
                return (weight, fits ? replaced.evaluating { replaced.forward(x) } : .zeros([0]), shared,
                        network.layers.last!.parameters.map(\.value) == oldHead)
            }
            if try part.isNotImplemented() { return }
            var generator = SeededGenerator(seed: UInt64(928 + index))
            let expected = network.replacingLayers(after: c.layers, with: Linear(c.features, c.outputs, name: "head", using: &generator))
            let what = "a head of \(c.outputs) outputs on the \(c.features) features of the first \(c.layers) layers"
            let oldInputs = (network.layers.last as! Linear).inputCount
            if result.weight.shape == [oldInputs, c.outputs] && oldInputs != c.features {
                part.fail("the new head's weight has shape \(result.weight.shape), expected [\(c.features), \(c.outputs)]: it reads "
                          + "\(oldInputs) inputs, as the old head did, but it sits on layer \(c.layers), whose outputs are the "
                          + "\(c.features) features (the `features` argument)")
                return
            }
            guard part.expectTensor(result.weight, (expected.layers.last as! Linear).weight.value, "the new head's weight for \(what)"),
                  part.expectTensor(result.output, expected.evaluating { expected.forward(x) }, "the network's output with \(what)")
            else { return }
            if !result.shared {
                part.fail("the new network is not the first \(c.layers) layers of the old one followed by the head: keep those "
                          + "layers themselves (a copy would train apart from the network it came from) and add one Linear")
                return
            }
            if !result.oldHeadKept { part.fail("the old network's last layer changed: leave the old network as it was") }
        }
    }

    // MARK: - 9.3

    static func extractFeatures() throws {
        let part = Part(id: "9.3", function: "extractFeatures(network:layerCount:inputs:batchSize:)", file: file)
        for (index, c) in [(layers: 7, batch: 4), (layers: 5, batch: 3)].enumerated() {
            let (network, spy) = network(seed: UInt64(930 + index))
            // Running statistics unlike any batch's, so that evaluation mode shows.
            for case let norm as BatchNorm in network.layers {
                norm.runningMean.value = Tensor(Array(repeating: 0.5, count: norm.runningMean.value.count))
                norm.runningVariance.value = Tensor(Array(repeating: 2, count: norm.runningVariance.value.count))
            }
            let x = batch(10, seed: UInt64(935 + index)).inputs
            let result: (features: Tensor, largestBatch: Int, modeAfter: Bool) = try part.learner {
                let features = TransferExercise.extractFeatures(network: network, layerCount: c.layers, inputs: x, batchSize: c.batch)
                return (features, spy.largestBatch, network.mode == .training)
            }
            if try part.isNotImplemented() { return }
            let expected = features(of: network.cut(after: c.layers), inputs: x, batchSize: c.batch)
            let trainingMode = Tensor(shape: expected.shape, scalars: stride(from: 0, to: 10, by: c.batch).flatMap { start in
                network.cut(after: c.layers).forward(x.rows(Array(start..<Swift.min(10, start + c.batch)))).scalars
            })
            let what = "10 images through the first \(c.layers) layers, batches of \(c.batch)"
            guard part.expectTensor(result.features, expected, "the features of \(what)",
                                    mistakes: [(trainingMode, "Those are training-mode features: batch normalisation used each "
                                                + "batch's own statistics. Run the layers inside network.evaluating { … }")])
            else { return }
            guard part.expectNumber(Float(result.largestBatch), Float(Swift.min(c.batch, 10)),
                                    "the most rows one forward pass was given, for \(what)",
                                    mistakes: [(10, "All 10 rows went through at once: take batchSize rows at a time")])
            else { return }
            if !result.modeAfter { part.fail("the network was left in evaluation mode: `evaluating` puts the mode back") }
        }
    }

    // MARK: - 9.4

    static func fineTuneStep() throws {
        let part = Part(id: "9.4", function: "fineTuneStep(network:batch:headRate:bodyRate:)", file: file)
        for (index, rates) in [(head: Float(0.1), body: Float(0.01)), (head: 0.05, body: 0.2)].enumerated() {
            let seed = UInt64(940 + index)
            let (network, _) = network(seed: seed)
            let data = batch(12, seed: seed + 5)
            let (loss, values): (Float, [Tensor]) = try part.learner {
                let loss = TransferExercise.fineTuneStep(network: network, batch: data, headRate: rates.head, bodyRate: rates.body)
                return (loss, network.parameters.map(\.value))
            }
            if try part.isNotImplemented() { return }
            func stepped(head: Float, body: Float) -> [Tensor] {
                let (reference, _) = Self.network(seed: seed)
                _ = reference.trainingStep(data)
                TwoRates(head: SGD(learningRate: head), body: SGD(learningRate: body),
                         headParameters: reference.layers.last!.parameters).step(reference.parameters)
                return reference.parameters.map(\.value)
            }
            let expected = stepped(head: rates.head, body: rates.body)
            let swapped = stepped(head: rates.body, body: rates.head), allHead = stepped(head: rates.head, body: rates.head)
            let allBody = stepped(head: rates.body, body: rates.body)
            let (reference, _) = Self.network(seed: seed)
            let what = "head rate \(rates.head), body rate \(rates.body)"
            guard part.expectNumber(loss, reference.trainingStep(data).loss, "the loss for \(what)"),
                  values.count == expected.count else { return }
            for (k, parameter) in reference.parameters.enumerated() {
                guard part.expectTensor(values[k], expected[k], "\(parameter.name) after one step with \(what)",
                                        mistakes: [(swapped[k], "The two rates are swapped: the head, the new last layer, takes "
                                                    + "headRate"),
                                                   (allHead[k], "Every layer took the head's rate: the pretrained layers take "
                                                    + "bodyRate"),
                                                   (allBody[k], "Every layer took the body's rate: the head takes headRate")])
                else { return }
            }
        }
    }

    // MARK: - 9.5

    /// A checkpoint's bytes, for the probes below: the engine's own writer, so the format is the
    /// notes' to the byte.
    static func probe(model: String, _ entries: [Checkpoint.Entry]) -> [UInt8] { Checkpoint(model: model, entries: entries).bytes }

    /// 4·count bytes as the count floats that hold them (little-endian): data that reads as
    /// something else when skipped at the wrong width.
    static func floats(_ bytes: [UInt8]) -> [Float] {
        stride(from: 0, to: bytes.count, by: 4).map { p in
            Float(bitPattern: (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[p + $1]) << (8 * $1) })
        }
    }

    static func readCheckpointHeader() throws {
        let part = Part(id: "9.5", function: "readCheckpointHeader(bytes:)", file: file)
        // Probes first, each built so that a usual mistake gives a wrong answer instead of a read past the end.
        // No model name and no entries: integers read big-endian give a wrong version, and nothing else to read.
        let empty: (version: Int, model: String, names: [String], shapes: [[Int]]) = try part.learner { TransferExercise.readCheckpointHeader(bytes: probe(model: "", [])) }
        if try part.isNotImplemented() { return }
        guard part.expectNumber(Float(empty.version), 1, "the version of a checkpoint with no entries",
                                mistakes: [(16_777_216, "That is 1 read big-endian: the format is little-endian, lowest byte first")])
        else { return }
        // One entry "w" of 1,000 zeros: a length read a byte early (the kind byte not skipped) is 256; a rank read a
        // byte early (the element type not skipped) is 257. Both land in the zeros instead of past the end.
        let single: (version: Int, model: String, names: [String], shapes: [[Int]]) = try part.learner {
            TransferExercise.readCheckpointHeader(bytes: probe(model: "probe", [Checkpoint.Entry(kind: .parameter, name: "w", shape: [1000],
                                                                                             scalars: .init(repeating: 0, count: 1000))]))
        }
        if let name = single.names.first, name.hasPrefix("\u{0}w") {
            part.fail("the entry named \"w\" came out with a name of 256 bytes starting with a zero byte: its length was read one byte early, from the "
                      + "entry's kind byte and the first three bytes of the length. Each entry starts with its kind (u8): skip it, "
                      + "then read the name's length")
            return
        }
        if let shape = single.shapes.first, shape.count == 257 {
            part.fail("the entry \"w\" of shape [1000] came out with rank 257: the rank was read one byte early, from the "
                      + "element type byte. After the name comes the element type (u8): skip it, then read the rank")
            return
        }
        guard single.names == ["w"], single.shapes == [[1000]] else {
            part.fail("one entry \"w\" of shape [1000] read as names \(single.names.prefix(3)), shapes \(single.shapes.prefix(3))")
            return
        }
        // Two entries, the first's data holding, 32 bytes in, what reads as an entry named "wrong": data skipped at one
        // byte per element instead of four lands there.
        var data = [UInt8](repeating: 0, count: 128)
        let fake: [UInt8] = [0, 5, 0, 0, 0] + Array("wrong".utf8) + [1, 1, 0, 0, 0] + [UInt8](repeating: 0, count: 8)
        data.replaceSubrange(32..<(32 + fake.count), with: fake)
        let pair: (version: Int, model: String, names: [String], shapes: [[Int]]) = try part.learner {
            TransferExercise.readCheckpointHeader(bytes: probe(model: "probe", [
                Checkpoint.Entry(kind: .parameter, name: "a", shape: [32], scalars: floats(data)),
                Checkpoint.Entry(kind: .layerState, name: "b", shape: [2], scalars: [1, 2])]))
        }
        if pair.names == ["a", "wrong"] {
            part.fail("the second entry came out named \"wrong\", a name found inside the first entry's data: the data was "
                      + "skipped at one byte per element. Each element is a 4-byte float: skip 4 × the product of the dimensions")
            return
        }
        guard pair.names == ["a", "b"], pair.shapes == [[32], [2]] else {
            part.fail("entries \"a\" [32] and \"b\" [2] read as names \(pair.names.prefix(3)), shapes \(pair.shapes.prefix(3)). "
                      + "Is each entry's data (4 bytes per element, the product of its dimensions) skipped whole?")
            return
        }
        let (network, _) = network(seed: 950)
        for (index, model) in ["cnn", "a network with a longer name"].enumerated() {
            let checkpoint = network.checkpoint(model: model, optimizer: index == 1 ? Momentum(learningRate: 0.1) : nil)
            let bytes = checkpoint.bytes
            let (version, name, names, shapes) = try part.learner { TransferExercise.readCheckpointHeader(bytes: bytes) }
            guard part.expectNumber(Float(version), 1, "the version",
                                    mistakes: [(16_777_216, "That is 1 read big-endian: the format is little-endian, lowest byte first")])
            else { return }
            if name != model { part.fail("the model's name is \"\(name)\", expected \"\(model)\"") ; return }
            let expectedNames = checkpoint.entries.map(\.name), expectedShapes = checkpoint.entries.map(\.tensor.shape)
            if names != expectedNames {
                let first = zip(names, expectedNames).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? Swift.min(names.count, expectedNames.count)
                part.fail("the names differ from entry \(first + 1) on: got \(Array(names.dropFirst(first).prefix(3))), expected "
                          + "\(Array(expectedNames.dropFirst(first).prefix(3)))"
                          + (first > 0 ? ". The entry before it was read right: is its data (4 bytes per element, the product "
                             + "of its dimensions) skipped whole?" : ""))
                return
            }
            if shapes != expectedShapes {
                let first = zip(shapes, expectedShapes).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? 0
                part.fail("\(expectedNames[first])'s shape is \(shapes[first]), expected \(expectedShapes[first]) "
                          + "(each dimension is a u64, 8 bytes)")
                return
            }
        }
    }
}
