// The primitive operations, each a forward computation and its local backward step: given ∂L/∂y,
// the gradient of each input. The layers of chapters 03-13 are built from these. Derivations:
// chapters/14-automatic-differentiation/README.md, section 3.

extension Tensor {
    /// The sum of this gradient over the axes broadcasting stretched, back to an input's `shape`:
    /// the axes it lacked in front, and those where it had size 1. An input repeated along an axis
    /// contributed to every output along it, so its gradient is the sum of theirs.
    public func summed(toShape target: [Int]) -> Tensor {
        guard shape != target else { return self }
        require(target.count <= rank, "summed(toShape:): \(target) has more axes than the gradient's \(shape)")
        var result = self
        for _ in 0..<(rank - target.count) { result = result.sum(alongAxis: 0) }
        for axis in 0..<target.count where target[axis] == 1 && result.shape[axis] != 1 {
            var kept = result.shape
            kept[axis] = 1
            result = result.sum(alongAxis: axis).reshaped(kept)
        }
        require(result.shape == target, "summed(toShape:): a gradient of shape \(shape) does not broadcast from \(target)")
        return result
    }
}

// MARK: Arithmetic, with broadcasting

public func + (a: Variable, b: Variable) -> Variable {
    a.tape.record(a.value + b.value, operation: "+", inputs: [a, b]) { dy in
        [dy.summed(toShape: a.shape), dy.summed(toShape: b.shape)]
    }
}

public func - (a: Variable, b: Variable) -> Variable {
    a.tape.record(a.value - b.value, operation: "−", inputs: [a, b]) { dy in
        [dy.summed(toShape: a.shape), (dy * -1).summed(toShape: b.shape)]
    }
}

/// Element by element: ∂(ab)/∂a = b, ∂(ab)/∂b = a.
public func * (a: Variable, b: Variable) -> Variable {
    a.tape.record(a.value * b.value, operation: "×", inputs: [a, b]) { dy in
        [(dy * b.value).summed(toShape: a.shape), (dy * a.value).summed(toShape: b.shape)]
    }
}

/// Element by element: ∂(a/b)/∂a = 1/b, ∂(a/b)/∂b = −a/b².
public func / (a: Variable, b: Variable) -> Variable {
    a.tape.record(a.value / b.value, operation: "÷", inputs: [a, b]) { dy in
        [(dy / b.value).summed(toShape: a.shape), (dy * a.value / (b.value * b.value) * -1).summed(toShape: b.shape)]
    }
}

public prefix func - (a: Variable) -> Variable {
    a.tape.record(a.value * -1, operation: "negate", inputs: [a]) { dy in [dy * -1] }
}

public func * (a: Variable, s: Float) -> Variable {
    a.tape.record(a.value * s, operation: "× \(s)", inputs: [a]) { dy in [dy * s] }
}

public func * (s: Float, a: Variable) -> Variable { a * s }

public func + (a: Variable, s: Float) -> Variable {
    a.tape.record(a.value + s, operation: "+ \(s)", inputs: [a]) { dy in [dy] }
}

// MARK: Matrix product

/// [m, k] · [k, n]: ∂L/∂A = ∂L/∂Y Bᵀ, ∂L/∂B = Aᵀ ∂L/∂Y.
public func matmul(_ a: Variable, _ b: Variable) -> Variable {
    a.tape.record(matmul(a.value, b.value), operation: "matmul", inputs: [a, b]) { dy in
        [matmul(dy, b.value.transposed()), matmul(a.value.transposed(), dy)]
    }
}

// MARK: Functions of each element

/// eˣ, whose derivative is itself.
public func exp(_ a: Variable) -> Variable {
    let y = exp(a.value)
    return a.tape.record(y, operation: "exp", inputs: [a]) { dy in [dy * y] }
}

/// ln x, whose derivative is 1/x.
public func log(_ a: Variable) -> Variable {
    a.tape.record(log(a.value), operation: "log", inputs: [a]) { dy in [dy / a.value] }
}

