import ArabicText

/// Renders extraction results as one self-contained HTML page, in the manner of spaCy's displaCy.
///
/// The page needs no network: styles and a small script are inline. The text is laid out
/// right to left (`dir="rtl"`, `lang="ar"`) with each entity marked in its type's colour —
/// nested ones too (`وزارة العمل` inside the office `وكيل وزارة العمل`) — and a legend, a side
/// panel showing the type, value and rule of the entity under the pointer, the links drawn as
/// person ← titles ← organisation, and a table of every entity.
///
/// ```swift
/// let text = "وكيل وزارة العمل"
/// let page = HTMLRenderer(title: "demo").page([.init(result: ArabicExtractor().extract(text), text: text)])
/// // <mark class="ent t-title" …>وكيل <mark class="ent t-organization" …>وزارة العمل…</mark></mark>
/// ```
struct HTMLRenderer {
    /// One document to show: its text and what was extracted from it.
    struct Document {
        var result: ExtractionResult
        var text: String
    }

    /// The page title (a file name or a short description).
    var title: String

    /// How each type is shown: a short Latin tag, an Arabic name, a background and an accent colour.
    static let styles: [(type: EntityType, tag: String, arabic: String, background: String, accent: String)] = [
        (.organization, "ORG", "جهة", "#dbeafe", "#1d4ed8"),
        (.person, "PER", "شخص", "#fce7f3", "#be185d"),
        (.title, "TTL", "لقب أو منصب", "#cffafe", "#0e7490"),
        (.place, "LOC", "مكان", "#fee2e2", "#b91c1c"),
        (.date, "DATE", "تاريخ", "#dcfce7", "#15803d"),
        (.count, "CNT", "عدد", "#fef3c7", "#b45309"),
        (.ordinal, "ORD", "ترتيب", "#ede9fe", "#6d28d9"),
    ]

    /// The short tag of `type` (`ORG`), or its raw name for a type without a style.
    static func tag(of type: EntityType) -> String {
        styles.first(where: { $0.type == type })?.tag ?? type.rawValue
    }

