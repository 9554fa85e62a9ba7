// The arithmetic of a 2-D convolution or pooling window: how many outputs fit, and the
// checks that stop a layer whose window cannot fit its input. Derivation: chapters/06-convnets/README.md.
//
// Shapes: an input [n, c, h, w] (NCHW) gives an output [n, k, oh, ow] with
// oh = (h + 2·padding − kh) / stride + 1 and ow likewise. It sits on the kernels floor because
// the fast paths' loops need it as much as the readable layers; chapter 06 re-exports it.
import Tensors

/// A window of kh × kw moved by `stride` over an input of h × w padded by `padding` zeros
/// on every side.
public struct ConvolutionGeometry: Sendable, Equatable {
    public let channels: Int, height: Int, width: Int
    public let kernelHeight: Int, kernelWidth: Int
    public let stride: Int, padding: Int

    /// The geometry of a window over `input` ([n, c, h, w]), or a stop naming `layer` and
    /// both shapes when the window cannot be placed.
    public init(input: [Int], channels expectedChannels: Int? = nil, kernelHeight: Int, kernelWidth: Int,
                stride: Int, padding: Int, layer: String) {
        require(input.count == 4, "\(layer): needs images as [n, channels, height, width], got shape \(input)")
        require(stride > 0, "\(layer): the stride must be at least 1, got \(stride)")
        require(padding >= 0, "\(layer): the padding must be 0 or more, got \(padding)")
        require(kernelHeight > 0 && kernelWidth > 0,
                     "\(layer): the window must be at least 1 × 1, got \(kernelHeight) × \(kernelWidth)")
        if let expectedChannels {
            require(input[1] == expectedChannels,
                         "\(layer): expects \(expectedChannels) input channels, but the input has shape \(input) "
                         + "(\(input[1]) channels)")
        }
        require(input[2] + 2 * padding >= kernelHeight && input[3] + 2 * padding >= kernelWidth,
                     "\(layer): a \(kernelHeight) × \(kernelWidth) window does not fit the input \(input) "
                     + "padded by \(padding) (\(input[2] + 2 * padding) × \(input[3] + 2 * padding))")
        (channels, height, width) = (input[1], input[2], input[3])
        (self.kernelHeight, self.kernelWidth, self.stride, self.padding) = (kernelHeight, kernelWidth, stride, padding)
    }

    /// Output rows: ⌊(h + 2p − kh) / s⌋ + 1.
    public var outputHeight: Int { (height + 2 * padding - kernelHeight) / stride + 1 }
    /// Output columns: ⌊(w + 2p − kw) / s⌋ + 1.
    public var outputWidth: Int { (width + 2 * padding - kernelWidth) / stride + 1 }
    /// Pixels of one input channel, h · w.
    public var inputPixels: Int { height * width }
    /// Pixels of one output channel, oh · ow.
    public var outputPixels: Int { outputHeight * outputWidth }
    /// Values in one patch, c · kh · kw: a row of the unrolled kernel.
    public var patchSize: Int { channels * kernelHeight * kernelWidth }

    /// The outputs t along one axis whose window, at kernel offset `offset`, reads inside
    /// the input: 0 ≤ t·s + offset − p < `inputLength`. The others read the padding's zeros.
    func validOutputs(kernelOffset offset: Int, inputLength: Int, outputLength: Int) -> Range<Int> {
        // The first t with t·s ≥ p − offset, and the first with t·s ≥ inputLength + p − offset.
        func firstReaching(_ bound: Int) -> Int { bound <= 0 ? 0 : (bound + stride - 1) / stride }
        let first = min(outputLength, firstReaching(padding - offset))
        return first..<max(first, min(outputLength, firstReaching(inputLength + padding - offset)))
    }

    /// The kernel columns v whose input column, j·s + v − p for output column j, lies inside
    /// the image: the other way round from `validOutputs`, for im2row's per-pixel patches.
    func validKernelColumns(outputColumn j: Int) -> Range<Int> {
        let first = min(kernelWidth, max(0, padding &- j &* stride))
        return first..<max(first, min(kernelWidth, width &+ padding &- j &* stride))
    }
}
