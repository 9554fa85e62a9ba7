import Testing
@testable import LinearRegression

@Suite("Tensor basics")
struct TensorTests {
    @Test("shape, count and row-major indexing")
    func indexing() {
        let t = Tensor([[1, 2, 3], [4, 5, 6]])
        #expect(t.shape == [2, 3])
        #expect(t.count == 6)
        #expect(t[1, 0] == 4)
        #expect(t[flat: 5] == 6)
        #expect(t.row(1) == Tensor([4, 5, 6]))
        #expect(t.reshaped([3, -1]).shape == [3, 2])
        #expect(t.description == "[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]")
    }

    @Test("one to five indices reach the element row-major order puts there, read and written")
    func indicesOfEachRank() {
        var t = Tensor(shape: [2, 3, 4, 5, 2], scalars: (0..<240).map(Float.init))
        // [1, 2, 3, 4, 1] is at ((((1·3 + 2)·4 + 3)·5 + 4)·2 + 1 = 239.
        #expect(t[1, 2, 3, 4, 1] == 239 && t[0, 1, 0, 2, 1] == 45)
        t[1, 2, 3, 4, 1] = -1
        #expect(t[flat: 239] == -1)
        var four = Tensor(shape: [2, 3, 4, 5], scalars: (0..<120).map(Float.init))
        #expect(four[1, 2, 3, 4] == 119 && four[1, 0, 2, 1] == 71)
        four[1, 0, 2, 1] += 1
        #expect(four[flat: 71] == 72)
        var three = Tensor(shape: [2, 3, 4], scalars: (0..<24).map(Float.init))
        #expect(three[1, 2, 3] == 23 && three[0, 2, 1] == 9)
        three[0, 2, 1] = 0
        #expect(three[flat: 9] == 0)
        let one = Tensor([5, 6, 7])
        #expect(one[2] == 7)
    }

    @Test("an index out of range, or one index too many, stops naming the index, the axis and the shape")
    func indexOutOfRange() async throws {
        let two = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor.zeros([2, 2])[0, 2]
        })
        #expect(String(decoding: two.standardErrorContent, as: UTF8.self).contains("index 2 out of range 0..<2 on axis 1 of shape [2, 2]"))
        let four = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor.zeros([2, 3, 2, 2])[0, 3, 0, 0]
        })
        #expect(String(decoding: four.standardErrorContent, as: UTF8.self).contains("index 3 out of range 0..<3 on axis 1"))
        let five = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor.zeros([2, 2, 2, 2, 2])[0, 0, 0, 0, -1]
        })
        #expect(String(decoding: five.standardErrorContent, as: UTF8.self).contains("index -1 out of range 0..<2 on axis 4"))
        let tooMany = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor.zeros([2, 2])[0, 0, 0]
        })
        #expect(String(decoding: tooMany.standardErrorContent, as: UTF8.self).contains("3 indices for a tensor of rank 2 (shape [2, 2])"))
    }

    @Test("copies are independent (copy-on-write)")
    func copyOnWrite() {
        let a = Tensor([1, 2, 3])
        var b = a
        b[0] = 10
        #expect(a == Tensor([1, 2, 3]))
        #expect(b == Tensor([10, 2, 3]))
    }

    @Test("element-wise arithmetic with numbers and tensors")
    func arithmetic() {
        let a = Tensor([1, 2, 3]), b = Tensor([4, 5, 6])
        #expect(a + b == Tensor([5, 7, 9]))
        #expect(b - a == Tensor([3, 3, 3]))
        #expect(a * b == Tensor([4, 10, 18]))
        #expect(b / a == Tensor([4, 2.5, 2]))
        #expect(2 * a - 1 == Tensor([1, 3, 5]))
        #expect(-a == Tensor([-1, -2, -3]))
        var c = a
        c += b
        c *= 2
        #expect(c == Tensor([10, 14, 18]))
        #expect(dot(a, b) == 32)
        #expect(a.sum() == 6 && a.mean() == 2 && b.max() == 6 && b.min() == 4 && b.argmax() == 2)
    }

    @Test("math functions apply element by element")
    func math() {
        let x = Tensor([-1, 0, 4])
        #expect(abs(x) == Tensor([1, 0, 4]))
        #expect(sqrt(Tensor([4, 9])) == Tensor([2, 3]))
        #expect(step(x) == Tensor([0, 1, 1]))
        #expect(sign(x) == Tensor([-1, 1, 1]))
        #expect(maximum(x, 0) == Tensor([0, 0, 4]))
        #expect(Swift.abs(exp(Tensor([1])).scalar - 2.7182817) < 1e-6)
        #expect(Swift.abs(log(Tensor([2.7182817])).scalar - 1) < 1e-6)
        #expect(Swift.abs(tanh(Tensor([0.5])).scalar - 0.46211716) < 1e-6)
        #expect(!Tensor([1, .nan]).isFinite && Tensor([1, 2]).isFinite)
    }

    @Test("a shape mismatch stops with both shapes and the operation named")
    func mismatchMessage() async throws {
        let result = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor([[1, 2, 3], [4, 5, 6]]) + Tensor([1, 2])
        })
        let message = String(decoding: result.standardErrorContent, as: UTF8.self)
        #expect(message.contains("shape mismatch in +"))
        #expect(message.contains("[2, 3]") && message.contains("[2]"))
    }

    @Test("a matrix product of mismatched shapes names both shapes")
    func matmulMismatchMessage() async throws {
        let result = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = matmul(Tensor.zeros([2, 3]), Tensor.zeros([4, 5]))
        })
        let message = String(decoding: result.standardErrorContent, as: UTF8.self)
        #expect(message.contains("matmul") && message.contains("[2, 3]") && message.contains("[4, 5]"))
    }
}
