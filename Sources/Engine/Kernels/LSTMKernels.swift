// The LSTM's fast path: the same numbers as LSTM.swift's readable steps, computed the way chapter 10's
// notes, sections 5, 7 and 8, explain: the input's product for all T steps at once; per step one
// product for the four gates and one pass over them that does all the element-wise work, sixteen
// floats at a time (the exponential in SIMD lanes, VectorActivations.swift); the batch split
// between the cores, each running its rows through every step and, walking back, adding each
// step's share of the weights' gradients while dz_t is in its cache. The gates' storage is
// turned into dz_t in place.
//
// How the step products are cut (`smallProducts`). Where BLAS multiplies small matrices in place
// (OpenBLAS's AVX-512 kernels), eight rows per recurrent product and one gate's h columns per
// product of ∂L/∂Wh: products that small it runs without first copying Wh or dz_t into its own
// layout, which larger ones pay for on every call. Elsewhere every call copies, and a core's whole
// share in one product copies least. Chapter 10's notes, section 8, measure both.
import Tensors

/// What the LSTM's forward pass keeps for its backward: the gates' activations [T, n, 4h]
/// ([f | i | g | o] per row), the cells c_0 … c_T and states h_0 … h_T [T + 1, n, h], and tanh(c_t) [T, n, h].
package struct LSTMTape: Sendable {
    package var gates: Tensor
    package let cells: Tensor, cellTanh: Tensor, states: Tensor

    package init(gates: Tensor, cells: Tensor, cellTanh: Tensor, states: Tensor) {
        (self.gates, self.cells, self.cellTanh, self.states) = (gates, cells, cellTanh, states)
    }
}

/// The LSTM's gradients: of its weights and bias, of the starting state and cell, ‖∂L/∂h_t‖ per
/// step, and ∂L/∂x [T, n, d] when asked.
package struct LSTMGradients {
    package let recurrentWeight: Tensor, inputWeight: Tensor, bias: Tensor
    package let initialState: Tensor, initialCell: Tensor
    package let norms: [Float]
    package var input: Tensor?
}

/// The forward pass over x [T, n, d] from h_0 and c_0 [n, h], with Wx [d, 4h], Wh [h, 4h], b [4h].
/// `smallProducts`: eight rows per recurrent product (see above).
package func lstmForward(_ input: Tensor, inputWeight: Tensor, recurrentWeight: Tensor, bias: Tensor,
                         startHidden: Tensor, startCell: Tensor, smallProducts: Bool) -> LSTMTape {
    let (T, n, d, h) = (input.shape[0], input.shape[1], inputWeight.shape[0], startHidden.shape[1])
    let width = 4 * h
    // Every element of these is written below (the first step of cells and states from the starting
    // state), so their storage is not zeroed first.
    func unzeroed(_ shape: [Int]) -> Tensor { Tensor(shape: shape) { _ in } }
    var gates = unzeroed([T, n, width])
    var cells = unzeroed([T + 1, n, h]), cellTanh = unzeroed([T, n, h]), states = unzeroed([T + 1, n, h])
    let rowsPerProduct = smallProducts ? 8 : n
    cells.withUnsafeMutableScalars { $0.baseAddress!.update(from: startCell.scalars, count: n * h) }
    states.withUnsafeMutableScalars { $0.baseAddress!.update(from: startHidden.scalars, count: n * h) }
    withPointers(input, inputWeight, recurrentWeight, bias) { x, wx, wh, b in
        withMutablePointers(&gates, &cells, &cellTanh, &states) { z, c, tc, hp in
            nonisolated(unsafe) let (x, wx, wh, b, z, c, tc, hp) = (x, wx, wh, b, z, c, tc, hp)
            // x_t Wx for every step in one product, [T·n, d] · [d, 4h], its rows shared out.
            forEachWorker(images: T * n) { _, rows in
                sgemm(false, false, m: rows.count, n: width, k: d, x + rows.lowerBound * d, lda: d,
                      wx, ldb: width, beta: 0, z + rows.lowerBound * width, ldc: width)
            }
            // Then each core takes its sequences through every step.
            forEachWorker(images: n) { _, rows in
                for t in 0..<T {
                    let zt = z + (t * n + rows.lowerBound) * width
                    let row = (t * n + rows.lowerBound) * h, next = row + n * h
                    for chunk in stride(from: 0, to: rows.count, by: rowsPerProduct) {
                        sgemm(false, false, m: Swift.min(rowsPerProduct, rows.count - chunk), n: width, k: h,
                              hp + row + chunk * h, lda: h, wh, ldb: width, beta: 1, zt + chunk * width, ldc: width)
                    }
                    for r in 0..<rows.count {
                        lstmGatesForward(z: zt + r * width, bias: b, previousCell: c + row + r * h,
                                         cell: c + next + r * h, cellTanh: tc + row + r * h,
                                         hidden: hp + next + r * h, count: h)
                    }
                }
            }
        }
    }
    return LSTMTape(gates: gates, cells: cells, cellTanh: cellTanh, states: states)
}

