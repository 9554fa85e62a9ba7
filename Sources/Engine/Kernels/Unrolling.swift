// How Conv2D copies a chunk of images into the buffer its matrix product reads (im2col or
// im2row), and adds the product's gradient back to the images' pixels (col2im or row2im).
// The images stay NCHW outside the layer; the rows layout turns each one channels last first.
import Tensors

/// How a chunk of images is unrolled for its product. Both give the same numbers; they
/// differ in how long the runs are that the unrolling copies (chapter 10's notes, section 4).
package enum PatchLayout: Sendable {
    /// im2col: patches as columns [c·kh·kw, images·oh·ow], copied in runs of ow values.
    case columns
    /// im2row over channels-last images: patches as rows [images·oh·ow, kh·kw·c], copied
    /// in runs of kw·c values.
    case rows

    /// The layout whose runs are longer: rows once a kernel row spans more values (kw·c) than
    /// an output row (ow). conv1 of the benchmark (c = 1, ow = 24) takes columns; conv2
    /// (kw·c = 160, ow = 8) takes rows.
    package init(_ g: ConvolutionGeometry) {
        self = g.kernelWidth * g.channels > g.outputWidth ? .rows : .columns
    }
}

/// The unrolling of one layer's images, in the layer's patch layout.
struct Unrolling: Sendable {
    let g: ConvolutionGeometry
    let layout: PatchLayout
    /// A learner's im2col (`chapter06 --mine`), used instead of the engine's.
    let replacement: (@Sendable (Tensor) -> Tensor)?
    let layer: String

    init(_ g: ConvolutionGeometry, _ layout: PatchLayout, _ replacement: (@Sendable (Tensor) -> Tensor)?,
         layer: String) {
        (self.g, self.layout, self.replacement, self.layer) = (g, layout, replacement, layer)
    }

    /// One worker's buffers, for chunks of up to `images` images.
    struct Buffers {
        /// The patches: [c·kh·kw, images·oh·ow] (columns) or [images·oh·ow, kh·kw·c] (rows).
        let patches: UnsafeMutablePointer<Float>
        /// The product's result, or ∂Y: images·oh·ow·k values.
        let product: UnsafeMutablePointer<Float>
        /// One image channels last, c·h·w values (rows layout only).
        let image: UnsafeMutablePointer<Float>

        func deallocate() {
            patches.deallocate()
            product.deallocate()
            image.deallocate()
        }
    }

    func buffers(images: Int, outChannels: Int) -> Buffers {
        Buffers(patches: .allocate(capacity: g.patchSize * images * g.outputPixels),
                product: .allocate(capacity: outChannels * images * g.outputPixels),
                image: .allocate(capacity: layout == .rows ? g.channels * g.inputPixels : 0))
    }

    /// Unrolls the images `images` of the NCHW batch at `x` into `buffers.patches`.
    func patches(of x: UnsafePointer<Float>, images: Range<Int>, into buffers: Buffers) {
        let (imageSize, width) = (g.channels * g.inputPixels, images.count * g.outputPixels)
        for (index, image) in images.enumerated() {
            let pixels = x + image * imageSize
            switch (layout, replacement) {
            case (.columns, nil):
                im2col(pixels, g, into: buffers.patches + index * g.outputPixels, rowStride: width)
            case (.rows, nil):
                channelsLast(pixels, channels: g.channels, pixels: g.inputPixels, into: buffers.image)
                im2row(buffers.image, g, into: buffers.patches + index * g.outputPixels * g.patchSize)
            case (_, let replacement?):
                copyReplacement(replacement, of: pixels, into: buffers.patches, index: index, width: width)
            }
        }
    }

    /// Adds the unrolled gradient in `buffers.patches` back to the pixels of the images
    /// `images` in the NCHW gradient `dx`. Columns add into `dx`, which must start at zero;
    /// rows write every pixel.
    func addBack(_ buffers: Buffers, images: Range<Int>, into dx: UnsafeMutablePointer<Float>) {
        let (imageSize, width) = (g.channels * g.inputPixels, images.count * g.outputPixels)
        for (index, image) in images.enumerated() {
            switch layout {
            case .columns:
                col2im(buffers.patches + index * g.outputPixels, g, into: dx + image * imageSize, rowStride: width)
            case .rows:
                buffers.image.update(repeating: 0, count: imageSize)
                row2im(buffers.patches + index * g.outputPixels * g.patchSize, g, into: buffers.image)
                channelMajor(buffers.image, channels: g.channels, pixels: g.inputPixels, into: dx + image * imageSize)
            }
        }
    }

    /// The replacement's im2col [c·kh·kw, oh·ow] of one image, copied into the patches in the layout.
    private func copyReplacement(_ replacement: @Sendable (Tensor) -> Tensor, of image: UnsafePointer<Float>,
                                 into patches: UnsafeMutablePointer<Float>, index: Int, width: Int) {
        let pixels = Tensor(shape: [g.channels, g.height, g.width],
                            scalars: Array(UnsafeBufferPointer(start: image, count: g.channels * g.inputPixels)))
        let result = replacement(pixels)
        require(result.shape == [g.patchSize, g.outputPixels],
                "\(layer): your im2col returned shape \(result.shape), expected [c·kh·kw, oh·ow] = "
                + "\([g.patchSize, g.outputPixels]) for an image \([g.channels, g.height, g.width])")
        result.withUnsafeScalars { source in
            let (kh, kw, c, outputs) = (g.kernelHeight, g.kernelWidth, g.channels, g.outputPixels)
            for ch in 0..<c {
                for u in 0..<kh {
                    for v in 0..<kw {
                        let from = source.baseAddress! + ((ch * kh + u) * kw + v) * outputs
                        switch layout {
                        case .columns:
                            (patches + ((ch * kh + u) * kw + v) * width + index * outputs).update(from: from, count: outputs)
                        case .rows:
                            let to = patches + index * outputs * g.patchSize + (u * kw + v) * c + ch
                            for q in 0..<outputs { to[q * g.patchSize] = from[q] }
                        }
                    }
                }
            }
        }
    }
}
