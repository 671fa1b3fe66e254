"""Relation extraction over typed mentions: dependency patterns plus cue lexicons (`patterns/relations.yaml`).

Each relation is stated inside one sentence (the sentence span is its provenance) and carries a confidence:
about 0.8 for a syntactic pattern (subject-verb-object, "X, led by Y", "a program developed by X"), 0.6-0.7 for
a cue word with the arguments in a fixed surface order ("X's law", "X of the Y"), 0.5 for an inference the text
licenses ("Sensitive data includes X" extends what governs sensitive data to X; the state that enacts a
localisation law requires the localisation). Argument types follow the gold guidelines:

    partOf Agency->State, enacts State/Agency/IGO->Law, regulates Law->DataType,
    requiresLocalization Law/State->DataType, opposes/supports State/Agency/Person/Firm->Law/State/Agency,
    memberOf State->IGO, leads Person->Agency/State

An argument is the fullest mention of its entity in the sentence ("EU-U.S. Privacy Shield (Privacy Shield)" ->
the first); "the bill"/"the regulations" with no law named in the sentence refer to the last law named before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

PATTERNS = Path(__file__).resolve().parent / "patterns" / "relations.yaml"

if not Doc.has_extension("pg_relations"):
    Doc.set_extension("pg_relations", default=None)

AGENTS = ("State", "Agency", "IGO", "Person", "Firm")
ENACTORS = ("State", "Agency", "IGO")


@dataclass(frozen=True)
class Cues:
    enact: tuple[str, ...]
    enact_passive: tuple[str, ...]
    regulate: tuple[str, ...]
    localize: tuple[str, ...]
    localize_place: tuple[str, ...]
    oppose: tuple[str, ...]
    support: tuple[str, ...]
    lead_nouns: tuple[str, ...]
    member: tuple[str, ...]
    include: tuple[str, ...]
    law_anaphors: tuple[str, ...]
    state_lead_nouns: tuple[str, ...]
    part_nouns: tuple[str, ...]
    oblige: tuple[str, ...]


@lru_cache(maxsize=2)
def load_cues(path: Path = PATTERNS) -> Cues:
    # BaseLoader keeps every scalar a string (YAML 1.1 would read "on" and "no" as booleans)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return Cues(**{k: tuple(str(x).lower() for x in data[k]) for k in Cues.__dataclass_fields__})


@lru_cache(maxsize=64)
def _stem_regex(stems: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(x) for x in stems) + ")", re.I)


def _any_stem(text: str, stems: tuple[str, ...]) -> bool:
    """Some word of `text` starts with one of the stems (one regex search, no token objects)."""
    return _stem_regex(stems).search(text) is not None


def _has(word: str, stems: tuple[str, ...]) -> bool:
    w = word.lower()
    return any(w.startswith(s) for s in stems)


class _Sentence:
    """The mentions of one sentence with their syntactic heads."""

    def __init__(self, doc: Doc, sent: Span, mentions: list[dict], spans: list, idx: list[int]):
        self.doc, self.sent, self.mentions, self.spans, self.idx = doc, sent, mentions, spans, idx
        self.text = doc.user_data.get("pg_text") or doc.text
        self.sent_text = self.text[sent.start_char : sent.end_char]
        # the fullest mention of each entity in this sentence (the first: abbreviations follow their long form)
        self.full: dict[str, int] = {}
        for i in idx:
            self.full.setdefault(mentions[i]["entity_id"], i)

    def m(self, i: int) -> dict:
        return self.mentions[i]

    def typed(self, *types: str) -> list[int]:
        return [i for i in self.idx if self.mentions[i]["type"] in types]

    def canon(self, i: int) -> int:
        """The sentence's longer mention of the same entity, if this one is a short form of it."""
        j = self.full.get(self.mentions[i]["entity_id"], i)
        return j if len(self.mentions[j]["text"]) > len(self.mentions[i]["text"]) else i

    def root(self, i: int) -> Token | None:
        span = self.spans[i]
        return span.root if span is not None else None

    def text_between(self, a: int, b: int) -> str:
        return self.text[self.mentions[a]["end"] : self.mentions[b]["start"]]

    def is_abbreviation(self, i: int) -> bool:
        """A mention inside a parenthesis right after another mention of the same entity."""
        before = self.text[max(0, self.mentions[i]["start"] - 2) : self.mentions[i]["start"]]
        return "(" in before and self.canon(i) != i


