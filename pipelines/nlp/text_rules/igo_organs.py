"""Organs of intergovernmental organisations and the EU institutions in the formulas of EU documents.

- An organ named with its organisation's name before it is one name and intergovernmental: "the APEC Electronic
  Commerce Steering Group", "the WTO Committee on Trade and Environment", "the OECD Working Party on Data
  Governance" (`find_prefixed_organs`, `prefixed_organ`).
- A bare organ head coordinated with, or addressed to, a union's organ names that union's organ of that head: "a
  Directive of the European Parliament and of the Council", "COMMUNICATION FROM THE COMMISSION TO THE EUROPEAN
  PARLIAMENT AND THE COUNCIL" (`union_organ_heads`). A bare "Commission" elsewhere is left to the document's
  earlier names (a US text's "the Commission" is the FTC).
- An act named only by its kind and its authors ("a Directive of the European Parliament and of the Council") is no
  named law (`act_of_authors_only`).
- An organisation's abbreviation inside an act's number ("Decision 2000/520/EC", "(EU) 2016/679") or in the label
  of an act's scope ("Text with EEA relevance", "EEA-relevant acts") mentions no organisation
  (`not_an_organisation_mention`).
- An organ, "of" and its organisation's whole name are one name ("the General Assembly of the United Nations",
  `find_organs_of`); a committee named after the article that sets it up is intergovernmental ("the Article 29
  Working Party", `find_article_bodies`); a union's institution ends on its former name ("COMMISSION OF THE
  EUROPEAN COMMUNITIES", `of_union_name`).
- In a document about an organisation of states, a unit named by its remit alone is that organisation's organ
  ("the Committee on Trade and Investment", `document_of_organisation`, `organs_by_remit`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.rules.org_words import union_scrutiny_committee
from pipelines.nlp.rules.runs import MONTHS, WEEKDAYS

TypeOf = Callable[[str], str | None]

#: one capitalised word of a name ("Electronic", "E-Commerce", "Trade", "CTI")
_WORD = r"[A-Z][\w’'&–-]*"
#: the first word of a complement is no function word in capitals, nor a month or weekday ("THE OECD COUNCIL ON
#: SEPTEMBER 23 ADOPTED ...": when, not which council)
_TIME_WORDS = sorted(MONTHS | WEEKDAYS, key=len, reverse=True)
_NO_NAME_WORD = r"(?!(?:OF|TO|ON|FOR|THE|IN|AT|BY|WITH|FROM|AS)\b)(?!(?i:" + "|".join(_TIME_WORDS) + r")\b)"
#: a head-first complement: "on Trade and Investment", "for Digital Affairs", "of Scientific and Technical ..."
_COMPLEMENT = re.compile(
    r"[ \t]*\n?[ \t]*(?:on|for|of|ON|FOR|OF)[ \t]+\n?[ \t]*(?:the[ \t]+|THE[ \t]+)?"
    + _NO_NAME_WORD
    + _WORD
    + r"(?:(?:,[ \t]+|[ \t]*\n?[ \t]*(?:and|AND|&)?[ \t]*\n?[ \t]*)"
    + _NO_NAME_WORD
    + _WORD
    + r")*"
)
#: the words a complement may not end on (they join it to what follows)
_CONNECTORS = frozenset({"and", "of", "on", "for", "the", "&"})


def _organ_heads(lex: Lexicon) -> frozenset[str]:
    """The heads of an organ's name: an intergovernmental head and the organ words of `igo_organ_heads`."""
    return lex.igo_heads | lex.igo_organ_heads


def _prefix_length(words: list[str], type_of: TypeOf) -> int:
    """How many of the first words (one to three) name an intergovernmental organisation; 0 when none do."""
    for k in (3, 2, 1):
        if k < len(words) and type_of(" ".join(words[:k])) == "IGO":
            return k
    return 0


