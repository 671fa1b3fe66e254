"""A person's name written in capitals in a telegram's subject, reference, pass or signature line ("SUBJECT: DHS SEC.
NAPOLITANO'S MEETING WITH ZAPATERO", the signature "CHACON") after the prose has named the person in mixed case
("DHS Secretary Janet Napolitano", "President Jose Luis Rodriguez Zapatero").

A telegram writes its header lines, and sometimes its whole text, in capitals, where every word looks like a name
and the statistical model reads names badly. The same document naming a person in mixed case says which words in
capitals are that person's name: the full name or the surname alone."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.rules import Cand

#: a mixed-case word of a name: a capital, then lower-case letters (a hyphen or an apostrophe inside allowed)
_MIXED_WORD = re.compile(r"[A-Z][a-z’'-]*[a-z]")


def caps_repeats(
    text: str,
    chosen: list[Cand],
    occupied: bytearray,
    common_words: frozenset[str],
    is_other_name: Callable[[str], bool] = lambda name: False,
) -> list[Cand]:
    """The chosen candidates and the capitals forms of the persons' names the text gives in mixed case: the full
    name ("JANET NAPOLITANO") and the surname ("NAPOLITANO", "NAPOLITANO'S"); and of its laws' and firms' names
    (`_title_forms`: "HADOPI 2" after "Hadopi 2"). A surname that is also an ordinary
    word ("RICE", "YOUNG") or a known name of something else (`is_other_name`: "LONDON") is left alone: in capitals
    it may be the word or the place."""
    forms: dict[str, Cand] = {}
    for c in chosen:
        if c.type != "Person":
            continue
        words = text[c.start : c.end].split()
        if not words or not all(_MIXED_WORD.fullmatch(w) or re.fullmatch(r"[A-Z]\.", w) for w in words):
            continue
        last = words[-1]
        if len(last) < 4 or last.lower() in common_words or is_other_name(last):
            continue
        forms.setdefault(last.upper(), c)
        if len(words) > 1:
            forms.setdefault(" ".join(words).upper(), c)
    forms.update({k: v for k, v in _title_forms(text, chosen, common_words).items() if k not in forms})
    added: list[Cand] = []
    for form in sorted(forms, key=len, reverse=True):
        c = forms[form]
        pattern = r"(?<![\w.’'-])" + r"\s+".join(map(re.escape, form.split())) + r"(?![\w-])(?!['’][A-Z]\w)"
        for m in re.finditer(pattern, text):
            a, b = m.span()
            if any(occupied[a:b]):
                continue
            occupied[a:b] = b"\1" * (b - a)
            added.append(Cand(a, b, c.type, "repeat", 2, c.confidence * 0.9))
    return sorted(chosen + added, key=lambda x: x.start)


#: a word of a law's or a firm's name in mixed case: a capital and lower-case letters, or a number ("Hadopi 2")
_TITLE_WORD = re.compile(r"[A-Z][a-z’'-]*[a-z]|\d+")


def _title_forms(text: str, chosen: list[Cand], common_words: frozenset[str]) -> dict[str, Cand]:
    """The capitals forms of the laws and firms the text names in mixed case ("Hadopi 2" -> "HADOPI 2", in the
    subject line "SUBJECT: HADOPI 2: ..."): a telegram's subject line repeats in capitals the names its prose gives.
    Only a name that cannot be an ordinary word in capitals: two words or more, or one word that is no English
    word ("Google", not "Council")."""
    forms: dict[str, Cand] = {}
    for c in chosen:
        if c.type not in ("Law", "Firm"):
            continue
        words = text[c.start : c.end].split()
        if not words or not all(_TITLE_WORD.fullmatch(w) for w in words) or not _MIXED_WORD.fullmatch(words[0]):
            continue
        if len(words) == 1 and (len(words[0]) < 4 or words[0].lower() in common_words):
            continue
        forms.setdefault(" ".join(words).upper(), c)
    return forms
