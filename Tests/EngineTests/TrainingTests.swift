import Foundation
import Testing
import Training

@Suite("Initialisers")
struct InitializerTests {
    @Test("gains follow PyTorch's calculate_gain")
    func gains() {
        #expect(Nonlinearity.linear.gain == 1 && Nonlinearity.sigmoid.gain == 1)
        #expect(Nonlinearity.tanh.gain == 5.0 / 3)
        #expect(Nonlinearity.relu.gain == Float(2).squareRoot())
        #expect(Swift.abs(Nonlinearity.leakyReLU(slope: 0.01).gain - (2 / 1.0001 as Float).squareRoot()) < 1e-7)
    }

    /// Each initialiser with the variance its formula gives for fanIn 300, fanOut 200.
    static let cases: [(Initializer, Double)] = {
        let relu = Nonlinearity.relu.gain, tanh = Nonlinearity.tanh.gain
        let xavier: Double = 2.0 / 500, he: Double = 2.0 / 300
        return [(.xavierUniform(gain: 1), xavier), (.xavierNormal(gain: tanh), Double(tanh * tanh) * xavier),
                (.heUniform(gain: relu), he), (.heNormal(gain: relu), he), (.normal(standardDeviation: 0.5), 0.25)]
    }()

    @Test("each initialiser has the variance its formula promises", arguments: 0..<5)
    func variance(index: Int) {
        let (initializer, expected) = Self.cases[index]
        var generator = SeededGenerator(seed: 51)
        let w = initializer.weights(fanIn: 300, fanOut: 200, using: &generator)
        #expect(w.shape == [300, 200])
        let variance = Double(w.squared().mean())
        #expect(Swift.abs(variance / expected - 1) < 0.03, "variance \(variance), expected \(expected)")
        #expect(Swift.abs(w.mean()) < 0.01 * Float(expected.squareRoot()) * 10)
    }

    @Test("uniform initialisers stay within their limits")
    func limits() {
        var generator = SeededGenerator(seed: 52)
        let xavier = Initializer.xavierUniform(gain: 1).weights(fanIn: 100, fanOut: 50, using: &generator)
        #expect(abs(xavier).max() <= (6.0 / 150 as Float).squareRoot())
        #expect(Initializer.zeros.weights(fanIn: 3, fanOut: 2, using: &generator) == .zeros([3, 2]))
    }
}

@Suite("Optimisers")
struct OptimizerTests {
    static func parameter(_ values: [Float], gradient: [Float]) -> Parameter {
        let p = Parameter(Tensor(values), name: "p")
        p.gradient = Tensor(gradient)
        return p
    }

    @Test("SGD and momentum take the textbook steps")
    func sgdAndMomentum() {
        let p = Self.parameter([1, 2], gradient: [0.5, -1])
        SGD(learningRate: 0.1).step([p])
        #expect(abs(p.value - Tensor([0.95, 2.1])).max() < 1e-6)
        let q = Self.parameter([1, 2], gradient: [0.5, -1])
        let momentum = Momentum(learningRate: 0.1, momentum: 0.9)
        momentum.step([q])                      // v = −0.1 g = [−0.05, 0.1]
        momentum.step([q])                      // v = 0.9 v − 0.1 g = [−0.095, 0.19]
        #expect(abs(q.value - Tensor([1 - 0.05 - 0.095, 2 + 0.1 + 0.19])).max() < 1e-6)
        let r = Self.parameter([1], gradient: [1])
        let nesterov = Momentum(learningRate: 0.1, momentum: 0.9, nesterov: true)
        nesterov.step([r])                      // v = −0.1; θ += 0.9 v − 0.1 g = −0.19
        #expect(Swift.abs(r.value[0] - 0.81) < 1e-6)
    }

    @Test("RMSprop and Adam take the textbook steps")
    func adaptive() {
        let p = Self.parameter([1], gradient: [2])
        RMSprop(learningRate: 0.01, decay: 0.9, epsilon: 0).step([p])   // s = 0.4; step = 0.01·2/√0.4
        #expect(Swift.abs(p.value[0] - (1 - 0.01 * 2 / (0.4 as Float).squareRoot())) < 1e-6)
        // Adam's first step is η·sign(g) whatever the gradient's size, thanks to the bias correction.
        let q = Self.parameter([1, 1], gradient: [1e-3, -50])
        let adam = Adam(learningRate: 0.01, epsilon: 0)
        adam.step([q])
        #expect(abs(q.value - Tensor([0.99, 1.01])).max() < 1e-6)
        q.gradient = Tensor([1e-3, -50])
        adam.step([q])
        #expect(abs(q.value - Tensor([0.98, 1.02])).max() < 1e-5)
        #expect(adam.steps == 2)
    }

    @Test("weight decay applies to weight matrices and not to biases")
    func weightDecay() {
        let weight = Parameter(Tensor([[1, 2]]), name: "w"), bias = Parameter(Tensor([1, 2]), name: "b")
        SGD(learningRate: 0.1, weightDecay: 0.5).step([weight, bias])
        #expect(abs(weight.value - Tensor([[0.95, 1.9]])).max() < 1e-6)
        #expect(bias.value == Tensor([1, 2]))
    }