def prefixed_organ(name: str, lex: Lexicon, type_of: TypeOf) -> bool:
    """An organisation's name or abbreviation, at most five capitalised words and an organ's head, with or without
    a head-first complement, name one of its organs ("APEC Committee on Trade and Investment", "WTO Committee on
    Trade and Environment", "OECD Working Party on Data Governance and Privacy"): English puts the owner of a unit
    first, as "the Senate Finance Committee" does for a national chamber."""
    flat = " ".join(name.split())
    m = re.match(r"(.*?)\s+(?:on|for|of|ON|FOR|OF)\s+", flat)
    core = (m.group(1) if m else flat).split()
    if len(core) < 2 or len(core) > 8 or core[-1].lower() not in _organ_heads(lex):
        return False
    if union_scrutiny_committee([w.lower() for w in core], lex.union_scrutiny_words, lex.igo_heads):
        return False  # a chamber's committee on the union's business ("EU Services Sub-Committee")
    k = _prefix_length(core, type_of)
    return 0 < k and len(core) - k <= 6 and all(w[:1].isupper() for w in core)


def find_prefixed_organs(text: str, lex: Lexicon, type_of: TypeOf) -> list[Cand]:
    """Organs named with their organisation's name first (`prefixed_organ`): the whole name, the organisation's
    abbreviation and the organ's words, is one intergovernmental mention ("the APEC Electronic Commerce Steering
    Group (ECSG)"). A capitalised word after the head makes it a longer name of something else ("the OECD
    Ministerial Council Meeting" is a meeting): no organ then."""
    heads = _organ_heads(lex)
    out: list[Cand] = []
    for m in re.finditer(r"(?<![\w/.-])" + _WORD, text):
        words = _words_from(text, m.start())
        k = _prefix_length([w for _, _, w in words], type_of)
        if k == 0 or (out and out[-1].end > m.start()):
            continue
        head = next((i for i in range(k, min(len(words), k + 6)) if words[i][2].lower() in heads), None)
        if head is None or head + 1 < len(words):
            continue  # no head, or capitalised words go on past it
        end = _complement_end(text, words[head][1], lex.igo_event_nouns)
        if re.match(r"[ \t]+[A-Z][a-z]", text[end:]) and not re.match(r"[ \t]+(?:and|of|on|for)\b", text[end:]):
            continue
        if union_scrutiny_committee(
            [w.lower() for _, _, w in words[: head + 1]], lex.union_scrutiny_words, lex.igo_heads
        ):
            out.append(Cand.of(m.start(), end, "Agency", "union-scrutiny-committee"))
            continue  # a chamber's committee on the union's business ("EU Services Sub-Committee")
        out.append(Cand.of(m.start(), end, "IGO", "igo-prefixed-organ"))
    return out


_WORD_RX = re.compile(_WORD)
#: what parts two words of one name: spaces, or one line break (a blank line ends the name)
_WORD_GAP = re.compile(r"[ \t]+|[ \t]*\n[ \t]*(?=\S)")


def _words_from(text: str, start: int) -> list[tuple[int, int, str]]:
    """The capitalised words of the run that starts at `start` (at most ten), as (start, end, word)."""
    words: list[tuple[int, int, str]] = []
    pos = start
    while len(words) < 10:
        m = _WORD_RX.match(text, pos)
        if m is None or m.group(0).lower() in _CONNECTORS:
            break
        words.append((m.start(), m.end(), m.group(0)))
        gap = _WORD_GAP.match(text, m.end())
        if gap is None or "\n\n" in gap.group(0):
            break
        pos = gap.end()
    return words


def _complement_end(text: str, end: int, events: frozenset[str] = frozenset()) -> int:
    """The end of a head-first complement after an organ's head ("... Committee on Trade and Investment"), else
    the head's end. A noun of an event (`igo_event_nouns`) ends it: "... PARTY ON PRIVACY MEETING" is the
    organ's meeting, in capitals as in lower case."""
    m = _COMPLEMENT.match(text, end)
    if m is None:
        return end
    stop = m.end()
    while "," in text[end:stop] and not re.search(r"\b(?:and|AND)\b|&", text[text.rfind(",", end, stop) : stop]):
        stop = text.rfind(",", end, stop)  # "A, B and C" is a list; "X, QUESTION" goes on past the name
    words = re.findall(r"[\w’'&–-]+", text[end:stop])
    cut = next((i for i, w in enumerate(words) if w.lower() in events), None)
    words = words if cut is None else words[:cut]
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    if len(words) < 2:
        return end
    last = text.rfind(words[-1], end, stop)
    return last + len(words[-1])


#: what joins names in a coordination or an address: "X and (of) the Y", "X, the Y", "X to the Y"
_JOIN = re.compile(r"(?i)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+to\s+)(?:of\s+)?(?:the\s+)?")


