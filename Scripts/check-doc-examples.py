#!/usr/bin/env python3
"""Check that every public declaration of the ArabicText library shows an Arabic example.

Issue 7 asks for "every public symbol documented with an Arabic example". This script
lists the public declarations of `Sources/ArabicText` whose doc comment contains no Arabic
script, so a missing example is found by a tool instead of by review.

What counts as a public declaration:
  - any declaration written with `public` or `open` (types, `init`, `func`, `var`, `let`,
    `static let`, `subscript`, `typealias`, operators…), also inside extensions;
  - members without an access modifier inside a `public extension`;
  - requirements of a `public protocol`;
  - the `case`s of a `public enum` (they are as public as their enum).
  `public import` and the `extension` line itself are not symbols and are not counted.

What counts as documented with an example: the `///` lines (or a `/** … */` block) written
directly above the declaration — attributes, even ones spread over several lines, may sit
between the comment and the declaration — contain at least one Arabic letter.

Usage (from anywhere; paths default to the library's sources):
  Scripts/check-doc-examples.py [PATH …]             one `file:line: declaration` per miss, then a summary
  Scripts/check-doc-examples.py --summary [PATH …]   only the counts per folder
  Scripts/check-doc-examples.py --self-test          checks this script on small Swift snippets
Exit status: 1 when any public declaration lacks an Arabic example, 0 otherwise.
"""

import collections
import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_ROOT = REPO / "Sources" / "ArabicText"

# Arabic script: the Arabic block, its supplement, extended-A and the presentation forms.
ARABIC = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")

# Words that may precede the declaration keyword.
MODIFIERS = {
    "public", "open", "internal", "private", "fileprivate", "package",
    "static", "class", "final", "override", "mutating", "nonmutating", "nonisolated",
    "convenience", "required", "lazy", "dynamic", "indirect", "weak", "unowned",
    "consuming", "borrowing", "prefix", "postfix", "infix", "isolated",
}
ACCESS_WORDS = {"public", "open", "internal", "private", "fileprivate", "package"}
TYPE_KEYWORDS = {"struct", "class", "enum", "protocol", "actor", "extension"}
DECL_KEYWORDS = TYPE_KEYWORDS | {
    "func", "init", "var", "let", "subscript", "typealias", "associatedtype", "case",
    "macro", "operator", "precedencegroup", "deinit", "import",
}

# `@Attribute`, optionally followed by an argument list (closed on this line or not).
ATTRIBUTE = re.compile(r"@[A-Za-z_][\w.]*")
# The opening delimiter of a string literal: `"`, `"""`, or a raw `#"`, `##"""`…
STRING_START = re.compile(r'(#*)("""|")')
# `private(set)` and friends: a setter's access, not the declaration's.
SETTER_ACCESS = re.compile(r"\b(?:public|open|internal|private|fileprivate|package)\s*\(\s*set\s*\)")


def strip_code(source):
    """Returns the lines of `source` with comments and string contents replaced by spaces.

    Braces inside strings and comments (the embedded lexicons are long raw strings) must
    not open or close scopes. String interpolations `\\(…)` stay code. Line breaks are kept,
    so line numbers stay those of the file.
    """
    out = []
    i, n = 0, len(source)
    # A stack of open contexts: ("code", paren depth for an interpolation) or
    # ("string", number of #, multi-line?).
    stack = [("code", 0)]

    def blank(ch):
        return ch if ch == "\n" else " "

    while i < n:
        kind = stack[-1][0]
        ch = source[i]
        if kind == "code":
            if source.startswith("//", i):
                j = source.find("\n", i)
                j = n if j < 0 else j
                out.append(" " * (j - i))
                i = j
                continue
            if source.startswith("/*", i):
                depth, j = 1, i + 2  # Swift block comments nest.
                while j < n and depth:
                    if source.startswith("/*", j):
                        depth, j = depth + 1, j + 2
                    elif source.startswith("*/", j):
                        depth, j = depth - 1, j + 2
                    else:
                        j += 1
                out.append("".join(blank(c) for c in source[i:j]))
                i = j
                continue
            m = STRING_START.match(source, i)
            if m:
                hashes, quote = len(m.group(1)), m.group(2)
                stack.append(("string", hashes, quote == '"""'))
                out.append(" " * (m.end() - i))
                i = m.end()
                continue
            if ch == "(" and len(stack) > 1:
                stack[-1] = ("code", stack[-1][1] + 1)
            elif ch == ")" and len(stack) > 1:
                if stack[-1][1] == 0:  # The end of an interpolation.
                    stack.pop()
                    out.append(" ")
                    i += 1
                    continue
                stack[-1] = ("code", stack[-1][1] - 1)
            out.append(ch)
            i += 1
        else:
            _, hashes, multiline = stack[-1]
            close = ('"""' if multiline else '"') + "#" * hashes
            escape = "\\" + "#" * hashes
            if source.startswith(close, i):
                stack.pop()
                out.append(" " * len(close))
                i += len(close)
            elif source.startswith(escape + "(", i):
                stack.append(("code", 0))
                out.append(" " * (len(escape) + 1))
                i += len(escape) + 1
            elif source.startswith(escape, i):
                # The escape and the escaped character (a line break stays one).
                escaped = source[i:i + len(escape) + 1]
                out.append("".join(blank(c) for c in escaped))
                i += len(escaped)
            else:
                out.append(blank(ch))
                i += 1
    return "".join(out).split("\n")


