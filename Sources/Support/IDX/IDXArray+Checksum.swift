import CZlib

extension IDXArray {
    /// The CRC-32 (zlib's) of the array's elements: a fingerprint by which a known dataset,
    /// such as Fashion-MNIST, is recognised whatever its files are called or compressed with.
    public var checksum: UInt32 {
        payload.withUnsafeBufferPointer { UInt32(truncatingIfNeeded: crc32(0, $0.baseAddress, UInt32($0.count))) }
    }
}
