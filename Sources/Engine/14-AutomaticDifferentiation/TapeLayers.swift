// The layers of chapters 03-13 written with the tape's primitives, forward passes only: the tape
// derives their backward passes, a witness independent of the hand-derived ones it is checked
// against. Each follows its chapter's forward formula; index bookkeeping (im2col's patches, a
// permutation of axes, a pooling window) is a `gathering`. Notes: chapter 14, section 4.

/// Chapters 03-13's layers built from the tape's primitives.
public enum TapeLayers {
    /// Chapter 04's fully connected layer: x W + b, x [n, d], W [d, k], b [k].
    public static func linear(_ x: Variable, weight: Variable, bias: Variable) -> Variable {
        matmul(x, weight) + bias
    }

    /// Chapter 03's softmax cross-entropy, the mean over the batch: log-softmax as the logits
    /// less their log-sum-exp, shifted by each row's largest logit so that no exponential overflows.
    public static func softmaxCrossEntropy(logits: Variable, labels: [Int]) -> Variable {
        let shifted = logits - logits.max(alongAxis: 1)
        let logSumExp = log(exp(shifted).sum(alongAxis: 1)).reshaped([labels.count, 1])
        return -(shifted - logSumExp).picking(columns: labels).mean()
    }

    /// Chapter 07's batch normalisation over the features of x [n, d], in training mode: each
    /// column standardised by its batch mean and (biased) variance, then γ x̂ + β.
    public static func batchNorm(_ x: Variable, scale: Variable, shift: Variable, epsilon: Float = 1e-5) -> Variable {
        let n = Float(x.shape[0])
        let centred = x - x.sum(alongAxis: 0) * (1 / n)
        let variance = (centred * centred).sum(alongAxis: 0) * (1 / n)
        return scale * (centred / sqrt(variance + epsilon)) + shift
    }

    /// Chapter 08's LSTM unrolled over x [T, n, d] from zero state, gates f, i, g, o side by side
    /// in Wx [d, 4h], Wh [h, 4h], b [4h]: every step's hidden state, [T, n, h].
    public static func lstm(_ x: Variable, inputWeight: Variable, recurrentWeight: Variable, bias: Variable) -> Variable {
        let (steps, n, d, h) = (x.shape[0], x.shape[1], x.shape[2], recurrentWeight.shape[0])
        let flat = x.reshaped([steps * n, d])
        var hidden = x.tape.constant(.zeros([n, h]), name: "h₀"), cell = x.tape.constant(.zeros([n, h]), name: "c₀")
        var outputs: [Variable] = []
        for t in 0..<steps {
            let gates = matmul(flat.rows(Array((t * n)..<((t + 1) * n))), inputWeight) + matmul(hidden, recurrentWeight) + bias
            let (f, i) = (sigmoid(gates.columns(0..<h)), sigmoid(gates.columns(h..<(2 * h))))
            let (g, o) = (tanh(gates.columns((2 * h)..<(3 * h))), sigmoid(gates.columns((3 * h)..<(4 * h))))
            cell = f * cell + i * g
            hidden = o * tanh(cell)
            outputs.append(hidden)
        }
        return stacked(outputs)
    }

    /// Chapter 06's convolution of x [n, c, H, W] with kernel [k, c, kh, kw] and bias [k]: im2col's
    /// patches [c·kh·kw, n·oh·ow] gathered (zeros in the padding), one product, the bias, and the
    /// result's axes put back in the order [n, k, oh, ow].
    public static func conv2D(_ x: Variable, weight: Variable, bias: Variable, stride s: Int = 1, padding p: Int = 0) -> Variable {
        let (n, c, height, width) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (k, kh, kw) = (weight.shape[0], weight.shape[2], weight.shape[3])
        let (oh, ow) = ((height + 2 * p - kh) / s + 1, (width + 2 * p - kw) / s + 1)
        var sources: [Int] = []
        for ch in 0..<c { for u in 0..<kh { for v in 0..<kw {
            for image in 0..<n { for i in 0..<oh { for j in 0..<ow {
                let (row, column) = (i * s + u - p, j * s + v - p)
                let inside = row >= 0 && row < height && column >= 0 && column < width
                sources.append(inside ? ((image * c + ch) * height + row) * width + column : -1)
            } } }
        } } }
        let patches = x.gathering(sources, shape: [c * kh * kw, n * oh * ow])
        let product = matmul(weight.reshaped([k, c * kh * kw]), patches) + bias.reshaped([k, 1])
        return imagesFirst(product, images: n, channels: k, height: oh, width: ow)
    }

