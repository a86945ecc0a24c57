import Foundation
import Testing

@testable import ArabicText

/// Sentence tests of ``NumberExtractor``: exact spans, values, qualifiers and units of counts and ordinals.
@Suite("NumberExtractor")
struct NumberExtractorTests {
    static let extractor = ArabicExtractor(extractors: [NumberExtractor()])

    /// One expected entity: its type, original text, value, qualifier and unit.
    struct Expected: Sendable, Equatable, CustomStringConvertible {
        var type: EntityType
        var text: String
        var value: Double
        var qualifier: CountQualifier?
        var unit: String?
        var description: String { "\(type) «\(text)» \(value) \(qualifier?.rawValue ?? "") \(unit ?? "")" }

        static func count(_ text: String, _ value: Double, _ qualifier: CountQualifier? = nil, unit: String? = nil) -> Expected {
            Expected(type: .count, text: text, value: value, qualifier: qualifier, unit: unit)
        }

        static func ordinal(_ text: String, _ value: Double) -> Expected {
            Expected(type: .ordinal, text: text, value: value)
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var expected: [Expected]
        var testDescription: String { sentence }
        init(_ sentence: String, _ expected: [Expected]) {
            self.sentence = sentence
            self.expected = expected
        }
    }

    static let countCases: [Case] = [
        Case("أسهم البرنامج في تدريب أكثر من 95 كفاءة وطنية.", [.count("أكثر من 95", 95, .moreThan, unit: "كفاءة وطنية")]),
        Case("بمشاركة 10 جهات حكومية", [.count("10", 10, unit: "جهات حكومية")]),
        Case("تبنّت ثلاث ممارسات إدارية حديثة", [.count("ثلاث", 3, unit: "ممارسات إدارية")]),
        Case("بتكلفة إجمالية بلغت 12.5 مليون ريال عماني، وإن", [.count("12.5 مليون", 12.5e6, unit: "ريال عماني")]),
        Case("أكثر من مليون و100 ألف زائر", [.count("أكثر من مليون و100 ألف", 1.1e6, .moreThan, unit: "زائر")]),
        Case("بزيادة نسبتها 8.4% على الموسم السابق", [.count("8.4%", 8.4, unit: "%")]),
        Case("بلغت نسبة النجاح ٨١٫٥٪ للشعبة العلمية", [.count("٨١٫٥٪", 81.5, unit: "%")]),
        Case("ارتفعت بنسبة خمسة عشر في المئة", [.count("خمسة عشر في المئة", 15, unit: "%")]),
        Case("وإن ثلاثة آلاف موظف وعامل شاركوا", [.count("ثلاثة آلاف", 3000, unit: "موظف")]),
        Case("ستخدم نحو مليوني مشترك", [.count("نحو مليوني", 2e6, .about, unit: "مشترك")]),
        Case("خفض الانبعاثات بنحو 180 ألف طن سنويًا", [.count("نحو 180 ألف", 180_000, .about, unit: "طن سنويًا")]),
        Case("وتخدم ما يزيد على 20 مليون عميل", [.count("ما يزيد على 20 مليون", 2e7, .moreThan, unit: "عميل")]),
        Case("بهدف جمع ما لا يقل عن 12 ألف وحدة دم", [.count("ما لا يقل عن 12 ألف", 12000, .atLeast, unit: "وحدة")]),
        Case("مقابل إنتاج فعلي لا يتجاوز 28 ألف ميغاواط", [.count("لا يتجاوز 28 ألف", 28000, .atMost, unit: "ميغاواط")]),
        Case("موجهة إلى أزيد من 80 دولة", [.count("أزيد من 80", 80, .moreThan, unit: "دولة")]),
        Case("تتيح لـأكثر من 70 ألف طالب", [.count("أكثر من 70 ألف", 70000, .moreThan, unit: "طالب")]),
        Case("المدرجات التي تتسع لـ88 ألف متفرج", [.count("88 ألف", 88000, unit: "متفرج")]),
        Case("حُدد بـ20 ألف شيكل", [.count("20 ألف", 20000, unit: "شيكل")]),
        Case("أقل من 5 دقائق", [.count("أقل من 5", 5, .lessThan, unit: "دقائق")]),
        Case("قرابة ٣٠٠ مشارك", [.count("قرابة ٣٠٠", 300, .about, unit: "مشارك")]),
        Case("بلغ 21,103,524 زائرًا", [.count("21,103,524", 21_103_524, unit: "زائرًا")]),
        Case("وقد رُصد لعمليات الإجلاء مليونا دولار", [.count("مليونا", 2e6, unit: "دولار")]),
        Case("بحجم إجمالي يناهز 6.1 مليارات متر مكعب", [.count("6.1 مليارات", 6.1e9, unit: "متر مكعب")]),
        Case("بلغ صافي الدخل 85\u{00A0}مليار ريال", [.count("85\u{00A0}مليار", 85e9, unit: "ريال")]),
        Case("بمشاركة 13 مصرفًا وثماني شركات مدفوعات", [
            .count("13", 13, unit: "مصرفًا"), .count("ثماني", 8, unit: "شركات"),
        ]),
        Case("تضم 38 ملعبًا و26 كيلومترًا من مسارات المشي", [
            .count("38", 38, unit: "ملعبًا"), .count("26", 26, unit: "كيلومترًا"),
        ]),
        Case("إجلاء 42 مريضًا و68 مرافقًا", [.count("42", 42, unit: "مريضًا"), .count("68", 68, unit: "مرافقًا")]),
        Case("إلى 7% (± 2%) في المتوسط", [.count("7%", 7, unit: "%"), .count("2%", 2, unit: "%")]),
        Case("وحاز المشروع موافقة ٢٨ عضوًا من أصل ٤٠ عضوًا", [
            .count("٢٨", 28, unit: "عضوًا"), .count("٤٠", 40, unit: "عضوًا"),
        ]),
        Case("فيما اعترض خمسة أعضاء", [.count("خمسة", 5, unit: "أعضاء")]),
        Case("منهم خمسة من محافظة أسيوط", [.count("خمسة", 5)]),
        Case("خلال خمسة عشر يومًا من إجرائها", [.count("خمسة عشر", 15, unit: "يومًا")]),
        Case("توقيع خمسة وعشرين اتفاقًا", [.count("خمسة وعشرين", 25, unit: "اتفاقًا")]),
        Case("بكلفة تقدر بنحو 3 مليارات دولار", [.count("نحو 3 مليارات", 3e9, .about, unit: "دولار")]),
        Case("تسلمت 2025 موظفًا جديدًا", [.count("2025", 2025, unit: "موظفًا جديدًا")]),
        Case("نحو 2000 مشارك", [.count("نحو 2000", 2000, .about, unit: "مشارك")]),
        Case("بلغ عددهم مئة وخمسة وعشرين ألف شخص", [.count("مئة وخمسة وعشرين ألف", 125_000, unit: "شخص")]),
        Case("يحضر نصف مليون زائر", [.count("نصف مليون", 500_000, unit: "زائر")]),
        Case("بقيمة مليار ونصف دولار", [.count("مليار ونصف", 1.5e9, unit: "دولار")]),
        Case("جمعت 10 مشاريع على الأقل", [.count("10", 10, .atLeast, unit: "مشاريع")]),
        Case("يستغرق يومًا واحدًا", [.count("واحدًا", 1, unit: "يومًا")]),
        Case("خلال عام واحد", [.count("واحد", 1, unit: "عام")]),
        Case("بسعر 500 ر.ع للطن", [.count("500", 500, unit: "ر.ع")]),
        Case("فاز بالمركز الأول في القرن الواحد والعشرين", [.ordinal("الأول", 1), .ordinal("الواحد والعشرين", 21)]),
        Case("قطعنا 3 كيلومترات تقريبًا", [.count("3", 3, .about, unit: "كيلومترات")]),
        // Duals.
        Case("شملت النسخة ممارستين من مجموعة أوكيو", [.count("ممارستين", 2, unit: "ممارسة")]),
        Case("وقّعت الوزارة اتفاقيتين", [.count("اتفاقيتين", 2, unit: "اتفاقية")]),
        Case("وإنها ماضية في تنفيذ مشروعين رئيسين", [.count("مشروعين", 2, unit: "مشروع")]),
        Case("تسلمت قطارين كهربائيين سريعين", [.count("قطارين", 2, unit: "قطار")]),
        Case("ويربط الأحياء بالخطين الأحمر والأخضر", [.count("الخطين", 2, unit: "خط")]),
        Case("اتفق الجانبان على التعاون", [.count("الجانبان", 2, unit: "جانب")]),
        Case("بعد توقف دام عامين", [.count("عامين", 2, unit: "عام")]),
        Case("ويستمر أسبوعين", [.count("أسبوعين", 2, unit: "أسبوع")]),
        Case("لمدة يومين اثنين", [.count("يومين", 2, unit: "يوم")]),
        Case("للطرفين", [.count("طرفين", 2, unit: "طرف")]),
        Case("يعمل في المستشفيين", [.count("المستشفيين", 2, unit: "مستشفى")]),
        Case("وقّعت الوزارة مذكرتي تفاهم", [.count("مذكرتي", 2, unit: "مذكرة")]),
        Case("وتهدف اتفاقيتا التعاون إلى", [.count("اتفاقيتا", 2, unit: "اتفاقية")]),
        // Post-nominal cardinals.
        Case("إن المذكرات الثلاث تأتي ضمن", [.count("الثلاث", 3, unit: "مذكرات")]),
        Case("نتائجه المالية للأشهر الثلاثة المنتهية", [.count("الثلاثة", 3, unit: "أشهر")]),
        Case("أبناؤه الخمسة", [.count("الخمسة", 5, unit: "أبناؤه")]),
    ]

