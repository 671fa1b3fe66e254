"""Other names given right after a mention: abbreviations and aliases in a parenthesis ("Court of Justice of the
European Union (CJEU)"), "known as ..." and names in other languages with their language's label."""

from __future__ import annotations

import re

#: "Long Name (ABBR)"; "Long Name or ("ABBR")": the parenthesis glosses the name as an alternative
_PAREN_AFTER = re.compile(r"(?:\s+or)?\s*\(([^()\n]{1,60})\)")
#: a month's name, in full or abbreviated ("Sept", "Feb")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
_MONTH += r"|nov(?:ember)?|dec(?:ember)?)"
# whole words only: "ANPD", "ANATEL", "ORF" are abbreviations, not "an"/"or"
_NOT_ABBREV = re.compile(
    r"^(?:(?:e\.g\.|i\.e\.|formerly|see|now|the|a|an|and|or)(?!\w)|\d[\d,.\s]*$"
    # a code citation: "(15 U.S.C. 41 et seq.)"; not an abbreviation it follows: "(CFAA, 18 U.S.C. 1030 et seq.)"
    r"|\d+\s+U\.?\s?S\.?\s?C\.?|(?!(?-i:[A-Z][A-Z0-9&-]{1,11})[,;]\s).*\bet\s+seq\b"
    r"|nos?\.?\s*\d"  # a bare number: "an Act of the Indian Parliament (No 21 of 2000)"
    # a date: "Republic Act No. 10175 (Sept. 12, 2012)", "Cybersecurity Law (1 June 2017)": when, not another name
    r"|(?:\d{1,2}\s+)?" + _MONTH + r"\.?\s+(?:\d{1,2}|(?:19|20)\d\d)\b|\d{1,2}\s+" + _MONTH + r"\b"
    r"|reftels?\b|refs?\s+[a-z0-9]\b"  # a telegram citing a cable it refers to: "(REF B)", "(REFTEL)"
    # a cited telegram, its post and serial: "(Lisbon 4021 NOTAL)", "(STATE 219721)"; not a name with a year ("(PDP
    # Bill 2019)") nor a law's short form with its number ("(GR 82)", "(EO 14117)": a post's name has 4+ letters)
    r"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{4,}(?:\s+[A-Z]{4,})?)\s+(?!(?:19|20)\d\d\b)\d{3,}(?:\s+(?-i:[A-Z]{3,}))?$)",
    re.I,
)
# "Law No. 6698 ..., known by its Turkish abbreviation KVKK", "the Act, known as POPIA"
_KNOWN = r",?\s+(?:also\s+|commonly\s+|widely\s+)?known\s+"
_KNOWN_AS = re.compile(
    _KNOWN + r"(?:as|by\s+(?:its|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:abbreviation|acronym|initials|short\s+name))\s+(?:the\s+)?([A-Z][A-Z0-9&-]{1,11})\b"
)
# "..., known as the Malabo Convention": a short name ending in a law head
_KNOWN_AS_NAME = re.compile(
    _KNOWN + r"as\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+"
    r"(?:Act|Law|Convention|Regulation|Directive|Decree|Agreement|Treaty|Rules|Framework|Package|Code))\b"
)


#: "Haute Autorité pour ... internet (High Authority for the Distribution of Works ...) (HADOPI)": a name in another
#: language, its English rendering in a parenthesis too long for an alias, then its abbreviation in capitals
_GLOSS_THEN_ABBREVIATION = re.compile(r"[ \t]*\((?-i:[A-Z])[^()\n]{60,300}\)[ \t]*\(((?-i:[A-Z][A-Z0-9&-]{1,11}))\)")


#: "National Commission for ... (CNDP; French: Commission nationale ...)": the abbreviation first in a parenthesis
#: too long for an alias, then a language's label and the name in that language
_ABBREVIATION_THEN_LABEL = re.compile(r"[ \t]*\(((?-i:[A-Z][A-Z0-9&-]{1,11}));[ \t]*[A-Z][a-z]+:[^()\n]{1,300}\)")


#: what separates two names inside one parenthesis: "PRC or China", "TFTP, also known as SWIFT"
_ALIAS_SEPARATOR = re.compile(r",?\s+(?:also\s+|commonly\s+)?known\s+as\s+|[,;]\s*|\s+or\s+")