    /// Chapter 13's transposed convolution of x [n, c, h, w] with kernel [c, k, kh, kw] (inputs
    /// first) and bias [k]: output pixel (r, q) of channel o sums x[ch, i, j] W[ch, o, u, v] over the
    /// taps with i·s + u − p = r and j·s + v − p = q. Those x gathered as patches [c·kh·kw, n·oh·ow],
    /// the kernel read as [k, c·kh·kw], one product.
    public static func transposedConv2D(_ x: Variable, weight: Variable, bias: Variable, stride s: Int, padding p: Int,
                                        outputPadding q: Int = 0) -> Variable {
        let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (k, kh, kw) = (weight.shape[1], weight.shape[2], weight.shape[3])
        let (oh, ow) = ((h - 1) * s - 2 * p + kh + q, (w - 1) * s - 2 * p + kw + q)
        var sources: [Int] = []
        for ch in 0..<c { for u in 0..<kh { for v in 0..<kw {
            for image in 0..<n { for r in 0..<oh { for column in 0..<ow {
                let (i, j) = (r + p - u, column + p - v)   // s times the input pixel, when it is one
                let valid = i >= 0 && j >= 0 && i % s == 0 && j % s == 0 && i / s < h && j / s < w
                sources.append(valid ? ((image * c + ch) * h + i / s) * w + j / s : -1)
            } } }
        } } }
        let patches = x.gathering(sources, shape: [c * kh * kw, n * oh * ow])
        // W[ch, o, u, v] read as row o, column (ch·kh + u)·kw + v.
        let kernel = weight.gathering((0..<k).flatMap { o in
            (0..<c).flatMap { ch in (0..<(kh * kw)).map { tap in (ch * k + o) * kh * kw + tap } }
        }, shape: [k, c * kh * kw])
        return imagesFirst(matmul(kernel, patches) + bias.reshaped([k, 1]), images: n, channels: k, height: oh, width: ow)
    }

    /// Chapter 06's max pooling of x [n, c, H, W] over size × size windows, stride `size`: each
    /// window's maximum.
    public static func maxPool2D(_ x: Variable, size: Int) -> Variable {
        windows(x, size: size).max(alongAxis: 1).reshaped([x.shape[0], x.shape[1], x.shape[2] / size, x.shape[3] / size])
    }

    /// The size × size windows of x [n, c, H, W] at stride `size`, gathered one per row:
    /// [n·c·(H / size)·(W / size), size²], in the order of the pooled output.
    static func windows(_ x: Variable, size: Int) -> Variable {
        let (n, c, height, width) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (oh, ow) = (height / size, width / size)
        var sources: [Int] = []
        for plane in 0..<(n * c) { for i in 0..<oh { for j in 0..<ow { for u in 0..<size { for v in 0..<size {
            sources.append((plane * height + i * size + u) * width + j * size + v)
        } } } } }
        return x.gathering(sources, shape: [n * c * oh * ow, size * size])
    }

    /// Chapter 11's global average pooling: each channel's mean, [n, c, H, W] → [n, c].
    public static func globalAveragePool(_ x: Variable) -> Variable {
        let (n, c, pixels) = (x.shape[0], x.shape[1], x.shape[2] * x.shape[3])
        return x.reshaped([n, c, pixels]).sum(alongAxis: 2) * (1 / Float(pixels))
    }

