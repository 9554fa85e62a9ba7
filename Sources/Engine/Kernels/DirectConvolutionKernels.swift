// A 3 × 3 convolution computed from the image where it lies, without unrolling its patches into
// a matrix for BLAS: for layers whose output channels come in sixteens, as a ResNet's do. The
// sixteen outputs of one pixel are one vector register; each input value, broadcast to all
// sixteen lanes, is multiplied by the kernel's sixteen weights for it and added. A tile of seven
// pixels by two such vectors keeps fourteen sums in registers while the loop runs over every
// input channel and kernel offset (chapters/10-making-it-fast/README.md, section 4).
//
// Shapes, with the kernel W [k, c, 3, 3] reordered channels last, W' [c, 3, 3, k]:
//   forward  y[o, i, j] = b[o] + Σ_{ch, u, v} x̃[ch, i·s + u, j·s + v] · W'[ch, u, v, o]
//            (x̃ the image with a border of one zero, the layer's padding of 1)
//   ∂W'[ch, u, v, o] = Σ_{i, j} x̃[ch, i·s + u, j·s + v] · ∂y[o, i, j]   (∂y read channels last)
//   ∂x      at stride 1, the forward pass again: ∂y with a border of one zero convolved with the
//            kernel turned half round, W''[o, u, v, ch] = W[o, ch, 2 − u, 2 − v]
//            (the derivation: chapters/06-convnets/README.md, section 5).
// ConvolutionKernels.swift takes this path when `ConvolutionSetting.isDirect` says so; tests
// hold it to the readable Conv2D (Tests/EngineTests/ConvolutionFastPathTests.swift). Its sums
// run in another order than BLAS's, so its numbers differ from the other path's in the last bits.
import Tensors

/// Sixteen output channels of one pixel.
typealias Lanes = SIMD16<Float>

/// Pixels of one output row computed together: seven by two vectors is fourteen sums, which the
/// compiler keeps in registers (at fourteen by two it kept them in memory: a third of the speed in a trial).
let tilePixels = 7

/// Whether this build has AVX-512's 32 vector registers of 16 floats (Package.swift defines
/// WIDE_VECTORS). A tile's 14 sums of 16 lanes are 28 registers of 8 lanes with AVX2, which has
/// 16: they spill to memory, and there the direct path ran at 0.89× im2row and BLAS in training
/// (benchmarks/README.md, bench resnet). Without them Conv2D keeps to im2row and BLAS.
#if WIDE_VECTORS
package let directConvolutionFitsRegisters = true
#else
package let directConvolutionFitsRegisters = false
#endif

extension ConvolutionSetting {
    /// Whether the direct path computes this layer: a 3 × 3 kernel with padding 1 at stride 1 or
    /// 2, output channels a multiple of 16, and no pooling or replacement im2col to apply, on a
    /// processor whose registers hold the tiles.
    package var isDirect: Bool {
        let g = geometry
        return directConvolutionFitsRegisters
            && g.kernelHeight == 3 && g.kernelWidth == 3 && g.padding == 1 && (g.stride == 1 || g.stride == 2)
            && outChannels % 16 == 0 && !maxPooled && replacementIm2col == nil
    }

    /// Whether the direct path also computes ∂L/∂x: as a forward pass, which needs stride 1 and
    /// the input's channels, its output here, a multiple of 16.
    package var isDirectInputGradient: Bool { isDirect && geometry.stride == 1 && geometry.channels % 16 == 0 }

    /// W [k, c, 3, 3] as W'[c, 3, 3, k], or turned half round as W''[k, 3, 3, c].
    func directKernel(turned: Bool) -> Tensor {
        let (k, c) = (outChannels, geometry.channels)
        return kernel.withUnsafeScalars { w in
            Tensor(shape: turned ? [k, 3, 3, c] : [c, 3, 3, k]) { target in
                for o in 0..<k {
                    for ch in 0..<c {
                        for tap in 0..<9 {
                            let value = w[(o * c + ch) * 9 + tap]
                            if turned { target[(o * 9 + 8 - tap) * c + ch] = value } else { target[(ch * 9 + tap) * k + o] = value }
                        }
                    }
                }
            }
        }
    }
}

