import Foundation
import LearningWithoutLabels
import Testing

/// Chapter 13's pieces against values worked by hand, central differences, and chapter 06's
/// convolution, whose input gradient the transposed convolution must be.
@Suite("Learning without labels")
struct LearningWithoutLabelsTests {
    @Test("the squared-error and cross-entropy reconstruction losses: values by hand, gradients by differences, no overflow")
    func losses() {
        let output = Tensor([[0.5, 0.25], [1, 0]]), target = Tensor([[1, 0], [1, 0.5]])
        // (0.25 + 0.0625 + 0 + 0.25) / 4
        let (squared, squaredGradient) = meanSquaredReconstruction(output, target)
        #expect(Swift.abs(squared - 0.140625) < 1e-7)
        #expect(squaredGradient.scalars == [-0.25, 0.125, 0, -0.25])
        // z = 0 against x = 1 costs log 2; z = 100 against 1 almost nothing, z = −100 against 1 costs 100.
        let (entropy, _) = binaryCrossEntropyReconstruction(logits: Tensor([0, 100, -100]), Tensor([1, 1, 1]))
        #expect(Swift.abs(entropy - (Float(Foundation.log(2.0)) + 100) / 3) < 1e-4)
        var generator = SeededGenerator(seed: 1301)
        let logits = Tensor.normal([3, 4], using: &generator), pixels = Tensor.uniform([3, 4], using: &generator)
        for (loss, name) in [({ (z: Tensor) in binaryCrossEntropyReconstruction(logits: z, pixels) }, "cross-entropy"),
                             ({ (z: Tensor) in meanSquaredReconstruction(z, pixels) }, "squared error")] {
            let comparison = compareGradients(analytic: loss(logits).gradient, numerical: numericalGradient(of: { loss($0).loss }, at: logits))
            #expect(comparison.passes(), "\(name): \(comparison)")
        }
    }

    @Test("upsampling repeats each pixel into a block, and its backward sums each block")
    func upsampling() {
        let layer = Upsample2D(factor: 2)
        let y = layer.forward(Tensor(shape: [1, 1, 2, 2], scalars: [1, 2, 3, 4]))
        #expect(y.shape == [1, 1, 4, 4])
        #expect(y.scalars == [1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4])
        let dx = layer.backward(Tensor(shape: [1, 1, 4, 4], scalars: (0..<16).map(Float.init)))
        // Block (0, 0) holds 0, 1, 4, 5; (0, 1) 2, 3, 6, 7; (1, 0) 8, 9, 12, 13; (1, 1) 10, 11, 14, 15.
        #expect(dx.scalars == [10, 18, 42, 50])
    }

    @Test("a transposed convolution scatters each input through the kernel: a 1 × 2 input by hand")
    func transposedByHand() {
        for fast in [false, true] {
            let layer = TransposedConv2D(weight: Tensor(shape: [1, 1, 2, 2], scalars: [1, 10, 100, 1000]), bias: Tensor([0.5]))
            layer.usesFastPath = fast
            let y = layer.forward(Tensor(shape: [1, 1, 1, 2], scalars: [1, 2]))
            // Input 1 writes its kernel at columns 0-1, input 2 at columns 1-2, twice the kernel.
            #expect(y.shape == [1, 1, 2, 3])
            #expect(y.scalars == [1.5, 12.5, 20.5, 100.5, 1200.5, 2000.5], "fast path: \(fast)")
        }
    }

    /// Shapes that break fast code: odd batches (uneven between the cores), one channel, sixteen,
    /// strides 1 to 3, padding, output padding, sides that do not divide.
    static let transposedShapes: [(input: [Int], outChannels: Int, kernel: Int, stride: Int, padding: Int, outputPadding: Int)] = [
        ([3, 2, 5, 4], 3, 3, 2, 1, 1), ([1, 1, 7, 7], 1, 4, 2, 1, 0), ([5, 4, 7, 7], 16, 4, 2, 1, 0),
        ([2, 3, 4, 5], 2, 3, 1, 0, 0), ([3, 2, 3, 3], 2, 2, 3, 0, 2), ([4, 16, 6, 6], 1, 3, 1, 1, 0),
    ]

