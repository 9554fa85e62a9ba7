// The 2 × 2 max pooling (stride 2) of the fast paths, four windows at a time in vector
// registers, and its backward; and MaxPool2D's whole fast path, the batch split across the
// cores. MaxPool2D pools a whole plane with `maxPool2x2`; Conv2D(maxPooled: true) pools each
// plane of its product while it is still in cache, and BatchNorm(maxPooled: true) each plane as
// it normalises it. The readable pooling they all give the numbers of is `maxPool` in
// MaxPool2D.swift (chapters/06-convnets/README.md, section 6); why and how these are faster:
// chapters/10-making-it-fast/README.md, sections 5 to 7.
import Tensors

/// Max-pools one height × width plane of raw values over 2 × 2 windows, stride 2 (a last odd
/// row or column is left out, as MaxPool2D leaves it), each value taken as `scale` x + `shift`
/// first and, with `relu`, the result cut at zero: max and ReLU commute, so this is ReLU then
/// pooling. `winners` gets where each window's largest value is (the first, on a tie), as its
/// index in the plane plus `origin`. Four windows at a time: the two rows' eight values, split
/// into their even and odd columns, are the four windows' corners, compared lane by lane.
@inline(__always)
package func maxPool2x2(plane x: UnsafePointer<Float>, height: Int, width: Int, scaling scale: Float = 1,
                        adding shift: Float = 0, relu: Bool = false, into pooled: UnsafeMutablePointer<Float>,
                        winners: UnsafeMutablePointer<Int32>, origin: Int32 = 0) {
    let (outputHeight, outputWidth) = (height / 2, width / 2)
    let step = Int32(truncatingIfNeeded: width)
    let (scales, shifts) = (SIMD8<Float>(repeating: scale), SIMD8<Float>(repeating: shift))
    for i in 0..<outputHeight {
        let (top, bottom) = (x + 2 &* i &* width, x + (2 &* i &+ 1) &* width)
        let (outputs, bests) = (pooled + i &* outputWidth, winners + i &* outputWidth)
        let rowStart = origin &+ Int32(truncatingIfNeeded: 2 &* i &* width)
        var j = 0
        while j &+ 4 <= outputWidth {
            let upper = scales * UnsafeRawPointer(top + 2 &* j).loadUnaligned(as: SIMD8<Float>.self) + shifts
            let lower = scales * UnsafeRawPointer(bottom + 2 &* j).loadUnaligned(as: SIMD8<Float>.self) + shifts
            // The window in reading order; a later value wins only if strictly larger.
            var best = upper.evenHalf, at = SIMD4<Int32>(repeating: 0)
            let (b, c, d) = (upper.oddHalf, lower.evenHalf, lower.oddHalf)
            let takeB = b .> best
            best.replace(with: b, where: takeB)
            at.replace(with: 1, where: takeB)
            let takeC = c .> best
            best.replace(with: c, where: takeC)
            at.replace(with: step, where: takeC)
            let takeD = d .> best
            best.replace(with: d, where: takeD)
            at.replace(with: step &+ 1, where: takeD)
            let first: Int32 = rowStart &+ 2 &* Int32(truncatingIfNeeded: j)
            let columns = SIMD4<Int32>(0, 2, 4, 6) &+ first
            if relu { best.replace(with: 0, where: best .< 0) }
            UnsafeMutableRawPointer(outputs + j).storeBytes(of: best, as: SIMD4<Float>.self)
            UnsafeMutableRawPointer(bests + j).storeBytes(of: columns &+ at, as: SIMD4<Int32>.self)
            j &+= 4
        }
        while j < outputWidth {
            let (a, b) = (scale * top[2 &* j] + shift, scale * top[2 &* j &+ 1] + shift)
            let (c, d) = (scale * bottom[2 &* j] + shift, scale * bottom[2 &* j &+ 1] + shift)
            let takeB = b > a
            let (upperBest, upperAt): (Float, Int32) = (takeB ? b : a, takeB ? 1 : 0)
            let takeC = c > upperBest
            let (leftBest, leftAt) = (takeC ? c : upperBest, takeC ? step : upperAt)
            let takeD = d > leftBest
            let (best, at) = (takeD ? d : leftBest, takeD ? step &+ 1 : leftAt)
            outputs[j] = relu ? Swift.max(0, best) : best
            bests[j] = rowStart &+ 2 &* Int32(truncatingIfNeeded: j) &+ at
            j &+= 1
        }
    }
}

