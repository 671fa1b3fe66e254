"""People in a capitalised run, named after a title: "Secretary of Commerce Gina Raimondo", "Foreign Minister
Lavrov", "Assistant Attorney General Matthew G. Olsen", "Mrs. RODGERS"."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.candidates import Cand
from pipelines.nlp.rules.run_words import Word

_TITLE_WORDS = {"assistant", "acting", "deputy", "senior", "chief", "principal", "former", "vice", "associate"}


def _caps_past_verb(word: Word, lex: Lexicon) -> bool:
    """In all-capitals text a verb in the past ("WALDHEIM APPOINTED JOHN HANNAH") looks like a name's word; the
    tagger still reads its "-ED" form as a verb, which ends the name before it. So do a finite verb the tagger reads
    ("BRUCE TOLD MAREI", "JONES HAS LEFT") and an irregular past form it does not ("RUSK MET WITH ...")."""
    if not word.text.isupper():
        return False
    tag = word.token.tag_
    if word.low.endswith("ed") and tag in ("VBD", "VBN"):
        return True
    return word.low in lex.irregular_past_verbs or tag in ("VBD", "VBZ", "VBP", "MD")


def _title(words: str, lex: Lexicon) -> bool:
    """A person's title, also when written with a hyphen ("Director-General", "Vice-President", "Attorney-General":
    the same title as "Director General")."""
    return words in lex.person_titles or words.replace("-", " ") in lex.person_titles


def persons_in_run(
    words: list[Word], lex: Lexicon, is_known_name=None, common_words: frozenset[str] = frozenset()
) -> list[Cand]:
    """People named after a title: "Secretary of Commerce Gina Raimondo", "Foreign Minister Lavrov",
    "Assistant Attorney General Matthew G. Olsen", "Mrs. RODGERS"; a title English writes as a word of the name
    (`lexicon.name_honorifics`: "Sheikh Hasina") starts it. One word after a title is no name when it is a
    verb form ("The President Addressing the Threat ...") or an ordinary word after a title that is itself an
    ordinary word ("the Official Journal", "Head Office")."""
    out: list[Cand] = []
    low = [x.low for x in words]
    n = len(words)
    i = 0
    while i < n:
        title_end = _title_end(low, i, lex)
        if (
            title_end is None
            or _field_of_a_body(low, i, title_end, lex)
            or _lower_case_clipping(words, i, title_end, lex)
        ):
            i += 1
            continue
        j = title_end
        if j < n and low[j] in ("of", "for"):
            portfolio_end = (_portfolio_end if low[j] == "of" else _for_portfolio_end)(words, low, j, lex, common_words)
            if portfolio_end is None:
                i = title_end
                continue
            j = portfolio_end
        name, j = _name_after_title(words, j, lex)
        name = _cut_at_headline_verb(name, lex)
        title = " ".join(low[i:title_end])
        if _is_person_name(name, title, lex, is_known_name, common_words):
            start = words[i].start if title in lex.name_honorifics else name[0].start
            out.append(Cand.of(start, name[-1].end, "Person", "title"))
        i = max(j, i + 1)
    return out


def _field_of_a_body(low: list[str], i: int, title_end: int, lex: Lexicon) -> bool:
    """A title that is also an ordinary word, after "of", names the field of the body before it, not a holder of
    the name after it ("the Department of Justice Settles With ...", "Ministry of Justice Publishes ...", "Court of
    Justice"); a full title after "of" stays one ("the office of Senator Smith")."""
    return i > 0 and low[i - 1] == "of" and " ".join(low[i:title_end]) in lex.weak_person_titles


def _lower_case_clipping(words: list[Word], i: int, title_end: int, lex: Lexicon) -> bool:
    """A clipped title of one word ("DAS", deputy assistant secretary) written in lower case, where it is a name's
    particle of another language ("PL das Fake News", "Maria das Dores"): English writes a clipped title in
    capitals, and a particle in lower case."""
    word = words[i]
    return title_end == i + 1 and word.text.islower() and word.low in lex.name_particles


def _portfolio_word(word: Word, lex: Lexicon) -> bool:
    """A word of a portfolio's name ("Technology" of "Science and Technology", "Trade", "Relations"): one such word
    alone after a title goes on naming the office ("Minister of Information and Communications Technology"), it
    names no holder."""
    return word.low in portfolio_words(lex)


@lru_cache(maxsize=4)
def portfolio_words(lex: Lexicon) -> frozenset[str]:
    """The words of the lexicon's portfolio names and final words, without the connectors."""
    words = {w for p in lex.portfolios for w in p.split()} | lex.portfolio_final_words
    return frozenset(words - {"and", "the", "of", "for"})


def _title_end(low: list[str], i: int, lex: Lexicon) -> int | None:
    """The end of the longest title starting at `i` (titles are up to four words), or None."""
    for k in range(min(len(low), i + 4), i, -1):
        if _title(" ".join(low[i:k]), lex):
            return _title_final_noun_end(low, k, lex)
    return None


def _title_final_noun_end(low: list[str], k: int, lex: Lexicon) -> int:
    """A noun that ends a longer title goes on naming the office ("Chief Executive Officer", "Deputy General
    Counsel"): the title ends after it, and a name, if any, follows it ("Chief Executive Officer Jane Doe")."""
    while k < len(low) and low[k] in lex.title_final_nouns:
        k += 1
    return k


def _portfolio_end(words: list[Word], low: list[str], j: int, lex: Lexicon, common_words: frozenset[str]) -> int | None:
    """The end of a portfolio after a title's "of" at `j` ("Secretary of Commerce", "Minister of the Interior"),
    or None when no known portfolio follows."""
    n = len(words)
    k = j + 1
    if k < n and low[k] == "the":
        k += 1
    matched = None
    for m in range(min(n, k + 4), k, -1):
        if " ".join(low[k:m]) in lex.portfolios:
            matched = m
            break
    if matched is None:
        return None
    j = matched
    # "Minister of Information Technology Pramod Mahajan": ordinary words go on naming the portfolio while
    # two name words follow them
    while (
        j + 2 < n
        and low[j] in common_words
        and low[j] not in lex.name_connectors
        and words[j + 1].is_name
        and words[j + 2].is_name
        and not _person_starts(words[j])
    ):
        j += 1
    return j


def _person_starts(word: Word) -> bool:
    """The model reads a person's name as starting at the word ("Minister of Justice Ernst Hirsch Ballin": "Ernst"
    is an ordinary German word, but here the first name, not more of the portfolio)."""
    t = word.token.doc[word.token.i]
    return t.ent_iob_ == "B" and t.ent_type_ == "PERSON"


def _for_portfolio_end(
    words: list[Word], low: list[str], j: int, lex: Lexicon, common_words: frozenset[str]
) -> int | None:
    """The end of a portfolio after a title's "for" at `j` ("State Secretary for EU Affairs Frans Timmermans",
    "Commissioner for Justice Didier Reynders"): up to three capitalised words ending in a word that ends a
    portfolio (`portfolios`: "affairs", "justice"; `portfolio_final_words`: "relations"), with a name of two words
    after it; the longest such portfolio ("Minister for Trade Relations Grace Fu"); or None."""
    ends = {p.split()[-1] for p in lex.portfolios} | lex.portfolio_final_words
    n = len(words)
    found = None
    for m in range(j + 2, min(n - 1, j + 5)):
        if not all(x.is_name for x in words[j + 1 : m]):
            break
        if low[m - 1] in ends and words[m].is_name and words[m + 1].is_name:
            found = m  # the longest portfolio that leaves a name of two words: "Trade Relations" before "Grace Fu"
    return found


def _name_after_title(words: list[Word], j: int, lex: Lexicon) -> tuple[list[Word], int]:
    """The name words from `j` (at most five, particles inside, no trailing particle) and where they stop."""
    name: list[Word] = []
    n = len(words)
    while j < n and len(name) < 5:
        word = words[j]
        if word.low in lex.name_particles and name:
            name.append(word)
        elif name and _caps_past_verb(word, lex):
            break
        elif name and _closing_title_word(words, j, lex):
            name.append(word)
            j += 1
            break
        elif word.is_name and word.low not in lex.name_connectors and word.low not in lex.person_titles:
            name.append(word)
        else:
            break
        j += 1
    while name and name[-1].low in lex.name_particles:
        name.pop()
    return name, j


def _closing_title_word(words: list[Word], j: int, lex: Lexicon) -> bool:
    """A word spelt like a title, in title case, after a name's first word and before no other name word, is the
    name's last word ("PolOff Skye Justice (notetaker)", "Governor Jim Justice signed"): a title stands
    before its holder's name, and no name follows this one; a clipped title is written in capitals ("DCM Smith")."""
    word = words[j]
    title_case = word.text[:1].isupper() and not word.text.isupper()
    last = j + 1 >= len(words) or not words[j + 1].is_name
    return title_case and last and _title(word.low, lex)


def _is_person_name(name: list[Word], title: str, lex: Lexicon, is_known_name, common_words: frozenset[str]) -> bool:
    """Whether the words after a title name a person: no head noun or title among them, no function words or
    ordinary-word endings in capitals, no known name of something else, no verb form or ordinary word alone."""
    heads = lex.org_heads | lex.law_heads
    closing = len(name) > 1 and _closing_title_word(name, len(name) - 1, lex)
    inner = name[:-1] if closing else name
    if not name or any(x.low in heads or x.low in _TITLE_WORDS for x in name) or any(_title(x.low, lex) for x in inner):
        return False
    if all(x.text.isupper() for x in name):
        # all-caps telegram text: no function words ("FROM UNDER") or ordinary-word endings ("IMMEDIATE")
        if any(
            x.low in lex.name_stop_starters
            or x.low in lex.name_connectors
            or x.low == "from"
            or x.low.endswith(lex.ordinary_word_endings)
            for x in name
        ):
            return False
    if is_known_name is not None and is_known_name(" ".join(x.text for x in name)):
        return False
    if _caps_headline_predicate(name, common_words):
        return False
    if len(name) == 1 and _portfolio_word(name[0], lex):
        return False
    if len(name) == 1 and not name[0].text.isupper():
        ordinary = title in lex.weak_person_titles and name[0].low in common_words
        if ordinary or name[0].token.tag_ in ("VBG", "VBN", "VBD"):
            return False
    return re.search(r"[A-Za-z]", name[0].text) is not None


def _cut_at_headline_verb(name: list[Word], lex: Lexicon) -> list[Word]:
    """A headline capitalises its verb ("President Biden Signs Executive Order", "Secretary Blinken Announces New
    Sanctions"): a name never holds a finite verb of the headline list (`headline_verbs`), so the name ends before
    it."""
    for k in range(1, len(name)):
        if name[k].low in lex.headline_verbs:
            return name[:k]
    return name


def _caps_headline_predicate(name: list[Word], common_words: frozenset[str]) -> bool:
    """A telegram's subject line in capitals goes on after a title with its verb and object ("MINISTER OF
    COMMUNICATIONS SEEKS CONTROL"): words in capitals that are all ordinary English words, the first a verb's "-S"
    form ("SEEKS", "WANTS"), are the headline's predicate, no name ("JAMES BAKER": "JAME" is no word)."""
    if len(name) < 2 or not all(x.text.isupper() for x in name):
        return False
    first = name[0].low
    return (
        first.endswith("s")
        and first[:-1] in common_words
        and all(x.low in common_words or x.low.removesuffix("s") in common_words for x in name)
    )
