extension IDXArray {
    /// The elements converted to `Float`, in row-major order, whatever their stored type.
    ///
    /// Unsigned bytes become 0...255 (no scaling: that is the engine's choice to make).
    /// `Int32` values beyond 2^24 and `Float64` values are rounded to the nearest `Float`.
    public var floats: [Float] {
        convertedElements { Float($0) }
    }

    /// The elements converted to `Double`, in row-major order, whatever their stored type.
    /// Every IDX element type converts to `Double` exactly.
    public var doubles: [Double] {
        convertedElements { $0 }
    }

    /// The elements of an unsigned-byte array, such as MNIST's pixels or labels.
    ///
    /// - Precondition: `elementType` is ``IDXElementType/unsignedByte``.
    public var unsignedBytes: [UInt8] {
        precondition(elementType == .unsignedByte,
                     "unsignedBytes needs an unsigned-byte IDX array, but this one holds \(elementType.name) elements")
        return payload
    }

    /// The elements as the Swift type that represents the stored type exactly, such as
    /// `[Int16]` for ``IDXElementType/int16``, in row-major order and host byte order.
    ///
    /// - Precondition: `Element.idxElementType == elementType`.
    public func values<Element: IDXScalar>(as type: Element.Type = Element.self) -> [Element] {
        precondition(Element.idxElementType == elementType,
                     "values(as: \(Element.self).self) needs an IDX array of \(Element.idxElementType.name) elements, but this one holds \(elementType.name) elements")
        let count = self.count
        return [Element](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            // Copy the big-endian bytes wholesale, then swap them into host order in place.
            let destination = UnsafeMutableRawBufferPointer(buffer)
            payload.withUnsafeBytes { destination.copyMemory(from: $0) }
            ByteOrder.swapBigEndianInPlace(destination, width: elementType.byteWidth)
            initializedCount = count
        }
    }

    /// Decodes every element to `Double` and passes it through `convert`.
    ///
    /// The switch on the element type sits outside the loops, so each loop is a tight
    /// pass over the raw bytes with no per-element branching or array growth.
    @inline(__always)
    private func convertedElements<Result>(_ convert: (Double) -> Result) -> [Result] {
        switch elementType {
        case .unsignedByte:
            mapRawElements { raw, index in convert(Double(raw[index])) }
        case .signedByte:
            mapRawElements { raw, index in convert(Double(Int8(bitPattern: raw[index]))) }
        case .int16:
            mapRawElements { raw, index in
                let bits = UInt16(bigEndian: raw.loadUnaligned(fromByteOffset: 2 * index, as: UInt16.self))
                return convert(Double(Int16(bitPattern: bits)))
            }
        case .int32:
            mapRawElements { raw, index in
                let bits = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self))
                return convert(Double(Int32(bitPattern: bits)))
            }
        case .float32:
            mapRawElements { raw, index in
                let bits = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self))
                return convert(Double(Float(bitPattern: bits)))
            }
        case .float64:
            mapRawElements { raw, index in
                let bits = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8 * index, as: UInt64.self))
                return convert(Double(bitPattern: bits))
            }
        }
    }

    /// Builds an array of `count` results, the element at `index` computed from the raw
    /// payload by `element(payload, index)`.
    @inline(__always)
    private func mapRawElements<Result>(
        _ element: (UnsafeRawBufferPointer, Int) -> Result
    ) -> [Result] {
        let count = self.count
        return payload.withUnsafeBytes { raw in
            [Result](unsafeUninitializedCapacity: count) { buffer, initializedCount in
                for index in 0..<count {
                    buffer.initializeElement(at: index, to: element(raw, index))
                }
                initializedCount = count
            }
        }
    }
}

/// Conversion between big-endian file order and the host's byte order.
enum ByteOrder {
    static let hostIsBigEndian = 1.bigEndian == 1

    /// `bytes`, read as elements `width` bytes wide in host order, rewritten big-endian.
    static func swappedToBigEndian(_ bytes: [UInt8], width: Int) -> [UInt8] {
        var result = bytes
        result.withUnsafeMutableBytes { swapBigEndianInPlace($0, width: width) }
        return result
    }

    /// Reverses the bytes of every `width`-byte element of `buffer` on a little-endian
    /// host, and does nothing on a big-endian one. Swapping is its own inverse, so this
    /// converts in either direction.
    static func swapBigEndianInPlace(_ buffer: UnsafeMutableRawBufferPointer, width: Int) {
        guard !hostIsBigEndian else { return }
        switch width {
        case 2: swapInPlace(buffer, as: UInt16.self)
        case 4: swapInPlace(buffer, as: UInt32.self)
        case 8: swapInPlace(buffer, as: UInt64.self)
        default: break  // single bytes have no order
        }
    }

    private static func swapInPlace<Word: FixedWidthInteger>(
        _ buffer: UnsafeMutableRawBufferPointer, as word: Word.Type
    ) {
        let width = MemoryLayout<Word>.size
        for offset in stride(from: 0, to: buffer.count - width + 1, by: width) {
            let value = buffer.loadUnaligned(fromByteOffset: offset, as: Word.self)
            buffer.storeBytes(of: value.byteSwapped, toByteOffset: offset, as: Word.self)
        }
    }
}
