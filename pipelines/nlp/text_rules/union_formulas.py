"""The EU institutions in the formulas of EU documents.

- A bare organ head coordinated with, or addressed to, a union's organ names that union's organ of that head: "a
  Directive of the European Parliament and of the Council", "COMMUNICATION FROM THE COMMISSION TO THE EUROPEAN
  PARLIAMENT AND THE COUNCIL" (`union_organ_heads`). A bare "Commission" elsewhere is left to the document's
  earlier names (a US text's "the Commission" is the FTC).
- An act named only by its kind and its authors ("a Directive of the European Parliament and of the Council") is no
  named law (`act_of_authors_only`).
- An organisation's abbreviation inside an act's number ("Decision 2000/520/EC", "(EU) 2016/679") or in the label
  of an act's scope ("Text with EEA relevance", "EEA-relevant acts") mentions no organisation
  (`not_an_organisation_mention`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

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


def act_of_authors_only(text: str, c: Cand, type_of: Callable[[str], str | None], lex: Lexicon) -> bool:
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