/// Copies an image [c, h, w] into `padded` [c, h + 2, w + 2], inside a border of zeros.
func padByOne(_ image: UnsafePointer<Float>, channels c: Int, height h: Int, width w: Int, into padded: UnsafeMutablePointer<Float>) {
    let wp = w + 2
    padded.update(repeating: 0, count: c * (h + 2) * wp)
    for ch in 0..<c {
        for i in 0..<h {
            (padded + (ch * (h + 2) + i + 1) * wp + 1).update(from: image + (ch * h + i) * w, count: w)
        }
    }
}

/// One image's padded planes [c, hp, wp], as the tiles read them.
struct PaddedPlanes {
    let start: UnsafePointer<Float>
    let channels: Int, height: Int, width: Int
    var plane: Int { height * width }
}

/// sums[q][v] = Σ_{ch, u, v'} x̃[ch, u, q·s + v'] · W'[ch, u, v', 16v ..< 16v + 16], for the R
/// pixels of a row whose windows start at `row` (x̃'s row of the first, column of the first).
/// The c·9 terms run as one loop: `taps[t]` is where term t = (ch·3 + u)·3 + v' reads x̃,
/// relative to the window's start, and its weights are row t of W'.
@inline(__always)
private func convolutionTile<let R: Int, let NV: Int>(_ sums: inout InlineArray<R, InlineArray<NV, Lanes>>,
                                                      _ taps: UnsafeBufferPointer<Int>, row: UnsafePointer<Float>, stride s: Int,
                                                      weights w: UnsafePointer<Float>, outChannels k: Int) {
    for q in 0..<R { for v in 0..<NV { sums[unchecked: q][unchecked: v] = Lanes() } }
    var weightRow = w
    for tap in taps {
        let a = row + tap
        var weight = InlineArray<NV, Lanes>(repeating: Lanes())
        for lane in 0..<NV {
            weight[unchecked: lane] = UnsafeRawPointer(weightRow + lane &* 16).loadUnaligned(as: Lanes.self)
        }
        for q in 0..<R {
            let value = Lanes(repeating: a[q &* s])
            for lane in 0..<NV { sums[unchecked: q][unchecked: lane].addProduct(value, weight[unchecked: lane]) }
        }
        weightRow += k
    }
}

/// One tile of R pixels by 16·NV channels, computed and written to y [k, oh, ow] at output row
/// `i`, column `j`, channel `o`, with the bias and the ReLU when given.
@inline(__always)
private func writeTile<let R: Int, let NV: Int>(_: InlineArray<R, InlineArray<NV, Lanes>>.Type, _ x: PaddedPlanes,
                                                taps: UnsafeBufferPointer<Int>, stride s: Int, weights w: UnsafePointer<Float>, outChannels k: Int,
                                                bias: UnsafePointer<Float>?, relu: Bool, i: Int, j: Int, o: Int,
                                                outputHeight oh: Int, outputWidth ow: Int, into y: UnsafeMutablePointer<Float>) {
    var sums = InlineArray<R, InlineArray<NV, Lanes>>(repeating: InlineArray(repeating: Lanes()))
    convolutionTile(&sums, taps, row: x.start + (i &* s &* x.width &+ j &* s), stride: s, weights: w + o, outChannels: k)
    for lane in 0..<NV {
        for channel in 0..<16 {
            let out = o &+ lane &* 16 &+ channel
            let shift = bias?[out] ?? 0
            let target = y + ((out &* oh &+ i) &* ow &+ j)
            for q in 0..<R {
                let value = sums[unchecked: q][unchecked: lane][channel] + shift
                target[q] = relu ? Swift.max(0, value) : value
            }
        }
    }
}