def union_organ_heads(
    text: str, chosen: list[Cand], organs: Mapping[str, Mapping[str, str]], resolve: Callable[[str], str]
) -> None:
    """A bare organ head ("Council", "COMMISSION") coordinated with, or addressed to, a union or one of its organs
    names that union's organ of that head: "the European Parliament and the Council", "of the European Parliament
    and of the Council", "FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT AND THE COUNCIL". English coordinates like
    with like, and the EU's formulas name its institutions side by side; the head takes the organ's entity
    (`Cand.entity_id`) and the IGO type, in capitals too. A head with a complement ("the Council of Europe") or
    any bare head not joined to a union's name is left alone; but the author of a document in a document that
    names the union ("COMMUNICATION FROM THE COMMISSION", "Report from the Council") is the union's organ, unless
    a national body of that head came first. A unit named after the organ ("Council Secretariat", "Commission
    Legal Service") in such a list is the union's too: intergovernmental."""
    union_of = {}
    for union, heads in organs.items():
        union_of[union] = union
        for organ_id in heads.values():
            union_of[organ_id] = union
    all_heads = {h for heads in organs.values() for h in heads}
    bare = sorted((c for c in chosen if c.type == "?" or _organ_unit(text, c, all_heads)), key=lambda c: c.start)
    anchors = sorted(
        ((c, union_of[eid]) for c in chosen if c.type == "IGO" and (eid := resolve(text[c.start : c.end])) in union_of),
        key=lambda x: x[0].start,
    )
    changed = True
    while changed:
        changed = False
        for c in bare:
            if c.type == "IGO" or re.match(r"\s+(?:of|OF)\s", text[c.end : c.end + 5]):
                continue
            head = text[c.start : c.end].split()[0].lower()
            authored = (
                c.type == "?"
                and _AUTHOR_BEFORE.search(text, max(0, c.start - 60), c.start) is not None
                and not _named_before(text, chosen, head, c.start)
            )
            for anchor, union in anchors:
                organ = organs[union].get(head)
                if organ is not None and (authored or _joined(text, c, anchor)):
                    c.entity_id = organ if c.type == "?" else None
                    c.type = "IGO"
                    anchors.append((c, union))
                    changed = True
                    break


def _organ_unit(text: str, c: Cand, heads: set[str]) -> bool:
    """A body the tables do not know, named by a union organ's head and one to three more capitalised words
    ("Council Secretariat", "Commission Legal Service")."""
    words = text[c.start : c.end].split()
    return (
        c.type == "Agency"
        and c.entity_id is None
        and 2 <= len(words) <= 4
        and words[0].lower() in heads
        and all(w[:1].isupper() for w in words[1:])
    )


def _named_before(text: str, chosen: list[Cand], head: str, start: int) -> bool:
    """A national body with this head was named earlier ("the Federal Trade Commission ... a report from the
    Commission"): the bare head is its short form, not the union's organ."""
    return any(a.type == "Agency" and a.start < start and head in text[a.start : a.end].lower().split() for a in chosen)


#: the kind of an EU document and "from the" before its author: "COMMUNICATION FROM THE COMMISSION"
_AUTHOR_BEFORE = re.compile(
    r"(?i)\b(?:communication|report|proposal|recommendation|opinion|paper|notice|working\s+document)\s+from\s+the\s+$"
)


