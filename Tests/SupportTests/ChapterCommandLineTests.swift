// The chapters and the benchmark run as a user runs them, on small hand-made datasets:
// each mistake in the data or the options stops them at once with a message naming it,
// and images of another size or another dataset's classes are taken as they come.
import Checkpoints
import CourseGrading
import Foundation
import IDX
import Testing

@Suite("Chapters: mistakes in the data or the options stop a run before it trains")
struct ChapterCommandLineTests {
    /// Writes an MNIST-format dataset of `rows` x `columns` images with these labels.
    static func writeDataset(in folder: URL, rows: Int, columns: Int, trainLabels: [UInt8], testLabels: [UInt8]) throws {
        var state: UInt32 = 12345
        func pixels(_ count: Int) -> [UInt8] {
            (0..<count).map { _ in state = state &* 1_103_515_245 &+ 12345; return UInt8(truncatingIfNeeded: state >> 16) }
        }
        for (prefix, labels) in [("train", trainLabels), ("t10k", testLabels)] {
            try IDXArray(shape: [labels.count, rows, columns], values: pixels(labels.count * rows * columns))
                .write(to: folder.appendingPathComponent("\(prefix)-images-idx3-ubyte"), compression: .none)
            try IDXArray(shape: [labels.count], values: labels)
                .write(to: folder.appendingPathComponent("\(prefix)-labels-idx1-ubyte"), compression: .none)
        }
    }

    /// Labels 0...9 in turn.
    static func everyClass(_ count: Int) -> [UInt8] { (0..<count).map { UInt8($0 % 10) } }

    /// Runs `executable` with `arguments` and returns what it printed and its status. The time
    /// limit only keeps a run that hangs from hanging the suite: a quick run takes a minute or two
    /// on a quiet machine, and several times that beside other builds (a --reference run went past
    /// 300 s so in CI), so it is generous.
    static func run(_ executable: String, _ arguments: [String], seconds: Int = 1200) throws -> CommandOutput {
        let binary = try #require(builtExecutable(executable), "build it first: swift build --build-tests")
        return try CommandRunner.run([binary.path] + arguments, in: FileManager.default.temporaryDirectory, seconds: seconds)
    }

    @Test("a label of 10 or more stops chapters 03-07 and the benchmark at once, naming file, item and value")
    func labelOutOfRange() throws {
        let folder = try temporaryFolder("chapter-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        var labels = Self.everyClass(300)
        labels[7] = 12
        try Self.writeDataset(in: folder, rows: 4, columns: 4, trainLabels: labels, testLabels: Self.everyClass(50))
        for executable in ["chapter03", "chapter04", "chapter05", "chapter06", "chapter07", "bench"] {
            let arguments = executable == "bench" ? ["mlp", "--data-dir", folder.path]
                : ["--quick", "--data-dir", folder.path, "--no-plots"]
            let result = try Self.run(executable, arguments, seconds: 120)
            #expect(result.status != 0, "\(executable)")
            #expect(result.output.contains("train labels \(folder.path)/train-labels-idx1-ubyte: item 7 (counting from 0) has label 12"),
                    "\(executable): \(result.output.suffix(600))")
            #expect(!result.output.contains("epoch"), "\(executable) stopped before training")
        }
    }

