import Foundation
import Testing

@testable import ArabicText

/// Stands in for the organisation extractor: an `organization` candidate at each phrase.
private struct StubOrganizations: EntityExtractor {
    var phrases: [String]

    func extract(from analysis: TextAnalysis, into candidates: inout EntityCandidates) {
        let text = Array(analysis.original.unicodeScalars)
        for phrase in phrases {
            let needle = Array(phrase.unicodeScalars)
            guard needle.count <= text.count else { continue }
            for start in 0...(text.count - needle.count) where Array(text[start..<(start + needle.count)]) == needle {
                candidates.append(Entity(
                    type: .organization, start: start, end: start + needle.count, text: phrase, rule: "test.stub"))
            }
        }
    }
}

/// The titles, persons and links of `text`, with organisations at `organizations`.
private func extract(_ text: String, organizations: [String] = []) -> ExtractionResult {
    ArabicExtractor(extractors: [StubOrganizations(phrases: organizations), TitleRules.extractor]).extract(text)
}

private enum TitleRules {
    static let extractor = TitleExtractor()
    static let pipeline = ArabicExtractor()
}

/// `type/role: text` of the title and person entities, checking that each text is its span.
private func spans(_ result: ExtractionResult, in text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return result.entities.filter { $0.type == .title || $0.type == .person }.map { entity in
        let slice = String(String.UnicodeScalarView(scalars[entity.start..<entity.end]))
        #expect(slice == entity.text)
        let label = entity.type == .title ? "title/\(entity.role?.rawValue ?? "-")" : "person"
        return "\(label): \(entity.text)"
    }
}

/// `person ← titles | organisation` for each link.
private func links(_ result: ExtractionResult) -> [String] {
    result.links.map { link in
        let titles = link.titles.map { result.entities[$0].text }.joined(separator: " + ")
        let organization = link.organization.map { result.entities[$0].text } ?? "-"
        return "\(result.entities[link.person].text) ← \(titles) | \(organization)"
    }
}

struct TitleCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var expected: [String]
    var testDescription: String { id }
}

// MARK: - Honorifics

let honorificCases: [TitleCase] = [
    TitleCase(
        id: "two honorifics make one run", text: "قال سعادة السيد سالم بن مسلم البوسعيدي إن العمل مستمر.",
        expected: ["title/honorific: سعادة السيد", "person: سالم بن مسلم البوسعيدي"]),
    TitleCase(
        id: "royal style", text: "دشن صاحب السمو الملكي الأمير عبدالعزيز بن تركي بن سعود المشروع.",
        expected: ["title/honorific: صاحب السمو الملكي الأمير", "person: عبدالعزيز بن تركي بن سعود"]),
    TitleCase(
        id: "abbreviation د.", text: "وقالت د. منى عبدالرحيم صالح إن الحملة بدأت.",
        expected: ["title/honorific: د.", "person: منى عبدالرحيم صالح"]),
    TitleCase(
        id: "abbreviation أ.د.", text: "وقال أ.د. خالد المبروك الزناتي إن التسجيل بدأ.",
        expected: ["title/honorific: أ.د.", "person: خالد المبروك الزناتي"]),
    TitleCase(
        id: "military rank", text: "وأكد العميد أسامة خليفة النعاس أن المراكز فتحت.",
        expected: ["title/honorific: العميد", "person: أسامة خليفة النعاس"]),
    TitleCase(
        id: "honorific before an office, no name", text: "عقد المجلس اجتماعه برئاسة سمو رئيس مجلس الوزراء، ووافق.",
        expected: ["title/honorific: سمو", "title/position: رئيس مجلس الوزراء"]),
    TitleCase(id: "negative: الفريق is a team", text: "فاز الفريق الوطني بالمباراة النهائية.", expected: []),
    TitleCase(id: "negative: دولة before a country", text: "زار الوفد دولة قطر الأسبوع الماضي.", expected: []),
    TitleCase(id: "negative: اللواء is a brigade", text: "انسحب اللواء المدرع من المنطقة.", expected: []),
]

@Test(arguments: honorificCases)
func honorifics(_ c: TitleCase) {
    #expect(spans(extract(c.text), in: c.text) == c.expected)
}

// MARK: - Positions