def abbreviations_after(text: str, end: int, not_names: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Spans named in a parenthesis right after a mention: "Court of Justice of the European Union (CJEU)",
    "People’s Republic of China (PRC or China)", "(“PAFACAA” or “the act”)", "(TFTP, also known as SWIFT)"; a code
    citation may come first ("Act (50 U.S.C. 1701 et seq.) (IEEPA)"), or a long English rendering of a name in
    another language ("Haute Autorité ... (High Authority for ...) (HADOPI)"), or it opens a long parenthesis
    before a language's label ("(CNDP; French: Commission nationale ...)"); or an acronym introduced by "known as" /
    "known by its abbreviation". A parenthesis whose first word is one of `not_names` names nothing of the mention:
    it cites a part of a text ("(Annex II)", "(Article 5)") or names a peer ("(Viscount Camrose)")."""
    m = _PAREN_AFTER.match(text, end)
    first = m.group(1).split()[:1] if m else []  # a parenthesis may hold only spaces: "U.S. ( )"
    if first and first[0].lower() in not_names:
        return []
    if m and _NOT_ABBREV.match(m.group(1).strip()):
        m = _PAREN_AFTER.match(text, m.end())  # past a code citation to a parenthesis that may name it
        if m and _NOT_ABBREV.match(m.group(1).strip()):
            return []
    if not m:
        g = _GLOSS_THEN_ABBREVIATION.match(text, end) or _ABBREVIATION_THEN_LABEL.match(text, end)
        if g:
            return [(g.start(1), g.end(1))]
        k = _KNOWN_AS.match(text, end) or _KNOWN_AS_NAME.match(text, end)
        return [(k.start(1), k.end(1))] if k else []
    inner_start, inner = m.start(1), m.group(1)
    out = []
    pos = 0
    for sep in [*_ALIAS_SEPARATOR.finditer(inner), None]:
        stop = sep.start() if sep else len(inner)
        raw = inner[pos:stop]
        p = raw.strip().strip("\"“”‘’'")
        if (
            p
            and (p[0].isupper() or p[0].isdigit())
            and len(p.split()) <= 5
            and not _NOT_ABBREV.match(p)
            and not _clause(p)
        ):
            s = inner_start + pos + raw.index(p)
            out.append((s, s + len(p)))
        pos = sep.end() if sep else stop
    return out


#: lower-case words that may stand inside a name ("Law on Cybersecurity", "Kingdom of Saudi Arabia")
_NAME_INNER_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "de", "du", "des", "la", "le", "&"})


def _clause(words: str) -> bool:
    """A parenthesis that says something ("France (Sarkozy was stunned)", "(Paris agreed)") rather than naming: a
    lower-case word that is no name's connector ("was", "agreed"); a name or an abbreviation has none."""
    return any(w.isalpha() and w.islower() and w not in _NAME_INNER_WORDS for w in re.findall(r"[^\W\d_]+", words))


#: a parenthesis right after a name, up to 300 characters on one line
_LONG_PAREN_AFTER = re.compile(r"[ \t]*\(([^()\n]{3,300})\)")
#: "French: Loi sur ...", "rus. Закон Яровой": a language's label, then the name in that language
_LABELLED_NAME = re.compile(r"([A-Za-z]+)(?::|\.)\s*(.+)", re.S)


def foreign_names_after(text: str, end: int, labels: frozenset[str]) -> list[tuple[int, int]]:
    """Names of the same thing in other languages, given in a parenthesis right after its English name with the
    language's label: "Personal Information Protection Law (Chinese: 个人信息保护法; pinyin: Gèrén xìnxī bǎohù fǎ)",
    "the Yarovaya law (rus. Закон Яровой)", "PIPEDA; French: Loi sur ...". Items are separated by ";"."""
    m = _LONG_PAREN_AFTER.match(text, end)
    if m is None:
        return []
    out = []
    pos = m.start(1)
    for item in m.group(1).split(";"):
        labelled = _LABELLED_NAME.match(item.strip())
        if labelled and labelled.group(1).lower() in labels:
            name = labelled.group(2).strip().strip("\"“”‘’'")
            start = text.index(name, pos)
            if name and not name[0].isdigit():
                out += _renderings(name, start)
        pos += len(item) + 1
    return out


def _non_latin(words: str) -> bool:
    """Written in a script other than the Latin alphabet (Arabic, Cyrillic, Han ...)."""
    return any(ch.isalpha() and ord(ch) > 0x24F for ch in words)


def _renderings(name: str, start: int) -> list[tuple[int, int]]:
    """The spans of a foreign name at `start`: one, or two where a comma parts its own script from its
    romanisation ("هيئة الاتصالات, Hai'at al-Ittisalat": the same name written twice); a comma between words of one
    script stays inside the name ("Ministère des Postes, des Télécommunications")."""
    head, sep, tail = name.partition(", ")
    if not sep or _non_latin(head) == _non_latin(tail):
        return [(start, start + len(name))]
    second = start + len(head) + len(sep)
    return [(start, start + len(head)), (second, second + len(tail))]
