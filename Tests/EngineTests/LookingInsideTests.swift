import Foundation
import LookingInside
import Testing

/// Chapter 12's tools, each against a computation written independently here: the gradients
/// against central differences of the same network evaluated in Double, the mask and the attack
/// against values worked by hand.
@Suite("Looking inside a network")
struct LookingInsideTests {
    /// standardise → conv 3 × 3 (1 → 2) → ReLU → 2 × 2 max pooling → flatten → fc 8 → 3, on 6 × 6
    /// images, with the numbers it is built from for `doubleScores` to recompute.
    struct SmallNetwork {
        let normalization: Normalization
        let kernel: Tensor, convolutionBias: Tensor, weight: Tensor, bias: Tensor
        let network: Sequential

        init(seed: UInt64) {
            var generator = SeededGenerator(seed: seed)
            normalization = Normalization(standardizing: Tensor.uniform([20, 36], using: &generator))
            kernel = Tensor.normal([2, 1, 3, 3], using: &generator)
            convolutionBias = Tensor.normal([2], standardDeviation: 0.1, using: &generator)
            weight = Tensor.normal([8, 3], using: &generator)
            bias = Tensor.normal([3], using: &generator)
            network = Sequential([PixelStandardization(normalization), Conv2D(weight: kernel, bias: convolutionBias), ReLU(),
                                  MaxPool2D(size: 2), Flatten(), Linear(weight: weight, bias: bias)])
        }

        /// The conv layer's output maps [2, 4, 4] of one image of 36 pixels, in Double.
        func doubleMaps(_ x: [Double]) -> [Double] {
            let z = (0..<36).map { (x[$0] - Double(normalization.mean[$0])) / Double(normalization.scale[$0]) }
            var maps = [Double](repeating: 0, count: 32)
            for o in 0..<2 {
                for i in 0..<4 {
                    for j in 0..<4 {
                        var sum = Double(convolutionBias[o])
                        for u in 0..<3 { for v in 0..<3 { sum += Double(kernel[o, 0, u, v]) * z[(i + u) * 6 + j + v] } }
                        maps[(o * 4 + i) * 4 + j] = Swift.max(0, sum)
                    }
                }
            }
            return maps
        }

        /// The three scores of one image, in Double.
        func doubleScores(_ x: [Double]) -> [Double] {
            let maps = doubleMaps(x)
            var pooled = [Double]()
            for o in 0..<2 {
                for i in 0..<2 {
                    for j in 0..<2 {
                        pooled.append([0, 1, 4, 5].map { maps[(o * 4 + 2 * i) * 4 + 2 * j + $0 % 4 + ($0 / 4) * 4] }.max()!)
                    }
                }
            }
            return (0..<3).map { k in (0..<8).reduce(Double(bias[k])) { $0 + pooled[$1] * Double(weight[$1, k]) } }
        }
    }

    /// Central differences of `f` at `x` in Double, with a step small enough that no ReLU or
    /// pooling decision changes within it.
    static func doubleGradient(_ f: ([Double]) -> Double, at x: [Double]) -> [Double] {
        let h = 1e-6
        return x.indices.map { k in
            var (up, down) = (x, x)
            up[k] += h
            down[k] -= h
            return (f(up) - f(down)) / (2 * h)
        }
    }