/// The convolution of one padded image `x` with W' [c, 3, 3, k] at stride `s`, into y [k, oh, ow].
func convolve3x3(_ x: PaddedPlanes, stride s: Int, weights w: UnsafePointer<Float>, outChannels k: Int,
                 bias: UnsafePointer<Float>?, relu: Bool, outputHeight oh: Int, outputWidth ow: Int,
                 into y: UnsafeMutablePointer<Float>) {
    withUnsafeTemporaryAllocation(of: Int.self, capacity: x.channels * 9) { taps in
        for ch in 0..<x.channels {
            for tap in 0..<9 { taps[ch * 9 + tap] = ch * x.plane + (tap / 3) * x.width + tap % 3 }
        }
        let taps = UnsafeBufferPointer(taps)
        func tile<let R: Int, let NV: Int>(_ shape: InlineArray<R, InlineArray<NV, Lanes>>.Type, i: Int, j: Int, o: Int) {
            writeTile(shape, x, taps: taps, stride: s, weights: w, outChannels: k, bias: bias, relu: relu, i: i, j: j, o: o,
                      outputHeight: oh, outputWidth: ow, into: y)
        }
        for i in 0..<oh {
            var j = 0
            while j < ow {
                // Whole tiles, then a pixel at a time for a row whose width is not a multiple of seven.
                let whole = ow - j >= tilePixels
                var o = 0
                while o < k {
                    let pair = k - o >= 32
                    switch (whole, pair) {
                    case (true, true): tile(InlineArray<7, InlineArray<2, Lanes>>.self, i: i, j: j, o: o)
                    case (true, false): tile(InlineArray<7, InlineArray<1, Lanes>>.self, i: i, j: j, o: o)
                    case (false, true): tile(InlineArray<1, InlineArray<2, Lanes>>.self, i: i, j: j, o: o)
                    case (false, false): tile(InlineArray<1, InlineArray<1, Lanes>>.self, i: i, j: j, o: o)
                    }
                    o += pair ? 32 : 16
                }
                j += whole ? tilePixels : 1
            }
        }
    }
}

/// sums[t][v] += Σ_{i, j} x̃[i·s + u, j·s + v'] · ∂y[i, j, o + 16v ..< o + 16v + 16] for the nine
/// offsets t = (u, v') of one padded input plane, ∂y channels last [oh·ow, k].
@inline(__always)
private func addWeightGradient<let NV: Int>(_: InlineArray<NV, Lanes>.Type, plane x: UnsafePointer<Float>, paddedWidth wp: Int,
                                            stride s: Int, outputGradient dy: UnsafePointer<Float>, outChannels k: Int, o: Int,
                                            outputHeight oh: Int, outputWidth ow: Int, into dW: UnsafeMutablePointer<Float>) {
    var sums = InlineArray<9, InlineArray<NV, Lanes>>(repeating: InlineArray(repeating: Lanes()))
    for i in 0..<oh {
        let row = x + i &* s &* wp
        let gradients = dy + (i &* ow &* k &+ o)
        for j in 0..<ow {
            var gradient = InlineArray<NV, Lanes>(repeating: Lanes())
            for lane in 0..<NV {
                gradient[unchecked: lane] = UnsafeRawPointer(gradients + (j &* k &+ lane &* 16)).loadUnaligned(as: Lanes.self)
            }
            let window = row + j &* s
            for t in 0..<9 {
                let value = Lanes(repeating: window[(t / 3) &* wp &+ t % 3])
                for lane in 0..<NV { sums[unchecked: t][unchecked: lane].addProduct(value, gradient[unchecked: lane]) }
            }
        }
    }
    for t in 0..<9 {
        for lane in 0..<NV {
            let target = UnsafeMutableRawPointer(dW + (t &* k &+ o &+ lane &* 16))
            target.storeBytes(of: target.loadUnaligned(as: Lanes.self) + sums[unchecked: t][unchecked: lane], as: Lanes.self)
        }
    }
}

