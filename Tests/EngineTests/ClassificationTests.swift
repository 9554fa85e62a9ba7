import Classification
import Foundation
import Testing

@Suite("Softmax and cross-entropy")
struct SoftmaxTests {
    @Test("softmax rows sum to one and ignore a constant shift")
    func softmaxProperties() {
        var generator = SeededGenerator(seed: 31)
        let logits = Tensor.normal([6, 5], using: &generator)
        let p = softmax(logits)
        #expect(abs(p.sum(alongAxis: 1) - 1).max() < 1e-6)
        #expect(abs(softmax(logits + 50) - p).max() < 1e-6)
        #expect(abs(logSoftmax(logits) - log(p)).max() < 1e-5)
    }

    @Test("softmax and log-softmax stay finite for logits of size 1000")
    func stability() {
        let large = Tensor([[1000, 1001, 1002], [-1000, 0, 1000]])
        #expect(softmax(large).isFinite && logSoftmax(large).isFinite)
        #expect(abs(softmax(large).row(0) - softmax(Tensor([[0, 1, 2]])).row(0)).max() < 1e-6)
        #expect(logSoftmax(large)[1, 0] == -2000)
    }

    @Test("cross-entropy is the mean negative log-probability of the labels")
    func crossEntropyValue() {
        let logits = Tensor([[2, 0, 0], [0, 0, 0]])
        let expected = (-Foundation.log(Foundation.exp(2) / (Foundation.exp(2) + 2)) - Foundation.log(1.0 / 3)) / 2
        #expect(Swift.abs(Double(crossEntropy(logits: logits, labels: Tensor([0, 1]))) - expected) < 1e-6)
    }

    /// Mean cross-entropy in double precision, the reference for finite differences.
    static func reference(_ logits: Tensor, _ labels: Tensor) -> Double {
        (0..<logits.shape[0]).map { i in
            let row = (0..<logits.shape[1]).map { Double(logits[i, $0]) }
            return Foundation.log(row.map(Foundation.exp).reduce(0, +)) - row[Int(labels[i])]
        }.reduce(0, +) / Double(logits.shape[0])
    }

    @Test("the cross-entropy gradient passes the finite-difference check, and a 1 % error in any entry fails it")
    func crossEntropyGradientCheck() {
        var generator = SeededGenerator(seed: 32)
        let logits = Tensor.normal([3, 4], standardDeviation: 0.8, using: &generator)
        let labels = Tensor([1, 3, 0])
        let analytic = crossEntropyGradient(logits: logits, labels: labels)
        let numerical = numericalGradient(of: { Self.reference($0, labels) }, at: logits)
        let comparison = compareGradients(analytic: analytic, numerical: numerical)
        #expect(comparison.relativeError < 2e-4, "\(comparison)")
        #expect(abs(analytic).min() > 0.01, "every entry should be well above the floor")
        for i in 0..<analytic.count {
            var wrong = analytic
            wrong[flat: i] *= 1.01
            #expect(!compareGradients(analytic: wrong, numerical: numerical).passes(), "entry \(i) slipped through")
        }
    }

    @Test("binary cross-entropy and its gradient")
    func binary() {
        let scores = Tensor([0.5, -1.2, 2.0]), labels = Tensor([1, 0, 1])
        let expected = zip(scores.scalars, labels.scalars).map { s, y -> Double in
            let p = 1 / (1 + Foundation.exp(-Double(s)))
            return -(Double(y) * Foundation.log(p) + (1 - Double(y)) * Foundation.log(1 - p))
        }.reduce(0, +) / 3
        #expect(Swift.abs(Double(binaryCrossEntropy(scores: scores, labels: labels)) - expected) < 1e-6)
        let numerical = numericalGradient(of: { binaryCrossEntropy(scores: $0, labels: labels) }, at: scores)
        #expect(compareGradients(analytic: binaryCrossEntropyGradient(scores: scores, labels: labels),
                                 numerical: numerical).passes())
        #expect(sigmoid(Tensor([-100, 0, 100])) == Tensor([sigmoid(Float(-100)), 0.5, 1]))
        #expect(sigmoid(Float(-100)) > 0 && sigmoid(Float(-100)).isFinite)
    }
}

@Suite("Labels and metrics")
struct MetricsTests {
    @Test("one-hot rows, accuracy and the confusion matrix")
    func metrics() {
        #expect(oneHot(Tensor([2, 0]), classCount: 3) == Tensor([[0, 0, 1], [1, 0, 0]]))
        let scores = Tensor([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]])
        #expect(accuracy(scores: scores, labels: Tensor([1, 1, 1])) == Float(2) / 3)
        #expect(confusionMatrix(predicted: Tensor([1, 0, 1]), labels: Tensor([1, 1, 0]), classCount: 2) == [[0, 1], [1, 1]])
    }

    @Test("a label outside the class range stops with the row and the range")
    func labelOutOfRange() async throws {
        let result = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = crossEntropy(logits: Tensor.zeros([3, 10]), labels: Tensor([1, 12, 3]))
        })
        let message = String(decoding: result.standardErrorContent, as: UTF8.self)
        #expect(message.contains("label 12.0 at row 1 is outside the class range 0..<10"))
    }

    @Test("inputs and labels of different counts stop with both counts")
    func mismatchedCounts() async throws {
        let result = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Dataset(inputs: Tensor.zeros([3, 2]), targets: Tensor([0, 1]))
        })
        let message = String(decoding: result.standardErrorContent, as: UTF8.self)
        #expect(message.contains("3 inputs") && message.contains("2 targets"))
    }

    @Test("training on an empty dataset stops with a clear message")
    func emptyDataset() async throws {
        let result = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var model = SoftmaxRegression(features: 2, classes: 2)
            var generator = SeededGenerator(seed: 1)
            _ = try? trainBySGD(&model, on: Dataset(inputs: Tensor.zeros([0, 2]), targets: Tensor.zeros([0])),
                                settings: SGDSettings(learningRate: 0.1, epochs: 1, batchSize: 4), using: &generator)
        })
        #expect(String(decoding: result.standardErrorContent, as: UTF8.self).contains("the training set is empty"))
    }
}

