// Data augmentation: each training image changed a little, at random, every time it is
// seen, in ways that should not change its label. Each change assumes something about the
// data (chapters/07-regularization/README.md, section 5): a mirrored shirt is still a
// shirt, a mirrored 2 is not a 2.
//
// Shapes: images [n, c, h, w] in, the same shape out; every image draws its own changes.

/// A sequence of random changes applied to each image of a batch, with its own generator.
public final class Augmentation {
    public enum Step: Sendable, Equatable {
        /// Mirror the image left to right, with this probability.
        case horizontalFlip(probability: Float)
        /// Move the image by up to this many pixels in each direction, zeros filling in: a
        /// random crop of the image padded by that many pixels.
        case shift(maxPixels: Int)
        /// Add normal noise of this standard deviation to every pixel.
        case noise(deviation: Float)
        /// Add one uniform draw from [−change, change] to every pixel of the image.
        case brightness(maxChange: Float)
    }

    public let steps: [Step]
    private var generator: SeededGenerator

    /// The steps, applied in order, with a generator seeded from `generator`.
    public init(_ steps: [Step], using generator: inout SeededGenerator) {
        for step in steps {
            switch step {
            case .horizontalFlip(let p):
                require(p >= 0 && p <= 1, "Augmentation: a flip probability must be in [0, 1], got \(p)")
            case .shift(let pixels):
                require(pixels >= 0, "Augmentation: a shift must be 0 pixels or more, got \(pixels)")
            case .noise(let deviation):
                require(deviation >= 0, "Augmentation: a noise deviation must be 0 or more, got \(deviation)")
            case .brightness(let change):
                require(change >= 0, "Augmentation: a brightness change must be 0 or more, got \(change)")
            }
        }
        self.steps = steps
        self.generator = SeededGenerator(seed: generator.next())
    }

    /// The images with every step applied to each, drawn afresh for each image.
    public func apply(_ images: Tensor) -> Tensor {
        require(images.rank == 4, "Augmentation: needs images [n, c, h, w], got shape \(images.shape)")
        let (n, c, h, w) = (images.shape[0], images.shape[1], images.shape[2], images.shape[3])
        let size = c * h * w
        var pixels = images.scalars
        for image in 0..<n {
            let x = image * size                           // where the image starts in `pixels`
            for step in steps {
                switch step {
                case .horizontalFlip(let probability):
                    guard Float.random(in: 0..<1, using: &generator) < probability else { continue }
                    for row in 0..<(c * h) {
                        let line = x + row * w
                        for j in 0..<(w / 2) { pixels.swapAt(line + j, line + w - 1 - j) }
                    }
                case .shift(let maxPixels):
                    let down = Int.random(in: -maxPixels...maxPixels, using: &generator)
                    let right = Int.random(in: -maxPixels...maxPixels, using: &generator)
                    // Output (i, j) reads input (i − down, j − right), zero outside; the image as
                    // it was before, since the loop writes the image it reads.
                    let before = Array(pixels[x..<(x + size)])
                    for ch in 0..<c {
                        for i in 0..<h {
                            for j in 0..<w {
                                let (si, sj) = (i - down, j - right)
                                pixels[x + (ch * h + i) * w + j] = si >= 0 && si < h && sj >= 0 && sj < w
                                    ? before[(ch * h + si) * w + sj] : 0
                            }
                        }
                    }
                case .noise(let deviation):
                    for index in x..<(x + size) { pixels[index] += generator.normal(standardDeviation: deviation) }
                case .brightness(let maxChange):
                    let change = Float.random(in: -maxChange...maxChange, using: &generator)
                    for index in x..<(x + size) { pixels[index] += change }
                }
            }
        }
        return Tensor(shape: images.shape, scalars: pixels)
    }
}