def _joined(text: str, a: Cand, b: Cand) -> bool:
    """Two mentions follow each other joined by a coordination or an address (`_JOIN`)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = _JOIN.fullmatch(text, first.end, second.start)
    return gap is not None


#: an act's kind before "of" and its authors
_ACT_OF = re.compile(r"(?i)(?:directive|regulation|decision|recommendation)\s+of\s+(?:the\s+)?")
_AUTHOR_SPLIT = re.compile(r"(?i)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:of\s+)?(?:the\s+)?")


def act_of_authors_only(text: str, c: Cand, type_of: TypeOf, lex: Lexicon) -> bool:
    """A law's candidate named only by the act's kind and its authors ("Directive of the European Parliament and of
    the Council", "REGULATION OF THE COUNCIL") does not identify one act: every act of that kind by those authors
    is so called until its number or subject is given. The authors stay mentions of their own."""
    if c.type != "Law":
        return False
    m = _ACT_OF.match(text, c.start, c.end)
    if m is None:
        return False
    organ_heads = {h for heads in lex.union_organs.values() for h in heads}
    parts = [p for p in _AUTHOR_SPLIT.split(text[m.end() : c.end]) if p]
    return bool(parts) and all(type_of(p) in ("IGO", "Agency") or p.lower() in organ_heads for p in parts)


#: an abbreviation glued by a slash to an act's number ("2000/520/EC", "95/46/EEC") or in brackets before it
_NUMBER_BEFORE = re.compile(r"\d+/$")
_NUMBER_AFTER = re.compile(r"/\d")
_BRACKETED_BEFORE_NUMBER = re.compile(r"\)\s*(?:No\.?\s*)?\d{2,4}/\d")
#: the scope label of an EU act: "(Text with EEA relevance)", "EEA-relevant"
_RELEVANCE_BEFORE = re.compile(r"(?i)\b(?:with|of)\s+$")
_RELEVANCE_AFTER = re.compile(r"(?i)(?:\s+relevance\b|-relevant\b|-relevance\b)")


def not_an_organisation_mention(text: str, start: int, end: int, type_: str) -> bool:
    """An IGO's abbreviation that is part of an act's number ("Decision 2000/520/EC", "Regulation (EU) 2016/679":
    EU acts are numbered year/number/institution) or of the label of the act's territorial scope ("Text with EEA
    relevance", "EEA-relevant acts": where the act applies, no actor) is no mention of the organisation."""
    if type_ != "IGO":
        return False
    before = text[max(0, start - 12) : start]
    if _NUMBER_BEFORE.search(before) or _NUMBER_AFTER.match(text, end):
        return True
    if text[start - 1 : start] == "(" and _BRACKETED_BEFORE_NUMBER.match(text, end):
        return True
    after = text[end : end + 1]
    return bool(_RELEVANCE_AFTER.match(text, end) and (_RELEVANCE_BEFORE.search(before) or after == "-"))


def of_union_name(name: str, lex: Lexicon) -> bool:
    """A body named "X of the European Communities" (the union's name before 2009, `igo_of_names`) is one of the
    union's institutions ("COMMISSION OF THE EUROPEAN COMMUNITIES")."""
    flat = " ".join(name.lower().split())
    return any(flat.endswith(f" of the {n}") or flat.endswith(f" of {n}") for n in lex.igo_of_names)


def names_union_organ(name: str, lex: Lexicon, type_of: TypeOf) -> bool:
    """A body's name that `prefixed_organ` or `of_union_name` makes an organisation's organ."""
    return prefixed_organ(name, lex, type_of) or of_union_name(name, lex)


#: a unit's name with a collegial head that is no body's own head word ("Data Privacy Subgroup", "Task Force")
_UNIT_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z][\w’'–-]*[ \t]+){1,4}(?:Sub-?[Gg]roup|Working[ \t]+(?:Party|Group)|Task[ \t]+Force|"
    r"Steering[ \t]+Group)\b"
)


def document_of_organisation(
    chosen: list[Cand], text: str, lex: Lexicon, state_ids: list[str], national: Callable[[str], bool]
) -> bool:
    """The document is about an organisation of states, not one state: it names an intergovernmental body, no
    state's legislature ("Senate", "House Energy and Commerce Committee", "National Assembly"; a "Parliamentary
    Assembly" with no national word is an organisation's) and no state dominates its mentions of states (one state
    named at least twice as often as all others together, or the only one named, makes it a document about that
    state)."""
    if not any(c.type == "IGO" for c in chosen):
        return False
    chambers = lex.bare_agency_heads | {"house"}
    for c in chosen:
        name = text[c.start : c.end]
        words = set(name.lower().split())
        if c.type == "Agency" and (words & chambers or ("assembly" in words and not _remit_unit(name, lex, national))):
            return False
    if not state_ids:
        return True
    counts = {s: state_ids.count(s) for s in set(state_ids)}
    return len(counts) > 1 and 3 * max(counts.values()) < 2 * len(state_ids)


#: heads of a collegial unit that English names by its remit alone where the owner is clear
_UNIT_HEADS = frozenset(
    {"committee", "subcommittee", "sub-committee", "subgroup", "sub-group", "group", "party", "force", "panel"}
    | {"assembly"}
)


