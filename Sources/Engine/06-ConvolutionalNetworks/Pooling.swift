// Pooling: each channel shrunk by taking the largest (max) or the mean (average) of each
// window. Derivation of both backward passes: chapters/06-convnets/README.md, section 6.
//
// Shapes: input [n, c, h, w] → output [n, c, oh, ow], oh = (h − size) / stride + 1.

/// Max pooling over `size` × `size` windows moved by `stride` (by default the size: windows
/// that do not overlap). Backward routes each output's gradient to the input that won its
/// window, and nothing to the others.
public final class MaxPool2D: Layer {
    public let size: Int, stride: Int
    private var inputShape: [Int]?
    /// For each output of the last forward pass, the flat index in the input of its window's
    /// largest value (the first one, on a tie).
    public private(set) var winners: [Int32] = []

    public init(size: Int = 2, stride: Int? = nil) {
        self.size = size
        self.stride = stride ?? size
        require(size > 0 && self.stride > 0, "MaxPool2D: needs a positive size and stride, got \(size) and \(self.stride)")
    }

    public func forward(_ input: Tensor) -> Tensor {
        let g = ConvolutionGeometry(input: input.shape, kernelHeight: size, kernelWidth: size, stride: stride, padding: 0,
                                    layer: description)
        inputShape = input.shape
        let (n, channels, size, stride) = (input.shape[0], g.channels, self.size, self.stride)
        // Every winner is written below, so the array is not zeroed first.
        var winners = [Int32](unsafeUninitializedCapacity: n * channels * g.outputPixels) { _, count in
            count = n * channels * g.outputPixels
        }
        let output = input.withUnsafeScalars { xs in
            winners.withUnsafeMutableBufferPointer { bests in
                // Every output is written below, so its storage is not zeroed first.
                Tensor(shape: [n, channels, g.outputHeight, g.outputWidth]) { ys in
                    nonisolated(unsafe) let (x, y, best) = (xs.baseAddress!, ys.baseAddress!, bests.baseAddress!)
                    // Whole images to each worker: their windows, and so their writes, never overlap.
                    forEachWorker(images: n) { _, images in
                        var out = images.lowerBound * channels * g.outputPixels
                        for plane in (images.lowerBound * channels)..<(images.upperBound * channels) {
                            let inputOffset = plane * g.inputPixels
                            if size == 2 && stride == 2 {
                                Self.pool2x2(x, inputOffset, g, y + out, best + out)
                                out &+= g.outputPixels
                                continue
                            }
                            for i in 0..<g.outputHeight {
                                for j in 0..<g.outputWidth {
                                    let corner = inputOffset &+ (i &* stride) &* g.width &+ j &* stride
                                    var bestIndex = corner, bestValue = x[corner]
                                    for u in 0..<size {
                                        let rowStart = corner &+ u &* g.width
                                        for v in 0..<size {
                                            // A select, not a branch: which input wins is a coin toss
                                            // the processor would mispredict half the time.
                                            let value = x[rowStart &+ v], better = value > bestValue
                                            bestValue = better ? value : bestValue
                                            bestIndex = better ? rowStart &+ v : bestIndex
                                        }
                                    }
                                    y[out] = bestValue
                                    best[out] = Int32(truncatingIfNeeded: bestIndex)
                                    out &+= 1
                                }
                            }
                        }
                    }
                }
            }
        }
        self.winners = winners
        return output
    }

