// Foundation's file errors say "Error Domain=NSCocoaErrorDomain Code=257 …" when printed. The
// course tool says which path, and what is wrong with it, in words.
import Foundation

/// `error` as a sentence: the path it concerns, if any, and the operating system's reason.
public func describeFileError(_ error: any Error) -> String {
    let error = error as NSError
    let path = (error.userInfo[NSFilePathErrorKey] as? String) ?? (error.userInfo[NSURLErrorKey] as? URL)?.path
    var reason = error.localizedFailureReason ?? error.localizedDescription
    // On Linux the underlying error is often a Swift POSIXError, which `as? NSError` does not match.
    if let underlying = (error.userInfo[NSUnderlyingErrorKey] as? any Error).map({ $0 as NSError }),
       underlying.domain == NSPOSIXErrorDomain {
        reason = String(cString: strerror(Int32(underlying.code)))
    } else if error.domain == NSPOSIXErrorDomain {
        reason = String(cString: strerror(Int32(error.code)))
    }
    guard error.domain == NSCocoaErrorDomain || error.domain == NSPOSIXErrorDomain else { return "\(error)" }
    return path.map { "\($0): \(reason)" } ?? reason
}
