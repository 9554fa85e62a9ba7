import ConvolutionalNetworks
import ConvolutionalNetworksExercises
import Testing

@Suite("Exercise 6: convolutional networks")
struct Exercise6 {
    @Test("6.1 convolution by direct loops") func convolution() async { await checkPart("6.1") }
    @Test("6.2 the convolution's backward pass") func convolutionBackward() async { await checkPart("6.2") }
    @Test("6.3 im2col") func im2col() async { await checkPart("6.3") }
    @Test("6.4 max pooling forward") func maxPool() async { await checkPart("6.4") }
    @Test("6.5 max pooling backward") func maxPoolBackward() async { await checkPart("6.5") }
}

/// The checks of exercise 6, run in a child process by `checkPart`.
enum ConvolutionChecks {
    static let file = "exercises/06-convnets/ConvolutionExercise.swift"

    /// Odd shapes: stride 2, padding 1 and 2, a non-square kernel, one channel and many.
    static let cases: [(input: [Int], kernel: [Int], stride: Int, padding: Int)] = [
        ([1, 1, 5, 5], [1, 1, 3, 3], 1, 0),
        ([2, 3, 6, 7], [2, 3, 3, 3], 2, 1),
        ([1, 2, 5, 4], [3, 2, 2, 3], 1, 2),
    ]

    static func problem(_ index: Int) -> (x: Tensor, kernel: Tensor, bias: Tensor, stride: Int, padding: Int) {
        var generator = SeededGenerator(seed: UInt64(610 + index))
        let c = cases[index]
        return (Tensor.normal(c.input, using: &generator), Tensor.normal(c.kernel, using: &generator),
                Tensor.normal([c.kernel[0]], using: &generator), c.stride, c.padding)
    }

    /// "input [2, 3, 6, 7], kernel [2, 3, 3, 3], stride 2, padding 1".
    static func describe(_ index: Int) -> String {
        let c = cases[index]
        return "input \(c.input), kernel \(c.kernel), stride \(c.stride), padding \(c.padding)"
    }

    /// The kernel of each output channel turned 180° (rows and columns reversed).
    static func flipped(_ kernel: Tensor) -> Tensor {
        let (k, c, kh, kw) = (kernel.shape[0], kernel.shape[1], kernel.shape[2], kernel.shape[3])
        var result = Tensor.zeros(kernel.shape)
        for o in 0..<k { for ch in 0..<c { for u in 0..<kh { for v in 0..<kw {
            result[o, ch, u, v] = kernel[o, ch, kh - 1 - u, kw - 1 - v]
        } } } }
        return result
    }

    static func convolution() throws {
        let part = Part(id: "6.1", function: "convolve2D(input:kernel:bias:stride:padding:)", file: file)
        for index in cases.indices {
            let (x, kernel, bias, stride, padding) = problem(index)
            let y = try part.learner {
                ConvolutionExercise.convolve2D(input: x, kernel: kernel, bias: bias, stride: stride, padding: padding)
            }
            if try part.isNotImplemented() { return }
            let expected = directConvolution2D(x, kernel: kernel, bias: bias, stride: stride, padding: padding)
            var mistakes: [(answer: Tensor, explanation: String)] = [
                (directConvolution2D(x, kernel: flipped(kernel), bias: bias, stride: stride, padding: padding),
                 "That is the convolution with the kernel flipped: deep learning's convolution is a cross-correlation, "
                 + "W[o, ch, u, v] times x[…, i·s + u − p, j·s + v − p], u and v counting forwards"),
                (directConvolution2D(x, kernel: kernel, bias: Tensor.zeros(bias.shape), stride: stride, padding: padding),
                 "The bias b[o] is missing from every output"),
            ]
            if stride > 1 {
                // The stride applied to the input index the wrong way: i + u·s instead of i·s + u.
                mistakes.append((strideOnKernel(x, kernel, bias, stride: stride, padding: padding, shape: expected.shape),
                                 "The stride multiplies the kernel offset (i + u·s) instead of the output index (i·s + u)"))
            }
            guard part.expectTensor(y, expected, "the output for \(describe(index))", tolerance: 1e-4, mistakes: mistakes)
            else {
                if y.shape != expected.shape {
                    part.fail("oh = (h + 2p − kh)/s + 1 and ow = (w + 2p − kw)/s + 1, with integer division")
                }
                return
            }
        }
    }

