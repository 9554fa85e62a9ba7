// `--mine`: chapter 10 measures your exercise 10 code beside the engine's: your blocked product
// (10.1) in the table of section 2, your convolution in chunks and its fused ReLU (10.2, 10.3)
// and your split across cores (10.5) in section 4. The numbers are the same; the times are yours.
import ExerciseSupport
import MakingItFast
import MakingItFastExercises

/// The four ways of section 2.
enum Method: CaseIterable {
    case dotProducts, rows, blocked, openBLAS
}

/// The pieces the demo times: the engine's, or with `mine` yours.
struct SpeedParts {
    let mine: Bool

    static let yours = YourParts(exercise: 10, parts: [("10.1", "a matrix product in blocks"),
                                                       ("10.2", "the convolution a few images per product"),
                                                       ("10.3", "a ReLU fused into the convolution"),
                                                       ("10.5", "a batch split across the cores")],
                                 file: "exercises/10-making-it-fast/SpeedExercise.swift")

    /// Stops before any work when one of the parts is still a stub, naming it.
    func requireImplemented() throws {
        guard mine else { return }
        try Self.yours.requireImplemented(chapter: "chapter10") {
            let x = Tensor.ones([2, 1, 2, 2]), w = Tensor.ones([1, 1, 1, 1]), b = Tensor.zeros([1])
            _ = SpeedExercise.blockedMatrixProduct(.ones([2, 2]), .ones([2, 2]), blockSize: 1)
            _ = SpeedExercise.convolutionInChunks(x, weight: w, bias: b, imagesPerChunk: 1)
            _ = SpeedExercise.convolutionWithReLU(x, weight: w, bias: b, imagesPerChunk: 1)
            _ = SpeedExercise.splitAcrossCores(x, workers: 2) { $0 }
        }
    }

    var announcement: String { Self.yours.announcement }

    func title(of method: Method) -> String {
        switch method {
        case .dotProducts: "dot products"
        case .rows: "rows (i, p, j)"
        case .blocked: mine ? "your blocks of 64" : "blocks of 64"
        case .openBLAS: "OpenBLAS"
        }
    }

    func product(_ method: Method, _ a: Tensor, _ b: Tensor) -> Tensor {
        switch method {
        case .dotProducts: matrixProductByDotProducts(a, b)
        case .rows: matrixProductByRows(a, b)
        case .blocked: blocked(a, b, blockSize: 64)
        case .openBLAS: matmul(a, b)
        }
    }

    func blocked(_ a: Tensor, _ b: Tensor, blockSize: Int) -> Tensor {
        mine ? SpeedExercise.blockedMatrixProduct(a, b, blockSize: blockSize) : blockedMatrixProduct(a, b, blockSize: blockSize)
    }

    func convolution(_ input: Tensor, weight: Tensor, bias: Tensor, imagesPerChunk: Int, fusedReLU: Bool) -> Tensor {
        guard mine else {
            return convolutionInChunks(input, weight: weight, bias: bias, imagesPerChunk: imagesPerChunk, fusedReLU: fusedReLU)
        }
        return fusedReLU ? SpeedExercise.convolutionWithReLU(input, weight: weight, bias: bias, imagesPerChunk: imagesPerChunk)
                         : SpeedExercise.convolutionInChunks(input, weight: weight, bias: bias, imagesPerChunk: imagesPerChunk)
    }

    func split(_ images: Tensor, workers: Int, _ body: @Sendable (Tensor) -> Tensor) -> Tensor {
        mine ? SpeedExercise.splitAcrossCores(images, workers: workers, body) : splitAcrossCores(images, workers: workers, body)
    }
}
