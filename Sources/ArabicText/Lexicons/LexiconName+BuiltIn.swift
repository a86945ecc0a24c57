/// The names of the built-in lexicons, for ``LexiconSet/rows(of:)`` and ``LexiconSet/add(tsv:to:)``.
///
/// ```swift
/// var lexicons = LexiconSet.builtIn
/// try lexicons.add(tsv: "تجمع\n", to: .organizationHeads)   // تجمع المهنيين السودانيين → organisation
/// ```
extension LexiconName {
    /// Words around a number that make it something other than a count: `المادة`، `رقم`.
    public static let countBlockers: LexiconName = "count-blockers"

    /// Qualifiers of counts: `أكثر من` → more_than.
    public static let countQualifiers: LexiconName = "count-qualifiers"

    /// Currency names: `ريال عماني`.
    public static let currencies: LexiconName = "currencies"

    /// Cue words around dates (`date-cues.tsv`): `عام` → `year-cue` (`عام 2024` → the date `2024`).
    public static let dateCues: LexiconName = "date-cues"

    /// Singular nouns with their dual forms: `ممارسة` → `ممارستان`، `ممارستين`.
    public static let dualNouns: LexiconName = "dual-nouns"

    /// Era marks: هـ، م، ميلادي، هجري (`era-marks.tsv`).
    public static let eraMarks: LexiconName = "era-marks"

    /// Common Arabic given names, simple and compound (`given-names.tsv`): `محمد`، `أمل`.
    public static let givenNames: LexiconName = "given-names"

    /// Gregorian month names of every regional set (`gregorian-months.tsv`): `سبتمبر`، `أيلول` → 9.
    public static let gregorianMonths: LexiconName = "gregorian-months"

    /// Hijri month names (`hijri-months.tsv`): `ربيع الأول` → 3.
    public static let hijriMonths: LexiconName = "hijri-months"

    /// Month starts of the printed Umm al-Qura calendar (`hijri-printed-calendar.tsv`):
    /// the row `["1447", "3", "2025-08-24", "30"]`: ربيع الأول 1447هـ began on 2025-08-24 and has 30 days.
    public static let hijriPrintedCalendar: LexiconName = "hijri-printed-calendar"

    /// Honorifics and ranks: سعادة، معالي، الدكتور، د.، اللواء (`honorifics.tsv`).
    public static let honorifics: LexiconName = "honorifics"

    /// Units of measure: `متر مربع`، `ميغاواط`.
    public static let measureUnits: LexiconName = "measure-units"

    /// Name particles: بن، بنت، أبو، آل (`name-particles.tsv`).
    public static let nameParticles: LexiconName = "name-particles"

    /// Cardinal number words: `خمسة`، `عشرون`، `مئة`، `ألف`، `مليون`، `نصف`، `في المئة`.
    public static let numberWords: LexiconName = "number-words"

    /// Offices: وزير، وكيل، مدير عام، الرئيس التنفيذي (`offices.tsv`).
    public static let offices: LexiconName = "offices"

    /// Ordinal words: `أول`، `ثالث`، `حادي` (read with and without the article).
    public static let ordinalWords: LexiconName = "ordinal-words"

    /// Function words, verbs and adjectives that end or qualify an organisation name (`organization-grammar.tsv`):
    /// `في` → `stop`, `الجديدة` → `generic-adjective`.
    public static let organizationGrammar: LexiconName = "organization-grammar"

    /// Head nouns that start an organisation name: وزارة، شركة، هيئة (`organization-heads.tsv`).
    public static let organizationHeads: LexiconName = "organization-heads"

    /// Well-known organisations with aliases and acronyms (`organizations.tsv`):
    /// `أوبك` → `منظمة الدول المصدرة للنفط`.
    public static let organizations: LexiconName = "organizations"

    /// Administrative heads (محافظة، ولاية) and the words around place names (`place-heads.tsv`).
    public static let placeHeads: LexiconName = "place-heads"

    /// Countries, cities and first-level regions with their canonical names (`places.tsv`):
    /// `عمان` → `سلطنة عمان` (country), `مسقط` (city).
    public static let places: LexiconName = "places"

    /// Definite participles and adjectives that follow a person's name and are never a family
    /// name (`role-adjectives.tsv`): `المسؤول` in `علي حسن المسؤول عن المشروع`.
    public static let roleAdjectives: LexiconName = "role-adjectives"

    /// Relative dates: اليوم، أمس، الأسبوع المقبل (`relative-dates.tsv`).
    public static let relativeDates: LexiconName = "relative-dates"

    /// Verbs, particles and time words that end an office's complement or a name (`title-stops.tsv`):
    /// `قال` in `وكيل وزارة العمل قال`.
    public static let titleStops: LexiconName = "title-stops"

    /// Weekday names (`weekdays.tsv`): `الأحد` → 1 … `السبت` → 7.
    public static let weekdays: LexiconName = "weekdays"
}
