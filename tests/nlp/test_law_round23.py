"""Law names, round 23 (probe texts of our own: news, law-firm notes, government releases, Wikipedia, telegrams).

A code of law named with its state after "of" ("the Criminal Code of the Republic of Uzbekistan", "the Labour Code
of the Russian Federation", "the Civil Code of Ukraine") is one name, as a law's title with its state is ("the
Cybersecurity Law of the People's Republic of China"): the state inside it is no mention of its own. Words after
"of" that name no state ("the Electoral Code of Conduct", "the Tax Code of Virginia", "the Civil Code of the
European Union") leave the code's name as it was.

A provision's number the text uses as a name ("Section 702 expires", "a Section 301 investigation") said again
with "of" and its law's name after it ("Section 702 of the Foreign Intelligence Surveillance Act") starts a full
citation of the provision: the law after "of" is the mention there, the number no second name inside it. Said
alone, the provision's number is still a name.

A name ending in a capitalised law's kind goes on with "on" and its subject in title case ("the United Nations
Model Law on Electronic Commerce 1996", "the Trade Regulation Rule on Commercial Surveillance"): the subject is part
of the title. Not after a law the tables know whole ("the CLOUD Act on Capitol Hill"), not a known name, a weekday
or a month after "on" ("the Digital Markets Act on Google", "the Online Safety Act on Tuesday"), not in a title-case
headline ("Commerce Department Adopts Export Control Rule on Chips"), where every word is capitalised."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type

pytestmark = pytest.mark.slow


# --- a code's name holds the state after "of"


@pytest.mark.parametrize(
    "text, code, state",
    [
        (
            "Violations are punished under the Administrative Responsibility Code and the Criminal Code of the "
            "Republic of Uzbekistan. (Art. 33.)",
            "Criminal Code of the Republic of Uzbekistan",
            "Republic of Uzbekistan",
        ),
        (
            "KYIV (Reuters) - The blogger was charged under the Criminal Code of Ukraine, prosecutors said on Tuesday.",
            "Criminal Code of Ukraine",
            "Ukraine",
        ),
        (
            "Our client alert: the Labour Code of the Russian Federation was amended to allow remote work.",
            "Labour Code of the Russian Federation",
            "Russian Federation",
        ),
        (
            "Article 285 of the Criminal Code of the People's Republic of China punishes illegal intrusion into "
            "computer systems.",
            "Criminal Code of the People's Republic of China",
            "People's Republic of China",
        ),
        (
            "THE PENAL CODE WAS CITED. The Penal Code of the Kingdom of Thailand bans insults to the monarchy, the "
            "embassy reported.",
            "Penal Code of the Kingdom of Thailand",
            "Kingdom of Thailand",
        ),
    ],
)
def test_a_code_of_a_state_is_one_name(extractor, text, code, state):
    found = mentions(extractor, text)
    assert ("Law", code) in found
    assert ("State", state) not in found


@pytest.mark.parametrize(
    "text, code, other",
    [
        ("The Government will enforce the Electoral Code of Conduct during the elections.", "Electoral Code", None),
        ("The Tax Code of Virginia was changed by the General Assembly last year.", "Tax Code", None),
        ("No Civil Code of the European Union exists, the Commission said.", "Civil Code", ("IGO", "European Union")),
    ],
)
def test_a_code_of_no_state_keeps_its_name(extractor, text, code, other):
    found = mentions(extractor, text)
    assert ("Law", code) in found
    assert not any(ty == "Law" and t.startswith(code + " of") for ty, t in found)
    if other is not None:
        assert other in found


# --- a provision's number before "of <law>" is no name of its own


@pytest.mark.parametrize(
    "text, law, provision",
    [
        (
            "The senator offered an amendment to the reauthorization of Section 702 of the Foreign Intelligence "
            "Surveillance Act. Section 702 was meant to be a foreign intelligence tool.",
            "Foreign Intelligence Surveillance Act",
            "Section 702",
        ),
        (
            "USTR opened a Section 301 investigation on Tuesday. The agency acts under Section 301 of the Trade Act "
            "of 1974, the release said.",
            "Trade Act of 1974",
            "Section 301",
        ),
    ],
)
def test_a_provision_of_a_named_law_is_no_repeat(extractor, text, law, provision):
    found = [(m.type, m.text, m.start) for m in extractor.extract("t", "v", text).mentions]
    full = text.index(f"{provision} of")
    assert ("Law", law) in {(ty, t) for ty, t, _ in found}
    assert not any(t == provision and start == full for _, t, start in found)
    assert any(t == provision and start != full for _, t, start in found)  # the bare name elsewhere stays


def test_a_provision_said_alone_stays_a_name(extractor):
    text = "USTR opened a Section 301 investigation. Section 301 gives USTR broad powers, a law firm wrote."
    assert [t for t in _ordered_laws(extractor, text)] == ["Section 301", "Section 301"]
    assert "Section 301" in of_type(extractor, text, "Law")


def _ordered_laws(extractor, text):
    """The texts of the Law mentions in text order, repeats kept."""
    return [m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Law"]


# --- "<kind> on <Subject>": the subject is part of the title


@pytest.mark.parametrize(
    "text, law",
    [
        (
            "The IT Act is based on the United Nations Model Law on Electronic Commerce 1996 (UNCITRAL Model) "
            "recommended by the General Assembly.",
            "United Nations Model Law on Electronic Commerce 1996",
        ),
        (
            "Title: Trade Regulation Rule on Commercial Surveillance\n\nOn August 22, 2022, the Commission initiated a "
            "rulemaking.",
            "Trade Regulation Rule on Commercial Surveillance",
        ),
        (
            "STRASBOURG (AP) - Ministers opened the Framework Convention on Artificial Intelligence for signature "
            "on Thursday.",
            "Framework Convention on Artificial Intelligence",
        ),
    ],
)
def test_a_kind_takes_its_on_subject(extractor, text, law):
    assert law in of_type(extractor, text, "Law")


@pytest.mark.parametrize(
    "text, law",
    [
        ("The CLOUD Act on Capitol Hill drew criticism from privacy groups.", "CLOUD Act"),
        ("The EU imposed the Digital Markets Act on Google and Apple last year.", "Digital Markets Act"),
        ("Parliament voted on the Online Safety Act on Tuesday, the minister said.", "Online Safety Act"),
        (
            "The Council adopted Regulation (EU) 2023/1543 on European Production Orders in July.",
            "Regulation (EU) 2023/1543",
        ),
        ("Commerce Department Adopts Export Control Rule on Chips", "Export Control Rule"),
        ("Egypt: Country's First Law on Protection of Personal Data Enters into Force", "Country's First Law"),
    ],
)
def test_no_on_subject_after_a_known_or_numbered_law(extractor, text, law):
    laws = of_type(extractor, text, "Law")
    assert law in laws
    assert not any(t.startswith(law + " on") for t in laws)
