// Chapter 13 · Learning without labels.
// Notes: README.md beside this file.
//
// 1. Dense autoencoders with codes of 2, 8 and 32 numbers: reconstructions beside the originals,
//    against PCA with as many components, and the first layer's 256 features.
// 2. The two-number code of the test set, beside the pixels' two principal components.
// 3. A denoising autoencoder: noisy inputs, clean targets, and what its features become.
// 4. Convolutional autoencoders whose decoders grow the image by transposed convolutions of two
//    sizes or by upsampling and a convolution, and the checkerboard one of them draws.
// 5. A recommender trained on who rated which film in MovieLens, against ranking by popularity,
//    and the films nearest a few well-known ones in the space it learned.
import CourseRuntime
import Datasets
import Foundation
import Gnuplot
import LearningWithoutLabels

@main
struct Chapter13: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter13",
        abstract: "Chapter 13 · Learning without labels: autoencoders, the transposed convolution, a recommender.",
        discussion: "Trains dense autoencoders on Fashion-MNIST with codes of several sizes and compares them with PCA; "
            + "draws the test set's two-number code; trains a denoising autoencoder; compares three ways for a "
            + "convolutional decoder to grow an image; and trains film embeddings on MovieLens's ratings (Debian's "
            + "r-cran-dslabs package) against a popularity baseline. Plots go to PLOTS-DIR/13-learning-without-labels.")

    @OptionGroup var options: ChapterOptions

    @Flag(help: ArgumentHelp("Run your exercise 13 code: your reconstruction loss (13.1) trains every autoencoder, your "
                             + "transposed convolution (13.2) and upsampling backward (13.3) run in section 4's decoders, "
                             + "your gradients (13.4) and negatives (13.5) train section 5's recommender."))
    var mine = false

    @Option(help: ArgumentHelp("The folder of r-cran-dslabs's data, whose Rdata.rdx and Rdata.rdb hold MovieLens (section 5).",
                               valueName: "folder"))
    var ratingsDir = MovieRatings.defaultDirectory

    @Option(help: ArgumentHelp("Section 1's code sizes, separated by commas: each at least 1 and at most the pixels, the "
                               + "first at least 2 (section 2 draws its first two numbers); the last is section 3's.",
                               valueName: "list"))
    var codes = "2,8,32"

    /// The code sizes of `--codes`; the first is section 2's, the last section 3's.
    var codeSizes: [Int] { codes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    func validate() throws {
        let items = codes.split(separator: ",", omittingEmptySubsequences: false)
        for item in items {
            guard let size = Int(item.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--codes: \"\(item)\" is not a whole number; give code sizes such as 2,8,32.")
            }
            guard size >= 1 else {
                throw ValidationError("--codes: \(size) is not a code size; a code holds at least 1 number.")
            }
        }
        if let first = codeSizes.first, first < 2 {
            throw ValidationError("--codes: the first code, \(first), must hold at least 2 numbers: section 2 draws its first two.")
        }
    }

    func run() throws {
        var generator = SeededGenerator(seed: options.seed)
        let plots = ChapterPlots(options: options, slug: "13-learning-without-labels")
        var summary = Summary()
        let parts = LearningWithoutLabelsParts(mine: mine)
        try parts.requireImplemented()
        let data = try ImageData.read(directory: options.dataDirectory)
        let ratings = try MovieRatings.read(directory: ratingsDir)
        let feedback = try ImplicitFeedback(choices: (0..<ratings.count).map { (ratings.users[$0], ratings.films[$0], ratings.times[$0]) },
                                            latest: Self.heldOutPerUser)
        // The convolutional encoder halves the side twice; its decoder doubles it twice back.
        guard data.imageRows % 4 == 0 && data.imageColumns % 4 == 0 && data.imageRows >= 8 && data.imageColumns >= 8 else {
            throw ValidationError("chapter13's convolutional autoencoder halves an image's side twice and doubles it back, "
                                  + "so it needs sides that are multiples of 4, at least 8; the data set's images are "
                                  + "\(data.imageRows) × \(data.imageColumns).")
        }
        let pixels = data.imageRows * data.imageColumns
        if let tooLarge = codeSizes.first(where: { $0 > pixels }) {
            throw ValidationError("--codes: \(tooLarge) is more numbers than the \(pixels) pixels of the images it would encode.")
        }
        if mine { print(parts.announcement) }
        // A quick run (which the test suite makes) trains on 3,000 images and tests on 1,000.
        let splits = try ImageSplits.split(data, trainingImages: options.quick ? 3000 : nil, testImages: options.quick ? 1000 : nil,
                                           validationFraction: 1.0 / 12, preparation: .unnormalized, using: &generator).asImages
        let epochs = try options.epochs(default: 3, quick: 1)
        let shown = Array(0..<Swift.min(8, splits.test.count))
        let (codes, plain) = try denseAutoencoders(splits, epochs: epochs, shown: shown, parts: parts, plots: plots,
                                                   summary: &summary, using: &generator)
        try plane(codes, test: splits.test, names: splits.classNames, plots: plots, summary: &summary)
        try denoising(splits, plain: plain, epochs: epochs, shown: shown, parts: parts, plots: plots, summary: &summary,
                      using: &generator)
        try convolutional(splits, shown: shown, parts: parts, plots: plots, summary: &summary, using: &generator)
        try recommender(feedback, titles: ratings.titles, parts: parts, plots: plots, summary: &summary, using: &generator)
        plots.printNote()
        summary.print()
    }

    /// Trains `autoencoder` on `images` with Adam and `loss`, with a progress bar.
    func fit(_ autoencoder: Autoencoder, images: Tensor, epochs: Int, loss: ReconstructionLoss, label: String,
             using generator: inout SeededGenerator, corrupt: ((Tensor, inout SeededGenerator) -> Tensor)? = nil) throws {
        let progress = TrainingProgress(label: label, examples: images.shape[0], batchSize: 128, epochs: epochs)
        _ = try trainReconstruction(autoencoder.network, images: images, epochs: epochs, batchSize: 128,
                                    optimizer: Adam(learningRate: 1e-3), loss: loss, using: &generator,
                                    corrupt: corrupt, afterBatch: { progress.batchFinished($0, loss: $1) })
        progress.finish()
    }

    // MARK: 1. Dense autoencoders

    /// Trains one autoencoder per code size; returns the smallest one's codes of the test set, and
    /// the largest autoencoder, which section 3 sets against a denoising one.
    func denseAutoencoders(_ splits: ImageSplits, epochs: Int, shown: [Int], parts: LearningWithoutLabelsParts, plots: ChapterPlots,
                           summary: inout Summary, using generator: inout SeededGenerator) throws -> (codes: Tensor, largest: Autoencoder) {
        let (train, test) = (splits.train.inputs, splits.test.inputs)
        let (rows, columns) = (splits.imageRows, splits.imageColumns)
        let pixels = rows * columns
        print("1. Dense autoencoders, \(pixels) → 256 → code → 256 → \(pixels), codes of \(codeSizes.map(String.init).joined(separator: ", ")) "
              + "numbers; \(epochs) epoch\(epochs == 1 ? "" : "s") of Adam (η = 0.001), batches of 128, binary cross-entropy, on "
              + "\(splits.train.count) images. Squared error per pixel on the \(splits.test.count) test images, against PCA with "
              + "as many components (fitted to the training images)")
        let flatTrain = train.reshaped([train.shape[0], pixels]), flatTest = test.reshaped([test.shape[0], pixels])
        var panels = shown.map { ImageGrid.Image(title: "original", rows: rows, columns: columns, values: test.row($0).scalars) }
        var smallestCodes = Tensor.zeros([0])
        var largest: Autoencoder?
        // One fit serves every code size: PCA's first k components are the first k of any larger set.
        let pca = PrincipalComponents(fitting: flatTrain, count: codeSizes.max()!)
        for code in codeSizes {
            let autoencoder = denseAutoencoder(pixels: pixels, hidden: 256, code: code, using: &generator)
            try fit(autoencoder, images: flatTrain, epochs: epochs, loss: parts.loss, label: "   code \(code)", using: &generator)
            let reconstructed = autoencoder.reconstruct(flatTest, loss: .binaryCrossEntropy)
            let error = meanSquaredReconstruction(reconstructed, flatTest).loss
            let components = pca.components.rows(Array(0..<code))
            let pcaError = meanSquaredReconstruction(matmul(matmul(flatTest - pca.mean, components.transposed()), components) + pca.mean,
                                                     flatTest).loss
            print("   code \(pad(String(code), 3)): autoencoder \(fixed(error)), PCA \(fixed(pcaError))")
            summary.add("code \(code) autoencoder test squared error", error)
            summary.add("code \(code) PCA test squared error", pcaError)
            panels += shown.map { ImageGrid.Image(title: "code \(code)", rows: rows, columns: columns, values: reconstructed.row($0).scalars) }
            if code == codeSizes.first { smallestCodes = autoencoder.encode(flatTest) }
            if code == codeSizes.last { largest = autoencoder }
        }
        try plots.write(ImageGrid(title: "Test images and their reconstructions through codes of \(codeSizes.map(String.init).joined(separator: ", ")) numbers",
                                  columns: shown.count, palette: .grey, colorRange: .fixed(0...1), images: panels),
                        name: "reconstructions")
        try plots.write(ImageGrid(title: "The first layer's weights into 64 of its 256 units (code \(codeSizes.last!))",
                                  columns: 8, palette: .diverging, colorRange: .perImage,
                                  images: (0..<64).map { unit in
                                      ImageGrid.Image(rows: rows, columns: columns,
                                                      values: autoencoderFeatures(largest!).row(unit).scalars)
                                  }), name: "features")
        return (smallestCodes, largest!)
    }

    /// The first layer's weights as one row per unit: [256, pixels].
    func autoencoderFeatures(_ autoencoder: Autoencoder) -> Tensor {
        let first = autoencoder.encoder.layers.compactMap { $0 as? Linear }.first!
        return first.weight.value.transposed()
    }

    // MARK: 2. A plane of codes

    func plane(_ codes: Tensor, test: Dataset, names: [String], plots: ChapterPlots, summary: inout Summary) throws {
        let labels = (0..<test.count).map { Int(test.targets[$0]) }
        let pixels = test.inputs.reshaped([test.count, test.inputs.count / test.count])
        let size = codeSizes.first!
        let projected = PrincipalComponents(fitting: pixels, count: size).project(pixels)
        print("\n2. The \(test.count) test images as the code of \(size) numbers, and on the pixels' \(size) principal "
              + "components: how often the nearest class centre is the right class" + (size > 2 ? " (the plots draw the first two)" : ""))
        var panels: [ScatterPlot] = []
        for (name, points) in [("autoencoder code", codes), ("pixels' principal components", projected)] {
            let accuracy = nearestCentreAccuracy(points, labels: labels)
            print("   \(pad(name, 28)) \(fixed(accuracy))")
            summary.add("\(name), nearest centre accuracy", accuracy)
            panels.append(ScatterPlot(title: name, xLabel: "1", yLabel: "2", classes: (0..<names.count).map { k in
                let rows = labels.indices.filter { labels[$0] == k }
                return ScatterClass(label: names[k], xs: rows.map { points[$0, 0] }, ys: rows.map { points[$0, 1] })
            }, pointSize: 0.4))
        }
        try plots.write(Multiplot(title: size == 2 ? "Test images in two numbers" : "Test images in \(size) numbers, the first two drawn", columns: 2, size: PlotSize(width: 1500, height: 600), panels: panels),
                        name: "code-plane")
    }

    // MARK: 3. Denoising

    func denoising(_ splits: ImageSplits, plain: Autoencoder, epochs: Int, shown: [Int], parts: LearningWithoutLabelsParts,
                   plots: ChapterPlots, summary: inout Summary,
                   using generator: inout SeededGenerator) throws {
        let (rows, columns) = (splits.imageRows, splits.imageColumns)
        let train = splits.train.inputs.reshaped([splits.train.count, rows * columns])
        let test = splits.test.inputs.reshaped([splits.test.count, rows * columns])
        let noise: Float = 0.3
        let corrupt: (Tensor, inout SeededGenerator) -> Tensor = { batch, generator in
            (batch + Tensor.normal(batch.shape, standardDeviation: noise, using: &generator)).map { Swift.min(Swift.max($0, 0), 1) }
        }
        print("\n3. A denoising autoencoder (code \(codeSizes.last!)): inputs with Gaussian noise of σ = \(noise) (held to [0, 1]), the clean "
              + "images as targets, beside section 1's plain one; squared error per pixel against the clean test images")
        var noiseGenerator = SeededGenerator(seed: options.seed &+ 13)
        let noisy = corrupt(test, &noiseGenerator)
        let denoiser = denseAutoencoder(pixels: rows * columns, hidden: 256, code: codeSizes.last!, using: &generator)
        try fit(denoiser, images: train, epochs: epochs, loss: parts.loss, label: "   denoising", using: &generator, corrupt: corrupt)
        let rowsShown: [(String, Tensor)] = [
            ("clean", test), ("noisy", noisy), ("plain AE", plain.reconstruct(noisy, loss: .binaryCrossEntropy)),
            ("denoising AE", denoiser.reconstruct(noisy, loss: .binaryCrossEntropy)),
        ]
        for (name, images) in rowsShown.dropFirst() {
            let error = meanSquaredReconstruction(images, test).loss
            print("   \(pad(name, 13)) \(fixed(error))")
            summary.add("denoising, \(name) squared error", error)
        }
        try plots.write(ImageGrid(title: "Noisy test images (σ = \(noise)) through a plain and a denoising autoencoder", columns: shown.count,
                                  palette: .grey, colorRange: .fixed(0...1),
                                  images: rowsShown.flatMap { name, images in
                                      shown.map { ImageGrid.Image(title: name, rows: rows, columns: columns, values: images.row($0).scalars) }
                                  }), name: "denoising")
        try plots.write(ImageGrid(title: "First-layer weights of 32 units: the plain autoencoder (left 4 columns) and the denoising one",
                                  columns: 8, palette: .diverging, colorRange: .perImage,
                                  images: (0..<4).flatMap { row in
                                      [plain, denoiser].flatMap { autoencoder in
                                          (0..<4).map { ImageGrid.Image(rows: rows, columns: columns,
                                                                        values: autoencoderFeatures(autoencoder).row(row * 4 + $0).scalars) }
                                      }
                                  }), name: "denoising-features")
    }

    // MARK: 4. Convolutional decoders

    func convolutional(_ splits: ImageSplits, shown: [Int], parts: LearningWithoutLabelsParts, plots: ChapterPlots, summary: inout Summary,
                       using generator: inout SeededGenerator) throws {
        let epochs = try options.epochs(default: 2, quick: 1)
        // A fixed share of the training set: an epoch of the slowest decoder takes about 20 seconds as typed.
        let images = splits.train.inputs.rows(Array(0..<Swift.min(options.quick ? 1000 : 20000, splits.train.count)))
        let test = splits.test.inputs
        let (rows, columns) = (splits.imageRows, splits.imageColumns)
        let code = 4
        print("\n4. Convolutional autoencoders: conv 3×3 (1 → 16), ReLU, pool, conv 3×3 (16 → \(code)), ReLU, pool: a code of "
              + "\(code) maps of \(rows / 4) × \(columns / 4) (\(code * rows * columns / 16) numbers); three decoders double the size "
              + "twice. \(epochs) epoch\(epochs == 1 ? "" : "s") on \(images.shape[0]) images. Squared error per pixel on the test images")
        var panels = shown.map { ImageGrid.Image(title: "original", rows: rows, columns: columns, values: test.row($0).scalars) }
        for kind in DecoderUpsampling.allCases {
            var layerGenerator = SeededGenerator(seed: options.seed &+ 4)
            let autoencoder = parts.withYourDecoder(convolutionalAutoencoder(code: code, decoder: kind, using: &layerGenerator))
            let started = ContinuousClock.now
            try fit(autoencoder, images: images, epochs: epochs, loss: parts.loss, label: "   \(pad(kind.rawValue, 15))", using: &generator)
            let seconds = (ContinuousClock.now - started).inSeconds
            let reconstructed = autoencoder.reconstruct(test, loss: .binaryCrossEntropy)
            let error = meanSquaredReconstruction(reconstructed, test).loss
            print("   \(pad(kind.rawValue, 15)) squared error \(fixed(error)), "
                  + "\(NumberFormat.fixed(Float(seconds), decimals: 1)) s")
            summary.add("\(kind.rawValue) squared error", error)
            panels += shown.map { ImageGrid.Image(title: kind.rawValue, rows: rows, columns: columns, values: reconstructed.row($0).scalars) }
        }
        try plots.write(ImageGrid(title: "Test images through three convolutional decoders", columns: shown.count, palette: .grey,
                                  colorRange: .fixed(0...1), images: panels), name: "convolutional")
    }

    // MARK: 5. A recommender

    /// Films a reader knows, by MovieLens's numbers: Toy Story, Star Wars (IV), The Godfather,
    /// Pulp Fiction, The Lion King, The Matrix.
    static let knownFilms = [1, 260, 858, 296, 364, 2571]
    /// Each user's latest films held out: five per user, for a hit rate over enough films to tell
    /// two recommenders apart (one per user gives 671, a standard error of about 0.008 at 0.05).
    static let heldOutPerUser = 5

    func recommender(_ feedback: ImplicitFeedback, titles: [Int: String], parts: LearningWithoutLabelsParts, plots: ChapterPlots,
                     summary: inout Summary, using generator: inout SeededGenerator) throws {
        let (dimension, negatives, batchSize, l2): (Int, Int, Int, Float) = (32, 4, 1024, 0.01)
        let epochs = try options.epochs(default: 10, quick: 1)
        print("\n5. A recommender from MovieLens: \(feedback.training.count + feedback.heldOut.count) ratings by "
              + "\(feedback.users) users of \(feedback.items) films, each read as \"chose\"; each user's latest "
              + "\(Self.heldOutPerUser) held out. Embeddings of \(dimension) numbers with biases, \(negatives) films drawn as "
              + "negatives per rating, L2 of \(l2) on the rows used, \(epochs) epoch\(epochs == 1 ? "" : "s") of Adam (η = 0.01), "
              + "batches of \(batchSize) ratings")
        let model = DotProductModel(users: feedback.users, items: feedback.items, dimension: dimension, using: &generator)
        let progress = TrainingProgress(label: "   embeddings", examples: feedback.training.count, batchSize: batchSize, epochs: epochs)
        _ = try trainRecommender(model, on: feedback, epochs: epochs, batchSize: batchSize, negatives: negatives,
                                 optimizer: Adam(learningRate: 0.01), l2: l2, using: &generator, sample: parts.sampleNegatives,
                                 gradients: parts.recommenderGradients, afterBatch: { progress.batchFinished($0, loss: $1) })
        progress.finish()
        // Rank each held-out film among all the films its user had not rated in training, by each scorer.
        let popularity = feedback.popularity
        let scorers: [(name: String, ranks: [Int])] = [
            ("popularity", heldOutRanks(feedback.heldOut, known: feedback.chosen) { _ in popularity }),
            ("embeddings", heldOutRanks(feedback.heldOut, known: feedback.chosen) { model.scores(user: $0) }),
        ]
        print("   How often a held-out film is among its user's top k of the films not rated in training "
              + "(\(feedback.heldOut.count) held-out films):")
        for (name, ranks) in scorers {
            let rates = [1, 10, 50].map { hitRate(at: $0, ranks: ranks) }
            print("   \(pad(name, 11)) hit rate at 1 \(fixed(rates[0])), at 10 \(fixed(rates[1])), at 50 \(fixed(rates[2]))")
            summary.add("\(name) hit rate at 10", rates[1])
        }
        let ks = Array(1...100)
        try plots.write(LinePlot(title: "MovieLens: how often a user's held-out film is among the top k recommended",
                                 xLabel: "k", yLabel: "hit rate at k",
                                 series: scorers.map { name, ranks in
                                     LineSeries(title: name, xs: ks.map { Double($0) }, ys: ks.map { Double(hitRate(at: $0, ranks: ranks)) })
                                 }), name: "hit-rate")
        // Neighbours among films chosen often enough for their vectors to have been trained.
        let often = (0..<feedback.items).filter { popularity[$0] >= 20 }
        let index = Dictionary(uniqueKeysWithValues: feedback.itemNumbers.enumerated().map { ($1, $0) })
        print("   Nearest films by the cosine of their vectors (among the \(often.count) films rated by 20 users or more):")
        for film in Self.knownFilms {
            guard let item = index[film] else { continue }
            let neighbours = nearestRows(to: item, in: model.items.value, count: 4, among: often)
            print("   \(titles[film] ?? "film \(film)"): " + neighbours.map { titles[feedback.itemNumbers[$0.row]] ?? "?" }.joined(separator: "; "))
        }
    }
}

/// A number with four decimals.
func fixed(_ value: Float) -> String { NumberFormat.fixed(value, decimals: 4) }

/// `text` padded with spaces to `width` characters.
func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: Swift.max(width, text.count), withPad: " ", startingAt: 0) }
