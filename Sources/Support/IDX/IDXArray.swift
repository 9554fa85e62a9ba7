/// An n-dimensional array as stored in an IDX file: a shape, an element type and the
/// elements themselves, in row-major order.
///
/// This is a plain value with no notion of tensors; the engine converts it. Read one with
/// ``init(contentsOf:)``, convert its elements with ``floats`` or ``unsignedBytes``, and
/// write one with ``write(to:compression:)``.
public struct IDXArray: Sendable, Equatable {
    /// The size of each dimension, outermost first, such as `[60000, 28, 28]` for the
    /// Fashion-MNIST training images. Every size is at least 1.
    public let shape: [Int]

    /// The type of the elements.
    public let elementType: IDXElementType

    /// The elements exactly as the file stores them: row-major, each element
    /// `elementType.byteWidth` bytes wide, multi-byte elements big-endian.
    public let payload: [UInt8]

    /// Creates an array from its parts, checking that they agree.
    ///
    /// - Precondition: `shape` has between 1 and 255 dimensions, each between 1 and
    ///   `UInt32.max`, and `payload` holds exactly `shape`'s product times the element
    ///   width bytes, big-endian.
    public init(shape: [Int], elementType: IDXElementType, payload: [UInt8]) {
        Self.checkShape(shape)
        let expectedByteCount = shape.reduce(elementType.byteWidth, *)
        precondition(payload.count == expectedByteCount,
                     "an IDX array of shape \(shape) and type \(elementType.name) needs \(expectedByteCount) bytes, got \(payload.count)")
        self.shape = shape
        self.elementType = elementType
        self.payload = payload
    }

    /// Creates an array of the given shape holding `values` in row-major order; the
    /// element type follows from the Swift type of the values.
    ///
    /// - Precondition: `shape` has between 1 and 255 dimensions, each between 1 and
    ///   `UInt32.max`, and its product equals `values.count`.
    public init<Element: IDXScalar>(shape: [Int], values: [Element]) {
        Self.checkShape(shape)
        precondition(shape.reduce(1, *) == values.count,
                     "an IDX array of shape \(shape) holds \(shape.reduce(1, *)) values, got \(values.count)")
        let elementType = Element.idxElementType
        precondition(MemoryLayout<Element>.size == elementType.byteWidth,
                     "\(Element.self) is not \(elementType.byteWidth) bytes wide")
        // The values' bytes are copied wholesale, then swapped to big-endian in place.
        let payload = values.withUnsafeBytes { Array($0) }
        self.shape = shape
        self.elementType = elementType
        self.payload = ByteOrder.swappedToBigEndian(payload, width: elementType.byteWidth)
    }

    /// Creates an array directly from a decoded header and payload, already validated.
    init(validatedShape shape: [Int], elementType: IDXElementType, payload: [UInt8]) {
        self.shape = shape
        self.elementType = elementType
        self.payload = payload
    }

    /// The number of elements: the product of the shape.
    public var count: Int {
        payload.count / elementType.byteWidth
    }

    /// The number of dimensions.
    public var rank: Int {
        shape.count
    }

    /// The shape written with "x" between the sizes, such as "60000 x 28 x 28".
    public var shapeDescription: String {
        Self.describe(shape: shape)
    }

    static func describe(shape: [Int]) -> String {
        shape.map(String.init).joined(separator: " x ")
    }

    private static func checkShape(_ shape: [Int]) {
        precondition(!shape.isEmpty, "an IDX array needs at least one dimension")
        precondition(shape.count <= Int(UInt8.max), "an IDX array has at most 255 dimensions, got \(shape.count)")
        for size in shape {
            // The file stores each size as a UInt32; zero is rejected on reading, so it is
            // rejected here too, to keep every written file readable.
            precondition(size >= 1 && UInt64(size) <= UInt64(UInt32.max),
                         "every dimension of an IDX array must be between 1 and \(UInt32.max), got shape \(shape)")
        }
    }
}

/// A Swift number type that IDX files can hold: `UInt8`, `Int8`, `Int16`, `Int32`,
/// `Float` and `Double`. The module provides every conformance; other types should not
/// conform.
public protocol IDXScalar: Sendable {
    /// The IDX element type whose elements this Swift type represents exactly.
    static var idxElementType: IDXElementType { get }
}

extension UInt8: IDXScalar {
    public static var idxElementType: IDXElementType { .unsignedByte }
}

extension Int8: IDXScalar {
    public static var idxElementType: IDXElementType { .signedByte }
}

extension Int16: IDXScalar {
    public static var idxElementType: IDXElementType { .int16 }
}

extension Int32: IDXScalar {
    public static var idxElementType: IDXElementType { .int32 }
}

extension Float: IDXScalar {
    public static var idxElementType: IDXElementType { .float32 }
}

extension Double: IDXScalar {
    public static var idxElementType: IDXElementType { .float64 }
}
