// What a unit wants: start from a blank image and climb the gradient of one unit's response, a
// class score or a filter's mean activation, with the weights fixed (Simonyan, Vedaldi and
// Zisserman 2014; Erhan, Bengio, Courville and Vincent 2009). Unchecked, the climb finds
// extreme pixel values; a penalty λ‖x‖² and the pixels' own range keep it an image.
// Section 4 of chapters/12-looking-inside/README.md derives the step.
//
// Shapes: images x [n, c, h, w], one unit per image.

/// One step of gradient ascent on J(x) = a(x) − λ‖x‖², from `image` with a(x)'s gradient
/// `gradient`: x + η (∂a/∂x − 2λx), each pixel then held to `range`.
public func regularizedAscentStep(_ image: Tensor, gradient: Tensor, learningRate η: Float, l2 λ: Float,
                                  range: ClosedRange<Float>) -> Tensor {
    require(image.shape == gradient.shape, "regularizedAscentStep: image \(image.shape) and gradient \(gradient.shape) differ")
    // ∂J/∂x = ∂a/∂x − 2λx.
    let step = image + (gradient - image * (2 * λ)) * η
    return step.map { Swift.min(Swift.max($0, range.lowerBound), range.upperBound) }
}

/// The images found by `steps` steps of `regularizedAscentStep` (or `step`, with its arguments)
/// from `start` [n, c, h, w], with `response` giving each image's unit value and its gradient; and
/// the values at the end.
public func maximizeResponse(from start: Tensor, steps: Int, learningRate: Float, l2: Float, range: ClosedRange<Float>,
                             step: (_ images: Tensor, _ gradient: Tensor, _ learningRate: Float, _ l2: Float,
                                    _ range: ClosedRange<Float>) -> Tensor = regularizedAscentStep,
                             response: (Tensor) -> (values: [Float], gradient: Tensor)) -> (images: Tensor, values: [Float]) {
    var images = start
    for _ in 0..<steps { images = step(images, response(images).gradient, learningRate, l2, range) }
    return (images, response(images).values)
}

extension Sequential {
    /// The indices of the `count` images of `images` [n, …] whose channel `channel` of this
    /// network's output has the largest mean, largest first, with those means.
    public func strongestImages(_ images: Tensor, channel: Int, count: Int) -> [(index: Int, mean: Float)] {
        let n = images.shape[0]
        var means: [Float] = []
        for start in stride(from: 0, to: n, by: 500) {
            let batch = images.rows(Array(start..<Swift.min(start + 500, n)))
            let maps = evaluating { forward(batch) }
            let (c, area) = (maps.shape[1], maps.shape[2] * maps.shape[3])
            for i in 0..<batch.shape[0] {
                let plane = maps.scalars[((i * c + channel) * area)..<((i * c + channel + 1) * area)]
                means.append(plane.reduce(0, +) / Float(area))
            }
        }
        return means.enumerated().sorted { $0.element > $1.element }.prefix(count).map { ($0.offset, $0.element) }
    }
}
