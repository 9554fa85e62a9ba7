import Testing
import LinearRegression

@Suite("Linear regression engine")
struct LinearModelTests {
    static func line(seed: UInt64 = 4) -> (x: Tensor, y: Tensor) {
        var generator = SeededGenerator(seed: seed)
        let (x, y) = noisySamples(count: 64, range: -1...1, noise: 0.1, using: &generator) { 2 * $0 + 1 }
        return (x.reshaped([-1, 1]), y)
    }

    @Test("gradient descent reaches the closed-form solution")
    func gradientDescentConverges() throws {
        let (x, y) = Self.line()
        let exact = try fitRidgeClosedForm(inputs: x, targets: y)
        #expect(Swift.abs(exact.weights[0] - 2) < 0.1 && Swift.abs(exact.bias - 1) < 0.1)
        for batchSize in [nil, 1, 8] as [Int?] {
            var model = LinearModel(features: 1)
            var generator = SeededGenerator(seed: 1)
            let settings = GradientDescentSettings(learningRate: batchSize == 1 ? 0.02 : 0.2, epochs: 60, batchSize: batchSize)
            let history = try trainByGradientDescent(&model, inputs: x, targets: y, settings: settings, using: &generator)
            #expect(history.last! < history.first!)
            #expect(Swift.abs(model.weights[0] - exact.weights[0]) < 0.05, "batch size \(String(describing: batchSize))")
            #expect(Swift.abs(model.bias - exact.bias) < 0.05)
        }
    }