    @Test("images too small for chapters 06 and 07's networks stop them before any training, with their size",
          arguments: ["chapter06", "chapter07"])
    func imagesTooSmallForTheCNN(executable: String) throws {
        let folder = try temporaryFolder("chapter-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeDataset(in: folder, rows: 12, columns: 12, trainLabels: Self.everyClass(300), testLabels: Self.everyClass(50))
        let result = try Self.run(executable, ["--quick", "--data-dir", folder.path, "--no-plots"], seconds: 120)
        #expect(result.status != 0)
        #expect(result.output.contains("images of at least 16 × 16 pixels; the data set's are 12 × 12"), "\(result.output.suffix(600))")
        #expect(!result.output.contains("1. "), "stopped before any work")
    }

    @Test("images smaller than 4 x 4 stop chapter 11 before any work, with their size")
    func imagesTooSmallForChapter11() throws {
        let folder = try temporaryFolder("chapter-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeDataset(in: folder, rows: 3, columns: 3, trainLabels: Self.everyClass(300), testLabels: Self.everyClass(50))
        let result = try Self.run("chapter11", ["--quick", "--data-dir", folder.path, "--no-plots"], seconds: 120)
        #expect(result.status != 0)
        #expect(result.output.contains("images of at least 4 × 4 pixels; the data set's are 3 × 3"), "\(result.output.suffix(600))")
        #expect(!result.output.contains("1. "), "stopped before any work")
    }

    @Test("images whose sides are not multiples of 4 stop chapter 13 before any work, with their size")
    func imagesWrongForChapter13() throws {
        let folder = try temporaryFolder("chapter-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeDataset(in: folder, rows: 10, columns: 12, trainLabels: Self.everyClass(300), testLabels: Self.everyClass(50))
        let result = try Self.run("chapter13", ["--quick", "--data-dir", folder.path, "--no-plots"], seconds: 120)
        #expect(result.status != 0)
        #expect(result.output.contains("sides that are multiples of 4, at least 8; the data set's images are 10 × 12"),
                "\(result.output.suffix(600))")
        #expect(!result.output.contains("1. "), "stopped before any work")
    }

    @Test("chapter 13 without its ratings names the Debian package, a damaged index names the file, and a code size of 0 or more than the pixels is refused, all before any work")
    func badInputForChapter13() throws {
        let folder = try temporaryFolder("chapter-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("X\n garbage".utf8).write(to: folder.appendingPathComponent("Rdata.rdx"))
        let cases: [(arguments: [String], expected: [String])] = [
            (["--ratings-dir", folder.path + "/none"], ["none/Rdata.rdx", "r-cran-dslabs package"]),
            (["--ratings-dir", folder.path], ["Rdata.rdx", "gzip"]),
            (["--codes", "2,0"], ["--codes: 0 is not a code size"]),
            (["--codes", "1,8"], ["the first code, 1, must hold at least 2 numbers"]),
            (["--codes", "2,x"], ["--codes: \"x\" is not a whole number"]),
            (["--codes", "2,1000"], ["--codes: 1000 is more numbers than the 784 pixels"]),
        ]
        for (arguments, expected) in cases {
            let result = try Self.run("chapter13", ["--quick", "--no-plots"] + arguments, seconds: 60)
            #expect(result.status != 0, "\(arguments)")
            for text in expected { #expect(result.output.contains(text), "\(arguments): \(result.output.suffix(400))") }
            #expect(!result.output.contains("1. "), "\(arguments): the work started")
        }
    }

    @Test("chapter 07 on 16 x 16 images of an unknown dataset adapts, and names classes by number")
    func chapter07OtherImageSize() throws {
        let folder = try temporaryFolder("chapter-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeDataset(in: folder, rows: 16, columns: 16, trainLabels: Self.everyClass(600), testLabels: Self.everyClass(200))
        for arguments in [["--quick"], ["--quick", "--full"]] {
            let result = try Self.run("chapter07", arguments + ["--data-dir", folder.path, "--plots-dir", folder.appendingPathComponent("plots").path])
            #expect(result.status == 0, "\(arguments): \(result.output.suffix(800))")
            #expect(!result.output.contains("T-shirt") && (arguments.contains("--full") || result.output.contains("class ")),
                    "\(arguments): \(result.output.suffix(800))")
        }
    }

    @Test("a training set without some classes names them")
    func missingClasses() throws {
        let folder = try temporaryFolder("chapter-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeDataset(in: folder, rows: 4, columns: 4, trainLabels: [UInt8](repeating: 0, count: 300),
                              testLabels: Self.everyClass(50))
        let result = try Self.run("chapter03", ["--quick", "--data-dir", folder.path, "--no-plots"], seconds: 120)
        #expect(result.status != 0)
        #expect(result.output.contains("have no images of class 1 (class 1), 2 (class 2)") && result.output.contains("9 (class 9)"),
                "\(result.output.suffix(600))")
    }

    @Test("a quick run whose first training images lack a class (a file sorted by label) names them, before any work")
    func missingClassesInQuickRun() throws {
        let folder = try temporaryFolder("chapter-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        // 7,000 labels sorted by class: all ten are in the file, but the first 6,000 (all
        // that --quick keeps) stop at class 8.
        let sorted = (0..<7000).map { UInt8($0 / 700) }
        try Self.writeDataset(in: folder, rows: 16, columns: 16, trainLabels: sorted, testLabels: Self.everyClass(50))
        for chapter in ["chapter04", "chapter06"] {
            let result = try Self.run(chapter, ["--quick", "--data-dir", folder.path, "--no-plots"], seconds: 120)
            #expect(result.status != 0, "\(chapter)")
            #expect(result.output.contains("the first 6000 training labels of") && result.output.contains("have no images of class 9 (class 9)")
                    && result.output.contains("is the file sorted by label?"), "\(chapter): \(result.output.suffix(600))")
        }
    }

    @Test("images of 12 x 12 pixels from an unknown dataset: the chapters adapt, and name classes by number",
          arguments: ["chapter03", "chapter04", "chapter05", "chapter11"])
    func otherImageSize(executable: String) throws {
        let folder = try temporaryFolder("chapter-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeDataset(in: folder, rows: 12, columns: 12, trainLabels: Self.everyClass(600), testLabels: Self.everyClass(200))
        let plots = folder.appendingPathComponent("plots")
        let result = try Self.run(executable, ["--quick", "--data-dir", folder.path, "--plots-dir", plots.path])
        #expect(result.status == 0, "\(result.output.suffix(800))")
        #expect(!result.output.contains("T-shirt") && !result.output.contains("Fashion-MNIST:"), "\(result.output.suffix(800))")
        if executable == "chapter03" {
            #expect(result.output.contains("the dataset: 550 training, 50 validation and 200 test images of 12 x 12 pixels"))
            #expect(result.output.contains("class 5 (label 0) against class 7 (label 1)"))
        }
    }

    @Test("MNIST is recognised, and its classes are digits")
    func mnistNames() throws {
        let folder = try temporaryFolder("chapter-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        // MNIST's sizes and first labels, on images of one pixel: what recognises it.
        let train = [5, 0, 4, 1, 9, 2, 1, 3, 1, 4].map(UInt8.init) + Self.everyClass(59990)
        let test = [7, 2, 1, 0, 4, 1, 4, 9, 5, 9].map(UInt8.init) + Self.everyClass(9990)
        try Self.writeDataset(in: folder, rows: 1, columns: 1, trainLabels: train, testLabels: test)
        let result = try Self.run("chapter03", ["--quick", "--data-dir", folder.path, "--no-plots"])
        #expect(result.status == 0, "\(result.output.suffix(800))")
        #expect(result.output.contains("MNIST: 5500 training") && result.output.contains("digit 5 (label 0) against digit 7 (label 1)"),
                "\(result.output.prefix(800))")
    }

    /// A chapter's `--mine` run: what it announces, the figures it shares with the plain
    /// run, and pairs of figures within it (yours, the engine's) that must agree.
    struct MineCase: Sendable, CustomTestStringConvertible {
        let executable: String
        let announcement: String
        let figures: [String]
        var pairs: [(String, String)] = []
        /// Figures that must be near zero with the solutions: differences from the engine.
        var nearZero: [String] = []
        var testDescription: String { executable }
    }

    static let mineCases = [
        MineCase(executable: "chapter01", announcement: "Using your 1.1 predict one label, 1.2 the perceptron rule",
                 figures: ["blobs epochs to converge", "blobs training accuracy", "adaline final mse",
                           "adaline training accuracy", "overlap perceptron mistake rate in last epoch"]),
        MineCase(executable: "chapter02", announcement: "Using your 2.1 mean squared error, 2.2 gradient",
                 figures: ["closed-form slope", "closed-form intercept", "mini-batch of 16 slope", "stochastic slope",
                           "best lambda", "test mse at best lambda"]),
        MineCase(executable: "chapter03", announcement: "Using your 3.1 stable softmax, 3.2 cross-entropy",
                 figures: ["softmax test accuracy", "softmax validation accuracy"]),
        MineCase(executable: "chapter04", announcement: "Using your 4.1 Linear backward, 4.2 ReLU backward",
                 figures: ["mlp test accuracy", "mlp validation accuracy", "xor corners right"]),
        MineCase(executable: "chapter05", announcement: "Using your 5.1 Xavier uniform, 5.2 He normal",
                 figures: ["Adam, η = 0.001 validation accuracy", "early stopping best epoch",
                           "early stopping test accuracy (best weights)"],
                 pairs: [("your momentum 0.9, η = 0.01 validation accuracy", "momentum 0.9, η = 0.01 validation accuracy"),
                         ("your Nesterov 0.9, η = 0.01 validation accuracy", "Nesterov 0.9, η = 0.01 validation accuracy"),
                         ("your Adam, η = 0.001 validation accuracy", "Adam, η = 0.001 validation accuracy"),
                         ("tanh, your Xavier uniform last-layer deviation", "tanh, Xavier last-layer deviation")]),
        MineCase(executable: "chapter06", announcement: "Using your 6.1 convolution by direct loops, 6.3 im2col",
                 figures: ["cnn test accuracy", "cnn validation accuracy", "pooled features change for a 1-pixel shift"],
                 nearZero: ["your 6.1 convolution, largest difference from conv1"]),
        MineCase(executable: "chapter07", announcement: "Using your 7.1 inverted dropout, 7.2 dropout backward",
                 figures: ["dropout 0.5 validation accuracy", "weight decay 0.005 validation accuracy",
                           "augmentation validation accuracy", "batch normalisation validation accuracy"]),
        MineCase(executable: "chapter09", announcement: "Using your 9.1 training with frozen layers, 9.2 a new head",
                 figures: ["from scratch, 10 per class, test accuracy", "frozen features, 10 per class, test accuracy",
                           "fine-tuned, 10 per class, test accuracy", "frozen features, 100 per class, test accuracy",
                           "fine-tuned, 100 per class, test accuracy"]),
        MineCase(executable: "chapter08", announcement: "Using your 8.1 RNN step, 8.2 RNN step backward",
                 figures: ["addition held-out accuracy", "recall L=2 RNN accuracy", "recall L=10 LSTM, b_f = 5 accuracy",
                           "fortunes held-out bits per character", "words loss (bits per character)"]),
        // Chapter 10's figures are speeds, which no two runs share: --mine is held to the engine's numbers instead.
        MineCase(executable: "chapter10", announcement: "Using your 10.1 a matrix product in blocks, 10.2 the convolution",
                 figures: [], nearZero: ["your 10.1 blocked product, largest difference from OpenBLAS",
                                         "your 10.3 convolution with ReLU, largest difference from the engine's"]),
        // Section 3's accuracy after --quick's 86 steps swings with the last bits of a 1 × 1 product (your 11.3 and
        // the engine's convolution add in different orders: 0.46 against 0.52 once). Section 2's figures, which run
        // every part, agree to the last digit.
        MineCase(executable: "chapter11", announcement: "Using your 11.1 global average pooling, 11.2 global average pooling backward",
                 figures: ["receptive field of the 32-layer network", "plain 8 training loss", "residual 8 training loss",
                           "plain 32 training loss", "residual 32 training loss", "residual 32 layer 1 gradient norm after training"]),
        MineCase(executable: "chapter13", announcement: "Using your 13.1 the reconstruction loss on pixels, 13.2 the transposed convolution",
                 figures: ["code 2 autoencoder test squared error", "code 32 autoencoder test squared error",
                           "autoencoder code, nearest centre accuracy", "denoising, denoising AE squared error",
                           "transposed 4×4 squared error", "transposed 3×3 squared error", "upsample + conv squared error"]),
        MineCase(executable: "chapter12", announcement: "Using your 12.1 an occlusion map, 12.2 the saliency",
                 figures: ["occlusion 2 Sandal largest drop, black mask", "occlusion 4 Ankle boot largest drop, grey mask",
                           "saliency share on the garment, mean", "SmoothGrad share on the garment, mean",
                           "class images, mean probability of their class", "accuracy under attack, epsilon 0.050",
                           "smallest fooling epsilon, median of the shown images", "features, nearest centre accuracy on two components",
                           "pixels, nearest centre accuracy on two components"]),
    ]

    /// The value of a closing `name: value` line.
    static func figure(_ name: String, in output: String) -> Double? {
        output.split(separator: "\n").last { $0.hasPrefix(name + ": ") }.flatMap { Double($0.dropFirst(name.count + 2)) }
    }

    /// Only in the solutions run (COURSE_SOLUTIONS=1): against a learner's stubs `--mine` stops, as it should.
    @Test("`--mine` trains with the exercise code and, on the solutions, matches the engine's figures",
          .enabled(if: ProcessInfo.processInfo.environment["COURSE_SOLUTIONS"] == "1"), arguments: mineCases)
    func mine(_ mineCase: MineCase) throws {
        let plain = try Self.run(mineCase.executable, ["--quick", "--no-plots"])
        let mine = try Self.run(mineCase.executable, ["--quick", "--no-plots", "--mine"])
        #expect(plain.status == 0 && mine.status == 0, "\(mine.output.suffix(600))")
        #expect(mine.output.hasPrefix(mineCase.announcement), "\(mine.output.prefix(300))")
        for name in mineCase.figures {
            let (a, b) = (Self.figure(name, in: plain.output), Self.figure(name, in: mine.output))
            #expect(a != nil && b != nil && abs(a! - b!) <= 0.005, "\(name): engine \(a ?? .nan), exercise code \(b ?? .nan)")
        }
        for (yours, engine) in mineCase.pairs {
            let (a, b) = (Self.figure(yours, in: mine.output), Self.figure(engine, in: mine.output))
            // The Xavier row compares a uniform draw with a normal one of the same variance.
            let tolerance = yours.contains("deviation") ? 0.05 : 0.005
            #expect(a != nil && b != nil && abs(a! - b!) <= tolerance, "\(yours) \(a ?? .nan) against \(engine) \(b ?? .nan)")
        }
        for name in mineCase.nearZero {
            let value = Self.figure(name, in: mine.output)
            #expect(value != nil && abs(value!) <= 1e-3, "\(name): \(value ?? .nan)")
        }
    }

    @Test("`--reference` trains with the readable layers: the fast paths' figures to float rounding, and how much slower",
          arguments: mineCases.filter { ["chapter06", "chapter07", "chapter08"].contains($0.executable) })
    func reference(_ referenceCase: MineCase) throws {
        let fast = try Self.run(referenceCase.executable, ["--quick", "--no-plots"])
        let reference = try Self.run(referenceCase.executable, ["--quick", "--no-plots", "--reference"])
        #expect(fast.status == 0 && reference.status == 0, "\(reference.output.suffix(600))")
        for name in referenceCase.figures {
            let (a, b) = (Self.figure(name, in: fast.output), Self.figure(name, in: reference.output))
            // The two paths add in different orders; training carries the last bits' differences forward.
            #expect(a != nil && b != nil && abs(a! - b!) <= 0.02, "\(name): fast paths \(a ?? .nan), readable layers \(b ?? .nan)")
        }
        // The readable layers do the same arithmetic without the fast paths' tricks: slower.
        let slowdown = Self.figure("reference training step, times the fast paths'", in: reference.output)
        #expect(slowdown != nil && slowdown! > 1, "slowdown: \(slowdown ?? .nan)")
        // Chapter 06 times its training: a run that did not switch to the readable layers shows here.
        if referenceCase.executable == "chapter06" {
            let speeds = (Self.figure("cnn training images per second", in: fast.output),
                          Self.figure("cnn training images per second", in: reference.output))
            #expect(speeds.0 != nil && speeds.1 != nil && speeds.1! < speeds.0! / 1.5,
                    "images per second: fast paths \(speeds.0 ?? .nan), readable layers \(speeds.1 ?? .nan)")
        }
    }

    @Test("chapter 08: a missing, empty or too short corpus, a file for a folder and a folder for a file, a prompt outside the vocabulary and a length of 0 or too long stop it before training; a corpus mostly not text is named")
    func chapter08BadInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chapter08-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A folder with one fortune of 15 characters, one of 40 KB mostly not text, and a list of one word.
        func fortunes(_ name: String, _ contents: Data) throws -> URL {
            let directory = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try contents.write(to: directory.appendingPathComponent("quotes"))
            try Data().write(to: directory.appendingPathComponent("quotes.dat"))
            return directory
        }
        let short = try fortunes("short", Data("Brevity is wit.".utf8))
        var generator = SystemRandomNumberGenerator()
        let noise = try fortunes("noise", Data((0..<40_000).map { $0 % 8 == 0 ? UInt8.random(in: 97...122, using: &generator)
                                                                              : UInt8.random(in: 128...255, using: &generator) }))
        let oneWord = folder.appendingPathComponent("one-word")
        try Data("extraordinary\n".utf8).write(to: oneWord)
        let cases: [(arguments: [String], expected: [String])] = [
            (["--data-dir", folder.path + "/none"], ["none is not there", "fortunes package"]),
            (["--words", folder.path + "/words"], ["words is not there", "wamerican package"]),
            (["--data-dir", folder.path], ["no fortune files"]),
            (["--data-dir", oneWord.path], ["\(oneWord.path) could not be read: it is a file, not a folder"]),
            (["--words", folder.path], ["\(folder.path) could not be read: it is a folder, not a word list"]),
            (["--prompt", "Ünïcode"], ["--prompt", "\"Ü\"", "position 0", "vocabulary of"]),
            (["--length", "0"], ["--length must be at least 2"]),
            (["--length", "100000"], ["too few for section 3", "a --length of at most"]),
            (["--data-dir", short.path, "--prompt", "B"], ["has 15 characters, too few for section 3", "a corpus of at least 129 characters"]),
            (["--words", oneWord.path], ["too few for section 4"]),
            (["--data-dir", noise.path, "--prompt", "Ü"], ["warning:", "are not printable ASCII and were left out: is it text?"]),
        ]
        for (arguments, expected) in cases {
            let result = try Self.run("chapter08", ["--quick", "--no-plots"] + arguments, seconds: 60)
            #expect(result.status != 0, "\(arguments)")
            for text in expected { #expect(result.output.contains(text), "\(arguments): \(result.output.suffix(400))") }
            #expect(!result.output.contains("1. Addition"), "\(arguments): training started")
        }
    }

    @Test("chapters 06 and 09: a damaged, missing or foreign checkpoint, and a --save that is empty, names a folder or has nothing to save, stop it before training")
    func chapter09BadInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chapter09-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let garbage = folder.appendingPathComponent("garbage.ckpt")
        try Data("not a network".utf8).write(to: garbage)
        // A data set whose test file holds classes 0-4 only: nothing to test the transfer to 5-9 on.
        let halfTest = folder.appendingPathComponent("half-test")
        try FileManager.default.createDirectory(at: halfTest, withIntermediateDirectories: true)
        try Self.writeDataset(in: halfTest, rows: 28, columns: 28, trainLabels: Self.everyClass(200),
                              testLabels: (0..<50).map { UInt8($0 % 5) })
        let cases: [(arguments: [String], expected: [String])] = [
            (["--data-dir", halfTest.path], ["the test split has no images of classes 5-9", "transfers to"]),
            (["--from", garbage.path], ["garbage.ckpt is not a checkpoint", "DLFSCKPT"]),
            (["--from", folder.path], ["is a folder, not a checkpoint file"]),
            (["--from", folder.path + "/none.ckpt"], ["none.ckpt: no such file"]),
            (["--save", folder.path], ["--save", "is a folder"]),
            (["--save", ""], ["--save needs a file name"]),
            (["--save", folder.path + "/newdir/"], ["names a folder (it ends in /)"]),
            (["--from", garbage.path, "--save", folder.path + "/other.ckpt"], ["has nothing to save", "Leave out one of the two"]),
            (["--from", garbage.path, "--save", garbage.path], ["has nothing to save"]),
        ]
        for (arguments, expected) in cases {
            let result = try Self.run("chapter09", ["--quick", "--no-plots"] + arguments, seconds: 60)
            #expect(result.status != 0, "\(arguments)")
            for text in expected { #expect(result.output.contains(text), "\(arguments): \(result.output.suffix(400))") }
            #expect(!result.output.contains("Pretraining"), "\(arguments): training started")
        }
        let seven = try Self.run("chapter07", ["--quick", "--no-plots", "--save", folder.path + "/x.ckpt"], seconds: 60)
        #expect(seven.status != 0 && seven.output.contains("add --full"), "\(seven.output.suffix(300))")
        // Chapter 06's --save is checked before training too: an empty name, a folder's name.
        for (save, expected) in [("", "--save needs a file name"), (folder.path + "/newdir/", "names a folder (it ends in /)")] {
            let six = try Self.run("chapter06", ["--quick", "--no-plots", "--save", save], seconds: 60)
            #expect(six.status != 0 && six.output.contains(expected), "\(save): \(six.output.suffix(300))")
            #expect(!six.output.contains("2. Conv2D"), "\(save): training started")
        }
    }

    @Test("a network chapter 06 saves, chapter 09 loads and transfers")
    func chapter06ToChapter09() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("transfer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("cnn.ckpt").path
        let six = try Self.run("chapter06", ["--quick", "--no-plots", "--save", file])
        #expect(six.status == 0 && six.output.contains("Saved to \(file)"), "\(six.output.suffix(400))")
        let nine = try Self.run("chapter09", ["--quick", "--no-plots", "--from", file])
        #expect(nine.status == 0 && nine.output.contains("Starting from \(file): a \"cnn\" network"), "\(nine.output.suffix(400))")
        #expect(Self.figure("fine-tuned, 100 per class, test accuracy", in: nine.output).map { $0 > 0.5 } == true)
        try Self.expectChapter12(from: file, model: "cnn", savedAccuracy: Self.figure("cnn test accuracy", in: six.output))
    }

    /// Chapter 12 looks inside the network in `file`: it names it, and measures the test accuracy the
    /// chapter that saved it measured, on the same test images prepared the same way (standardised
    /// pixels for chapter 06's, the standardisation now the network's first layer).
    static func expectChapter12(from file: String, model: String, savedAccuracy: Double?) throws {
        let twelve = try run("chapter12", ["--quick", "--no-plots", "--from", file])
        #expect(twelve.status == 0 && twelve.output.contains("0. \(file): chapter") && twelve.output.contains("\"\(model)\" network"),
                "\(twelve.output.suffix(400))")
        let accuracy = figure("test accuracy", in: twelve.output)
        #expect(savedAccuracy != nil && accuracy != nil && abs(savedAccuracy! - accuracy!) < 1e-9,
                "chapter 12 measured \(accuracy ?? .nan), the chapter that saved it \(savedAccuracy ?? .nan)")
        #expect(figure("features, nearest centre accuracy on two components", in: twelve.output) != nil)
    }

    @Test("a ResNet chapter 11 saves, chapter 09 loads and transfers")
    func chapter11ToChapter09() throws {
        let folder = try temporaryFolder("transfer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("resnet.ckpt").path
        // --full alone trains the ResNet it saves; --quick, for one epoch of 2,000 images.
        let eleven = try Self.run("chapter11", ["--full", "--quick", "--no-plots", "--save", file])
        #expect(eleven.status == 0 && eleven.output.contains("Saved to \(file)"), "\(eleven.output.suffix(400))")
        let nine = try Self.run("chapter09", ["--quick", "--no-plots", "--from", file])
        #expect(nine.status == 0 && nine.output.contains("Starting from \(file): a \"resnet14\" network")
                && nine.output.contains("one linear head on their 64 features"), "\(nine.output.suffix(400))")
        // Its frozen features, from one epoch on 2,000 images, already carry the classes: well above chance (0.2).
        #expect(Self.figure("frozen features, 100 per class, test accuracy", in: nine.output).map { $0 > 0.35 } == true,
                "\(nine.output.suffix(400))")
        try Self.expectChapter12(from: file, model: "resnet14", savedAccuracy: Self.figure("resnet test accuracy", in: eleven.output))
    }

