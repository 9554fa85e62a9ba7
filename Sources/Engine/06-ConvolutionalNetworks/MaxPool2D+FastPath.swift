// MaxPool2D's fast path: the batch split across the cores, and 2 × 2 windows (stride 2) four at
// a time by `maxPool2x2` and `routeToWinners` (PoolingKernels.swift). The same numbers and
// winners as the readable layer in MaxPool2D.swift, which `forward` and `backward` run unless
// `usesFastPath`; tests hold the two equal (Tests/EngineTests/ConvolutionFastPathTests.swift).
// Why and how it is faster: chapters/10-making-it-fast/README.md, sections 5 to 7.
import Kernels

extension MaxPool2D {
    /// The forward pass, across the cores; 2 × 2 windows four at a time.
    func fastForward(_ input: Tensor) -> Tensor {
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
                                maxPool2x2(plane: x + inputOffset, height: g.height, width: g.width, into: y + out,
                                           winners: best + out, origin: Int32(truncatingIfNeeded: inputOffset))
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

    /// The backward pass, across the cores; 2 × 2 windows written whole, four at a time.
    func fastBackward(_ outputGradient: Tensor) -> Tensor {
        guard let inputShape else { fatalError("\(description).backward: call forward first") }
        require(outputGradient.count == winners.count,
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape) for \(winners.count) outputs")
        let perImage = winners.count / max(inputShape[0], 1)
        // The common 2 × 2, stride 2 pooling writes every input's gradient, whole windows at a
        // time; other sizes add into zeros.
        let (height, width) = (inputShape[2], inputShape[3])
        let wholeWindows = size == 2 && stride == 2
        var inputGradient = wholeWindows ? Tensor(shape: inputShape) { _ in } : Tensor.zeros(inputShape)
        outputGradient.withUnsafeScalars { dys in
            inputGradient.withUnsafeMutableScalars { dxs in
                winners.withUnsafeBufferPointer { bests in
                    nonisolated(unsafe) let (dy, dx, best) = (dys.baseAddress!, dxs.baseAddress!, bests.baseAddress!)
                    // An image's winners lie in that image, so the workers' writes never meet.
                    forEachWorker(images: inputShape[0]) { _, images in
                        if wholeWindows {
                            let (planes, planeSize, outputs) = (inputShape[1], height * width, (height / 2) * (width / 2))
                            for plane in (images.lowerBound * planes)..<(images.upperBound * planes) {
                                routeToWinners(dy + plane * outputs, winners: best + plane * outputs, into: dx + plane * planeSize,
                                               height: height, width: width, origin: Int32(truncatingIfNeeded: plane * planeSize))
                            }
                            return
                        }
                        // += rather than =: with overlapping windows one input can win twice.
                        for index in (images.lowerBound * perImage)..<(images.upperBound * perImage) {
                            dx[Int(best[index])] += dy[index]
                        }
                    }
                }
            }
        }
        return inputGradient
    }
}
