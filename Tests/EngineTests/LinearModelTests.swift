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