def organs_by_remit(
    text: str, chosen: list[Cand], lex: Lexicon, national: Callable[[str], bool], about_organisation: bool
) -> list[Cand]:
    """In a document about an organisation of states (`document_of_organisation`), a collegial unit named by its
    remit alone ("the Committee on Trade and Investment", "the Data Privacy Subgroup", "the Parliamentary
    Assembly"), with no state's name, nationality or word of national scope ("National", "Federal") in it, is that
    organisation's organ: English drops the owner's name where the text makes the owner clear, as a national text
    says "the Finance Committee" for the Senate's. Returns the chosen candidates with such units typed IGO and the
    units the finders missed ("Data Privacy Subgroup") added."""
    if not about_organisation:
        return chosen
    for c in chosen:
        name = text[c.start : c.end]
        if c.type == "Agency" and c.entity_id is None and _remit_unit(name, lex, national):
            if not union_scrutiny_committee(name.lower().split(), lex.union_scrutiny_words, lex.igo_heads):
                c.type = "IGO"  # not a chamber's committee on the union's business ("EU Services Sub-Committee")
    taken = bytearray(len(text) + 1)
    for c in chosen:
        taken[c.start : c.end] = b"\1" * (c.end - c.start)
    added = [
        Cand.of(m.start(), m.end(), "IGO", "igo-remit-organ")
        for m in _UNIT_NAME.finditer(text)
        if not any(taken[m.start() : m.end()]) and _remit_unit(m.group(0), lex, national)
    ]
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen


def _remit_unit(name: str, lex: Lexicon, national: Callable[[str], bool]) -> bool:
    """A collegial unit's name (`_UNIT_HEADS`) with no national word: no state, nationality, word of national scope
    or legislature ("Senate Finance Committee", "National Assembly" are a state's)."""
    low = " ".join(name.lower().split())
    core = re.split(r"\s+(?:on|of|for)\s+", low)[0].split()
    if len(core) < 2 and low == " ".join(core):
        return False  # a bare "Committee": a short form, resolved elsewhere
    if not core or core[-1] not in _UNIT_HEADS:
        return False
    words = set(low.split())
    if words & (lex.body_scope_words | lex.bare_agency_heads | {"house"}):
        return False
    return not national(name)


#: a body named after the article of the act that sets it up: "the Article 29 Working Party", "Article 93 Committee"
_ARTICLE_BODY = re.compile(
    r"(?<![\w-])Article[ \t]+\d+[a-z]?(?:[ \t]+[A-Z][\w-]*){0,3}?[ \t]+"
    r"(?:Committee|Working[ \t]+Party|Working[ \t]+Group|Group|Panel)\b(?![ \t]+[A-Z])"
)


def find_article_bodies(text: str) -> list[Cand]:
    """A committee or working party named after the article of the act that sets it up ("the Article 29 Data
    Protection Working Party", "the Article 93 Committee") is a body of the union or treaty whose acts are numbered
    by articles: intergovernmental. The article's number marks the name as one, as a citation's does; a provision
    ("Article 29 of the Directive") has no body's head after its number."""
    return [Cand.of(m.start(), m.end(), "IGO", "igo-article-body") for m in _ARTICLE_BODY.finditer(text)]


#: an organ's head-final name, then "of (the)" and the capitalised words of its organisation's name
_ORGAN_OF = re.compile(
    r"(?<![\w-])(?P<organ>(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?P<owner>[A-Z][\w-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w-]*){0,4})"
)


def find_organs_of(text: str, lex: Lexicon, type_of: TypeOf) -> list[Cand]:
    """An organ's name, "of" and its organisation's whole name are one name ("the General Assembly of the United
    Nations", "the Parliamentary Assembly of the Council of Europe"): the outer name, not the two names inside it.
    The organisation's name must end the capitalised words (not "the Office of the United Nations High
    Commissioner ...", whose name goes on) and the organ's name must end on an organ's head."""
    heads = _organ_heads(lex)
    out: list[Cand] = []
    for m in _ORGAN_OF.finditer(text):
        organ = m.group("organ").split()
        if organ[0] in ("The", "THE") or organ[-1].lower() not in heads:
            continue
        owner = list(re.finditer(r"\S+", m.group("owner")))
        for k in range(len(owner), 0, -1):
            name = " ".join(w.group(0) for w in owner[:k])
            if owner[k - 1].group(0) != "of" and type_of(name) == "IGO":
                end = m.start("owner") + owner[k - 1].end()
                if not re.match(r"[ \t]+[A-Z]", text[end : end + 2]):
                    out.append(Cand.of(m.start(), end, "IGO", "igo-organ-of"))
                break
    return out
