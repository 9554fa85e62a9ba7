// The learner's stubs call `notImplemented` instead of crashing: the run goes on, the
// function returns a placeholder of the right shape, and the test that called it can
// say "Exercise 2.3 is not implemented yet" instead of reporting a wrong value.
import Synchronization

/// Records that the stub of exercise part `part` (for example `"2.3"`) ran, and returns
/// `placeholder`, a value of the right type and shape so the caller keeps going.
public func notImplemented<Value>(_ part: String, placeholder: Value) -> Value {
    StubRegistry.record(part)
    return placeholder
}

/// The exercise parts whose stubs have run in this process.
///
/// Tests run in parallel, so the set sits behind a lock; each test asks only about its
/// own part, so tests do not disturb each other.
public enum StubRegistry {
    private static let called = Mutex<Set<String>>([])

    /// Notes that the stub of `part` ran.
    public static func record(_ part: String) {
        called.withLock { _ = $0.insert(part) }
    }

    /// Whether the stub of `part` has run since the last `reset(part)`.
    public static func wasCalled(_ part: String) -> Bool {
        called.withLock { $0.contains(part) }
    }

    /// Every part whose stub has run, in order.
    public static func calledParts() -> [String] {
        called.withLock { $0.sorted() }
    }

    /// Forgets every stub that ran.
    public static func resetAll() {
        called.withLock { $0.removeAll() }
    }

    /// Forgets that the stub of `part` ran.
    public static func reset(_ part: String) {
        called.withLock { _ = $0.remove(part) }
    }
}