    @Test("the transposed convolution's fast path gives its readable loops' numbers, forward and backward",
          arguments: transposedShapes.indices)
    func transposedFastPath(_ index: Int) {
        let shape = Self.transposedShapes[index]
        var generator = SeededGenerator(seed: 1315 + UInt64(index))
        let layer = TransposedConv2D(shape.input[1], shape.outChannels, kernelSize: shape.kernel, stride: shape.stride,
                                     padding: shape.padding, outputPadding: shape.outputPadding, using: &generator)
        layer.bias.value = Tensor.normal([shape.outChannels], using: &generator)
        let x = Tensor.normal(shape.input, using: &generator)
        var passes: [[Tensor]] = []
        for fast in [true, false] {
            layer.usesFastPath = fast
            let y = layer.forward(x)
            var dyGenerator = SeededGenerator(seed: 1320)
            let dx = layer.backward(Tensor.normal(y.shape, using: &dyGenerator))
            passes.append([y, dx, layer.weight.gradient, layer.bias.gradient])
        }
        for (name, (fast, readable)) in zip(["forward", "∂x", "∂W", "∂b"], zip(passes[0], passes[1])) {
            #expect(fast.shape == readable.shape, "\(name) \(shape)")
            #expect(ConvolutionTests.difference(fast, readable) < 1e-5, "\(name) \(shape)")
        }
    }

