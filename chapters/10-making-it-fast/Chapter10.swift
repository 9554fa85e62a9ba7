// Chapter 10 · Making it fast.
// Notes: README.md beside this file.
//
// 1. The machine's peak: fused multiply-adds in vectors of 16, on one core and on all.
// 2. One matrix product four ways (by dot products, by rows, in blocks, OpenBLAS) at four sizes,
//    against the peak.
// 3. Chapter 06's network, layer by layer: where a training step's time goes, with the fast
//    paths and with the readable layers; then a short training both ways.
// 4. The convolution a few images per product, its ReLU fused, and the batch split across cores.
import CourseRuntime
import Foundation
import Gnuplot
import MakingItFast

@main
struct Chapter10: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter10",
        abstract: "Chapter 10 · Making it fast: the peak, four matrix products, where a training step's time goes.",
        discussion: "Measures this machine's vector peak, the speed of one matrix product written four ways, the time "
            + "each layer of chapter 06's network takes with the fast paths and with the readable layers, the "
            + "convolution at several images per product, and a batch split across the cores. Every time is the "
            + "median of a few runs on a machine that other work may share: compare figures within one run. "
            + "--epochs sets the epochs of the short training in section 3. Plots go to PLOTS-DIR/10-making-it-fast.")

    @OptionGroup var options: ChapterOptions

    @Flag(help: "Measure your exercise 10 code beside the engine's: your blocked product (10.1), convolution in chunks (10.2), fused ReLU (10.3) and split across cores (10.5).")
    var mine = false

    func run() throws {
        let epochs = try options.epochs(default: 1, quick: 1)
        var generator = SeededGenerator(seed: options.seed)
        let plots = ChapterPlots(options: options, slug: "10-making-it-fast")
        var summary = Summary(decimals: 1)
        let parts = SpeedParts(mine: mine)
        try parts.requireImplemented()
        // The data first: a missing or damaged file stops the run before any work.
        let data = try ImageData.read(directory: options.dataDirectory)
        guard data.imageRows == 28 && data.imageColumns == 28 else {
            throw ValidationError("chapter10 times chapter 06's network, which reads 28 × 28 images; the data set's are "
                                  + "\(data.imageRows) × \(data.imageColumns).")
        }
        if mine { print(parts.announcement) }
        let repeats = options.quick ? 3 : 7

        // MARK: 1. The peak
        let cores = batchWorkerCount
        let onePeak = vectorPeakGFLOPS(cores: 1, seconds: options.quick ? 0.05 : 0.3)
        let allPeak = cores > 1 ? vectorPeakGFLOPS(cores: cores, seconds: options.quick ? 0.05 : 0.3) : onePeak
        print("1. The peak: fused multiply-adds on SIMD16<Float>, twelve independent chains per core")
        print("   one core: \(gflops(onePeak)) GFLOP/s; \(cores) cores: \(gflops(allPeak)) GFLOP/s. "
              + "OpenBLAS loaded its \"\(blasKernels)\" kernels.")
        summary.add("vector peak, one core (GFLOP/s)", onePeak)
        summary.add("vector peak, \(cores) cores (GFLOP/s)", allPeak)

        // MARK: 2. One product, four ways
        let sizes = options.quick ? [64, 128, 256] : [64, 128, 256, 512]
        print("\n2. C = A B for square matrices, four ways (GFLOP/s, median of \(repeats) runs; OpenBLAS on all cores)")
        print("   " + padded("n", 6) + Method.allCases.map { padded(parts.title(of: $0), 16) }.joined())
        var speeds = [Method: [Double]]()
        for n in sizes {
            let a = Tensor.uniform([n, n], low: -1, high: 1, using: &generator)
            let b = Tensor.uniform([n, n], low: -1, high: 1, using: &generator)
            let flop = matrixProductFLOP(m: n, k: n, n: n)
            var line = padded("\(n)", 6)
            let seconds = alternatedMedianSeconds(rounds: repeats, Method.allCases.map { method in { _ = parts.product(method, a, b) } })
            for (method, time) in zip(Method.allCases, seconds) {
                speeds[method, default: []].append(flop / time / 1e9)
                line += padded(gflops(flop / time / 1e9), 16)
            }
            print("   " + line)
        }
        let largest = sizes.last!
        for method in Method.allCases {
            summary.add("\(parts.title(of: method)), n = \(largest) (GFLOP/s)", speeds[method]!.last!)
        }
        // The block size decides what stays in cache: a few, at the largest size.
        let a = Tensor.uniform([largest, largest], low: -1, high: 1, using: &generator)
        let b = Tensor.uniform([largest, largest], low: -1, high: 1, using: &generator)
        let blockSizes = [16, 64, 256]
        let blockSpeeds = alternatedMedianSeconds(rounds: repeats, blockSizes.map { size in { _ = parts.blocked(a, b, blockSize: size) } })
            .map { matrixProductFLOP(m: largest, k: largest, n: largest) / $0 / 1e9 }
        print("   n = \(largest) in blocks of " + zip(blockSizes, blockSpeeds).map { "\($0): \(gflops($1))" }.joined(separator: ", ")
              + " GFLOP/s")
        summary.add("best block size, n = \(largest) (GFLOP/s)", blockSpeeds.max()!)
        if mine {
            summary.add("your 10.1 blocked product, largest difference from OpenBLAS",
                        abs(parts.blocked(a, b, blockSize: 64) - matmul(a, b)).max(), decimals: 6)
        }
        let xs = sizes.map(Double.init)
        try plots.write(LinePlot(title: "One matrix product four ways, against the machine's peak", xLabel: "n (C = A B, all n × n)",
                                 yLabel: "GFLOP/s", logX: true, logY: true, xRange: (xs.first! * 0.8)...(xs.last! * 1.25),
                                 legend: .outsideRight,
                                 series: Method.allCases.map { LineSeries(title: parts.title(of: $0), xs: xs, ys: speeds[$0]!,
                                                                          style: .linesPoints) }
                                    + [LineSeries(title: "vector loop, one core", xs: [xs.first!, xs.last!], ys: [onePeak, onePeak], dash: .dashed),
                                       LineSeries(title: "vector loop, \(cores) cores", xs: [xs.first!, xs.last!], ys: [allPeak, allPeak],
                                                  dash: .dotted)]),
                        name: "speed-against-peak")

        // MARK: 3. Where a training step's time goes
        let batch = 64
        let images = try firstImages(data, count: options.quick ? 512 : 2048)
        let (network, names) = chapter06Network(using: &generator)
        let step = images.subset(Array(0..<batch))
        print("\n3. \(network.description)\n   one training step on \(batch) images, layer by layer "
              + "(milliseconds, median of \(repeats) steps)")
        network.useFastPaths(true)
        let fast = layerTimes(of: network, input: step.inputs, labels: step.targets, repeats: repeats)
        network.useFastPaths(false)
        let reference = layerTimes(of: network, input: step.inputs, labels: step.targets, repeats: repeats)
        // A fused layer's time stands on its first layer's row; the layers it took over show "fused".
        func perWrittenLayer(_ times: [LayerTime]) -> [(forward: Double, backward: Double)] {
            var rows = [(forward: Double, backward: Double)](repeating: (.nan, .nan), count: names.count)
            for time in times { rows[time.layers.lowerBound] = (time.forward, time.backward) }
            return rows
        }
        let (fastRows, referenceRows) = (perWrittenLayer(fast), perWrittenLayer(reference))
        print("   " + padded("layer", 10) + padded("fast forward", 15) + padded("backward", 11) + padded("readable forward", 19)
              + "backward")
        func cell(_ seconds: Double) -> String { seconds.isNaN ? "fused" : millisecondsText(seconds) }
        for (name, (f, r)) in zip(names, zip(fastRows, referenceRows)) {
            print("   " + padded(name, 10) + padded(cell(f.forward), 15) + padded(cell(f.backward), 11)
                  + padded(cell(r.forward), 19) + cell(r.backward))
        }
        let fastTotal = fast.reduce(0) { $0 + $1.forward + $1.backward }
        let referenceTotal = reference.reduce(0) { $0 + $1.forward + $1.backward }
        print("   whole step: \(millisecondsText(fastTotal)) ms fast, \(millisecondsText(referenceTotal)) ms readable "
              + "(\(NumberFormat.fixed(referenceTotal / fastTotal, decimals: 1))×); with the fast paths, conv → ReLU → pool "
              + "runs as one layer")
        try plots.write(BarChart(title: "Chapter 06's network: one training step on \(batch) images, layer by layer",
                                 yLabel: "milliseconds (log scale)", categories: names, logY: true, legend: .below,
                                 series: [BarChart.Series(title: "fast path (a fused layer's time on its first layer)",
                                                          values: fastRows.map { 1000 * ($0.forward + $0.backward) }),
                                          BarChart.Series(title: "readable", values: referenceRows.map { 1000 * ($0.forward + $0.backward) })]),
                        name: "time-per-layer")
        var speed = [Bool: Double]()
        for useFast in [true, false] {
            network.useFastPaths(useFast)
            let start = ContinuousClock.now
            _ = try Trainer(network: network, optimizer: Momentum(learningRate: 0.02, momentum: 0.9))
                .fit(images, epochs: epochs, batchSize: batch, using: &generator)
            speed[useFast] = Double(images.count * epochs) / secondsSince(start)
        }
        print("   training \(epochs) epoch\(epochs == 1 ? "" : "s") of \(images.count) images: "
              + "\(NumberFormat.grouped(Int(speed[true]!))) images/s fast, \(NumberFormat.grouped(Int(speed[false]!))) readable")
        summary.add("training, fast paths (images/s)", speed[true]!, decimals: 0)
        summary.add("training, readable layers (images/s)", speed[false]!, decimals: 0)

        // MARK: 4. Images per product, fusion, cores
        let conv2Input = Tensor.normal([batch, 32, 12, 12], using: &generator)
        let conv2Weight = Tensor.normal([64, 32, 5, 5], standardDeviation: 0.05, using: &generator)
        let conv2Bias = Tensor.normal([64], standardDeviation: 0.05, using: &generator)
        print("\n4. conv2's forward pass on \(batch) images [32, 12, 12] → [64, 8, 8] by im2col, a chunk of images per product "
              + "(milliseconds, median of \(repeats) runs)")
        let chunks = [1, 2, 4, 8, 16, 64]
        let chunkTimes = alternatedMedianSeconds(rounds: repeats, chunks.map { chunk in {
            _ = parts.convolution(conv2Input, weight: conv2Weight, bias: conv2Bias, imagesPerChunk: chunk, fusedReLU: false)
        } })
        print("   images per product: " + zip(chunks, chunkTimes).map { "\($0) \(millisecondsText($1))" }.joined(separator: "   "))
        let best = chunks[chunkTimes.firstIndex(of: chunkTimes.min()!)!]
        // The separate pass as the engine's tensor arithmetic writes it, optimised like the chunked loop.
        let fusedSpeedUp = medianRatioOfPairs(pairs: repeats, {
            _ = maximum(parts.convolution(conv2Input, weight: conv2Weight, bias: conv2Bias, imagesPerChunk: best, fusedReLU: false), 0)
        }, {
            _ = parts.convolution(conv2Input, weight: conv2Weight, bias: conv2Bias, imagesPerChunk: best, fusedReLU: true)
        })
        if mine {
            let engine = convolutionInChunks(conv2Input, weight: conv2Weight, bias: conv2Bias, imagesPerChunk: 1, fusedReLU: true)
            summary.add("your 10.3 convolution with ReLU, largest difference from the engine's",
                        abs(parts.convolution(conv2Input, weight: conv2Weight, bias: conv2Bias, imagesPerChunk: 3, fusedReLU: true)
                            - engine).max(), decimals: 6)
        }
        print("   then a ReLU, fused into the output rather than a pass of its own: "
              + "\(NumberFormat.fixed(fusedSpeedUp, decimals: 2))× as fast (median of \(repeats) pairs' ratios)")
        let body: @Sendable (Tensor) -> Tensor = { share in
            convolutionInChunks(share, weight: conv2Weight, bias: conv2Bias, imagesPerChunk: best, fusedReLU: true)
        }
        keepBLASOnOneThread()
        let splitSpeedUp = medianRatioOfPairs(pairs: repeats, { _ = parts.split(conv2Input, workers: 1, body) },
                                              { _ = parts.split(conv2Input, workers: cores, body) })
        print("   the batch split across \(cores) workers instead of 1: \(NumberFormat.fixed(splitSpeedUp, decimals: 2))× as fast "
              + "(median of \(repeats) pairs' ratios; OpenBLAS on one thread per worker)")
        try plots.write(LinePlot(title: "conv2's forward pass on \(batch) images: time against images per product",
                                 xLabel: "images per matrix product", yLabel: "milliseconds", logX: true, legend: .topRight,
                                 series: [LineSeries(title: parts.mine ? "your convolution in chunks" : "convolutionInChunks",
                                                     xs: chunks.map(Double.init), ys: chunkTimes.map { 1000 * $0 },
                                                     style: .linesPoints)]),
                        name: "images-per-product")
        summary.add("readable step over fast step", referenceTotal / fastTotal)
        summary.add("ReLU fused, speed-up over a pass of its own", fusedSpeedUp, decimals: 2)
        summary.add("split across \(cores) workers, speed-up", splitSpeedUp, decimals: 2)
        plots.printNote()
        summary.print()
    }
}