let positionCases: [TitleCase] = [
    TitleCase(
        id: "office with ل-phrase up to the comma",
        text: "قال محمد بن مبارك الكلباني، وكيل وزارة العمل لتنمية الموارد البشرية، إن الملتقى نجح.",
        expected: ["person: محمد بن مبارك الكلباني", "title/position: وكيل وزارة العمل لتنمية الموارد البشرية"]),
    TitleCase(
        id: "office with و and ب-phrase",
        text: "وقال مدير عام التطوير وضمان الجودة بوزارة العمل، إن الأداء تحسن.",
        expected: ["title/position: مدير عام التطوير وضمان الجودة بوزارة العمل"]),
    TitleCase(
        id: "a time word ends the office", text: "أعلن محافظ البنك المركزي العراقي اليوم أن الاحتياطيات ارتفعت.",
        expected: ["title/position: محافظ البنك المركزي العراقي"]),
    TitleCase(
        id: "a verb right after an office", text: "الرئيس التنفيذي للشركة أعلن النتائج.",
        expected: ["title/position: الرئيس التنفيذي للشركة"]),
    TitleCase(
        id: "a clause particle ends the office",
        text: "وقال رئيس أرامكو السعودية وكبير إدارييها التنفيذيين إن الشركة حافظت على أدائها.",
        expected: ["title/position: رئيس أرامكو السعودية وكبير إدارييها التنفيذيين"]),
    TitleCase(
        id: "the holder's name ends the office",
        text: "وصرح وزير الدولة لشؤون مجلس الوزراء عبدالله سالم المطيري عقب الاجتماع بأن المجلس وافق.",
        expected: ["title/position: وزير الدولة لشؤون مجلس الوزراء", "person: عبدالله سالم المطيري"]),
    TitleCase(
        id: "in في is inside, never last", text: "وقالت مديرة تطوير الوجهات في الهيئة، إن الطلب ارتفع.",
        expected: ["title/position: مديرة تطوير الوجهات في الهيئة"]),
    TitleCase(
        id: "a bare office after a complement starts a new one; في goes only into an organisation or place",
        text: "وشارك نائب رئيس مجلس الوزراء وزير الداخلية في الاجتماع.",
        expected: ["title/position: نائب رئيس مجلس الوزراء", "title/position: وزير الداخلية"]),
    TitleCase(
        id: "a bare noun after a definite word ends the office", text: "أكد وزير الصحة أهمية التطعيم.",
        expected: ["title/position: وزير الصحة"]),
    TitleCase(
        id: "a foreign name after a country adjective is outside the office",
        text: "التقى الرئيس الأمريكي دونالد ترامب نظيره.", expected: ["title/position: الرئيس الأمريكي"]),
    TitleCase(
        id: "an office behind ب is another phrase", text: "التقى الأمير محمد بن سلمان ولي العهد بالرئيس الفرنسي.",
        expected: [
            "title/honorific: الأمير", "person: محمد بن سلمان", "title/position: ولي العهد",
            "title/position: الرئيس الفرنسي",
        ]),
    TitleCase(
        id: "a definite ب-phrase that names no organisation is outside", text: "وتوجه رئيس الجمهورية بالشكر إلى الحكومة.",
        expected: ["title/position: رئيس الجمهورية"]),
    TitleCase(
        id: "the holder after the office, unknown words after two known names are not the name",
        text: "التقى وزير الخارجية سامح شكري نظيره في القاهرة.",
        expected: ["title/position: وزير الخارجية", "person: سامح شكري"]),
    TitleCase(id: "negative: وإلى is not والي", text: "وإلى جانب ذلك ارتفعت الصادرات.", expected: []),
    TitleCase(id: "negative: a lone indefinite office is a common noun", text: "لكل لجنة رئيس.", expected: []),
    TitleCase(id: "negative: مساعدة والدتها is help", text: "قامت بمساعدة والدتها في العمل.", expected: []),
    TitleCase(id: "negative: محافظ استثمارية", text: "عقدت المحافظ الاستثمارية اجتماعها السنوي.", expected: []),
    TitleCase(id: "negative: مساعد as an adjective", text: "يعد التمويل عاملا مساعد في النمو.", expected: []),
]

@Test(arguments: positionCases)
func positions(_ c: TitleCase) {
    #expect(spans(extract(c.text), in: c.text) == c.expected)
}

// MARK: - People

