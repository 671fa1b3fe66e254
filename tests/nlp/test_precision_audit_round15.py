"""Round 15, precision audit on text nobody annotated. A title word a word of rank or post precedes names one of the
body's officers, not its head: an ordinal makes a diplomatic rank ("First Secretary, Russian Embassy"), a word of a
function or a unit a post under the head ("Press Secretary", "State Secretary", "Office Director"); a title whose
"of" or "for" phrase is a bare noun that names no body heads that function or unit ("the FTC's chief of staff", "Head
of Legal Enforcement at the Commission", "the Ministry's Secretary for Climate Change"). None of them leads the body.
A list hung on one mention of a data type by "including" or "such as" extends only the relation stated of that
mention: in "Article 38 of the PIPL governs personal information, including sensitive personal information" the list
says nothing of what another law requires of personal information ("includes" as a verb defines the data type, and
extends every relation of it). Probes in three genres: news, government release, cable (a participants list, and
capitals)."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs

_PARTICIPANTS = (
    "SUBJECT: TALKS ON DATA SECURITY\n\n1. PARTICIPANTS:\n\nRussian Delegation:\n"
    "Oleg Pozdnyakov, First Secretary, Russian Embassy\n"
    "Evgeny Zudin, Office Director, Ministry of Defense\n"
)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # news
        ("Oleg Pozdnyakov, the first secretary of the Russian Embassy, attended the meeting.", "Oleg Pozdnyakov"),
        ("First Secretary Oleg Pozdnyakov of the Russian Embassy attended the meeting.", "Oleg Pozdnyakov"),
        ("The FTC's chief of staff, John Doe, resigned on Monday.", "John Doe"),
        (
            "The government nominated Dr. Ana Lima, the Environment Ministry's Secretary for Climate Change and "
            "Environmental Quality, for the post.",
            "Ana Lima",
        ),
        # government release
        (
            "Participants: Ms. Nicola Clase, State Secretary, Prime Minister's Office; Mr. Oscar Hallen, Press "
            "Secretary, Prime Minister's Office.",
            "Nicola Clase",
        ),
        (
            "Participants: Ms. Nicola Clase, State Secretary, Prime Minister's Office; Mr. Oscar Hallen, Press "
            "Secretary, Prime Minister's Office.",
            "Oscar Hallen",
        ),
        ("Martin Biesel, the minister's Bundestag chief of staff, will move to the ministry.", "Martin Biesel"),
        (
            "John Okafor, the Head of Legal Enforcement at the Nigeria Data Protection Commission (NDPC), issued the "
            "statement.",
            "John Okafor",
        ),
        # cable: a participants list, and capitals
        (_PARTICIPANTS, "Oleg Pozdnyakov"),
        (
            "3. (SBU) Jorge Ruiz, Director of Research at the National Data Protection Authority, told econoff that "
            "the authority would act.",
            "Jorge Ruiz",
        ),
        (
            "2. (C) VADIM AMPELONSKY, PRESS SECRETARY OF ROSKOMNADZOR, TOLD POLOFF THAT THE AGENCY WOULD CHECK "
            "COMPLIANCE.",
            "VADIM AMPELONSKY",
        ),
        (
            "2. (C) IVAN PETROV, FIRST SECRETARY AT THE MINISTRY OF COMMUNICATIONS, TOLD POLOFF THAT THE MINISTRY "
            "WOULD RESPOND.",
            "IVAN PETROV",
        ),
    ],
)
def test_a_rank_or_a_post_under_the_head_leads_nothing(extractor, text, person):
    assert {p for p, _ in fact_pairs(extractor, text, "leads")} & {person} == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # news: the head's own title, with a qualifier of the title or none
        ("Lina Khan, Chair, Federal Trade Commission, announced the rule.", ("Lina Khan", "Federal Trade Commission")),
        (
            "Anne Moreau, Director of the Bureau of Trade Policy, Department of Finance, spoke first.",
            ("Anne Moreau", "Bureau of Trade Policy"),
        ),
        (
            "Lina Khan, the chair of the Federal Trade Commission, announced the rule.",
            ("Lina Khan", "Federal Trade Commission"),
        ),
        # government release
        (
            "Vincent Olatunji, the National Commissioner of the Nigeria Data Protection Commission (NDPC), commended "
            "the president.",
            ("Vincent Olatunji", "Nigeria Data Protection Commission"),
        ),
        (
            "Secretary of State Marco Rubio said the Department of State would act.",
            ("Marco Rubio", "Department of State"),
        ),
        (
            "Jane Roe, Executive Director, National Privacy Commission, signed the notice.",
            ("Jane Roe", "National Privacy Commission"),
        ),
        ("Jane Roe, Secretary, Department of Commerce, signed the notice.", ("Jane Roe", "Department of Commerce")),
        # cable (capitals)
        (
            "2. (C) ALEXANDER ZHAROV, HEAD OF ROSKOMNADZOR, TOLD POLOFF THAT THE AGENCY WOULD CHECK COMPLIANCE.",
            ("ZHAROV", "ROSKOMNADZOR"),
        ),
    ],
)
def test_the_heads_own_title_still_leads(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "leads")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # news
        (
            "The Data Localization Decree requires companies to store personal data in Vietnam. The Privacy Act "
            "regulates personal data, such as health records and financial data.",
            ("Data Localization Decree", "health records"),
        ),
        # government release
        (
            "Article 37 of the Cybersecurity Law stipulates that personal information collected by operators must be "
            "stored within China. Article 38 of the Personal Information Protection Law governs personal information, "
            "including sensitive personal information.",
            ("Cybersecurity Law", "sensitive personal information"),
        ),
        # cable (capitals)
        (
            "3. (SBU) DECREE 53 REQUIRES FIRMS TO STORE PERSONAL DATA IN VIETNAM. THE PERSONAL DATA PROTECTION LAW "
            "REGULATES PERSONAL DATA, INCLUDING HEALTH RECORDS.",
            ("DECREE 53", "HEALTH RECORDS"),
        ),
    ],
)
def test_a_list_on_another_clauses_data_type_extends_only_that_clause(extractor, text, pair):
    """ "X, including Y" on the data type of another law's clause says what that clause covers, not what the first
    law requires."""
    assert pair not in fact_pairs(extractor, text, "requiresLocalization")


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        # the list on the relation's own mention
        (
            "The Data Protection Act regulates personal data, including health records and biometric data.",
            "regulates",
            ("Data Protection Act", "health records"),
        ),
        (
            "3. (SBU) DECREE 53 REQUIRES FIRMS TO STORE PERSONAL DATA IN VIETNAM. THE PERSONAL DATA PROTECTION LAW "
            "REGULATES PERSONAL DATA, INCLUDING HEALTH RECORDS.",
            "regulates",
            ("PERSONAL DATA PROTECTION LAW", "HEALTH RECORDS"),
        ),
        # a definition by the verb "include" extends every relation of the data type
        (
            "The Data Localization Decree requires companies to store personal data in Vietnam. Personal data "
            "includes health records and financial data.",
            "requiresLocalization",
            ("Data Localization Decree", "health records"),
        ),
        (
            "3. (SBU) DECREE 53 REQUIRES FIRMS TO STORE PERSONAL DATA IN VIETNAM. PERSONAL DATA INCLUDES HEALTH "
            "RECORDS AND FINANCIAL DATA.",
            "requiresLocalization",
            ("DECREE 53", "HEALTH RECORDS"),
        ),
    ],
)
def test_a_list_on_the_relations_own_data_type_still_extends_it(extractor, text, relation, pair):
    assert pair in fact_pairs(extractor, text, relation)
