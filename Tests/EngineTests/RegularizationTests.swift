import Foundation
import Regularization
import Testing

@Suite("Regularisation: dropout, batch normalisation, decoupled weight decay, augmentation")
struct RegularizationTests {
    static func normal(_ shape: [Int], seed: UInt64, mean: Float = 0, deviation: Float = 1) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        return Tensor.normal(shape, mean: mean, standardDeviation: deviation, using: &generator)
    }

    // MARK: Dropout

    @Test("dropout keeps each input with probability 1 − rate, scaled by 1/(1 − rate), and routes the gradient the same way")
    func dropoutTraining() {
        var generator = SeededGenerator(seed: 700)
        let dropout = Dropout(rate: 0.3, using: &generator)
        let x = Self.normal([100, 100], seed: 701)
        let y = dropout.forward(x)
        var dropped = 0
        for i in 0..<x.count {
            if y[flat: i] == 0 {
                dropped += 1
            } else {
                #expect(abs(y[flat: i] - x[flat: i] / 0.7) <= 1e-6 * abs(x[flat: i]) + 1e-7, "entry \(i)")
            }
        }
        // 10,000 draws of probability 0.3: 3,000 ± 46 (one standard deviation); allow four.
        #expect(abs(dropped - 3000) < 4 * 46, "dropped \(dropped) of 10,000")
        let dy = Self.normal([100, 100], seed: 702)
        let dx = dropout.backward(dy)
        let mask = try! #require(dropout.mask)
        #expect(dx == dy * mask)
        #expect((0..<x.count).allSatisfy { (y[flat: $0] == 0) == (mask[flat: $0] == 0) })
    }

    @Test("dropout is the identity in evaluation, so evaluation has nothing to rescale")
    func dropoutEvaluation() {
        var generator = SeededGenerator(seed: 703)
        let network = Sequential([Dropout(rate: 0.5, using: &generator)])
        let x = Self.normal([8, 5], seed: 704)
        network.evaluating {
            #expect(network.forward(x) == x)
            #expect(network.backward(x) == x)
        }
        #expect(network.mode == .training)
        #expect(network.forward(x) != x)
    }

    @Test("the same seed gives the same masks")
    func dropoutIsReproducible() {
        var first = SeededGenerator(seed: 705), second = SeededGenerator(seed: 705)
        let x = Self.normal([20, 20], seed: 706)
        #expect(Dropout(rate: 0.5, using: &first).forward(x) == Dropout(rate: 0.5, using: &second).forward(x))
    }

    @Test("gradient check of dropout with its mask held fixed")
    func dropoutGradient() {
        var generator = SeededGenerator(seed: 707)
        let dropout = Dropout(rate: 0.4, using: &generator)
        dropout.maskIsFrozen = true
        for report in checkLayerGradients(dropout, input: Self.normal([4, 6], seed: 708), using: &generator) {
            #expect(report.comparison.passes(), "\(report)")
        }
    }

    // MARK: Batch normalisation

    @Test("batch normalisation in training standardises each feature over the batch, then scales and shifts",
          arguments: [[32, 5], [4, 3, 5, 6]])
    func batchNormTraining(_ shape: [Int]) {
        let norm = BatchNorm(features: shape[1], name: "bn")
        norm.scale.value = Tensor(shape: [shape[1]], scalars: (0..<shape[1]).map { 1 + Float($0) })
        norm.shift.value = Tensor(shape: [shape[1]], scalars: (0..<shape[1]).map { Float($0) - 1 })
        let x = Self.normal(shape, seed: 710, mean: 3, deviation: 2)
        let y = norm.forward(x)
        let inner = shape.count == 4 ? shape[2] * shape[3] : 1
        for j in 0..<shape[1] {
            var values: [Double] = []
            for o in 0..<shape[0] {
                for p in 0..<inner { values.append(Double(y[flat: (o * shape[1] + j) * inner + p])) }
            }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
            // y = γ x̂ + β: mean β, variance γ² (slightly less: ε in the denominator).
            #expect(abs(mean - Double(j - 1)) < 1e-4, "feature \(j): mean \(mean), expected β = \(j - 1)")
            #expect(abs(variance.squareRoot() - Double(j + 1)) < 1e-3, "feature \(j): deviation \(variance.squareRoot()), expected γ = \(j + 1)")
        }
    }

    @Test("gradient check of batch normalisation in training mode, over features and over channels",
          arguments: [[6, 4], [3, 2, 3, 4]])
    func batchNormGradient(_ shape: [Int]) {
        var generator = SeededGenerator(seed: 720)
        let norm = BatchNorm(features: shape[1])
        norm.scale.value = Tensor.normal([shape[1]], mean: 1, standardDeviation: 0.5, using: &generator)
        norm.shift.value = Tensor.normal([shape[1]], using: &generator)
        // ∂L/∂x is a difference of nearly equal terms (∂y less its means), so its small entries
        // carry Float's rounding (about 1e-4); below 0.1 they are compared absolutely, not relatively.
        for report in checkLayerGradients(norm, input: Self.normal(shape, seed: 721, deviation: 2), floor: 0.1,
                                          using: &generator) {
            #expect(report.comparison.passes(), "\(report)")
        }
    }

    @Test("a BatchNorm that applies its own ReLU gives the numbers of BatchNorm then ReLU, forward and backward",
          arguments: [[16, 6], [4, 3, 5, 5]])
    func fusedReLU(_ shape: [Int]) {
        let fused = BatchNorm(features: shape[1], followedByReLU: true), plain = BatchNorm(features: shape[1])
        let relu = ReLU()
        for norm in [fused, plain] { norm.shift.value = Self.normal([shape[1]], seed: 722, deviation: 0.5) }
        let x = Self.normal(shape, seed: 723, deviation: 2)
        let y = fused.forward(x), expected = relu.forward(plain.forward(x))
        #expect(y.min() == 0 && y.max() > 0)
        #expect(abs(y - expected).max() < 1e-6)
        let dy = Self.normal(shape, seed: 724)
        #expect(abs(fused.backward(dy) - plain.backward(relu.backward(dy))).max() < 1e-5)
        #expect(abs(fused.scale.gradient - plain.scale.gradient).max() < 1e-4)
        #expect(abs(fused.shift.gradient - plain.shift.gradient).max() < 1e-4)
    }

    @Test("a BatchNorm that pools its own output gives the numbers of BatchNorm, ReLU and MaxPool2D, in both modes",
          arguments: [[4, 3, 6, 10], [2, 2, 7, 9]], [false, true])
    func fusedPooling(_ shape: [Int], relu: Bool) {
        let fused = BatchNorm(features: shape[1], followedByReLU: relu, maxPooled: true)
        let plain = BatchNorm(features: shape[1], followedByReLU: relu), pool = MaxPool2D(size: 2)
        // A negative scale too: then each window's winner is its smallest input.
        for norm in [fused, plain] {
            norm.shift.value = Self.normal([shape[1]], seed: 725, deviation: 0.5)
            norm.scale.value = Tensor(shape: [shape[1]], scalars: (0..<shape[1]).map { $0 == 1 ? -0.7 : 1.3 })
        }
        let x = Self.normal(shape, seed: 726, deviation: 2)
        for mode in [Mode.training, .evaluation] {
            fused.setMode(mode)
            plain.setMode(mode)
            let y = fused.forward(x), expected = pool.forward(plain.forward(x))
            #expect(y.shape == expected.shape && abs(y - expected).max() < 1e-6, "\(mode) \(shape)")
            let dy = Self.normal(y.shape, seed: 727)
            #expect(abs(fused.backward(dy) - plain.backward(pool.backward(dy))).max() < 1e-5, "∂x \(mode) \(shape)")
            #expect(abs(fused.scale.gradient - plain.scale.gradient).max() < 1e-4, "∂γ \(mode) \(shape)")
            #expect(abs(fused.shift.gradient - plain.shift.gradient).max() < 1e-4, "∂β \(mode) \(shape)")
        }
        #expect(fused.runningMean.value == plain.runningMean.value && fused.runningVariance.value == plain.runningVariance.value)
    }

    @Test("the running statistics follow r ← (1 − momentum) r + momentum · batch, with the unbiased variance")
    func runningStatistics() {
        let norm = BatchNorm(features: 2, momentum: 0.25)
        let x = Tensor(shape: [4, 2], scalars: [1, 10, 2, 20, 3, 30, 6, 40])
        _ = norm.forward(x)
        // Feature 0: mean 3, unbiased variance ((−2)² + 1 + 0 + 3²)/3 = 14/3. Feature 1: mean 25, 500/3.
        let expectedMean: [Float] = [0.75 * 0 + 0.25 * 3, 0.75 * 0 + 0.25 * 25]
        let expectedVariance: [Float] = [0.75 * 1 + 0.25 * 14 / 3, 0.75 * 1 + 0.25 * 500 / 3]
        for j in 0..<2 {
            #expect(abs(norm.runningMean.value[j] - expectedMean[j]) < 1e-5, "running mean \(j): \(norm.runningMean.value[j])")
            #expect(abs(norm.runningVariance.value[j] - expectedVariance[j]) < 1e-4,
                    "running variance \(j): \(norm.runningVariance.value[j]), expected \(expectedVariance[j]) (unbiased)")
        }
    }

    @Test("in evaluation batch normalisation uses the running statistics, leaves them alone, and its backward is the linear map")
    func batchNormEvaluation() {
        let norm = BatchNorm(features: 3, momentum: 0.5)
        let network = Sequential([norm])
        for seed in 0..<20 { _ = network.forward(Self.normal([16, 3], seed: 730 + UInt64(seed), mean: 2, deviation: 3)) }
        let (mean, variance) = (norm.runningMean.value, norm.runningVariance.value)
        let x = Self.normal([5, 3], seed: 760)
        let dy = Self.normal([5, 3], seed: 761)
        let (y, dx) = network.evaluating { (network.forward(x), network.backward(dy)) }
        #expect(norm.runningMean.value == mean && norm.runningVariance.value == variance)
        for i in 0..<5 {
            for j in 0..<3 {
                let factor = norm.scale.value[j] / (variance[j] + norm.epsilon).squareRoot()
                #expect(abs(y[i, j] - (factor * (x[i, j] - mean[j]) + norm.shift.value[j])) < 1e-5)
                #expect(abs(dx[i, j] - factor * dy[i, j]) < 1e-5)
            }
        }
        // One image's output in evaluation does not depend on the rest of its batch.
        let alone = network.evaluating { network.forward(x.rows([0])) }
        #expect((0..<3).allSatisfy { abs(alone[0, $0] - y[0, $0]) < 1e-6 })
    }

    @Test("accuracy is measured in evaluation mode, and training resumes in training mode")
    func evaluateSwitchesModes() {
        var generator = SeededGenerator(seed: 770)
        let dropout = Dropout(rate: 0.9, using: &generator)
        let network = Sequential([Linear(4, 3, using: &generator), dropout])
        let data = Dataset(inputs: Self.normal([50, 4], seed: 771), targets: Tensor(shape: [50], scalars: (0..<50).map { Float($0 % 3) }))
        let first = network.evaluate(data), second = network.evaluate(data)
        // With dropout on, two measurements of the same data would differ.
        #expect(first.loss == second.loss && first.accuracy == second.accuracy)
        #expect(network.mode == .training && dropout.mode == .training)
    }

    @Test("the trainer augments training batches only, trains in training mode, and leaves the network in it")
    func trainerModesAndAugmentation() throws {
        var generator = SeededGenerator(seed: 775)
        let dropout = Dropout(rate: 0.5, using: &generator)
        let network = Sequential([Linear(4, 3, using: &generator), dropout])
        network.setMode(.evaluation)
        let labels = Tensor(shape: [40], scalars: (0..<40).map { Float($0 % 3) })
        let (training, validation) = (Dataset(inputs: Self.normal([40, 4], seed: 776), targets: labels),
                                      Dataset(inputs: Self.normal([40, 4], seed: 777), targets: labels))
        nonisolated(unsafe) var augmentedRows = 0, modesSeen: Set<Mode> = []
        let trainer = Trainer(network: network, optimizer: SGD(learningRate: 0.1)) { inputs in
            augmentedRows += inputs.shape[0]
            modesSeen.insert(dropout.mode)
            return inputs * 2
        }
        _ = try trainer.fit(training, validation: validation, epochs: 2, batchSize: 8, using: &generator)
        #expect(augmentedRows == 80, "every training row of 2 epochs once, no validation row: \(augmentedRows)")
        #expect(modesSeen == [.training] && network.mode == .training)
    }

    @Test("early stopping restores the layers' state with the best weights")
    func earlyStoppingRestoresState() {
        let norm = BatchNorm(features: 2)
        let network = Sequential([norm])
        let stopping = EarlyStopping(patience: 1)
        _ = network.forward(Self.normal([8, 2], seed: 780, mean: 5))
        let best = norm.runningMean.value
        _ = stopping.afterEpoch(EpochRecord(epoch: 1, trainingLoss: 1, trainingAccuracy: 0, validationLoss: 1), network: network)
        _ = network.forward(Self.normal([8, 2], seed: 781, mean: -5))
        #expect(norm.runningMean.value != best)
        _ = stopping.afterEpoch(EpochRecord(epoch: 2, trainingLoss: 1, trainingAccuracy: 0, validationLoss: 2), network: network)
        stopping.trainingEnded(network: network)
        #expect(norm.runningMean.value == best)
    }

    @Test("bad input stops with the layer and the value named: a dropout rate of 1, a batch of one, running statistics of the wrong shape")
    func badInput() async throws {
        let rate = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var generator = SeededGenerator(seed: 1)
            _ = Dropout(rate: 1, name: "drop1", using: &generator)
        })
        #expect(String(decoding: rate.standardErrorContent, as: UTF8.self).contains("Dropout drop1: the rate is the probability of dropping an input, in [0, 1), got 1.0"))
        let one = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = BatchNorm(features: 3, name: "bn1").forward(.zeros([1, 3]))
        })
        let oneMessage = String(decoding: one.standardErrorContent, as: UTF8.self)
        #expect(oneMessage.contains("BatchNorm bn1 (3)") && oneMessage.contains("[1, 3]") && oneMessage.contains("every variance would be zero"))
        let shape = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let norm = BatchNorm(features: 4, name: "bn2")
            norm.runningMean.value = .zeros([3])
            norm.setMode(.evaluation)
            _ = norm.forward(.zeros([2, 4]))
        })
        let shapeMessage = String(decoding: shape.standardErrorContent, as: UTF8.self)
        #expect(shapeMessage.contains("BatchNorm bn2 (4)") && shapeMessage.contains("must be [4]") && shapeMessage.contains("[3]"))
    }

    // MARK: Weight decay

    @Test("AdamW shrinks a weight by ηλ of itself; Adam's L2 term, divided by √v̂, moves it by about η whatever its size")
    func decoupledWeightDecay() {
        let weight = Parameter(Tensor(shape: [1, 2], scalars: [10, 0.001]), name: "w")
        let bias = Parameter(Tensor([5]), name: "b")
        let adamW = AdamW(learningRate: 0.1, weightDecay: 0.01)
        adamW.step([weight, bias])   // every gradient is zero: only the decay acts
        #expect(abs(weight.value[0, 0] - 10 * (1 - 0.1 * 0.01)) < 1e-5 && abs(weight.value[0, 1] - 0.001 * 0.999) < 1e-9)
        #expect(bias.value[0] == 5, "biases are not decayed")
        let coupled = Parameter(Tensor(shape: [1, 2], scalars: [10, 0.001]), name: "w")
        Adam(learningRate: 0.1, weightDecay: 0.01).step([coupled])
        // m̂/√v̂ = λw/|λw| = 1: both entries move by η = 0.1, the small one far past zero.
        #expect(abs(coupled.value[0, 0] - 9.9) < 1e-4 && abs(coupled.value[0, 1] - (0.001 - 0.1)) < 1e-4)
    }

    // MARK: Augmentation

    @Test("augmentation: a certain flip mirrors each row; no shift, no noise and no brightness change leave the image alone")
    func augmentationIdentities() {
        var generator = SeededGenerator(seed: 790)
        let images = Self.normal([3, 2, 4, 5], seed: 791)
        let flipped = Augmentation([.horizontalFlip(probability: 1)], using: &generator).apply(images)
        for index in 0..<images.count {
            let (row, j) = (index / 5, index % 5)
            #expect(flipped[flat: row * 5 + 4 - j] == images[flat: index])
        }
        let unchanged = Augmentation([.horizontalFlip(probability: 0), .shift(maxPixels: 0), .noise(deviation: 0),
                                      .brightness(maxChange: 0)], using: &generator).apply(images)
        #expect(unchanged == images)
    }

    @Test("augmentation: each image is shifted by its own offset within the bound, zeros filling in")
    func augmentationShift() {
        var generator = SeededGenerator(seed: 792)
        let images = Self.normal([20, 1, 6, 6], seed: 793)
        let shifted = Augmentation([.shift(maxPixels: 2)], using: &generator).apply(images)
        var offsets = Set<[Int]>()
        for image in 0..<20 {
            let match = (-2...2).flatMap { down in (-2...2).map { [down, $0] } }.first { offset in
                (0..<6).allSatisfy { i in
                    (0..<6).allSatisfy { j in
                        let (si, sj) = (i - offset[0], j - offset[1])
                        let expected = si >= 0 && si < 6 && sj >= 0 && sj < 6 ? images[image, 0, si, sj] : 0
                        return shifted[image, 0, i, j] == expected
                    }
                }
            }
            #expect(match != nil, "image \(image) is not a shift of its original by at most 2 pixels")
            if let match { offsets.insert(match) }
        }
        #expect(offsets.count > 5, "20 images drew only \(offsets.count) different offsets")
    }

    @Test("augmentation: brightness moves a whole image by one amount within the bound; the same seed, the same changes")
    func augmentationBrightness() {
        let images = Self.normal([10, 1, 3, 3], seed: 794)
        var generator = SeededGenerator(seed: 795), again = SeededGenerator(seed: 795)
        let brighter = Augmentation([.brightness(maxChange: 0.5)], using: &generator).apply(images)
        for image in 0..<10 {
            let change = brighter[image, 0, 0, 0] - images[image, 0, 0, 0]
            #expect(abs(change) <= 0.5)
            #expect((0..<9).allSatisfy { abs(brighter[flat: image * 9 + $0] - images[flat: image * 9 + $0] - change) < 1e-5 })
        }
        #expect(Augmentation([.brightness(maxChange: 0.5)], using: &again).apply(images) == brighter)
    }
}
