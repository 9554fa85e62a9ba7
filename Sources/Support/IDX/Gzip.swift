import CZlib

/// Whole-buffer gzip compression and decompression with zlib.
///
/// Failures are thrown as ``IDXError``s naming `path`, the file the bytes belong to.
package enum Gzip {
    /// zlib counts bytes in 32-bit fields, so larger buffers are handed over in chunks.
    private static let maximumChunk = 1 << 30

    /// Whether `bytes` starts with the gzip magic number, 1f 8b.
    static func hasMagicNumber(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The decompressed contents of the gzip data `input`. Several gzip streams in a row
    /// (as `cat a.gz b.gz` makes) decompress to their contents in a row, as with gunzip.
    package static func decompress(_ input: UnsafeRawBufferPointer, path: String) throws -> [UInt8] {
        var stream = z_stream()
        let initStatus = czlib_inflate_init_gzip_or_zlib(&stream)
        guard initStatus == Z_OK else {
            throw failure(initStatus, &stream, path: path)
        }
        defer { inflateEnd(&stream) }

        var output = [UInt8](repeating: 0, count: initialCapacity(forCompressed: input))
        var producedCount = 0
        var fedCount = 0  // input bytes handed to zlib so far; zlib holds `avail_in` of them
        while true {
            if stream.avail_in == 0 && fedCount < input.count {
                let chunk = min(input.count - fedCount, maximumChunk)
                stream.next_in = UnsafeMutablePointer(
                    mutating: input.baseAddress!.advanced(by: fedCount).assumingMemoryBound(to: Bytef.self))
                stream.avail_in = uInt(chunk)
                fedCount += chunk
            }
            if producedCount == output.count {
                // Appending doubles the capacity, so growing costs amortized constant time per byte.
                output.append(contentsOf: repeatElement(0, count: max(output.count, 1 << 16)))
            }
            let status = output.withUnsafeMutableBytes { buffer in
                let room = min(buffer.count - producedCount, maximumChunk)
                stream.next_out = buffer.baseAddress!.advanced(by: producedCount).assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(room)
                let status = inflate(&stream, Z_NO_FLUSH)
                producedCount += room - Int(stream.avail_out)
                return status
            }
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                let consumedCount = fedCount - Int(stream.avail_in)
                if consumedCount == input.count {
                    output.removeSubrange(producedCount...)
                    return output
                }
                let rest = UnsafeRawBufferPointer(rebasing: input[consumedCount...])
                guard hasMagicNumber(rest) else {
                    throw IDXError(path: path, kind: .bytesAfterGzipStream(byteCount: rest.count),
                                   wasGzipCompressed: true)
                }
                let resetStatus = inflateReset(&stream)
                guard resetStatus == Z_OK else {
                    throw failure(resetStatus, &stream, path: path)
                }
            case Z_BUF_ERROR:
                // There is always room for output, so zlib is stuck for want of input:
                // all of it has been fed and the stream has not ended.
                throw IDXError(path: path, kind: .truncatedGzip(compressedByteCount: input.count),
                               wasGzipCompressed: true)
            case Z_DATA_ERROR, Z_NEED_DICT:
                throw IDXError(path: path, kind: .corruptGzip(zlibMessage: message(of: &stream, status: status)),
                               wasGzipCompressed: true)
            default:
                throw failure(status, &stream, path: path)
            }
        }
    }

    /// `input` compressed into a gzip stream at compression `level` (0-9).
    static func compress(_ input: UnsafeRawBufferPointer, level: Int32, path: String) throws -> [UInt8] {
        var stream = z_stream()
        let initStatus = czlib_deflate_init_gzip(&stream, level)
        guard initStatus == Z_OK else {
            throw failure(initStatus, &stream, path: path)
        }
        defer { deflateEnd(&stream) }

        // deflateBound is an upper bound for the whole output, so normally one buffer does.
        let bound = Int(deflateBound(&stream, uLong(input.count)))
        var output = [UInt8](repeating: 0, count: bound + 64)
        var producedCount = 0
        var fedCount = 0
        while true {
            if stream.avail_in == 0 && fedCount < input.count {
                let chunk = min(input.count - fedCount, maximumChunk)
                stream.next_in = UnsafeMutablePointer(
                    mutating: input.baseAddress!.advanced(by: fedCount).assumingMemoryBound(to: Bytef.self))
                stream.avail_in = uInt(chunk)
                fedCount += chunk
            }
            if producedCount == output.count {
                output.append(contentsOf: repeatElement(0, count: max(output.count, 1 << 16)))
            }
            let flush = fedCount == input.count ? Z_FINISH : Z_NO_FLUSH
            let status = output.withUnsafeMutableBytes { buffer in
                let room = min(buffer.count - producedCount, maximumChunk)
                stream.next_out = buffer.baseAddress!.advanced(by: producedCount).assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(room)
                let status = deflate(&stream, flush)
                producedCount += room - Int(stream.avail_out)
                return status
            }
            switch status {
            case Z_STREAM_END:
                output.removeSubrange(producedCount...)
                return output
            case Z_OK, Z_BUF_ERROR:
                continue
            default:
                throw failure(status, &stream, path: path)
            }
        }
    }

    /// A first guess at the decompressed size, to avoid growing the output buffer.
    ///
    /// A gzip stream ends with its uncompressed size modulo 2^32, little-endian. It is only
    /// a hint: it is wrong for several concatenated streams, for contents of 4 GiB or more,
    /// and for a corrupt file, so it is capped at deflate's largest possible expansion
    /// (about 1032 to 1) and the decompression loop grows the buffer when needed.
    private static func initialCapacity(forCompressed input: UnsafeRawBufferPointer) -> Int {
        let fallback = 4 * input.count + (1 << 16)
        guard input.count >= 18 else { return fallback }
        let storedSize = Int(UInt32(littleEndian: input.loadUnaligned(fromByteOffset: input.count - 4, as: UInt32.self)))
        let largestPossible = 1032 * input.count + (1 << 16)
        guard storedSize > 0 && storedSize <= largestPossible else { return fallback }
        // Spare room lets zlib report the end of the stream in the same call that fills it.
        return storedSize + 64
    }

    private static func message(of stream: inout z_stream, status: Int32) -> String {
        if let message = stream.msg {
            return String(cString: message)
        }
        return String(cString: zError(status))
    }

    private static func failure(_ status: Int32, _ stream: inout z_stream, path: String) -> IDXError {
        IDXError(path: path, kind: .zlibFailure(code: status, zlibMessage: message(of: &stream, status: status)),
                 wasGzipCompressed: true)
    }
}
