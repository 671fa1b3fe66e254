"""Where a name found by another finder really ends: a list its abbreviation spells ("Department for Science,
Innovation and Technology (DSIT)"), a capitalised head that continues it ("Privacy Shield Program"), a status in
parentheses ("(Draft)")."""

from __future__ import annotations

import re

_LIST_WORDS = r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*,?\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
_LIST_TAIL = re.compile(_LIST_WORDS + r"(?:(?=\s*\(([A-Z]{3,10})\))|(?![\w(-]|\s+\())")


def list_name_end(text: str, start: int, end: int) -> int:
    """Where a name whose words are a list ends when its abbreviation spells the whole list: "Department for
    Science, Innovation and Technology (DSIT)" is one name, not "Department for Science" and a second name (the
    name may start with words the abbreviation leaves out: "United Kingdom Department for ... (DSIT)"). The
    abbreviation may be defined elsewhere in the document ("the Department for Digital, Culture, Media and Sport"
    in a text that also says "DCMS")."""
    m = _LIST_TAIL.match(text, end)
    if not m or _abbreviation_alone(text[start:end]):
        return end  # "between the EU and U.S. companies": an abbreviation is a whole name, no list's first word
    words = re.findall(r"[A-Za-z][\w-]*", text[start : m.end()])
    capitals = "".join(w[0] for w in words if w[0].isupper())
    # "Ministry of Land, Infrastructure and Transport (MOLIT)" spells the "of" too
    with_of = "".join(w[0].upper() for w in words if w[0].isupper() or w in ("of", "for", "on"))
    if m.group(1):
        abbr = m.group(1)
        return m.end() if capitals.endswith(abbr) or with_of.endswith(abbr) else end
    # elsewhere: the abbreviation spells every word of the list and at least one word before it
    listed = len(re.findall(r"[A-Z][\w-]*", text[end : m.end()])) + 1
    for letters in (capitals, with_of):
        for k in range(len(letters) - listed, -1, -1):
            if re.search(r"(?<![\w-])" + letters[k:] + r"(?![\w-])", text):
                return m.end()
    return end


def _abbreviation_alone(name: str) -> bool:
    """The name is one word in capitals ("EU", "OECD"): an abbreviation, which spells no list after it."""
    return " " not in name.strip() and name.isupper()


_CONTINUATION = re.compile(r"(?:\s*\([A-Z][A-Za-z0-9&.-]{1,11}\))?[ \t]+([A-Z][a-z]+)\b")


def continued_name_end(text: str, end: int, heads: frozenset[str]) -> int:
    """Where a name ends that a capitalised head continues, right after it or after its parenthesised
    abbreviation: "the Privacy Shield Program", "Cross-Border Privacy Rules (CBPR) System"."""
    m = _CONTINUATION.match(text, end)
    return m.end() if m and m.group(1).lower() in heads else end


#: "(HIPAA) Privacy, Security, and Enforcement Rules": an abbreviation in parentheses, then capitalised words (a
#: list of subjects, joined by commas and "and") and the rule noun
_ABBREVIATION_THEN_RULE = re.compile(
    r"[ \t]?\([A-Z][A-Za-z0-9&.-]{1,11}\)[ \t]+(?:[A-Z][a-z]+,?[ \t]+(?:and[ \t]+)?){0,4}(?P<noun>[A-Z][a-z]+)\b"
)


def rule_after_abbreviation_end(text: str, end: int, rule_nouns: frozenset[str]) -> int:
    """Where the name ends of a rule named after the act it implements, the act's abbreviation in parentheses
    between: "Children's Online Privacy Protection Act (COPPA) Rule", "Health Insurance Portability and
    Accountability Act (HIPAA) Privacy, Security, and Enforcement Rules" name the rules, not the act."""
    m = _ABBREVIATION_THEN_RULE.match(text, end)
    return m.end() if m and m.group("noun").lower() in rule_nouns else end


_PAREN_RIGHT_AFTER = re.compile(r"[ \t]?\(([^()\n]{1,40})\)")


def status_end(text: str, end: int, statuses: frozenset[str]) -> int:
    """Where a title ends that its status in parentheses continues: "the Personal Information Protection Law
    (Draft)", "Measures (Trial)"; the parenthesis names the text's stage, no abbreviation of it."""
    m = _PAREN_RIGHT_AFTER.match(text, end)
    return m.end() if m and m.group(1).strip().lower() in statuses else end
