// Reading a submission's files, and nothing else. Each graded file is opened only if every
// step of its path inside the submission is a real folder and the file itself a regular file:
// a symbolic link (to /etc/passwd, to the instructor's solutions/, to /dev/zero), a FIFO, a
// device or a socket is refused and named, as is a file too large to be an exercise or one
// that is not UTF-8. The grader then builds from the bytes read here, never from the
// submission's folder again, so nothing outside it is read on its behalf.
import Foundation

public enum SubmissionIntake {
    /// The largest exercise file accepted: the course's are a few kilobytes.
    public static let maximumBytes = 1 << 20

    /// The text of `file` (a path relative to `folder`), or why it cannot be graded.
    public static func read(_ file: String, in folder: URL) -> Result<String, Problem> {
        var path = folder.path
        let steps = file.split(separator: "/")
        for (index, step) in steps.enumerated() {
            guard step != "..", step != "." else { return .failure(.outside) }
            path += "/" + step
            var status = stat()
            guard lstat(path, &status) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
            let kind = status.st_mode & S_IFMT
            if kind == S_IFLNK {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                return .failure(.link(at: steps.prefix(index + 1).joined(separator: "/"), target: target))
            }
            if index < steps.count - 1 {
                guard kind == S_IFDIR else { return .failure(.notAFile(kind: describe(kind))) }
            } else {
                guard kind == S_IFREG else { return .failure(.notAFile(kind: describe(kind))) }
                guard status.st_size <= maximumBytes else { return .failure(.tooLarge(bytes: Int(status.st_size))) }
            }
        }
        // Opened without following a link and without waiting for a writer, then checked again:
        // the file cannot be swapped for something else between the look and the read.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return .failure(.notAFile(kind: describe(status.st_mode & S_IFMT)))
        }
        guard let data = try? handle.read(upToCount: maximumBytes + 1) ?? Data() else {
            return .failure(.unreadable("the read failed"))
        }
        guard data.count <= maximumBytes else { return .failure(.tooLarge(bytes: data.count)) }
        if let offset = firstInvalidUTF8(data) { return .failure(.notUTF8(offset: offset, byte: data[offset])) }
        return .success(String(decoding: data, as: UTF8.self))
    }

    /// Why a file cannot be graded.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case link(at: String, target: String)
        case notAFile(kind: String)
        case tooLarge(bytes: Int)
        case notUTF8(offset: Int, byte: UInt8)
        case outside
        case unreadable(String)

        public var description: String {
            switch self {
            case let .link(at, target):
                "\(at) is a symbolic link (to \(target)); submit the file itself: the grader reads nothing outside a submission"
            case let .notAFile(kind): "it is \(kind), not a regular file"
            case let .tooLarge(bytes):
                "it is \(bytes) bytes, more than the \(maximumBytes / 1024) KB an exercise file may have"
            case let .notUTF8(offset, byte):
                "it is not UTF-8: byte \(offset) is 0x\(String(byte, radix: 16, uppercase: true)); save the file as UTF-8"
            case .outside: "its path leads out of the submission"
            case let .unreadable(reason): "it cannot be read: \(reason)"
            }
        }
    }

    /// The offset of the first byte of `data` that does not begin or continue a UTF-8 character.
    static func firstInvalidUTF8(_ data: Data) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a regular file"
        }
    }
}