@Suite("Linear classifiers")
struct LinearClassifierTests {
    /// Three Gaussian clouds in the plane, labelled 0, 1, 2.
    static func clouds(seed: UInt64) -> Dataset {
        var generator = SeededGenerator(seed: seed)
        let centres: [(Float, Float)] = [(-2, 0), (2, 0), (0, 3)]
        var points: [Float] = [], labels: [Float] = []
        for i in 0..<150 {
            let (x, y) = centres[i % 3]
            points += [generator.normal(mean: x, standardDeviation: 0.6), generator.normal(mean: y, standardDeviation: 0.6)]
            labels.append(Float(i % 3))
        }
        return Dataset(inputs: Tensor(shape: [150, 2], scalars: points), targets: Tensor(labels))
    }

    @Test("softmax regression separates three clouds")
    func softmaxRegression() throws {
        let data = Self.clouds(seed: 33)
        var model = SoftmaxRegression(features: 2, classes: 3)
        var generator = SeededGenerator(seed: 1)
        let history = try trainBySGD(&model, on: data, validation: data,
                                     settings: SGDSettings(learningRate: 0.5, epochs: 20, batchSize: 16), using: &generator)
        #expect(history.count == 20 && history.last!.trainingLoss < history.first!.trainingLoss)
        #expect(model.evaluate(data).accuracy > 0.95)
        #expect(history.last!.validationAccuracy! > 0.95)
    }

    @Test("logistic regression separates two clouds")
    func logisticRegression() throws {
        let three = Self.clouds(seed: 34)
        let rows = (0..<three.count).filter { three.targets[$0] < 2 }
        let data = three.subset(rows)
        var model = LogisticRegression(features: 2)
        var generator = SeededGenerator(seed: 2)
        _ = try trainBySGD(&model, on: data, settings: SGDSettings(learningRate: 0.5, epochs: 10, batchSize: 8,
                                                                  decaysToZero: true), using: &generator)
        #expect(model.evaluate(data).accuracy > 0.97)
    }

    @Test("the softmax regression gradient, weight decay included, passes the finite-difference check")
    func regressionGradient() {
        var generator = SeededGenerator(seed: 35)
        let inputs = Tensor.uniform([4, 3], low: -1, high: 1, using: &generator)
        let labels = Tensor([0, 2, 1, 2])
        let model = SoftmaxRegression(weights: Tensor.normal([3, 3], using: &generator), bias: Tensor([0.1, -0.2, 0.3]))
        let gradient = model.lossAndGradient(inputs: inputs, labels: labels, weightDecay: 0.3).gradient
        let numerical = numericalGradient(of: { w in
            SoftmaxRegression(weights: w, bias: model.bias).lossAndGradient(inputs: inputs, labels: labels, weightDecay: 0.3).loss
        }, at: model.weights)
        #expect(compareGradients(analytic: gradient.weights, numerical: numerical).passes())
    }

    @Test("a learning rate that blows up stops training at the step where the loss became NaN")
    func divergence() {
        let data = Self.clouds(seed: 36)
        var model = SoftmaxRegression(features: 2, classes: 3)
        var generator = SeededGenerator(seed: 3)
        #expect {
            _ = try trainBySGD(&model, on: data * 1, settings: SGDSettings(learningRate: 1e38, epochs: 5, batchSize: 10),
                               using: &generator)
        } throws: { error in
            guard let divergence = error as? DivergenceError else { return false }
            return divergence.step > 1 && "\(divergence)".contains("step \(divergence.step)")
        }
    }

    @Test("centring and standardising use the training statistics")
    func normalization() {
        let train = Tensor([[1, 10], [3, 30]]), other = Tensor([[2, 20]])
        let centring = Normalization(centering: train)
        #expect(centring.apply(train) == Tensor([[-1, -10], [1, 10]]))
        #expect(centring.apply(other) == Tensor([[0, 0]]))
        let standard = Normalization(standardizing: train, epsilon: 0)
        #expect(abs(standard.apply(train) - Tensor([[-1, -1], [1, 1]])).max() < 1e-6)
    }
}

private func * (data: Dataset, factor: Float) -> Dataset {
    Dataset(inputs: data.inputs * factor, targets: data.targets)
}
