import Dispatch

extension Array where Element: Sendable {
    /// `map` on every core: each element is transformed on its own, results in order. For work
    /// that is independent per element and large (parsing the blocks of a volume, checking its
    /// reports); below two elements it is a plain `map`.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let elements = self
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: elements.count) { k in
                results.store(k, transform(elements[k]))
            }
        }
        return results.values()
    }
}

/// One slot per element, each written once by the thread that computed it.
/// `@unchecked Sendable`: slots are distinct per writer (raw memory, so no exclusivity check
/// spans them), and read only after `concurrentPerform` returned (which orders the writes
/// before the reads).
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ index: Int, _ value: T) { slots[index] = value }

    func values() -> [T] { slots.compactMap { $0 } }
}