    /// The wrong stride formula, for naming it.
    static func strideOnKernel(_ x: Tensor, _ kernel: Tensor, _ bias: Tensor, stride: Int, padding: Int, shape: [Int]) -> Tensor {
        var y = Tensor.zeros(shape)
        let (c, h, w, kh, kw) = (x.shape[1], x.shape[2], x.shape[3], kernel.shape[2], kernel.shape[3])
        for b in 0..<shape[0] { for o in 0..<shape[1] { for i in 0..<shape[2] { for j in 0..<shape[3] {
            var total = bias[o]
            for ch in 0..<c { for u in 0..<kh { for v in 0..<kw {
                let (row, column) = (i + u * stride - padding, j + v * stride - padding)
                if row >= 0 && row < h && column >= 0 && column < w { total += kernel[o, ch, u, v] * x[b, ch, row, column] }
            } } }
            y[b, o, i, j] = total
        } } } }
        return y
    }

    static func convolutionBackward() throws {
        let part = Part(id: "6.2", function: "convolve2DBackward(input:kernel:outputGradient:stride:padding:)", file: file)
        for index in cases.indices {
            let (x, kernel, bias, stride, padding) = problem(index)
            let y = directConvolution2D(x, kernel: kernel, bias: bias, stride: stride, padding: padding)
            var generator = SeededGenerator(seed: UInt64(620 + index))
            let dy = Tensor.normal(y.shape, using: &generator)
            let result: (input: Tensor, kernel: Tensor, bias: Tensor) = try part.learner {
                ConvolutionExercise.convolve2DBackward(input: x, kernel: kernel, outputGradient: dy, stride: stride, padding: padding)
            }
            if try part.isNotImplemented() { return }
            // L = Σ dy ⊙ y, so that ∂L/∂y = dy, with the convolution itself computed in double
            // precision: Float's rounding would leave more noise in a finite difference than the tolerance.
            func loss(_ x: Tensor, _ kernel: Tensor, _ bias: Tensor) -> Double {
                let (c, h, w, kh, kw) = (x.shape[1], x.shape[2], x.shape[3], kernel.shape[2], kernel.shape[3])
                var total = 0.0
                for b in 0..<dy.shape[0] { for o in 0..<dy.shape[1] { for i in 0..<dy.shape[2] { for j in 0..<dy.shape[3] {
                    var sum = Double(bias[o])
                    for ch in 0..<c { for u in 0..<kh { for v in 0..<kw {
                        let (row, column) = (i * stride + u - padding, j * stride + v - padding)
                        if row >= 0 && row < h && column >= 0 && column < w {
                            sum += Double(kernel[o, ch, u, v]) * Double(x[b, ch, row, column])
                        }
                    } } }
                    total += sum * Double(dy[b, o, i, j])
                } } } }
                return total
            }
            let expected = directConvolution2DBackward(x, kernel: kernel, outputGradient: dy, stride: stride, padding: padding)
            let flippedInput = directConvolution2DBackward(x, kernel: flipped(kernel), outputGradient: dy, stride: stride,
                                                           padding: padding).input
            let what = describe(index)
            guard part.expectGradient(result.input, of: { loss($0, kernel, bias) }, at: x, "∂L/∂x for \(what)",
                                      mistakes: [(flippedInput, "That is ∂L/∂x with the kernel flipped: the pixel at "
                                                  + "i·s + u − p received W[o, ch, u, v] itself, unflipped")]),
                  part.expectGradient(result.kernel, of: { loss(x, $0, bias) }, at: kernel, "∂L/∂W for \(what)"),
                  part.expectGradient(result.bias, of: { loss(x, kernel, $0) }, at: bias, "∂L/∂b for \(what)",
                                      mistakes: [(expected.bias / Float(dy.count / dy.shape[1]),
                                                  "∂L/∂b is the mean of dy over its pixels: it is the sum, each output added b once")]),
                  part.expectTensor(result.input, expected.input, "∂L/∂x for \(what)")
            else { return }
        }
    }

    static func im2col() throws {
        let part = Part(id: "6.3", function: "im2col(image:kernelHeight:kernelWidth:stride:padding:)", file: file)
        for index in cases.indices {
            let (x, kernel, _, stride, padding) = problem(index)
            let image = x.rows([0]).reshaped(Array(x.shape.dropFirst()))
            let (kh, kw) = (kernel.shape[2], kernel.shape[3])
            let columns = try part.learner {
                ConvolutionExercise.im2col(image: image, kernelHeight: kh, kernelWidth: kw, stride: stride, padding: padding)
            }
            if try part.isNotImplemented() { return }
            let expected = x.im2col(image: 0, kernelHeight: kh, kernelWidth: kw, stride: stride, padding: padding)
            let transposedMistake = expected.transposed()
            guard part.expectTensor(columns, expected, "the columns for \(describe(index))",
                                    mistakes: [(transposedMistake, "One row per output pixel: that is the transpose; "
                                                + "im2col gives one row per kernel position (ch, u, v)")])
            else { return }
            // The point of it all: the kernel as a matrix times the columns is the convolution.
            let product = matmul(kernel.reshaped([kernel.shape[0], kh * kw * x.shape[1]]), columns)
            let convolution = directConvolution2D(x.rows([0]), kernel: kernel, bias: .zeros([kernel.shape[0]]),
                                                  stride: stride, padding: padding)
            part.expectTensor(product, convolution.reshaped(product.shape), "W [k, c·kh·kw] · im2col(x) against the convolution")
        }
    }