/// Runs the steps backwards from T to 1, each core its own sequences, turning the tape's gates
/// into dz_t in place (the tape is used up) and summing each step's share of ∂L/∂Wh, ∂L/∂Wx and
/// ∂L/∂b while dz_t is in the core's cache; then, when asked, ∂L/∂x as one product over all T·n rows.
package func lstmBackward(_ outputGradient: Tensor, input x: Tensor, tape: consuming LSTMTape, inputWeight: Tensor,
                          recurrentWeight: Tensor, smallProducts: Bool, inputGradient: Bool) -> LSTMGradients {
    let (T, n, d, h) = (x.shape[0], x.shape[1], inputWeight.shape[0], recurrentWeight.shape[0])
    let width = 4 * h
    let (cells, cellTanh, states) = (tape.cells, tape.cellTanh, tape.states)
    var dz = tape.gates
    tape.gates = Tensor.zeros([0])               // the only reference left to the gates is dz's: no copy
    let workers = Swift.min(batchWorkerCount, n)
    let (rowsPerProduct, gradientColumns) = smallProducts ? (8, h) : (n, width)
    var squares = [Float](repeating: 0, count: workers * T)
    // Each core sums its sequences' gradients into its own block [h + d + 1, 4h]: ∂L/∂Wh, ∂L/∂Wx and ∂L/∂b.
    var shares = Tensor.zeros([workers, h + d + 1, width])
    var dX = inputGradient ? Tensor.zeros([T, n, d]) : nil
    // ∂L/∂h_0 and ∂L/∂c_0: what each core's dh and dc hold once it has gone back past the first step.
    var initialGradients = Tensor.zeros([2, n, h])
    withPointers(outputGradient, recurrentWeight, cells, cellTanh) { dy, wh, c, tc in
        withPointers(x, states) { x, hp in
            withMutablePointers(&dz, &shares, &initialGradients) { z, blocks, initial in
                squares.withUnsafeMutableBufferPointer { sq in
                    nonisolated(unsafe) let (dy, wh, c, tc, x, hp) = (dy, wh, c, tc, x, hp)
                    nonisolated(unsafe) let (z, blocks, initial, square) = (z, blocks, initial, sq.baseAddress!)
                    forEachWorker(images: n) { worker, rows in
                        let m = rows.count
                        let dwh = blocks + worker * (h + d + 1) * width, dwx = dwh + h * width, db = dwx + d * width
                        let dhNext = UnsafeMutablePointer<Float>.allocate(capacity: 2 * m * h)
                        defer { dhNext.deallocate() }
                        let dcNext = dhNext + m * h
                        dhNext.initialize(repeating: 0, count: 2 * m * h)
                        for t in stride(from: T - 1, through: 0, by: -1) {
                            let row = (t * n + rows.lowerBound) * h
                            let zt = z + (t * n + rows.lowerBound) * width
                            var sum: Float = 0
                            for r in 0..<m {
                                sum += lstmGatesBackward(gates: zt + r * width, outputGradient: dy + row + r * h,
                                                         fromNextStep: dhNext + r * h, cellGradient: dcNext + r * h,
                                                         previousCell: c + row + r * h, cellTanh: tc + row + r * h, count: h)
                            }
                            square[worker * T + t] = sum
                            // ∂L/∂h_{t−1} = dz_t Whᵀ.
                            for chunk in stride(from: 0, to: m, by: rowsPerProduct) {
                                sgemm(false, true, m: Swift.min(rowsPerProduct, m - chunk), n: h, k: width,
                                      zt + chunk * width, lda: width, wh, ldb: width, beta: 0, dhNext + chunk * h, ldc: h)
                            }
                            // This step's share of the weights' gradients, summed over the steps in place:
                            // ∂L/∂Wh += h_{t−1}ᵀ dz_t, ∂L/∂Wx += x_tᵀ dz_t, ∂L/∂b += the rows of dz_t.
                            for column in stride(from: 0, to: width, by: gradientColumns) {
                                sgemm(true, false, m: h, n: gradientColumns, k: m, hp + row, lda: h, zt + column,
                                      ldb: width, beta: 1, dwh + column, ldc: width)
                            }
                            sgemm(true, false, m: d, n: width, k: m, x + (t * n + rows.lowerBound) * d, lda: d,
                                  zt, ldb: width, beta: 1, dwx, ldc: width)
                            for r in 0..<m {
                                let zr = zt + r * width
                                for j in 0..<width { db[j] += zr[j] }      // contiguous in j: vectorised
                            }
                        }
                        (initial + rows.lowerBound * h).update(from: dhNext, count: m * h)
                        (initial + (n + rows.lowerBound) * h).update(from: dcNext, count: m * h)
                    }
                }
            }
        }
    }
    let sums = shares.sum(alongAxis: 0)
    let norms = (0..<T).map { t in (0..<workers).reduce(Float(0)) { $0 + squares[$1 * T + t] }.squareRoot() }
    var gradients = LSTMGradients(recurrentWeight: sums.rows(Array(0..<h)), inputWeight: sums.rows(Array(h..<(h + d))),
                                  bias: sums.row(h + d), initialState: initialGradients.row(0),
                                  initialCell: initialGradients.row(1), norms: norms, input: nil)
    guard dX != nil else { return gradients }
    // ∂L/∂x = dZ Wxᵀ, each core a share of the rows.
    withPointers(dz, inputWeight) { z, wx in
        dX!.withUnsafeMutableScalars { dxs in
            nonisolated(unsafe) let (z, wx, dx) = (z, wx, dxs.baseAddress!)
            forEachWorker(images: T * n) { _, rows in
                sgemm(false, true, m: rows.count, n: d, k: width, z + rows.lowerBound * width, lda: width, wx, ldb: width,
                      beta: 0, dx + rows.lowerBound * d, ldc: d)
            }
        }
    }
    gradients.input = dX
    return gradients
}

