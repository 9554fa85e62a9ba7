// Conv2D's fast path: the readable layer of Conv2D.swift done in one pass per group of images,
// the batch split across the cores (chapters/10-making-it-fast/README.md, sections 4 to 6).
// Conv2D+FastPath.swift calls these with the layer's tensors; tests hold the results equal to
// the readable `forward` and `backward` (Tests/EngineTests/ConvolutionFastPathTests.swift).
//
// Per group of images, with X = im2col(x) [c·kh·kw, images·oh·ow] and W as a matrix [k, c·kh·kw]:
//   forward   Y = W X + b                   [k, images·oh·ow]
//   backward  ∂L/∂W += ∂Y Xᵀ   [k, c·kh·kw]; ∂L/∂b += row sums of ∂Y;  ∂L/∂X = Wᵀ ∂Y, then col2im.
// A layer with many channels unrolls its patches as rows instead, X' = im2row(x) [oh·ow, kh·kw·c]
// with W' the kernel reordered [k, kh·kw·c], and multiplies by X'ᵀ where the above has X:
// Y = W' X'ᵀ, ∂L/∂W' = ∂Y X', ∂L/∂X' = ∂Yᵀ W' (PatchLayout; Unrolling.swift does the copying).
// With `relu`, ReLU is applied while the output is still in cache, and ∂Y masked by [y > 0] on
// the way back: the numbers of Conv2D then ReLU, without the two passes over the whole batch that
// a separate ReLU makes (chapter 10's notes, section 6). With `maxPooled`, the output is also
// max-pooled over 2 × 2 windows (stride 2) as it is written, and the pooled gradient routed back
// to the winners as ∂Y is gathered (`maxPool2x2` and `routeToWinners`, PoolingKernels.swift).
import Tensors

/// What a convolution's fast path is given besides its input: the layer's kernel [k, c, kh, kw]
/// and bias [k], the window's geometry, what it applies on the way out, and an im2col of one image
/// [c, h, w] → [c·kh·kw, oh·ow] to use instead of the engine's: how `chapter06 --mine` runs a
/// learner's exercise 6.3 at the speed of everything else (YourConvolution.swift in its folder).
package struct ConvolutionSetting: Sendable {
    package let kernel: Tensor, bias: Tensor
    package let geometry: ConvolutionGeometry
    package let relu: Bool, maxPooled: Bool
    package let replacementIm2col: (@Sendable (Tensor) -> Tensor)?
    /// The layer, as messages name it.
    package let layer: String

    package init(kernel: Tensor, bias: Tensor, geometry: ConvolutionGeometry, relu: Bool, maxPooled: Bool,
                 replacementIm2col: (@Sendable (Tensor) -> Tensor)? = nil, layer: String) {
        (self.kernel, self.bias, self.geometry, self.relu, self.maxPooled) = (kernel, bias, geometry, relu, maxPooled)
        (self.replacementIm2col, self.layer) = (replacementIm2col, layer)
    }

    var outChannels: Int { kernel.shape[0] }
    var layout: PatchLayout { PatchLayout(geometry) }

    /// [n, k, oh, ow], halved by pooling.
    package func outputShape(images n: Int) -> [Int] {
        let g = geometry
        return maxPooled ? [n, outChannels, g.outputHeight / 2, g.outputWidth / 2] : [n, outChannels, g.outputHeight, g.outputWidth]
    }

    /// Images unrolled into one product: enough for about 128 output pixels as rows, 512 as
    /// columns, so that a layer with small feature maps still gets a product large enough to
    /// run near the machine's peak, and small enough that its patches stay in the core's cache.
    /// Measured on the benchmark (chapter 10's notes, section 4): conv2's rows ran 3 to 5 % faster 2 images
    /// at a time (128 × 800 values, 400 KB) than 8, and conv1's columns best 1 image at a time.
    var imagesPerProduct: Int {
        max(1, (layout == .rows ? 128 : 512) / geometry.outputPixels)
    }

    var unrolling: Unrolling { Unrolling(geometry, layout, replacementIm2col, layer: layer) }

    /// The kernel as the product reads it: as stored, [k, c, kh, kw], for columns; channels
    /// last, [k, kh, kw, c], for rows, to match im2row's order within a patch.
    var kernelForProduct: Tensor {
        guard layout == .rows else { return kernel }
        let (k, c, area) = (outChannels, geometry.channels, kernel.shape[2] * kernel.shape[3])
        return kernel.withUnsafeScalars { w in
            Tensor(shape: [k, kernel.shape[2], kernel.shape[3], c]) { target in
                for o in 0..<k {
                    channelsLast(w.baseAddress! + o * c * area, channels: c, pixels: area,
                                 into: target.baseAddress! + o * c * area)
                }
            }
        }
    }

    /// A kernel-shaped gradient laid out [k, kh, kw, c], back in the stored order [k, c, kh, kw].
    func kernelInStoredOrder(_ gradient: Tensor) -> Tensor {
        let (k, c, area) = (outChannels, geometry.channels, kernel.shape[2] * kernel.shape[3])
        return gradient.withUnsafeScalars { source in
            Tensor(shape: kernel.shape) { target in
                for o in 0..<k {
                    channelMajor(source.baseAddress! + o * c * area, channels: c, pixels: area,
                                 into: target.baseAddress! + o * c * area)
                }
            }
        }
    }
}