let personCases: [TitleCase] = [
    TitleCase(
        id: "apposition after a verb",
        text: "وقال جاسم محمد المري، الأمين العام للاتحاد، إن المباراة النهائية تقام غدا.",
        expected: ["person: جاسم محمد المري", "title/position: الأمين العام للاتحاد"]),
    TitleCase(
        id: "near miss: an office word used as an adjective is no office for an apposition",
        text: "الإنسان أمين على حقوق الله، وهو مسؤول عنها، أمين على حقوق الناس.",
        expected: []),
    TitleCase(
        id: "near miss: وإلى after a comma is no governor", text: "إذا نظرنا إلى طبيعته، وإلى اصطدامه بالواقع",
        expected: []),
    TitleCase(
        id: "apposition before an office with a definite complement",
        text: "وقال أحمد سالم الهنائي، أمين الصندوق، إن الميزانية جاهزة.",
        expected: ["person: أحمد سالم الهنائي", "title/position: أمين الصندوق"]),
    TitleCase(
        id: "near miss: الإسلام and الدين are no given names", text: "وقبل الإسلام دينا، وحفظ الدين من التحريف.",
        expected: []),
    TitleCase(
        id: "a compound given name on الإسلام", text: "وقال سيف الإسلام القذافي إن الحوار مستمر.",
        expected: ["person: سيف الإسلام القذافي"]),
    TitleCase(
        id: "a conjunction glued to a foreign name",
        text: "وقعها الرئيس التنفيذي لمجموعة عمانتل، ووانغ جيان، الرئيس التنفيذي لهواوي.",
        expected: [
            "title/position: الرئيس التنفيذي لمجموعة عمانتل", "person: وانغ جيان",
            "title/position: الرئيس التنفيذي لهواوي",
        ]),
    TitleCase(
        id: "given name and nasab without a title", text: "وصل محمد بن راشد إلى دبي مساء.",
        expected: ["person: محمد بن راشد"]),
    TitleCase(
        id: "compound name عبد + divine name", text: "وقال السيد عبد الرحيم الوزاني إن البرنامج مستمر.",
        expected: ["title/honorific: السيد", "person: عبد الرحيم الوزاني"]),
    TitleCase(
        id: "a family name repeated alone",
        text: "وقال الدكتور طارق محمود الشناوي إن الخط جاهز. وأضاف الشناوي أن الافتتاح قريب.",
        expected: ["title/honorific: الدكتور", "person: طارق محمود الشناوي", "person: الشناوي"]),
    TitleCase(
        id: "an epithet after the nasab is not the name", text: "استقبل جلالة السلطان هيثم بن طارق المعظم الوفد.",
        expected: ["title/honorific: جلالة السلطان", "person: هيثم بن طارق"]),
    TitleCase(
        id: "a known name then an unknown word", text: "وحضر الاجتماع كريم جاسم المالكي وصل متأخرا.",
        expected: ["person: كريم جاسم المالكي"]),
    TitleCase(id: "negative: حياة محمد is the life of Muhammad", text: "كتب عن حياة محمد في مكة.", expected: []),
    TitleCase(
        id: "a family name repeats only where a name can start",
        text: "وقال الشيخ سلطان الدويش إن المهرجان بدأ. وأضاف الدويش أن الجوائز كثيرة.",
        expected: ["title/honorific: الشيخ", "person: سلطان الدويش", "person: الدويش"]),
    TitleCase(
        id: "negative: a common adjective is no family name", text: "كرم مهرجان زيد الثقافي الفائزين.",
        expected: []),
    TitleCase(
        id: "an honorific word ending a name is its family name", text: "وأوضح الدكتور أحمد السيد أن التضخم سينخفض.",
        expected: ["title/honorific: الدكتور", "person: أحمد السيد"]),
    TitleCase(
        id: "a definite family name after two known names, before a date", text: "استقبل وزير الداخلية خالد محمود الجابر أمس وفدا.",
        expected: ["title/position: وزير الداخلية", "person: خالد محمود الجابر"]),
    TitleCase(
        id: "a definite family name after two known names, before إن", text: "وقال وزير المالية أحمد يوسف الصالح إن العجز تراجع.",
        expected: ["title/position: وزير المالية", "person: أحمد يوسف الصالح"]),
    TitleCase(
        id: "a given name shaped like a nisba does not end the name", text: "وقالت الدكتورة منى الهادي الزواوي، مديرة المركز، إن",
        expected: ["title/honorific: الدكتورة", "person: منى الهادي الزواوي", "title/position: مديرة المركز"]),
    TitleCase(
        id: "a woman's feminine nisba after the nasab", text: "وأكدت الدكتورة عائشة بنت خلفان بن جميل السيابية، رئيسة اللجنة، أن",
        expected: ["title/honorific: الدكتورة", "person: عائشة بنت خلفان بن جميل السيابية", "title/position: رئيسة اللجنة"]),
    TitleCase(
        id: "two unknown words after the known names are cut", text: "والتقى وزير الخارجية سامح شكري نظيره الأردني أيمن الصفدي.",
        expected: ["title/position: وزير الخارجية", "person: سامح شكري", "person: أيمن الصفدي"]),
    TitleCase(id: "negative: أمل is hope", text: "لدينا أمل كبير في نجاح المشروع.", expected: []),
    TitleCase(id: "negative: سعيد is happy", text: "وأنا سعيد بالنتائج التي تحققت.", expected: []),
    TitleCase(id: "negative: كريم is generous", text: "وهو رجل كريم الأخلاق.", expected: []),
    TitleCase(id: "negative: يزيد is a verb", text: "ارتفعت المبيعات بما يزيد على الربع.", expected: []),
    TitleCase(id: "negative: الملتقى is not a nisba", text: "شهد الملتقى حضورا واسعا.", expected: []),
    TitleCase(
        id: "a role participle after the name is not its family name", text: "وقال المهندس علي حسن المسؤول عن المشروع إن العمل بدأ.",
        expected: ["title/honorific: المهندس", "person: علي حسن"]),
    TitleCase(
        id: "a role participle before a ب-phrase", text: "وقال محمد علي المكلف بالملف إن الرد قريب.",
        expected: ["person: محمد علي"]),
    TitleCase(
        id: "a role participle before a date", text: "وقال الأستاذ محمد عبده المتوفى عام 1905 إن",
        expected: ["title/honorific: الأستاذ", "person: محمد عبده"]),
    TitleCase(
        id: "near miss: a participle-shaped family name stays", text: "وأعرب الدكتور محمد المنصور عن شكره.",
        expected: ["title/honorific: الدكتور", "person: محمد المنصور"]),
    TitleCase(
        id: "near miss: a definite family name before a comma stays", text: "وقال سامر فايز العدوان، إن الموسم بدأ.",
        expected: ["person: سامر فايز العدوان"]),
]