    static let ordinalCases: [Case] = [
        Case("تختتم النسخة الثالثة من المنظومة", [.ordinal("الثالثة", 3)]),
        Case("محطات المنظومة في نسختها الثالثة", [.ordinal("الثالثة", 3)]),
        Case("أعمال الملتقى الرابع للابتكار", [.ordinal("الرابع", 4)]),
        Case("الدورة الرابعة والأربعين من معرض الشارقة", [.ordinal("الرابعة والأربعين", 44)]),
        Case("الدورة الثانية والستين لمعرض دمشق", [.ordinal("الثانية والستين", 62)]),
        Case("في جلسته الاعتيادية الحادية عشرة من دور الانعقاد العادي الرابع", [
            .ordinal("الحادية عشرة", 11), .ordinal("الرابع", 4),
        ]),
        Case("حلّت في المرتبة الأولى وطنيًا والثانية عشرة إفريقيًا", [
            .ordinal("الأولى", 1), .ordinal("الثانية عشرة", 12),
        ]),
        Case("في الدفعة الـ14 من عمليات الإجلاء", [.ordinal("الـ14", 14)]),
        Case("للمرة الـ ٣", [.ordinal("الـ ٣", 3)]),
        Case("الملتقى الدولي الخامس والعشرين للبحث العلمي", [.ordinal("الخامس والعشرين", 25)]),
        Case("شبكة الجيل الخامس", [.ordinal("الخامس", 5)]),
        Case("نتائج الربع الثاني", [.ordinal("الثاني", 2)]),
        Case("النائب الأول لرئيس مجلس الشورى", [.ordinal("الأول", 1)]),
        Case("للدور الأول", [.ordinal("الأول", 1)]),
        Case("احتفلت بالذكرى الخمسين لتأسيسها", [.ordinal("الخمسين", 50)]),
        Case("للمرة الأولى", [.ordinal("الأولى", 1)]),
        Case("لأول مرة", [.ordinal("أول", 1)]),
        Case("ثالث أكبر اقتصاد", [.ordinal("ثالث", 3)]),
        Case("في القرن الحادي والعشرين", [.ordinal("الحادي والعشرين", 21)]),
        Case("في الطابق التاسع عشر", [.ordinal("التاسع عشر", 19)]),
    ]

