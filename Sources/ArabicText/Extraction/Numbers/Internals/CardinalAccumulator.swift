/// The state of a cardinal number being read left to right, one component at a time.
///
/// Components are digit strings and number words, each with or without a joining و. The
/// accumulator accepts only the orders Arabic uses, so `خمسة وعشرون` is 25 and
/// `مئة وخمسة وعشرون ألفًا` is 125000, while `5 و10` stops after 5 (two numbers, not one).
///
/// `total` holds what is already multiplied by a scale word (`ألف`، `مليون`); `current` is the
/// part below the last scale.
struct CardinalAccumulator: Sendable {
    /// One component: a digit string or a number word.
    enum Component: Sendable {
        case digits(Double)
        case word(NumberLexicon.Cardinal)
    }

    private(set) var total: Double = 0
    private(set) var current: Double = 0
    private var lastScale: Double = 0
    private var sign: Double = 1
    private var started = false
    /// The small part's pieces: hundreds, units, tens (for the و orders).
    private var hasHundreds = false
    private var hasUnit = false
    private var hasTens = false
    private var isDigits = false
    private var afterScale = false
    private var isFraction = false
    /// The value of أحد/إحدى/اثنا… waiting for عشر/عشرة.
    private var pendingCompound: Double?
    /// The integer part waiting for the digits after فاصلة.
    private var pendingDecimal = false

    /// Whether what was read so far is a whole number expression.
    var isComplete: Bool { started && pendingCompound == nil && !pendingDecimal }

    /// The value read so far.
    var value: Double { sign * (total + current) }

    /// Adds `component`; `joined` when a و stands before it. Returns `false` (and changes
    /// nothing) when Arabic does not continue a number this way.
    mutating func accept(_ component: Component, joined: Bool) -> Bool {
        var next = self
        guard next.apply(component, joined: joined) else { return false }
        self = next
        return true
    }

    private mutating func apply(_ component: Component, joined: Bool) -> Bool {
        if pendingDecimal {
            guard !joined else { return false }
            let digits: Double
            switch component {
            case .digits(let v): digits = v
            case .word(let w) where w.kind == .one || w.kind == .unit || w.kind == .ten || w.kind == .teen
                || w.kind == .tens || w.kind == .hundred:
                digits = w.value
            default: return false
            }
            guard digits >= 0, digits == digits.rounded() else { return false }
            var scale = 10.0
            while digits >= scale { scale *= 10 }
            current += digits / scale
            pendingDecimal = false
            hasTens = true
            return true
        }
        if !started {
            guard !joined else { return false }
            return start(with: component)
        }
        if joined { return join(component) }
        return juxtapose(component)
    }

    /// The first component.
    private mutating func start(with component: Component) -> Bool {
        switch component {
        case .digits(let v):
            current = v
            isDigits = true
        case .word(let w):
            switch w.kind {
            case .negative:
                // سالب خمسة: the sign, then the number.
                guard sign == 1 else { return false }
                sign = -1
                return true
            case .one, .unit:
                current = w.value
                hasUnit = true
            case .unitCompound:
                pendingCompound = w.value
            case .ten:
                current = 10
                hasUnit = true
            case .teen, .tens:
                current = w.value
                hasTens = true
            case .hundred:
                current = w.value
                hasHundreds = true
            case .scale:
                applyScale(w.value)
            case .scaleDual:
                total = w.value
                lastScale = w.value / 2
                afterScale = true
            case .fraction:
                current = w.value
                isFraction = true
            case .scalePlural, .fractionPlural, .decimal, .percent:
                return false
            }
        }
        started = true
        return true
    }

