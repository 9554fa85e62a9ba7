// MaxPool2D's fast path: the same numbers and winners as the readable layer in MaxPool2D.swift,
// which `forward` and `backward` run unless `usesFastPath`, computed by the kernels floor across
// the cores, 2 × 2 windows at stride 2 four at a time (`maxPoolAcrossCores`, PoolingKernels.swift;
// why it is faster: chapters/10-making-it-fast/README.md, sections 5 to 7). Tests hold the two
// equal (Tests/EngineTests/ConvolutionFastPathTests.swift). This file only hands the tensors over.
import Kernels

extension MaxPool2D {
    func fastForward(_ input: Tensor) -> Tensor {
        let g = ConvolutionGeometry(input: input.shape, kernelHeight: size, kernelWidth: size, stride: stride, padding: 0,
                                    layer: description)
        inputShape = input.shape
        let (output, winners) = maxPoolAcrossCores(input, g)
        self.winners = winners
        return output
    }

    func fastBackward(_ outputGradient: Tensor) -> Tensor {
        guard let inputShape else { fatalError("\(description).backward: call forward first") }
        require(outputGradient.count == winners.count,
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape) for \(winners.count) outputs")
        return maxPoolBackwardAcrossCores(outputGradient, winners: winners, inputShape: inputShape, size: size, stride: stride)
    }
}
