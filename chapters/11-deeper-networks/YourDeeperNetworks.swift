// `--mine`: chapter 11 with your exercise 11 code. Your global average pooling (11.1, 11.2)
// ends every network, your 1 × 1 convolution (11.3) is the projection shortcut's forward pass,
// your residual block backward (11.4) adds the two paths' gradients, and your receptive field
// (11.5) fills section 1's table. The layers draw their weights as the engine's do, so correct
// code trains to the engine's figures.
import DeeperNetworks
import DeeperNetworksExercises
import ExerciseSupport

/// The pieces the demo builds: the engine's, or with `mine` the ones running your code.
struct DeeperNetworksParts {
    let mine: Bool

    /// The exercise parts `mine` runs.
    static let yours = YourParts(exercise: 11, parts: [("11.1", "global average pooling"),
                                                       ("11.2", "global average pooling backward"),
                                                       ("11.3", "a 1 × 1 convolution as a matrix product"),
                                                       ("11.4", "a residual block's backward pass"),
                                                       ("11.5", "the receptive field of a stack")],
                                 file: "exercises/11-deeper-networks/DeeperNetworksExercise.swift")

    /// Stops before any work when one of the parts is still a stub, naming it.
    func requireImplemented() throws {
        guard mine else { return }
        try Self.yours.requireImplemented(chapter: "chapter11") {
            let x = Tensor(shape: [1, 1, 2, 2], scalars: [1, 2, 3, 4])
            _ = DeeperNetworksExercise.globalAveragePool(x)
            _ = DeeperNetworksExercise.globalAveragePoolBackward(.ones([1, 1]), inputShape: x.shape)
            _ = DeeperNetworksExercise.oneByOneConvolution(x, weight: .ones([1, 1]), bias: .zeros([1]))
            _ = DeeperNetworksExercise.residualBlockBackward(x, sum: x, residualBackward: { $0 }, projectionBackward: nil)
            _ = DeeperNetworksExercise.receptiveField(kernels: [3], strides: [1])
        }
    }

    /// The line that says whose code runs.
    var announcement: String { Self.yours.announcement }

    /// The residual block.
    var residualBlock: BlockMaker {
        guard mine else { return residualBlockMaker }
        return { inChannels, outChannels, stride, name, generator in
            YourResidualBlock(inChannels, outChannels, stride: stride, name: name, using: &generator)
        }
    }

    /// The global average pooling.
    func globalAveragePool() -> any Layer { mine ? YourGlobalAveragePool() : GlobalAveragePool2D() }

    /// The receptive field of layers with these kernels and strides, first layer first.
    func receptiveField(_ kernels: [Int], _ strides: [Int]) -> Int {
        mine ? DeeperNetworksExercise.receptiveField(kernels: kernels, strides: strides)
             : DeeperNetworks.receptiveField(Array(zip(kernels, strides)).map { (kernel: $0, stride: $1) })
    }
}

/// Global average pooling by your 11.1 and 11.2.
final class YourGlobalAveragePool: Layer {
    private var inputShape: [Int] = []

    func forward(_ input: Tensor) -> Tensor {
        inputShape = input.shape
        return DeeperNetworksExercise.globalAveragePool(input)
    }

    func backward(_ outputGradient: Tensor) -> Tensor {
        DeeperNetworksExercise.globalAveragePoolBackward(outputGradient, inputShape: inputShape)
    }

    var description: String { "your GlobalAveragePool2D" }
}

/// The engine's residual block with your 11.4 as its backward pass and, where the shape
/// changes, your 11.3 as the projection's convolution.
final class YourResidualBlock: Layer {
    let residual: Sequential
    let projection: Sequential?
    let name: String
    private var sum = Tensor.zeros([1])

    init(_ inChannels: Int, _ outChannels: Int, stride: Int, name: String, using generator: inout SeededGenerator) {
        // The engine's block, its weights drawn as the engine draws them; your 11.3 stands in for
        // its projection's convolution.
        let block = ResidualBlock(inChannels, outChannels, stride: stride, name: name, using: &generator)
        residual = block.residual
        projection = block.projection.map { path in
            Sequential([YourProjection(path.layers[0] as! Conv2D)] + Array(path.layers.dropFirst()))
        }
        self.name = name
    }

    func forward(_ input: Tensor) -> Tensor {
        sum = residual.forward(input) + (projection?.forward(input) ?? input)
        return sum.map { Swift.max(0, $0) }
    }

    func backward(_ outputGradient: Tensor) -> Tensor {
        DeeperNetworksExercise.residualBlockBackward(outputGradient, sum: sum, residualBackward: { self.residual.backward($0) },
                                                     projectionBackward: projection.map { path in { path.backward($0) } })
    }

    var parameters: [Parameter] { residual.parameters + (projection?.parameters ?? []) }
    var state: [LayerState] { residual.state + (projection?.state ?? []) }

    func setMode(_ mode: Mode) {
        residual.setMode(mode)
        projection?.setMode(mode)
    }

    var description: String { "your ResidualBlock \(name)" }
}

/// A 1 × 1 convolution of stride s: every s-th pixel of every s-th row, then your 11.3 with
/// `convolution`'s weight and bias. The backward pass is the engine's convolution's (the exercise
/// asks for the forward only), which needs its own forward pass run first: it keeps its input.
final class YourProjection: Layer {
    let convolution: Conv2D

    init(_ convolution: Conv2D) { self.convolution = convolution }

    func forward(_ input: Tensor) -> Tensor {
        _ = convolution.forward(input)
        let weight = convolution.weight.value
        return DeeperNetworksExercise.oneByOneConvolution(strided(input, by: convolution.stride),
                                                          weight: weight.reshaped([weight.shape[0], weight.shape[1]]),
                                                          bias: convolution.bias.value)
    }

    func backward(_ outputGradient: Tensor) -> Tensor { convolution.backward(outputGradient) }

    /// x[:, :, ::s, ::s]: the pixels a 1 × 1 kernel of stride s lands on.
    private func strided(_ x: Tensor, by stride: Int) -> Tensor {
        guard stride > 1 else { return x }
        let (planes, h, w) = (x.shape[0] * x.shape[1], x.shape[2], x.shape[3])
        let (oh, ow) = ((h - 1) / stride + 1, (w - 1) / stride + 1)
        let values = x.scalars
        var out: [Float] = []
        out.reserveCapacity(planes * oh * ow)
        for plane in 0..<planes {
            for r in 0..<oh { for q in 0..<ow { out.append(values[(plane * h + r * stride) * w + q * stride]) } }
        }
        return Tensor(shape: [x.shape[0], x.shape[1], oh, ow], scalars: out)
    }

    var parameters: [Parameter] { convolution.parameters }
    var description: String { "your 1 × 1 projection (stride \(convolution.stride))" }
}
