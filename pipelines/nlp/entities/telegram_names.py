"""A telegram's own names: the addressees and offices of its header, governments by abbreviation ("GOS", "GVN"),
the Department, ministries and embassies named in its prose, and the surname that signs it (`pipelines.nlp.telegram`
reads the cable's layout; this module types what it finds)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipelines.nlp import telegram
from pipelines.nlp.entities.persons import PersonChecks
from pipelines.nlp.reference import normalize
from pipelines.nlp.rules import Cand


class TelegramNames(PersonChecks):
    """The names a telegram's header, prose and signature give."""

    def _telegram_header(self, text: str) -> list[Cand]:
        """Addressees, originating offices and the executive order of a telegram header (`telegram/`),
        resolved through the telegram address table, as the cable's own header fields are."""
        out = []
        headers = telegram.header_mentions(
            text,
            is_place=lambda word: normalize(word) in self.index.capitals,
            # a surname alone ("SZUBIN") is read as a name of two such words; a body's head noun ("PRIVACY OFFICE")
            # names no one
            is_name=lambda words: (
                not any(w.lower() in self.lex.org_heads for w in words)
                and self._plausible_caps_name([w.lower() for w in words] * (2 if len(words) == 1 else 1))
            ),
            is_body=lambda word: self.index.type_of(word) in ("Agency", "IGO"),
            is_word=lambda word: word.lower() in self.common_words,
        )
        for h in headers:
            if h.type in ("Law", "Person"):
                out.append(Cand.of(h.start, h.end, h.type, "telegram-header"))
                continue
            if self.index.type_of(h.designator) not in (None, "Agency", "IGO"):
                continue  # "TREASURY FOR TFTP": a programme the tables know, not an office
            post = self.posts.resolve(h.designator)
            known = self.resolver.resolve(h.designator, "Agency")
            eid, label = (known[0], known[1]) if self.resolver.entity(known[0]) else (post.entity_id, post.label)
            out.append(Cand.of(h.start, h.end, "Agency", "telegram-header", entity_id=eid, label=label))
        return out

    def _governments(self, text: str, header: telegram.Header | None) -> list[Cand]:
        """ "GOS", "GOL" in a telegram: the government of the state it is about whose name has that initial
        (`telegram.government_abbreviations`); never an ordinary word ("GOD") but in a line of mixed case ("The GOB
        uses", `telegram.in_mixed_case_line`)."""
        states = {sid: self.index.entities[sid].label for sid in self._telegram_states(text, header)}
        out = [
            Cand.of(a, b, "State", "telegram-government", entity_id=sid)
            for a, b, sid in telegram.government_abbreviations(text, states)
            if text[a:b].lower() not in self.common_words or telegram.in_mixed_case_line(text, a)
        ]
        out += self._government_codes(text, set(states))
        dept = self.posts.resolve("DEPT")
        out += [
            Cand.of(a, b, "Agency", "telegram-post", entity_id=dept.entity_id, label=dept.label)
            for a, b in telegram.department_in_prose(text)
        ]
        ministries = telegram.ministry_abbreviations(text, self.lex.telegram_ministry_abbreviations)  # "the MFA"
        out += [Cand.of(a, b, "Agency", "telegram-ministry") for a, b in ministries]
        # ... and its posts named in prose: "Embassy Berlin", "the Embassy in Austria"
        is_place = lambda word: normalize(word) in self.index.capitals  # noqa: E731
        for a, b, designator in telegram.embassies_in_prose(text, is_place, self.is_state):
            post = self.posts.resolve(designator) if designator.startswith("AMEMBASSY") else None
            eid, label = (post.entity_id, post.label) if post else (None, None)
            out.append(Cand.of(a, b, "Agency", "telegram-post", entity_id=eid, label=label))
        return out

    def _government_codes(self, text: str, about: set[str]) -> list[Cand]:
        """ "GVN" in a telegram about Vietnam (`telegram.government_codes`): a state its TAGS or serial line say it is
        about (`about`), or, when they say none, a state it names and whose government it calls "the GVN"; never
        letters the tables know as another name. A body coordinated after it ("the GVN and National Assembly") is a
        name of its own."""

        def government(code: str) -> bool:
            if about:
                return f"state/{code}" in about
            return self._names_state(text, code) and telegram.definite_government(text, code)

        out = []
        for a, b, code in telegram.government_codes(text, government):
            if self.index.recognised(text[a:b]) or text[a:b].lower() in self.common_words:
                continue
            out.append(Cand.of(a, b, "State", "telegram-government-code", entity_id=f"state/{code}"))
            other = telegram.coordinated_name(text, b)
            if other and text[other[0] : other[1]].split()[-1].lower() in self.lex.org_heads:
                out.append(Cand.of(other[0], other[1], "Agency", "org-head"))
        return out

    def _names_state(self, text: str, code: str) -> bool:
        """The text names the state of two-letter code `code` by a name of four or more letters ("Vietnam")."""
        sid = f"state/{code}"
        if sid not in self.index.entities:
            return False
        names = [n for n in self.index.surfaces.get(sid, []) if len(n) >= 4]
        return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text) for n in names)

    def _signature(self, doc: Doc, text: str) -> list[Cand]:
        """The surname that signs a telegram on its last line ("RIVKIN", "MacArthur"), when it reads as a name: no
        title, head noun or name the tables know as something else, and no ordinary word unless the statistical
        model reads it as a person too."""
        span = telegram.signature(text)
        if span is None:
            return []
        a, b = span
        low = [w.lower() for w in text[a:b].split()]
        heads = self.lex.person_titles | self.lex.org_heads | self.lex.law_heads | self.lex.name_stop_starters
        if any(w in heads for w in low):
            return []
        ner = any(e.label_ == "PERSON" and (e.start_char, e.end_char) == (a, b) for e in doc.ents)
        if not ner and any(w in self.common_words and w not in self._surnames for w in low):
            return []
        if self.known_not_person(text[a:b]):
            return []
        return [Cand.of(a, b, "Person", "signature")]
