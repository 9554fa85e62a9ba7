@testable import ConvolutionalNetworks
import Kernels
import Testing

/// Each layer of chapter 06 with a fast path (FastPaths.swift) run both ways on the same input
/// and output gradient: the readable layer, as the notes derive it, and the fast path, which
/// splits the batch across the cores, unrolls its patches in one of two layouts, and pools
/// 2 × 2 windows four at a time. The shapes are chosen to reach every one of those branches.
@Suite("Fast paths: Conv2D and MaxPool2D give their readable layers' numbers")
struct ConvolutionFastPathTests {
    /// What one path computed: the output, ∂L/∂x, each parameter's gradient after `backward`,
    /// and each parameter's gradient after `backwardParametersOnly`.
    struct Pass {
        var output: Tensor, inputGradient: Tensor, gradients: [Tensor], gradientsWithoutInput: [Tensor]
    }

    /// Runs `layer` forward and backward by the path asked for, with ∂L/∂y drawn from `seed`,
    /// then forward and `backwardParametersOnly` from parameter gradients set to zero.
    static func pass(_ layer: some FastPathLayer, fast: Bool, _ x: Tensor, seed: UInt64) -> Pass {
        layer.usesFastPath = fast
        let y = layer.forward(x)
        var generator = SeededGenerator(seed: seed)
        let dy = Tensor.normal(y.shape, using: &generator)
        let dx = layer.backward(dy)
        let gradients = layer.parameters.map(\.gradient)
        for parameter in layer.parameters { parameter.gradient = .zeros(parameter.value.shape) }
        _ = layer.forward(x)
        layer.backwardParametersOnly(dy)
        return Pass(output: y, inputGradient: dx, gradients: gradients, gradientsWithoutInput: layer.parameters.map(\.gradient))
    }

    /// `actual` equals `expected` within 1e-5 of max(|expected|, 1), or an issue naming `what`.
    static func expectClose(_ actual: Tensor, _ expected: Tensor, _ what: String) {
        guard actual.shape == expected.shape else {
            Issue.record("\(what): shape \(actual.shape), expected \(expected.shape)")
            return
        }
        let difference = ConvolutionTests.difference(actual, expected)
        #expect(difference < 1e-5, "\(what): relative difference \(difference)")
    }

    /// The fast pass against the readable one, entry by entry.
    static func expectSame(_ fast: Pass, _ readable: Pass, _ name: String) {
        expectClose(fast.output, readable.output, "forward \(name)")
        expectClose(fast.inputGradient, readable.inputGradient, "∂x \(name)")
        for (index, (gradient, expected)) in zip(fast.gradients, readable.gradients).enumerated() {
            expectClose(gradient, expected, "parameter \(index)'s gradient \(name)")
            expectClose(fast.gradientsWithoutInput[index], expected, "parameter \(index)'s gradient, parameters only, fast \(name)")
            expectClose(readable.gradientsWithoutInput[index], expected, "parameter \(index)'s gradient, parameters only \(name)")
        }
    }

    /// Batches of 3 and 5 images (not a multiple of the cores, up to 8, that the fast path splits
    /// them across), channels and kernels not multiples of 8 or 16, stride 2, padding 1, and
    /// outputs of odd sides to pool. The fast path unrolls patches as columns when kw·c ≤ ow and
    /// as rows otherwise; `layout` is the one each shape takes.
    static let convolutions: [(input: [Int], kernel: [Int], stride: Int, padding: Int, layout: PatchLayout, direct: Bool)] = [
        // One channel on a wide image, kw·c = 3 ≤ ow = 20: columns, two images a product.
        ([3, 1, 9, 20], [5, 1, 3, 3], 1, 1, .columns, false),
        // 24 × 24 outputs: one image a product, whose ∂Y the products read where it lies.
        ([5, 1, 28, 28], [4, 1, 5, 5], 1, 0, .columns, false),
        // Three channels, stride 2, a 3 × 2 kernel: kw·c = 6 ≤ ow = 16, columns; 6 × 16 pooled to 3 × 8.
        ([3, 3, 11, 30], [5, 3, 3, 2], 2, 1, .columns, false),
        // 17 kernels at stride 2: kw·c = 9 > ow = 4, rows; 5 × 4 pooled to 2 × 2, a row left out.
        ([5, 3, 9, 7], [17, 3, 3, 3], 2, 1, .rows, false),
        // 17 channels on a small image: kw·c = 51 > ow = 7, rows; 9 × 7 pooled to 4 × 3.
        ([5, 17, 9, 7], [5, 17, 3, 3], 1, 1, .rows, false),
        // Rows, 7 × 8 outputs pooled four windows at a time, a last row left out.
        ([3, 17, 8, 10], [16, 17, 2, 3], 1, 0, .rows, false),
        // 3 × 3 kernels, padding 1, output channels in sixteens: the direct path unless pooled, on a
        // processor with AVX-512 (DirectConvolutionKernels.swift). 16 kernels, 5 channels (∂x by the rows path), a row of
        // 11: a tile of 7, then 4 pixels one at a time.
        ([3, 5, 9, 11], [16, 5, 3, 3], 1, 1, .rows, true),
        // 48 kernels (a pair of vectors, then one), 16 channels: ∂x by the direct path too; rows of 9.
        ([5, 16, 8, 9], [48, 16, 3, 3], 1, 1, .rows, true),
        // Stride 2, 32 kernels, 32 channels: ∂x by the rows path; 4 × 7 outputs.
        ([3, 32, 7, 14], [32, 32, 3, 3], 2, 1, .rows, true),
    ]