    /// One plane of the common 2 × 2, stride 2 pooling: the general loops above, unrolled, so
    /// that the compiler can run several windows at once in vector registers.
    @inline(__always)
    private static func pool2x2(_ x: UnsafePointer<Float>, _ inputOffset: Int, _ g: ConvolutionGeometry,
                                _ y: UnsafeMutablePointer<Float>, _ best: UnsafeMutablePointer<Int32>) {
        let width = Int32(truncatingIfNeeded: g.width)
        for i in 0..<g.outputHeight {
            let rowStart = inputOffset &+ 2 &* i &* g.width
            let (top, bottom) = (x + rowStart, x + (rowStart &+ g.width))
            let (outputs, winners) = (y + i &* g.outputWidth, best + i &* g.outputWidth)
            let first = Int32(truncatingIfNeeded: rowStart)
            for j in 0..<g.outputWidth {
                // The window in reading order; a later value wins only if strictly larger. Selects,
                // not branches: which value wins is a coin toss a branch would often mispredict.
                let (a, b, c, d) = (top[2 &* j], top[2 &* j &+ 1], bottom[2 &* j], bottom[2 &* j &+ 1])
                let takeB = b > a
                let (topValue, topAt): (Float, Int32) = (takeB ? b : a, takeB ? 1 : 0)
                let takeC = c > topValue
                let (leftValue, leftAt) = (takeC ? c : topValue, takeC ? width : topAt)
                let takeD = d > leftValue
                outputs[j] = takeD ? d : leftValue
                winners[j] = first &+ 2 &* Int32(truncatingIfNeeded: j) &+ (takeD ? width &+ 1 : leftAt)
            }
        }
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        guard let inputShape else { fatalError("\(description).backward: call forward first") }
        require(outputGradient.count == winners.count,
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape) for \(winners.count) outputs")
        let perImage = winners.count / max(inputShape[0], 1)
        var inputGradient = Tensor.zeros(inputShape)
        outputGradient.withUnsafeScalars { dys in
            inputGradient.withUnsafeMutableScalars { dxs in
                winners.withUnsafeBufferPointer { bests in
                    nonisolated(unsafe) let (dy, dx, best) = (dys.baseAddress!, dxs.baseAddress!, bests.baseAddress!)
                    // An image's winners lie in that image, so the workers' writes never meet.
                    forEachWorker(images: inputShape[0]) { _, images in
                        // += rather than =: with overlapping windows one input can win twice. (Writing
                        // whole 2 × 2 windows instead, to skip the zeroing, took twice as long here.)
                        for index in (images.lowerBound * perImage)..<(images.upperBound * perImage) {
                            dx[Int(best[index])] += dy[index]
                        }
                    }
                }
            }
        }
        return inputGradient
    }

    public var description: String { "MaxPool2D(\(size)×\(size), stride \(stride))" }
}

/// Average pooling over `size` × `size` windows moved by `stride` (by default the size).
/// Backward shares each output's gradient equally among the size² inputs of its window.
public final class AvgPool2D: Layer {
    public let size: Int, stride: Int
    private var inputShape: [Int]?

    public init(size: Int = 2, stride: Int? = nil) {
        self.size = size
        self.stride = stride ?? size
        require(size > 0 && self.stride > 0, "AvgPool2D: needs a positive size and stride, got \(size) and \(self.stride)")
    }

    public func forward(_ input: Tensor) -> Tensor {
        let g = ConvolutionGeometry(input: input.shape, kernelHeight: size, kernelWidth: size, stride: stride, padding: 0,
                                    layer: description)
        inputShape = input.shape
        let planes = input.shape[0] * g.channels
        let scale = 1 / Float(size * size)
        var output = Tensor.zeros([input.shape[0], g.channels, g.outputHeight, g.outputWidth])
        input.withUnsafeScalars { x in
            output.withUnsafeMutableScalars { y in
                for plane in 0..<planes {
                    let inputOffset = plane * g.inputPixels, outputOffset = plane * g.outputPixels
                    for i in 0..<g.outputHeight {
                        for j in 0..<g.outputWidth {
                            var total: Float = 0
                            for u in 0..<size {
                                let rowStart = inputOffset + (i * stride + u) * g.width + j * stride
                                for v in 0..<size { total += x[rowStart + v] }
                            }
                            y[outputOffset + i * g.outputWidth + j] = total * scale
                        }
                    }
                }
            }
        }
        return output
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        guard let inputShape else { fatalError("\(description).backward: call forward first") }
        let g = ConvolutionGeometry(input: inputShape, kernelHeight: size, kernelWidth: size, stride: stride, padding: 0,
                                    layer: description)
        require(outputGradient.shape == [inputShape[0], g.channels, g.outputHeight, g.outputWidth],
                     "shape mismatch in \(description).backward: gradient \(outputGradient.shape), "
                     + "expected \([inputShape[0], g.channels, g.outputHeight, g.outputWidth])")
        let scale = 1 / Float(size * size)
        var inputGradient = Tensor.zeros(inputShape)
        outputGradient.withUnsafeScalars { dy in
            inputGradient.withUnsafeMutableScalars { dx in
                for plane in 0..<(inputShape[0] * g.channels) {
                    let inputOffset = plane * g.inputPixels, outputOffset = plane * g.outputPixels
                    for i in 0..<g.outputHeight {
                        for j in 0..<g.outputWidth {
                            let share = dy[outputOffset + i * g.outputWidth + j] * scale
                            for u in 0..<size {
                                let rowStart = inputOffset + (i * stride + u) * g.width + j * stride
                                for v in 0..<size { dx[rowStart + v] += share }
                            }
                        }
                    }
                }
            }
        }
        return inputGradient
    }

    public var description: String { "AvgPool2D(\(size)×\(size), stride \(stride))" }
}
