"""Where a body's name lies in a capitalised run: where it starts before its first head noun (after a preposition,
a person's title, an address's numbers) and how far a head-first complement carries it after its last head ("Office
of the Director of National Intelligence", "Committee on Foreign Investment"), stopping at a date, a law named
after the body, a second noun phrase, a recipient, a person's title or a possessor outside the run."""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.complement_possessors import possessive_ends_name
from pipelines.nlp.rules.org_words import caps_remit_follows, first_person, recipient_after_to
from pipelines.nlp.rules.regulating_remits import regulating_in_remit
from pipelines.nlp.rules.remit_fields import remit_field_end
from pipelines.nlp.rules.remit_laws import law_word_in_remit
from pipelines.nlp.rules.run_words import Word
from pipelines.nlp.rules.runs import MONTHS, WEEKDAYS
from pipelines.nlp.rules.title_after_body import before_rank_words, title_starts_person


def org_name_start(low: list[str], first: int, lex: Lexicon) -> int:
    """Where the name starts before its first head. "Members of Congress", "Director of the Office of Museums": the
    name starts after the last "of" before the first head when no head precedes that "of"; after a person's title
    it starts after the next connector ("President Joe Biden and European Commission President ...")."""
    start = 0
    for k in range(first):
        if low[k] in ("of", "for", "to", "from", "at", "in", "with", "by", "on") and k + 1 <= first:
            start = k + 1
        elif low[k] == "the" and k > 0 and (low[k - 1] not in lex.name_connectors or low[k - 1] == "and"):
            # "Passed the Senate": "the" follows a connector inside a name, never a name's word; "Britain and the
            # Home Office": before the first head, "and the" starts a second noun phrase
            start = k + 1
    titled = [k for k in range(first) if low[k] in lex.person_titles]
    if titled:
        after = [k for k in range(titled[-1] + 1, first) if low[k] in ("of", "for", "and")]
        if after:
            start = max(start, after[0] + 1)
    numbers = [k for k in range(start, first) if low[k][:1].isdigit()]
    if numbers:
        start = numbers[-1] + 1  # "4th Floor 100 Parliament Street": an address's numbers start no name
    while start < first and low[start] in lex.name_connectors:
        start += 1
    return start


def org_name_end(w: list[Word], last: int, lex: Lexicon, is_state=None) -> int:
    """Where the name ends after its last head: a head-first complement goes on to its last name word ("Office of
    the Director of National Intelligence", "Committee on Foreign Investment")."""
    end = last
    caps_remit = last + 1 < len(w) and caps_remit_follows(w, last, lex.committee_heads)
    if last + 1 < len(w) and (w[last + 1].text in ("of", "for", "on", "to", "OF") or caps_remit):
        if _complement_of_no_name(w, last + 1, lex):
            return last
        k = last + 1
        end_k = end
        while k < len(w):
            if w[k].low in MONTHS or w[k].low in WEEKDAYS or w[k].text[0].isdigit():
                break  # "Supreme Court of the United States on April 17": a date, not the name
            if caps_remit and (w[k].low in lex.igo_event_nouns or k > last + 1 and w[k].text in ("ON", "FOR", "IN")):
                break  # "COMMITTEE ON ENERGY AND COMMERCE ON DATA BROKERS", "... SESSION": not the remit's words
            remit_law = w[k].low in lex.law_heads and law_word_in_remit(w, last, k, lex)
            remit_law = remit_law or regulating_in_remit(w, last, k)  # "Office for Nuclear Regulation"
            if w[k].low in lex.law_heads and not remit_law and not any(x.is_name for x in w[k + 1 :]):
                if w[last + 1].low == "on":
                    return last  # "the European Parliament on the EU-US TFTP Agreement": the topic, a law
                break  # "Reserve Bank of India Act": a law named after the body, not the body
            if _new_phrase_at(w, last, k, lex):
                break  # "the Ministry of Trade and the Data Act": "and the" starts a noun phrase of its own
            if first_person(w[k]) or recipient_after_to(w, k, lex):
                break  # "... and I was involved": a pronoun; "... Management to the GSA": a recipient
            if title_starts_person(w, last, k, lex):
                return before_rank_words(w, end_k, last, lex)  # "Department of Energy Secretary Jane Roe"
            if _style_possessive(w, k, lex):
                k += 1  # "... of the People's Republic of China": the state's style goes on after its possessive
                continue
            if w[k].is_name:
                end_k = k
            elif w[k].low == "in" and (field_end := remit_field_end(w, k, last, is_state)) is not None:
                return field_end  # "Office for Research in Materials Testing": a field of the remit
            elif w[k].low not in lex.name_connectors or w[k].low == "in":
                break
            k += 1
        end = end_k
    return end


