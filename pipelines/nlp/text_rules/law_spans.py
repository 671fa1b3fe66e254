"""Where a law's name ends, by how English builds law names: a name never runs on into a preposition or a
conjunction that brings in numbered provisions ("the Agreement with Articles 7, 8 and 47 of the Charter", "the
Charter and Article 16 TFEU": the provisions are of another instrument); the year of enactment after "of" belongs
to the name even when a footnote's number is glued to it ("Act of 1988.1"), and so does a version number ("COPPA
2.0"); and "Act of Congress" / "Act of
Parliament" is the generic description of a statute, so the words before it ("a United States Act of Congress")
name the legislature's country, not a law; and a system named by the rules it runs on ends in its capitalised
noun ("Cross Border Privacy Rules System")."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.figure_titles import start_at_figure_word
from pipelines.nlp.text_rules.issuer_titles import end_with_number_year, start_at_issuer
from pipelines.nlp.text_rules.law_publications import publication_name
from pipelines.nlp.text_rules.law_stages import staged_bare_head, start_after_stage_word
from pipelines.nlp.textview import line_bounds, repeated_line


@lru_cache(maxsize=4)
def _provisions_rx(provision_words: frozenset[str]) -> re.Pattern[str]:
    """A connective and a numbered provision ("with Articles 7", "and Article 16"); built once per word list."""
    words = "|".join(sorted({w.capitalize() for w in provision_words} | {"Art.", "Section", "Sections"}))
    return re.compile(r"[ \t\n]+(?:with|and|or|under|in|to|against)[ \t\n]+(?:" + words + r")[ \t\n]*\d")


def end_before_provisions(text: str, c: Cand, lex: Lexicon) -> int:
    """The end of a law's name before a connective that brings in a numbered provision: a name's own words are
    joined by "of", "on", "for", never by "with Articles 7" or "and Article 16" (those cite another instrument's
    provisions). A span that starts with a provision ("Articles 7 and 8 of ...") is left whole."""
    if c.type != "Law":
        return c.end
    m = _provisions_rx(lex.provision_words).search(text, c.start, c.end)
    return m.start() if m and m.start() > c.start else c.end


#: "of" and a year of enactment, then no further digit of a date or a number ("of 1988", "of 1988.1" with a
#: footnote's number after the full stop)
_OF_YEAR = re.compile(r"[ \t]+of(?:[ \t]+|[ \t]*\n[ \t]*)(?:1[89]|20)\d\d(?![\d,/-])")
_YEAR = r"(?:1[89]|20)\d\d"
#: the rest of a plural head's years after its first: "(Acts 1988) and 2003", "(Acts 1963) to 2012"
_MORE_YEARS = re.compile(r"(?:,[ \t]+" + _YEAR + r")*[ \t]+(?:and|to)[ \t]+" + _YEAR + r"\b")
#: a plural head's years right after it: "(Acts) 1988 and 2003"
_PLURAL_YEARS = re.compile(r"[ \t]+" + _YEAR + _MORE_YEARS.pattern)


def end_with_year(text: str, c: Cand, lex: Lexicon) -> int:
    """The end of a law's name ending in its kind ("... Act", "... Agreement"), with the year of enactment that
    follows after "of" ("Omnibus Trade and Competitiveness Act of 1988"): in a statute's short title the year is
    part of the name, even when a footnote's number follows the year's full stop ("Act of 1988.1 The ...")."""
    words = text[c.start : c.end].split()
    if c.type != "Law" or not words or words[-1].lower() not in lex.law_heads or len(words) < 2:
        return c.end
    m = _OF_YEAR.match(text, c.end)
    return m.end() if m else c.end


def end_with_plural_years(text: str, c: Cand, lex: Lexicon) -> int:
    """The end of the name of a series of statutes, a plural head cited with the years of its members ("the Data
    Protection Acts 1988 and 2003", "the Companies Acts 1963 to 2012"): the list of years is part of the citation.
    The span may end at the head or at its first year."""
    words = text[c.start : c.end].split()
    if c.type != "Law" or len(words) < 2:
        return c.end
    rx = _PLURAL_YEARS
    if re.fullmatch(_YEAR, words[-1]):
        words, rx = words[:-1], _MORE_YEARS
    head = words[-1].lower()
    if not (head.endswith("s") and head in lex.law_heads):
        return c.end
    m = rx.match(text, c.end)
    return m.end() if m else c.end


#: a title's word or a function word inside a title ("Secure and Trusted Communications")
_TITLE_WORD = r"(?:[A-Z][a-z][\w'’-]*|and|of|for|on|to|in|the)"
#: "the" and a title's first words at the end of a line, the name going on at the next line's start (indented or
#: not): "... section 2(a) of the Secure and Trusted Communications \n        Networks Act of 2019"; in the text the
#: pipeline reads a joined line break is spaces, more than one where the lines were indented (`textview`)
_TITLE_BEFORE_BREAK = re.compile(
    r"\b[Tt]he[ \t]+([A-Z][a-z][\w'’-]*(?:[ \t]+" + _TITLE_WORD + r")*?(?<=[a-z]))(?:[ \t]*\n[ \t]*|[ \t]{2,})$"
)


def start_across_line_break(text: str, c: Cand) -> int:
    """The start of a law's name that a hard line break cut (a statute's or a register's layout wraps lines at a
    fixed width, inside names): a name at a line's start goes back to the title-case words that end the line before,
    after "the" ("the Secure and Trusted Communications / Networks Act of 2019"). The last word of that line must be
    a capitalised word, not a function word ("the Minister of / Data Act" is left alone)."""
    if c.type != "Law" or not text[c.start : c.start + 1].isupper():
        return c.start
    m = _TITLE_BEFORE_BREAK.search(text, max(0, c.start - 150), c.start)
    if m is None or not m.group(1).split()[-1][:1].isupper() or _after_its_repeat(text, c.start):
        return c.start
    return m.start(1)


def _after_its_repeat(text: str, start: int) -> bool:
    """Whether the line a span starts on repeats the line before it (a page's title over its infobox's caption):
    the line before is a name of its own, not the first half of a wrapped one (`textview.repeated_line`)."""
    line_start, line_end = line_bounds(text, start)
    before = text[slice(*line_bounds(text, line_start - 1))] if line_start else ""
    return repeated_line(before, text[line_start:line_end])


#: a capitalised word of a title with a lower-case letter (no acronym: "UK", "EU" are short names of their own)
_LIST_WORD = r"[A-Z][\w'’-]*[a-z][\w'’-]*"
#: "the" and the first items of a list of title words, each one or two capitalised words and a comma, the last
#: perhaps the last before the span with "and" ("the Anti-terrorism, ", "the Crime, Justice and ")
_SERIAL_ITEMS_BEFORE = re.compile(
    r"\b[Tt]he[ \t]+((?:" + _LIST_WORD + r"(?:[ \t]+" + _LIST_WORD + r")?,[ \t]+)+"
    r"(?:(?:" + _LIST_WORD + r"(?:[ \t]+" + _LIST_WORD + r")?,?[ \t]+)?and[ \t]+)?)$"
)


def start_before_serial_list(text: str, c: Cand, lex: Lexicon) -> int:
    """The start of a law's name whose modifiers are a list ("the Anti-terrorism, Crime and Security Act 2001",
    "the Crime, Justice and Public Order Act"): one article before the list, items of capitalised words separated by
    commas and the last joined by "and" are one title, as English writes a series inside a title. The span found
    starts after a comma; the items before it go back into the name when the list ends in "and" (before the span
    or inside it, before the head) and no item is a body's head noun ("the Senate, House and Data Act": bodies)."""
    if c.type != "Law" or not text[c.start : c.start + 1].isupper():
        return c.start
    m = _SERIAL_ITEMS_BEFORE.search(text, max(0, c.start - 120), c.start)
    if m is None:
        return c.start
    joined = m.group(1).rstrip().endswith("and") or re.match(
        _LIST_WORD + r"(?:[ \t]+" + _LIST_WORD + r")?[ \t]+and[ \t]", text[c.start : c.end]
    )
    words = re.findall(r"[A-Za-z][\w'’-]*", m.group(1))
    if not joined or any(w.lower() in lex.bare_agency_heads | lex.org_heads for w in words):
        return c.start
    return m.start(1)