@Test(arguments: personCases)
func people(_ c: TitleCase) {
    #expect(spans(extract(c.text), in: c.text) == c.expected)
}

// MARK: - Offices ending definite, regnal ordinals (the whole pipeline)

/// `type[/role]: text` of every entity of the whole pipeline, so that the overlap policy's
/// verdict on ordinals is part of the expectation.
private func allSpans(_ text: String) -> [String] {
    TitleRules.pipeline.extract(text).entities.map { entity in
        "\(entity.type.rawValue)\(entity.role.map { "/\($0.rawValue)" } ?? ""): \(entity.text)"
    }
}

let pipelineCases: [TitleCase] = [
    TitleCase(
        id: "an ordinal after an office is in the title; the name after it is the person", text: "وقال النائب الأول سالم",
        expected: ["title/position: النائب الأول", "ordinal: الأول", "person: سالم"]),
    TitleCase(
        id: "an office ending definite takes no bare word", text: "وقال الرئيس سالم: نعم",
        expected: ["title/position: الرئيس", "person: سالم"]),
    TitleCase(
        id: "an ordinal office before its ل-complement", text: "وقال النائب الأول لرئيس الوزراء إن",
        expected: ["title/position: النائب الأول لرئيس الوزراء", "ordinal: الأول"]),
    TitleCase(
        id: "near miss: an everyday given name before more words is no person", text: "المدير العام سعيد بالنتائج",
        expected: ["title/position: المدير العام"]),
    TitleCase(
        id: "near miss: a bare verb after a definite office", text: "بعثوا رسالة إلى الرئيس تتضمن مطالب",
        expected: ["title/position: الرئيس"]),
    TitleCase(
        id: "near miss: وإلى is no office with a definite word", text: "وإلى درك البهائم",
        expected: []),
    TitleCase(
        id: "a regnal ordinal after a royal honorific and a known name", text: "استقبل الملك الحسن الثاني الوفد",
        expected: ["title/honorific: الملك", "person: الحسن الثاني"]),
    TitleCase(
        id: "a regnal ordinal after a known given name", text: "في عهد الحسن الثاني",
        expected: ["person: الحسن الثاني"]),
    TitleCase(
        id: "a regnal ordinal after a bare name", text: "استقبل الملك عبدالله الثاني الوفد",
        expected: ["title/honorific: الملك", "person: عبدالله الثاني"]),
    TitleCase(
        id: "a compound regnal ordinal after a royal honorific", text: "بوساطة الملك ألفونسو الحادي عشر لدى البابا",
        expected: ["title/honorific: الملك", "person: ألفونسو الحادي عشر"]),
    TitleCase(
        id: "a pope's compound regnal ordinal", text: "استقبل البابا بنديكت السادس عشر الوفد",
        expected: ["title/honorific: البابا", "person: بنديكت السادس عشر"]),
    TitleCase(
        id: "a patriarch and his name", text: "وقال البطريرك بشارة الراعي إن الزيارة مهمة",
        expected: ["title/honorific: البطريرك", "person: بشارة الراعي"]),
    TitleCase(
        id: "a queen's feminine regnal ordinal", text: "استقبلت الملكة إليزابيث الثانية الوفد",
        expected: ["title/honorific: الملكة", "person: إليزابيث الثانية"]),
    TitleCase(
        id: "near miss: a definite common word does not start a regnal name", text: "والدة الملك الطفل خوان الثاني",
        expected: []),
    TitleCase(id: "near miss: الفصل الثاني is an ordinal", text: "قرأ الفصل الثاني", expected: ["ordinal: الثاني"]),
    TitleCase(id: "near miss: اليوم الثاني is an ordinal", text: "في اليوم الثاني", expected: ["ordinal: الثاني"]),
    TitleCase(
        id: "near miss: a feminine ordinal after a man's name is a book", text: "كما تقول بطرس الأولى في الإصحاح",
        expected: ["person: بطرس"]),
    TitleCase(id: "near miss: a Hijri month, not a name", text: "ربيع الثاني", expected: ["date: ربيع الثاني"]),
]

