// The tape as a witness: each hand-derived layer and loss of chapters 03-13 run beside the same
// computation written from the tape's primitives (TapeLayers.swift), on the same random input and
// output gradient, and every output and gradient compared. A mistake in one derivation shows up
// as a row that disagrees. Notes: chapters/14-automatic-differentiation/README.md, section 4.

/// One hand-derived layer or loss set against the tape.
public struct AgreementCase: Sendable {
    public let name: String
    /// The chapter that derives it by hand.
    public let chapter: Int
    /// Both computations on the same data: the hand-derived outputs and gradients, and the
    /// tape's, in one order.
    public let run: @Sendable (inout SeededGenerator) -> (hand: [Tensor], tape: [Tensor])

    /// The largest difference between the two, relative to the hand-derived value's size
    /// (max |tape − hand| / max(max |hand|, 1)), over every output and gradient.
    public func largestDifference(seed: UInt64) -> Float {
        var generator = SeededGenerator(seed: seed)
        let (hand, tape) = run(&generator)
        return zip(hand, tape).map { hand, tape in
            hand.shape == tape.shape ? abs(tape - hand).max() / Swift.max(abs(hand).max(), 1) : .infinity
        }.max() ?? .infinity
    }

    /// A layer of the engine: its output and, for a random ∂L/∂y, ∂L/∂x and every parameter's
    /// gradient; beside the tape's function of the input and the layer's parameters, in their order.
    public static func layer(_ name: String, chapter: Int, input shape: [Int],
                             _ make: @escaping @Sendable (inout SeededGenerator) -> any Layer,
                             tape: @escaping @Sendable (Variable, [Variable]) -> Variable) -> AgreementCase {
        AgreementCase(name: name, chapter: chapter) { generator in
            let layer = make(&generator)
            let x = Tensor.normal(shape, using: &generator)
            let y = layer.forward(x)
            let dy = Tensor.normal(y.shape, using: &generator)
            let dx = layer.backward(dy)
            let recorded = Tape()
            let input = recorded.variable(x, name: "x")
            let parameters = layer.parameters.map { recorded.variable($0.value, name: $0.name) }
            let output = tape(input, parameters)
            guard output.shape == y.shape else { return ([y], [output.value]) }
            output.backward(seed: dy)
            return ([y, dx] + layer.parameters.map(\.gradient),
                    [output.value, input.gradient ?? .zeros(x.shape)] + parameters.map { $0.gradient ?? .zeros($0.shape) })
        }
    }

    /// A loss of the engine, (value, ∂L/∂inputs), beside the tape's.
    public static func loss(_ name: String, chapter: Int, input shape: [Int],
                            hand: @escaping @Sendable (Tensor) -> (loss: Float, gradient: Tensor),
                            tape: @escaping @Sendable (Variable) -> Variable) -> AgreementCase {
        AgreementCase(name: name, chapter: chapter) { generator in
            let x = Tensor.normal(shape, standardDeviation: 2, using: &generator)
            let (value, gradient) = hand(x)
            let recorded = Tape()
            let input = recorded.variable(x, name: "x")
            let loss = tape(input)
            loss.backward()
            return ([Tensor(scalar: value), gradient], [loss.value.reshaped([]), input.gradient ?? .zeros(shape)])
        }
    }

