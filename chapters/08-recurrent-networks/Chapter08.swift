// Chapter 08 · Recurrent networks: RNN and LSTM.
// Notes: README.md beside this file.
//
// 1. Addition: an LSTM reads "34+14" and writes "48".
// 2. Long memory: recall the first digit after L distractors, for the plain RNN, the LSTM and
//    an echo state network, at several L; and how far back each one's gradient reaches.
// 3. A character-level language model of Debian's fortunes, sampled at three temperatures,
//    and its gates at work over one quotation.
// 4. A model of the wamerican word list that invents words.
import CourseRuntime
import Foundation
import Gnuplot
import RecurrentNetworks

@main
struct Chapter08: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter08",
        abstract: "Chapter 08 · Recurrent networks: RNN and LSTM, backpropagation through time, language models.",
        discussion: "Teaches an LSTM two-digit addition; races the plain RNN, the LSTM and an echo state network on "
            + "recalling a digit across more and more distractors, and plots how far back each one's gradient "
            + "reaches; trains character-level language models on Debian's fortunes (read from --data-dir, default "
            + "\(TextFiles.fortunesDirectory)) and word list (--words) and samples them at several temperatures. "
            + "--epochs sets the passes over every section's training data. Plots go to PLOTS-DIR/08-recurrent-networks.")

    @OptionGroup var options: ChapterOptions

    @Option(help: ArgumentHelp("The word list of section 4, one word per line (the default is the wamerican package's).",
                               valueName: "path"))
    var words: String = TextFiles.wordsFile

    @Option(help: ArgumentHelp("The text the fortunes model continues in section 3; its characters must be in the corpus.",
                               valueName: "text"))
    var prompt: String = "The "

    @Option(help: ArgumentHelp("Characters per batch of the language models, the steps backpropagation runs through "
                               + "before the carried state is cut (section 3; section 4 uses half).", valueName: "n"))
    var length: Int = 64

    @Flag(help: "Run your exercise 8 code: your RNN step and backpropagation through time (8.1 to 8.3), clipping (8.4) and LSTM cell (8.5, 8.6) train the models.")
    var mine = false

    @Flag(help: "Train with the layers' readable references instead of their fast paths (chapter 10): the same figures to float rounding, slower; ends by measuring how much.")
    var reference = false

    func validate() throws {
        if prompt.isEmpty { throw ValidationError("--prompt needs at least one character for the model to continue.") }
        if length < 2 {
            throw ValidationError("--length must be at least 2 (section 4 reads half of it), not \(length): a sequence of "
                                  + "no steps has nothing to learn from.")
        }
    }

    func run() throws {
        var generator = SeededGenerator(seed: options.seed)
        if reference { FastPaths.enabledByDefault = false }
        let plots = ChapterPlots(options: options, slug: "08-recurrent-networks")
        var summary = Summary()
        let parts = RecurrentParts(mine: mine)
        try parts.requireImplemented()
        // Both corpora are read, and the prompt checked, before any training starts.
        let fortunes = try TextCorpus.fortunes(directory: options.dataDirectory?.path ?? TextFiles.fortunesDirectory)
        var shuffling = SeededGenerator(seed: options.seed &+ 1)      // its own, so that the sections' draws stay the same
        let wordList = try TextCorpus.words(file: words, shuffledWith: &shuffling)
        // A corpus that is mostly not text (a binary file given as a fortune) would train on what is left.
        for corpus in [fortunes, wordList] where corpus.droppedCharacters > corpus.tokens.count {
            print("warning: \(corpus.droppedCharacters) of the \(corpus.droppedCharacters + corpus.tokens.count) characters of "
                  + "\(corpus.name) are not printable ASCII and were left out: is it text?")
        }
        _ = try fortunes.vocabulary.encode(prompt, what: "--prompt \"\(prompt)\"")
        // Every size the sections need, checked before section 1: a corpus too short for them
        // would stop the run after the first sections had trained.
        try requireCharacters(fortunes, batches: 2, length: length, option: "--data-dir",
                              section: "section 3 (one batch to train on and one held out)")
        try requireCharacters(wordList, batches: 1, length: length / 2, option: "--words", section: "section 4")
        if mine { print(parts.announcement) }

        try addition(parts: parts, plots: plots, summary: &summary, using: &generator)
        try longMemory(parts: parts, plots: plots, summary: &summary, using: &generator)
        try languageModel(fortunes, parts: parts, plots: plots, summary: &summary, using: &generator)
        try inventWords(wordList, parts: parts, plots: plots, summary: &summary, using: &generator)
        if reference { measureReference(fortunes, summary: &summary) }
        plots.printNote()
        summary.print()
    }

    /// With --reference: one training step of section 3's language model (an LSTM of 128 units,
    /// 32 streams of --length characters) with the readable layers and with the fast paths.
    func measureReference(_ corpus: TextCorpus, summary: inout Summary) {
        var generator = SeededGenerator(seed: options.seed &+ 2)       // its own: the run's figures are already drawn
        let model = SequenceModel(vocabulary: corpus.vocabulary.count, embedding: 32, classes: corpus.vocabulary.count,
                                  using: &generator) { size, generator in LSTM(inputSize: size, hiddenSize: 128, using: &generator) }
        let tokens = Tensor(shape: [length, 32], scalars: (0..<(32 * length)).map { Float($0 % corpus.vocabulary.count) })
        let (fast, slow) = fastAndReferenceSeconds(useFastPaths: { (model.recurrent as? any FastPathLayer)?.usesFastPath = $0 }) {
            model.backward(sequenceCrossEntropy(logits: model.forward(tokens), targets: tokens).gradient)
        }
        summary.addReferenceTiming("section 3's model", fast: fast, reference: slow)
    }

    /// `--epochs` when given, else `quick` for `--quick`, `mine` for --mine (your code runs
    /// unoptimised in a debug build), `full` otherwise.
    func epochs(_ full: Int, quick: Int, mine: Int? = nil, parts: RecurrentParts) throws -> Int {
        try options.epochs(default: parts.mine ? (mine ?? full) : full, quick: quick)
    }

    /// A character model of `corpus` for sections 3 and 4: an embedding, the LSTM (yours with
    /// --mine) carrying its state from one batch of the streams to the next, a read-out.
    func characterModel(_ corpus: TextCorpus, embedding: Int, hidden: Int, parts: RecurrentParts,
                        using generator: inout SeededGenerator) -> SequenceModel {
        let model = SequenceModel(vocabulary: corpus.vocabulary.count, embedding: embedding, classes: corpus.vocabulary.count,
                                  using: &generator) { size, generator in
            parts.lstm(inputSize: size, hiddenSize: hidden, using: &generator)
        }
        model.recurrent.carriesState = true
        return model
    }

    /// Steps for a character model: `epochs` over the batches, or at most 300 for --mine
    /// without --epochs (your LSTM runs unoptimised).
    func characterSteps(epochs: Int, batches: Int, parts: RecurrentParts) -> Int {
        parts.mine && options.epochs == nil ? Swift.min(batches, 300) : epochs * batches
    }

    // MARK: 1. Addition

    func addition(parts: RecurrentParts, plots: ChapterPlots, summary: inout Summary,
                  using generator: inout SeededGenerator) throws {
        var questions = AdditionTask.allQuestions
        generator.shuffle(&questions)
        let heldOut = Array(questions.prefix(1000)), training = Array(questions.dropFirst(1000).prefix(options.quick ? 2000 : 9000))
        let epochs = try self.epochs(20, quick: 1, mine: 5, parts: parts)
        let batchSize = 64, perEpoch = training.count / batchSize
        let model = SequenceModel(vocabulary: AdditionTask.vocabulary.count, embedding: 16,
                                  classes: AdditionTask.vocabulary.count, using: &generator) { size, generator in
            parts.lstm(inputSize: size, hiddenSize: 128, using: &generator)
        }
        print("1. Addition: an LSTM (\(model.parameterCount) parameters) reads \"34+14===\" and answers \"48 \" in its last "
              + "three steps; \(training.count) questions, \(epochs) epoch\(epochs == 1 ? "" : "s") of Adam (η = 0.005, batches of \(batchSize), "
              + "gradient clipped to norm 5); \(heldOut.count) questions held out")
        var order = Array(training.indices)
        let losses = try parts.train(model, steps: epochs * perEpoch, learningRate: 0.005, maxNorm: 5, label: "   addition",
                                  unit: "questions", itemsPerStep: batchSize) { step in
            if (step - 1) % perEpoch == 0 { generator.shuffle(&order) }
            let first = (step - 1) % perEpoch * batchSize
            return AdditionTask.batch(order[first..<(first + batchSize)].map { training[$0] })
        }
        let (inputs, _) = AdditionTask.batch(heldOut)
        let answers = AdditionTask.answers(logits: model.forward(inputs))
        let right = zip(heldOut, answers).filter { AdditionTask.answer($0.0.a, $0.0.b) == $0.1 }.count
        let accuracy = Float(right) / Float(heldOut.count)
        print("   Held-out questions answered exactly right: \(right) of \(heldOut.count) (\(fixed(accuracy)))")
        // The first eight questions, and up to four of those it got wrong.
        let shown = Array(zip(heldOut, answers).prefix(8))
            + zip(heldOut, answers).dropFirst(8).filter { AdditionTask.answer($0.0.a, $0.0.b) != $0.1 }.prefix(4)
        for (question, answer) in shown {
            let truth = AdditionTask.answer(question.a, question.b)
            print("   Q \(AdditionTask.question(question.a, question.b))  T \(truth)  \(truth == answer ? "✓" : "✗") \(answer)")
        }
        summary.add("addition held-out accuracy", accuracy)
        try plots.write(LinePlot(title: "Addition: training loss per step", xLabel: "step", yLabel: "cross-entropy (nats)",
                                 logY: true, legend: .hidden, series: [LineSeries(title: "", ys: losses)]),
                        name: "addition-loss")
    }

    // MARK: 2. Long memory

    func longMemory(parts: RecurrentParts, plots: ChapterPlots, summary: inout Summary,
                    using generator: inout SeededGenerator) throws {
        // Your code runs unoptimised, and L = 160 alone would take it 80 seconds: --mine stops at 80.
        let lengths = options.quick ? [2, 10] : [2, 5, 10, 20, 40, 80] + (parts.mine && options.epochs == nil ? [] : [160])
        let epochs = try self.epochs(4, quick: 1, mine: 1, parts: parts)
        let (trainingCount, batchSize, hidden, reservoir) = (options.quick ? 1000 : 8000, 32, 64, 400)
        // The plain RNN, the LSTM as usually started (forget gates' bias 1: σ(1) = 0.73 kept per step),
        // and started to remember (bias 5: σ(5) = 0.993 kept per step); notes, section 7.
        let learners: [(name: String, forgetBias: Float?)] = [("RNN", nil), ("LSTM, b_f = 1", 1), ("LSTM, b_f = 5", 5)]
        let names = learners.map(\.name) + ["echo state network"]
        print("\n2. Long memory: recall the first digit after L random digits; \(epochs) epoch\(epochs == 1 ? "" : "s") of \(trainingCount) new "
              + "sequences per L, Adam (η = 0.005, batches of \(batchSize), clipped to norm 1), \(hidden) hidden units; "
              + "an echo state network of \(reservoir) units fitted by least squares on \(trainingCount / 4); chance is 0.1")
        var accuracies = [String: [Float]]()
        var table: [String] = []
        var reaches: [LineSeries] = []
        for length in lengths {
            let (testInputs, testTargets) = RecallTask.batch(count: 1000, distractors: length, using: &generator)
            for learner in learners {
                let model = SequenceModel(vocabulary: RecallTask.tokenCount, embedding: 8, classes: 10,
                                          using: &generator) { size, generator in
                    learner.forgetBias.map { parts.lstm(inputSize: size, hiddenSize: hidden, forgetBias: $0, using: &generator) }
                        ?? parts.rnn(inputSize: size, hiddenSize: hidden, using: &generator)
                }
                // Every batch is new: the task can make as many sequences as training wants.
                _ = try parts.train(model, steps: epochs * trainingCount / batchSize, learningRate: 0.005, maxNorm: 1,
                                    label: "   \(learner.name), L = \(length)", unit: "seq", itemsPerStep: batchSize) { _ in
                    RecallTask.batch(count: batchSize, distractors: length, using: &generator)
                }
                accuracies[learner.name, default: []].append(lastStepAccuracy(model, inputs: testInputs, targets: testTargets))
                if length == 20 || (options.quick && length == lengths.last) {
                    // How much of the loss's gradient reaches each step, from the last step back.
                    let (inputs, targets) = (columns(testInputs, 0..<200), columns(testTargets, 0..<200))
                    model.backward(sequenceCrossEntropy(logits: model.forward(inputs), targets: targets).gradient)
                    let norms = model.recurrent.hiddenGradientNorms
                    reaches.append(LineSeries(title: learner.name, xs: norms.indices.map { Float($0 + 1) }, ys: norms))
                    summary.add("\(learner.name) gradient at step 1 over the last step's, L = \(length)",
                                String(format: "%.2e", Double(norms[0] / norms.last!)))
                }
            }
            var esnGenerator = SeededGenerator(seed: generator.next())
            // Inputs scaled small and a radius near 1: the reservoir then forgets slowly (notes, section 8).
            var esn = EchoStateNetwork(inputSize: RecallTask.tokenCount, reservoirSize: reservoir, spectralRadius: 0.99,
                                       inputScale: 0.05, using: &esnGenerator)
            let (fitInputs, fitTargets) = RecallTask.batch(count: trainingCount / 4, distractors: length, using: &generator)
            let last = length + 1
            try esn.fit(states: esn.finalStates(oneHot(fitInputs, count: RecallTask.tokenCount)),
                        targets: oneHot(fitTargets.row(last), count: 10))
            accuracies["echo state network", default: []].append(RecurrentNetworks.accuracy(
                scores: esn.predict(states: esn.finalStates(oneHot(testInputs, count: RecallTask.tokenCount))),
                labels: testTargets.row(last)))
            table.append("   \(padded("\(length)", 5))" + names.map { padded(fixed(accuracies[$0]!.last!), 20) }.joined())
        }
        print("   held-out accuracy:\n   \(padded("L", 5))" + names.map { padded($0, 20) }.joined())
        table.forEach { print($0) }
        for name in names {
            for (length, accuracy) in zip(lengths, accuracies[name]!) { summary.add("recall L=\(length) \(name) accuracy", accuracy) }
        }
        let xs = lengths.map(Float.init)
        try plots.write(LinePlot(title: "Recalling the first digit after L distractors", xLabel: "L (distractors)",
                                 yLabel: "held-out accuracy", logX: true,
                                 xRange: Double(lengths.first!) / 1.3...Double(lengths.last!) * 1.3, yRange: 0...1.05,
                                 legend: .below,
                                 series: names.map { LineSeries(title: $0, xs: xs, ys: accuracies[$0]!, style: .linesPoints) }
                                     + [LineSeries(title: "chance", xs: [xs.first!, xs.last!], ys: [0.1, 0.1], dash: .dashed,
                                                   color: "#888888")]),
                        name: "accuracy-against-length")
        try plots.write(LinePlot(title: "‖∂L/∂h_t‖, the gradient reaching each step from a loss at the last (trained, L = 20)",
                                 xLabel: "step t", yLabel: "gradient norm", logY: true, legend: .bottomRight, series: reaches),
                        name: "gradient-reach")
    }

    /// Stops, before any training, when `corpus` is too short for `batches` batches of 32 streams
    /// of `length` + 1 characters, saying how long it is and what would fit.
    func requireCharacters(_ corpus: TextCorpus, batches: Int, length: Int, option: String, section: String) throws {
        let streams = 32
        let needed = streams * batches * length + 1
        guard corpus.tokens.count < needed else { return }
        let longest = (corpus.tokens.count - 1) / streams / batches
        throw ValidationError("\(corpus.name) has \(corpus.tokens.count) characters, too few for \(section), which needs "
                              + "\(batches) batch\(batches == 1 ? "" : "es") of \(streams) streams of \(length) + 1 characters "
                              + "(\(needed) characters): give \(option) a longer text, or "
                              + (longest >= 2 ? "a --length of at most \(option == "--words" ? 2 * longest + 1 : longest)."
                                              : "a corpus of at least \(streams * batches * 2 + 1) characters."))
    }

    // MARK: 3. A language model of the fortunes

    func languageModel(_ corpus: TextCorpus, parts: RecurrentParts, plots: ChapterPlots, summary: inout Summary,
                       using generator: inout SeededGenerator) throws {
        let (length, batchSize, hidden) = (self.length, 32, options.quick ? 32 : 256)
        let all = corpus.streamBatches(batchSize: batchSize, length: length)
        // The last 2 % of every stream is held out; a quick run trains on 40 batches.
        let validationCount = Swift.max(1, all.count / 50)
        let training = Array(all.prefix(all.count - validationCount).prefix(options.quick ? 40 : Int.max))
        let validation = Array(all.suffix(validationCount).prefix(options.quick ? 4 : Int.max))
        let epochs = try self.epochs(1, quick: 1, parts: parts)
        let steps = characterSteps(epochs: epochs, batches: training.count, parts: parts)
        let model = characterModel(corpus, embedding: 32, hidden: hidden, parts: parts, using: &generator)
        print("\n3. A character-level language model of \(corpus.name): \(corpus.tokens.count) characters "
              + "(\(corpus.droppedCharacters) outside printable ASCII left out), \(corpus.vocabulary.count) in its "
              + "vocabulary; an LSTM of \(hidden) units (\(model.parameterCount) parameters), \(steps) steps of Adam "
              + "(η = 0.002, \(batchSize) streams of \(length) characters, the state carried from batch to batch, "
              + "clipped to norm 5)" + (steps < epochs * training.count ? "; --mine stops at \(steps) steps" : ""))
        let before = bitsPerCharacter(model, validation)
        let losses = try parts.train(model, steps: steps, learningRate: 0.002, maxNorm: 5, label: "   fortunes", unit: "chars",
                                  itemsPerStep: batchSize * length) { step in training[(step - 1) % training.count] }
        let after = bitsPerCharacter(model, validation)
        print("   Held-out loss: \(fixed(before)) bits per character before training (log₂ \(corpus.vocabulary.count) = "
              + "\(fixed(log2(Float(corpus.vocabulary.count))))), \(fixed(after)) after")
        summary.add("fortunes held-out bits per character", after)
        for temperature: Float in [0.5, 1, 1.5] {
            let text = try model.sample(prompt: prompt, count: 240, temperature: temperature, vocabulary: corpus.vocabulary,
                                        using: &generator)
            print("   temperature \(temperature):\n" + (prompt + text).split(separator: "\n", omittingEmptySubsequences: false)
                .map { "      | " + $0 }.joined(separator: "\n"))
        }
        let bits = losses.map { $0 / log(2) }
        try plots.write(LinePlot(title: "Fortunes: training loss per step", xLabel: "step", yLabel: "bits per character",
                                 legend: .topRight,
                                 series: [LineSeries(title: "training batch", ys: bits, color: "#9ecae1"),
                                          LineSeries(title: "held out, after training", xs: [1, Float(bits.count)],
                                                     ys: [after, after], dash: .dashed)]),
                        name: "fortunes-loss")
        try drawGates(model, corpus: corpus, plots: plots)
    }

    /// The gates of twelve of the LSTM's units over one quotation.
    func drawGates(_ model: SequenceModel, corpus: TextCorpus, plots: ChapterPlots) throws {
        guard let lstm = model.recurrent as? LSTM else { return }   // your LSTM keeps no gates to draw
        let text = "Whatever you do, do it well."
        guard let tokens = try? corpus.vocabulary.encode(text) else { return }
        lstm.resetState()
        _ = model.forward(Tensor(shape: [tokens.count, 1], scalars: tokens.map(Float.init)))
        lstm.resetState()
        let gates = lstm.gates!, h = lstm.hiddenSize
        let units = Array(0..<Swift.min(12, h))
        let names = ["forget gate f", "input gate i", "output gate o"], offsets = [0, 1, 3]
        let panels: [any Plot] = zip(names, offsets).map { name, offset in
            Heatmap(title: name, xLabel: "", yLabel: "unit",
                    values: units.map { unit in (0..<tokens.count).map { Double(gates[$0, 0, offset * h + unit]) } },
                    rowLabels: units.map { "\($0)" }, columnLabels: text.map { $0 == " " ? "␣" : String($0) },
                    palette: .blues, showsValues: false, colorRange: 0...1)
        }
        try plots.write(Multiplot(title: "Gate activations over \"\(text)\", twelve units", columns: 1,
                                  size: PlotSize(width: 1100, height: 1000), panels: panels),
                        name: "gates")
    }

    // MARK: 4. Inventing words

    func inventWords(_ corpus: TextCorpus, parts: RecurrentParts, plots: ChapterPlots, summary: inout Summary,
                     using generator: inout SeededGenerator) throws {
        let (length, batchSize, hidden) = (self.length / 2, 32, options.quick ? 32 : 128)
        let all = corpus.streamBatches(batchSize: batchSize, length: length)
        let training = Array(all.prefix(options.quick ? 30 : Int.max))
        let epochs = try self.epochs(3, quick: 1, parts: parts)
        let steps = characterSteps(epochs: epochs, batches: training.count, parts: parts)
        let model = characterModel(corpus, embedding: 16, hidden: hidden, parts: parts, using: &generator)
        let wordCount = corpus.text.split(separator: "\n").count
        print("\n4. Inventing words: \(wordCount) words of the letters a to z from \(corpus.name), one per line; an LSTM "
              + "of \(hidden) units, \(steps) steps of Adam (η = 0.005, \(batchSize) streams of \(length) characters)")
        let losses = try parts.train(model, steps: steps, learningRate: 0.005, maxNorm: 5, label: "   words", unit: "chars",
                                  itemsPerStep: batchSize * length) { step in training[(step - 1) % training.count] }
        let known = Set(corpus.text.split(separator: "\n").map(String.init))
        var invented: [String] = []
        // A model that has barely trained may end a word before its first letter: such draws are not counted.
        for _ in 0..<100 where invented.count < 12 {
            let word = try model.sample(prompt: "\n", count: 20, temperature: 0.8, vocabulary: corpus.vocabulary, stop: "\n",
                                        using: &generator)
            if !word.isEmpty { invented.append(word) }
        }
        let new = invented.filter { !known.contains($0) }
        print("   \(invented.count) words at temperature 0.8 (* not in the list): "
              + invented.map { known.contains($0) ? $0 : $0 + "*" }.joined(separator: " "))
        summary.add("words loss (bits per character)", (losses.suffix(50).reduce(0, +) / Float(Swift.min(50, losses.count))) / log(2))
        summary.add("invented words not in the list", "\(new.count) of \(invented.count)")
    }
}

/// Sequences `range` of every step of a [T, n] tensor: [T, range.count].
func columns(_ tokens: Tensor, _ range: Range<Int>) -> Tensor {
    let (T, n) = (tokens.shape[0], tokens.shape[1])
    var scalars: [Float] = []
    scalars.reserveCapacity(T * range.count)
    for t in 0..<T { scalars += tokens.scalars[(t * n + range.lowerBound)..<(t * n + range.upperBound)] }
    return Tensor(shape: [T, range.count], scalars: scalars)
}