    @Test("a diverging run stops with the step and a suggestion")
    func divergence() {
        let (x, y) = Self.line()
        var model = LinearModel(features: 1)
        var generator = SeededGenerator(seed: 1)
        do {
            _ = try trainByGradientDescent(&model, inputs: x * 1000, targets: y,
                                           settings: GradientDescentSettings(learningRate: 5, epochs: 100),
                                           using: &generator)
            Issue.record("training with learning rate 5 on inputs of size 1000 should diverge")
        } catch let error as DivergenceError {
            #expect(error.step >= 1 && error.history.count == error.step - 1)
            #expect("\(error)".contains("step \(error.step)") && "\(error)".contains("smaller learning rate"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("the ridge closed form satisfies its normal equations")
    func ridgeClosedForm() throws {
        var generator = SeededGenerator(seed: 6)
        let x = Tensor.normal([30, 3], using: &generator), y = Tensor.normal([30], using: &generator)
        let lambda: Float = 0.5
        let model = try fitRidgeClosedForm(inputs: x, targets: y, lambda: lambda)
        let gradient = ridgeGradient(model, inputs: x, targets: y, lambda: lambda)
        #expect(abs(gradient.weights).max() < 1e-4 && Swift.abs(gradient.bias) < 1e-4)
        let unpenalised = try fitRidgeClosedForm(inputs: x, targets: y)
        #expect(model.weights.squared().sum() < unpenalised.weights.squared().sum())
    }

    @Test("polynomial features hold the powers of x")
    func polynomial() {
        #expect(polynomialFeatures(Tensor([2, -1]), degree: 3) == Tensor([[2, 4, 8], [-1, 1, -1]]))
    }
}

@Suite("Datasets")
struct DatasetTests {
    let data = Dataset(inputs: Tensor(shape: [10, 2], scalars: (0..<20).map(Float.init)),
                       targets: Tensor((0..<10).map(Float.init)))

    @Test("a split is disjoint, covers everything and keeps pairs together")
    func split() {
        var generator = SeededGenerator(seed: 2)
        let (train, validation) = data.split(validationFraction: 0.3, using: &generator)
        #expect(train.count == 7 && validation.count == 3)
        let seen = (train.targets.scalars + validation.targets.scalars).sorted()
        #expect(seen == (0..<10).map(Float.init))
        for part in [train, validation] {
            for i in 0..<part.count { #expect(part.inputs[i, 0] == 2 * part.targets[i]) }
        }
    }

    @Test("mini-batches follow the order and the last one is short")
    func batches() {
        let batches = Array(data.batches(size: 4, order: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]))
        #expect(batches.map(\.count) == [4, 4, 2])
        #expect(batches[0].targets == Tensor([9, 8, 7, 6]))
        #expect(batches[2].inputs == Tensor([[2, 3], [0, 1]]))
        #expect(data.batches(size: 3).batchCount == 4)
    }

    @Test("shuffling with one seed is reproducible")
    func shuffle() {
        var a = SeededGenerator(seed: 5), b = SeededGenerator(seed: 5)
        #expect(data.shuffled(using: &a).targets == data.shuffled(using: &b).targets)
    }
}

@Suite("Perceptron engine")
struct PerceptronEngineTests {
    @Test("the perceptron learns AND and OR but never XOR")
    func logicGates() {
        for gate in LogicGate.allCases {
            let table = gate.truthTable
            var perceptron = PerceptronClassifier(features: 2)
            var converged = false
            for _ in 0..<50 where perceptron.trainEpoch(inputs: table.inputs, labels: table.labels) == 0 {
                converged = true
                break
            }
            #expect(converged == (gate != .xor), "\(gate.rawValue)")
        }
    }

    @Test("separable blobs keep their margin from the centres' bisector, and the perceptron stays under (R/γ)²")
    func separableBlobsAndTheBound() throws {
        var generator = SeededGenerator(seed: 13)
        let blobs = separableBlobs(countPerClass: 60, negativeCentre: (1, 2), positiveCentre: (2, 1), spread: 0.6,
                                   margin: 0.2, using: &generator)
        #expect(blobs.inputs.shape == [120, 2])
        // The bisector of (1, 2) and (2, 1) is x₁ − x₂ = 0: every point ≥ 0.2 from it, on its side.
        for i in 0..<120 {
            let distance = blobs.labels[i] * (blobs.inputs[i, 0] - blobs.inputs[i, 1]) / Float(2).squareRoot()
            #expect(distance >= 0.2, "row \(i)")
        }
        let bound = try #require(MistakeBound(blobs, separatedBy: Tensor([1, -1]), bias: 0))
        // The line has no bias, so folding in the constant feature leaves its margin as it is.
        #expect(bound.margin >= 0.2 - 1e-6)
        var perceptron = PerceptronClassifier(weights: .zeros([2]), bias: 0)
        var mistakes = 0
        for _ in 0..<1000 {
            let epoch = perceptron.trainEpoch(inputs: blobs.inputs, labels: blobs.labels)
            mistakes += epoch
            if epoch == 0 { break }
        }
        #expect(Float(mistakes) <= bound.mistakes)
        #expect(mistakes > 0)
    }

    @Test("the mistake bound of a hand-made example, and none for a line that does not separate")
    func mistakeBoundByHand() throws {
        // Points (0, 1) → +1 and (0, −1) → −1, line x₂ = 0: with the constant feature,
        // R = ‖(0, 1, 1)‖ = √2 and γ = 1 / ‖(0, 1, 0)‖ = 1, so (R/γ)² = 2.
        let points = LabelledPoints(inputs: Tensor([[0, 1], [0, -1]]), labels: Tensor([1, -1]))
        let bound = try #require(MistakeBound(points, separatedBy: Tensor([0, 1]), bias: 0))
        #expect(Swift.abs(bound.radius - Float(2).squareRoot()) < 1e-6)
        #expect(Swift.abs(bound.margin - 1) < 1e-6)
        #expect(Swift.abs(bound.mistakes - 2) < 1e-5)
        // A bias of 0.5 tilts the folded-in direction: γ = 0.5 / ‖(0, 1, 0.5)‖ (the point (0, −1)).
        let shifted = try #require(MistakeBound(points, separatedBy: Tensor([0, 1]), bias: 0.5))
        #expect(Swift.abs(shifted.margin - 0.5 / Float(1.25).squareRoot()) < 1e-6)
        #expect(MistakeBound(points, separatedBy: Tensor([1, 0]), bias: 0) == nil)
        #expect(MistakeBound(points, separatedBy: Tensor([0, -1]), bias: 0) == nil)
    }

    @Test("the delta rule lowers the squared error on separable blobs")
    func adaline() {
        var generator = SeededGenerator(seed: 12)
        let blobs = gaussianBlobs(countPerClass: 50, using: &generator)
        var unit = Adaline(weights: .zeros([2]))
        let before = unit.meanSquaredError(inputs: blobs.inputs, targets: blobs.labels)
        for _ in 0..<10 { unit.trainEpoch(inputs: blobs.inputs, targets: blobs.labels, learningRate: 0.01) }
        #expect(unit.meanSquaredError(inputs: blobs.inputs, targets: blobs.labels) < before / 2)
    }
}