#: a US statute's designation inside a span: "(117th Congress) Public Law 55", "(Cite) Public Law 93-579"
_PUBLIC_LAW = re.compile(r"[ \t\n]+(?=Public[ \t]+Law[ \t]+\d)")
#: the principle that power is bound by law, a common noun phrase in title case too ("the Rule of Law Around ...")
_RULE_OF_LAW = re.compile(r"(?i)rule[ \t\n]+of[ \t\n]+law\b")


def start_at_public_law(text: str, c: Cand) -> int:
    """The start of a US statute cited by its Public Law number: the designation "Public Law" starts the name, and
    the words before it say which Congress passed it or introduce the citation ("117th Congress Public Law 55")."""
    if c.type != "Law":
        return c.start
    m = _PUBLIC_LAW.search(text, c.start, c.end)
    return m.end() if m else c.start


def rule_of_law(text: str, c: Cand) -> bool:
    """A law span that starts with "Rule of Law": the phrase names the principle (or a programme named after it,
    "the Rule of Law Initiative"), never an instrument."""
    return c.type == "Law" and _RULE_OF_LAW.match(text, c.start) is not None


def generic_act_of_legislature(text: str, c: Cand, lex: Lexicon) -> bool:
    """A law span ending in "Act" right before "of" and a legislature's noun ("a United States Act of Congress",
    "an Act of Parliament"): the phrase describes a statute by who passed it, and the words before "Act" say whose
    legislature it is; no law is named."""
    if c.type != "Law" or not text[c.start : c.end].endswith("Act"):
        return False
    m = re.match(r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][a-z]+)\b", text[c.end : c.end + 40])
    return m is not None and m.group(1).lower() in lex.bare_agency_heads