/// ∂y of one image [k, oh·ow] through ReLU's mask (the forward output `mask`, when given),
/// written channels last [oh·ow, k] for ∂W; its sums over the pixels are added to ∂b.
private func maskedChannelsLast(_ dy: UnsafePointer<Float>, mask: UnsafePointer<Float>?, channels k: Int, pixels: Int,
                                into target: UnsafeMutablePointer<Float>, biasGradient dB: UnsafeMutablePointer<Float>) {
    for q in 0..<pixels {
        let row = target + q &* k
        if let mask {
            for o in 0..<k { row[o] = mask[o &* pixels &+ q] > 0 ? dy[o &* pixels &+ q] : 0 }
        } else {
            for o in 0..<k { row[o] = dy[o &* pixels &+ q] }
        }
        for o in 0..<k { dB[o] += row[o] }
    }
}

/// ∂y of one image through ReLU's mask, as planes [k, oh + 2, ow + 2] inside a border of zeros
/// that `target` already holds: the input of ∂x's convolution.
private func maskedWithBorder(_ dy: UnsafePointer<Float>, mask: UnsafePointer<Float>?, channels k: Int, height oh: Int, width ow: Int,
                              into target: UnsafeMutablePointer<Float>) {
    for o in 0..<k {
        for i in 0..<oh {
            let offset = (o &* oh &+ i) &* ow
            let to = target + ((o &* (oh &+ 2) &+ i &+ 1) &* (ow &+ 2) &+ 1)
            if let mask {
                for j in 0..<ow { to[j] = mask[offset &+ j] > 0 ? dy[offset &+ j] : 0 }
            } else {
                (to).update(from: dy + offset, count: ow)
            }
        }
    }
}

/// The direct path's forward pass: each core takes whole images, pads each and convolves it.
func directConvolutionForward(_ input: Tensor, _ setting: ConvolutionSetting) -> Tensor {
    let g = setting.geometry
    let (n, k, c) = (input.shape[0], setting.outChannels, g.channels)
    let (oh, ow, relu) = (g.outputHeight, g.outputWidth, setting.relu)
    let kernel = setting.directKernel(turned: false)
    return input.withUnsafeScalars { x in
        kernel.withUnsafeScalars { w in
            setting.bias.withUnsafeScalars { b in
                Tensor(shape: [n, k, oh, ow]) { y in
                    nonisolated(unsafe) let (x, w, b, y) = (x.baseAddress!, w.baseAddress!, b.baseAddress!, y.baseAddress!)
                    forEachWorker(images: n) { _, images in
                        let padded = UnsafeMutablePointer<Float>.allocate(capacity: c * (g.height + 2) * (g.width + 2))
                        defer { padded.deallocate() }
                        let planes = PaddedPlanes(start: padded, channels: c, height: g.height + 2, width: g.width + 2)
                        for image in images {
                            padByOne(x + image * c * g.inputPixels, channels: c, height: g.height, width: g.width, into: padded)
                            convolve3x3(planes, stride: g.stride, weights: w, outChannels: k, bias: b, relu: relu,
                                        outputHeight: oh, outputWidth: ow, into: y + image * k * oh * ow)
                        }
                    }
                }
            }
        }
    }
}