    static let negativeCases: [Case] = [
        Case("تنفيذ رؤية عُمان 2040", []),
        Case("استقبلت خلال موسم الخريف 2025 الزوار", []),
        Case("استنادًا إلى المادة 12 من قانون العمل", []),
        Case("القرار الوزاري رقم 665 لسنة 2025", []),
        Case("عبر الرقم 0537766800.", []),
        Case("عبر الخط الساخن 80077000 أو منصة", []),
        Case("الفصل 12 من مجلة الشغل", []),
        Case("بتعديل المادة ١٢ من قانون حماية المستهلك", []),
        Case("الصادر بالقانون رقم ٣٥ لسنة ٢٠١٢", []),
        Case("وإن عشرات المتطوعين سيتنقلون", []),
        Case("وأن مئات الأسر المنتجة استفادت", []),
        Case("وأن البلدية تدرس مع عدة جهات حكومية", []),
        Case("درّبت آلاف المتخصصين", []),
        Case("شهد الملتقى توقيع عدد من مذكرات التعاون", []),
        Case("نتائج الربع", []),
        Case("يلتقي الأمين العام في البحرين وفلسطين وعمان", []),
        Case("بين الدول", []),
        Case("لإحياء زيارة الأربعين", []),
        Case("جامعة محمد الخامس بالرباط", []),
        Case("الملك عبدالله الثاني", []),
        Case("في كانون الثاني", []),
        Case("ثاني أكسيد الكربون", []),
        Case("أول أمس", []),
        Case("النتائج الأولية", []),
        Case("شهادة الثانوية العامة", []),
        Case("فيروس كوفيد-19", []),
        Case("يوم الاثنين", []),
        Case("يوم الأحد", []),
        Case("القاعة تسع الجميع", []),
        Case("في آن واحد", []),
        Case("الساعة 10 صباحًا", []),
        Case("صفحة 45", []),
        Case("الموظفين العاملين", []),
        Case("المواطنين والمقيمين", []),
        Case("دولة الإمارات", []),
        Case("إحدى الشركات", []),
        Case("أحد المشاريع", []),
        Case("النتائج في التحليل الأولي", []),
        Case("ألّف الكاتب الرواية", []),
        Case("وَأَلَّفَ كِتَابًا", []),
        Case("", []),
        Case("OPEC 2024 2025", []),
        Case("نص القرار", []),
        Case("ثلث السكان", []),
        Case("وكبح واحدة من أكبر التخمات", []),
        Case("وقال الفريق أول ركن عبد الأمير", []),
        Case("زرت مدرستي في", []),
        Case("الاستفسارات على الخط الساخن 16226.", []),
        Case("سجل الهدف في الدقيقة 72.", []),
        Case("دعت المنتجين المنافسين إلى خفض الإنتاج", []),
        // والتوصيل has the WordFingerprint of the dual والشوطين: a word is confirmed by its bytes.
        Case("على الفهم والتوصيل والتبليغ", []),
        Case("بمعدل 296 و214", [.count("296", 296), .count("214", 214)]),
    ]