// MARK: - The element-wise work of one sequence's step, sixteen hidden units at a time

/// The four gates' activations, the new cell and the new hidden state of one row, in place:
/// z holds the row's pre-activations [f | i | g | o] (each `count` wide) without the bias, and
/// leaves holding the activations.
@inline(__always)
func lstmGatesForward(z: UnsafeMutablePointer<Float>, bias: UnsafePointer<Float>, previousCell: UnsafePointer<Float>,
                      cell: UnsafeMutablePointer<Float>, cellTanh: UnsafeMutablePointer<Float>,
                      hidden: UnsafeMutablePointer<Float>, count h: Int) {
    // Whole vectors, then the rest: a closure called in both places would not be inlined.
    var j = 0
    while j + 16 <= h {
        lstmGatesForward(z: z, bias: bias, previousCell: previousCell, cell: cell, cellTanh: cellTanh, hidden: hidden,
                         count: h, units: j, lanes: 16)
        j += 16
    }
    if j < h {
        lstmGatesForward(z: z, bias: bias, previousCell: previousCell, cell: cell, cellTanh: cellTanh, hidden: hidden,
                         count: h, units: j, lanes: h - j)
    }
}

/// `lstmGatesForward` for the `lanes` hidden units from unit j on.
@inline(always)
func lstmGatesForward(z: UnsafeMutablePointer<Float>, bias: UnsafePointer<Float>, previousCell: UnsafePointer<Float>,
                      cell: UnsafeMutablePointer<Float>, cellTanh: UnsafeMutablePointer<Float>,
                      hidden: UnsafeMutablePointer<Float>, count h: Int, units j: Int, lanes: Int) {
    let f = sigmoid(load(z + j, lanes) + load(bias + j, lanes))
    let i = sigmoid(load(z + h + j, lanes) + load(bias + h + j, lanes))
    let g = tanh(load(z + 2 * h + j, lanes) + load(bias + 2 * h + j, lanes))
    let o = sigmoid(load(z + 3 * h + j, lanes) + load(bias + 3 * h + j, lanes))
    let c = f * load(previousCell + j, lanes) + i * g
    let tc = tanh(c)
    store(f, z + j, lanes)
    store(i, z + h + j, lanes)
    store(g, z + 2 * h + j, lanes)
    store(o, z + 3 * h + j, lanes)
    store(c, cell + j, lanes)
    store(tc, cellTanh + j, lanes)
    store(o * tc, hidden + j, lanes)
}