def _style_possessive(w: list[Word], k: int, lex: Lexicon) -> bool:
    """A possessive inside a state's formal style, before the noun of its form of government ("the People's
    Republic of China", "the Lao People's Democratic Republic"): a word of the state's name, which does not end at
    the apostrophe."""
    return w[k].text in ("'s", "’s") and style_goes_on([x.low for x in w[k + 1 : k + 3]], lex)


def style_goes_on(after: list[str], lex: Lexicon) -> bool:
    """The lower-case words after a possessive go on with a state's formal style: its noun, or a qualifier and its
    noun ("the People's Republic of China", "the Lao People's Democratic Republic"); the possessive is the style's
    own word. Not a qualifier alone ("the Ministry of Justice's Federal Office": a possessor and its body)."""
    heads, qualifiers = lex.state_form_heads, lex.state_form_qualifiers
    return bool(after) and (after[0] in heads or (len(after) > 1 and after[0] in qualifiers and after[1] in heads))


def _new_phrase_at(w: list[Word], last: int, k: int, lex: Lexicon) -> bool:
    """Inside a body's remit "and" joins nouns, bare ("Ministry of Trade and Industry") or with their article
    ("Secretariat of State for Telecommunications and the Information Society"); "and the" before a name with a
    head of its own, a law's or a body's, starts a second noun phrase, as English coordinates two names ("the
    Ministry of Trade and the Data Act", "... and the Treasury"). The last item of a remit listed with commas keeps
    its article whatever it is ("Ministry of Science, Technology and the Environment")."""
    if w[k].low != "and" or k + 2 >= len(w) or w[k + 1].low != "the":
        return False
    doc = w[k].token.doc
    if "," in doc.text[w[last].end : w[k].start]:
        return False
    return any(x.low in lex.law_heads or x.low in lex.org_heads for x in w[k + 2 :])


def _complement_of_no_name(w: list[Word], k: int, lex: Lexicon) -> bool:
    """The phrase the preposition at `k` opens is not part of the body's name: "to" before a person or a person's
    title ("the High Commission to the Minister for Foreign Affairs", "Departments to Bunting") and "to" before a
    noun phrase after any but an envoy's head (`org_words.recipient_after_to`: "the Executive Branch to the FCC");
    a possessive that makes a person's words the possessor of a noun outside the run ("the Administration of Prime
    Minister's message"; `complement_possessors`: not "the Ministry of Justice's report"); a nationality adjective
    before a common noun ("the General Assembly on Australian attitude")."""
    rest = [x for x in w[k + 1 :] if x.low not in lex.name_connectors]
    if not rest:
        return False
    first, last = rest[0], w[-1]
    to_person = w[k].low == "to" and (first.low in lex.person_titles or first.token.ent_type_ == "PERSON")
    if to_person or recipient_after_to(w, k, lex):
        return True
    if possessive_ends_name(w, k, lex):
        return True
    nationality = last.token.ent_type_ == "NORP" or last.low in lex.nationality_nouns
    return nationality and last.next_text[:1].islower()