    /// The whole page for `documents`.
    func page(_ documents: [Document]) -> String {
        let entityCount = documents.reduce(0) { $0 + $1.result.entities.count }
        let linkCount = documents.reduce(0) { $0 + $1.result.links.count }
        var out = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="arabic-text">
            <title>\(Self.escape(title)) · arabic-text</title>
            <style>\(Self.css)</style>
            </head>
            <body data-expected="\(entityCount)" data-documents="\(documents.count)">
            <header>
            <h1>\(Self.escape(title))</h1>
            <p class="summary" dir="ltr">\(documents.count) document\(documents.count == 1 ? "" : "s") · \(entityCount) entit\(entityCount == 1 ? "y" : "ies") · \(linkCount) link\(linkCount == 1 ? "" : "s")</p>
            \(legend())
            </header>
            <main>
            <div class="documents">

            """
        for (index, document) in documents.enumerated() {
            out += section(document, index: index)
        }
        out += """
            </div>
            <aside class="panel" aria-live="polite">
            <h2>التفاصيل <span dir="ltr">details</span></h2>
            <div id="details"><p class="hint">مرّر المؤشر على كيان لعرض نوعه وقيمته وقاعدته.<br><span dir="ltr">Point at an entity to see its type, value and rule.</span></p></div>
            </aside>
            </main>
            <script type="application/json" id="entity-data">\(dataJSON(documents))</script>
            <script>\(Self.script)</script>
            </body>
            </html>

            """
        return out
    }

    // MARK: - Parts of the page

    private func legend() -> String {
        var out = "<ul class=\"legend\">"
        for style in Self.styles {
            out += "<li><span class=\"swatch t-\(style.type.rawValue)\">\(style.tag)</span> \(style.arabic) <span dir=\"ltr\">\(style.type.rawValue)</span></li>"
        }
        return out + "</ul>"
    }

    private func section(_ document: Document, index: Int) -> String {
        let result = document.result
        var out = "<section class=\"doc\" id=\"doc-\(index)\" data-d=\"\(index)\">\n"
        if let id = result.id {
            out += "<h2 dir=\"ltr\">\(Self.escape(id))</h2>\n"
        }
        out += "<article class=\"text\">" + markedText(document, index: index) + "</article>\n"
        if !result.links.isEmpty {
            out += "<h3>الروابط <span dir=\"ltr\">links: person ← titles ← organisation</span></h3>\n<ol class=\"links\">\n"
            for (number, link) in result.links.enumerated() {
                out += linkRow(link, number: number, document: index, entities: result.entities)
            }
            out += "</ol>\n"
        }
        out += table(result.entities, document: index)
        return out + "</section>\n"
    }

    /// The text with every entity marked; an entity that crosses another's edge is split into fragments.
    private func markedText(_ document: Document, index: Int) -> String {
        let scalars = Array(document.text.unicodeScalars)
        let entities = document.result.entities
        let layout = MarkLayout(entities, scalarCount: scalars.count)
        let opening = layout.opening
        var out = ""
        var stack: [Int] = []
        let sorted = layout.boundaries
        for (step, position) in sorted.enumerated() {
            // Close what ends here; anything opened inside it and still running is reopened after.
            if let lowest = stack.firstIndex(where: { entities[$0].end <= position }) {
                let reopen = stack[lowest...].filter { entities[$0].end > position }
                for i in stack[lowest...].reversed() {
                    out += entities[i].end <= position ? closeTag(entities[i]) : "</mark>"
                }
                stack.removeSubrange(lowest...)
                for i in reopen {
                    out += openTag(entities[i], index: i, document: index, fragment: true)
                    stack.append(i)
                }
            }
            for i in opening[position] ?? [] {
                out += openTag(entities[i], index: i, document: index, fragment: false)
                stack.append(i)
            }
            if step + 1 < sorted.count {
                let next = sorted[step + 1]
                // A mark boundary inside a word (بوزارة → ب|وزارة) would break the letters' joining:
                // a zero-width joiner on each side keeps their connected forms.
                let joinedBefore = position > 0 && Self.isArabicLetter(scalars[position - 1]) && Self.isArabicLetter(scalars[position])
                let joinedAfter = next < scalars.count && Self.isArabicLetter(scalars[next - 1]) && Self.isArabicLetter(scalars[next])
                if joinedBefore { out += "\u{200D}" }
                out += Self.escape(String(String.UnicodeScalarView(scalars[position..<next])))
                if joinedAfter { out += "\u{200D}" }
            }
        }
        for i in stack.reversed() { out += closeTag(entities[i]) }
        return out
    }

    /// Arabic letters and marks, whose joining a mark boundary would break.
    private static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0620...0x065F, 0x066E...0x06D3, 0x06D5, 0x06FA...0x06FC, 0x0750...0x077F, 0x08A0...0x08FF: true
        default: false
        }
    }

    private func openTag(_ entity: Entity, index: Int, document: Int, fragment: Bool) -> String {
        let summary = ([entity.type.rawValue] + [Self.valueSummary(entity)].filter { !$0.isEmpty } + ["rule: \(entity.rule)"]).joined(separator: " · ")
        return "<mark class=\"ent t-\(entity.type.rawValue)\(fragment ? " frag" : "")\" data-d=\"\(document)\" data-e=\"\(index)\" tabindex=\"0\" title=\"\(Self.escape(summary))\">"
    }

    private func closeTag(_ entity: Entity) -> String {
        "<span class=\"tag\" aria-hidden=\"true\">\(Self.tag(of: entity.type))</span></mark>"
    }

    private func chip(_ entities: [Entity], _ index: Int?, document: Int) -> String {
        guard let index, entities.indices.contains(index) else { return "<span class=\"chip missing\">?</span>" }
        let entity = entities[index]
        return "<span class=\"chip t-\(entity.type.rawValue)\" data-d=\"\(document)\" data-e=\"\(index)\">\(Self.escape(entity.text))<span class=\"tag\">\(Self.tag(of: entity.type))</span></span>"
    }

    private func linkRow(_ link: EntityLink, number: Int, document: Int, entities: [Entity]) -> String {
        var members = [link.person] + link.titles
        if let organization = link.organization { members.append(organization) }
        var parts = [chip(entities, link.person, document: document)]
        parts += link.titles.map { chip(entities, $0, document: document) }
        if let organization = link.organization { parts.append(chip(entities, organization, document: document)) }
        let arrow = "<span class=\"arrow\" aria-hidden=\"true\">←</span>"
        return "<li class=\"link\" data-d=\"\(document)\" data-members=\"\(members.map(String.init).joined(separator: " "))\">" + parts.joined(separator: arrow) + "</li>\n"
    }

    private func table(_ entities: [Entity], document: Int) -> String {
        guard !entities.isEmpty else { return "<p class=\"empty\">لا كيانات <span dir=\"ltr\">(no entities)</span></p>\n" }
        var out = "<details class=\"table\" open><summary>الكيانات <span dir=\"ltr\">(\(entities.count) entities)</span></summary>\n<table>\n"
        out += "<thead><tr><th>#</th><th>النوع <span dir=\"ltr\">type</span></th><th>النص <span dir=\"ltr\">text</span></th><th dir=\"ltr\">start–end</th><th>القيمة <span dir=\"ltr\">value</span></th><th dir=\"ltr\">rule</th></tr></thead>\n<tbody>\n"
        for (index, entity) in entities.enumerated() {
            out += "<tr data-d=\"\(document)\" data-e=\"\(index)\"><td>\(index)</td><td><span class=\"swatch t-\(entity.type.rawValue)\">\(Self.tag(of: entity.type))</span></td>"
            out += "<td>\(Self.escape(entity.text))</td><td dir=\"ltr\" class=\"span\">\(entity.start)–\(entity.end)</td>"
            out += "<td dir=\"ltr\">\(Self.escape(Self.valueSummary(entity)))</td><td dir=\"ltr\"><code>\(Self.escape(entity.rule))</code></td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</details>\n"
    }

    /// Every document's result as the contract's JSON, for the script's side panel; `<` escaped.
    private func dataJSON(_ documents: [Document]) -> String {
        let items = documents.map { ResultJSON.encode($0.result, pretty: false) }
        return ("[" + items.joined(separator: ",") + "]").replacingOccurrences(of: "<", with: "\\u003c")
    }

    /// Value, qualifier, unit, role and warnings in a few words: `95 · more_than · unit: كفاءة وطنية`.
    static func valueSummary(_ entity: Entity) -> String {
        var parts: [String] = []
        switch entity.value {
        case .number(let n):
            parts.append(n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n))
        case .date(let d):
            var date: [String] = []
            let ymd = [d.year.map { String($0) }, d.month.map { two($0) }, d.day.map { two($0) }].compactMap { $0 }
            if !ymd.isEmpty { date.append(ymd.joined(separator: "-")) }
            if let w = d.weekday { date.append("weekday \(w)") }
            if let h = d.hijri {
                date.append("hijri " + [h.year.map { String($0) }, h.month.map { two($0) }, h.day.map { two($0) }].compactMap { $0 }.joined(separator: "-"))
            }
            for (n, unit) in [(d.relativeDays, "days"), (d.relativeWeeks, "weeks"), (d.relativeMonths, "months"), (d.relativeYears, "years")] {
                if let n { date.append("\(n > 0 ? "+" : "")\(n) \(unit)") }
            }
            if d.approximate == true { date.append("approximate") }
            parts.append(date.joined(separator: ", "))
        case nil:
            break
        }
        if let qualifier = entity.qualifier { parts.append(qualifier.rawValue) }
        // Arabic parts are isolated (FSI … PDI) so that the Latin labels around them keep their order.
        if let unit = entity.unit { parts.append("unit: \u{2068}\(unit)\u{2069}") }
        if let role = entity.role { parts.append(role.rawValue) }
        if let canonical = entity.canonical { parts.append("canonical: \u{2068}\(canonical)\u{2069}") }
        parts += entity.warnings.map { "⚠ \($0)" }
        return parts.joined(separator: " · ")
    }

    private static func two(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : "\(n)" }

    /// Text made safe for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    // MARK: - Style and script

    private static var css: String {
        var rules = """

            :root { color-scheme: light; --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; }
            * { box-sizing: border-box; }
            body { margin: 0; font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", "Segoe UI", Tahoma, sans-serif; color: var(--ink); background: #f9fafb; }
            header { padding: 16px 24px 8px; background: #fff; border-bottom: 1px solid var(--line); }
            h1 { margin: 0 0 4px; font-size: 1.3rem; }
            h2 { font-size: 1.05rem; margin: 0 0 8px; }
            h3 { font-size: 0.95rem; margin: 16px 0 6px; }
            .summary { margin: 0 0 8px; color: var(--muted); font-size: 0.85rem; text-align: right; }
            .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 0; padding: 0; font-size: 0.9rem; }
            .legend li { display: flex; align-items: center; gap: 6px; }
            .legend [dir=ltr] { color: var(--muted); font-size: 0.8rem; }
            main { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 20px; padding: 20px 24px; align-items: start; }
            @media (max-width: 900px) { main { grid-template-columns: 1fr; } }
            .doc { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; margin-bottom: 20px; }
            .text { white-space: pre-wrap; font-size: 1.15rem; line-height: 2.6; }
            mark.ent { color: inherit; border-radius: 6px; padding: 0.15em 0.3em; margin: 0 0.05em; box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: pointer; border-bottom: 2px solid transparent; }
            mark.ent mark.ent { padding: 0.05em 0.2em; }
            mark.ent.frag { border-radius: 0; }
            mark.ent:hover, mark.ent:focus, mark.ent.active { outline: 2px solid var(--accent); outline-offset: 1px; }
            mark.ent.linked { box-shadow: 0 0 0 3px #facc15; }
            .tag { font: 600 0.62rem/1 ui-monospace, "DejaVu Sans Mono", monospace; letter-spacing: 0.02em; margin-inline-start: 0.35em; vertical-align: middle; color: var(--accent); direction: ltr; unicode-bidi: isolate; }
            .swatch { display: inline-block; min-width: 3.2em; text-align: center; border-radius: 4px; padding: 1px 4px; font: 600 0.7rem/1.4 ui-monospace, "DejaVu Sans Mono", monospace; color: var(--accent); border: 1px solid var(--accent); }
            .panel { position: sticky; top: 16px; background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; font-size: 0.95rem; }
            .panel .hint { color: var(--muted); }
            .panel dl { display: grid; grid-template-columns: auto 1fr; gap: 4px 10px; margin: 0; }
            .panel dt { color: var(--muted); font-size: 0.85rem; direction: ltr; text-align: left; }
            .panel dd { margin: 0; overflow-wrap: anywhere; }
            .panel pre { margin: 0; white-space: pre-wrap; direction: ltr; text-align: left; font-size: 0.8rem; }
            .links { margin: 0; padding-inline-start: 1.5em; }
            .link { margin: 6px 0; cursor: pointer; }
            .chip { display: inline-block; border-radius: 6px; padding: 2px 6px; background: var(--bg); border-bottom: 2px solid var(--accent); }
            .chip.missing { background: #eee; }
            .arrow { margin: 0 8px; color: var(--muted); font-weight: bold; }
            details.table summary { cursor: pointer; margin-top: 14px; font-weight: 600; }
            table { border-collapse: collapse; width: 100%; margin-top: 8px; font-size: 0.9rem; }
            th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: start; vertical-align: top; }
            tr.active td { background: #fef9c3; }
            code { font-size: 0.8rem; }
            td.span { white-space: nowrap; }
            .empty { color: var(--muted); }

            """
        for style in styles {
            rules += ".t-\(style.type.rawValue) { --bg: \(style.background); --accent: \(style.accent); }\n"
            rules += "mark.t-\(style.type.rawValue), .swatch.t-\(style.type.rawValue) { background: \(style.background); border-bottom-color: \(style.accent); }\n"
        }
        return rules
    }

    /// Fills the side panel on hover or focus, highlights a link's members, and reports on `<body>`
    /// how many entities are marked (`data-marked`), that it ran (`data-ready`), and any errors.
    private static let script = """

        (function () {
          var errors = 0;
          window.addEventListener('error', function () { errors += 1; document.body.dataset.errors = String(errors); });
          var data = JSON.parse(document.getElementById('entity-data').textContent);
          var details = document.getElementById('details');
          function add(dl, key, value) {
            if (value === undefined || value === null || value === '') return;
            var dt = document.createElement('dt'); dt.textContent = key;
            var dd = document.createElement('dd');
            dd.dir = ['text', 'unit', 'link', 'canonical', 'warnings'].indexOf(key) >= 0 ? 'auto' : 'ltr';
            if (typeof value === 'object') { var pre = document.createElement('pre'); pre.textContent = JSON.stringify(value, null, 1); dd.appendChild(pre); }
            else { dd.textContent = String(value); }
            dl.appendChild(dt); dl.appendChild(dd);
          }
          function select(d, e) {
            document.querySelectorAll('.active').forEach(function (n) { n.classList.remove('active'); });
            document.querySelectorAll('[data-d="' + d + '"][data-e="' + e + '"]').forEach(function (n) { n.classList.add('active'); });
            var doc = data[d]; var entity = doc && doc.entities[e]; if (!entity) return;
            var dl = document.createElement('dl');
            add(dl, 'type', entity.type); add(dl, 'text', entity.text); add(dl, 'span', entity.start + '–' + entity.end);
            add(dl, 'value', entity.value); add(dl, 'qualifier', entity.qualifier); add(dl, 'unit', entity.unit);
            add(dl, 'role', entity.role); add(dl, 'canonical', entity.canonical);
            add(dl, 'warnings', entity.warnings && entity.warnings.join('; ')); add(dl, 'rule', entity.rule);
            (doc.links || []).forEach(function (link) {
              var members = [link.person].concat(link.titles || []); if (link.organization !== undefined) members.push(link.organization);
              if (members.indexOf(e) >= 0) add(dl, 'link', members.map(function (i) { return doc.entities[i] ? doc.entities[i].text : '?'; }).join(' ← '));
            });
            details.replaceChildren(dl);
          }
          document.querySelectorAll('mark.ent, .chip[data-e], tr[data-e]').forEach(function (node) {
            var show = function (event) { event.stopPropagation(); select(Number(node.dataset.d), Number(node.dataset.e)); };
            node.addEventListener('mouseover', show); node.addEventListener('focus', show); node.addEventListener('click', show);
          });
          document.querySelectorAll('.link').forEach(function (row) {
            var members = row.dataset.members.split(' ');
            var toggle = function (on) {
              members.forEach(function (e) {
                document.querySelectorAll('mark.ent[data-d="' + row.dataset.d + '"][data-e="' + e + '"]').forEach(function (n) { n.classList.toggle('linked', on); });
              });
            };
            row.addEventListener('mouseenter', function () { toggle(true); });
            row.addEventListener('mouseleave', function () { toggle(false); });
          });
          var target = /^#d(\\d+)e(\\d+)$/.exec(location.hash);
          if (target) select(Number(target[1]), Number(target[2]));
          var marked = new Set();
          document.querySelectorAll('mark.ent').forEach(function (n) { marked.add(n.dataset.d + ':' + n.dataset.e); });
          document.body.dataset.marked = String(marked.size);
          document.body.dataset.errors = String(errors);
          document.body.dataset.ready = '1';
        })();

        """
}