/// The backward pass of `lstmGatesForward` for one row: turns the gates [f | i | g | o] into the
/// pre-activations' gradients dz in place. ∂L/∂h_t is the loss's `outputGradient` plus what step
/// t + 1 sent back, `fromNextStep`; `cellGradient` holds the cell's gradient from step t + 1 and
/// leaves holding the one sent to c_{t−1}. Returns ‖∂L/∂h_t‖², for the plot of the gradient
/// reaching back to each step.
@inline(__always)
func lstmGatesBackward(gates z: UnsafeMutablePointer<Float>, outputGradient: UnsafePointer<Float>,
                       fromNextStep: UnsafePointer<Float>, cellGradient: UnsafeMutablePointer<Float>,
                       previousCell: UnsafePointer<Float>, cellTanh: UnsafePointer<Float>, count h: Int) -> Float {
    var squares = SIMD16<Float>()
    var j = 0
    while j + 16 <= h {
        squares += lstmGatesBackward(gates: z, outputGradient: outputGradient, fromNextStep: fromNextStep,
                                     cellGradient: cellGradient, previousCell: previousCell, cellTanh: cellTanh,
                                     count: h, units: j, lanes: 16)
        j += 16
    }
    if j < h {
        squares += lstmGatesBackward(gates: z, outputGradient: outputGradient, fromNextStep: fromNextStep,
                                     cellGradient: cellGradient, previousCell: previousCell, cellTanh: cellTanh,
                                     count: h, units: j, lanes: h - j)
    }
    return squares.sum()
}

/// `lstmGatesBackward` for the `lanes` hidden units from unit j on; returns their dh².
@inline(always)
func lstmGatesBackward(gates z: UnsafeMutablePointer<Float>, outputGradient: UnsafePointer<Float>,
                       fromNextStep: UnsafePointer<Float>, cellGradient: UnsafeMutablePointer<Float>,
                       previousCell: UnsafePointer<Float>, cellTanh: UnsafePointer<Float>, count h: Int,
                       units j: Int, lanes: Int) -> SIMD16<Float> {
    let f = load(z + j, lanes), i = load(z + h + j, lanes), g = load(z + 2 * h + j, lanes), o = load(z + 3 * h + j, lanes)
    let dh = load(outputGradient + j, lanes) + load(fromNextStep + j, lanes), tc = load(cellTanh + j, lanes)
    let dc = load(cellGradient + j, lanes) + dh * o * (1 - tc * tc)
    store(dc * load(previousCell + j, lanes) * f * (1 - f), z + j, lanes)
    store(dc * g * i * (1 - i), z + h + j, lanes)
    store(dc * i * (1 - g * g), z + 2 * h + j, lanes)
    store(dh * tc * o * (1 - o), z + 3 * h + j, lanes)
    store(dc * f, cellGradient + j, lanes)
    return dh * dh
}