/// Chapter 06's network as its notes draw it: conv → ReLU → pool, twice, then two linear layers;
/// and a short name for each layer, for the table and the plot.
func chapter06Network(using generator: inout SeededGenerator) -> (network: Sequential, names: [String]) {
    (Sequential([Conv2D(1, 32, kernelSize: 5, name: "conv1", using: &generator), ReLU(), MaxPool2D(size: 2),
                Conv2D(32, 64, kernelSize: 5, name: "conv2", using: &generator), ReLU(), MaxPool2D(size: 2), Flatten(),
                Linear(1024, 128, name: "fc1", using: &generator), ReLU(), Linear(128, 10, name: "fc2", using: &generator)]),
     ["conv1", "ReLU", "pool", "conv2", "ReLU", "pool", "flatten", "fc1", "ReLU", "fc2"])
}

/// The first `count` training images as [count, 1, 28, 28], standardised as chapter 06 trains them.
func firstImages(_ data: ImageData, count: Int) throws -> Dataset {
    let take = Array(0..<min(count, data.train.count))
    let inputs = data.train.inputs.rows(take)
    let mean = inputs.mean()
    let deviation = max((inputs - mean).squared().mean().squareRoot(), 1e-6)
    return Dataset(inputs: ((inputs - mean) / deviation).reshaped([take.count, 1, 28, 28]), targets: data.train.targets.rows(take))
}

func gflops(_ value: Double) -> String { NumberFormat.fixed(value, decimals: value < 10 ? 2 : 1) }
func millisecondsText(_ seconds: Double) -> String { NumberFormat.fixed(1000 * seconds, decimals: 2) }
func padded(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count + 1), withPad: " ", startingAt: 0) }