@Test(arguments: pipelineCases)
func officesAndRegnalOrdinals(_ c: TitleCase) {
    #expect(allSpans(c.text) == c.expected)
}

// MARK: - Links and organisations

struct LinkCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var organizations: [String]
    var expectedOrganizations: [String]
    var expectedLinks: [String]
    var testDescription: String { id }
}

let linkCases: [LinkCase] = [
    LinkCase(
        id: "ل-phrase of an office is cut from its organisation",
        text: "تحت رعاية سعادة السيد سالم بن مسلم البوسعيدي، وكيل وزارة العمل لتنمية الموارد البشرية.",
        organizations: ["وزارة العمل لتنمية الموارد البشرية"], expectedOrganizations: ["وزارة العمل"],
        expectedLinks: [
            "سالم بن مسلم البوسعيدي ← سعادة السيد + وكيل وزارة العمل لتنمية الموارد البشرية | وزارة العمل"
        ]),
    LinkCase(
        id: "an organisation's own ل-phrase stays (office without ل-complement)",
        text: "وقال البروفيسور كمال بن عيسى، مدير جامعة هواري بومدين للعلوم والتكنولوجيا، إن الجامعة جاهزة.",
        organizations: ["جامعة هواري بومدين للعلوم والتكنولوجيا"],
        expectedOrganizations: ["جامعة هواري بومدين للعلوم والتكنولوجيا"],
        expectedLinks: [
            "كمال بن عيسى ← البروفيسور + مدير جامعة هواري بومدين للعلوم والتكنولوجيا | جامعة هواري بومدين للعلوم والتكنولوجيا"
        ]),
    LinkCase(
        id: "an organisation behind a preposition keeps its ل-phrase",
        text: "وقال الحبيب بن عمر الجلاصي، الأمين العام المساعد بالاتحاد العام التونسي للشغل، إن النقابة تطالب بالزيادة.",
        organizations: ["الاتحاد العام التونسي للشغل"], expectedOrganizations: ["الاتحاد العام التونسي للشغل"],
        expectedLinks: [
            "الحبيب بن عمر الجلاصي ← الأمين العام المساعد بالاتحاد العام التونسي للشغل | الاتحاد العام التونسي للشغل"
        ]),
    LinkCase(
        id: "a definite head refers to the organisation named before",
        text: "وقعت هيئة تنشيط السياحة اتفاقية. وقال الدكتور هشام عودة الحجايا، مدير عام الهيئة، إن الاتفاقية مهمة.",
        organizations: ["هيئة تنشيط السياحة"], expectedOrganizations: ["هيئة تنشيط السياحة"],
        expectedLinks: ["هشام عودة الحجايا ← الدكتور + مدير عام الهيئة | هيئة تنشيط السياحة"]),
    LinkCase(
        id: "a minister's office implies its ministry",
        text: "أعلنت وزارة التعليم العالي والبحث العلمي النتائج. وقال الدكتور ياسر سعيد الحلبي، معاون وزير التعليم العالي والبحث العلمي لشؤون الطلاب، إن القبول بدأ.",
        organizations: ["وزارة التعليم العالي والبحث العلمي"],
        expectedOrganizations: ["وزارة التعليم العالي والبحث العلمي"],
        expectedLinks: [
            "ياسر سعيد الحلبي ← الدكتور + معاون وزير التعليم العالي والبحث العلمي لشؤون الطلاب | وزارة التعليم العالي والبحث العلمي"
        ]),
    LinkCase(
        id: "no organisation when the office names none",
        text: "وقال سعادة خالد عبيد الطنيجي، مدير المعرض، إن البرنامج حافل.", organizations: [],
        expectedOrganizations: [], expectedLinks: ["خالد عبيد الطنيجي ← سعادة + مدير المعرض | -"]),
    LinkCase(
        id: "office before the name", text: "وصرح وزير الدولة لشؤون مجلس الوزراء عبدالله سالم المطيري عقب الاجتماع.",
        organizations: ["مجلس الوزراء"], expectedOrganizations: ["مجلس الوزراء"],
        expectedLinks: ["عبدالله سالم المطيري ← وزير الدولة لشؤون مجلس الوزراء | مجلس الوزراء"]),
    LinkCase(
        id: "no link without a person", text: "أعلن محافظ البنك المركزي العراقي اليوم أن الاحتياطيات ارتفعت.",
        organizations: ["البنك المركزي العراقي"], expectedOrganizations: ["البنك المركزي العراقي"], expectedLinks: []),
]