def parse_declaration(code):
    """Reads the start of a (comment-free) line: (keyword, explicit access, rest) or None.

    Leading attributes must be complete on the line; `keyword` is the declaration keyword
    (`func`, `case`, `struct`…) and `access` the access word written before it, if any.
    """
    text = SETTER_ACCESS.sub(" ", code).strip()
    while text.startswith("@"):
        m = ATTRIBUTE.match(text)
        if not m:
            return None
        text = text[m.end():].lstrip()
        if text.startswith("("):
            depth = 0
            for k, c in enumerate(text):
                depth += c == "("
                depth -= c == ")"
                if depth == 0:
                    break
            if depth:
                return None
            text = text[k + 1:].lstrip()
    access = None
    words = text.split()
    for index, word in enumerate(words):
        bare = re.match(r"[A-Za-z_]\w*", word)
        if not bare:
            return None
        name = bare.group(0)
        if name in DECL_KEYWORDS:
            return name, access, " ".join(words[index:])
        if name in MODIFIERS and name == word:
            if name in ACCESS_WORDS:
                access = name
            continue
        return None
    return None


def attribute_opens(code):
    """True when the line starts an attribute whose argument list continues below."""
    text = code.strip()
    if not text.startswith("@"):
        return False
    return text.count("(") > text.count(")")


def scan(path):
    """Yields (line number, declaration text, documented with Arabic?) for the public
    declarations of one Swift file."""
    source = path.read_text(encoding="utf-8")
    raw = source.split("\n")
    code = strip_code(source)
    # Scopes: (kind, public?) — kind is a type keyword or "block" (bodies, closures, accessors).
    scopes = [("file", True)]
    pending_type = None  # A type declaration whose `{` has not been seen yet.
    doc = []  # The doc comment lines collected above the current line.
    in_doc_block = False  # Inside a `/** … */` comment.
    attribute_depth = 0  # Open parentheses of a multi-line attribute.

    for number, (line, stripped) in enumerate(zip(raw, code), start=1):
        text = line.strip()
        if in_doc_block:
            doc.append(text)
            in_doc_block = "*/" not in text
            continue
        if text.startswith("///"):
            doc.append(text)
            continue
        if text.startswith("/**") and not text.startswith("/**/"):
            doc = [text]
            in_doc_block = "*/" not in text[3:]
            continue
        if attribute_depth:  # Continuation of an attribute's arguments: keep the doc.
            attribute_depth += stripped.count("(") - stripped.count(")")
            continue
        if attribute_opens(stripped):
            attribute_depth = stripped.count("(") - stripped.count(")")
            continue

        parsed = parse_declaration(stripped)
        if parsed:
            keyword, access, rest = parsed
            kind, scope_public = scopes[-1]
            if kind == "block":
                public = False  # Local declarations and the `case`s of a `switch`.
            elif keyword in ("import", "extension"):
                public = False  # Not symbols of their own.
            elif access in ("public", "open"):
                public = True
            elif access is None and kind in ("enum", "protocol", "extension"):
                # Enum cases are as public as their enum; protocol requirements and the
                # members of a `public extension` are as public as the protocol/extension.
                public = scope_public and (kind != "enum" or keyword == "case")
            else:
                public = False
            if public:
                documented = any(ARABIC.search(d) for d in doc)
                yield number, rest if len(rest) <= 100 else rest[:99] + "…", documented
            if keyword in TYPE_KEYWORDS:
                pending_type = (keyword, access in ("public", "open") or (
                    access is None and kind in ("protocol", "extension") and scope_public))
            doc = []
        elif not stripped.strip().startswith("@"):
            doc = []  # A blank line or other code: the comment above belongs to nothing here.

        for c in stripped:
            if c == "{":
                scopes.append(pending_type or ("block", False))
                pending_type = None
            elif c == "}" and len(scopes) > 1:
                scopes.pop()


