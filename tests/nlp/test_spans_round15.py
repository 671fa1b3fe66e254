"""Entity spans, round 15, on probe sentences of our own (news, government releases, cables): laws cited by a
French year-and-serial number or a Public Law number with an en dash, an EU act's title in the Official Journal's
capitals, a one-letter prefix joined by a hyphen ("e-Commerce Directive"), and a seniority adjective that
qualifies an official rather than the body named between it and the staff noun ("Senior State Department
Official")."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor

pytestmark = pytest.mark.slow


def spans(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extractor.extract("probe", "probe", text).mentions}


# (text, a mention it must have)
NAMED = [
    # French laws and Constitutional Council decisions by year and serial
    ("The council annulled parts of Law 2009-669 on online piracy, the embassy reported.", ("Law 2009-669", "Law")),
    ("Le Conseil a censuré la Loi 2009-669 en juin.", ("Loi 2009-669", "Law")),
    ("The ruling, Décision 2009-580DC, struck down the sanction.", ("Décision 2009-580DC", "Law")),
    ("Paris cited Decision No. 2009-580 DC in its reply.", ("Decision No. 2009-580 DC", "Law")),
    # a Public Law number typeset with an en dash
    ("Congress passed Public Law 104–13 in 1995.", ("Public Law 104–13", "Law")),
    # an EU act's title in capitals
    ("REGULATION (EU) 2022/868 OF THE EUROPEAN PARLIAMENT lays down rules on data reuse.",
     ("REGULATION (EU) 2022/868", "Law")),
    ("DIRECTIVE (EU) 2016/680 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL covers police data.",
     ("DIRECTIVE (EU) 2016/680", "Law")),
    # a one-letter prefix is part of the name's first word
    ("Since the adoption of the e-Commerce Directive in 2000, platforms have grown.", ("e-Commerce Directive", "Law")),
    ("The e-Privacy Regulation would cover the metadata of calls, the minister said.",
     ("e-Privacy Regulation", "Law")),
    # a statute's short-title clause names it in full, over a wrapped line too
    ("This Act may be cited as the ``Foreign Platform Accountability\nAct of 2025'' or the ``FPA Act''.",
     ("Foreign Platform Accountability\nAct of 2025", "Law")),
    ("This Act may be cited as the ``Protecting Kids from Data Brokers via Apps\nAct of 2024''.",
     ("Protecting Kids from Data Brokers via Apps\nAct of 2024", "Law")),
    ("These Regulations may be cited as the Data Protection (Adequacy) (Republic of Kenya) Regulations 2024.",
     ("Data Protection (Adequacy) (Republic of Kenya) Regulations 2024", "Law")),
    ("This Act may be cited as the Online Harms Act 2023 and shall come into operation on a date the Minister fixes.",
     ("Online Harms Act 2023", "Law")),
    # a lower-case data term with its initials in brackets and a data noun after them
    ("Airlines must transfer passenger name record (PNR) data to the border agency.",
     ("passenger name record (PNR) data", "DataType")),
    ("Carriers must send advance passenger information (API) data before departure, the ministry said.",
     ("advance passenger information (API) data", "DataType")),
    ("The telegram said customs wants passenger name record (PNR) data from every carrier.",
     ("passenger name record (PNR) data", "DataType")),
    # Markdown's emphasis underscores are no characters of the name they set in italics
    ("Telecommunications are regulated by the Secretariat of Communications and Transportation (_Secretaría de "
     "Comunicaciones y Transportes or SCT_), a federal ministry.",
     ("Secretaría de Comunicaciones y Transportes", "Agency")),
    ("The _Electronic and Postal Communications (Online Content) Regulations 2018_ require bloggers to register.",
     ("Electronic and Postal Communications (Online Content) Regulations 2018", "Law")),
    # a date after "on" dates an event, it is no part of the name
    ("The Treaty of Lisbon on 1 December 2009 gave the Parliament new powers.", ("Treaty of Lisbon", "Law")),
    ("The embassy cabled that the Law on Cybersecurity on 12 June 2018 was adopted by the National Assembly.",
     ("Law on Cybersecurity", "Law")),
    # a title's portfolio coordinated with a body is no word of the body's name
    ("To require the Secretary of Commerce and Federal Trade Commission to conduct a study.",
     ("Federal Trade Commission", "Agency")),
    ("The Minister of Finance and Central Bank of Nigeria issued the guidelines.",
     ("Central Bank of Nigeria", "Agency")),
    # an agreement named by its parties, its subject's abbreviation and its noun, wrapped over a line
    ("The ministers said the U.S.-EU PNR\nAgreement would be renewed next year.", ("U.S.-EU PNR\nAgreement", "Law")),
    ("Serious Crime (the ``U.S.-U.K. CLOUD\nAgreement'').", ("U.S.-U.K. CLOUD\nAgreement", "Law")),
    # a sub-ministry's head noun
    ("The Undersecretariat of Maritime Affairs issued the circular, the embassy reported.",
     ("Undersecretariat of Maritime Affairs", "Agency")),
    ("Argentina's Subsecretariat of Information Technologies drafted the data rules.",
     ("Subsecretariat of Information Technologies", "Agency")),
    # a German body's one-word name, a compound ending in its kind
    ("Austria's Verfassungsgerichtshof annulled the data retention law in 2014.",
     ("Verfassungsgerichtshof", "Agency")),
    ("Germany's Bundeskartellamt fined the platform over its data combination, officials said.",
     ("Bundeskartellamt", "Agency")),
    # the seniority adjective qualifies the official, not the body
    ("We have with us Senior State Department Official and Senior Treasury Department Official.",
     ("State Department", "Agency")),
    ("Top Commerce Department officials met the delegation in Brussels.", ("Commerce Department", "Agency")),
    ("A Former Justice Department official said the rule was unlawful.", ("Justice Department", "Agency")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_span_named(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert expected in spans(extractor, text)


# (text, a mention it must not have)
NOT_NAMED = [
    # a span of years after "Law" is no serial number
    ("The budget Law 2009-2010 session ended in June.", ("Law 2009-2010", "Law")),
    # the letter of "X-ray" is no prefix of a name's word; a prefix of two letters makes an adjective
    ("Doctors ordered an X-ray of the patient at the Health Ministry clinic.", ("X-ray", "Law")),
    ("The non-EU Commission members abstained.", ("non-EU Commission", "IGO")),
    # a clause that cites no title names none
    ("The ruling may be cited as Precedent in later cases, the embassy noted.", ("Precedent in later cases", "Law")),
    # initials of no data term: the phrase names no data, or no data noun follows the brackets in lower case
    ("The regulator approved the new application programming interface (API) standard.",
     ("application programming interface (API) standard", "DataType")),
    ("The company uses natural language processing (NLP) tools to read records.",
     ("natural language processing (NLP) tools", "DataType")),
    # "on" before a date is no connector of a name, and the SCT's underscore is no letter of its abbreviation
    ("The Treaty of Lisbon on 1 December 2009 gave the Parliament new powers.",
     ("Treaty of Lisbon on 1 December 2009", "Law")),
    ("Telecommunications are regulated by the Secretariat (_Secretaría de Comunicaciones y Transportes or SCT_).",
     ("SCT_", "Agency")),
    # a body whose name has "and" after a title's "of" keeps its words when no portfolio stands before "and"
    ("He met the Secretary of Securities and Exchange Commission staff in Washington.",
     ("Exchange Commission", "Agency")),
    # an agreement's noun after a blank line (a new paragraph) joins no pair of parties
    ("Talks on U.S.-EU PNR\n\nAgreement on the text resumed.", ("U.S.-EU PNR\n\nAgreement", "Law")),
    ("The US-UK MOU agreement was signed.", ("US-UK MOU agreement", "Law")),
    # an English word with the ending of a German body's kind names none
    ("Dreamt up in Berlin, the plan went nowhere.", ("Dreamt", "Agency")),
    # without a staff noun after it, a capitalised "Senior" is a word of the name
    ("The Senior Citizens Council opposed the data-sharing plan.", ("Citizens Council", "Agency")),
    ("We have with us Senior State Department Official and Senior Treasury Department Official.",
     ("Senior State Department", "Agency")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "unexpected"), NOT_NAMED)
def test_span_not_named(extractor: Extractor, text: str, unexpected: tuple[str, str]) -> None:
    assert unexpected not in spans(extractor, text)
