// The backward pass taken one layer further than training needs: to the input. Training asks
// how the loss changes with each weight; here the weights stay fixed and the question is how a
// class score changes with each pixel. Sequential.backward already returns ∂/∂input: what
// changes is where the pass starts. Derivation: chapters/12-looking-inside/README.md, section 2.
//
// Shapes: images x [n, …], scores s = f(x) [n, k] (the logits, before the softmax).

extension Sequential {
    /// The scores [n, k] of `images` and, for each image i, ∂s[i, cᵢ]/∂xᵢ, the gradient of its
    /// class `classes[i]`'s score with respect to its pixels: the saliency (Simonyan, Vedaldi and
    /// Zisserman 2014). In evaluation mode; the parameters' gradients are overwritten, their values kept.
    public func scoreGradient(_ images: Tensor, classes: [Int]) -> (scores: Tensor, gradient: Tensor) {
        require(classes.count == images.shape[0], "scoreGradient: \(images.shape[0]) images but \(classes.count) classes")
        return evaluating {
            let scores = forward(images)
            let k = scores.shape[1]
            // ∂s[i, cᵢ]/∂s = the one-hot row of cᵢ: the pass starts at one score per image, and
            // images do not mix in evaluation mode, so row i of the result is image i's own gradient.
            var seed = Tensor.zeros(scores.shape)
            for (i, c) in classes.enumerated() {
                require(c >= 0 && c < k, "scoreGradient: class \(c) is not one of the network's \(k)")
                seed[i, c] = 1
            }
            return (scores, backward(seed))
        }
    }

    /// The scores of `images` and ∂Lᵢ/∂xᵢ of each image's own cross-entropy against its label,
    /// Lᵢ = −log softmax(sᵢ)[yᵢ]: the direction that raises the loss fastest, which the fast
    /// gradient sign method follows (section 5). Each row is its own image's, not divided by n.
    public func lossGradient(_ images: Tensor, labels: Tensor) -> (scores: Tensor, gradient: Tensor) {
        evaluating {
            let scores = forward(images)
            // ∂Lᵢ/∂sᵢ = softmax(sᵢ) − one-hot(yᵢ) (chapter 03); the mean's gradient times n.
            let seed = softmaxCrossEntropy(logits: scores, labels: labels).gradient * Float(scores.shape[0])
            return (scores, backward(seed))
        }
    }

    /// The mean activation of channel `channel` of this network's output [n, c, h, w] for each
    /// image, and its gradient with respect to the image: what a filter responds to (section 4).
    public func channelMeanGradient(_ images: Tensor, channel: Int) -> (means: [Float], gradient: Tensor) {
        evaluating {
            let maps = forward(images)
            require(maps.rank == 4 && channel >= 0 && channel < maps.shape[1],
                    "channelMeanGradient: needs feature maps [n, c, h, w] with channel \(channel), got \(maps.shape)")
            let (n, c, area) = (maps.shape[0], maps.shape[1], maps.shape[2] * maps.shape[3])
            // a = (1 / hw) Σ_{u, v} y[i, channel, u, v], so ∂a/∂y is 1 / hw on that channel's plane, 0 elsewhere.
            var seed = Tensor.zeros(maps.shape)
            var means = [Float](repeating: 0, count: n)
            for i in 0..<n {
                let start = (i * c + channel) * area
                for k in 0..<area {
                    means[i] += maps[flat: start + k] / Float(area)
                    seed[flat: start + k] = 1 / Float(area)
                }
            }
            return (means, backward(seed))
        }
    }
}
