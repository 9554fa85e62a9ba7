@testable import Regularization
import Testing

/// A network written as the notes draw it (conv → ReLU → pool, BN → ReLU → pool) runs its
/// fused layers (chapter 10, section 6) and gives the numbers of the same layers run one by one.
@Suite("Fusion: Sequential runs conv → ReLU → pool as one layer, with the layers' own numbers")
struct FusionTests {
    /// conv → ReLU → pool → conv → BN → ReLU → pool → flatten → linear → BN → ReLU → linear, on
    /// images of 1 × 13 × 11 (odd sides), in batches the cores do not share evenly.
    static func network(seed: UInt64) -> Sequential {
        var generator = SeededGenerator(seed: seed)
        return Sequential([Conv2D(1, 6, kernelSize: 3, name: "conv1", using: &generator), ReLU(), MaxPool2D(size: 2),
                           Conv2D(6, 5, kernelSize: 3, padding: 1, name: "conv2", using: &generator), BatchNorm(features: 5, name: "bn1"),
                           ReLU(), MaxPool2D(size: 2), Flatten(), Linear(5 * 2 * 2, 7, name: "fc1", using: &generator),
                           BatchNorm(features: 7, name: "bn2"), ReLU(), Linear(7, 3, name: "fc2", using: &generator)])
    }

    /// What a training step computes: the output, ∂L/∂x, every parameter's gradient and the
    /// running statistics after it.
    static func step(_ network: Sequential, _ x: Tensor, _ dy: (Tensor) -> Tensor, layerByLayer: Bool) -> [Tensor] {
        let y = layerByLayer ? network.layers.reduce(x) { $1.forward($0) } : network.forward(x)
        let dx = layerByLayer ? network.layers.reversed().reduce(dy(y)) { $1.backward($0) } : network.backward(dy(y))
        return [y, dx] + network.parameters.map(\.gradient) + network.state.map(\.value)
    }

    @Test("the fused layers stand in for conv → ReLU → pool, BN → ReLU → pool and BN → ReLU, and nothing else")
    func layersAsRun() {
        let network = Self.network(seed: 1)
        #expect(network.layersAsRun.count == 7, "conv1·ReLU·pool, conv2, bn1·ReLU·pool, flatten, fc1, bn2·ReLU, fc2")
        let fused = network.layersAsRun.compactMap { $0 as? FusedLayers }
        #expect(fused.map { $0.parts.count } == [3, 3, 2])
        #expect(fused[0].parts[0] === network.layers[0] && fused[1].parts[0] === network.layers[4])
        // The fused layers share the layers' parameters: one object, trained once.
        #expect((fused[0].fused as? Conv2D)?.weight === (network.layers[0] as? Conv2D)?.weight)
        #expect((fused[1].fused as? BatchNorm)?.runningMean === (network.layers[4] as? BatchNorm)?.runningMean)
        #expect(network.description == network.layers.map(\.description).joined(separator: " → "))
    }

    @Test("a training step and an evaluation pass give the numbers of the layers run one by one", arguments: [Mode.training, .evaluation])
    func sameNumbers(mode: Mode) {
        var generator = SeededGenerator(seed: 7)
        let x = Tensor.normal([5, 1, 13, 11], using: &generator)
        let dyGenerator = { (y: Tensor) -> Tensor in
            var g = SeededGenerator(seed: 8)
            return Tensor.normal(y.shape, using: &g)
        }
        let (fused, plain) = (Self.network(seed: 3), Self.network(seed: 3))
        fused.setMode(mode)
        plain.setMode(mode)
        let a = Self.step(fused, x, dyGenerator, layerByLayer: false)
        let b = Self.step(plain, x, dyGenerator, layerByLayer: true)
        #expect(a.count == b.count)
        for (index, (actual, expected)) in zip(a, b).enumerated() {
            #expect(actual.shape == expected.shape && ConvolutionTests.difference(actual, expected) < 1e-5,
                    "tensor \(index) of the step (output, ∂x, gradients, running statistics)")
        }
    }

    @Test("with the fast paths off (--reference) the layers run as written, part by part")
    func referenceRunsTheParts() {
        let network = Self.network(seed: 4)
        network.useFastPaths(false)
        var generator = SeededGenerator(seed: 5)
        _ = network.forward(Tensor.normal([2, 1, 13, 11], using: &generator))
        // The pooling layer as written ran, so it holds the winners of its windows.
        #expect(!(network.layers[2] as! MaxPool2D).winners.isEmpty)
    }
}
