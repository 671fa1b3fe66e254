"""What every step of the entity typer consults: the reference tables, the lexicon, ordinary English words and the
resolver, with the predicates the steps share (known names, states, prefixed adjectives, lines in capitals)."""

from __future__ import annotations

import functools
import re

from pipelines.nlp import telegram
from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.reference import ReferenceIndex, Resolver, normalize, regular_demonyms
from pipelines.posts import PostResolver

#: "South America", "East Asia": a region, not the state named after the word
REGION_BEFORE = re.compile(r"\b(?:North|South|East|West|Latin|Central|Northern|Southern|Eastern|Western)[\s-]+$")
#: a lower-case prefix joined by a hyphen right before a name ("non-", "intra-")
_PREFIX_BEFORE = re.compile(r"(?<![\w-])([a-z]+)-$")


def in_capitals(text: str, offset: int) -> bool:
    """The line around `offset` is written in capitals (at least 80% of its ten or more letters)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return _line_in_capitals(text[start : end if end >= 0 else len(text)])


@functools.lru_cache(maxsize=1024)
def _line_in_capitals(line: str) -> bool:
    """`in_capitals` of one line, counted once per line (a paragraph is one line, asked about for every name in it)."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 10 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _plural(noun: str) -> str:
    """A regex for a noun and its plural ("company" -> "compan(?:y|ies)")."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return re.escape(noun[:-1]) + "(?:y|ies)"
    return re.escape(noun) + "(?:s|es)?"


class TyperKnowledge:
    """The tables, word lists and resolver of the entity typer, shared by all its steps."""

    def __init__(self, index: ReferenceIndex, lexicon: Lexicon, common_words: frozenset[str] = frozenset()):
        #: ordinary English words (the model's own lemma lists), to tell them from names in capitals
        self.common_words = common_words
        self._fips = {e.fips: eid for eid, e in index.entities.items() if e.type == "State" and e.fips}
        #: last names of the people the tables know ("Trump", "Biden"): names, whatever the lemma lists say; not
        #: those of a table whose names are trusted only with their country (members of a national legislature:
        #: "Murphy", "Young", "King" are as often ordinary words)
        self._surnames = frozenset(
            e.label.split()[-1].lower()
            for eid, e in index.entities.items()
            if e.type == "Person" and e.label and (normalize(e.label), eid) not in index.generic
        )
        self.index = index
        self.lex = lexicon
        self.resolver = Resolver(index)
        self.posts = PostResolver()
        titles = "|".join(re.escape(x) for x in sorted(lexicon.person_titles, key=len, reverse=True))
        self._portfolio_before = re.compile(r"\b(?:" + titles + r")\s+(?:of\s+)?(?:the\s+)?$")
        self._firm_nouns = re.compile(r"\b(?:" + "|".join(_plural(n) for n in sorted(lexicon.firm_nouns)) + r")\b")

    # helpers the rule finders call back
    def is_known_name(self, text: str) -> bool:
        """The tables know the name, or it is a capital's."""
        return bool(self.index.recognised(text)) or normalize(text) in self.index.capitals

    def known_as_other(self, name: str, kind: str) -> bool:
        """The tables know the name, or it is a capital's, and not as a `kind`'s ("London" for a person)."""
        return self.is_known_name(name) and self.index.type_of(name) != kind

    def known_not_person(self, name: str) -> bool:
        """The tables know the name, or it is a capital's, and not as a person's (a finder's callback)."""
        return self.known_as_other(name, "Person")

    def is_state(self, text: str) -> bool:
        """The tables know the name as a state's."""
        return self.index.type_of(text) == "State"

    def _state_id(self, text: str) -> str | None:
        """The id of the one state the tables know by this name, else None."""
        ids = {e.entity_id for e in self.index.recognised(text) if e.type == "State"}
        return ids.pop() if len(ids) == 1 and self.is_state(text) else None

    def _telegram_states(self, text: str, header: telegram.Header | None = None) -> set[str]:
        """The states a telegram says it is about in its header: the country codes of its TAGS lines and the
        country of the post in its serial line ("UNCLAS JAKARTA 002210"), in the text or in the parsed `header` of
        a text that is the body only (its TAGS and the host state of the post that sent it); none for any other
        document."""
        about = {self._fips.get(code) for code in telegram.tag_codes(text)}
        about |= {self.index.capitals.get(normalize(text[a:b])) for a, b in telegram.serial_lines(text)}
        if header is not None:
            about |= {self._fips.get(code) for code in header.country_tags}
            about.add(self.posts.resolve(header.sender).host_state if header.sender else None)
        return {sid for sid in about if sid is not None and sid in self.index.entities}

    def _is_party(self, name: str) -> bool:
        """The name is a state's or an international body's: a party to an agreement."""
        return self.index.type_of(name) in ("State", "IGO")

    def _prefixed(self, text: str, start: int) -> bool:
        """A prefix joined by a hyphen makes an adjective of the name that starts at `start` ("non-EU countries",
        "intra-EU transfers", "pan-African"): no mention of the name's bearer."""
        prefix = _PREFIX_BEFORE.search(text, max(0, start - 8), start)
        return prefix is not None and prefix.group(1).lower() in self.lex.name_prefixes

    def _inflected_common(self, word: str) -> bool:
        """An ordinary English word, also in an inflected form ("licensing", "negotiations"), and no known
        surname."""
        if word in self._surnames:
            return False
        stems = {word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ed"), word.removesuffix("d")}
        if word.endswith("ies"):
            stems.add(word[:-3] + "y")
        if word.endswith("ing"):
            stems |= {word[:-3], word[:-3] + "e"}
        return bool(stems & self.common_words)

    def _nationality(self, word: str) -> bool:
        """A nationality noun or adjective, singular or plural ("Briton", "Latins", "Ugandan", "Asians"): the
        lexicon's list, or a state's or a continent's name with -n, -an, -ian or -ese ("Ugandans", "Brazilian",
        "Sudanese")."""
        word = word.lower()
        forms = {word, word.removesuffix("s")}
        return bool(forms & (self.lex.nationality_nouns | self._derived_demonyms))

    @functools.cached_property
    def _derived_demonyms(self) -> frozenset[str]:
        """The regular demonyms (`regular_demonyms`) of the states the tables know and of the continents ("Uganda" ->
        "ugandan", "Brazil" -> "brazilian")."""
        names = {e.label.lower() for e in self.index.entities.values() if e.type == "State" and e.label}
        names |= self.lex.demonym_regions
        return frozenset(word for n in names for word in regular_demonyms(n))