/// The forward pass, by groups of images across the cores, with the bias, ReLU and pooling
/// applied as each product is written out. Returns the output and, when pooled, each window's
/// winner as its index in its oh × ow plane.
package func convolutionForward(_ input: Tensor, _ setting: ConvolutionSetting) -> (output: Tensor, winners: [Int32]) {
    if setting.isDirect { return (directConvolutionForward(input, setting), []) }   // DirectConvolutionKernels.swift
    let g = setting.geometry
    let (n, k, patch, pixels) = (input.shape[0], setting.outChannels, g.patchSize, g.outputPixels)
    let (group, layout, relu, pooled) = (setting.imagesPerProduct, setting.layout, setting.relu, setting.maxPooled)
    let unroll = setting.unrolling
    let kernel = setting.kernelForProduct
    let shape = setting.outputShape(images: n), planeSize = shape[2] * shape[3]
    // Every output and winner is written below, so their storage is not zeroed first.
    var winners = [Int32](unsafeUninitializedCapacity: pooled ? n * k * planeSize : 0) { _, count in
        count = pooled ? n * k * planeSize : 0
    }
    let output = input.withUnsafeScalars { x in
        kernel.withUnsafeScalars { w in
            setting.bias.withUnsafeScalars { b in
                winners.withUnsafeMutableBufferPointer { bests in
                    Tensor(shape: shape) { y in
                        nonisolated(unsafe) let (x, w, b, y) = (x.baseAddress!, w.baseAddress!, b.baseAddress!, y.baseAddress!)
                        nonisolated(unsafe) let best = pooled ? bests.baseAddress : nil
                        forEachWorker(images: n) { _, images in
                            let buffers = unroll.buffers(images: group, outChannels: k)
                            defer { buffers.deallocate() }
                            for first in Swift.stride(from: images.lowerBound, to: images.upperBound, by: group) {
                                let count = min(group, images.upperBound - first), width = count * pixels
                                unroll.patches(of: x, images: first..<(first + count), into: buffers)
                                switch layout {
                                case .columns:
                                    // Y = W X for `count` images at once: [k, patch] · [patch, width].
                                    sgemm(false, false, m: k, n: width, k: patch, w, lda: patch, buffers.patches, ldb: width,
                                          beta: 0, buffers.product, ldc: width)
                                case .rows:
                                    // Y = W Xᵀ: [k, patch] · [patch, width], X's rows read as columns.
                                    sgemm(false, true, m: k, n: width, k: patch, w, lda: patch, buffers.patches, ldb: patch,
                                          beta: 0, buffers.product, ldc: width)
                                }
                                // Each image's outputs back to NCHW, with the bias (and ReLU, and pooling) applied on the way.
                                for image in 0..<count {
                                    for o in 0..<k {
                                        let from = buffers.product + o * width + image * pixels
                                        let plane = (first + image) * k + o
                                        let (to, shift) = (y + plane * planeSize, b[o])
                                        if let best {
                                            maxPool2x2(plane: from, height: g.outputHeight, width: g.outputWidth, adding: shift,
                                                       relu: relu, into: to, winners: best + plane * planeSize)
                                        } else if relu {
                                            for q in 0..<pixels { to[q] = Swift.max(0, from[q] + shift) }
                                        } else {
                                            for q in 0..<pixels { to[q] = from[q] + shift }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return (output, winners)
}

/// ∂L/∂W [k, c, kh, kw] and ∂L/∂b [k], and ∂L/∂x when `inputGradient`, for the input `x` the
/// forward pass was given. `reluOutput` is that pass's output when it applied ReLU (its positive
/// entries are the mask), `winners` its pooling winners. The patches of each image are unrolled
/// again rather than kept from the forward pass: a small buffer that stays in cache beats a large
/// one read back from memory.
package func convolutionBackward(_ outputGradient: Tensor, input x: Tensor, _ setting: ConvolutionSetting,
                                 reluOutput: Tensor?, winners: [Int32], inputGradient: Bool)
    -> (weight: Tensor, bias: Tensor, input: Tensor?) {
    if setting.isDirect && (!inputGradient || setting.isDirectInputGradient) {   // DirectConvolutionKernels.swift
        return directConvolutionBackward(outputGradient, input: x, setting, reluOutput: reluOutput, inputGradient: inputGradient)
    }
    let g = setting.geometry
    let (n, k, patch, pixels) = (x.shape[0], setting.outChannels, g.patchSize, g.outputPixels)
    let planeSize = setting.outputShape(images: n)[2...].reduce(1, *)
    let (group, layout) = (setting.imagesPerProduct, setting.layout)
    let unroll = setting.unrolling
    let kernel = setting.kernelForProduct
    let workers = min(batchWorkerCount, max(n, 1))
    // Each worker sums its images' ∂W and ∂b apart, in one row [∂W in the kernel's layout for
    // the product, then ∂b]; the rows are added at the end.
    var partials = Tensor.zeros([workers, k * patch + k])
    // col2im adds into ∂x, so it starts at zero; the rows layout writes every entry.
    var dx = !inputGradient ? Tensor.zeros([0]) : layout == .columns ? Tensor.zeros(x.shape) : Tensor(shape: x.shape) { _ in }
    x.withUnsafeScalars { xs in
        kernel.withUnsafeScalars { ws in
            outputGradient.withUnsafeScalars { dys in
                (reluOutput ?? outputGradient).withUnsafeScalars { ys in
                    partials.withUnsafeMutableScalars { partialSums in
                        dx.withUnsafeMutableScalars { dxs in
                            winners.withUnsafeBufferPointer { bests in
                                nonisolated(unsafe) let (x, w, dy) = (xs.baseAddress!, ws.baseAddress!, dys.baseAddress!)
                                nonisolated(unsafe) let reluMask = reluOutput == nil ? nil : ys.baseAddress!
                                nonisolated(unsafe) let best = setting.maxPooled ? bests.baseAddress! : nil
                                nonisolated(unsafe) let partial = partialSums.baseAddress!
                                nonisolated(unsafe) let dxp = inputGradient ? dxs.baseAddress : nil
                                forEachWorker(images: n) { worker, images in
                                    let buffers = unroll.buffers(images: group, outChannels: k)
                                    defer { buffers.deallocate() }
                                    let dW = partial + worker * (k * patch + k), dB = dW + k * patch
                                    for first in Swift.stride(from: images.lowerBound, to: images.upperBound, by: group) {
                                        let count = min(group, images.upperBound - first), width = count * pixels
                                        // ∂Y of `count` images side by side, [k, width], through ReLU's mask
                                        // when the layer applied it; ∂b gets its row sums. One image as
                                        // columns with nothing to mask or route is already laid out so in
                                        // ∂L/∂y, and the products read it there.
                                        let inPlace = count == 1 && layout == .columns && reluMask == nil && best == nil
                                        let gathered = inPlace ? UnsafeMutablePointer(mutating: dy + first * k * pixels) : buffers.product
                                        for image in 0..<count {
                                            for o in 0..<k {
                                                let offset = ((first + image) * k + o) * planeSize
                                                let (from, to) = (dy + offset, gathered + o * width + image * pixels)
                                                if inPlace {
                                                    // Nothing to copy.
                                                } else if let best {
                                                    routeToWinners(from, winners: best + offset, mask: reluMask.map { $0 + offset },
                                                                   into: to, height: g.outputHeight, width: g.outputWidth)
                                                } else if let reluMask {
                                                    let y = reluMask + offset
                                                    // ∂Y is read whether or not it passes: a load under the
                                                    // condition would keep the loop from being vectorised.
                                                    for q in 0..<pixels {
                                                        let gradient = from[q]
                                                        to[q] = y[q] > 0 ? gradient : 0
                                                    }
                                                } else {
                                                    to.update(from: from, count: pixels)
                                                }
                                                dB[o] += sumOfRow(to, count: pixels)
                                            }
                                        }
                                        unroll.patches(of: x, images: first..<(first + count), into: buffers)
                                        switch layout {
                                        case .columns:
                                            // ∂W += ∂Y Xᵀ: [k, width] · [width, patch].
                                            sgemm(false, true, m: k, n: patch, k: width, gathered, lda: width,
                                                  buffers.patches, ldb: width, beta: 1, dW, ldc: patch)
                                        case .rows:
                                            // ∂W += ∂Y X: [k, width] · [width, patch].
                                            sgemm(false, false, m: k, n: patch, k: width, gathered, lda: width,
                                                  buffers.patches, ldb: patch, beta: 1, dW, ldc: patch)
                                        }
                                        guard let dxp else { continue }
                                        // ∂X = Wᵀ ∂Y into the patches' buffer, then each value back to its pixel.
                                        switch layout {
                                        case .columns:
                                            sgemm(true, false, m: patch, n: width, k: k, w, lda: patch, gathered, ldb: width,
                                                  beta: 0, buffers.patches, ldc: width)
                                        case .rows:
                                            // ∂X = ∂Yᵀ W: [width, k] · [k, patch], as rows.
                                            sgemm(true, false, m: width, n: patch, k: k, gathered, lda: width, w, ldb: patch,
                                                  beta: 0, buffers.patches, ldc: patch)
                                        }
                                        unroll.addBack(buffers, images: first..<(first + count), into: dxp)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    let sums = partials.sum(alongAxis: 0).scalars
    let weightGradient = Tensor(shape: [k, patch], scalars: Array(sums[..<(k * patch)]))
    return (weight: layout == .rows ? setting.kernelInStoredOrder(weightGradient) : weightGradient.reshaped(setting.kernel.shape),
            bias: Tensor(shape: [k], scalars: Array(sums[(k * patch)...])),
            input: inputGradient ? dx : nil)
}
