import ConvolutionalNetworks
import Testing

@Suite("Convolutional layers")
struct ConvolutionTests {
    /// Images [n, c, h, w] of normal noise.
    static func images(_ shape: [Int], seed: UInt64) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        return Tensor.normal(shape, using: &generator)
    }

    /// The largest entry-wise difference, relative to the largest entry of `expected` (at least 1).
    static func difference(_ actual: Tensor, _ expected: Tensor) -> Float {
        abs(actual - expected).max() / Swift.max(abs(expected).max(), 1)
    }

    @Test("the lecture's worked example: a 5×5 image and a 3×3 kernel give 4 3 4 / 2 4 3 / 2 3 4")
    func workedExample() {
        let image = Tensor(shape: [1, 1, 5, 5], scalars: [1, 1, 1, 0, 0,
                                                          0, 1, 1, 1, 0,
                                                          0, 0, 1, 1, 1,
                                                          0, 0, 1, 1, 0,
                                                          0, 1, 1, 0, 0])
        let kernel = Tensor(shape: [1, 1, 3, 3], scalars: [1, 0, 1, 0, 1, 0, 1, 0, 1])
        let expected = Tensor(shape: [1, 1, 3, 3], scalars: [4, 3, 4, 2, 4, 3, 2, 3, 4])
        #expect(directConvolution2D(image, kernel: kernel, bias: Tensor([0])) == expected)
        #expect(Conv2D(weight: kernel, bias: Tensor([0])).forward(image) == expected)
    }

    @Test("1-D: correlation slides the kernel as it is, convolution flips it")
    func oneDimension() {
        let signal = Tensor([1, 2, 3, 4, 5]), kernel = Tensor([1, 0, -1])
        // yᵢ = xᵢ − xᵢ₊₂ against xᵢ₊₂ − xᵢ.
        #expect(correlate1D(signal, kernel) == Tensor([-2, -2, -2]))
        #expect(convolve1D(signal, kernel) == Tensor([2, 2, 2]))
        // Convolution commutes: k ∗ x = x ∗ k when both are full signals of equal length.
        let a = Tensor([1, 2, 3]), b = Tensor([4, 5, 6])
        #expect(convolve1D(a, b) == convolve1D(b, a))
    }

    /// Odd shapes: stride 2, padding 1 and 2, non-square kernels, one channel and many.
    static let shapes: [(input: [Int], kernel: [Int], stride: Int, padding: Int)] = [
        ([2, 1, 7, 7], [3, 1, 3, 3], 1, 0),
        ([2, 3, 8, 9], [4, 3, 3, 3], 2, 1),
        ([1, 2, 6, 5], [3, 2, 2, 4], 1, 2),
        ([3, 4, 9, 7], [2, 4, 5, 3], 2, 2),
        ([2, 5, 4, 4], [6, 5, 1, 1], 1, 0),
        ([1, 1, 5, 5], [1, 1, 5, 5], 3, 1),
        // Output rows wider than a kernel row's values: the layer unrolls patches as columns.
        ([2, 2, 15, 14], [3, 2, 3, 2], 2, 1),
        ([2, 1, 12, 11], [2, 1, 4, 3], 1, 2),
    ]

    /// Shape `index` of `shapes` with random images, kernel and bias drawn from `seed`, and the
    /// generator to draw ∂y from.
    static func problem(_ index: Int, seed: UInt64)
        -> (x: Tensor, kernel: Tensor, bias: Tensor, stride: Int, padding: Int, generator: SeededGenerator, name: String) {
        let (inputShape, kernelShape, stride, padding) = shapes[index]
        let x = images(inputShape, seed: seed + UInt64(index))
        var generator = SeededGenerator(seed: seed + 100 + UInt64(index))
        let kernel = Tensor.normal(kernelShape, using: &generator), bias = Tensor.normal([kernelShape[0]], using: &generator)
        return (x, kernel, bias, stride, padding, generator, "\(inputShape) * \(kernelShape) s\(stride) p\(padding)")
    }

    @Test("Conv2D by im2col matches the direct loops, forward and backward, on odd shapes",
          arguments: Array(shapes.indices))
    func matchesDirect(_ index: Int) {
        var (x, kernel, bias, stride, padding, generator, name) = Self.problem(index, seed: 600)
        let layer = Conv2D(weight: kernel, bias: bias, stride: stride, padding: padding)
        let y = layer.forward(x)
        let reference = directConvolution2D(x, kernel: kernel, bias: bias, stride: stride, padding: padding)
        #expect(y.shape == reference.shape)
        #expect(Self.difference(y, reference) < 1e-5, "forward \(name)")
        let dy = Tensor.normal(y.shape, using: &generator)
        let dx = layer.backward(dy)
        let expected = directConvolution2DBackward(x, kernel: kernel, outputGradient: dy, stride: stride, padding: padding)
        #expect(Self.difference(dx, expected.input) < 1e-5, "∂x")
        #expect(Self.difference(layer.weight.gradient, expected.kernel) < 1e-5, "∂W")
        #expect(Self.difference(layer.bias.gradient, expected.bias) < 1e-5, "∂b")
    }

    // Conv2D and ReLU are each gradient-checked; this shows the fused layer is their composition.
    // (A finite-difference check of the fused layer itself would straddle ReLU's kink.)
    @Test("a Conv2D that applies its own ReLU gives the numbers of Conv2D then ReLU, forward and backward",
          arguments: Array(shapes.indices))
    func fusedReLUMatchesSeparateReLU(_ index: Int) {
        var (x, kernel, bias, stride, padding, generator, name) = Self.problem(index, seed: 650)
        let fused = Conv2D(weight: kernel, bias: bias, stride: stride, padding: padding, followedByReLU: true)
        let conv = Conv2D(weight: kernel, bias: bias, stride: stride, padding: padding), relu = ReLU()
        let y = fused.forward(x), expected = relu.forward(conv.forward(x))
        // Outputs cut to zero and outputs let through, or the mask would not be tested (one
        // shape has a single output).
        if y.count > 1 { #expect(y.min() == 0 && y.max() > 0, "\(name)") }
        #expect(Self.difference(y, expected) < 1e-6, "forward \(name)")
        let dy = Tensor.normal(y.shape, using: &generator)
        let dx = fused.backward(dy), expectedDx = conv.backward(relu.backward(dy))
        #expect(Self.difference(dx, expectedDx) < 1e-6, "∂x")
        #expect(Self.difference(fused.weight.gradient, conv.weight.gradient) < 1e-6, "∂W")
        #expect(Self.difference(fused.bias.gradient, conv.bias.gradient) < 1e-6, "∂b")
    }

    // MaxPool2D is gradient-checked; this shows the pooling layer is its composition with Conv2D
    // (and ReLU), on every shape whose output has a 2 × 2 window, odd sizes and both layouts included.
    @Test("a Conv2D that pools its own output gives the numbers of Conv2D, ReLU and MaxPool2D, forward and backward",
          arguments: Array(shapes.indices), [false, true])
    func fusedPoolingMatchesSeparatePooling(_ index: Int, relu: Bool) {
        var (x, kernel, bias, stride, padding, generator, name) = Self.problem(index, seed: 660)
        let conv = Conv2D(weight: kernel, bias: bias, stride: stride, padding: padding, followedByReLU: relu)
        let pool = MaxPool2D(size: 2)
        let full = conv.forward(x)
        guard full.shape[2] >= 2 && full.shape[3] >= 2 else { return }
        let fused = Conv2D(weight: kernel, bias: bias, stride: stride, padding: padding, followedByReLU: relu, maxPooled: true)
        let y = fused.forward(x), expected = pool.forward(full)
        #expect(y.shape == expected.shape, "\(name)")
        #expect(Self.difference(y, expected) < 1e-6, "forward \(name)")
        let dy = Tensor.normal(y.shape, using: &generator)
        let dx = fused.backward(dy), expectedDx = conv.backward(pool.backward(dy))
        #expect(Self.difference(dx, expectedDx) < 1e-6, "∂x \(name)")
        #expect(Self.difference(fused.weight.gradient, conv.weight.gradient) < 1e-6, "∂W \(name)")
        #expect(Self.difference(fused.bias.gradient, conv.bias.gradient) < 1e-6, "∂b \(name)")
    }

    @Test("2 × 2 max pooling routes each gradient to its window's winner and writes zero elsewhere, odd sizes included")
    func maxPoolBackwardWritesEveryInput() {
        // Widths of 10 and 9: four windows at a time and the windows left over; heights of 7
        // leave a last row that no window covers.
        for shape in [[2, 3, 7, 10], [1, 2, 6, 9]] {
            let x = Self.images(shape, seed: 647)
            let pool = MaxPool2D(size: 2)
            let y = pool.forward(x)
            var generator = SeededGenerator(seed: 648)
            let dy = Tensor.normal(y.shape, using: &generator)
            var expected = [Float](repeating: 0, count: x.count)
            for out in 0..<y.count { expected[Int(pool.winners[out])] += dy[flat: out] }
            #expect(pool.backward(dy).scalars == expected, "\(shape)")
        }
    }

    @Test("the direct backward agrees with finite differences (the reference is itself checked)")
    func directBackwardIsRight() {
        let x = Self.images([2, 2, 5, 4], seed: 610)
        var generator = SeededGenerator(seed: 611)
        let kernel = Tensor.normal([3, 2, 3, 2], using: &generator), bias = Tensor.normal([3], using: &generator)
        let y = directConvolution2D(x, kernel: kernel, bias: bias, stride: 2, padding: 1)
        let projection = Tensor.normal(y.shape, using: &generator)
        func loss(_ x: Tensor, _ kernel: Tensor) -> Double {
            let y = directConvolution2D(x, kernel: kernel, bias: bias, stride: 2, padding: 1)
            return (0..<y.count).reduce(0.0) { $0 + Double(y[flat: $1]) * Double(projection[flat: $1]) }
        }
        let analytic = directConvolution2DBackward(x, kernel: kernel, outputGradient: projection, stride: 2, padding: 1)
        #expect(compareGradients(analytic: analytic.input, numerical: numericalGradient(of: { loss($0, kernel) }, at: x),
                                 floor: 1e-2).passes())
        #expect(compareGradients(analytic: analytic.kernel, numerical: numericalGradient(of: { loss(x, $0) }, at: kernel),
                                 floor: 1e-2).passes())
    }

    @Test("gradient checks: Conv2D, both poolings, Flatten")
    func layerGradients() {
        var generator = SeededGenerator(seed: 620)
        let layers: [(any Layer, [Int])] = [
            (Conv2D(2, 3, kernelSize: (3, 2), stride: 2, padding: 1, using: &generator), [2, 2, 6, 5]),
            (MaxPool2D(size: 2), [2, 3, 6, 4]),
            (MaxPool2D(size: 3, stride: 2), [1, 2, 7, 7]),
            (AvgPool2D(size: 2), [2, 3, 4, 6]),
            (Flatten(), [2, 3, 2, 2]),
        ]
        for (index, (layer, shape)) in layers.enumerated() {
            // Inputs spread out, so that no max-pooling window holds a near tie.
            let x = Self.images(shape, seed: UInt64(630 + index)) * 3
            for report in checkLayerGradients(layer, input: x, using: &generator) {
                #expect(report.comparison.passes(), "\(layer.description) \(report)")
            }
        }
    }

    @Test("max pooling picks the first of tied values, in reading order, for every window size and stride",
          arguments: [(2, 2), (3, 2), (2, 1)])
    func maxPoolingTies(size: Int, stride: Int) {
        // Values from {0, 1, 2}, so most windows hold ties, as after a ReLU.
        var generator = SeededGenerator(seed: 645)
        let x = Tensor(shape: [2, 3, 7, 8], scalars: (0..<(2 * 3 * 7 * 8)).map { _ in Float(Int.random(in: 0...2, using: &generator)) })
        let pool = MaxPool2D(size: size, stride: stride)
        let y = pool.forward(x)
        let (oh, ow) = (y.shape[2], y.shape[3])
        for plane in 0..<6 {
            for i in 0..<oh {
                for j in 0..<ow {
                    var best = plane * 56 + i * stride * 8 + j * stride
                    for u in 0..<size {
                        for v in 0..<size where x[flat: plane * 56 + (i * stride + u) * 8 + j * stride + v] > x[flat: best] {
                            best = plane * 56 + (i * stride + u) * 8 + j * stride + v
                        }
                    }
                    let out = (plane * oh + i) * ow + j
                    #expect(y[flat: out] == x[flat: best] && Int(pool.winners[out]) == best,
                            "window (\(plane), \(i), \(j)): value \(y[flat: out]) from \(pool.winners[out]), expected \(x[flat: best]) from \(best)")
                }
            }
        }
    }

    @Test("gradient check of a small whole CNN: conv, tanh, max-pool, conv, tanh, average pool, flatten, linear")
    func smallNetwork() throws {
        var generator = SeededGenerator(seed: 640)
        let network = Sequential([Conv2D(1, 3, kernelSize: 3, padding: 1, name: "conv1", using: &generator), Tanh(),
                                  MaxPool2D(size: 2),
                                  Conv2D(3, 4, kernelSize: 2, name: "conv2", using: &generator), Tanh(),
                                  AvgPool2D(size: 2), Flatten(), Linear(4, 3, name: "fc", using: &generator)])
        // Max pooling has a kink where two values of a window tie; finite differences with a
        // step of 0.01 must not cross one (a step in a conv1 weight moves its outputs by up to
        // 0.01 · |x|). Take the first input whose windows all have a clear winner: the top two
        // at least 0.04 apart after conv1 and tanh.
        func smallestGap(_ x: Tensor) -> Float {
            let pooled = network.layerOutputs(x)[1]   // after conv1 and tanh: [n, 3, 6, 6]
            var gap = Float.infinity
            for plane in 0..<(pooled.count / 36) {
                for i in 0..<3 {
                    for j in 0..<3 {
                        let window = [0, 1, 6, 7].map { pooled[flat: plane * 36 + (2 * i) * 6 + 2 * j + $0] }.sorted()
                        gap = Swift.min(gap, window[3] - window[2])
                    }
                }
            }
            return gap
        }
        let x = try #require((641..<2641).lazy.map { Self.images([1, 1, 6, 6], seed: UInt64($0)) }
                                .first { smallestGap($0) > 0.04 })
        let reports = checkLayerGradients(network, input: x, using: &generator)
        #expect(reports.count == 1 + 6)
        for report in reports { #expect(report.comparison.passes(), "\(report)") }
    }

    @Test("max pooling keeps each window's largest value and routes the gradient to it alone")
    func maxPoolRouting() {
        let x = Tensor(shape: [1, 1, 2, 4], scalars: [1, 5, -2, 0,
                                                      3, 2, -1, -3])
        let pool = MaxPool2D(size: 2)
        #expect(pool.forward(x) == Tensor(shape: [1, 1, 1, 2], scalars: [5, 0]))
        #expect(pool.backward(Tensor(shape: [1, 1, 1, 2], scalars: [10, 20]))
                == Tensor(shape: [1, 1, 2, 4], scalars: [0, 10, 0, 20, 0, 0, 0, 0]))
        let average = AvgPool2D(size: 2)
        #expect(average.forward(x) == Tensor(shape: [1, 1, 1, 2], scalars: [2.75, -1.5]))
    }

    @Test("im2col lays out each patch as a column, zeros in the padding")
    func im2colLayout() {
        let x = Tensor(shape: [1, 1, 2, 2], scalars: [1, 2, 3, 4])
        // 2×2 kernel, padding 1: a 3×3 output; row (u, v), column (i, j).
        let columns = x.im2col(image: 0, kernelHeight: 2, kernelWidth: 2, padding: 1)
        #expect(columns.shape == [4, 9])
        #expect(columns.row(0) == Tensor([0, 0, 0, 0, 1, 2, 0, 3, 4]))   // u = 0, v = 0: x[i − 1, j − 1]
        #expect(columns.row(3) == Tensor([1, 2, 0, 3, 4, 0, 0, 0, 0]))   // u = 1, v = 1: x[i, j]
    }

    @Test("padding and permuting images")
    func tensorImageHelpers() {
        let x = Tensor(shape: [1, 2, 1, 2], scalars: [1, 2, 3, 4])
        let padded = x.zeroPadded(1)
        #expect(padded.shape == [1, 2, 3, 4])
        #expect(padded.scalars == [0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0,
                                   0, 0, 0, 0, 0, 3, 4, 0, 0, 0, 0, 0])
        let nhwc = x.permuted([0, 2, 3, 1])
        #expect(nhwc.shape == [1, 1, 2, 2])
        #expect(nhwc.scalars == [1, 3, 2, 4])
        #expect(nhwc.permuted([0, 3, 1, 2]) == x)
    }

    @Test("a kernel's initial variance follows its fan-in c·kh·kw")
    func kernelInitialisation() {
        var generator = SeededGenerator(seed: 650)
        let layer = Conv2D(16, 32, kernelSize: 5, using: &generator)
        #expect(layer.weight.value.shape == [32, 16, 5, 5])
        let variance = layer.weight.value.squared().mean()
        #expect(Swift.abs(variance / (2 / 400) - 1) < 0.05, "He: 2 / (16·25), measured \(variance)")
    }

    @Test("a kernel that does not fit, a channel mismatch and a stride of 0 stop with the layer and both shapes named")
    func badInput() async throws {
        let tooLarge = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Conv2D(weight: .zeros([2, 1, 5, 5]), bias: .zeros([2]), padding: 0, name: "conv1").forward(.zeros([1, 1, 4, 4]))
        })
        let tooLargeMessage = String(decoding: tooLarge.standardErrorContent, as: UTF8.self)
        #expect(tooLargeMessage.contains("conv1") && tooLargeMessage.contains("5 × 5 window does not fit")
                && tooLargeMessage.contains("[1, 1, 4, 4]"))
        let channels = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Conv2D(weight: .zeros([8, 3, 3, 3]), bias: .zeros([8]), name: "conv2").forward(.zeros([2, 1, 6, 6]))
        })
        let channelsMessage = String(decoding: channels.standardErrorContent, as: UTF8.self)
        #expect(channelsMessage.contains("conv2") && channelsMessage.contains("expects 3 input channels")
                && channelsMessage.contains("[2, 1, 6, 6]") && channelsMessage.contains("[8, 3, 3, 3]"))
        let stride = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Conv2D(weight: .zeros([1, 1, 3, 3]), bias: .zeros([1]), stride: 0, name: "conv3")
        })
        #expect(String(decoding: stride.standardErrorContent, as: UTF8.self).contains("Conv2D conv3: the stride must be at least 1"))
    }
}
