// `--mine`: chapter 06 with your exercise 6 code: your im2col (6.3) inside both convolution
// layers, and your max pooling forward and backward (6.4, 6.5) in place of the engine's.
// Your loop convolution (6.1) would take hours over 55,000 images in a debug build, so it
// is compared with the engine's on a few test images instead.
import ConvolutionalNetworks
import ConvolutionalNetworksExercises
import ExerciseSupport
import Kernels

/// The layers the demo builds: the engine's, or with `mine` the ones running your code.
struct ConvolutionParts {
    let mine: Bool

    /// The exercise parts `mine` runs.
    static let yours = YourParts(exercise: 6, parts: [("6.1", "convolution by direct loops"), ("6.3", "im2col"),
                                                      ("6.4", "max pooling forward"), ("6.5", "max pooling backward")],
                                 file: "exercises/06-convnets/ConvolutionExercise.swift")

    /// Stops before any work when one of the parts is still a stub, naming it.
    func requireImplemented() throws {
        guard mine else { return }
        try Self.yours.requireImplemented(chapter: "chapter06") {
            let x = Tensor(shape: [1, 1, 2, 2], scalars: [1, 2, 3, 4])
            _ = ConvolutionExercise.convolve2D(input: x, kernel: .ones([1, 1, 1, 1]), bias: .zeros([1]), stride: 1, padding: 0)
            _ = ConvolutionExercise.im2col(image: x.reshaped([1, 2, 2]), kernelHeight: 1, kernelWidth: 1, stride: 1, padding: 0)
            let pooled = ConvolutionExercise.maxPool(input: x, size: 2)
            _ = ConvolutionExercise.maxPoolBackward(outputGradient: pooled.output, winners: pooled.winners, inputShape: x.shape)
        }
    }

    /// The line that says whose code runs.
    var announcement: String { Self.yours.announcement }

    /// A 2 × 2 max pooling: the engine's, or yours.
    func maxPool() -> any Layer { mine ? YourMaxPool() : MaxPool2D(size: 2) }

    /// A convolution layer: the engine's, or with `mine` one computing with its weight and bias
    /// whose patches your im2col builds.
    func convolution(_ layer: Conv2D) -> any Layer { mine ? YourIm2colConv2D(layer) : layer }

    /// Your loop convolution (6.1) against the engine's layer on a few images: the largest
    /// difference. The layer applies its ReLU itself, so yours gets one too.
    func compareYourConvolution(with layer: Conv2D, on images: Tensor) -> Float {
        let convolved = ConvolutionExercise.convolve2D(input: images, kernel: layer.weight.value, bias: layer.bias.value,
                                                      stride: layer.stride, padding: layer.padding)
        let yours = layer.followedByReLU ? ReLU().forward(convolved) : convolved
        let engine = layer.forward(images)
        guard yours.shape == engine.shape else { return .infinity }
        return abs(yours - engine).max()
    }
}

/// 2 × 2 max pooling by your 6.4 forward and 6.5 backward.
final class YourMaxPool: Layer {
    private var inputShape: [Int] = []
    private var winners: [Int] = []

    func forward(_ input: Tensor) -> Tensor {
        let result = ConvolutionExercise.maxPool(input: input, size: 2)
        (inputShape, winners) = (input.shape, result.winners)
        return result.output
    }

    func backward(_ outputGradient: Tensor) -> Tensor {
        ConvolutionExercise.maxPoolBackward(outputGradient: outputGradient, winners: winners, inputShape: inputShape)
    }

    var description: String { "your MaxPool(2×2)" }
}

/// A convolution that computes with `layer`'s own weight and bias (the same objects, so training
/// this trains that), its patches built by your im2col (6.3), one image at a time, and the rest,
/// the products and col2im, by the engine's fast kernels: your im2col at the speed of the
/// engine's everything else.
final class YourIm2colConv2D: Layer {
    let layer: Conv2D
    private var input: Tensor?

    init(_ layer: Conv2D) { self.layer = layer }

    private func setting(_ shape: [Int]) -> ConvolutionSetting {
        let (kh, kw, stride, padding) = (layer.weight.value.shape[2], layer.weight.value.shape[3], layer.stride, layer.padding)
        let geometry = ConvolutionGeometry(input: shape, channels: layer.inChannels, kernelHeight: kh, kernelWidth: kw,
                                           stride: stride, padding: padding, layer: description)
        return ConvolutionSetting(kernel: layer.weight.value, bias: layer.bias.value, geometry: geometry, relu: false,
                                  maxPooled: false, replacementIm2col: { image in
                                      ConvolutionExercise.im2col(image: image, kernelHeight: kh, kernelWidth: kw,
                                                                 stride: stride, padding: padding)
                                  }, layer: description)
    }

    func forward(_ input: Tensor) -> Tensor {
        self.input = input
        return convolutionForward(input, setting(input.shape)).output
    }

    func backward(_ outputGradient: Tensor) -> Tensor {
        guard let input else { fatalError("\(description).backward: call forward first") }
        let gradients = convolutionBackward(outputGradient, input: input, setting(input.shape), reluOutput: nil, winners: [],
                                            inputGradient: true)
        (layer.weight.gradient, layer.bias.gradient) = (gradients.weight, gradients.bias)
        return gradients.input!
    }

    var parameters: [Parameter] { layer.parameters }
    var description: String { "\(layer.description) with your im2col" }
}
