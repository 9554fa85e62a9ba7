/// The type of the elements stored in an IDX file.
///
/// The raw value is the type code found in the third byte of the file's magic number.
/// Multi-byte elements are stored big-endian.
public enum IDXElementType: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// 0x08: `UInt8`, the type of MNIST's pixels and labels.
    case unsignedByte = 0x08
    /// 0x09: `Int8`.
    case signedByte = 0x09
    /// 0x0B: `Int16`, big-endian.
    case int16 = 0x0B
    /// 0x0C: `Int32`, big-endian.
    case int32 = 0x0C
    /// 0x0D: `Float` (IEEE 754 single precision), big-endian.
    case float32 = 0x0D
    /// 0x0E: `Double` (IEEE 754 double precision), big-endian.
    case float64 = 0x0E

    /// The number of bytes one element occupies in the file.
    public var byteWidth: Int {
        switch self {
        case .unsignedByte, .signedByte: 1
        case .int16: 2
        case .int32, .float32: 4
        case .float64: 8
        }
    }

    /// A short human-readable name, such as "unsigned byte" or "Float32".
    public var name: String {
        switch self {
        case .unsignedByte: "unsigned byte"
        case .signedByte: "signed byte"
        case .int16: "Int16"
        case .int32: "Int32"
        case .float32: "Float32"
        case .float64: "Float64"
        }
    }

    /// The type code in hexadecimal, as written in the IDX format description ("0x08").
    public var hexadecimalCode: String {
        "0x" + hexadecimal(rawValue, digits: 2)
    }

    /// The name followed by the type code, such as "unsigned byte (0x08)".
    public var description: String {
        "\(name) (\(hexadecimalCode))"
    }

    /// Every known type code with its name, for error messages that list the valid choices.
    static var listOfKnownCodes: String {
        allCases.map { "\($0.hexadecimalCode) \($0.name)" }.joined(separator: ", ")
    }
}

/// Formats `value` in upper-case hexadecimal, padded with zeros to `digits` digits.
func hexadecimal(_ value: some BinaryInteger, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
}
