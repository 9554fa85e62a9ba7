/// The header of an IDX file: a 4-byte magic number (two zero bytes, the type code, the
/// number of dimensions) followed by the size of each dimension as a big-endian `UInt32`.
struct IDXHeader: Equatable {
    let elementType: IDXElementType
    let shape: [Int]

    /// The length of the header in bytes: the magic number and one `UInt32` per dimension.
    var byteCount: Int {
        4 + 4 * shape.count
    }

    /// Reads and validates the header at the start of `bytes`, the (decompressed) file.
    /// Errors name `path`; `wasGzipCompressed` only adjusts their wording.
    ///
    /// On return every dimension is at least 1. The data size is checked by the caller.
    static func parse(_ bytes: UnsafeRawBufferPointer, path: String, wasGzipCompressed: Bool) throws -> IDXHeader {
        func failure(_ kind: IDXError.Kind) -> IDXError {
            IDXError(path: path, kind: kind, wasGzipCompressed: wasGzipCompressed)
        }

        guard bytes.count >= 4 else {
            throw failure(.shorterThanMagicNumber(byteCount: bytes.count))
        }
        guard bytes[0] == 0 && bytes[1] == 0 else {
            let magic = UInt32(bigEndian: bytes.loadUnaligned(as: UInt32.self))
            throw failure(.badMagicNumber(magic))
        }
        guard let elementType = IDXElementType(rawValue: bytes[2]) else {
            throw failure(.unknownElementType(code: bytes[2]))
        }
        let dimensionCount = Int(bytes[3])
        guard dimensionCount > 0 else {
            throw failure(.noDimensions)
        }
        let headerByteCount = 4 + 4 * dimensionCount
        guard bytes.count >= headerByteCount else {
            throw failure(.headerCutShort(dimensionCount: dimensionCount, headerByteCount: headerByteCount,
                                          byteCount: bytes.count))
        }
        let shape = (0..<dimensionCount).map { dimension in
            Int(UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: 4 + 4 * dimension, as: UInt32.self)))
        }
        // An empty array is not forbidden by the format, but in practice a zero in the
        // header means a damaged or half-written file, and an empty dataset would only
        // fail later, further from the cause (a division by zero in a mean, say).
        if let zeroIndex = shape.firstIndex(of: 0) {
            throw failure(.zeroSizedDimension(shape: shape, dimensionIndex: zeroIndex))
        }
        let header = IDXHeader(elementType: elementType, shape: shape)
        guard header.dataByteCount != nil else {
            throw failure(.dataTooLarge(shape: shape, elementType: elementType))
        }
        return header
    }

    /// The number of data bytes the header promises, or nil if it does not fit in an `Int`
    /// (up to 255 dimensions of up to 2^32 - 1 each can describe absurd sizes).
    var dataByteCount: Int? {
        var product = elementType.byteWidth
        for size in shape {
            let (next, overflow) = product.multipliedReportingOverflow(by: size)
            if overflow { return nil }
            product = next
        }
        return product
    }

    /// The header's bytes as they appear in a file.
    var encoded: [UInt8] {
        var bytes: [UInt8] = [0, 0, elementType.rawValue, UInt8(shape.count)]
        bytes.reserveCapacity(byteCount)
        for size in shape {
            let bigEndianSize = UInt32(size).bigEndian
            withUnsafeBytes(of: bigEndianSize) { bytes.append(contentsOf: $0) }
        }
        return bytes
    }
}
