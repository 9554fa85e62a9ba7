// `swift run -c release bench lstm`: chapter 08's LSTM, 16 inputs and 128 hidden units over
// T = 50 steps at batch 64, a linear read-out of the last step's hidden state, cross-entropy
// and Adam (η = 0.001): 100 training steps (--steps) over a fixed pool of 100 batches of N(0, 1)
// features, each labelled by the largest of its first 10 features summed over time, after two
// untimed warm-up steps. The same model for PyTorch: benchmarks/lstm.py. Prints last
//   lstm train: N sequences/s
import CourseRuntime
import Foundation
import RecurrentNetworks

struct LSTMBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lstm",
        abstract: "100 training steps of an LSTM (16 → 128, T = 50, batch 64) with a linear read-out of the last step and Adam.")

    @Option(help: "Seed of the random number generator.")
    var seed: UInt64 = 42

    // `.unconditional` takes "-1" as the value, so that the message can say what is wrong with it.
    @Option(parsing: .unconditional, help: ArgumentHelp("Training steps to time, 1 to \(Self.maximumSteps), over the pool of \(Self.poolSize) batches "
                               + "(taken in turn).", valueName: "n"))
    var steps: Int = 100

    /// The batches the steps cycle through: a fixed pool, whatever --steps is, so that memory does not grow with it.
    static let poolSize = 100
    static let maximumSteps = 100_000

    @Flag(help: "Print the milliseconds per step of the LSTM's forward pass, its backward pass and Adam.")
    var profile = false

    func validate() throws {
        makeStandardOutputLineBuffered()
        guard (1...Self.maximumSteps).contains(steps) else {
            throw ValidationError("--steps must be between 1 and \(Self.maximumSteps), not \(steps).")
        }
    }

    func run() throws {
        #if DEBUG
        print("note: this is a debug build; measure with `swift run -c release bench lstm`")
        #endif
        if let kernels = openBLASKernels() { print(kernels) }
        let (T, n, d, h, k) = (50, 64, 16, 128, 10)
        var generator = SeededGenerator(seed: seed)
        let pool = (0..<min(steps, Self.poolSize)).map { _ -> (inputs: Tensor, labels: Tensor) in
            let x = Tensor.normal([T, n, d], using: &generator)
            var sums = [Float](repeating: 0, count: n * k)
            let values = x.scalars
            for t in 0..<T { for i in 0..<n { for j in 0..<k { sums[i * k + j] += values[(t * n + i) * d + j] } } }
            let labels = (0..<n).map { i in Float((0..<k).max { sums[i * k + $0] < sums[i * k + $1] }!) }
            return (x, Tensor(labels))
        }
        let lstm = LSTM(inputSize: d, hiddenSize: h, using: &generator)
        let readout = Linear(h, k, name: "readout", using: &generator)
        let parameters = lstm.parameters + readout.parameters
        let optimizer = Adam(learningRate: 1e-3)
        var hiddenGradient = Tensor.zeros([T, n, h])

        // Seconds in the LSTM's forward pass, its backward pass and Adam, over the timed steps (--profile).
        let clock = ContinuousClock()
        var phases = [Double](repeating: 0, count: 3)
        func timed<R>(_ phase: Int, _ body: () -> R) -> R {
            let start = clock.now
            defer { phases[phase] += (clock.now - start).inSeconds }
            return body()
        }

        func step(_ x: Tensor, _ labels: Tensor) -> Float {
            let states = timed(0) { lstm.forward(x) }
            let last = Tensor(shape: [n, h], scalars: Array(states.scalars[((T - 1) * n * h)...]))
            let (loss, logitGradient) = softmaxCrossEntropy(logits: readout.forward(last), labels: labels)
            // Only the last step's hidden state reaches the loss.
            let lastGradient = readout.backward(logitGradient)
            hiddenGradient.withUnsafeMutableScalars { g in
                lastGradient.withUnsafeScalars { (g.baseAddress! + (T - 1) * n * h).update(from: $0.baseAddress!, count: n * h) }
            }
            timed(1) { lstm.backwardParametersOnly(hiddenGradient) }
            timed(2) { optimizer.step(parameters) }
            return loss
        }

        for batch in pool.prefix(2) { _ = step(batch.inputs, batch.labels) }   // untimed warm-up
        phases = [0, 0, 0]
        let start = clock.now
        var lastLoss: Float = 0
        for index in 0..<steps {
            let batch = pool[index % pool.count]
            lastLoss = step(batch.inputs, batch.labels)
        }
        let seconds = (clock.now - start).inSeconds
        if profile {
            // Multiply-adds per step, ×2 for FLOPs: forward x Wx and h Wh; backward dz Whᵀ, hᵀ dz and xᵀ dz.
            let forwardFlops = 2.0 * Double(T * n * (d + h) * 4 * h), backwardFlops = 2.0 * Double(T * n * (h + h + d) * 4 * h)
            for (index, (name, flops)) in [("forward", forwardFlops), ("backward", backwardFlops), ("Adam", 0)].enumerated() {
                let milliseconds = phases[index] * 1000 / Double(steps)
                let rate = flops > 0 ? ", \(NumberFormat.fixed(flops / (milliseconds / 1000) / 1e9, decimals: 0)) GFLOP/s" : ""
                print("   \(name.padding(toLength: 9, withPad: " ", startingAt: 0)) \(NumberFormat.fixed(milliseconds, decimals: 2)) ms per step\(rate)")
            }
        }
        print("lstm loss: \(NumberFormat.fixed(lastLoss, decimals: 4))")
        print("lstm seconds: \(NumberFormat.fixed(seconds, decimals: 3))")
        print("lstm train: \(Int(Double(steps * n) / seconds)) sequences/s")
    }
}