/// The direct path's backward pass: ∂L/∂W and ∂L/∂b, and ∂L/∂x when `inputGradient` (which
/// needs `isDirectInputGradient`). `reluOutput` is the forward pass's output when it applied ReLU.
func directConvolutionBackward(_ outputGradient: Tensor, input x: Tensor, _ setting: ConvolutionSetting,
                               reluOutput: Tensor?, inputGradient: Bool) -> (weight: Tensor, bias: Tensor, input: Tensor?) {
    let g = setting.geometry
    let (n, k, c, s) = (x.shape[0], setting.outChannels, g.channels, g.stride)
    let (h, w, oh, ow) = (g.height, g.width, g.outputHeight, g.outputWidth)
    let pixels = oh * ow
    let kernel = setting.directKernel(turned: true)
    // Each worker sums its images' ∂W' [c, 3, 3, k] and ∂b [k] apart, in one row; the rows are added at the end.
    var partials = Tensor.zeros([batchWorkerCount, c * 9 * k + k])
    var dx = Tensor(shape: inputGradient ? x.shape : [0]) { _ in }
    x.withUnsafeScalars { xs in
        kernel.withUnsafeScalars { ws in
            outputGradient.withUnsafeScalars { dys in
                (reluOutput ?? outputGradient).withUnsafeScalars { ys in
                    partials.withUnsafeMutableScalars { partialSums in
                        dx.withUnsafeMutableScalars { dxs in
                            nonisolated(unsafe) let (x, turned, dy) = (xs.baseAddress!, ws.baseAddress!, dys.baseAddress!)
                            nonisolated(unsafe) let mask = reluOutput == nil ? nil : ys.baseAddress!
                            nonisolated(unsafe) let partial = partialSums.baseAddress!
                            nonisolated(unsafe) let dxp = inputGradient ? dxs.baseAddress : nil
                            forEachWorker(images: n) { worker, images in
                                let padded = UnsafeMutablePointer<Float>.allocate(capacity: c * (h + 2) * (w + 2))
                                // ∂y of one image channels last [oh·ow, k], and as planes with a border [k, oh + 2, ow + 2].
                                let channelsLast = UnsafeMutablePointer<Float>.allocate(capacity: pixels * k)
                                let gradientPlanes = UnsafeMutablePointer<Float>.allocate(capacity: dxp == nil ? 0 : k * (oh + 2) * (ow + 2))
                                defer { padded.deallocate(); channelsLast.deallocate(); gradientPlanes.deallocate() }
                                let dW = partial + worker * (c * 9 * k + k), dB = dW + c * 9 * k
                                if dxp != nil { gradientPlanes.update(repeating: 0, count: k * (oh + 2) * (ow + 2)) }
                                for image in images {
                                    let (gradient, passes) = (dy + image * k * pixels, mask.map { $0 + image * k * pixels })
                                    maskedChannelsLast(gradient, mask: passes, channels: k, pixels: pixels, into: channelsLast,
                                                       biasGradient: dB)
                                    if dxp != nil {
                                        maskedWithBorder(gradient, mask: passes, channels: k, height: oh, width: ow, into: gradientPlanes)
                                    }
                                    padByOne(x + image * c * h * w, channels: c, height: h, width: w, into: padded)
                                    for ch in 0..<c {
                                        let plane = padded + ch * (h + 2) * (w + 2)
                                        var o = 0
                                        while o < k {
                                            if k - o >= 32 {
                                                addWeightGradient(InlineArray<2, Lanes>.self, plane: plane, paddedWidth: w + 2, stride: s,
                                                                  outputGradient: channelsLast, outChannels: k, o: o,
                                                                  outputHeight: oh, outputWidth: ow, into: dW + ch * 9 * k)
                                                o += 32
                                            } else {
                                                addWeightGradient(InlineArray<1, Lanes>.self, plane: plane, paddedWidth: w + 2, stride: s,
                                                                  outputGradient: channelsLast, outChannels: k, o: o,
                                                                  outputHeight: oh, outputWidth: ow, into: dW + ch * 9 * k)
                                                o += 16
                                            }
                                        }
                                    }
                                    guard let dxp else { continue }
                                    // ∂x = the bordered ∂y convolved with W'' (stride 1: oh = h, ow = w).
                                    let planes = PaddedPlanes(start: gradientPlanes, channels: k, height: oh + 2, width: ow + 2)
                                    convolve3x3(planes, stride: 1, weights: turned, outChannels: c, bias: nil, relu: false,
                                                outputHeight: h, outputWidth: w, into: dxp + image * c * h * w)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    let sums = partials.sum(alongAxis: 0).scalars
    // ∂W' [c, 3, 3, k] back to the stored order [k, c, 3, 3].
    let weight = Tensor(shape: setting.kernel.shape) { target in
        for o in 0..<k {
            for ch in 0..<c {
                for tap in 0..<9 { target[(o * c + ch) * 9 + tap] = sums[(ch * 9 + tap) * k + o] }
            }
        }
    }
    return (weight, Tensor(shape: [k], scalars: Array(sums[(c * 9 * k)...])), inputGradient ? dx : nil)
}
