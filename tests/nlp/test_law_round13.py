"""Laws, round 13: a numbered statute's short title goes with its citation ("Republic Act No. 10175"), "No" may lose
its period ("Law No 12.965/2014"), a date in brackets after a name is no other name of it ("(Sept. 12, 2012)"), a
programme is no law, and a listed subject stays in a title ("Law on Freedom, Responsibility and Transparency on the
Internet")."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type

# --- a numbered statute's short title and its citation are one name ------------------------------------------------


@pytest.mark.parametrize(
    "text, law",
    [
        ("The Philippines enacted Republic Act No. 10175 in 2012 to regulate personal data.", "Republic Act No. 10175"),
        (
            "Argentina's Personal Data Protection Act No 25.326 of 4 October 2000 governs personal data.",
            "Personal Data Protection Act No 25.326",
        ),
        ("Kenya passed the Computer Misuse Act No. 5 of 2018 last year.", "Computer Misuse Act No. 5 of 2018"),
        (
            "The Brazilian Congressional Bill No. 2630 was debated in the Chamber.",
            "Brazilian Congressional Bill No. 2630",
        ),
    ],
)
def test_a_short_title_goes_with_its_number(extractor, text, law):
    laws = of_type(extractor, text, "Law")
    assert law in laws
    assert not any(other in law and other != law for other in laws)


@pytest.mark.parametrize(
    "text, law",
    [
        ("Under Act No. 5 of 2018, operators must register with the regulator.", "Act No. 5 of 2018"),
        ("Kenya's Act No. 5 of 2018 took effect in May.", "Act No. 5 of 2018"),
        ("In June Law No. 5 entered into force.", "Law No. 5"),
        ("Meanwhile Law No. 5 entered into force.", "Law No. 5"),
    ],
)
def test_no_title_before_a_number_after_a_preposition_possessive_or_date(extractor, text, law):
    assert law in of_type(extractor, text, "Law")


def test_no_without_its_period_cites_a_law(extractor):
    text = "The Marco Civil da Internet, officially Law No 12.965/2014, governs the use of the internet in Brazil."
    assert "Law No 12.965/2014" in of_type(extractor, text, "Law")


# --- a date in brackets is no other name ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, law, date",
    [
        (
            "Cybercrime Prevention Act of 2012 (Philippines), Republic Act No. 10175 (Sept. 12, 2012) (full-text).",
            "Republic Act No. 10175",
            "Sept. 12",
        ),
        (
            "Britain's Data Protection Act 2018 (May 23, 2018) replaced the 1998 statute.",
            "Data Protection Act 2018",
            "May 23",
        ),
        (
            "The President signed Executive Order 14117 (Feb. 28, 2024) on bulk sensitive personal data.",
            "Executive Order 14117",
            "Feb. 28",
        ),
        (
            "China's Cybersecurity Law (1 June 2017) requires local storage of personal information.",
            "Cybersecurity Law",
            "1 June 2017",
        ),
        (
            "2. (C) The ministry cited Law No. 5651 (4 May 2007) in its reply to the embassy.",
            "Law No. 5651",
            "4 May 2007",
        ),
    ],
)
def test_a_date_in_brackets_is_no_alias(extractor, text, law, date):
    laws = of_type(extractor, text, "Law")
    assert law in laws and date not in laws


def test_an_abbreviation_in_brackets_is_still_an_alias(extractor):
    text = "The Personal Information Protection Law (PIPL) took effect in November."
    assert "PIPL" in of_type(extractor, text, "Law")


# --- a programme's name is no law -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, programme",
    [
        (
            "The government would have gained access to communications traffic data, under the Interception"
            " Modernisation Programme. The plans did not become law.",
            "Interception Modernisation Programme",
        ),
        (
            "2. (C) Embassy officials said the Communications Capabilities Development Programme would collect call"
            " records.",
            "Communications Capabilities Development Programme",
        ),
    ],
)
def test_a_programme_is_no_law(extractor, text, programme):
    assert programme not in of_type(extractor, text, "Law")


def test_a_law_continued_by_its_program_is_still_a_law(extractor):
    text = "The Commerce Department certified firms under the Privacy Shield Program, which facilitates transfers."
    assert "Privacy Shield Program" in of_type(extractor, text, "Law")


# --- a head-first title whose subject is a list -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, law",
    [
        (
            "The Brazilian Law on Freedom, Responsibility and Transparency on the Internet was proposed in 2020.",
            "Brazilian Law on Freedom, Responsibility and Transparency on the Internet",
        ),
        (
            "Mexico's Federal Law on Transparency, Access and Accountability in the Public Sector took effect in 2016.",
            "Federal Law on Transparency, Access and Accountability in the Public Sector",
        ),
        (
            "2. (C) Officials described the draft Act on Promotion, Protection and Use of Personal Data to the"
            " embassy.",
            "Act on Promotion, Protection and Use of Personal Data",
        ),
    ],
)
def test_a_listed_subject_stays_in_the_title(extractor, text, law):
    assert law in of_type(extractor, text, "Law")


@pytest.mark.parametrize(
    "text, law, state",
    [
        (
            "The Convention on Cybercrime, Canada, Japan and South Africa signed in 2001, covers computer data.",
            "Convention on Cybercrime",
            "Canada",
        ),
    ],
)
def test_parties_listed_after_a_title_are_not_in_it(extractor, text, law, state):
    assert law in of_type(extractor, text, "Law") and state in of_type(extractor, text, "State")