class RelationFinder:
    """Finds relations among `doc._.pg_mentions` sentence by sentence."""

    def __init__(self, cues: Cues):
        self.cues = cues
        verbs = "|".join(re.escape(v) for v in cues.enact)
        self._enact_gap = re.compile(
            r"^\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:" + verbs + r")\w*\s+"
            r"(?:(?:a|an|the|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}$",
            re.I,
        )
        self._nouns = "|".join(re.escape(a) for a in cues.law_anaphors)
        self._lead_heads = "|".join(re.escape(x) for x in cues.lead_nouns)
        self._state_heads = "|".join(re.escape(x) for x in cues.state_lead_nouns)
        # "The ODPC is an agency of the government of Kenya", "the PIPC, an agency of South Korea,"
        self._part_gap = re.compile(
            r"(?:,\s+|\s+(?:is|was|remains|became|has\s+been)\s+)(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}(?:"
            + "|".join(re.escape(x) for x in cues.part_nouns)
            + r")\s+of\s+(?:the\s+)?(?:(?:\w+\s+)?(?:government|state)\s+of\s+)?(?:the\s+)?",
            re.I,
        )
        self._member = re.compile(r"\b(?:" + "|".join(re.escape(x) for x in cues.member) + r")\b")
        # "the EU's principal data protection law, the GDPR": the possessor's law, said in words; a bare "Kenya's
        # Data Protection Act" only names the law (annotators differ on it, so it is left out)
        self._poss_gap = re.compile(
            r"^['’]s\s+(?:[a-z][\w-]*\s+){0,4}(?:" + self._nouns + r"|statute|legislation)s?,\s+(?:the\s+)?$"
        )
        self._poss_bare = re.compile(r"^['’]s\s+$")

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.pg_mentions or []
        doc._.pg_relations = self.find(doc, mentions) if doc.has_annotation("DEP") else []
        return doc

    def find(self, doc: Doc, mentions: list[dict]) -> list[dict]:
        found: dict[tuple[int, int, str], dict] = {}
        if "pg_text" not in doc.user_data:
            doc.user_data["pg_text"] = doc.text  # Doc.text is rebuilt on every access: read it once
        spans = [doc.char_span(m["start"], m["end"], alignment_mode="expand") for m in mentions]
        first_of: dict[str, int] = {}
        for i, m in enumerate(mentions):
            first_of.setdefault(m["entity_id"], i)
        last_law: int | None = None

        def add(h: int, t: int, type_: str, conf: float, sent: Span, source: str = "pattern") -> None:
            key = (h, t, type_)
            if h == t or mentions[h]["entity_id"] == mentions[t]["entity_id"]:
                return
            if key not in found or found[key]["confidence"] < conf:
                found[key] = {
                    "head": h,
                    "tail": t,
                    "type": type_,
                    "sentence_start": sent.start_char,
                    "sentence_end": sent.end_char,
                    "confidence": conf,
                    "source": source,
                }

        for sent in doc.sents:
            idx = [i for i, m in enumerate(mentions) if sent.start_char <= m["start"] < sent.end_char]
            s = _Sentence(doc, sent, mentions, spans, idx)
            anaphor = self._anaphor(s, last_law)
            for h, t, type_, conf in self._sentence_relations(s, anaphor):
                add(h, t, type_, conf, sent)
            laws = s.typed("Law")
            if laws and anaphor is None:
                # the law this sentence is about: its subject if a law is the subject, else the first named
                subj = [x for x in laws if (r := s.root(x)) is not None and r.dep_ in ("nsubj", "nsubjpass")]
                last_law = first_of[mentions[(subj or laws)[0]]["entity_id"]]
        rels = list(found.values())
        for r in self._inferences(doc, mentions, rels):
            key = (r["head"], r["tail"], r["type"])
            if key not in found:
                found[key] = r
        doc.user_data.pop("pg_text", None)
        return sorted(found.values(), key=lambda r: (r["sentence_start"], r["head"], r["tail"], r["type"]))

    def _anaphor(self, s: _Sentence, last_law: int | None) -> int | None:
        """The last law named before, when this sentence's subject is "the bill", "the decree", "these rules"."""
        if last_law is None:
            return None
        # the noun in lower case: "The Law on Data" is a name, "the law" an anaphor
        text = s.sent.text
        nouns = self._nouns
        det = r"(?:[Tt]his|[Tt]he|[Tt]hese|[Ss]uch|THE|THIS|THESE)"
        if s.typed("Law"):
            # a law named in the sentence wins, unless the sentence opens with the anaphor as its subject
            if re.match(rf"\s*{det}\s+(?:{nouns})\b(?!\s+(?:on|of|for)\s+[A-Z])", text, re.I if text.isupper() else 0):
                return last_law
            return None
        if re.search(rf"\b{det}\s+(?:{nouns})\b", text, re.I if text.isupper() else 0):
            return last_law
        return None

    # -- one sentence ---------------------------------------------------------------------------------------------
    def _sentence_relations(self, s: _Sentence, anaphor: int | None):
        out: list[tuple[int, int, str, float]] = []
        out += self._governs(s, anaphor)
        out += self._enacts(s)
        out += self._stances(s, anaphor)
        out += self._leads(s)
        out += self._part_member(s)
        return out

    def _governs(self, s: _Sentence, anaphor: int | None):
        """regulates / requiresLocalization: a law (or its anaphor) and the data types after it."""
        c = self.cues
        out = []
        laws = s.typed("Law")
        dts = s.typed("DataType")
        if not dts:
            return out
        low = s.sent.text.lower()
        in_state = any(
            re.search(r"\b(?:in|within|inside)\s+(?:the\s+)?$", s.text[max(0, s.m(i)["start"] - 12) : s.m(i)["start"]])
            for i in s.typed("State")
        )
        localize = _any_stem(s.sent_text, c.localize) and (in_state or any(p in low for p in c.localize_place))
        store_verbs = [t for t in s.sent if _has(t.text, c.localize)] if localize else []

        def stored_inside(d: int) -> bool:
            """The data type is what a storage verb keeps inside: "store X only in India", "require X ... to
            be handled through a server located in Kenya" (the storage verb under the verb that governs X)."""
            r = s.root(d)
            if r is None:
                return False
            gov = r.head
            while gov.dep_ == "conj" and gov.head != gov and gov.pos_ not in ("VERB", "AUX"):
                gov = gov.head  # "X and Y": the verb governs the first conjunct
            return any(
                v == r or _under(r, v) or v.head == r or v.head == r.head or (gov.pos_ == "VERB" and gov.is_ancestor(v))
                for v in store_verbs
            )

        if not laws and anaphor is None:
            # "Australia requires health records ... to stay onshore": a state's own localisation rule
            for st in s.typed("State"):
                sr = s.root(st)
                if not localize or sr is None or sr.dep_ != "nsubj" or not _has(sr.head.text, c.oblige):
                    continue
                for d in dts:
                    dr = s.root(d)
                    if dr is not None and _under(dr, sr.head) and stored_inside(d):
                        out.append((s.canon(st), d, "requiresLocalization", 0.6))
            return out
        regulate = _any_stem(s.sent_text, c.regulate)
        # the law that is the subject of the clause governing the data type ("The LGPD, formally Law No. 13,709,
        # governs the processing of personal data")
        subj_laws = [
            x
            for x in laws
            if (r := s.root(x)) is not None and r.dep_ in ("nsubj", "nsubjpass") and r.head.pos_ in ("VERB", "AUX")
        ]
        for d in dts:
            dr = s.root(d)
            own = [x for x in subj_laws if dr is not None and s.root(x).head.is_ancestor(dr)]
            if anaphor is not None:
                h, conf = anaphor, 0.55
            elif own and s.m(own[0])["start"] < s.m(d)["start"]:
                h, conf = s.canon(own[0]), 0.65
            else:
                before = [x for x in laws if s.m(x)["start"] < s.m(d)["start"]]
                after = [x for x in laws if s.m(x)["start"] > s.m(d)["start"]]
                # "the Personal Data Protection Law, Law No. 151 of 2020, which regulates ...": one law, two names;
                # the first is the name the sentence is about
                while len(before) > 1 and _APPOSED_LAW.fullmatch(s.text_between(before[-2], before[-1])):
                    before.pop()
                if before:
                    h, conf = s.canon(before[-1]), 0.6
                elif after and regulate:
                    h, conf = s.canon(after[0]), 0.45
                else:
                    continue
            if localize and stored_inside(d):
                out.append((h, d, "requiresLocalization", conf))
            elif regulate or len(laws) == 1 or anaphor is not None:
                out.append((h, d, "regulates", conf if regulate else conf - 0.1))
        return out

    def _enacts(self, s: _Sentence):
        c = self.cues
        out = []
        laws = s.typed("Law")
        agents = [i for i in s.typed(*ENACTORS) if not s.is_abbreviation(i)]
        for law in laws:
            lt = s.root(law)
            law_c = s.canon(law)
            for a in agents:
                a_c = s.canon(a)
                ma, ml = s.m(a), s.m(law)
                if ma["start"] < ml["start"]:
                    gap = s.text[ma["end"] : ml["start"]]
                    # "Russia adopted Federal Law No. 242-FZ", "Justice Department Issues Final Rule"
                    if self._enact_gap.match(gap):
                        out.append((a_c, law_c, "enacts", 0.8))
                    # "China's Personal Information Protection Law", "the EU's principal law, the GDPR"
                    elif (
                        self._poss_gap.match(gap)
                        or (self._poss_bare.match(gap) and s.text[ml["start"] : ml["end"]].lower() == "constitution")
                    ) and not any(s.m(x)["start"] > ma["end"] and s.m(x)["end"] <= ml["start"] for x in s.idx):
                        out.append((a_c, law_c, "enacts", 0.7))
                at = s.root(a)
                if lt is None or at is None:
                    continue
                # subject of an enacting verb whose object is the law (or "which <agent> passed")
                verb = lt.head if lt.dep_ in ("dobj", "obj", "nsubjpass", "attr") else None
                subj = at
                while subj.dep_ == "conj" and subj.head != subj:
                    subj = subj.head  # "Singapore, Chile and New Zealand signed ...": each conjunct
                if verb is not None and _has(verb.text, c.enact) and subj.dep_ == "nsubj" and subj.head == verb:
                    out.append((a_c, law_c, "enacts", 0.8))
                for rel in (ch for ch in lt.children if ch.dep_ == "relcl" and _has(ch.text, c.enact)):
                    if at.head == rel and at.dep_ == "nsubj":
                        out.append((a_c, law_c, "enacts", 0.75))
                # "Saudi Arabia is enforcing its Personal Data Protection Law"
                if (
                    any(t.lower_ in ("its", "their") and t.dep_ == "poss" for t in lt.children)
                    and ma["start"] < ml["start"]
                ):
                    between = [x for x in s.typed(*ENACTORS) if ma["end"] <= s.m(x)["start"] < ml["start"]]
                    if not between and len(s.text[ma["end"] : ml["start"]]) < 60:
                        out.append((a_c, law_c, "enacts", 0.65))
            # "<law>, a program developed by the European Union (EU) and the United States"
            for tok in s.sent if " by " in s.sent_text and _any_stem(s.sent_text, c.enact_passive) else ():
                if tok.i + 1 < len(s.doc) and s.doc[tok.i + 1].lower_ == "by" and _has(tok.text, c.enact_passive):
                    if not any(s.m(x)["start"] <= tok.idx for x in [law]):
                        continue
                    prev_laws = [x for x in laws if s.m(x)["end"] <= tok.idx]
                    if not prev_laws or s.canon(prev_laws[-1]) != law_c:
                        continue
                    by_end = s.doc[tok.i + 1].idx + 2
                    clause = re.split(
                        r"\bto\b|;|\bwhich\b|\bthat\b|\b(?:of|in|at|for|with|on)\s+the\b",
                        s.text[by_end : s.sent.end_char],
                    )[0]
                    for a in agents:
                        if by_end <= s.m(a)["start"] < by_end + len(clause):
                            out.append((s.canon(a), law_c, "enacts", 0.75))
        return out

    def _stances(self, s: _Sentence, anaphor: int | None):
        """supports / opposes: the cue is the verb of the agent (or its particle: "lobbied against")."""
        c = self.cues
        out = []
        for a in s.typed(*AGENTS):
            if s.is_abbreviation(a):
                continue
            at = s.root(a)
            if at is None:
                continue
            subj = at
            while subj.dep_ == "conj" and subj.head != subj:
                subj = subj.head
            if subj.dep_ not in ("nsubj",):
                continue
            verb = subj.head
            cue_words = [verb, *[ch for ch in verb.children if ch.dep_ in ("prt", "prep", "neg", "xcomp")]]
            kind = None
            if any(_has(t.text, c.oppose) for t in cue_words):
                kind = "opposes"
            elif any(_has(t.text, c.support) for t in cue_words):
                kind = "supports"
            if kind is None:
                continue
            obj = None
            for o in s.idx:
                if o == a or s.m(o)["start"] < s.m(a)["end"]:
                    continue
                ot = s.root(o)
                if ot is None or not _under(ot, verb) or ot in subj.subtree:
                    continue  # not in the verb's clause, or a co-subject ("Google and Meta have lobbied")
                if _via_place_prep(ot, verb):
                    continue  # "challenged the decision before the General Court": the forum, not the target
                obj = o
                # "opposes Vietnam's Decree 53": the possessed law is the object, not its possessor
                nxt = [x for x in s.idx if s.m(x)["start"] >= s.m(o)["end"]]
                if nxt and re.fullmatch(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}", s.text_between(o, nxt[0])):
                    obj = nxt[0]
                break
            allowed = ("Law",) if kind == "supports" else ("Law", "State", "Agency")
            if obj is not None and s.m(obj)["type"] in allowed:
                out.append((s.canon(a), s.canon(obj), kind, 0.65))
            elif obj is None and anaphor is not None:
                nouns = self._nouns
                rest = s.text[verb.idx : s.sent.end_char].lower()
                if re.search(rf"\b(?:this|the|these|such)\s+(?:[a-z]+\s+)?(?:{nouns})\b", rest[:80]):
                    out.append((s.canon(a), anaphor, kind, 0.5))
        return out

    def _leads(self, s: _Sentence):
        out = []
        heads = self._lead_heads
        for p in s.typed("Person"):
            for g in s.typed("Agency"):
                if s.m(p)["end"] <= s.m(g)["start"]:
                    between = s.text_between(p, g)
                    after = s.text[s.m(g)["end"] : s.m(g)["end"] + 3]
                    nested = re.match(r"['’]s\s", after) is not None  # "of the Justice Department's Division"
                    if re.fullmatch(r"\s+of\s+(?:the\s+)?", between) and not nested:
                        out.append((s.canon(p), s.canon(g), "leads", 0.7))
                    elif re.fullmatch(r"\s+of\s+(?:the\s+)?[^,;]{1,40}['’]s\s+", between):
                        out.append((s.canon(p), s.canon(g), "leads", 0.7))
                    elif re.fullmatch(rf",\s+(?:the\s+)?(?:{heads})\s+of\s+(?:the\s+)?", between):
                        out.append((s.canon(p), s.canon(g), "leads", 0.7))
                    # "Marco Rubio, who leads the Department of State", "Jane Doe, who heads the agency's ..."
                    elif re.fullmatch(
                        rf",\s+who\s+(?:now\s+|currently\s+)?(?:leads|led|heads|headed|chairs|chaired|runs|ran|directs|"
                        rf"directed|is\s+(?:the\s+)?(?:{heads})\s+of)\s+(?:the\s+)?",
                        between,
                    ):
                        out.append((s.canon(p), s.canon(g), "leads", 0.8))
                else:
                    between = s.text_between(g, p)
                    if re.fullmatch(
                        r",?\s+(?:which\s+(?:is|was|has\s+been)\s+|now\s+)?(?:led|headed|chaired|run)"
                        r"(?:\s+(?:from|since|until|at)\s+(?:its|their|the)\s+[a-z]+)?"
                        r"\s+by\s+(?:(?:[A-Z][\w.-]*|of|the)\s+){0,5}",
                        between,
                    ):
                        out.append((s.canon(p), s.canon(g), "leads", 0.8))
                    # "FTC Chair Lina Khan", "the agency's director Jen Easterly", "its then chairman X"
                    elif re.fullmatch(
                        rf"(?:['’]s)?\s+(?:(?:acting|then|current|incumbent|interim)\s+)?(?:[a-z]+\s+)?(?:{heads})\s+",
                        between,
                        re.I,
                    ):
                        out.append((s.canon(p), s.canon(g), "leads", 0.7))
                    # "the Information Regulator, which Pansy Tlakula chaired"
                    elif re.fullmatch(r",?\s+which\s+", between) and _LED_AFTER.match(s.text, s.m(p)["end"]):
                        out.append((s.canon(p), s.canon(g), "leads", 0.75))
        # "Nigeria's President Bola Tinubu", "Japan's then prime minister Shinzo Abe": the head of the state
        for g in s.typed("State"):
            for p in s.typed("Person"):
                if s.m(g)["end"] <= s.m(p)["start"] and re.fullmatch(
                    rf"['’]s\s+(?:(?:then|current|incumbent|acting|interim)\s+)?(?:{self._state_heads})\s+",
                    s.text_between(g, p),
                    re.I,
                ):
                    out.append((s.canon(p), s.canon(g), "leads", 0.7))
        return out

    def _part_member(self, s: _Sentence):
        out = []
        for g in s.typed("Agency"):
            for st in s.typed("State"):
                if s.m(st)["end"] <= s.m(g)["start"] and re.fullmatch(r"['’]s\s+", s.text_between(st, g)):
                    out.append((s.canon(g), s.canon(st), "partOf", 0.7))

                elif s.m(g)["end"] <= s.m(st)["start"] and self._part_gap.fullmatch(s.text_between(g, st)):
                    out.append((s.canon(g), s.canon(st), "partOf", 0.7))

        for st in s.typed("State"):
            for o in s.typed("IGO"):
                after = s.text[s.m(o)["end"] : s.m(o)["end"] + 2]
                if s.m(st)["end"] <= s.m(o)["start"] and not re.match(r"['’]s", after):
                    gap = s.text_between(st, o).lower()
                    if len(gap) < 40 and self._member.search(gap):
                        out.append((s.canon(st), s.canon(o), "memberOf", 0.6))
                elif s.m(o)["end"] <= s.m(st)["start"] and _MEMBERS_INCLUDING.fullmatch(s.text_between(o, st)):
                    out.append((s.canon(st), s.canon(o), "memberOf", 0.6))
        return out

    # -- across sentences ---------------------------------------------------------------------------------------
    def _inferences(self, doc: Doc, mentions: list[dict], rels: list[dict]) -> list[dict]:
        out = []
        text = doc.user_data.get("pg_text") or doc.text
        # the state that enacts a localisation law requires the localisation
        enactors: dict[str, list[int]] = {}
        for r in rels:
            if r["type"] == "enacts" and mentions[r["head"]]["type"] == "State":
                enactors.setdefault(mentions[r["tail"]]["entity_id"], []).append(r["head"])
        for r in rels:
            if r["type"] == "requiresLocalization" and mentions[r["head"]]["type"] == "Law":
                for st in enactors.get(mentions[r["head"]]["entity_id"], []):
                    out.append({**r, "head": st, "confidence": 0.5, "source": "inference"})
        # "Sensitive data includes X, Y and Z": whatever governs sensitive data governs X, Y and Z
        governed: dict[str, list[dict]] = {}
        for r in rels:
            if r["type"] in ("regulates", "requiresLocalization"):
                governed.setdefault(mentions[r["tail"]]["entity_id"], []).append(r)
        if not governed:
            return out
        for sent in doc.sents:
            idx = [i for i, m in enumerate(mentions) if sent.start_char <= m["start"] < sent.end_char]
            dts = [i for i in idx if mentions[i]["type"] == "DataType"]
            if len(dts) < 2 or not _any_stem(text[sent.start_char : sent.end_char], self.cues.include):
                continue
            first = dts[0]
            for r in governed.get(mentions[first]["entity_id"], []):
                for d in dts[1:]:
                    if mentions[d]["entity_id"] == mentions[first]["entity_id"]:
                        continue
                    # list items, not the examples in a parenthesis ("(e.g., Social Security numbers)")
                    inner = text[sent.start_char : mentions[d]["start"]]
                    if inner.count("(") > inner.count(")"):
                        continue
                    out.append(
                        {
                            "head": r["head"],
                            "tail": d,
                            "type": r["type"],
                            "sentence_start": sent.start_char,
                            "sentence_end": sent.end_char,
                            "confidence": 0.5,
                            "source": "inference",
                        }
                    )
        return out