/// tanh, whose derivative is 1 − tanh².
public func tanh(_ a: Variable) -> Variable {
    let y = tanh(a.value)
    return a.tape.record(y, operation: "tanh", inputs: [a]) { dy in [dy * y.map { 1 - $0 * $0 }] }
}

/// σ, whose derivative is σ(1 − σ).
public func sigmoid(_ a: Variable) -> Variable {
    let y = sigmoid(a.value)
    return a.tape.record(y, operation: "σ", inputs: [a]) { dy in [dy * y.map { $0 * (1 - $0) }] }
}

/// max(x, 0), whose derivative is 1 where x > 0 and 0 elsewhere (0 at 0, as chapter 04's ReLU).
public func relu(_ a: Variable) -> Variable {
    a.tape.record(a.value.map { Swift.max($0, 0) }, operation: "relu", inputs: [a]) { dy in
        [dy * a.value.map { $0 > 0 ? 1 : 0 }]
    }
}

/// √x, whose derivative is 1/(2√x).
public func sqrt(_ a: Variable) -> Variable {
    let y = sqrt(a.value)
    return a.tape.record(y, operation: "sqrt", inputs: [a]) { dy in [dy / (y * 2)] }
}

// MARK: Sums and means

extension Variable {
    /// The sum of every element: each element's gradient is the output's.
    public func sum() -> Variable {
        tape.record(Tensor(scalar: value.sum()), operation: "sum", inputs: [self]) { [shape] dy in
            [Tensor(shape: shape, repeating: dy.scalar)]
        }
    }

    /// The mean of every element: each element's gradient is the output's over the count.
    public func mean() -> Variable {
        tape.record(Tensor(scalar: value.mean()), operation: "mean", inputs: [self]) { [shape, count = value.count] dy in
            [Tensor(shape: shape, repeating: dy.scalar / Float(count))]
        }
    }

    /// The sum along `axis`, which disappears; the gradient is repeated along it.
    public func sum(alongAxis axis: Int) -> Variable {
        tape.record(value.sum(alongAxis: axis), operation: "sum(axis \(axis))", inputs: [self]) { [shape] dy in
            var kept = shape
            kept[axis] = 1
            return [dy.reshaped(kept) + Tensor.zeros(shape)]
        }
    }

    /// The maximum along `axis` (the last one by default), which stays with size 1: its gradient
    /// goes to the first largest element of each slice.
    public func max(alongAxis axis: Int) -> Variable {
        require(axis >= 0 && axis < shape.count, "max(alongAxis:): axis \(axis) of a tensor of shape \(shape)")
        let (outer, length, inner) = (shape[..<axis].reduce(1, *), shape[axis], shape[(axis + 1)...].reduce(1, *))
        var kept = shape
        kept[axis] = 1
        let x = value.scalars
        var maxima = [Float](repeating: 0, count: outer * inner), winners = [Int](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                var best = o * length * inner + i
                for l in 1..<length where x[(o * length + l) * inner + i] > x[best] { best = (o * length + l) * inner + i }
                (winners[o * inner + i], maxima[o * inner + i]) = (best, x[best])
            }
        }
        return tape.record(Tensor(shape: kept, scalars: maxima), operation: "max(axis \(axis))", inputs: [self]) { [shape] dy in
            var dx = Tensor.zeros(shape)
            for (slot, winner) in winners.enumerated() { dx[flat: winner] += dy[flat: slot] }
            return [dx]
        }
    }
}

// MARK: Shapes and indexing

extension Variable {
    /// The same elements in another shape; the gradient takes back the input's.
    public func reshaped(_ newShape: [Int]) -> Variable {
        tape.record(value.reshaped(newShape), operation: "reshape", inputs: [self]) { [shape] dy in [dy.reshaped(shape)] }
    }