#: a version number after a name ("COPPA 2.0", "Privacy Shield 2.0"), not an amount ("2.5 million") nor the start
#: of a longer number ("1.2.3", "2.0,5")
_VERSION = re.compile(
    r"[ \t]+(?:v\.?[ \t]?)?\d{1,2}\.\d{1,2}(?![\d.,%])(?![ \t]+(?:million|billion|trillion|percent|per\b))"
)


def end_with_version(text: str, c: Cand) -> int:
    """The end of a law's name with the version number that follows it: a successor bill or framework is named
    after its predecessor and a version ("COPPA 2.0", "Safe Harbor 2.0"), and the number is part of its name (the
    name without it is the older instrument)."""
    if c.type != "Law":
        return c.end
    m = _VERSION.match(text, c.end)
    return m.end() if m else c.end


#: the law heads that alone name the one instrument of their kind a state or a body has ("the Constitution", "the
#: Charter"); any other head alone is a description ("the Protocol", "the Act", "the Rule")
_UNIQUE_HEADS = frozenset({"constitution", "charter"})


def bare_law_head(name: str, lex: Lexicon) -> bool:
    """A law's kind said alone, capitalised or not ("the Protocol", "the Act", a defined '(the "Rule")'): a
    description that refers to an instrument, which the document names elsewhere by its title, never a name
    itself (a state's or a body's "Constitution" and "Charter" are its one instrument of the kind, and named so)."""
    words = name.split()
    return len(words) == 1 and words[0].lower() in lex.law_heads and words[0].lower() not in _UNIQUE_HEADS


#: an advisory document's kind and its serial number and year ("Recommendations 02/2020", "Opinion 14/2021",
#: "Statement 01/2022"): a board's or a committee's numbered advice
_ADVICE = re.compile(r"(?i:opinions?|recommendations?|statements?|guidance)[ \t]+\d{1,2}/(?:19|20)\d\d\b")


