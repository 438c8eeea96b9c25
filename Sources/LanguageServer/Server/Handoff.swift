/// A value handed from one queue to another by moving it, not copying it: the receiver takes the
/// only reference. An analysis session is mutated in place on the analysis queue; had the sending
/// side kept a copy (a closure capture), the first mutation would copy the session's storage (the
/// whole parsed document) on every keystroke, and freeing the old copy would cost as much again.
final class Handoff<Value>: @unchecked Sendable {
    // @unchecked: each handoff is put by one queue and taken by the next one, in order (the queue
    // hops between them order the accesses).
    private var value: Value?

    init(_ value: Value) {
        self.value = value
    }

    /// Moves the value out; nil when it was taken already.
    func take() -> Value? { value.take() }

    /// Puts a value back for the next receiver.
    func put(_ value: Value) { self.value = value }
}
