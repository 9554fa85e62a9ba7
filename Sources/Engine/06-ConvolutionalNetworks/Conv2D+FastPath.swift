// Conv2D's fast path: the same numbers as the readable `forward` and `backward` of Conv2D.swift,
// which run unless `usesFastPath`, computed by the kernels floor a group of images at a time
// across the cores (Sources/Engine/Kernels/ConvolutionKernels.swift; why it is faster:
// chapters/10-making-it-fast/README.md, sections 4 to 6). Tests hold the two equal
// (Tests/EngineTests/ConvolutionFastPathTests.swift). This file only hands the layer's tensors over.
import Kernels

extension Conv2D {
    /// What the kernels are given for an input of geometry `g`.
    func fastPathSetting(_ g: ConvolutionGeometry) -> ConvolutionSetting {
        ConvolutionSetting(kernel: weight.value, bias: bias.value, geometry: g, relu: followedByReLU, maxPooled: maxPooled,
                           layer: description)
    }

    func fastForward(_ input: Tensor) -> Tensor {
        self.input = input
        let (output, winners) = convolutionForward(input, fastPathSetting(geometry(input.shape)))
        (self.output, self.winners) = (followedByReLU ? output : nil, winners)
        return output
    }

    func fastBackward(_ outputGradient: Tensor, inputGradient: Bool) -> Tensor? {
        guard let x = input else {
            fatalError("\(description).backward: call forward first, so the layer has an input to differentiate at")
        }
        let g = geometry(x.shape), shape = outputShape(g, images: x.shape[0])
        require(outputGradient.shape == shape,
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), expected \(shape)")
        if followedByReLU && output?.shape != outputGradient.shape {
            fatalError("\(description).backward: call forward first, so the layer has the output its ReLU masks by")
        }
        let gradients = convolutionBackward(outputGradient, input: x, fastPathSetting(g), reluOutput: followedByReLU ? output : nil,
                                            winners: winners, inputGradient: inputGradient)
        (weight.gradient, bias.gradient) = (gradients.weight, gradients.bias)
        return gradients.input
    }
}