def numbered_advice(text: str, c: Cand) -> bool:
    """A law span that is an advisory document cited by its number ("Recommendations 02/2020 on the European
    Essential Guarantees"): a data-protection board's or a committee's opinions, recommendations and statements
    advise on the law and bind no one, so they name no law (a "Decision" or a "Regulation" so numbered does)."""
    return c.type == "Law" and _ADVICE.fullmatch(text[c.start : c.end]) is not None


def procedural_document(text: str, c: Cand, lex: Lexicon) -> bool:
    """A law span that is the name of a body's procedural document ("Article 11 of its Rules of Procedure", "the
    committee's Terms of Reference", `procedural_document_names`): the body's own working rules, which bind no one
    outside it, are no law."""
    return c.type == "Law" and " ".join(text[c.start : c.end].lower().split()) in lex.procedural_document_names


def fix_law_spans(text: str, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """Law candidates with their ends set by `end_before_provisions`, `end_with_year` and `end_with_plural_years`,
    their starts by `start_at_public_law` and `start_across_line_break`, without the generic "Act of Congress"
    phrases (`generic_act_of_legislature`), the principle of the rule of law (`rule_of_law`), a law's kind said
    alone (`bare_law_head`), numbered advice (`numbered_advice`), a body's working rules
    (`procedural_document`), a publication's name (`publication_name`) and a law's kind after a stage word
    (`staged_bare_head`, whose leading stage word `start_after_stage_word` drops before a full name); a numbered
    act's start goes back to its issuer (`start_at_issuer`) and its end on to its year (`end_with_number_year`)."""
    out: list[Cand] = []
    for c in cands:
        if c.type != "Law":
            out.append(c)
            continue
        if generic_act_of_legislature(text, c, lex) or rule_of_law(text, c):
            continue
        if bare_law_head(text[c.start : c.end], lex) or numbered_advice(text, c) or procedural_document(text, c, lex):
            continue
        if publication_name(text, c, lex) or staged_bare_head(text, c, lex):
            continue
        c.start = start_after_stage_word(text, c, lex)
        c.start = start_at_public_law(text, c)
        c.end = end_before_provisions(text, c, lex)
        c.end = end_with_year(text, c, lex)
        c.end = end_with_plural_years(text, c, lex)
        c.end = end_with_version(text, c)
        c.start = start_across_line_break(text, c)
        c.start = start_before_serial_list(text, c, lex)
        c.start = start_at_figure_word(text, c, lex)
        c.start = start_at_issuer(text, c, lex)
        c.end = end_with_number_year(text, c, lex)
        out.append(c)
    return out


@lru_cache(maxsize=4)
def _system_name_rx(rule_heads: frozenset[str], system_nouns: frozenset[str]) -> re.Pattern[str]:
    """Capitalised words ending in a plural rule head and a capitalised system noun: "Cross Border Privacy Rules
    System"; built once per word lists."""
    heads = "|".join(sorted(w.capitalize() for w in rule_heads))
    nouns = "|".join(sorted(w.capitalize() for w in system_nouns))
    return re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*[ \t]+){1,6}(?:" + heads + r")[ \t]+(?:" + nouns + r")\b")


def find_capitalised_systems(text: str, lex: Lexicon) -> list[Cand]:
    """A system or programme named by the rules it runs on, its noun capitalised as part of the name ("the APEC
    Cross Border Privacy Rules System", "the Fair Information Principles Program"): the name ends in the system's
    noun, not in the rules' head; a function word that starts the sentence is no part of it ("The", "Under"), nor
    a title-case headline's verb and what comes before it ("Commerce Announces Global ... System")."""
    out: list[Cand] = []
    for m in _system_name_rx(lex.rule_system_heads, lex.law_name_continuations).finditer(text):
        start = m.start()
        for v in re.finditer(r"[A-Za-z]+", m.group(0)):
            if v.group(0).lower() in lex.headline_verbs:
                start = m.start() + v.end() + 1
        while (w := re.match(r"([A-Za-z]+)[ \t]+", text[start : m.end()])) and w.group(
            1
        ).lower() in lex.name_stop_starters:
            start += w.end()
        if start < m.end():
            out.append(Cand.of(start, m.end(), "Law", "named-system"))
    return out