    /// Every layer and loss of chapters 03-13 that has a hand-derived backward pass.
    public static let all: [AgreementCase] = [
        loss("softmax cross-entropy", chapter: 3, input: [4, 5], hand: { softmaxCrossEntropy(logits: $0, labels: Tensor([1, 4, 0, 4])) },
             tape: { TapeLayers.softmaxCrossEntropy(logits: $0, labels: [1, 4, 0, 4]) }),
        layer("Linear", chapter: 4, input: [3, 4], { Linear(4, 5, using: &$0) }) { TapeLayers.linear($0, weight: $1[0], bias: $1[1]) },
        layer("ReLU, Sigmoid, Tanh", chapter: 4, input: [3, 4], { _ in Sequential([Tanh(), Sigmoid(), ReLU()]) }) { x, _ in
            relu(sigmoid(tanh(x)))
        },
        layer("LeakyReLU, ELU, Softplus", chapter: 4, input: [3, 4], { _ in Sequential([LeakyReLU(), ELU(), Softplus()]) }) { x, _ in
            TapeLayers.softplus(TapeLayers.elu(TapeLayers.leakyReLU(x)))
        },
        layer("Conv2D, stride 2, padding 1", chapter: 6, input: [2, 2, 5, 6], { Conv2D(2, 3, kernelSize: 3, stride: 2, padding: 1, using: &$0) }) {
            TapeLayers.conv2D($0, weight: $1[0], bias: $1[1], stride: 2, padding: 1)
        },
        layer("MaxPool2D", chapter: 6, input: [2, 3, 4, 6], { _ in MaxPool2D(size: 2) }) { x, _ in TapeLayers.maxPool2D(x, size: 2) },
        layer("AvgPool2D", chapter: 6, input: [2, 2, 4, 6], { _ in AvgPool2D(size: 2) }) { x, _ in TapeLayers.avgPool2D(x, size: 2) },
        layer("Flatten", chapter: 6, input: [2, 3, 2, 2], { _ in Flatten() }) { x, _ in x.reshaped([2, 12]) },
        AgreementCase(name: "Dropout, rate 0.5", chapter: 7) { generator in
            let layer = Dropout(rate: 0.5, using: &generator)
            let x = Tensor.normal([4, 5], using: &generator)
            let y = layer.forward(x), dy = Tensor.normal([4, 5], using: &generator)
            let dx = layer.backward(dy)
            // The mask is a constant of the step: drawn once, then multiplied in.
            let tape = Tape()
            let input = tape.variable(x, name: "x")
            let output = input * tape.constant(layer.mask!, name: "mask")
            output.backward(seed: dy)
            return ([y, dx], [output.value, input.gradient!])
        },
        layer("BatchNorm over features", chapter: 7, input: [6, 3], { _ in BatchNorm(features: 3) }) {
            TapeLayers.batchNorm($0, scale: $1[0], shift: $1[1])
        },
        layer("BatchNorm over channels", chapter: 7, input: [3, 2, 3, 2], { _ in BatchNorm(features: 2) }) {
            TapeLayers.batchNormOverChannels($0, scale: $1[0], shift: $1[1])
        },
        layer("RNN", chapter: 8, input: [4, 2, 3], { RNN(inputSize: 3, hiddenSize: 5, using: &$0) }) {
            TapeLayers.rnn($0, inputWeight: $1[0], recurrentWeight: $1[1], bias: $1[2])
        },
        layer("LSTM", chapter: 8, input: [3, 2, 4], { LSTM(inputSize: 4, hiddenSize: 3, using: &$0) }) {
            TapeLayers.lstm($0, inputWeight: $1[0], recurrentWeight: $1[1], bias: $1[2])
        },
        AgreementCase(name: "Embedding", chapter: 8) { generator in
            let layer = Embedding(vocabularySize: 5, dimension: 3, using: &generator)
            let tokens = [3, 0, 3, 4, 1, 3]
            let y = layer.forward(Tensor(shape: [3, 2], scalars: tokens.map(Float.init)))
            let dy = Tensor.normal(y.shape, using: &generator)
            _ = layer.backward(dy)
            let tape = Tape()
            let table = tape.variable(layer.table.value, name: "table")
            let output = table.rows(tokens).reshaped([3, 2, 3])
            output.backward(seed: dy)
            return ([y, layer.table.gradient], [output.value, table.gradient!])
        },
        layer("GlobalAveragePool2D", chapter: 11, input: [2, 3, 4, 5], { _ in GlobalAveragePool2D() }) { x, _ in
            TapeLayers.globalAveragePool(x)
        },
        layer("ResidualBlock, identity", chapter: 11, input: [2, 3, 4, 4], { ResidualBlock(3, 3, using: &$0) }) {
            TapeLayers.residualBlock($0, residual: Array($1[0..<8]), projection: nil, stride: 1)
        },
        layer("ResidualBlock, projection, stride 2", chapter: 11, input: [2, 2, 4, 6], { ResidualBlock(2, 3, stride: 2, using: &$0) }) {
            TapeLayers.residualBlock($0, residual: Array($1[0..<8]), projection: Array($1[8..<12]), stride: 2)
        },
        AgreementCase(name: "PixelStandardization", chapter: 12) { generator in
            let normalization = Normalization(standardizing: Tensor.uniform([20, 6], using: &generator))
            let layer = PixelStandardization(normalization)
            let x = Tensor.uniform([3, 1, 2, 3], using: &generator)
            let y = layer.forward(x), dy = Tensor.normal(y.shape, using: &generator)
            let dx = layer.backward(dy)
            let tape = Tape()
            let input = tape.variable(x, name: "x")
            let output = ((input.reshaped([3, 6]) - tape.constant(normalization.mean)) / tape.constant(normalization.scale))
                .reshaped([3, 1, 2, 3])
            output.backward(seed: dy)
            return ([y, dx], [output.value, input.gradient!])
        },
        layer("TransposedConv2D, stride 2, output padding 1", chapter: 13, input: [2, 2, 3, 4], {
            TransposedConv2D(2, 3, kernelSize: 3, stride: 2, padding: 1, outputPadding: 1, using: &$0)
        }) { TapeLayers.transposedConv2D($0, weight: $1[0], bias: $1[1], stride: 2, padding: 1, outputPadding: 1) },
        layer("Upsample2D", chapter: 13, input: [2, 2, 3, 2], { _ in Upsample2D(factor: 3) }) { x, _ in TapeLayers.upsample2D(x, factor: 3) },
        loss("cross-entropy on pixels", chapter: 13, input: [2, 3],
             hand: { binaryCrossEntropyReconstruction(logits: $0, Tensor([[0, 0.5, 1], [0.2, 0.9, 0.3]])) },
             tape: { TapeLayers.binaryCrossEntropy(logits: $0, targets: $0.tape.constant(Tensor([[0, 0.5, 1], [0.2, 0.9, 0.3]]))) }),
        loss("squared reconstruction error", chapter: 13, input: [2, 3],
             hand: { meanSquaredReconstruction($0, Tensor([[0, 0.5, 1], [0.2, 0.9, 0.3]])) },
             tape: { TapeLayers.meanSquaredError($0, $0.tape.constant(Tensor([[0, 0.5, 1], [0.2, 0.9, 0.3]]))) }),
        AgreementCase(name: "recommender, with L2", chapter: 13) { generator in
            let model = DotProductModel(users: 3, items: 4, dimension: 2, using: &generator)
            let pairs = [(user: 0, item: 3), (user: 2, item: 3), (user: 0, item: 1), (user: 1, item: 0)]
            let labels: [Float] = [1, 0, 1, 0]
            let handLoss = model.lossAndGradients(users: pairs.map(\.user), items: pairs.map(\.item), labels: labels, l2: 0.3)
            let tape = Tape()
            let v = model.parameters.map { tape.variable($0.value, name: $0.name) }
            let loss = TapeLayers.dotProductLoss(users: v[0], items: v[1], userBias: v[2], itemBias: v[3], pairs: pairs, labels: labels, l2: 0.3)
            loss.backward()
            return ([Tensor(scalar: handLoss)] + model.parameters.map(\.gradient), [loss.value.reshaped([])] + v.map { $0.gradient! })
        },
    ]
}
