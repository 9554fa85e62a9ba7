// The long short-term memory (Hochreiter and Schmidhuber 1997, with the forget
// gate of Gers et al. 2000). Four gates read the step's input and the previous hidden state;
// the cell c carries memory from step to step, changed only by a product and a sum:
//   f_t = σ(x_t Wx_f + h_{t−1} Wh_f + b_f)        forget gate
//   i_t = σ(x_t Wx_i + h_{t−1} Wh_i + b_i)        input gate
//   g_t = tanh(x_t Wx_g + h_{t−1} Wh_g + b_g)     candidate
//   o_t = σ(x_t Wx_o + h_{t−1} Wh_o + b_o)        output gate
//   c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t,   h_t = o_t ⊙ tanh(c_t)
// The four gates' weights sit side by side, Wx [d, 4h] and Wh [h, 4h], in the order f, i, g, o,
// so one product per step computes all four. The backward pass, gate by gate, is derived
// in chapters/08-recurrent-networks/README.md, section 6:
//   dc_t = dc from step t + 1 + dh_t ⊙ o_t ⊙ (1 − tanh²(c_t))
//   dz_o = dh_t ⊙ tanh(c_t) ⊙ o(1 − o),  dz_f = dc_t ⊙ c_{t−1} ⊙ f(1 − f),
//   dz_i = dc_t ⊙ g_t ⊙ i(1 − i),        dz_g = dc_t ⊙ i_t ⊙ (1 − g²),
//   dc to step t − 1 = dc_t ⊙ f_t,  ∂L/∂h_{t−1} += dz_t Whᵀ,  ∂L/∂Wh = Σ_t h_{t−1}ᵀ dz_t, …
//
// Shapes: x [T, n, d], Wx [d, 4h], Wh [h, 4h], b [4h], output h_1 … h_T [T, n, h].
//
// Speed (chapter 10's notes, section 8): the input's product for all T steps at once; per step one product
// for the four gates and one pass over them that does all the element-wise work, sixteen floats
// at a time; the batch split between the cores, each running its rows through every step and,
// walking back, adding each step's share of the weights' gradients while dz_t is in its cache.

/// An LSTM layer unrolled over the steps of its input.
public final class LSTM: RecurrentLayer {
    /// Wx, shape [inputSize, 4 · hiddenSize]: columns f, i, g, o.
    public let inputWeight: Parameter
    /// Wh, shape [hiddenSize, 4 · hiddenSize]: columns f, i, g, o.
    public let recurrentWeight: Parameter
    /// b, shape [4 · hiddenSize]: f, i, g, o.
    public let bias: Parameter
    public var carriesState = false
    /// h_0 and c_0 for the forward passes that follow, each [n, h], when set (an encoder's last
    /// state handed to a decoder, as PyTorch's `(h_0, c_0)`); they come before a carried state.
    /// Nil: zeros.
    public var initialState: Tensor?, initialCell: Tensor?
    /// ∂L/∂h_0 and ∂L/∂c_0 from the last backward pass, [n, h] each: what the layer that supplied
    /// them is owed.
    public private(set) var initialStateGradient: Tensor?, initialCellGradient: Tensor?
    public private(set) var hiddenGradientNorms: [Float] = []
    /// The gate activations f, i, g, o of every step of the last forward pass, [T, n, 4h]; nil
    /// after a backward pass, which turns them into their gradients in place.
    public private(set) var gates: Tensor?
    private var input: Tensor?
    private var cells: Tensor?, cellTanh: Tensor?, states: Tensor?
    private var carried: (hidden: Tensor, cell: Tensor)?

    public init(inputWeight: Tensor, recurrentWeight: Tensor, bias: Tensor, name: String = "lstm") {
        let h = bias.count / 4
        require(bias.rank == 1 && bias.count == 4 * h && h > 0 && inputWeight.rank == 2 && inputWeight.shape[1] == 4 * h
                && recurrentWeight.shape == [h, 4 * h],
                "LSTM \(name): Wx must be [d, 4h], Wh [h, 4h] and b [4h], got \(inputWeight.shape), "
                + "\(recurrentWeight.shape) and \(bias.shape)")
        self.inputWeight = Parameter(inputWeight, name: name + ".inputWeight")
        self.recurrentWeight = Parameter(recurrentWeight, name: name + ".recurrentWeight")
        self.bias = Parameter(bias, name: name + ".bias")
    }

    /// Weights uniform in ±1/√h; biases zero but the forget gate's, `forgetBias`, so that the
    /// cell starts by keeping most of what it holds: σ(1) = 0.73 of it per step by default
    /// (Jozefowicz et al. 2015); a task whose memory must last longer starts higher (notes, section 7).
    public convenience init(inputSize: Int, hiddenSize: Int, forgetBias: Float = 1, name: String = "lstm",
                            using generator: inout SeededGenerator) {
        let bound = 1 / Float(hiddenSize).squareRoot()
        let h = hiddenSize
        self.init(inputWeight: .uniform([inputSize, 4 * h], low: -bound, high: bound, using: &generator),
                  recurrentWeight: .uniform([h, 4 * h], low: -bound, high: bound, using: &generator),
                  bias: Tensor((0..<(4 * h)).map { $0 < h ? forgetBias : 0 }), name: name)
    }

    public var inputSize: Int { inputWeight.value.shape[0] }
    public var hiddenSize: Int { bias.value.count / 4 }
    public func resetState() { carried = nil }

