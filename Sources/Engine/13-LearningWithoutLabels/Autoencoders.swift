// The autoencoders chapters/13-learning-without-labels/README.md trains, written as it draws them:
// an encoder that squeezes an image into a code of a few numbers, and a decoder that grows the
// code back into an image, trained end to end to reproduce their input (sections 2 to 4).

/// An encoder and a decoder, one after the other.
public struct Autoencoder {
    public let encoder: Sequential
    public let decoder: Sequential
    /// The two as one network: what training runs.
    public let network: Sequential

    public init(encoder: Sequential, decoder: Sequential) {
        (self.encoder, self.decoder) = (encoder, decoder)
        network = Sequential([encoder, decoder])
    }

    /// The codes of `images`, in evaluation mode, in batches: [n, …], whatever shape the encoder ends in.
    public func encode(_ images: Tensor, batchSize: Int = 500) -> Tensor { encoder.scores(images, batchSize: batchSize) }

    /// The reconstructed images of `images` [n, …], pixels in [0, 1] for `.binaryCrossEntropy`.
    public func reconstruct(_ images: Tensor, loss: ReconstructionLoss) -> Tensor {
        loss.image(network.evaluating { network.forward(images) })
    }
}

/// The dense autoencoder of Krzakala and Baker's course: pixels → `hidden` ReLU units → a code of
/// `code` numbers → `hidden` ReLU units → one logit per pixel. Images in and out as rows [n, pixels].
public func denseAutoencoder(pixels: Int, hidden: Int, code: Int, using generator: inout SeededGenerator) -> Autoencoder {
    require(pixels > 0 && hidden > 0 && code > 0,
            "denseAutoencoder: needs pixels, hidden units and a code size of at least 1, got \(pixels), \(hidden), \(code)")
    let encoder = Sequential([Linear(pixels, hidden, name: "encoder1", using: &generator), ReLU(),
                              Linear(hidden, code, name: "code", using: &generator)], name: "encoder")
    let decoder = Sequential([Linear(code, hidden, name: "decoder1", using: &generator), ReLU(),
                              Linear(hidden, pixels, name: "pixels", using: &generator)], name: "decoder")
    return Autoencoder(encoder: encoder, decoder: decoder)
}

/// How the convolutional autoencoder's decoder doubles the size of its maps, twice (section 4).
public enum DecoderUpsampling: String, CaseIterable, Sendable {
    /// Transposed convolutions of 4 × 4 at stride 2: every output pixel gets two kernel taps from
    /// each direction.
    case transposed4 = "transposed 4×4"
    /// Transposed convolutions of 3 × 3 at stride 2 (output padding 1): outputs in even rows and
    /// columns get one tap from each direction, odd ones two, the start of a checkerboard.
    case transposed3 = "transposed 3×3"
    /// Nearest-neighbour upsampling, then a 3 × 3 convolution with same padding.
    case upsampling = "upsample + conv"
}

/// conv 3 × 3 (1 → 16) → ReLU → pool → conv 3 × 3 (16 → `code`) → ReLU → pool: a code of `code`
/// maps of h/4 × w/4; then the decoder doubles twice, `code` → 16 → 1 channels, ending in logits.
public func convolutionalAutoencoder(code: Int, decoder kind: DecoderUpsampling,
                                     using generator: inout SeededGenerator) -> Autoencoder {
    let encoder = Sequential([Conv2D(1, 16, kernelSize: 3, padding: 1, name: "encoder1", using: &generator), ReLU(), MaxPool2D(size: 2),
                              Conv2D(16, code, kernelSize: 3, padding: 1, name: "encoder2", using: &generator), ReLU(),
                              MaxPool2D(size: 2)], name: "encoder")
    func doubling(_ inChannels: Int, _ outChannels: Int, _ name: String) -> [any Layer] {
        switch kind {
        case .transposed4:
            [TransposedConv2D(inChannels, outChannels, kernelSize: 4, stride: 2, padding: 1, name: name, using: &generator)]
        case .transposed3:
            [TransposedConv2D(inChannels, outChannels, kernelSize: 3, stride: 2, padding: 1, outputPadding: 1, name: name,
                              using: &generator)]
        case .upsampling:
            [Upsample2D(factor: 2), Conv2D(inChannels, outChannels, kernelSize: 3, padding: 1, name: name, using: &generator)]
        }
    }
    let decoder = Sequential(doubling(code, 16, "decoder1") + [ReLU()] + doubling(16, 1, "pixels"), name: "decoder")
    return Autoencoder(encoder: encoder, decoder: decoder)
}