    static func images(_ count: Int, seed: UInt64) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        return Tensor.uniform([count, 1, 6, 6], using: &generator)
    }

    static func close(_ a: [Float], _ b: [Double], tolerance: Double = 1e-3) -> Bool {
        let scale = Swift.max(1, b.map(Swift.abs).max() ?? 0)
        return zip(a, b).allSatisfy { Swift.abs(Double($0) - $1) <= tolerance * scale }
    }

    @Test("the saliency of each image is the gradient of its own class's score, as central differences in Double measure it")
    func saliencyIsTheScoreGradient() {
        let small = SmallNetwork(seed: 1201)
        let x = Self.images(3, seed: 1202)
        let classes = [2, 0, 1]
        let (scores, gradient) = small.network.scoreGradient(x, classes: classes)
        #expect(gradient.shape == x.shape)
        for i in 0..<3 {
            let pixels = x.row(i).scalars.map(Double.init)
            #expect(Self.close(scores.row(i).scalars, small.doubleScores(pixels)))
            let expected = Self.doubleGradient({ small.doubleScores($0)[classes[i]] }, at: pixels)
            #expect(Self.close(gradient.row(i).scalars, expected), "image \(i): \(gradient.row(i).scalars) against \(expected)")
        }
    }

    @Test("the loss gradient is each image's own cross-entropy gradient, not divided by the batch")
    func lossGradientIsEachImages() {
        let small = SmallNetwork(seed: 1203)
        let x = Self.images(2, seed: 1204)
        let labels = Tensor([1, 2])
        let gradient = small.network.lossGradient(x, labels: labels).gradient
        for i in 0..<2 {
            let label = Int(labels[i])
            let loss: ([Double]) -> Double = { pixels in
                let s = small.doubleScores(pixels)
                let largest = s.max()!
                return -(s[label] - largest - Foundation.log(s.reduce(0) { $0 + Foundation.exp($1 - largest) }))
            }
            let expected = Self.doubleGradient(loss, at: x.row(i).scalars.map(Double.init))
            #expect(Self.close(gradient.row(i).scalars, expected), "image \(i): \(gradient.row(i).scalars) against \(expected)")
        }
    }

    @Test("a channel's mean activation and its gradient, through the layers up to the ReLU")
    func channelMean() {
        let small = SmallNetwork(seed: 1205)
        let prefix = Sequential(Array(small.network.layers.prefix(3)))
        let x = Self.images(2, seed: 1206)
        for channel in 0..<2 {
            let (means, gradient) = prefix.channelMeanGradient(x, channel: channel)
            for i in 0..<2 {
                let mean: ([Double]) -> Double = { small.doubleMaps($0)[(channel * 16)..<(channel * 16 + 16)].reduce(0, +) / 16 }
                let pixels = x.row(i).scalars.map(Double.init)
                #expect(Self.close([means[i]], [mean(pixels)]))
                #expect(Self.close(gradient.row(i).scalars, Self.doubleGradient(mean, at: pixels)))
            }
        }
    }

    @Test("the standardising layer computes (x − μ)/σ, and its backward divides by σ")
    func standardization() {
        let small = SmallNetwork(seed: 1207)
        let layer = PixelStandardization(small.normalization)
        let x = Self.images(2, seed: 1208)
        #expect(layer.forward(x).scalars == small.normalization.apply(x.reshaped([2, 36])).scalars)
        let dy = Self.images(2, seed: 1209)
        let dx = layer.backward(dy)
        for k in 0..<72 { #expect(Swift.abs(dx[flat: k] * small.normalization.scale[k % 36] - dy[flat: k]) < 1e-5) }
    }

    /// fc 16 → 2 on 4 × 4 images, whose probabilities are worked out here for each masked copy.
    @Test("the occlusion map holds the class's probability with the mask at each position, row by row")
    func occlusion() throws {
        var generator = SeededGenerator(seed: 1210)
        let weight = Tensor.normal([16, 2], using: &generator)
        let network = Sequential([Flatten(), Linear(weight: weight, bias: Tensor([0.1, -0.2]))])
        let image = Tensor.uniform([1, 4, 4], using: &generator)
        let mask = OcclusionMask(size: 2, stride: 2, fill: 0.5)
        let (unmasked, map) = network.occlusionMap(image, label: 1, mask: mask)
        #expect(map.shape == [2, 2])
        func probability(_ pixels: [Float]) -> Double {
            let s = (0..<2).map { k in (0..<16).reduce(Double(k == 0 ? 0.1 : -0.2)) { $0 + Double(pixels[$1] * weight[$1, k]) } }
            return Foundation.exp(s[1]) / (Foundation.exp(s[0]) + Foundation.exp(s[1]))
        }
        #expect(Swift.abs(Double(unmasked) - probability(image.scalars)) < 1e-5)
        for row in 0..<2 {
            for column in 0..<2 {
                var pixels = image.scalars
                for u in 0..<2 { for v in 0..<2 { pixels[(2 * row + u) * 4 + 2 * column + v] = 0.5 } }
                #expect(Swift.abs(Double(map[row, column]) - probability(pixels)) < 1e-5, "position (\(row), \(column))")
            }
        }
        #expect(OcclusionMask(size: 3, stride: 1, fill: 0).positions(height: 28, width: 28)! == (26, 26))
        #expect(OcclusionMask(size: 5, stride: 2, fill: 0).positions(height: 28, width: 28)! == (12, 12))
        #expect(OcclusionMask(size: 29, stride: 1, fill: 0).positions(height: 28, width: 28) == nil)
        #expect(OcclusionMask(size: 3, stride: 0, fill: 0).positions(height: 28, width: 28) == nil)
    }

    @Test("SmoothGrad of a linear network is its weight column, whatever the noise; with no noise it is the saliency")
    func smoothGrad() {
        var generator = SeededGenerator(seed: 1211)
        let weight = Tensor.normal([16, 3], using: &generator)
        let linear = Sequential([Flatten(), Linear(weight: weight, bias: .zeros([3]))])
        let image = Tensor.uniform([1, 4, 4], using: &generator)
        let smoothed = linear.smoothGrad(image, label: 2, samples: 8, noise: 0.3, using: &generator)
        #expect(smoothed.shape == [1, 4, 4])
        for k in 0..<16 { #expect(Swift.abs(smoothed[flat: k] - weight[k, 2]) < 1e-5) }
        let small = SmallNetwork(seed: 1212)
        let x = Self.images(1, seed: 1213)
        let plain = small.network.scoreGradient(x, classes: [1]).gradient
        let noiseless = small.network.smoothGrad(x.row(0), label: 1, samples: 4, noise: 0, using: &generator)
        #expect(Self.close(noiseless.scalars, plain.scalars.map(Double.init), tolerance: 1e-6))
    }

    @Test("one regularised ascent step is x + η(∂a/∂x − 2λx), held to the range; the ascent settles at w / 2λ")
    func ascent() {
        let x = Tensor([0.5, 0.2, 0.9])
        let step = regularizedAscentStep(x, gradient: Tensor([1, -1, 4]), learningRate: 0.1, l2: 0.5, range: 0...1)
        // 0.5 + 0.1 (1 − 0.5), 0.2 + 0.1 (−1 − 0.2), 0.9 + 0.1 (4 − 0.9) = 1.21, held to 1.
        for (value, expected) in zip(step.scalars, [0.55, 0.08, 1] as [Float]) { #expect(Swift.abs(value - expected) < 1e-6) }
        // a(x) = w · x − λ‖x‖² is largest at x = w / 2λ: (0.2, −0.4, 0.6) with λ = 0.5, the −0.4 held to 0.
        let w = Tensor([0.2, -0.4, 0.6])
        let (found, values) = maximizeResponse(from: .zeros([1, 3]), steps: 200, learningRate: 0.1, l2: 0.5, range: 0...1) { x in
            ([(x * w.reshaped([1, 3])).sum()], w.reshaped([1, 3]))
        }
        for (value, expected) in zip(found.scalars, [0.2, 0, 0.6] as [Float]) { #expect(Swift.abs(value - expected) < 1e-4) }
        #expect(Swift.abs(values[0] - 0.4) < 1e-4)
    }

    @Test("the fast gradient sign method moves each pixel by ε the loss's way, leaves a flat pixel, and keeps [0, 1]")
    func fastGradientSignMethod() {
        let x = Tensor([0.5, 0.05, 0.95, 0.3])
        let attacked = fastGradientSign(x, lossGradient: Tensor([2, -1, 3, 0]), epsilon: 0.1, range: 0...1)
        for (value, expected) in zip(attacked.scalars, [0.6, 0, 1, 0.3] as [Float]) { #expect(Swift.abs(value - expected) < 1e-6) }
        let small = SmallNetwork(seed: 1214)
        let data = Dataset(inputs: Self.images(40, seed: 1215), targets: Tensor((0..<40).map { Float($0 % 3) }))
        let accuracies = small.network.accuracyUnderAttack(data, epsilons: [0, 0.5], range: 0...1, batchSize: 16)
        #expect(accuracies[0] == small.network.evaluate(data).accuracy)
        #expect(accuracies[1] < accuracies[0], "a step of half the pixel range lowers the accuracy: \(accuracies)")
    }

    @Test("nearest class centre: points by hand, one of them nearer the other class's centre")
    func nearestCentre() {
        // Class 0 around (0, 0), class 1 around (4, 0); the last class-0 point sits at (3, 0), nearer (4, 0).
        let points = Tensor([[0, 1], [0, -1], [-1, 0], [3, 0], [4, 1], [4, -1], [5, 0], [3.5, 0]])
        let labels = [0, 0, 0, 0, 1, 1, 1, 1]
        // Centres: class 0 (0.5, 0), class 1 (4.125, 0). (3, 0) is 2.5 from the first, 1.125 from the second.
        #expect(nearestCentreAccuracy(points, labels: labels) == 7.0 / 8)
        #expect(nearestCentreAccuracy(points.rows([0, 1, 2, 4, 5, 6]), labels: [0, 0, 0, 1, 1, 1]) == 1)
    }

    @Test("ssyev's eigenpairs satisfy A v = λ v, ascending; principal components find the direction of largest variance")
    func principalComponents() {
        var generator = SeededGenerator(seed: 1216)
        let b = Tensor.normal([5, 5], using: &generator)
        let a = b + b.transposed()
        let (values, vectors) = symmetricEigen(a)
        #expect(values == values.sorted())
        for j in 0..<5 {
            let v = vectors.row(j)
            let av = matmul(a, v.reshaped([5, 1])).scalars
            for k in 0..<5 { #expect(Swift.abs(av[k] - values[j] * v[k]) < 1e-4) }
            #expect(Swift.abs((v * v).sum() - 1) < 1e-5)
        }
        // Points spread along u = (3, 4)/5 with variance 4, and across it with variance 0.01.
        let n = 2000
        let along = Tensor.normal([n], standardDeviation: 2, using: &generator), across = Tensor.normal([n], standardDeviation: 0.1, using: &generator)
        var scalars: [Float] = []
        for i in 0..<n {
            let (t, e) = (along[i], across[i])
            scalars += [0.6 * t - 0.8 * e + 1, 0.8 * t + 0.6 * e - 2]
        }
        let points = Tensor(shape: [n, 2], scalars: scalars)
        let pca = PrincipalComponents(fitting: points, count: 2)
        #expect(Swift.abs(Swift.abs(pca.components[0, 0]) - 0.6) < 0.01 && Swift.abs(Swift.abs(pca.components[0, 1]) - 0.8) < 0.01)
        #expect(Swift.abs(pca.variances[0] - 4) < 0.4 && Swift.abs(pca.variances[1] - 0.01) < 0.002)
        #expect(Swift.abs(pca.variances.reduce(0, +) - pca.totalVariance) < 1e-3)
        let coordinates = pca.project(points)
        let sign: Float = pca.components[0, 0] > 0 ? 1 : -1
        for i in 0..<5 { #expect(Swift.abs(coordinates[i, 0] - sign * along[i]) < 0.15) }
    }
}
