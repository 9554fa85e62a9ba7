import Foundation

/// One half of an MNIST-format dataset.
public enum IDXSplit: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The training set: 60000 items in MNIST and Fashion-MNIST.
    case train
    /// The test set: 10000 items in MNIST and Fashion-MNIST.
    case test

    /// The prefix of the split's file names: "train" or "t10k".
    public var fileNamePrefix: String {
        switch self {
        case .train: "train"
        case .test: "t10k"
        }
    }

    public var description: String {
        rawValue
    }
}

/// The four files of an MNIST-format dataset (MNIST, Fashion-MNIST and the like),
/// located in one directory: `train-images-idx3-ubyte`, `train-labels-idx1-ubyte`,
/// `t10k-images-idx3-ubyte` and `t10k-labels-idx1-ubyte`, each plain or gzipped (`.gz`).
/// The spelling `train-images.idx3-ubyte`, found in some MNIST copies, is accepted too.
public struct IDXDatasetFiles: Sendable, Equatable {
    /// Where the Debian package `dataset-fashion-mnist` installs Fashion-MNIST.
    public static let defaultDirectory = URL(fileURLWithPath: "/usr/share/datasets/fashion-mnist", isDirectory: true)

    /// The Debian package that installs Fashion-MNIST in ``defaultDirectory``.
    public static let debianPackage = "dataset-fashion-mnist"

    /// The directory holding the files.
    public let directory: URL
    /// The training images, such as `.../train-images-idx3-ubyte.gz`.
    public let trainImages: URL
    /// The training labels, such as `.../train-labels-idx1-ubyte.gz`.
    public let trainLabels: URL
    /// The test images, such as `.../t10k-images-idx3-ubyte.gz`.
    public let testImages: URL
    /// The test labels, such as `.../t10k-labels-idx1-ubyte.gz`.
    public let testLabels: URL

    /// Locates the four files in `directory`, preferring an uncompressed file to a gzipped
    /// one when both are present. Nothing is read yet.
    ///
    /// - Throws: ``IDXDatasetError/missingFiles(directory:missingFileNames:directoryExists:)``
    ///   listing every file that is absent, with advice on how to get the dataset.
    public init(directory: URL = IDXDatasetFiles.defaultDirectory) throws {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue { throw IDXDatasetError.notAFolder(path: directory.path) }
        let directoryExists = exists && isDirectory.boolValue
        let wanted = [Self.imagesFileName(.train), Self.labelsFileName(.train),
                      Self.imagesFileName(.test), Self.labelsFileName(.test)]
        let found = wanted.map { directoryExists ? Self.locate($0, in: directory) : nil }
        let missing = zip(wanted, found).filter { $0.1 == nil }.map(\.0)
        if directoryExists, let folder = missing.lazy.compactMap({ Self.folderNamed(like: $0, in: directory) }).first {
            throw IDXDatasetError.folderInsteadOfFile(path: folder.path)
        }
        guard missing.isEmpty, let trainImages = found[0], let trainLabels = found[1],
              let testImages = found[2], let testLabels = found[3] else {
            throw IDXDatasetError.missingFiles(directory: directory.path, missingFileNames: missing,
                                               directoryExists: directoryExists)
        }
        self.directory = directory
        self.trainImages = trainImages
        self.trainLabels = trainLabels
        self.testImages = testImages
        self.testLabels = testLabels
    }

    /// The images file of `split`.
    public func images(for split: IDXSplit) -> URL {
        split == .train ? trainImages : testImages
    }

    /// The labels file of `split`.
    public func labels(for split: IDXSplit) -> URL {
        split == .train ? trainLabels : testLabels
    }

    /// The standard, uncompressed name of the images file of `split`,
    /// such as "train-images-idx3-ubyte".
    public static func imagesFileName(_ split: IDXSplit) -> String {
        "\(split.fileNamePrefix)-images-idx3-ubyte"
    }

    /// The standard, uncompressed name of the labels file of `split`,
    /// such as "train-labels-idx1-ubyte".
    public static func labelsFileName(_ split: IDXSplit) -> String {
        "\(split.fileNamePrefix)-labels-idx1-ubyte"
    }

    /// The names a file with the standard name `fileName` may have, in order of
    /// preference: plain before gzipped, standard spelling before the dotted variant.
    static func acceptedNames(for fileName: String) -> [String] {
        // "train-images-idx3-ubyte" is also spelled "train-images.idx3-ubyte".
        let dotted = fileName.replacingOccurrences(of: "-idx", with: ".idx")
        return [fileName, dotted, fileName + ".gz", dotted + ".gz"]
    }

    /// A folder in `directory` with one of the names `fileName` may have, if there is one.
    private static func folderNamed(like fileName: String, in directory: URL) -> URL? {
        acceptedNames(for: fileName).lazy.map { directory.appendingPathComponent($0, isDirectory: true) }.first {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The first accepted name for `fileName` that is a regular file (or a link to one)
    /// in `directory`.
    private static func locate(_ fileName: String, in directory: URL) -> URL? {
        for name in acceptedNames(for: fileName) {
            let candidate = directory.appendingPathComponent(name, isDirectory: false)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                return candidate
            }
        }
        return nil
    }
}
