import Testing
import LinearRegression

@Suite("Reductions along an axis")
struct ReductionTests {
    let cube: Tensor = {
        var generator = SeededGenerator(seed: 11)
        return Tensor.normal([3, 4, 5], using: &generator)
    }()

    @Test("sum along each axis of a 3-D tensor matches explicit loops", arguments: [0, 1, 2])
    func sumAlongAxis(axis: Int) {
        let reduced = cube.sum(alongAxis: axis)
        var kept = cube.shape
        kept.remove(at: axis)
        #expect(reduced.shape == kept)
        var worst: Float = 0
        for i in 0..<kept[0] { for j in 0..<kept[1] {
            var total: Float = 0
            for l in 0..<cube.shape[axis] {
                var index = [i, j]
                index.insert(l, at: axis)
                total += cube[index[0], index[1], index[2]]
            }
            worst = Swift.max(worst, Swift.abs(total - reduced[i, j]))
        } }
        #expect(worst < 1e-5)
    }

    @Test("mean, max and argmax of a matrix")
    func matrixReductions() {
        let m = Tensor([[1, 9, 3], [7, 2, 8]])
        #expect(m.mean(alongAxis: 0) == Tensor([4, 5.5, 5.5]))
        #expect(m.max(alongAxis: 1) == Tensor([9, 8]))
        #expect(m.argmax(alongAxis: 1) == Tensor([1, 2]))
        #expect(m.argmax(alongAxis: 0) == Tensor([1, 0, 1]))
    }

    @Test("the total sum is accumulated in double precision")
    func accurateSum() {
        let t = Tensor(shape: [1_000_001], repeating: 0.1)
        #expect(Swift.abs(t.sum() - 100_000.1) < 0.01)
    }
}
