// Exercise 13: learning without labels. The reconstruction loss on pixels and its gradient, the
// transposed convolution, nearest-neighbour upsampling's backward pass, the recommender's
// gradients, and drawing negatives for implicit feedback.
// Notes: chapters/13-learning-without-labels/README.md. Tests: Tests/ExerciseTests/Exercise13Tests.swift.
// Check your work with `swift run course check 13` (or `swift test --filter 'Exercise13$'`).
//
// This file sees the engine of chapters 01-12, not chapter 13's layers.
import ExerciseSupport
import LookingInside

/// The functions of exercise 13, each a part to implement.
public enum LearningWithoutLabelsExercise {
    /// The mean binary cross-entropy of pixels `targets` in [0, 1] against the network's `logits`
    /// z (the reconstruction is σ(z)), and its gradient with respect to the logits.
    public static func binaryCrossEntropy(logits: Tensor, targets: Tensor) -> (loss: Float, gradient: Tensor) {
        // EXERCISE 13.1: the reconstruction loss on pixels
        // Formula: L = (1/m) Σ [−x log σ(z) − (1 − x) log(1 − σ(z))], m the number of pixels in the batch
        // Shapes: logits and targets [n, …] → a number, and ∂L/∂z of the logits' shape
        // Derive ∂L/∂z yourself first; section 1 of the notes is there to check afterwards.
        // Hint: −log σ(z) = softplus(−z) and −log(1 − σ(z)) = softplus(z), and `softplus` is safe
        //   for any z where log(σ(z)) is not (σ(−100) rounds to 0).
        // Stub: return notImplemented("13.1", placeholder: (0, Tensor.zeros(logits.shape)))
        // BEGIN SOLUTION
        let m = Float(targets.count)
        var total: Double = 0
        for k in 0..<targets.count {
            let (z, x) = (logits[flat: k], targets[flat: k])
            total += Double(x * softplus(-z) + (1 - x) * softplus(z))
        }
        return (Float(total / Double(m)), (sigmoid(logits) - targets) / m)
        // END SOLUTION
    }

    /// The transposed convolution of `images` [n, c, h, w] with kernel `weight` [c, k, kh, kw]
    /// (inputs first) and `bias` [k], at `stride` s with `padding` p: each input pixel adds its
    /// value times the kernel into a kh × kw block of the output.
    public static func transposedConvolution(_ images: Tensor, weight: Tensor, bias: Tensor, stride: Int, padding: Int) -> Tensor {
        // EXERCISE 13.2: the transposed convolution
        // Formula: y[o, i·s + u − p, j·s + v − p] += x[ch, i, j] · W[ch, o, u, v] for every ch, i, j, u, v
        //   inside the output, and y[o, ·, ·] starts at b[o]
        // Shapes: images [n, c, h, w], weight [c, k, kh, kw], bias [k] → [n, k, (h − 1)·s − 2p + kh, (w − 1)·s − 2p + kw]
        // Hint: this is chapter 06's backward pass for the input, run forwards: loop over the inputs,
        //   and for each add into the outputs it reaches, skipping those that fall outside.
        // Stub: return notImplemented("13.2", placeholder: Tensor.zeros([images.shape[0], weight.shape[1], (images.shape[2] - 1) * stride - 2 * padding + weight.shape[2], (images.shape[3] - 1) * stride - 2 * padding + weight.shape[3]]))
        // BEGIN SOLUTION
        let (n, c, h, w) = (images.shape[0], images.shape[1], images.shape[2], images.shape[3])
        let (k, kh, kw) = (weight.shape[1], weight.shape[2], weight.shape[3])
        let (oh, ow) = ((h - 1) * stride - 2 * padding + kh, (w - 1) * stride - 2 * padding + kw)
        var y = Tensor.zeros([n, k, oh, ow])
        for image in 0..<n {
            for o in 0..<k { for r in 0..<oh { for q in 0..<ow { y[image, o, r, q] = bias[o] } } }
            for ch in 0..<c {
                for i in 0..<h {
                    for j in 0..<w {
                        for o in 0..<k {
                            for u in 0..<kh {
                                for v in 0..<kw {
                                    let (r, q) = (i * stride + u - padding, j * stride + v - padding)
                                    if r >= 0 && r < oh && q >= 0 && q < ow { y[image, o, r, q] += images[image, ch, i, j] * weight[ch, o, u, v] }
                                }
                            }
                        }
                    }
                }
            }
        }
        return y
        // END SOLUTION
    }