    static let options: [(relu: Bool, pooled: Bool)] = [(false, false), (true, false), (false, true), (true, true)]

    @Test("Conv2D: forward, ∂x, ∂W and ∂b the same by both paths, with and without its ReLU and pooling",
          arguments: Array(convolutions.indices), options.indices)
    func convolution(_ index: Int, option: Int) {
        let (inputShape, kernelShape, stride, padding, layout, direct) = Self.convolutions[index]
        let (relu, pooled) = Self.options[option]
        let x = ConvolutionTests.images(inputShape, seed: 700 + UInt64(index))
        var generator = SeededGenerator(seed: 710 + UInt64(index))
        let layer = Conv2D(weight: .normal(kernelShape, using: &generator), bias: .normal([kernelShape[0]], using: &generator),
                           stride: stride, padding: padding, followedByReLU: relu, maxPooled: pooled)
        let name = "\(layer.description) on \(inputShape)"
        #expect(PatchLayout(layer.geometry(inputShape)) == layout, "\(name)")
        #expect(layer.fastPathSetting(layer.geometry(inputShape)).isDirect == (direct && !pooled && directConvolutionFitsRegisters),
                "\(name): the direct path or not")
        let fast = Self.pass(layer, fast: true, x, seed: 720 + UInt64(index))
        let readable = Self.pass(layer, fast: false, x, seed: 720 + UInt64(index))
        if relu { #expect(fast.output.min() == 0 && fast.output.max() > 0, "\(name): ReLU cuts some outputs, not all") }
        Self.expectSame(fast, readable, name)
    }

    @Test("The convolution kernels build their patches with a replacement im2col (chapter06 --mine), in both layouts",
          arguments: [0, 4])
    func replacementIm2col(_ index: Int) {
        let (inputShape, kernelShape, stride, padding, layout, _) = Self.convolutions[index]
        let x = ConvolutionTests.images(inputShape, seed: 730 + UInt64(index))
        var generator = SeededGenerator(seed: 740 + UInt64(index))
        let (kh, kw) = (kernelShape[2], kernelShape[3])
        let layer = Conv2D(weight: .normal(kernelShape, using: &generator), bias: .normal([kernelShape[0]], using: &generator),
                           stride: stride, padding: padding)
        let readable = Self.pass(layer, fast: false, x, seed: 750)
        func setting(_ im2col: @escaping @Sendable (Tensor) -> Tensor) -> ConvolutionSetting {
            ConvolutionSetting(kernel: layer.weight.value, bias: layer.bias.value, geometry: layer.geometry(inputShape),
                               relu: false, maxPooled: false, replacementIm2col: im2col, layer: "conv")
        }
        // The engine's own im2col, handed in as a replacement: the readable layer's numbers.
        let engine = setting { image in
            image.reshaped([1] + image.shape).im2col(image: 0, kernelHeight: kh, kernelWidth: kw, stride: stride, padding: padding)
        }
        let name = "\(layer.description) on \(inputShape), patches as \(layout)"
        let y = convolutionForward(x, engine).output
        Self.expectClose(y, readable.output, "forward \(name) with a replacement im2col")
        var draw = SeededGenerator(seed: 750)
        let gradients = convolutionBackward(.normal(y.shape, using: &draw), input: x, engine, reluOutput: nil, winners: [],
                                            inputGradient: true)
        Self.expectClose(gradients.input ?? .zeros([0]), readable.inputGradient, "∂x \(name) with a replacement im2col")
        Self.expectClose(gradients.weight, readable.gradients[0], "∂W \(name) with a replacement im2col")
        Self.expectClose(gradients.bias, readable.gradients[1], "∂b \(name) with a replacement im2col")
        // An im2col that sees only zeros leaves each output its bias: the kernels used it.
        let columns = [kernelShape[1] * kh * kw, y.shape[2] * y.shape[3]]
        let zeros = convolutionForward(x, setting { _ in .zeros(columns) }).output
        Self.expectClose(zeros, Tensor.zeros(y.shape) + layer.bias.value.reshaped([1, kernelShape[0], 1, 1]),
                         "\(name) with an im2col of zeros")
    }