    @Test("a regularised CNN chapter 07 saves, chapter 12 loads and looks inside")
    func chapter07ToChapter12() throws {
        let folder = try temporaryFolder("inside")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("cnn-bn.ckpt").path
        let seven = try Self.run("chapter07", ["--full", "--quick", "--no-plots", "--save", file])
        #expect(seven.status == 0 && seven.output.contains("Saved to \(file)"), "\(seven.output.suffix(400))")
        try Self.expectChapter12(from: file, model: "cnn-bn", savedAccuracy: Self.figure("test accuracy", in: seven.output))
    }

    @Test("chapter 12: a damaged, foreign or five-class checkpoint, images not 28 × 28, a mask larger than the image, and a negative or unreadable ε stop it before any work")
    func chapter12BadInput() throws {
        let folder = try temporaryFolder("inside")
        defer { try? FileManager.default.removeItem(at: folder) }
        let garbage = folder.appendingPathComponent("garbage.ckpt")
        try Data("not a network".utf8).write(to: garbage)
        let foreign = folder.appendingPathComponent("lstm.ckpt")
        try Checkpoint(model: "lstm-chars", parameters: [("lstm.weight", [2, 2], [1, 2, 3, 4])], state: []).write(to: foreign)
        // Chapter 06's CNN with a head of five classes, as chapter 09 saves the network it pretrains.
        let fiveClasses = folder.appendingPathComponent("five.ckpt").path
        let shapes: [(String, [Int])] = [("conv1.weight", [32, 1, 5, 5]), ("conv1.bias", [32]), ("conv2.weight", [64, 32, 5, 5]),
                                         ("conv2.bias", [64]), ("fc1.weight", [1024, 128]), ("fc1.bias", [128]),
                                         ("fc2.weight", [128, 5]), ("fc2.bias", [5])]
        try Checkpoint(model: "cnn", parameters: shapes.map { ($0.0, $0.1, [Float](repeating: 0, count: $0.1.reduce(1, *))) },
                       state: []).write(to: URL(fileURLWithPath: fiveClasses))
        let small = folder.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        try Self.writeDataset(in: small, rows: 16, columns: 16, trainLabels: Self.everyClass(300), testLabels: Self.everyClass(50))
        let cases: [(arguments: [String], expected: [String])] = [
            (["--from", garbage.path], ["garbage.ckpt is not a checkpoint"]),
            (["--from", foreign.path], ["holds a \"lstm-chars\" network", "chapter 06's \"cnn\""]),
            (["--from", fiveClasses], ["a head of 5 classes", "tells all ten apart"]),
            (["--data-dir", small.path], ["read 28 × 28 images", "the data set's are 16 × 16"]),
            (["--mask", "29"], ["--mask 29 is larger than the 28 × 28 images"]),
            (["--mask", "0"], ["--mask must be at least 1 pixel"]),
            (["--epsilons", "0,-0.1"], ["--epsilons: -0.1 is outside 0 to 1", "negative one would lower the loss"]),
            (["--epsilons", "0,a"], ["--epsilons: \"a\" is not a number"]),
        ]
        for (arguments, expected) in cases {
            let result = try Self.run("chapter12", ["--quick", "--no-plots"] + arguments, seconds: 60)
            #expect(result.status != 0, "\(arguments)")
            for text in expected { #expect(result.output.contains(text), "\(arguments): \(result.output.suffix(400))") }
            #expect(!result.output.contains("1. A "), "\(arguments): the work started")
        }
    }

    @Test("`bench cnn`, `bench resnet` and `bench autoencoder` on images other than 28 × 28 say what their networks read, before any work",
          arguments: ["cnn", "resnet", "autoencoder"])
    func benchImageSize(_ bench: String) throws {
        let folder = try temporaryFolder("chapter-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeDataset(in: folder, rows: 12, columns: 12, trainLabels: Self.everyClass(300), testLabels: Self.everyClass(50))
        let result = try Self.run("bench", [bench, "--data-dir", folder.path], seconds: 60)
        #expect(result.status != 0)
        #expect(result.output.contains("bench \(bench)'s network, the same as benchmarks/\(bench).py's, reads 28 × 28 images; "
                                       + "the data set's have 144 pixels each"), "\(result.output.suffix(600))")
    }