    /// A component written right after the previous one, without و.
    private mutating func juxtapose(_ component: Component) -> Bool {
        guard case .word(let w) = component else { return false }
        if let pending = pendingCompound {
            guard w.kind == .ten else { return false }
            current = pending + 10
            pendingCompound = nil
            hasTens = true
            return true
        }
        switch w.kind {
        case .ten:
            // ثلاثة عشر، مئة وخمسة عشر: a unit 2–9 and عشر/عشرة.
            let unit = current.truncatingRemainder(dividingBy: 100)
            guard hasUnit, !hasTens, !isDigits, !afterScale, unit >= 2, unit <= 9 else { return false }
            current += 10
            hasUnit = false
            hasTens = true
            return true
        case .hundred where w.value == 100:
            // ثلاث مئة
            guard hasUnit, !hasTens, !hasHundreds, !isDigits, !afterScale, current >= 3, current <= 9 else { return false }
            current *= 100
            hasUnit = false
            hasHundreds = true
            return true
        case .scale, .scaleDual:
            // خمسة آلاف is plural; after a number, ألفًا / مليونًا (read ألفا / مليونا) is the singular.
            let scale = w.kind == .scaleDual ? w.value / 2 : w.value
            guard current > 0 || (afterScale && scale > lastScale) else { return false }
            guard lastScale == 0 || scale != lastScale else { return false }
            applyScale(scale)
            return true
        case .scalePlural:
            guard current > 0 else { return false }
            guard lastScale == 0 || w.value != lastScale else { return false }
            applyScale(w.value)
            return true
        case .fractionPlural:
            // ثلاثة أرباع
            guard hasUnit, !afterScale, !isDigits, current >= 2, current <= 10 else { return false }
            current *= w.value
            hasUnit = false
            isFraction = true
            return true
        case .decimal:
            guard current > 0 || hasUnit, !afterScale, !isFraction, current == current.rounded() else { return false }
            pendingDecimal = true
            return true
        default:
            return false
        }
    }

    /// A component after و.
    private mutating func join(_ component: Component) -> Bool {
        if afterScale {
            // After a scale: anything smaller (مليون و100 ألف، ألف ومئتان، مليون ونصف).
            switch component {
            case .digits(let v):
                guard v < lastScale else { return false }
                current = v
                isDigits = true
            case .word(let w):
                switch w.kind {
                case .one, .unit:
                    current = w.value
                    hasUnit = true
                case .unitCompound:
                    pendingCompound = w.value
                case .ten:
                    current = 10
                    hasUnit = true
                case .teen, .tens:
                    current = w.value
                    hasTens = true
                case .hundred:
                    current = w.value
                    hasHundreds = true
                case .scaleDual:
                    guard w.value / 2 < lastScale else { return false }
                    total += w.value
                    lastScale = w.value / 2
                    return true
                case .scale:
                    guard w.value < lastScale else { return false }
                    applyScale(w.value)
                    return true
                case .fraction:
                    total += w.value * lastScale
                    isFraction = true
                    lastScale = 0.5  // nothing may follow
                    return true
                default:
                    return false
                }
            }
            afterScale = false
            return true
        }
        guard case .word(let w) = component, !isDigits, !isFraction else { return false }
        if let pending = pendingCompound {
            // إحدى وعشرون، أحد وعشرون: 21, 31 …
            guard w.kind == .tens, pending.truncatingRemainder(dividingBy: 100) == 1 else { return false }
            current = pending + w.value
            pendingCompound = nil
            hasUnit = true
            hasTens = true
            return true
        }
        switch w.kind {
        case .tens:
            // خمسة وعشرون، مئة وعشرون، مئة وخمسة وعشرون.
            guard !hasTens, (hasUnit && current.truncatingRemainder(dividingBy: 100) < 10) || (hasHundreds && !hasUnit)
            else { return false }
            current += w.value
            hasTens = true
            return true
        case .one, .unit, .ten, .teen:
            // مئة وخمسة، مئة وعشرة، مئة واثنا عشر.
            guard hasHundreds, !hasUnit, !hasTens else { return false }
            current += w.value
            if w.kind == .teen { hasTens = true } else { hasUnit = true }
            return true
        case .unitCompound:
            guard hasHundreds, !hasUnit, !hasTens else { return false }
            pendingCompound = current + w.value
            current = 0
            return true
        case .fraction:
            // خمسة ونصف
            guard current > 0, !hasHundreds || hasUnit || hasTens else { return false }
            current += w.value
            isFraction = true
            return true
        default:
            return false
        }
    }

    private mutating func applyScale(_ scale: Double) {
        let n = current == 0 ? 1 : current
        if lastScale == 0 {
            total = n * scale
        } else if scale > lastScale {
            total = (total + current) * scale
        } else {
            total += n * scale
        }
        current = 0
        lastScale = scale
        afterScale = true
        hasHundreds = false
        hasUnit = false
        hasTens = false
        isDigits = false
        isFraction = false
    }
}