def relative(path):
    try:
        return path.resolve().relative_to(REPO)
    except ValueError:
        return path


def swift_files(arguments):
    roots = [pathlib.Path(a) for a in arguments] or [DEFAULT_ROOT]
    for root in roots:
        if root.is_dir():
            yield from sorted(root.rglob("*.swift"))
        else:
            yield root


def main(argv):
    if "--self-test" in argv:
        return self_test()
    summary_only = "--summary" in argv
    paths = [a for a in argv if not a.startswith("--")]
    missing, total = collections.Counter(), collections.Counter()
    for path in swift_files(paths):
        folder = str(relative(path.parent))
        for number, declaration, documented in scan(path):
            total[folder] += 1
            if not documented:
                missing[folder] += 1
                if not summary_only:
                    print(f"{relative(path)}:{number}: {declaration}")
    if not summary_only and missing:
        print()
    width = max((len(str(v)) for v in total.values()), default=1)
    for folder in sorted(total):
        print(f"{missing[folder]:{width}d}/{total[folder]:{width}d} without an Arabic example  {folder}")
    print(f"{sum(missing.values())} of {sum(total.values())} public declarations lack an Arabic example")
    return 1 if missing else 0


# --- A test of the script itself -------------------------------------------------------

SELF_TEST_SOURCE = '''\
/// A type with an example: `وزارة العمل`.
public struct Documented {
    /// No example here.
    public var plain: Int
    /// Holds `"مسقط"`.
    public private(set) var city: String
    var internalMember: Int
    public init() { let brace = "}{"; _ = brace }
}

/// Kinds: `سعادة`.
public enum Kind {
    /// `سعادة السيد`
    case honorific
    case position, other
    /// Not a case of the enum: a switch inside a method.
    public func name() -> String {
        switch self {
        case .honorific: return "a"
        default: return "b"
        }
    }
}

enum Hidden {
    case notPublic
}

/// An extension.
public extension Documented {
    /// Implicitly public, with `عمان`.
    func visible() {}
    func alsoVisible() {}
}

/// The protocol: `استخراج`.
public protocol Extractor {
    func extract()
}

/// A long attribute; the declaration: `ثلاثة`.
@available(*, deprecated,
           message: "a message")
public func old() {}

let text = #"""
  public func insideAString() {
"""#
/** A block comment with `مثال`. */
public let blockDocumented = 1
public import Foundation

@available(*, deprecated,
           message: "no comment above")
public func undocumented() {}
/// The comment of a declaration that is not public.
func internalFunction() {}
public func afterAnInternalOne() {}
'''

SELF_TEST_EXPECTED = [
    (2, True), (4, False), (6, True), (8, False),
    (12, True), (14, True), (15, False), (17, False),
    (32, True), (33, False),
    (37, True), (38, False),
    (44, True),
    (50, True),
    (55, False), (58, False),
]


def self_test():
    import tempfile

    with tempfile.TemporaryDirectory() as directory:
        path = pathlib.Path(directory) / "Sample.swift"
        path.write_text(SELF_TEST_SOURCE, encoding="utf-8")
        got = [(number, documented) for number, _, documented in scan(path)]
    if got != SELF_TEST_EXPECTED:
        print("self-test FAILED")
        print("expected:", SELF_TEST_EXPECTED)
        print("got:     ", got)
        return 1
    print(f"self-test passed ({len(got)} declarations)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
