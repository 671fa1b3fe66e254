"""The `Resolver`, which turns a typed mention into `(entity_id, label, qid)`: tables first (with the document's
states deciding among same-named laws and bodies), then the names the document gave before (`DocContext`), then a
minted id."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from pipelines.model import Entity, slugify
from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.reference.index import APOSTROPHES, KIND, NUMBER_SIGN, SPACES, ReferenceIndex, normalize

_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?:19|20)\d\d$")


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "a", "an", "by", "at", "de"})


_PLURAL = [("ies", "y"), ("ses", "s"), ("s", "")]


#: words a telegram or a table of contents shortens ("DEPT OF JUSTICE", "Natl. Security Council"): a name written
#: with them is the name written out
_SHORT_WORDS = {
    "dept": "Department",
    "depts": "Departments",
    "govt": "Government",
    "natl": "National",
    "intl": "International",
}

_SHORT_WORD = re.compile(r"\b(" + "|".join(_SHORT_WORDS) + r")\b\.?", re.IGNORECASE)

#: an organisation's initials before the name of one of its bodies stand for its name or adjective ("EU
#: Parliament" is the European Parliament, "UN Human Rights Council" the United Nations Human Rights Council)
_ORGANISATION_INITIALS = {"eu": "European", "un": "United Nations"}

_INITIALS_PREFIX = re.compile(r"^(E\.?U\.?|U\.?N\.?)\s+(?=[A-Z])", re.IGNORECASE)

#: an EU act's number alone, "(EU) 2016/679", "2006/24/EC": the act the tables name by its kind and that number
_EU_ACT_NUMBER = re.compile(r"\((?:EU|EC|EEC|EU, Euratom)\)\s*\d{2,4}/\d+|\d{2,4}/\d+/(?:EU|EC|EEC)")

_EU_ACT_KINDS = ("Regulation", "Directive", "Decision", "Implementing Regulation", "Implementing Decision")

#: an abbreviation defined after a name, "General Data Protection Regulation (GDPR)": not part of the name
_DEFINED_ABBREVIATION = re.compile(r"\s*\((?=[^()]*[A-Z][^()]*[A-Z])[A-Za-z0-9&.\-]{2,12}\)$")

_DT_EXTRA = {"bulk", "precise", "online", "raw", "digital", "electronic", "specified", "certain", "covered", "detailed"}


def written_out_initials(text: str) -> str:
    """A body's name with the initials of its organisation in front written out ("EU PARLIAMENT" -> "European
    PARLIAMENT", "U.N. Human Rights Council" -> "United Nations Human Rights Council"); other names unchanged."""
    m = _INITIALS_PREFIX.match(text.strip())
    if m is None or len(text.split()) < 2:
        return text
    return _ORGANISATION_INITIALS[m.group(1).replace(".", "").lower()] + " " + text.strip()[m.end() :]


def singular(word: str) -> str:
    if word.endswith(("data", "metadata", "information", "ss", "communications")):
        return word[:-1] if word.endswith("communications") else word
    for suffix, repl in _PLURAL:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + repl
    return word


@dataclass
class DocContext:
    """What one document has named so far, for resolving its short forms."""

    #: entity ids in order of first mention, with their type and label
    seen: list[tuple[str, str, str]] = field(default_factory=list)
    #: abbreviation (normalized) -> entity id, from "Long Name (ABBR)"
    abbreviations: dict[str, str] = field(default_factory=dict)
    #: state ids mentioned, most recent last (to pick among same-named laws)
    states: list[str] = field(default_factory=list)
    #: every state the whole document names, before or after the mention being resolved
    named_states: frozenset[str] = frozenset()

    def note(self, entity_id: str, type_: str, label: str) -> None:
        if not any(s[0] == entity_id for s in self.seen):
            self.seen.append((entity_id, type_, label))
        if type_ == "State":
            self.states.append(entity_id)


#: the most capitalised words a title shared by many countries' laws or bodies has ("Law on Personal Data
#: Protection", "Ministry of Information and Communications")
MAX_SHARED_TITLE_WORDS = 4