    @Test("every optimiser minimises an ill-conditioned quadratic",
          arguments: ["sgd", "momentum", "nesterov", "rmsprop", "adam"])
    func quadratic(name: String) {
        // f(θ) = ½(θ₁² + 25 θ₂²), minimum at 0.
        let optimizer: any Optimizer = switch name {
        case "sgd": SGD(learningRate: 0.05)
        case "momentum": Momentum(learningRate: 0.02)
        case "nesterov": Momentum(learningRate: 0.02, nesterov: true)
        case "rmsprop": RMSprop(learningRate: 0.01)
        default: Adam(learningRate: 0.05)
        }
        let p = Parameter(Tensor([3, -2]), name: "θ")
        for _ in 0..<500 {
            p.gradient = p.value * Tensor([1, 25])
            optimizer.step([p])
        }
        #expect(abs(p.value).max() < 0.05, "\(name) ended at \(p.value)")
    }
}

@Suite("Schedules and early stopping")
struct ScheduleTests {
    @Test("step and cosine schedules")
    func schedules() {
        let step = LearningRateSchedule.step(every: 3, factor: 0.5)
        #expect((1...7).map { step.rate(epoch: $0, base: 1) } == [1, 1, 1, 0.5, 0.5, 0.5, 0.25])
        let cosine = LearningRateSchedule.cosine(epochs: 10, minimum: 0.1)
        #expect(cosine.rate(epoch: 1, base: 1) == 1)
        #expect(Swift.abs(cosine.rate(epoch: 6, base: 1) - 0.55) < 1e-6)
        #expect(Swift.abs(cosine.rate(epoch: 11, base: 1) - 0.1) < 1e-6)
        #expect(LearningRateSchedule.constant.rate(epoch: 9, base: 0.3) == 0.3)
    }

    @Test("the early-stopping rule finds the best epoch and waits `patience` epochs after it")
    func rule() {
        let rule = EarlyStoppingRule(patience: 2)
        #expect(rule.decide(validationLosses: [1.0]) == (false, 1))
        #expect(rule.decide(validationLosses: [1.0, 0.8, 0.9]) == (false, 2))
        #expect(rule.decide(validationLosses: [1.0, 0.8, 0.9, 0.85]) == (true, 2))
        #expect(rule.decide(validationLosses: [1.0, 0.8, 0.9, 0.7]) == (false, 4))
        let strict = EarlyStoppingRule(patience: 1, minimumImprovement: 0.05)
        #expect(strict.decide(validationLosses: [1.0, 0.97]) == (true, 1))
        // The best is replaced only by a loss more than δ below it: 0.95 does not replace
        // 1.0, 0.87 does. ("The first epoch no later one beats by more than δ" would say 2.)
        let tenth = EarlyStoppingRule(patience: 2, minimumImprovement: 0.1)
        #expect(tenth.decide(validationLosses: [1.0, 0.95, 0.87]) == (false, 3))
    }

    @Test("early stopping stops an overfitting run and restores the best weights")
    func restoresBest() throws {
        var generator = SeededGenerator(seed: 53)
        // Few noisy examples and a wide network: validation loss soon turns up.
        let inputs = Tensor.normal([40, 5], using: &generator)
        let labels = Tensor((0..<40).map { _ in Float(generator.nextInt(below: 3)) })
        let training = Dataset(inputs: inputs.rows(Array(0..<20)), targets: labels.rows(Array(0..<20)))
        let validation = Dataset(inputs: inputs.rows(Array(20..<40)), targets: labels.rows(Array(20..<40)))
        let network = Sequential([Linear(5, 64, initializer: .heNormal(gain: Nonlinearity.relu.gain), using: &generator),
                                  ReLU(), Linear(64, 3, using: &generator)])
        let stopping = EarlyStopping(patience: 3)
        let trainer = Trainer(network: network, optimizer: Adam(learningRate: 0.01), callbacks: [stopping])
        let history = try trainer.fit(training, validation: validation, epochs: 200, batchSize: 20, using: &generator)
        let stopped = try #require(stopping.stoppedEpoch)
        #expect(history.epochs.count == stopped && stopped < 200)
        #expect(stopped == stopping.bestEpoch + 3)
        let restored = network.evaluate(validation).loss
        #expect(Swift.abs(restored - stopping.losses[stopping.bestEpoch - 1]) < 1e-5)
        #expect(restored <= stopping.losses.min()! + 1e-5)
    }

    @Test("a diverging learning rate stops the trainer at the step where the loss stopped being a number")
    func divergence() {
        var generator = SeededGenerator(seed: 54)
        let data = Dataset(inputs: Tensor.normal([32, 4], using: &generator), targets: Tensor((0..<32).map { Float($0 % 2) }))
        let network = Sequential([Linear(4, 16, using: &generator), ReLU(), Linear(16, 2, using: &generator)])
        let trainer = Trainer(network: network, optimizer: Momentum(learningRate: 1e6))
        #expect {
            _ = try trainer.fit(data, epochs: 50, batchSize: 8, using: &generator)
        } throws: { error in
            (error as? DivergenceError).map { "\($0)".contains("step \($0.step)") && $0.step > 1 } ?? false
        }
    }
}
