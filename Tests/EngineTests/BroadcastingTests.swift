import Testing
import LinearRegression

@Suite("Broadcasting")
struct BroadcastingTests {
    let matrix = Tensor([[1, 2, 3], [4, 5, 6]])

    @Test("a row vector adds to every row")
    func row() {
        #expect(matrix + Tensor([10, 20, 30]) == Tensor([[11, 22, 33], [14, 25, 36]]))
        #expect(matrix - Tensor([[1, 1, 1]]) == Tensor([[0, 1, 2], [3, 4, 5]]))
    }

    @Test("a column vector multiplies every column")
    func column() {
        let column = Tensor(shape: [2, 1], scalars: [2, 10])
        #expect(matrix * column == Tensor([[2, 4, 6], [40, 50, 60]]))
        #expect(column * matrix == Tensor([[2, 4, 6], [40, 50, 60]]))
    }

    @Test("a scalar tensor broadcasts to everything")
    func scalar() {
        #expect(matrix / Tensor(scalar: 2) == matrix * 0.5)
    }

    @Test("a column and a row broadcast to a matrix (outer sum)")
    func outer() {
        let column = Tensor(shape: [3, 1], scalars: [0, 10, 20])
        #expect(column + Tensor([1, 2]) == Tensor([[1, 2], [11, 12], [21, 22]]))
    }

    @Test("three-dimensional broadcasting matches explicit loops")
    func threeDimensional() {
        var generator = SeededGenerator(seed: 3)
        let a = Tensor.normal([4, 1, 5], using: &generator)
        let b = Tensor.normal([3, 1], using: &generator)
        let c = a * b
        #expect(c.shape == [4, 3, 5])
        var worst: Float = 0
        for i in 0..<4 { for j in 0..<3 { for k in 0..<5 {
            worst = Swift.max(worst, Swift.abs(c[i, j, k] - a[i, 0, k] * b[j, 0]))
        } } }
        #expect(worst == 0)
    }

    @Test("compound assignment keeps the left shape")
    func compound() {
        var m = matrix
        m += Tensor([1, 1, 1])
        #expect(m == matrix + 1)
        #expect(Tensor.broadcastShape([2, 3], [4]) == nil)
        #expect(Tensor.broadcastShape([5, 1, 3], [4, 1]) == [5, 4, 3])
    }
}