class Resolver:
    """Maps a typed mention to one entity: tables first, then the document's own earlier names, then a slug."""

    def __init__(self, index: ReferenceIndex):
        self.index = index

    def entity(self, entity_id: str) -> Entity | None:
        return self.index.entities.get(entity_id)

    def resolve(self, text: str, type_: str, context: DocContext | None = None) -> tuple[str, str, str | None]:
        """Return (entity_id, canonical label, Wikidata QID or None) for a mention of `type_`."""
        key = normalize(text)
        if context is not None and key in context.abbreviations:
            return self._result(context.abbreviations[key], text, type_)
        earlier = self._earlier_law(key, context) if type_ == "Law" and context is not None else None
        found = earlier or self._from_tables(text, type_, context) or self._country_qualified(text, type_)
        found = found or self._union_qualified(text, type_)
        found = found or self._written_out(text, type_, context)
        if found is not None:
            return self._result(found, text, type_)
        if context is not None:
            short = self._short_form(text, type_, context) or self._known_surname(text, type_, context)
            short = short or self._after_honorific(text, type_, context)
            if short is not None:
                return self._result(short, text, type_)
        minted = self.mint(text, type_)
        if any(c.entity_id == minted for c in self.index.candidates(text, type_)):
            # the tables hold an entity of this name under this very id, but the name was refused it (the document
            # names another country, or two entities bear the name): a namesake, so not that entity's id and item
            return f"{minted}-unresolved", self.canonical(text, type_), None
        return self._result(minted, text, type_)

    def _result(self, entity_id: str, text: str, type_: str) -> tuple[str, str, str | None]:
        e = self.index.entities.get(entity_id)
        if e is not None:
            return entity_id, e.label, e.qid
        return entity_id, self.canonical(text, type_), None

    def _from_tables(self, text: str, type_: str, context: DocContext | None) -> str | None:
        cands = self.index.candidates(text, type_)
        if not cands and type_ == "DataType":
            cands = self._datatype_candidates(text)
        if not cands and type_ == "State":
            # "Washington", "Beijing" meaning the government
            eid = self.index.capitals.get(normalize(text))
            return eid
        if not cands:
            return None
        if type_ in ("Law", "Agency") and context is not None and context.states and self._shared_name(text, cands):
            # "Personal Data Protection Law" in a text about Vietnam is not Saudi Arabia's: a title any country
            # may give its law or body names a country's one only where the document names that country
            named = [c for c in cands if not (c.country or "").startswith("state/") or c.country in context.states]
            cands = named or self._named_before(cands, context)
            if not cands:
                return None
        key = normalize(text)
        if context is not None and context.states and all((key, c.entity_id) in self.index.generic for c in cands):
            # "Data Protection Commission" in a text about Nigeria is not Ireland's; "Congress" in a text that names
            # China first and the United States later is the US Congress
            if not any(c.country in context.states or c.country in context.named_states for c in cands):
                return None
        if len(cands) == 1:
            return cands[0].entity_id
        # an alias several tables share ("Cybersecurity Law", "DPA"): the entity whose country the document named
        # most recently; when the document does not decide, no link (a wrong link is worse than none)
        for state in reversed(context.states if context is not None else []):
            for c in cands:
                if c.country == state:
                    return c.entity_id
        return None

    @staticmethod
    def _named_before(cands: list[Entity], context: DocContext) -> list[Entity]:
        """A title any country may give its body ("State Department", "Commerce Department") that the document
        linked before it named another state keeps naming that body: naming Iran later does not make the briefing's
        "State Department" Iran's."""
        seen = {s[0] for s in context.seen}
        return [c for c in cands if c.entity_id in seen]

    def _written_out(self, text: str, type_: str, context: DocContext | None) -> str | None:
        """Another way of writing a name the tables hold: with a shortened word ("DEPT OF JUSTICE" is "DEPARTMENT OF
        JUSTICE"), with the abbreviation it defines after it ("... Regulation (GDPR)"), a firm's with its legal form
        ("Google Inc."); and an EU act's number alone is the act of that number ("(EU) 2016/679" is "Regulation
        (EU) 2016/679") when one act of the tables bears it."""
        for full in (
            _SHORT_WORD.sub(lambda m: _SHORT_WORDS[m.group(1).lower()], text),
            _DEFINED_ABBREVIATION.sub("", text),
            self._without_legal_form(text) if type_ == "Firm" else text,
            written_out_initials(text) if type_ == "IGO" else text,
        ):
            if full != text and full.strip():
                found = self._from_tables(full, type_, context) or self._country_qualified(full, type_)
                if found:
                    return found
        if type_ == "Law" and _EU_ACT_NUMBER.fullmatch(text.strip()):
            acts = {
                c.entity_id for kind in _EU_ACT_KINDS for c in self.index.candidates(f"{kind} {text.strip()}", type_)
            }
            return acts.pop() if len(acts) == 1 else None
        return None

    @staticmethod
    def _without_legal_form(text: str) -> str:
        """A firm's name without its legal form ("Huawei Technologies Co., Ltd." is "Huawei Technologies", "Google
        Inc." is "Google"): the lexicon's `legal_suffixes`, each with its comma and period, while a word is left."""
        words = text.split()
        legal = load_lexicon().legal_suffixes
        while len(words) > 1 and words[-1].lower().strip(".,") in legal:
            words.pop()
        return " ".join(words).rstrip(",")

    def _country_qualified(self, text: str, type_: str) -> str | None:
        """ "United States CLOUD Act", "Vietnam Ministry of Public Security": a known law or body of that country
        named with the country in front."""
        split = self.split_country(text, suffix=False, min_rest=1) if type_ in ("Law", "Agency") else None
        if split is None:
            return None
        state, rest = split
        same = [c for c in self.index.candidates(rest, type_) if c.country == state]
        return same[0].entity_id if same else None

    def _union_qualified(self, text: str, type_: str) -> str | None:
        """ "European Union General Data Protection Regulation", "EU Agency for Cybersecurity": a known law or body
        of a union of states (a row whose country is that organisation) named with the union in front, as a state's
        own law is ("United States CLOUD Act"); the rest must be a name the tables give that union's law or body."""
        words = text.split()
        if type_ not in ("Law", "Agency", "IGO"):
            return None
        for n in (3, 2, 1):
            head = " ".join(words[:n])
            if len(words) < n + 2 or self.index.type_of(head) != "IGO":
                continue
            union = self.index.candidates(head, "IGO")[0].entity_id
            same = {c.entity_id for c in self.index.candidates(" ".join(words[n:]), type_) if c.country == union}
            return same.pop() if len(same) == 1 else None
        return None

    def _after_honorific(self, text: str, type_: str, context: DocContext) -> str | None:
        """ "Ayatollah Khamenei", "Sheikh Nawaf al-Ahmad al-Sabah": a title English writes as a word of the name
        (`lexicon.name_honorifics`) names the person the rest names: a full name of the tables, the person the
        document named before by that surname, or the one person of the tables who bears it."""
        words = text.split()
        if type_ != "Person" or len(words) < 2 or words[0].lower() not in load_lexicon().name_honorifics:
            return None
        rest = " ".join(words[1:])
        found = self._from_tables(rest, type_, context)
        return found or self._short_form(rest, type_, context) or self._known_surname(rest, type_, context)

    def split_country(self, text: str, suffix: bool = True, min_rest: int = 2) -> tuple[str, str] | None:
        """(state id, the rest of the name) when a name starts with a state ("Vietnam Ministry of X") or, with
        `suffix`, ends in "of <state>" ("Ministry of X of Vietnam"); the rest keeps at least `min_rest` words."""
        words = text.split()
        for n in (3, 2, 1):
            if len(words) < n + min_rest:
                continue
            head, tail = " ".join(words[:n]), " ".join(words[-n:])
            if self.index.type_of(head) == "State":
                return self.index.candidates(head, "State")[0].entity_id, " ".join(words[n:])
            if suffix and words[-n - 1].lower() == "of" and self.index.type_of(tail) == "State":
                return self.index.candidates(tail, "State")[0].entity_id, " ".join(words[: -n - 1])
        return None

    def _datatype_candidates(self, text: str) -> list[Entity]:
        words = normalize(text).replace("-", " ").split()
        words = [w for w in words if w not in _DT_EXTRA]
        if not words:
            return []
        variants = [" ".join(words), " ".join([*words[:-1], singular(words[-1])])]
        for v in variants:
            found = self.index.candidates(v, "DataType")
            if found:
                return found
        return []

    def _shared_name(self, text: str, cands: list) -> bool:
        """A name several countries may give their own law or body: a descriptive title (`descriptive_title`), or a
        law's initials that spell one ("PDPL" for a Personal Data Protection Law: Saudi Arabia's, Vietnam's,
        Bahrain's ...)."""
        if self.descriptive_title(text):
            return True
        initials = text.strip().replace(".", "")
        if not re.fullmatch(r"[A-Z]{2,6}", initials):
            return False
        return any(
            c.type == "Law" and "".join(w[0] for w in name.split() if w[0].isupper()) == initials
            for c in cands
            for name in (c.label, *c.aliases)
            if self.descriptive_title(name)
        )

    def descriptive_title(self, text: str) -> bool:
        """A short name made of capitalised ordinary words, no country, number or abbreviation in it ("Personal
        Data Protection Law", "Ministry of Public Security"): a title many countries give their own law or body.
        A longer title ("Clarifying Lawful Overseas Use of Data Act") is one legislature's own."""
        words = text.split()
        return (
            2 <= sum(w[0].isupper() for w in words) <= MAX_SHARED_TITLE_WORDS
            and all(re.fullmatch(r"[A-Z][a-z]+|of|on|and|for|the", w) for w in words)
            and not self.names_a_state(text)
        )

    def names_a_state(self, text: str) -> bool:
        """Whether a name holds a state's name anywhere: "Office of the United States Trade Representative"."""
        words = text.split()
        return any(
            self.index.type_of(" ".join(words[i : i + n])) == "State"
            for n in (1, 2, 3)
            for i in range(len(words) - n + 1)
        )

    @staticmethod
    def _earlier_law(key: str, context: DocContext) -> str | None:
        """A law the document named before: "the Data Act" after "the Swedish Data Act of 1973" is the Swedish act,
        whatever else the tables call "Data Act" (the document's own naming wins); so is "the Swedish Data Act of
        1973" after "the Swedish Data Act"."""
        if " " not in key:
            return None
        for eid, type_, label in reversed(context.seen):
            if type_ != "Law":
                continue
            full = normalize(label)
            undated = _YEAR_AFTER.sub("", full)
            if full != key and (full.endswith(" " + key) or undated == key or undated.endswith(" " + key)):
                return eid
            if _YEAR_AFTER.search(key) and _YEAR_AFTER.sub("", key) == full:
                return eid  # "the Swedish Data Act" first, "the Swedish Data Act of 1973" later
        return None

    def _known_surname(self, text: str, type_: str, context: DocContext) -> str | None:
        """A person named by the surname alone, the document never giving the full name before ("President Sarkozy"
        in a telegram from Paris): the one person of the tables who bears that surname, where the document names
        that person's state; two bearers ("Clinton": Bill and Hillary) or another state's person link nothing."""
        key = normalize(text)
        if type_ != "Person" or " " in key or not text[:1].isupper():
            return None
        bearers = self._surnames.get(key, [])
        if len(bearers) != 1:
            return None
        person = self.index.entities[bearers[0]]
        return person.entity_id if person.country and person.country in context.named_states else None

    @cached_property
    def _surnames(self) -> dict[str, list[str]]:
        """Surname (the last word of a person's name in the tables, normalized) -> the persons who bear it."""
        out: dict[str, list[str]] = {}
        for e in self.index.entities.values():
            words = normalize(e.label).split()
            if e.type == "Person" and len(words) >= 2:
                out.setdefault(words[-1], []).append(e.entity_id)
        # a person whose full name itself recurs among other people (a member of a legislature, `_NATIONAL_NAMES`)
        # is never named by a surname alone ("Cohen" in a text about terrorist finance is no congressman)
        return {k: v for k, v in out.items() if not any(self._name_recurs(eid) for eid in v)}

    def _name_recurs(self, entity_id: str) -> bool:
        """The tables trust the person's own name only where the document names the person's state."""
        return (normalize(self.index.entities[entity_id].label), entity_id) in self.index.generic

    def _short_form(self, text: str, type_: str, context: DocContext) -> str | None:
        key = normalize(text)
        same_type = [s for s in context.seen if s[1] == type_]
        if type_ == "Person" and (" " not in key or len(key.split()) == 2 and len(key.split()[0]) <= 3):
            # the surname said alone, with its particle when it has one ("de Maiziere" after "Thomas de Maiziere")
            n = len(key.split())
            hits = {s[0] for s in same_type if len(s[2].split()) > n and normalize(s[2]).split()[-n:] == key.split()}
            return hits.pop() if len(hits) == 1 else None
        if type_ in ("Agency", "IGO") and " " not in key:
            # "the Department", "the Commission", "the Coalition": the most recent body with that head word
            for eid, _t, label in reversed(same_type):
                if key in normalize(label).split():
                    return eid
        if type_ == "State" and key in ("kingdom", "republic", "federation", "union"):
            for eid in reversed(context.states):
                if key in self.index.official_names.get(eid, "").casefold():
                    return eid
        return None

    def canonical(self, text: str, type_: str) -> str:
        """The canonical form of an unknown name: one line, no determiner or possessive, singular data types."""
        t = SPACES.sub(" ", text.translate(APOSTROPHES)).strip()
        t = re.sub(r"^(?:the|The|THE)\s+", "", t)
        t = re.sub(r"'s$|(?<=s)'$", "", t)
        t = re.sub(r"\b((?:[A-Z]\.){2,})", lambda m: m.group(1).replace(".", ""), t)
        if type_ == "DataType":
            words = t.lower().split()
            words = [w for w in words if w not in _DT_EXTRA] or words
            words[-1] = singular(words[-1])
            return " ".join(words)
        if t.isupper() and len(t) > 6:  # a telegram's capitals: "Swedish Data Act of 1973"
            # ... but an abbreviation the tables know stays in capitals ("OECD Council", not "Oecd Council")
            words = [w if self._known_in_capitals(w) else w.title() for w in t.split(" ")]
            t = " ".join([words[0]] + [w.lower() if w.lower() in _SMALL_WORDS else w for w in words[1:]])
        return t

    def _known_in_capitals(self, word: str) -> bool:
        """The tables name an entity by this very word in capitals ("OECD", "US"; not "Public")."""
        return any(word == e.label or word in e.aliases for e in self.index.candidates(word))

    def mint(self, text: str, type_: str) -> str:
        """A deterministic id for a name the tables do not know ("No." before a number left out)."""
        return f"{KIND.get(type_, type_.lower())}/{slugify(NUMBER_SIGN.sub('', self.canonical(text, type_)))}"