    public func forward(_ input: Tensor) -> Tensor {
        requireSequence(input, inputSize: inputSize, description)
        let (T, n, d, h) = (input.shape[0], input.shape[1], inputSize, hiddenSize)
        let width = 4 * h
        let startHidden = startingState(given: initialState, carried?.hidden, carries: carriesState, n: n, size: h, description)
        let startCell = startingState(given: initialCell, carried?.cell, carries: carriesState, n: n, size: h, description)
        // Every element of these is written below (the first step of cells and states from the starting
        // state), so their storage is not zeroed first.
        func unzeroed(_ shape: [Int]) -> Tensor { Tensor(shape: shape) { _ in } }
        var gates = unzeroed([T, n, width])
        var cells = unzeroed([T + 1, n, h]), cellTanh = unzeroed([T, n, h]), states = unzeroed([T + 1, n, h])
        let rowsPerProduct = smallProducts ? 8 : n
        cells.withUnsafeMutableScalars { $0.baseAddress!.update(from: startCell.scalars, count: n * h) }
        states.withUnsafeMutableScalars { $0.baseAddress!.update(from: startHidden.scalars, count: n * h) }
        withPointers(input, inputWeight.value, recurrentWeight.value, bias.value) { x, wx, wh, b in
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
        self.input = input
        self.gates = gates
        self.cells = cells
        self.cellTanh = cellTanh
        self.states = states
        carried = (Tensor(shape: [n, h], scalars: Array(states.scalars[(T * n * h)...])),
                   Tensor(shape: [n, h], scalars: Array(cells.scalars[(T * n * h)...])))
        return Tensor(shape: [T, n, h], scalars: Array(states.scalars[(n * h)...]))
    }

    public func backward(_ outputGradient: Tensor) -> Tensor { stepGradients(outputGradient, inputGradient: true)! }

    public func backwardParametersOnly(_ outputGradient: Tensor) { _ = stepGradients(outputGradient, inputGradient: false) }

    /// Runs the steps backwards from T to 1, each core its own sequences, turning the stored gates
    /// into dz_t in place and summing each step's share of ∂L/∂Wh, ∂L/∂Wx and ∂L/∂b while dz_t is
    /// in the core's cache; then, when asked, ∂L/∂x as one product over all T·n rows.
    private func stepGradients(_ outputGradient: Tensor, inputGradient: Bool) -> Tensor? {
        let x = cached(input, description)
        guard var dz = gates, let cells, let cellTanh, let states else { _ = cached(nil, description); return nil }
        gates = nil                                  // overwritten with dz below: a second backward needs a new forward
        let (T, n, d, h) = (x.shape[0], x.shape[1], inputSize, hiddenSize)
        let width = 4 * h
        require(outputGradient.shape == [T, n, h],
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), expected [\(T), \(n), \(h)]")
        let workers = Swift.min(batchWorkerCount, n)
        let (rowsPerProduct, gradientColumns) = smallProducts ? (8, h) : (n, width)
        var squares = [Float](repeating: 0, count: workers * T)
        // Each core sums its sequences' gradients into its own block [h + d + 1, 4h]: ∂L/∂Wh, ∂L/∂Wx and ∂L/∂b.
        var shares = Tensor.zeros([workers, h + d + 1, width])
        var dX = inputGradient ? Tensor.zeros([T, n, d]) : nil
        // ∂L/∂h_0 and ∂L/∂c_0: what each core's dh and dc hold once it has gone back past the first step.
        var initialGradients = Tensor.zeros([2, n, h])
        withPointers(outputGradient, recurrentWeight.value, cells, cellTanh) { dy, wh, c, tc in
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
        hiddenGradientNorms = (0..<T).map { t in (0..<workers).reduce(Float(0)) { $0 + squares[$1 * T + t] }.squareRoot() }
        let sums = shares.sum(alongAxis: 0)
        recurrentWeight.gradient = sums.rows(Array(0..<h))
        inputWeight.gradient = sums.rows(Array(h..<(h + d)))
        bias.gradient = sums.row(h + d)
        (initialStateGradient, initialCellGradient) = (initialGradients.row(0), initialGradients.row(1))
        guard dX != nil else { return nil }
        // ∂L/∂x = dZ Wxᵀ, each core a share of the rows.
        withPointers(dz, inputWeight.value) { z, wx in
            dX!.withUnsafeMutableScalars { dxs in
                nonisolated(unsafe) let (z, wx, dx) = (z, wx, dxs.baseAddress!)
                forEachWorker(images: T * n) { _, rows in
                    sgemm(false, true, m: rows.count, n: d, k: width, z + rows.lowerBound * width, lda: width, wx, ldb: width,
                          beta: 0, dx + rows.lowerBound * d, ldc: d)
                }
            }
        }
        return dX
    }

    /// How the step products are cut. Where BLAS multiplies small matrices in place (OpenBLAS's
    /// AVX-512 kernels), eight rows per recurrent product and one gate's h columns per product
    /// of ∂L/∂Wh: products that small it runs without first copying Wh or dz_t into its own
    /// layout, which larger ones pay for on every call. Elsewhere every call copies, and a
    /// core's whole share in one product copies least. Chapter 10's notes, section 8, measure
    /// both; a property so that tests can try both on any machine.
    package var smallProducts = blasMultipliesSmallMatricesInPlace

    public var parameters: [Parameter] { [inputWeight, recurrentWeight, bias] }
    public var description: String { "LSTM(\(inputSize) → \(hiddenSize))" }
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