/// The backward of `maxPool2x2` for one height × width plane: writes every value of the plane,
/// each pooled output's gradient at its winner and zero elsewhere; with a `mask` (the pooled
/// output, when ReLU came first), only where that output is positive. `winners` are numbered
/// as `maxPool2x2` numbered them, from `origin`. Four windows at a time, whole windows
/// written, so nothing is zeroed first (unless an odd row or column is left over).
@inline(__always)
package func routeToWinners(_ gradient: UnsafePointer<Float>, winners: UnsafePointer<Int32>,
                            mask: UnsafePointer<Float>? = nil, into plane: UnsafeMutablePointer<Float>,
                            height: Int, width: Int, origin: Int32 = 0) {
    let (outputHeight, outputWidth) = (height / 2, width / 2)
    if height % 2 != 0 || width % 2 != 0 { plane.update(repeating: 0, count: height &* width) }
    let step = Int32(truncatingIfNeeded: width)
    for i in 0..<outputHeight {
        let (top, bottom) = (plane + 2 &* i &* width, plane + (2 &* i &+ 1) &* width)
        let (gradients, bests) = (gradient + i &* outputWidth, winners + i &* outputWidth)
        let rowStart = origin &+ Int32(truncatingIfNeeded: 2 &* i &* width)
        var j = 0
        while j &+ 4 <= outputWidth {
            var values = UnsafeRawPointer(gradients + j).loadUnaligned(as: SIMD4<Float>.self)
            if let mask {
                let outputs = UnsafeRawPointer(mask + (i &* outputWidth &+ j)).loadUnaligned(as: SIMD4<Float>.self)
                let positive: SIMDMask<SIMD4<Int32>> = outputs .> SIMD4<Float>()
                values.replace(with: SIMD4<Float>(), where: .!positive)
            }
            // Where in its window each winner is: 0, 1 (top row), width, width + 1 (bottom row).
            let first: Int32 = rowStart &+ 2 &* Int32(truncatingIfNeeded: j)
            let columns = SIMD4<Int32>(0, 2, 4, 6) &+ first
            let at = UnsafeRawPointer(bests + j).loadUnaligned(as: SIMD4<Int32>.self) &- columns
            var (upper, lower) = (SIMD8<Float>(), SIMD8<Float>())
            upper.evenHalf.replace(with: values, where: at .== 0)
            upper.oddHalf.replace(with: values, where: at .== 1)
            lower.evenHalf.replace(with: values, where: at .== step)
            lower.oddHalf.replace(with: values, where: at .== step &+ 1)
            UnsafeMutableRawPointer(top + 2 &* j).storeBytes(of: upper, as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(bottom + 2 &* j).storeBytes(of: lower, as: SIMD8<Float>.self)
            j &+= 4
        }
        while j < outputWidth {
            let passes = mask.map { $0[i &* outputWidth &+ j] > 0 } ?? true
            let value = passes ? gradients[j] : 0
            let at = bests[j] &- (rowStart &+ 2 &* Int32(truncatingIfNeeded: j))
            (top[2 &* j], top[2 &* j &+ 1]) = (at == 0 ? value : 0, at == 1 ? value : 0)
            (bottom[2 &* j], bottom[2 &* j &+ 1]) = (at == step ? value : 0, at == step &+ 1 ? value : 0)
            j &+= 1
        }
    }
}

/// Max pooling of the images [n, c, h, w] over size × size windows moved by `stride` (the
/// geometry `g`), the batch split across the cores, 2 × 2 windows at stride 2 four at a time:
/// MaxPool2D's fast path (MaxPool2D+FastPath.swift). The outputs [n, c, oh, ow], and each one's
/// winner as a flat index into the input; the same as the readable `maxPool` of MaxPool2D.swift.
package func maxPoolAcrossCores(_ input: Tensor, _ g: ConvolutionGeometry) -> (output: Tensor, winners: [Int32]) {
    let (size, stride) = (g.kernelHeight, g.stride)
    let (n, channels) = (input.shape[0], g.channels)
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
    return (output, winners)
}

/// ∂L/∂x [n, c, h, w] (`inputShape`) of max pooling: each output's gradient to its winner.
/// Whole images to each core; 2 × 2 windows at stride 2 written whole, four at a time.
package func maxPoolBackwardAcrossCores(_ outputGradient: Tensor, winners: [Int32], inputShape: [Int],
                                        size: Int, stride: Int) -> Tensor {
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
