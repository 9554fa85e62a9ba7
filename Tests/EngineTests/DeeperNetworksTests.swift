import DeeperNetworks
import Testing

@Suite("Deeper networks: global average pooling, residual blocks, 1 × 1 convolutions, costs")
struct DeeperNetworksTests {
    static func images(_ shape: [Int], seed: UInt64) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        return Tensor.normal(shape, using: &generator)
    }

    @Test("global average pooling gives each channel's mean and shares its gradient equally over the plane")
    func globalAveragePooling() {
        // Image 0: channel 0 holds 1…4 (mean 2.5), channel 1 holds −2, 0, 0, 6 (mean 1).
        let x = Tensor(shape: [1, 2, 2, 2], scalars: [1, 2, 3, 4, -2, 0, 0, 6])
        let pool = GlobalAveragePool2D()
        #expect(pool.forward(x) == Tensor(shape: [1, 2], scalars: [2.5, 1]))
        let dx = pool.backward(Tensor(shape: [1, 2], scalars: [4, -8]))
        #expect(dx == Tensor(shape: [1, 2, 2, 2], scalars: [1, 1, 1, 1, -2, -2, -2, -2]))
        var generator = SeededGenerator(seed: 1101)
        for report in checkLayerGradients(pool, input: Self.images([2, 3, 5, 4], seed: 1102), using: &generator) {
            #expect(report.comparison.passes(), "\(report)")
        }
    }

    /// The smallest |value| entering either of the block's ReLUs at x: its inner one (after the
    /// first batch normalisation) and the one after the sum.
    static func reluMargin(_ block: ResidualBlock, _ x: Tensor) -> Float {
        let inner = block.residual.layers[1].forward(block.residual.layers[0].forward(x))
        let sum = block.residual.forward(x) + (block.projection?.forward(x) ?? x)
        return min(abs(inner).min(), abs(sum).min())
    }

    /// Each ReLU follows a batch normalisation, whose outputs are unit-sized with many near 0, and a
    /// difference step that moves one across its kink measures a slope that is neither side's. So
    /// the blocks are small and the input is the first whose ReLU inputs all lie 0.02 or more from
    /// 0, out of the step's reach; then every entry must agree within 1 % (of 0.1 near zero, for the
    /// step's Float rounding).
    @Test("a residual block's backward agrees with finite differences, with the identity and with a projection, in both modes",
          arguments: [Mode.evaluation, .training])
    func residualGradients(_ mode: Mode) throws {
        var generator = SeededGenerator(seed: 1103)
        let blocks = [(ResidualBlock(1, 1, name: "same", using: &generator), [2, 1, 3, 3]),
                      (ResidualBlock(1, 2, stride: 2, name: "down", using: &generator), [2, 1, 4, 4])]
        for (index, (block, shape)) in blocks.enumerated() {
            #expect((block.projection == nil) == (index == 0))
            block.setMode(mode)
            let x = try #require((0..<5000).lazy.map { Self.images(shape, seed: UInt64(1200 + 10_000 * index + $0)) }
                                    .first { Self.reluMargin(block, $0) > 0.02 })
            // A step of 10⁻³ rather than chapter 04's 10⁻², so that it stays within the 0.02 margin.
            let reports = checkLayerGradients(block, input: x, floor: 0.1, step: 1e-3, using: &generator)
            #expect(reports.count == 1 + block.parameters.count)
            for report in reports {
                #expect(report.comparison.passes(tolerance: 1e-2), "\(block.description) \(mode) \(report)")
            }
        }
    }

    @Test("with F silenced (the last batch norm's scale 0), an identity block passes a positive input and its gradient through unchanged")
    func identityCarriesTheGradient() throws {
        var generator = SeededGenerator(seed: 1106)
        let block = ResidualBlock(2, 2, using: &generator)
        let lastNorm = try #require(block.residual.layers.last as? BatchNorm)
        lastNorm.scale.value = .zeros([2])
        // F(x) = 0·x̂ + β = 0, so y = relu(0 + x) = x for x > 0, and ∂L/∂x = ∂L/∂y exactly.
        let x = abs(Self.images([2, 2, 4, 4], seed: 1107)) + 0.1
        #expect(block.forward(x) == x)
        let dy = Self.images([2, 2, 4, 4], seed: 1108)
        #expect(block.backward(dy) == dy)
    }

    @Test("a 1 × 1 convolution is one matrix product per image: W [k, c] times the image as [c, h·w], plus the bias")
    func oneByOneIsAProduct() {
        var generator = SeededGenerator(seed: 1109)
        let conv = Conv2D(3, 5, kernelSize: 1, using: &generator)
        conv.bias.value = Self.images([5], seed: 1110)
        let x = Self.images([2, 3, 4, 4], seed: 1111)
        let y = conv.forward(x)
        let w = conv.weight.value.reshaped([5, 3])
        for image in 0..<2 {
            let plane = x.row(image).reshaped([3, 16])
            let product = matmul(w, plane) + conv.bias.value.reshaped([5, 1])
            #expect(abs(y.row(image).reshaped([5, 16]) - product).max() < 1e-5)
        }
    }

    @Test("costs and sizes, worked by hand: two 3 × 3 layers see what one 5 × 5 sees for 18/25 of its weights")
    func costs() {
        // 64 → 64 channels on a 28 × 28 output, no bias: 64·64·25 = 102,400 weights against
        // 2 · 64·64·9 = 73,728, and each weight is used once per output position (784 of them).
        let five = ConvolutionCost(inChannels: 64, outChannels: 64, kernel: 5, outputSize: 28, bias: false)
        let three = ConvolutionCost(inChannels: 64, outChannels: 64, kernel: 3, outputSize: 28, bias: false)
        #expect(five == ConvolutionCost(parameters: 102_400, multiplyAdds: 80_281_600))
        #expect(three + three == ConvolutionCost(parameters: 73_728, multiplyAdds: 57_802_752))
        #expect(ConvolutionCost(inChannels: 2, outChannels: 3, kernel: 3, outputSize: 4).parameters == 57)
        #expect(receptiveField([(5, 1)]) == 5 && receptiveField([(3, 1), (3, 1)]) == 5)
        #expect(receptiveField([(3, 1), (3, 1), (3, 1)]) == 7)
        // A stride multiplies what every later layer's step covers: 1 + 2 + 1·1 + 2·2 = 8.
        #expect(receptiveField([(3, 1), (2, 2), (3, 1)]) == 8)
        #expect(convolutionOutputSize(28, kernel: 5, padding: samePadding(kernel: 5)) == 28)
        #expect(convolutionOutputSize(28, kernel: 3, stride: 2, padding: 1) == 14)
        #expect(convolutionOutputSize(7, kernel: 2, stride: 2) == 3)
        #expect(samePadding(kernel: 1) == 0 && samePadding(kernel: 3) == 1 && samePadding(kernel: 7) == 3)
    }

    @Test("a VGG block keeps the size through its convolutions and halves it by pooling; a plain block of stride 2 halves it")
    func blockShapes() {
        var generator = SeededGenerator(seed: 1112)
        let vgg = Sequential(vggBlock(3, 8, convolutions: 2, using: &generator))
        #expect(vgg.forward(Self.images([2, 3, 8, 8], seed: 1113)).shape == [2, 8, 4, 4])
        #expect(vgg.parameterCount == (8 * 3 * 9 + 8) + (8 * 8 * 9 + 8))
        let plain = Sequential(plainBlock(4, 6, stride: 2, using: &generator))
        #expect(plain.forward(Self.images([2, 4, 8, 8], seed: 1114)).shape == [2, 6, 4, 4])
        let down = ResidualBlock(4, 6, stride: 2, using: &generator)
        #expect(down.forward(Self.images([2, 4, 7, 7], seed: 1115)).shape == [2, 6, 4, 4])
    }

    @Test("a staged network has 6b + 2 layers with weights, names them by stage and block, and ends in ten scores")
    func stagedNetworkLayout() {
        var generator = SeededGenerator(seed: 1116)
        for blocks in [1, 2] {
            let network = stagedNetwork(blocks: blocks, width: 4, using: &generator)
            let names = network.parameters.map(\.name)
            // Kernels [k, c, kh, kw] outside the shortcuts, and fc's matrix.
            let layers = network.parameters.filter { $0.value.rank >= 2 && !$0.name.contains("projection") }
            #expect(layers.count == stagedNetworkDepth(blocks: blocks), "\(layers.map(\.name))")
            // Projections where the channels double and the side halves: the first block of stages 2 and 3.
            #expect(names.filter { $0.hasSuffix("projection.weight") } == ["stage2.block1.projection.weight",
                                                                            "stage3.block1.projection.weight"])
            #expect(names.contains("stage3.block\(blocks).conv2.weight") && names.last == "fc.bias")
            #expect(network.forward(Self.images([2, 1, 12, 12], seed: 1117)).shape == [2, 10])
            // 12 → 6 → 3: the pooling averages the last stage's 3 × 3 maps of 16 channels.
            let features = Sequential(Array(network.layers.dropLast(2))).forward(Self.images([2, 1, 12, 12], seed: 1117))
            #expect(features.shape == [2, 16, 3, 3])
        }
        let plain = stagedNetwork(blocks: 2, width: 4, makeBlock: plainBlockMaker, using: &generator)
        #expect(!plain.parameters.contains { $0.name.contains("projection") })
        #expect(plain.parameters.filter { $0.value.rank >= 2 }.count == stagedNetworkDepth(blocks: 2))
    }
}