@Test(arguments: linkCases)
func linksAndOrganizations(_ c: LinkCase) {
    let result = extract(c.text, organizations: c.organizations)
    #expect(result.entities.filter { $0.type == .organization }.map(\.text) == c.expectedOrganizations)
    #expect(links(result) == c.expectedLinks)
}

// MARK: - The seed article

/// The seed's titles, persons and both links match the gold annotation exactly.
@Test func seedTitlesPersonsAndLinks() throws {
    struct Gold: Decodable {
        struct Item: Decodable {
            var type: String
            var start: Int
            var end: Int
            var role: String?
        }
        struct Link: Decodable {
            var person: Int
            var titles: [Int]
            var organization: Int?
        }
        var entities: [Item]
        var links: [Link]
    }
    let gold = try JSONDecoder().decode(Gold.self, from: Fixtures.seedGold)
    let result = ArabicExtractor().extract(Fixtures.seedText)
    let types: Set<String> = ["title", "person"]
    let expected = gold.entities.filter { types.contains($0.type) }.map { "\($0.type) \($0.start)..<\($0.end) \($0.role ?? "")" }
    let found = result.entities.filter { types.contains($0.type.rawValue) }.map {
        "\($0.type.rawValue) \($0.start)..<\($0.end) \($0.role?.rawValue ?? "")"
    }
    #expect(found == expected)
    #expect(expected.count == 5)

    func span(_ e: (start: Int, end: Int)) -> String { "\(e.start)..<\(e.end)" }
    let goldLinks = gold.links.map { link in
        let person = span((gold.entities[link.person].start, gold.entities[link.person].end))
        let titles = link.titles.map { span((gold.entities[$0].start, gold.entities[$0].end)) }
        let organization = link.organization.map { span((gold.entities[$0].start, gold.entities[$0].end)) }
        return (person: person, titles: titles, organization: organization)
    }
    let foundLinks = result.links.map { link in
        let person = span((result.entities[link.person].start, result.entities[link.person].end))
        let titles = link.titles.map { span((result.entities[$0].start, result.entities[$0].end)) }
        let organization = link.organization.map { span((result.entities[$0].start, result.entities[$0].end)) }
        return (person: person, titles: titles, organization: organization)
    }
    #expect(foundLinks.map(\.person) == goldLinks.map(\.person))
    #expect(foundLinks.map(\.titles) == goldLinks.map(\.titles))
    // The organisation of each link needs the organisation extractor in the pipeline.
    if result.entities.contains(where: { $0.type == .organization }) {
        #expect(foundLinks.map(\.organization) == goldLinks.map(\.organization))
    }
}
