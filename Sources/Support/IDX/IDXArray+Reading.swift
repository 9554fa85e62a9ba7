import Foundation

extension IDXArray {
    /// Reads the IDX file at `url`, plain or gzip-compressed.
    ///
    /// Compression is recognized by the gzip magic number (1f 8b) at the start of the
    /// file, not by its name, so a misnamed file still reads. Everything is validated:
    /// the header, and that the data is exactly as long as the header promises.
    ///
    /// - Parameter expected: The element type the file must hold, checked before its data
    ///   (a file of another type would otherwise look truncated or padded).
    /// - Throws: ``IDXError``, naming the file and saying what is wrong with it.
    public init(contentsOf url: URL, expecting expected: IDXElementType? = nil) throws {
        let path = url.path
        let data: Data
        do {
            // Mapping avoids copying a large plain file; the payload is copied out once.
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw IDXError(path: path, kind: .unreadable(reason: Self.reason(forFailureToRead: path, error)))
        }
        try self.init(decoding: data, path: path, expecting: expected)
    }

    /// Decodes the contents of an IDX file held in memory, plain or gzip-compressed.
    ///
    /// - Parameter path: The name to give the bytes in error messages.
    /// - Throws: ``IDXError``, saying what is wrong with the bytes.
    public init(decoding data: Data, path: String, expecting expected: IDXElementType? = nil) throws {
        self = try data.withUnsafeBytes { bytes in
            guard Gzip.hasMagicNumber(bytes) else {
                return try Self.decode(bytes, path: path, wasGzipCompressed: false, expecting: expected)
            }
            let decompressed = try Gzip.decompress(bytes, path: path)
            return try decompressed.withUnsafeBytes {
                try Self.decode($0, path: path, wasGzipCompressed: true, expecting: expected)
            }
        }
    }

    /// Decodes an uncompressed IDX file: validates its header, then checks the data is
    /// exactly as long as the header promises and copies it out in one go.
    private static func decode(_ bytes: UnsafeRawBufferPointer, path: String, wasGzipCompressed: Bool,
                               expecting expected: IDXElementType?) throws -> IDXArray {
        let header = try IDXHeader.parse(bytes, path: path, wasGzipCompressed: wasGzipCompressed)
        if let expected, header.elementType != expected {
            throw IDXError(path: path, kind: .unexpectedElementType(found: header.elementType, expected: expected),
                           wasGzipCompressed: wasGzipCompressed)
        }
        // parse has checked that the data size fits in an Int.
        let expectedByteCount = header.dataByteCount ?? 0
        let actualByteCount = bytes.count - header.byteCount
        if actualByteCount < expectedByteCount {
            throw IDXError(path: path,
                           kind: .truncatedData(shape: header.shape, elementType: header.elementType,
                                                expectedByteCount: expectedByteCount, actualByteCount: actualByteCount),
                           wasGzipCompressed: wasGzipCompressed)
        }
        if actualByteCount > expectedByteCount {
            throw IDXError(path: path,
                           kind: .extraBytesAfterData(shape: header.shape, elementType: header.elementType,
                                                      expectedByteCount: expectedByteCount, actualByteCount: actualByteCount),
                           wasGzipCompressed: wasGzipCompressed)
        }
        let payload = Array(UnsafeRawBufferPointer(rebasing: bytes[header.byteCount...]))
        return IDXArray(validatedShape: header.shape, elementType: header.elementType, payload: payload)
    }

    /// A plain explanation of why `path` could not be read, preferring the common cases'
    /// own words to Foundation's generic message.
    static func reason(forFailureToRead path: String, _ error: any Error) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return "there is no such file"
        }
        if isDirectory.boolValue {
            return "it is a directory, not a file"
        }
        if !FileManager.default.isReadableFile(atPath: path) {
            return "permission denied: the file is not readable"
        }
        return "the file could not be read (\(error.localizedDescription))"
    }
}
