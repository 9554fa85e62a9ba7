import Testing
import LinearRegression

@Suite("Matrix product")
struct MatrixProductTests {
    /// Odd shapes (m, k, n), including ones and sizes that are not multiples of any SIMD width.
    static let shapes: [(Int, Int, Int)] = [(1, 1, 1), (3, 5, 7), (17, 13, 11), (64, 1, 33), (2, 31, 1), (33, 65, 17)]

    @Test("sgemm agrees with the naive loops on odd shapes, for each transpose",
          arguments: shapes.indices, [(false, false), (true, false), (false, true), (true, true)])
    func agreesWithNaive(shapeIndex: Int, transposes: (Bool, Bool)) {
        let (m, k, n) = Self.shapes[shapeIndex]
        var generator = SeededGenerator(seed: UInt64(shapeIndex))
        let a = Tensor.normal(transposes.0 ? [k, m] : [m, k], using: &generator)
        let b = Tensor.normal(transposes.1 ? [n, k] : [k, n], using: &generator)
        let fast = matmul(a, b, transposeA: transposes.0, transposeB: transposes.1)
        let reference = naiveMatmul(a, b, transposeA: transposes.0, transposeB: transposes.1)
        #expect(fast.shape == [m, n])
        let worst = abs(fast - reference).max()
        #expect(worst <= 1e-5 * Float(k), "worst difference \(worst) for \(m)×\(k)×\(n), transposes \(transposes)")
    }

    @Test("the transpose flags equal an explicit transpose")
    func flagsMatchTransposed() {
        var generator = SeededGenerator(seed: 9)
        let a = Tensor.normal([6, 4], using: &generator), b = Tensor.normal([6, 3], using: &generator)
        #expect(abs(matmul(a, b, transposeA: true) - matmul(a.transposed(), b)).max() < 1e-5)
        #expect(a.transposed().transposed() == a)
        #expect(a.transposed()[2, 5] == a[5, 2])
    }

    @Test("the worked 2×2 example")
    func workedExample() {
        #expect(matmul(Tensor([[1, 2], [3, 4]]), Tensor([[5, 6], [7, 8]])) == Tensor([[19, 22], [43, 50]]))
    }

    @Test("vectors are treated as a column on the right and a row on the left")
    func vectors() {
        let m = Tensor([[1, 2], [3, 4], [5, 6]])
        #expect(matmul(m, Tensor([1, 1])) == Tensor([3, 7, 11]))
        #expect(matmul(Tensor([1, 0, 1]), m) == Tensor([6, 8]))
        #expect(matmul(m, Tensor([1, 1, 1]), transposeA: true) == Tensor([9, 12]))
        #expect(matmul(Tensor([1, 2]), Tensor([3, 4])).shape == [])
    }
}

@Suite("LAPACK solvers")
struct LinearAlgebraTests {
    @Test("solve recovers x from A x = b")
    func solveSystem() throws {
        let a = Tensor([[3, 1], [1, 2]])
        let x = try solve(a, Tensor([9, 8]))
        #expect(abs(x - Tensor([2, 3])).max() < 1e-5)
        let many = try solve(a, Tensor([[9, 3], [8, 1]]))
        #expect(abs(matmul(a, many) - Tensor([[9, 3], [8, 1]])).max() < 1e-5)
    }

    @Test("a singular system throws, naming the shape")
    func singular() {
        #expect(throws: LinearAlgebraError.self) { try solve(Tensor([[1, 2], [2, 4]]), Tensor([1, 2])) }
        let message = "\(LinearAlgebraError.singular(operation: "solve", shape: [2, 2], pivot: 2))"
        #expect(message.contains("[2, 2]") && message.contains("singular"))
    }

    @Test("least squares fits y = 2x + 1 exactly")
    func leastSquaresLine() throws {
        let design = Tensor([[0, 1], [1, 1], [2, 1], [3, 1]])
        let solution = try leastSquares(design, Tensor([1, 3, 5, 7]))
        #expect(abs(solution - Tensor([2, 1])).max() < 1e-5)
    }

    @Test("least squares agrees with the normal equations on a random tall system")
    func leastSquaresMatchesNormalEquations() throws {
        var generator = SeededGenerator(seed: 5)
        let a = Tensor.normal([40, 3], using: &generator), b = Tensor.normal([40, 2], using: &generator)
        let viaQR = try leastSquares(a, b)
        let viaNormal = try solve(matmul(a, a, transposeA: true), matmul(a, b, transposeA: true))
        #expect(viaQR.shape == [3, 2])
        #expect(abs(viaQR - viaNormal).max() < 1e-4)
    }
}
