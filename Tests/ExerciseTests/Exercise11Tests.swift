import DeeperNetworks
import DeeperNetworksExercises
import Testing

@Suite("Exercise 11: deeper networks")
struct Exercise11 {
    @Test("11.1 global average pooling") func globalAveragePool() async { await checkPart("11.1") }
    @Test("11.2 global average pooling backward") func globalAveragePoolBackward() async { await checkPart("11.2") }
    @Test("11.3 a 1 × 1 convolution as a matrix product") func oneByOne() async { await checkPart("11.3") }
    @Test("11.4 a residual block's backward pass") func residualBackward() async { await checkPart("11.4") }
    @Test("11.5 the receptive field of a stack") func receptiveField() async { await checkPart("11.5") }
}

/// The checks of exercise 11, run in a child process by `checkPart`. Expected values come from
/// chapter 11's engine (GlobalAveragePool2D, Conv2D, ResidualBlock, receptiveField).
enum DeeperNetworksChecks {
    static let file = "exercises/11-deeper-networks/DeeperNetworksExercise.swift"

    /// Odd shapes: one pixel, one channel, planes that are not square.
    static let imageShapes = [[2, 3, 4, 5], [1, 1, 1, 1], [3, 2, 7, 7]]

    static func images(_ shape: [Int], seed: UInt64) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        return Tensor.normal(shape, using: &generator)
    }

    static func globalAveragePool() throws {
        let part = Part(id: "11.1", function: "globalAveragePool(_:)", file: file)
        for (index, shape) in imageShapes.enumerated() {
            let x = images(shape, seed: UInt64(1110 + index))
            let y = try part.learner { DeeperNetworksExercise.globalAveragePool(x) }
            if try part.isNotImplemented() { return }
            let expected = GlobalAveragePool2D().forward(x)
            let area = Float(shape[2] * shape[3])
            // The largest value of each plane: global max pooling.
            let maxima = Tensor(shape: [shape[0], shape[1]], scalars: (0..<(shape[0] * shape[1])).map { plane in
                x.scalars[plane * shape[2] * shape[3] ..< (plane + 1) * shape[2] * shape[3]].max()!
            })
            guard part.expectTensor(y, expected, "the pooled images [n, c] for images \(shape)", mistakes: [
                (expected * area, "That is each plane's sum: divide it by h·w = \(Int(area)) for the mean"),
                (maxima, "That is each plane's largest value (global max pooling): take the mean"),
            ]) else {
                if y.shape != expected.shape {
                    part.fail("the mean is over each channel's plane alone (h and w), leaving [n, c]; not over the channels or the batch")
                }
                return
            }
        }
    }

    static func globalAveragePoolBackward() throws {
        let part = Part(id: "11.2", function: "globalAveragePoolBackward(_:inputShape:)", file: file)
        for (index, shape) in imageShapes.enumerated() {
            let x = images(shape, seed: UInt64(1120 + index))
            let dy = images([shape[0], shape[1]], seed: UInt64(1125 + index))
            let dx = try part.learner { DeeperNetworksExercise.globalAveragePoolBackward(dy, inputShape: shape) }
            if try part.isNotImplemented() { return }
            let pool = GlobalAveragePool2D()
            _ = pool.forward(x)
            let expected = pool.backward(dy)
            let area = Float(shape[2] * shape[3])
            // L = Σ dy ⊙ mean(x), in double precision.
            func loss(_ x: Tensor) -> Double {
                let area = shape[2] * shape[3]
                return (0..<(shape[0] * shape[1])).reduce(0.0) { total, plane in
                    let sum = (0..<area).reduce(0.0) { $0 + Double(x.scalars[plane * area + $1]) }
                    return total + Double(dy.scalars[plane]) * sum / Double(area)
                }
            }
            var mistakes: [(answer: Tensor, explanation: String)] = []
            if area > 1 {
                mistakes.append((expected * area, "Each input received ∂L/∂y itself: y is the mean, so each of the h·w = "
                                 + "\(Int(area)) inputs carries 1/(h·w) of it"))
                var firstOnly = Tensor.zeros(shape)
                for plane in 0..<(shape[0] * shape[1]) { firstOnly[flat: plane * Int(area)] = dy.scalars[plane] }
                mistakes.append((firstOnly, "Only the first pixel of each plane received the gradient, as max pooling "
                                 + "routes it to its winner; every pixel counts in a mean"))
            }
            guard part.expectGradient(dx, of: loss, at: x, "∂L/∂x for images \(shape)", mistakes: mistakes),
                  part.expectTensor(dx, expected, "∂L/∂x for images \(shape)") else { return }
        }
    }

    static let convolutionCases: [(images: [Int], outChannels: Int)] = [([2, 3, 4, 4], 5), ([1, 3, 2, 3], 3), ([2, 1, 3, 3], 2)]

    static func oneByOneConvolution() throws {
        let part = Part(id: "11.3", function: "oneByOneConvolution(_:weight:bias:)", file: file)
        for (index, problem) in convolutionCases.enumerated() {
            let (c, k) = (problem.images[1], problem.outChannels)
            let x = images(problem.images, seed: UInt64(1130 + index))
            let weight = images([k, c], seed: UInt64(1133 + index)), bias = images([k], seed: UInt64(1136 + index))
            let y = try part.learner { DeeperNetworksExercise.oneByOneConvolution(x, weight: weight, bias: bias) }
            if try part.isNotImplemented() { return }
            let expected = Conv2D(weight: weight.reshaped([k, c, 1, 1]), bias: bias).forward(x)
            var mistakes: [(answer: Tensor, explanation: String)] = [
                (Conv2D(weight: weight.reshaped([k, c, 1, 1]), bias: .zeros([k])).forward(x),
                 "The bias b[o] is missing from every output"),
            ]
            if k == c {
                mistakes.append((Conv2D(weight: weight.transposed().reshaped([k, c, 1, 1]), bias: bias).forward(x),
                                 "That is Wᵀ X: the kernel is [k outputs, c inputs], so output o is Σ_ch W[o, ch] x[ch]"))
            }
            guard part.expectTensor(y, expected, "the output for images \(problem.images) and a kernel [\(k), \(c)]",
                                    mistakes: mistakes)
            else { return }
        }
    }

    /// A block and its input, run forward: an identity block (3 → 3) and one with a projection (2 → 4, stride 2).
    static func residualProblem(_ index: Int) -> (block: ResidualBlock, x: Tensor, sum: Tensor, dy: Tensor) {
        var generator = SeededGenerator(seed: UInt64(1140 + index))
        let block = index == 0 ? ResidualBlock(3, 3, name: "identity", using: &generator)
                               : ResidualBlock(2, 4, stride: 2, name: "projection", using: &generator)
        let x = Tensor.normal(index == 0 ? [2, 3, 4, 4] : [2, 2, 6, 6], using: &generator)
        let sum = block.residual.forward(x) + (block.projection?.forward(x) ?? x)
        _ = block.forward(x)
        return (block, x, sum, Tensor.normal(sum.shape, using: &generator))
    }

    static func residualBackward() throws {
        let part = Part(id: "11.4", function: "residualBlockBackward(_:sum:residualBackward:projectionBackward:)", file: file)
        for index in 0..<2 {
            let (block, _, sum, dy) = residualProblem(index)
            let kind = block.projection == nil ? "an identity block" : "a block with a 1 × 1 projection"
            let dx = try part.learner {
                DeeperNetworksExercise.residualBlockBackward(dy, sum: sum, residualBackward: { block.residual.backward($0) },
                                                             projectionBackward: block.projection.map { projection in
                                                                 { projection.backward($0) } })
            }
            if try part.isNotImplemented() { return }
            let expected = block.backward(dy)
            let mask = sum.map { $0 > 0 ? 1 : 0 }
            let g = dy * mask
            let shortcut = block.projection?.backward(g) ?? g
            var mistakes: [(answer: Tensor, explanation: String)] = [
                (block.residual.backward(g), "That is the residual path's gradient alone: x also reaches y through the "
                 + "shortcut, and the chain rule adds the two paths' gradients"),
                (block.residual.backward(dy) + (block.projection?.backward(dy) ?? dy),
                 "The ReLU's mask is missing: the gradient passes only where F(x) + S(x) > 0"),
            ]
            if block.projection == nil {
                mistakes.append((block.residual.backward(dy * dy.map { $0 > 0 ? 1 : 0 }) + dy * dy.map { $0 > 0 ? 1 : 0 },
                                 "The mask was taken from ∂L/∂y; it comes from the ReLU's input, the sum F(x) + S(x)"))
            } else {
                mistakes.append((shortcut, "That is the shortcut's gradient alone: add the residual path's"))
            }
            guard part.expectTensor(dx, expected, "∂L/∂x for \(kind)", tolerance: 1e-4, mistakes: mistakes) else {
                if block.projection != nil, dx.shape == sum.shape {
                    part.fail("∂L/∂x has the shape of y, \(sum.shape): with a projection the shortcut's gradient is "
                              + "projectionBackward(g), which has x's shape, not g itself")
                }
                return
            }
        }
    }

    static let stacks: [(kernels: [Int], strides: [Int])] = [
        ([3, 3], [1, 1]), ([5], [1]), ([7, 3, 3], [2, 1, 2]), ([3, 2, 3, 2, 3], [1, 2, 1, 2, 1]), ([], []),
    ]

    static func receptiveField() throws {
        let part = Part(id: "11.5", function: "receptiveField(kernels:strides:)", file: file)
        for stack in stacks {
            let r = try part.learner { DeeperNetworksExercise.receptiveField(kernels: stack.kernels, strides: stack.strides) }
            if try part.isNotImplemented() { return }
            let layers = Array(zip(stack.kernels, stack.strides)).map { (kernel: $0.0, stride: $0.1) }
            let expected = DeeperNetworks.receptiveField(layers)
            let withoutStrides = 1 + stack.kernels.reduce(0) { $0 + $1 - 1 }
            let ownStride = 1 + layers.enumerated().reduce(0) { total, entry in
                total + (entry.element.kernel - 1) * layers.prefix(entry.offset + 1).reduce(1) { $0 * $1.stride }
            }
            guard r != expected else { continue }
            var message = "for kernels \(stack.kernels) and strides \(stack.strides) it is \(r), expected \(expected)"
            if r == withoutStrides && withoutStrides != expected {
                message += ". The strides are left out: a stride multiplies the step of every later layer's kernel"
            } else if r == ownStride && ownStride != expected {
                message += ". Each layer's own stride multiplied its kernel: only the strides of the layers before it do"
            } else if stack.kernels.isEmpty {
                message += ". With no layers an output is one pixel: r starts at 1"
            }
            part.fail(message)
            return
        }
    }
}