# "ASEAN members, including Vietnam and Indonesia", "EU member states such as France, Italy and Spain"
_MEMBERS_INCLUDING = re.compile(
    r"(?:['’]s)?\s+(?:member\s+(?:states|countries|nations|economies)|members)\s*,?\s+(?:including|such\s+as|like|"
    r"notably|among\s+them)\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s+|\s+and\s+|,\s+and\s+))*"
)
_APPOSED_LAW = re.compile(r",\s+(?:formally\s+|officially\s+|also\s+known\s+as\s+|or\s+)?")
# "... which Pansy Tlakula chaired", "... which X has led since 2019"
_LED_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:chaired|chairs|headed|heads|led|leads|ran|runs|directed|directs)\b")


_PLACE_PREPS = frozenset({"before", "at", "in", "with", "to", "from", "on", "by", "through", "under", "after"})


def _via_place_prep(tok: Token, verb: Token) -> bool:
    """`tok` hangs from the verb through a preposition of place, time or means ("before the court")."""
    t = tok
    while t.head != t and t != verb:
        if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS:
            return True
        t = t.head
    return False


def _under(tok: Token, verb: Token) -> bool:
    """`tok` is in the verb's own clause: below it, without passing through another verb's conjunct clause."""
    t = tok
    while t.head != t:
        if t.head == verb:
            return not (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return False


@Language.factory("pg_relations", default_config={"patterns": ""})
def make_relation_finder(nlp: Language, name: str, patterns: str):
    return RelationFinder(load_cues(Path(patterns)) if patterns else load_cues())