    /// Chapter 13's nearest-neighbour upsampling: each pixel copied into a factor × factor block.
    public static func upsample2D(_ x: Variable, factor f: Int) -> Variable {
        let (n, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        var sources: [Int] = []
        for plane in 0..<(n * c) { for r in 0..<(h * f) { for q in 0..<(w * f) { sources.append((plane * h + r / f) * w + q / f) } } }
        return x.gathering(sources, shape: [n, c, h * f, w * f])
    }

    /// Chapter 07's batch normalisation of images [n, c, h, w] over each channel: the channels
    /// moved last, [n·h·w, c], normalised as features, and moved back.
    public static func batchNormOverChannels(_ x: Variable, scale: Variable, shift: Variable, epsilon: Float = 1e-5) -> Variable {
        let (n, c, pixels) = (x.shape[0], x.shape[1], x.shape[2] * x.shape[3])
        var channelsLast: [Int] = []
        for image in 0..<n { for pixel in 0..<pixels { for ch in 0..<c { channelsLast.append((image * c + ch) * pixels + pixel) } } }
        let normalised = batchNorm(x.gathering(channelsLast, shape: [n * pixels, c]), scale: scale, shift: shift, epsilon: epsilon)
        var back: [Int] = []
        for image in 0..<n { for ch in 0..<c { for pixel in 0..<pixels { back.append((image * pixels + pixel) * c + ch) } } }
        return normalised.gathering(back, shape: x.shape)
    }

    /// Chapter 08's plain recurrent network over x [T, n, d] from zero state:
    /// h_t = tanh(x_t Wx + h_{t−1} Wh + b), every step's h, [T, n, h].
    public static func rnn(_ x: Variable, inputWeight: Variable, recurrentWeight: Variable, bias: Variable) -> Variable {
        let (steps, n, d, h) = (x.shape[0], x.shape[1], x.shape[2], recurrentWeight.shape[0])
        let flat = x.reshaped([steps * n, d])
        var hidden = x.tape.constant(.zeros([n, h]), name: "h₀")
        var outputs: [Variable] = []
        for t in 0..<steps {
            hidden = tanh(matmul(flat.rows(Array((t * n)..<((t + 1) * n))), inputWeight) + matmul(hidden, recurrentWeight) + bias)
            outputs.append(hidden)
        }
        return stacked(outputs)
    }

    /// Chapter 06's average pooling over size × size windows, stride `size`: each window's mean.
    public static func avgPool2D(_ x: Variable, size: Int) -> Variable {
        (windows(x, size: size).sum(alongAxis: 1) * (1 / Float(size * size)))
            .reshaped([x.shape[0], x.shape[1], x.shape[2] / size, x.shape[3] / size])
    }

    /// Chapter 11's residual block in training mode: relu(F(x) + S(x)), F conv 3 × 3 (stride s,
    /// padding 1), batch norm, ReLU, conv 3 × 3, batch norm; S the identity or, given `projection`'s
    /// four parameters, conv 1 × 1 (stride s) and batch norm. `residual` holds F's eight parameters
    /// in that order (each convolution's kernel and bias, each normalisation's scale and shift).
    public static func residualBlock(_ x: Variable, residual p: [Variable], projection q: [Variable]?, stride: Int) -> Variable {
        let first = relu(batchNormOverChannels(conv2D(x, weight: p[0], bias: p[1], stride: stride, padding: 1), scale: p[2], shift: p[3]))
        let f = batchNormOverChannels(conv2D(first, weight: p[4], bias: p[5], padding: 1), scale: p[6], shift: p[7])
        let shortcut = q.map { batchNormOverChannels(conv2D(x, weight: $0[0], bias: $0[1], stride: stride), scale: $0[2], shift: $0[3]) } ?? x
        return relu(f + shortcut)
    }

    /// Chapter 04's leaky ReLU, x for x > 0 and αx otherwise: relu(x) − α relu(−x).
    public static func leakyReLU(_ x: Variable, slope α: Float = LeakyReLU.defaultSlope) -> Variable {
        relu(x) - relu(-x) * α
    }

    /// Chapter 04's ELU, x for x > 0 and eˣ − 1 otherwise: relu(x) + e^min(x, 0) − 1, where
    /// min(x, 0) = −relu(−x).
    public static func elu(_ x: Variable) -> Variable {
        relu(x) + exp(-relu(-x)) + -1
    }

    /// softplus(z) = log(1 + eᶻ) = −log σ(−z), which σ keeps from overflowing (to |z| of about 80,
    /// where σ(−z) leaves Float's range). The engine's stable form, relu(z) + log(1 + e^−|z|), has
    /// the same values, but a tape would differentiate it to 0 at z = 0, where the derivative is ½:
    /// relu and |z| have kinks there that cancel in the sum but not in their derivatives. A tape
    /// differentiates the formula it is given, kinks included.
    public static func softplus(_ z: Variable) -> Variable {
        -log(sigmoid(-z))
    }

    /// Chapter 13's binary cross-entropy of pixels `targets` against logits z, the mean over all:
    /// softplus(z) − x z.
    public static func binaryCrossEntropy(logits z: Variable, targets x: Variable) -> Variable {
        (softplus(z) - x * z).mean()
    }

    /// Chapter 13's squared reconstruction error, the mean over all pixels.
    public static func meanSquaredError(_ y: Variable, _ x: Variable) -> Variable {
        let difference = y - x
        return (difference * difference).mean()
    }

    /// Chapter 13's recommender: the mean binary cross-entropy of sᵢ = U[uᵢ] · V[vᵢ] + bu[uᵢ] + bv[vᵢ]
    /// against `labels`, plus (λ/2m) Σᵢ (‖U[uᵢ]‖² + ‖V[vᵢ]‖²).
    public static func dotProductLoss(users U: Variable, items V: Variable, userBias bu: Variable, itemBias bv: Variable,
                                      pairs: [(user: Int, item: Int)], labels: [Float], l2 λ: Float) -> Variable {
        let (u, v) = (pairs.map(\.user), pairs.map(\.item))
        let (userRows, itemRows) = (U.rows(u), V.rows(v))
        let s = (userRows * itemRows).sum(alongAxis: 1) + bu.rows(u) + bv.rows(v)
        let y = U.tape.constant(Tensor(labels), name: "labels")
        let penalty = ((userRows * userRows).sum() + (itemRows * itemRows).sum()) * (λ / (2 * Float(labels.count)))
        return (softplus(s) - y * s).mean() + penalty
    }

    /// A product [k, n·oh·ow] (channel, then image, row, column) as images [n, k, oh, ow].
    static func imagesFirst(_ product: Variable, images n: Int, channels k: Int, height oh: Int, width ow: Int) -> Variable {
        var sources: [Int] = []
        for image in 0..<n { for o in 0..<k { for pixel in 0..<(oh * ow) { sources.append((o * n + image) * oh * ow + pixel) } } }
        return product.gathering(sources, shape: [n, k, oh, ow])
    }
}
