"""Lead cells as other public bodies print them parse to the corpus CONVENTIONS.md.

Every string is either a job title or lead as printed in a public document of another body (the
source is noted beside it; people's names are replaced by made-up ones), or a shape issue 12 names
('ADs and HoS', 'Jane Smith, HoS (Safeguarding)', 'JS/AB', 'Assistant Director, Workforce & OD')
written with made-up names. None comes from the corpus council's plans.
"""

from __future__ import annotations

import pytest

from extractors.normalise_leads import parse_leads


def L(role=None, initials=None, person=None, org=None) -> dict:  # noqa: N802 - reads like the gold
    return {"person": person, "role": role, "initials": initials, "org": org}


# Stockton-on-Tees LSCB minutes, 21 April 2016, attendance table (pdfslide.net, 'stockton-on-tees-
# local-safeguarding-...'): titles with a remit after a dash, a body before a title, two posts.
STOCKTON = [
    (
        "Assistant Director - Early Help, Partnership and Planning",
        [L("Assistant Director - Early Help, Partnership and Planning")],
    ),
    ("Assistant Director - Schools and SEN", [L("Assistant Director - Schools and SEN")]),
    (
        "Assistant Director - Safeguarding and Looked After Children",
        [L("Assistant Director - Safeguarding and Looked After Children")],
    ),
    (
        "Assistant Director - Safeguarding and Looked After Children / Chair Tees LSCB's Procedures Group",
        [
            L("Assistant Director - Safeguarding and Looked After Children"),
            L("Chair Tees LSCB's Procedures Group"),
        ],
    ),
    ("Strategic Housing Manager", [L("Strategic Housing Manager")]),
    ("Director of Adults and Health", [L("Director of Adults and Health")]),
    ("LSCB Independent Chair", [L("LSCB Independent Chair")]),
    ("Lay Member", [L("Lay Member")]),
    ("Business Manager", [L("Business Manager")]),
]

# A primary school's safeguarding evaluation, January 2018 (vdocuments.us, 'Forest Fields Primary
# School Safeguarding Evaluation'): 'Name – Post' with the names replaced.
SCHOOL = [
    ("Pat Doyle – Head Teacher", [L("Head Teacher", person="Pat Doyle")]),
    ("Sam Reid – DHT", [L("DHT", person="Sam Reid")]),
    (
        "Jo Marsh – Advanced Designated Safeguarding Lead (ADSL)",
        [L("Advanced Designated Safeguarding Lead", person="Jo Marsh")],
    ),
    ("Ravi Shah – Assistant Head", [L("Assistant Head", person="Ravi Shah")]),
]

# Posts named in other councils' and NHS bodies' published reports and minutes (search corpus
# 'pages'): City of London service development plan 2019-20; a children's hospital safeguarding
# annual report 2017-18; Cherwell, Spelthorne, Croydon, Sefton, Bracknell Forest and a borough
# council improvement plan update (docest.com).
OTHER_BODIES = [
    ("Independent Review Officer (IRO)", [L("Independent Review Officer")]),
    ("Virtual School Head", [L("Virtual School Head")]),
    ("Chief Nurse", [L("Chief Nurse")]),
    (
        "Named Safeguarding Professionals & Head of Social Work",
        [L("Named Safeguarding Professionals"), L("Head of Social Work")],
    ),
    ("Director of Operational Delivery", [L("Director of Operational Delivery")]),
    (
        "Strategic Director of Finance, Governance and Support",
        [L("Strategic Director of Finance, Governance and Support")],
    ),
    ("Executive Member for Finance and Governance", [L("Executive Member for Finance and Governance")]),
    ("Interim Chief Executive", [L("Interim Chief Executive")]),
    ("Programme Director", [L("Programme Director")]),
    ("Head of Children's Social Care", [L("Head of Children's Social Care")]),
    ("Corporate Management Team", [L(org="Corporate Management Team")]),
    ("Independent Chair", [L("Independent Chair")]),
    # East Herts scrutiny minutes 2012; City of London committee pages; a national park's action
    # plan page; a county council cabinet agenda of 2002 ('Report by' column, docslib.org)
    (
        "Chief Executive and Director of Customer and Community Services",
        [L("Chief Executive"), L("Director of Customer and Community Services")],
    ),
    ("Corporate Management Team (CMT)", [L(org="Corporate Management Team")]),
    ("Town Clerk", [L("Town Clerk")]),
    ("Director of Community & Children's Services", [L("Director of Community & Children's Services")]),
    ("Steering Group", [L(org="Steering Group")]),
    ("Delivery Board", [L(org="Delivery Board")]),
    ("Head of Museums and Chief Executive", [L("Head of Museums"), L("Chief Executive")]),
    ("Acting Director of Planning and Transportation", [L("Acting Director of Planning and Transportation")]),
    ("Chief Librarian", [L("Chief Librarian")]),
]