    /// ∂L/∂x of nearest-neighbour upsampling by `factor` f, [n, c, h, w] → [n, c, f·h, f·w], from
    /// ∂L/∂y [n, c, f·h, f·w].
    public static func upsampleBackward(_ outputGradient: Tensor, factor: Int) -> Tensor {
        // EXERCISE 13.3: upsampling's backward pass
        // Formula: y[u, v] = x[u / f, v / f] (integer division), so ∂L/∂x[u', v'] = Σ ∂L/∂y[u, v] over
        //   the f × f outputs with (u / f, v / f) = (u', v')
        // Shapes: outputGradient [n, c, f·h, f·w] → [n, c, h, w]
        // Hint: each input pixel was copied f·f times; its gradient gathers all of them.
        // Stub: return notImplemented("13.3", placeholder: Tensor.zeros([outputGradient.shape[0], outputGradient.shape[1], outputGradient.shape[2] / factor, outputGradient.shape[3] / factor]))
        // BEGIN SOLUTION
        let (n, c, h, w) = (outputGradient.shape[0], outputGradient.shape[1], outputGradient.shape[2] / factor, outputGradient.shape[3] / factor)
        var dx = Tensor.zeros([n, c, h, w])
        for image in 0..<n {
            for ch in 0..<c {
                for u in 0..<(h * factor) {
                    for v in 0..<(w * factor) { dx[image, ch, u / factor, v / factor] += outputGradient[image, ch, u, v] }
                }
            }
        }
        return dx
        // END SOLUTION
    }

    /// The gradients of the recommender's mean binary cross-entropy over the pairs
    /// (`users[i]`, `items[i]`) with `labels` yᵢ ∈ {0, 1}, where sᵢ = U[uᵢ] · V[vᵢ] + bu[uᵢ] + bv[vᵢ]:
    /// with respect to the user table U [users, d], the item table V [items, d] and both biases.
    public static func recommenderGradients(userTable: Tensor, itemTable: Tensor, userBias: Tensor, itemBias: Tensor,
                                            users: [Int], items: [Int], labels: [Float])
        -> (userTable: Tensor, itemTable: Tensor, userBias: Tensor, itemBias: Tensor) {
        // EXERCISE 13.4: the recommender's gradients
        // Formula: L = (1/m) Σᵢ [softplus(sᵢ) − yᵢ sᵢ];  gᵢ = ∂L/∂sᵢ = (σ(sᵢ) − yᵢ) / m;
        //   ∂L/∂U[uᵢ] += gᵢ V[vᵢ],  ∂L/∂V[vᵢ] += gᵢ U[uᵢ],  ∂L/∂bu[uᵢ] += gᵢ,  ∂L/∂bv[vᵢ] += gᵢ
        // Shapes: U [users, d], V [items, d], bu [users], bv [items]; m pairs → gradients of the same shapes
        // Hint: start every gradient at zero, of its table's shape; a user (or item) that appears in
        //   several pairs collects a term from each, and one that appears in none keeps zeros.
        // Stub: return notImplemented("13.4", placeholder: (Tensor.zeros(userTable.shape), Tensor.zeros(itemTable.shape), Tensor.zeros(userBias.shape), Tensor.zeros(itemBias.shape)))
        // BEGIN SOLUTION
        let (d, m) = (userTable.shape[1], Float(labels.count))
        var (dU, dV, dbu, dbv) = (Tensor.zeros(userTable.shape), Tensor.zeros(itemTable.shape),
                                  Tensor.zeros(userBias.shape), Tensor.zeros(itemBias.shape))
        for i in 0..<labels.count {
            let (u, v) = (users[i], items[i])
            var s = userBias[u] + itemBias[v]
            for j in 0..<d { s += userTable[u, j] * itemTable[v, j] }
            let g = (sigmoid(s) - labels[i]) / m
            for j in 0..<d {
                dU[u, j] += g * itemTable[v, j]
                dV[v, j] += g * userTable[u, j]
            }
            dbu[u] += g
            dbv[v] += g
        }
        return (dU, dV, dbu, dbv)
        // END SOLUTION
    }

    /// `count` items for one user, each drawn uniformly from the items 0..<`items` the user has not
    /// `chosen`, with replacement, by `generator`: the negatives of implicit feedback.
    public static func sampleNegatives(count: Int, items: Int, chosen: Set<Int>, using generator: inout SeededGenerator) -> [Int] {
        // EXERCISE 13.5: drawing negatives
        // Formula: each draw uniform over {0, …, items − 1} \ chosen
        // Shapes: → `count` item numbers
        // Hint: draw an item with `Int.random(in: 0..<items, using: &generator)` and keep it only if the
        //   user has not chosen it, until you have `count`. The demo calls this once per positive pair,
        //   so keep it about `count` draws long, not a pass over every item.
        // Stub: return notImplemented("13.5", placeholder: [])
        // BEGIN SOLUTION
        var drawn: [Int] = []
        while drawn.count < count {
            let item = Int.random(in: 0..<items, using: &generator)
            if !chosen.contains(item) { drawn.append(item) }
        }
        return drawn
        // END SOLUTION
    }
}
