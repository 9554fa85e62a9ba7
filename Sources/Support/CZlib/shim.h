// The C side of the CZlib module: zlib itself, plus wrappers for the parts of its API
// that are C macros and so cannot be called from Swift.
#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H

#include <zlib.h>

/// Prepares `stream` for inflating either a gzip or a zlib stream, detected from its
/// header (windowBits 15 + 32: the largest window, automatic header detection).
/// Returns Z_OK on success. `stream`'s allocator fields must be zero (Z_NULL).
static inline int czlib_inflate_init_gzip_or_zlib(z_streamp stream) {
    return inflateInit2(stream, 15 + 32);
}

/// Prepares `stream` for deflating into a gzip stream (windowBits 15 + 16: the largest
/// window, gzip header and trailer) at compression `level` (0-9, or Z_DEFAULT_COMPRESSION).
/// Returns Z_OK on success. `stream`'s allocator fields must be zero (Z_NULL).
static inline int czlib_deflate_init_gzip(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

#endif
