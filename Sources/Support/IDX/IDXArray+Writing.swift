import CZlib
import Foundation

/// How ``IDXArray/write(to:compression:)`` stores a file.
public enum IDXCompression: Sendable, Equatable, CaseIterable {
    /// The plain IDX bytes, as in `train-images-idx3-ubyte`.
    case none
    /// The IDX bytes in a gzip wrapper, as in `train-images-idx3-ubyte.gz`, at zlib's
    /// default compression level.
    case gzip
}

extension IDXArray {
    /// The bytes of an IDX file holding this array: header then payload, optionally
    /// gzip-compressed.
    ///
    /// - Parameter path: The name to give the bytes in error messages.
    /// - Throws: ``IDXError`` if zlib fails, which only lack of memory should cause.
    public func encoded(compression: IDXCompression = .none, path: String = "<memory>") throws -> Data {
        var plain = IDXHeader(elementType: elementType, shape: shape).encoded
        plain.append(contentsOf: payload)
        switch compression {
        case .none:
            return Data(plain)
        case .gzip:
            let compressed = try plain.withUnsafeBytes {
                try Gzip.compress($0, level: Z_DEFAULT_COMPRESSION, path: path)
            }
            return Data(compressed)
        }
    }

    /// Writes this array to `url` as an IDX file, plain or gzip-compressed. The file is
    /// written atomically: readers never see half of it.
    ///
    /// - Throws: ``IDXError`` naming the file if it cannot be written.
    public func write(to url: URL, compression: IDXCompression = .none) throws {
        let path = url.path
        let data = try encoded(compression: compression, path: path)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw IDXError(path: path, kind: .unwritable(reason: Self.reason(forFailureToWrite: url, error)))
        }
    }

    /// A plain explanation of why `url` could not be written, preferring the common cases'
    /// own words to Foundation's generic message.
    private static func reason(forFailureToWrite url: URL, _ error: any Error) -> String {
        let parent = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) || !isDirectory.boolValue {
            return "there is no directory \(parent)"
        }
        if !FileManager.default.isWritableFile(atPath: parent) {
            return "permission denied: the directory \(parent) is not writable"
        }
        return "the file could not be written (\(error.localizedDescription))"
    }
}
