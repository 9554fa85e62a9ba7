// TransposedConv2D's fast path: the same numbers as the readable `forward` and `backward` of
// TransposedConv2D.swift, which run unless `usesFastPath`, computed by the kernels floor as one
// matrix product and col2im per image, the batch across the cores
// (Sources/Engine/Kernels/TransposedConvolutionKernels.swift). Tests hold the two equal
// (Tests/EngineTests/LearningWithoutLabelsTests.swift). This file only hands the layer's tensors over.
import Kernels

extension TransposedConv2D {
    /// The output of an input [n, c, h, w], seen as the input of the convolution whose backward
    /// pass this layer runs forwards: its outputs are the h × w input pixels.
    func outputGeometry(_ input: [Int]) -> ConvolutionGeometry {
        let (oh, ow) = outputSize(height: input[2], width: input[3])
        return ConvolutionGeometry(input: [input[0], outChannels, oh, ow], kernelHeight: weight.value.shape[2],
                                   kernelWidth: weight.value.shape[3], stride: stride, padding: padding, layer: description)
    }

    func fastForward(_ input: Tensor) -> Tensor {
        transposedConvolutionForward(input, kernel: weight.value, bias: bias.value, outputGeometry(input.shape))
    }

    func fastBackward(_ outputGradient: Tensor, input: Tensor) -> Tensor {
        let gradients = transposedConvolutionBackward(outputGradient, input: input, kernel: weight.value, outputGeometry(input.shape))
        (weight.gradient, bias.gradient) = (gradients.weight, gradients.bias)
        return gradients.input
    }
}