# US Office of Management and Budget, Section 508 action plan 2013, Owner column, and the Federal
# Data Strategy 2021 action plan, Responsible Party column (the devset's 'dev' split,
# tests/fixtures/realdev): chief officers by acronym, a council named by one, a body, a committee.
US_OMB = [
    ("CIO and CAO", [L("CIO"), L("CAO")]),
    ("CDO Council", [L(org="CDO Council")]),
    ("GSA and Accessibility Committee", [L(org="GSA"), L(org="Accessibility Committee")]),
]

# Shapes issue 12 lists, as other councils write them (made-up names and initials).
SHAPES = [
    ("ADs and HoS", [L("ADs"), L("HoS")]),
    ("SMs and TMs", [L("SMs"), L("TMs")]),
    ("DCS & DPH", [L("DCS"), L("DPH")]),
    ("DCS, DASS", [L("DCS"), L("DASS")]),
    ("Jane Smith, HoS (Safeguarding)", [L("HoS (Safeguarding)", person="Jane Smith")]),
    ("Jo Bloggs, AD (Children's Social Care)", [L("AD (Children's Social Care)", person="Jo Bloggs")]),
    ("Sam Jones, Head of Commissioning", [L("Head of Commissioning", person="Sam Jones")]),
    (
        "Sam Jones (Head of Commissioning) / Ann Lee (PSW)",
        [L("Head of Commissioning", person="Sam Jones"), L("PSW", person="Ann Lee")],
    ),
    ("JS/AB", [L(initials="JS"), L(initials="AB")]),
    ("JS / AB / KL", [L(initials="JS"), L(initials="AB"), L(initials="KL")]),
    ("JTe", [L(initials="JTe")]),  # a third letter tells two people with the same initials apart
    ("NHS England", [L(org="NHS England")]),
    ("Public Health England", [L(org="Public Health England")]),
    ("CCG", [L(org="CCG")]),
    ("Police and CCG", [L(org="Police"), L(org="CCG")]),
    ("Director of Public Health / CCG", [L("Director of Public Health"), L(org="CCG")]),
    ("Commissioning Manager, CCG", [L("Commissioning Manager", org="CCG")]),
    ("Chief Executive, NHS Foundation Trust", [L("Chief Executive", org="NHS Foundation Trust")]),
    ("All managers", [L("All managers")]),
    ("All Team Managers", [L("All Team Managers")]),
    # a role with a portfolio is one lead
    ("Assistant Director, Workforce & OD", [L("Assistant Director, Workforce & OD")]),
    ("Assistant Director, HR & OD", [L("Assistant Director, HR & OD")]),
    ("Director of HR & OD", [L("Director of HR & OD")]),
    ("Head of Workforce & OD", [L("Head of Workforce & OD")]),
    ("Head of Service, Children in Care", [L("Head of Service, Children in Care")]),
    ("Head of Quality Assurance & Performance (JP)", [L("Head of Quality Assurance & Performance", "JP")]),
    # several leads
    ("Head of Service with support from Team Managers", [L("Head of Service"), L("Team Managers")]),
    (
        "Principal Social Worker with support from Workforce Development Team",
        [L("Principal Social Worker"), L(org="Workforce Development Team")],
    ),
    ("Head of HR\nHead of Finance", [L("Head of HR"), L("Head of Finance")]),
    ("Head of Early Help; Head of Youth Justice", [L("Head of Early Help"), L("Head of Youth Justice")]),
    ("Service Managers, Team Managers", [L("Service Managers"), L("Team Managers")]),
    ("AD Early Help / AD Safeguarding", [L("AD Early Help"), L("AD Safeguarding")]),
    ("HoS Fostering & HoS Adoption", [L("HoS Fostering"), L("HoS Adoption")]),
    ("Service Manager, MASH & Early Help", [L("Service Manager, MASH & Early Help")]),
    (
        "Service Manager - Fostering, Adoption and Permanence",
        [L("Service Manager - Fostering, Adoption and Permanence")],
    ),
    (
        "Corporate Director, Children and Young People's Services",
        [L("Corporate Director, Children and Young People's Services")],
    ),
    ("Director of People Services (DCS)", [L("Director of People Services")]),  # the statutory post's name
    (
        "Operational Director (WR)",
        [L("Operational Director", "WR")],
    ),  # initials as a Halton overview prints them
    (
        "Head of Service (Children in Care) / Service Manager (Fostering)",
        [L("Head of Service (Children in Care)"), L("Service Manager (Fostering)")],
    ),
    ("LSCB Business Manager / LSCB Chair", [L("LSCB Business Manager"), L("LSCB Chair")]),
    ("Team Managers and Advanced Practitioners", [L("Team Managers"), L("Advanced Practitioners")]),
    ("AD Commissioning/Head of Finance", [L("AD Commissioning"), L("Head of Finance")]),
    ("HoS Safeguarding, HoS Early Help", [L("HoS Safeguarding"), L("HoS Early Help")]),
    # a remit of service acronyms written without spaces is one title; spaced initials are a lead
    ("Head of Service – CIN/CP", [L("Head of Service – CIN/CP")]),
    ("HoS CP&CIN", [L("HoS CP&CIN")]),
    ("Head of HR/OD", [L("Head of HR/OD")]),
    ("Head of LAC / JK", [L("Head of LAC"), L(initials="JK")]),
    # a body after a title: its unit
    (
        "Director of Public Health, Public Health England",
        [L("Director of Public Health", org="Public Health England")],
    ),
    ("Designated Doctor (CCG)", [L("Designated Doctor", org="CCG")]),
    (
        "Director of Children's Services (Jane Smith)",
        [L("Director of Children's Services", person="Jane Smith")],
    ),
    ("Jane Smith/John Brown", [L(person="Jane Smith"), L(person="John Brown")]),
    ("Jane Smith – DCS / John Brown – AD", [L("DCS", person="Jane Smith"), L("AD", person="John Brown")]),
    # two titles whose line break the cell's text lost
    ("Team Managers Service Managers", [L("Team Managers"), L("Service Managers")]),
    ("Social Worker Team Manager (AB)", [L("Social Worker"), L("Team Manager", "AB")]),
    ("IRO Team Manager", [L("IRO"), L("Team Manager")]),
    # ... but one title that only looks like two
    ("Principal Social Worker", [L("Principal Social Worker")]),
    ("Chief Executive Officer", [L("Chief Executive Officer")]),
    ("Designated Safeguarding Lead Nurse", [L("Designated Safeguarding Lead Nurse")]),
    ("Director Adult Social Care", [L("Director Adult Social Care")]),
]

ALL = STOCKTON + SCHOOL + OTHER_BODIES + US_OMB + SHAPES


@pytest.mark.parametrize("cell, leads", ALL, ids=[c for c, _ in ALL])
def test_lead_cell_of_another_body(cell, leads):
    assert parse_leads(cell) == leads
