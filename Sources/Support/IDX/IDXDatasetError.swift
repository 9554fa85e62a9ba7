import Foundation

/// Why an MNIST-format dataset could not be found or does not hang together. Problems
/// within a single file are reported as ``IDXError`` instead.
public enum IDXDatasetError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// Some of the four files are not in `directory` (or the directory does not exist).
    /// `missingFileNames` are the standard, uncompressed names.
    case missingFiles(directory: String, missingFileNames: [String], directoryExists: Bool)
    /// An images file is not a rank-3 array (items x rows x columns) of unsigned bytes.
    case wrongImageLayout(split: IDXSplit, path: String, shape: [Int], elementType: IDXElementType)
    /// A labels file is not a rank-1 array of unsigned bytes.
    case wrongLabelLayout(split: IDXSplit, path: String, shape: [Int], elementType: IDXElementType)
    /// A label is not a class index 0 ..< `classCount`; `item` counts from 0 in the file.
    case labelOutOfRange(split: IDXSplit, path: String, item: Int, label: Int, classCount: Int)
    /// `path`, named as the dataset's folder, is a file.
    case notAFolder(path: String)
    /// `path`, named like one of the dataset's files, is a folder.
    case folderInsteadOfFile(path: String)
    /// The images and labels of a split hold different numbers of items.
    case countMismatch(split: IDXSplit, imagesPath: String, imageCount: Int, labelsPath: String, labelCount: Int)

    /// The directory or files the error is about.
    public var paths: [String] {
        switch self {
        case .missingFiles(let directory, _, _): [directory]
        case .wrongImageLayout(_, let path, _, _), .wrongLabelLayout(_, let path, _, _),
             .labelOutOfRange(_, let path, _, _, _), .notAFolder(let path), .folderInsteadOfFile(let path): [path]
        case .countMismatch(_, let imagesPath, _, let labelsPath, _): [imagesPath, labelsPath]
        }
    }

    public var description: String {
        switch self {
        case .missingFiles(let directory, let missingFileNames, let directoryExists):
            return Self.missingFilesMessage(directory: directory, missingFileNames: missingFileNames,
                                            directoryExists: directoryExists)
        case .wrongImageLayout(let split, let path, let shape, let elementType):
            return "\(split) images \(path): expected a rank-3 array of unsigned bytes (items x rows x columns) "
                + "but the file holds shape \(IDXArray.describe(shape: shape)) of \(elementType.name) elements"
        case .wrongLabelLayout(let split, let path, let shape, let elementType):
            return "\(split) labels \(path): expected a rank-1 array of unsigned bytes (one label per item) "
                + "but the file holds shape \(IDXArray.describe(shape: shape)) of \(elementType.name) elements"
        case .labelOutOfRange(let split, let path, let item, let label, let classCount):
            return "\(split) labels \(path): item \(item) (counting from 0) has label \(label), but labels are "
                + "class indices 0 to \(classCount - 1); the file is damaged or not an MNIST-format label file"
        case .notAFolder(let path):
            return "\(path) is a file, not a folder: --data-dir names the folder that holds the four IDX files "
                + "(train-images-idx3-ubyte and so on)"
        case .folderInsteadOfFile(let path):
            return "\(path) is a folder, not a file: the dataset's files must be IDX files, plain or .gz"
        case .countMismatch(let split, let imagesPath, let imageCount, let labelsPath, let labelCount):
            return "\(split) images hold \(imageCount) items but \(split) labels hold \(labelCount) "
                + "(\(imagesPath) and \(labelsPath)); every image needs exactly one label"
        }
    }

    public var errorDescription: String? {
        description
    }

    /// Says what is missing and how to get it, for the default directory and for one the
    /// user named alike.
    private static func missingFilesMessage(directory: String, missingFileNames: [String], directoryExists: Bool) -> String {
        let isDefault = URL(fileURLWithPath: directory).standardizedFileURL.path
            == IDXDatasetFiles.defaultDirectory.standardizedFileURL.path
        let what = isDefault ? "Fashion-MNIST was not found in \(directory)"
                             : "No MNIST-format dataset was found in \(directory)"
        let why = directoryExists
            ? missingFileNames.map { "no \($0) or \($0).gz" }.joined(separator: ", ") + " there"
            : "no such directory"
        let install = "apt-get install \(IDXDatasetFiles.debianPackage)"
        let advice = isDefault
            ? "Install it with `\(install)`, or pass --data-dir DIR naming a folder with the four IDX files (MNIST works too)."
            : "Pass --data-dir DIR naming a folder with the four IDX files of Fashion-MNIST or MNIST "
                + "(train-images-idx3-ubyte and so on, plain or .gz), or install Fashion-MNIST with "
                + "`\(install)` and leave out --data-dir."
        return "\(what) (\(why)). \(advice)"
    }
}