    static func maxPool() throws {
        let part = Part(id: "6.4", function: "maxPool(input:size:)", file: file)
        var generator = SeededGenerator(seed: 640)
        let x = Tensor.normal([2, 3, 6, 4], using: &generator)
        let result: (output: Tensor, winners: [Int]) = try part.learner { ConvolutionExercise.maxPool(input: x, size: 2) }
        if try part.isNotImplemented() { return }
        let pool = MaxPool2D(size: 2)
        let expected = pool.forward(x)
        guard part.expectTensor(result.output, expected, "the pooled output of \(x.shape)") else { return }
        guard result.winners.count == expected.count else {
            part.fail("returned \(result.winners.count) winners for \(expected.count) outputs: one index per output value")
            return
        }
        for (q, index) in result.winners.enumerated() where index < 0 || index >= x.count || x[flat: index] != expected[flat: q] {
            part.fail("winners[\(q)] = \(index), but output \(q) is \(expected[flat: q])"
                      + (index >= 0 && index < x.count ? ", and x[flat: \(index)] = \(x[flat: index])" : ", outside the input")
                      + ": each winner is the flat index in the input of its window's maximum")
            return
        }
        // Every value negative: a running maximum that starts at 0 instead of the window's first value shows here.
        let negative = x - (abs(x).max() + 1)
        let below: (output: Tensor, winners: [Int]) = try part.learner { ConvolutionExercise.maxPool(input: negative, size: 2) }
        let expectedBelow = pool.forward(negative)
        guard part.expectTensor(below.output, expectedBelow, "the pooled output of \(x.shape) with every value negative",
                                mistakes: [(.zeros(expectedBelow.shape), "Every window gave 0, a value none of them holds: "
                                            + "start the running maximum at the window's first value, not at 0")])
        else { return }
        // Ties: the first of equal values wins, among positive and among negative values.
        for window in [[1, 3, 3, 2], [-3, -1, -1, -2]] as [[Float]] {
            let tied = Tensor(shape: [1, 1, 2, 2], scalars: window)
            let tie: (output: Tensor, winners: [Int]) = try part.learner { ConvolutionExercise.maxPool(input: tied, size: 2) }
            guard tie.winners == [1] else {
                part.fail("for the window \(window) the winner is index \(tie.winners), expected [1]: on a tie the first "
                          + "maximum wins" + (window[0] < 0 && tie.winners == [0] ? " (and a window of negative values has "
                                              + "its maximum among them: start from the window's first value, not 0)" : ""))
                return
            }
        }
    }

    static func maxPoolBackward() throws {
        let part = Part(id: "6.5", function: "maxPoolBackward(outputGradient:winners:inputShape:)", file: file)
        var generator = SeededGenerator(seed: 650)
        let x = Tensor.normal([2, 2, 4, 6], using: &generator)
        let pool = MaxPool2D(size: 2)
        let y = pool.forward(x)
        let dy = Tensor.normal(y.shape, using: &generator)
        // The engine's winners, so that this part does not depend on the learner's 6.4.
        let winners = pool.winners.map(Int.init)
        let dx = try part.learner {
            ConvolutionExercise.maxPoolBackward(outputGradient: dy, winners: winners, inputShape: x.shape)
        }
        if try part.isNotImplemented() { return }
        let spread = AvgPool2D(size: 2)
        _ = spread.forward(x)
        guard part.expectTensor(dx, pool.backward(dy), "∂L/∂x of max pooling \(x.shape)",
                                mistakes: [(spread.backward(dy) * 4, "Every input of a window got the gradient: only "
                                            + "the winner moved the output, so only the winner is owed it"),
                                           (spread.backward(dy), "The gradient was shared out as average pooling "
                                            + "does: max pooling gives all of it to the winner")])
        else { return }
        // Overlapping windows (size 3, stride 2) can make one input win twice: the gradients add.
        let overlap = MaxPool2D(size: 3, stride: 2)
        let small = Tensor(shape: [1, 1, 3, 5], scalars: [0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        _ = overlap.forward(small)
        let twice = try part.learner {
            ConvolutionExercise.maxPoolBackward(outputGradient: Tensor(shape: [1, 1, 1, 2], scalars: [1, 2]), winners: [2, 2],
                                                inputShape: small.shape)
        }
        part.expectTensor(twice, overlap.backward(Tensor(shape: [1, 1, 1, 2], scalars: [1, 2])),
                          "∂L/∂x when one input won two windows (add their gradients, 1 + 2 = 3, do not overwrite)")
    }
}