    static func check(_ c: Case) {
        let result = extractor.extract(c.sentence)
        let found = result.entities.map {
            Expected(type: $0.type, text: $0.text, value: $0.value?.number ?? .nan, qualifier: $0.qualifier, unit: $0.unit)
        }
        #expect(found == c.expected)
        for entity in result.entities {
            // The span is the original text, in Unicode scalars.
            let scalars = Array(c.sentence.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[entity.start..<entity.end])) == entity.text)
        }
    }

    @Test("counts", arguments: countCases)
    func counts(_ c: Case) { Self.check(c) }

    @Test("ordinals", arguments: ordinalCases)
    func ordinals(_ c: Case) { Self.check(c) }

    @Test("not counts or ordinals", arguments: negativeCases)
    func negatives(_ c: Case) { Self.check(c) }

    /// The seed article: every count and ordinal of its gold annotation, strictly, with values.
    @Test("seed article matches its gold counts and ordinals")
    func seed() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("seeds/000_1428f3e7ba48094e.txt"), encoding: .utf8)
        let goldData = try Data(contentsOf: root.appendingPathComponent("seeds/000_1428f3e7ba48094e.gold.json"))
        let gold = try JSONDecoder().decode(ExtractionResult.self, from: goldData)
        let types: Set<EntityType> = [.count, .ordinal]
        let expected = gold.entities.filter { types.contains($0.type) }
        let found = Self.extractor.extract(text).entities.filter { types.contains($0.type) }
        #expect(expected.count == 9)
        #expect(found.map(\.range) == expected.map(\.range))
        #expect(found.map(\.type) == expected.map(\.type))
        #expect(found.map(\.value) == expected.map(\.value))
    }
}