    @Test("a transposed convolution is the convolution's input gradient, at strides 1 and 2 and with padding",
          arguments: [(1, 0, 0), (2, 1, 1), (2, 1, 0), (2, 0, 1)])
    func transposedIsTheInputGradient(stride: Int, padding: Int, outputPadding: Int) {
        var generator = SeededGenerator(seed: 1302)
        let weight = Tensor.normal([3, 2, 3, 3], using: &generator)
        let layer = TransposedConv2D(weight: weight, bias: .zeros([2]), stride: stride, padding: padding, outputPadding: outputPadding)
        let x = Tensor.normal([2, 3, 4, 5], using: &generator)
        let y = layer.forward(x)
        let (oh, ow) = layer.outputSize(height: 4, width: 5)
        #expect(y.shape == [2, 2, oh, ow])
        // The convolution with the same kernel read as [out 3, in 2, 3, 3] maps [2, 2, oh, ow] to [2, 3, 4, 5];
        // its input gradient for an output gradient x is the transposed convolution of x.
        let convolution = Conv2D(weight: weight, bias: .zeros([3]), stride: stride, padding: padding)
        let output = convolution.forward(Tensor.normal([2, 2, oh, ow], using: &generator))
        #expect(output.shape == x.shape)
        let inputGradient = convolution.backward(x)
        for k in 0..<y.count { #expect(Swift.abs(y[flat: k] - inputGradient[flat: k]) < 1e-4) }
    }

    @Test("the transposed convolution's and upsampling's backward passes agree with finite differences")
    func gradients() {
        var generator = SeededGenerator(seed: 1303)
        let layers: [(any Layer, [Int])] = [
            (TransposedConv2D(2, 3, kernelSize: 3, stride: 2, padding: 1, outputPadding: 1, using: &generator), [2, 2, 3, 4]),
            (TransposedConv2D(2, 1, kernelSize: 4, stride: 2, padding: 1, using: &generator), [1, 2, 3, 3]),
            (Upsample2D(factor: 3), [2, 2, 2, 3]),
        ]
        for (layer, shape) in layers {
            let reports = checkLayerGradients(layer, input: Tensor.normal(shape, using: &generator), using: &generator)
            #expect(reports.count == 1 + layer.parameters.count)
            for report in reports { #expect(report.comparison.passes(), "\(layer.description): \(report)") }
        }
    }

    @Test("the reconstruction loop corrupts the input only: an identity network on inputs shifted by 1 scores exactly 1")
    func denoisingTarget() throws {
        var generator = SeededGenerator(seed: 1304)
        let images = Tensor.uniform([10, 1, 2, 2], using: &generator)
        let losses = try trainReconstruction(Sequential([ReLU()]), images: images, epochs: 2, batchSize: 4,
                                             optimizer: Momentum(learningRate: 0.1), loss: .meanSquared, using: &generator,
                                             corrupt: { batch, _ in batch + 1 })
        #expect(losses.count == 6)
        for loss in losses { #expect(Swift.abs(loss - 1) < 1e-6) }
    }

    @Test("a linear autoencoder with a code of k learns what k principal components keep")
    func linearAutoencoderIsPCA() throws {
        var generator = SeededGenerator(seed: 1305)
        // 400 points in 6 dimensions, spread 3, 2, 1, 0.1, 0.1, 0.1 along mixed directions.
        let spreads = Tensor([3, 2, 1, 0.1, 0.1, 0.1])
        let mixing = symmetricEigen(Tensor.normal([6, 6], using: &generator) + Tensor.normal([6, 6], using: &generator).transposed()).vectors
        let points = matmul(Tensor.normal([400, 6], using: &generator) * spreads, mixing)
        let pca = PrincipalComponents(fitting: points, count: 2)
        let projected = pca.project(points)
        let restored = matmul(projected, pca.components) + pca.mean
        let pcaError = meanSquaredReconstruction(restored, points).loss
        let network = Sequential([Linear(6, 2, name: "encoder", using: &generator), Linear(2, 6, name: "decoder", using: &generator)])
        _ = try trainReconstruction(network, images: points, epochs: 300, batchSize: 50, optimizer: Adam(learningRate: 0.01),
                                    loss: .meanSquared, using: &generator)
        let error = reconstructionLoss(network, images: points, loss: .meanSquared)
        // No linear map through 2 numbers does better than PCA; training gets within a few per cent of it.
        #expect(error >= pcaError * 0.999 && error < pcaError * 1.05, "autoencoder \(error), PCA \(pcaError)")
    }

    @Test("the recommender's scores by hand, and its gradients by central differences, with and without L2")
    func dotProductModel() {
        var generator = SeededGenerator(seed: 1306)
        let model = DotProductModel(users: 3, items: 4, dimension: 2, using: &generator)
        model.users.value = Tensor([[1, 2], [0, 1], [-1, 0.5]])
        model.items.value = Tensor([[1, 0], [0.5, 0.5], [-1, 1], [2, -1]])
        model.userBias.value = Tensor([0.1, 0, -0.1])
        model.itemBias.value = Tensor([0, 0.2, 0, -0.3])
        // user 0 · item 3 = 2 − 2 = 0, + 0.1 − 0.3; user 2 · item 2 = 1 + 0.5, − 0.1.
        let s = model.scores(users: [0, 2], items: [3, 2])
        #expect(Swift.abs(s[0] + 0.2) < 1e-6 && Swift.abs(s[1] - 1.4) < 1e-6)
        let all = model.scores(user: 1)
        for item in 0..<4 { #expect(Swift.abs(all[item] - model.scores(users: [1], items: [item])[0]) < 1e-6) }
        let (u, v, y) = ([0, 0, 1, 2, 2], [3, 1, 1, 2, 0], [Float](arrayLiteral: 1, 0, 1, 0, 1))
        for λ: Float in [0, 0.3] {
            model.lossAndGradients(users: u, items: v, labels: y, l2: λ)
            // Every call stores gradients: keep the analytic ones before the differences overwrite them.
            let analytics = model.parameters.map(\.gradient)
            for (parameter, analytic) in zip(model.parameters, analytics) {
                let saved = parameter.value
                let numerical = numericalGradient(of: { value in
                    parameter.value = value
                    defer { parameter.value = saved }
                    return model.lossAndGradients(users: u, items: v, labels: y, l2: λ)
                }, at: saved)
                let comparison = compareGradients(analytic: analytic, numerical: numerical)
                #expect(comparison.passes(), "\(parameter.name), λ = \(λ): \(comparison)")
            }
        }
    }

    @Test("negatives are never items the user chose, every other item comes up, and the same seed draws the same ones")
    func negatives() {
        let chosen: Set<Int> = [0, 1, 2]
        var a = SeededGenerator(seed: 1307), b = SeededGenerator(seed: 1307)
        let drawn = negativeSamples(count: 3000, items: 6, chosen: chosen, using: &a)
        #expect(drawn.count == 3000)
        // 1,000 expected for each of the three items left; four standard deviations is about 100.
        for item in 3..<6 { #expect(Swift.abs(drawn.filter { $0 == item }.count - 1000) < 110, "item \(item)") }
        #expect(drawn.allSatisfy { (3..<6).contains($0) })
        #expect(drawn == negativeSamples(count: 3000, items: 6, chosen: chosen, using: &b))
        #expect(negativeSamples(count: 5, items: 6, chosen: Set(0..<6), using: &a).isEmpty, "no item is left to draw")
    }

    @Test("hit rate at k ranks the held-out item among the items the user has not chosen")
    func hitRateByHand() {
        // Item scores, the same for every user: item 4 best, then 3, 2, 1, 0.
        let scores = Tensor([0, 1, 2, 3, 4])
        // User 0 chose item 4 in training, so its held-out item 3 ranks first of the rest; user 1's item 1
        // ranks fourth (behind 4, 3, 2); user 2's item 2 third.
        let heldOut = [(user: 0, item: 3), (user: 1, item: 1), (user: 2, item: 2)]
        let known: [Set<Int>] = [[4], [], []]
        #expect(hitRate(at: 1, heldOut: heldOut, known: known) { _ in scores } == 1.0 / 3)
        #expect(hitRate(at: 3, heldOut: heldOut, known: known) { _ in scores } == 2.0 / 3)
        #expect(hitRate(at: 4, heldOut: heldOut, known: known) { _ in scores } == 1)
    }

    @Test("leave-latest-out: each user's last choice is held out, repeats count once, numbers become dense; no choices stop")
    func implicitFeedbackSplit() throws {
        // User 7 chose film 30 at time 1, 10 at 5, 20 at 5 (a tie: the larger film is the later), 30 again
        // at 9; user 3 chose film 20 alone. Dense numbers: users 3 → 0, 7 → 1; films 10 → 0, 20 → 1, 30 → 2.
        let feedback = try ImplicitFeedback(choices: [(7, 30, 1), (3, 20, 4), (7, 20, 5), (7, 10, 5), (7, 30, 9)])
        #expect(feedback.userNumbers == [3, 7] && feedback.itemNumbers == [10, 20, 30])
        #expect(feedback.heldOut.map { [$0.user, $0.item] } == [[1, 1]])
        #expect(feedback.training.map { [$0.user, $0.item] } == [[0, 1], [1, 2], [1, 0]])
        #expect(feedback.chosen == [[1], [0, 2]])
        #expect(feedback.popularity.scalars == [1, 1, 1])
        let empty = #expect(throws: ImplicitFeedbackError.self) { try ImplicitFeedback(choices: []) }
        #expect(empty?.description.contains("empty") == true)
        let single = #expect(throws: ImplicitFeedbackError.self) { try ImplicitFeedback(choices: [(1, 1, 0), (2, 1, 0), (2, 1, 3)]) }
        #expect(single?.description.contains("no user chose more than 1 item,") == true)
    }

    @Test("adding rows back: a row named twice collects both; the rows' backward pass")
    func addRows() {
        var table = Tensor([[1, 1], [0, 0], [5, 5]])
        table.addRows(Tensor([[1, 2], [3, 4], [10, 20]]), at: [2, 0, 2])
        #expect(table.scalars == [4, 5, 0, 0, 16, 27])
    }

    @Test("nearest rows by cosine, nearest first, the row itself left out")
    func nearestByCosine() {
        let table = Tensor([[1, 0], [10, 1], [0, 3], [-1, 0], [1, 1]])
        #expect(nearestRows(to: 0, in: table, count: 3).map(\.row) == [1, 4, 2])
        #expect(nearestRows(to: 0, in: table, count: 2, among: [2, 3, 0]).map(\.row) == [2, 3])
        #expect(Swift.abs(nearestRows(to: 0, in: table, count: 1)[0].cosine - 10 / Float(101).squareRoot()) < 1e-6)
    }

    @Test("trained on two groups of users who choose from two groups of films, the model ranks held-out films above popularity")
    func recommenderLearnsGroups() throws {
        // 60 users, 20 films. Users 0..<30 choose among films 0..<10, the others among 10..<20; films 0
        // and 10 are chosen by everyone in their group, so popularity alone cannot tell the groups apart.
        var generator = SeededGenerator(seed: 1313)
        var choices: [(user: Int, item: Int, time: Int)] = []
        for user in 0..<60 {
            let base = user < 30 ? 0 : 10
            let films = [base] + Array((base + 1)..<(base + 10)).shuffled(using: &generator).prefix(5)
            for (time, film) in films.enumerated() { choices.append((user, film, time)) }
        }
        // A few users of the second group also chose the first group's films: the most popular overall.
        for user in 30..<36 { for film in 1..<4 { choices.append((user, film, -film)) } }
        let feedback = try ImplicitFeedback(choices: choices)
        let model = DotProductModel(users: feedback.users, items: feedback.items, dimension: 4, using: &generator)
        let losses = try trainRecommender(model, on: feedback, epochs: 60, batchSize: 32, negatives: 4,
                                          optimizer: Adam(learningRate: 0.03), using: &generator)
        let (first, last): (Float, Float) = (losses.prefix(10).reduce(0, +), losses.suffix(10).reduce(0, +))
        #expect(last < first / 2)
        let popularity = feedback.popularity
        let model3 = hitRate(at: 3, heldOut: feedback.heldOut, known: feedback.chosen) { model.scores(user: $0) }
        let popular3 = hitRate(at: 3, heldOut: feedback.heldOut, known: feedback.chosen) { _ in popularity }
        #expect(model3 > popular3 + 0.2, "model \(model3), popularity \(popular3)")
    }

    @Test("the loop adds the L2 penalty to gradients computed elsewhere: the same training as the model's own with it")
    func penaltyWithOtherGradients() throws {
        let feedback = try ImplicitFeedback(choices: [(0, 0, 0), (0, 1, 1), (0, 3, 2), (1, 1, 0), (1, 2, 1), (2, 3, 0), (2, 0, 1)])
        var runs: [(losses: [Float], users: Tensor, items: Tensor)] = []
        for own in [true, false] {
            var generator = SeededGenerator(seed: 1316)
            let model = DotProductModel(users: 3, items: 4, dimension: 2, using: &generator)
            let dataOnly: (DotProductModel, [Int], [Int], [Float]) -> Float = { $0.lossAndGradients(users: $1, items: $2, labels: $3) }
            let losses = try trainRecommender(model, on: feedback, epochs: 4, batchSize: 2, negatives: 2, optimizer: SGD(learningRate: 0.5),
                                              l2: 0.3, using: &generator, gradients: own ? nil : dataOnly)
            runs.append((losses, model.users.value, model.items.value))
        }
        #expect(runs[0].losses == runs[1].losses)
        #expect(runs[0].users.scalars == runs[1].users.scalars && runs[0].items.scalars == runs[1].items.scalars)
    }

    @Test("a recommender whose loss stops being finite stops at that step, naming it")
    func recommenderDivergence() throws {
        var generator = SeededGenerator(seed: 1314)
        let feedback = try ImplicitFeedback(choices: [(0, 0, 0), (0, 1, 1), (1, 1, 0), (1, 2, 1)])
        let model = DotProductModel(users: 2, items: 3, dimension: 2, using: &generator)
        var calls = 0
        let error = #expect(throws: DivergenceError.self) {
            try trainRecommender(model, on: feedback, epochs: 3, batchSize: 1, negatives: 1, optimizer: SGD(learningRate: 0.1),
                                 using: &generator, gradients: { model, users, items, labels in
                                     calls += 1
                                     let loss = model.lossAndGradients(users: users, items: items, labels: labels)
                                     return calls == 3 ? .infinity : loss
                                 })
        }
        #expect(error?.step == 3)
        #expect(error?.history.count == 2)
    }
}