    /// The matrix transposed; so is its gradient.
    public func transposed() -> Variable {
        tape.record(value.transposed(), operation: "transpose", inputs: [self]) { dy in [dy.transposed()] }
    }

    /// The rows at `indices`, in that order (an embedding's lookup): each row's gradient is added
    /// back where it came from, so a row taken twice collects both.
    public func rows(_ indices: [Int]) -> Variable {
        tape.record(value.rows(indices), operation: "rows", inputs: [self]) { [shape] dy in
            var dx = Tensor.zeros(shape)
            dx.addRows(dy, at: indices)
            return [dx]
        }
    }

    /// For each row i of a matrix [n, k], the element in column `columns[i]`: [n]. The gradient is
    /// zero except at the picked elements (cross-entropy's log-probability of the right class).
    public func picking(columns: [Int]) -> Variable {
        require(shape.count == 2 && columns.count == shape[0] && columns.allSatisfy { $0 >= 0 && $0 < shape[1] },
                "picking(columns:): needs a matrix and one column in range per row, got \(shape) and \(columns.count) columns")
        let width = shape[1]
        let picked = Tensor(shape: [shape[0]], scalars: columns.enumerated().map { value[flat: $0.offset * width + $0.element] })
        return tape.record(picked, operation: "pick", inputs: [self]) { [shape] dy in
            var dx = Tensor.zeros(shape)
            for (row, column) in columns.enumerated() { dx[flat: row * width + column] = dy[flat: row] }
            return [dx]
        }
    }
}

// MARK: Gathering, slicing and stacking

extension Variable {
    /// A tensor of `shape` whose element k is this one's element `sources[k]` (flat, row-major),
    /// or 0 where `sources[k]` is −1: any copy of elements, such as im2col's patches with their
    /// padding, a permutation of axes, or nearest-neighbour upsampling. The gradient adds each
    /// output's back into the element it copied, so an element copied several times collects them all.
    public func gathering(_ sources: [Int], shape outputShape: [Int]) -> Variable {
        require(sources.count == outputShape.reduce(1, *) && sources.allSatisfy { $0 >= -1 && $0 < value.count },
                "gathering: \(sources.count) sources, each −1 or in 0..<\(value.count), for a shape of \(outputShape)")
        let gathered = Tensor(shape: outputShape, scalars: sources.map { $0 < 0 ? 0 : value[flat: $0] })
        return tape.record(gathered, operation: "gather", inputs: [self]) { [shape] dy in
            var dx = Tensor.zeros(shape)
            for (k, source) in sources.enumerated() where source >= 0 { dx[flat: source] += dy[flat: k] }
            return [dx]
        }
    }

    /// Columns `range` of a matrix [n, m]: [n, range.count]. The gradient fills those columns and
    /// leaves zeros in the others.
    public func columns(_ range: Range<Int>) -> Variable {
        require(shape.count == 2 && range.lowerBound >= 0 && range.upperBound <= shape[1],
                "columns: \(range) of a matrix of shape \(shape)")
        let (n, m) = (shape[0], shape[1])
        return gathering((0..<n).flatMap { row in range.map { row * m + $0 } }, shape: [n, range.count])
    }
}

/// The variables, all of one shape s, stacked along a new first axis: [count] + s. Each gets
/// back its slice of the gradient.
public func stacked(_ variables: [Variable]) -> Variable {
    require(!variables.isEmpty && variables.allSatisfy { $0.shape == variables[0].shape && $0.tape === variables[0].tape },
            "stacked: needs one or more variables of one shape on one tape")
    let size = variables[0].value.count, shape = variables[0].shape
    let value = Tensor(shape: [variables.count] + shape, scalars: variables.flatMap(\.value.scalars))
    return variables[0].tape.record(value, operation: "stack", inputs: variables) { dy in
        (0..<variables.count).map { Tensor(shape: shape, scalars: Array(dy.scalars[($0 * size)..<(($0 + 1) * size)])) }
    }
}