    @Test("`bench mlp --images 0` and `-5` are range errors")
    func benchImages() throws {
        for value in ["0", "-5"] {
            let result = try Self.run("bench", ["mlp", "--images", value], seconds: 60)
            #expect(result.status != 0 && result.output.contains("--images must be at least 1, not \(value)"), "\(result.output)")
        }
    }

    @Test("`bench lstm --steps` outside 1 to 100,000 is refused before any work, saying so")
    func benchSteps() throws {
        for value in ["0", "-1", "100001", "1000000000"] {
            let result = try Self.run("bench", ["lstm", "--steps", value], seconds: 60)
            #expect(result.status != 0 && result.output.contains("--steps must be between 1 and 100000, not \(value)"),
                    "\(result.output)")
        }
    }

    @Test("output redirected to a file reaches it line by line, so a run stopped early keeps its log",
          .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/datasets/fashion-mnist")))
    func lineBuffered() throws {
        let folder = try temporaryFolder("chapter-run")
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = try #require(builtExecutable("chapter03"))
        let log = folder.appendingPathComponent("log.txt")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--no-plots"]
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        // Chapter 03 prints its first line, then reads Fashion-MNIST for a second or more,
        // printing nothing. A buffered first line would reach the file only with the next
        // flush, together with the line after the data; a line-buffered one arrives alone.
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(60)
        var text = ""
        while clock.now < deadline, process.isRunning, !text.contains("1. softmax") {
            Thread.sleep(forTimeInterval: 0.02)
            text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(text.contains("1. softmax of [1000, 1001, 1002]"), "\(text)")
        #expect(!text.contains("training, ") && !text.contains("epoch"),
                "the first line reached the file before the data was read: \(text)")
    }
}
