// SmoothGrad (Smilkov, Thorat, Kim, Viégas and Wattenberg 2017): a saliency map is the gradient
// at one point, and a ReLU network's gradient jumps from pixel to pixel, so the map is speckled.
// The average of the gradients at many noisy copies of the image keeps what they share.
// Section 2 of chapters/12-looking-inside/README.md.
//
// Shapes: image x [c, h, w] → the mean gradient [c, h, w].

extension Sequential {
    /// (1 / N) Σⱼ ∂s_c/∂x at x + εⱼ, εⱼ ~ N(0, σ²) pixel by pixel, for `samples` = N copies of
    /// `image` [c, h, w], sent as one batch; the gradients by `scoreGradient`, or by `saliency`
    /// (images, classes → gradients) when given.
    public func smoothGrad(_ image: Tensor, label: Int, samples: Int, noise σ: Float, using generator: inout SeededGenerator,
                           saliency: ((_ images: Tensor, _ classes: [Int]) -> Tensor)? = nil) -> Tensor {
        require(image.rank == 3 && samples > 0 && σ >= 0,
                "smoothGrad: needs one image [c, h, w], samples > 0 and σ ≥ 0, got \(image.shape), \(samples), \(σ)")
        let copies = Tensor(shape: [samples] + image.shape, scalars: Array((0..<samples).map { _ in image.scalars }.joined()))
        let noisy = copies + Tensor.normal(copies.shape, standardDeviation: σ, using: &generator)
        let classes = [Int](repeating: label, count: samples)
        let gradients = saliency?(noisy, classes) ?? scoreGradient(noisy, classes: classes).gradient
        return gradients.reshaped([samples, image.count]).mean(alongAxis: 0).reshaped(image.shape)
    }
}