    /// Odd sides (a last row and column that no window reaches), overlapping windows (size 3,
    /// stride 2; size 2, stride 1), and widths whose 2 × 2 windows come four at a time and one by one.
    static let poolings: [(input: [Int], size: Int, stride: Int)] = [
        ([3, 4, 9, 7], 2, 2),
        ([5, 3, 9, 7], 3, 2),
        ([5, 17, 8, 10], 2, 2),
        ([3, 5, 7, 18], 2, 2),
        ([3, 3, 9, 11], 2, 1),
    ]

    @Test("MaxPool2D: forward, winners and ∂x the same by both paths, with ties and without",
          arguments: Array(poolings.indices), [false, true])
    func maxPooling(_ index: Int, tied: Bool) {
        let (inputShape, size, stride) = Self.poolings[index]
        var generator = SeededGenerator(seed: 760 + UInt64(index))
        // With ties: values from {0, 1, 2}, as after a ReLU, so most windows hold several maxima.
        let x = tied ? Tensor(shape: inputShape, scalars: (0..<inputShape.reduce(1, *)).map { _ in
                           Float(Int.random(in: 0...2, using: &generator)) })
                     : ConvolutionTests.images(inputShape, seed: 770 + UInt64(index))
        let layer = MaxPool2D(size: size, stride: stride)
        let name = "\(layer.description) on \(inputShape)\(tied ? ", tied" : "")"
        let fast = Self.pass(layer, fast: true, x, seed: 780 + UInt64(index))
        let fastWinners = layer.winners
        let readable = Self.pass(layer, fast: false, x, seed: 780 + UInt64(index))
        let winners = layer.winners
        let mismatch = (0..<min(fastWinners.count, winners.count)).first { fastWinners[$0] != winners[$0] }
        let first = mismatch.map { "output \($0), won by \(fastWinners[$0]) and \(winners[$0])" } ?? "none"
        #expect(fastWinners.count == winners.count && mismatch == nil, "winners \(name): the first to differ, \(first)")
        Self.expectSame(fast, readable, name)
    }

    // AvgPool2D has no fast path (AvgPool2D.swift says why): its loops are held instead to a
    // convolution of each plane by a kernel of 1/size², through both of Conv2D's paths.
    @Test("AvgPool2D: the numbers of a convolution of each plane by a kernel of 1/size², forward and backward",
          arguments: Array(poolings.indices), [false, true])
    func averagePooling(_ index: Int, fast: Bool) {
        let (inputShape, size, stride) = Self.poolings[index]
        let (n, c, h, w) = (inputShape[0], inputShape[1], inputShape[2], inputShape[3])
        let x = ConvolutionTests.images(inputShape, seed: 790 + UInt64(index))
        let pool = AvgPool2D(size: size, stride: stride)
        let average = Conv2D(weight: Tensor(shape: [1, 1, size, size], repeating: 1 / Float(size * size)), bias: .zeros([1]),
                             stride: stride)
        average.usesFastPath = fast
        let y = pool.forward(x)
        Self.expectClose(y, average.forward(x.reshaped([n * c, 1, h, w])).reshaped(y.shape), "forward \(pool.description)")
        var generator = SeededGenerator(seed: 800 + UInt64(index))
        let dy = Tensor.normal(y.shape, using: &generator)
        Self.expectClose(pool.backward(dy), average.backward(dy.reshaped([n * c, 1, y.shape[2], y.shape[3]])).reshaped(x.shape),
                         "∂x \(pool.description)")
    }
}
