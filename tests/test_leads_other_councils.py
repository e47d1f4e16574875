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
    (
        "Assistant Director - Schools and SEN",
        [L("Assistant Director - Schools and SEN")],
    ),
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
    (
        "Executive Member for Finance and Governance",
        [L("Executive Member for Finance and Governance")],
    ),
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
    (
        "Director of Community & Children's Services",
        [L("Director of Community & Children's Services")],
    ),
    ("Steering Group", [L(org="Steering Group")]),
    ("Delivery Board", [L(org="Delivery Board")]),
    (
        "Head of Museums and Chief Executive",
        [L("Head of Museums"), L("Chief Executive")],
    ),
    (
        "Acting Director of Planning and Transportation",
        [L("Acting Director of Planning and Transportation")],
    ),
    ("Chief Librarian", [L("Chief Librarian")]),
]

# US Office of Management and Budget, Section 508 action plan 2013, Owner column, and the Federal
# Data Strategy 2021 action plan, Responsible Party column (the devset's 'dev' split,
# tests/fixtures/realdev): chief officers by acronym, a council named by one, a body, a committee.
US_OMB = [
    ("CIO and CAO", [L("CIO"), L("CAO")]),
    ("CDO Council", [L(org="CDO Council")]),
    (
        "GSA and Accessibility Committee",
        [L(org="GSA"), L(org="Accessibility Committee")],
    ),
]

# Shapes issue 12 lists, as other councils write them (made-up names and initials).
SHAPES = [
    ("ADs and HoS", [L("ADs"), L("HoS")]),
    ("SMs and TMs", [L("SMs"), L("TMs")]),
    ("DCS & DPH", [L("DCS"), L("DPH")]),
    ("DCS, DASS", [L("DCS"), L("DASS")]),
    ("Jane Smith, HoS (Safeguarding)", [L("HoS (Safeguarding)", person="Jane Smith")]),
    (
        "Jo Bloggs, AD (Children's Social Care)",
        [L("AD (Children's Social Care)", person="Jo Bloggs")],
    ),
    (
        "Sam Jones, Head of Commissioning",
        [L("Head of Commissioning", person="Sam Jones")],
    ),
    (
        "Sam Jones (Head of Commissioning) / Ann Lee (PSW)",
        [L("Head of Commissioning", person="Sam Jones"), L("PSW", person="Ann Lee")],
    ),
    ("JS/AB", [L(initials="JS"), L(initials="AB")]),
    ("JS / AB / KL", [L(initials="JS"), L(initials="AB"), L(initials="KL")]),
    (
        "JTe",
        [L(initials="JTe")],
    ),  # a third letter tells two people with the same initials apart
    ("NHS England", [L(org="NHS England")]),
    ("Public Health England", [L(org="Public Health England")]),
    ("CCG", [L(org="CCG")]),
    ("Police and CCG", [L(org="Police"), L(org="CCG")]),
    ("Director of Public Health / CCG", [L("Director of Public Health"), L(org="CCG")]),
    ("Commissioning Manager, CCG", [L("Commissioning Manager", org="CCG")]),
    (
        "Chief Executive, NHS Foundation Trust",
        [L("Chief Executive", org="NHS Foundation Trust")],
    ),
    ("All managers", [L("All managers")]),
    ("All Team Managers", [L("All Team Managers")]),
    # a role with a portfolio is one lead
    ("Assistant Director, Workforce & OD", [L("Assistant Director, Workforce & OD")]),
    ("Assistant Director, HR & OD", [L("Assistant Director, HR & OD")]),
    ("Director of HR & OD", [L("Director of HR & OD")]),
    ("Head of Workforce & OD", [L("Head of Workforce & OD")]),
    ("Head of Service, Children in Care", [L("Head of Service, Children in Care")]),
    (
        "Head of Quality Assurance & Performance (JP)",
        [L("Head of Quality Assurance & Performance", "JP")],
    ),
    # several leads
    (
        "Head of Service with support from Team Managers",
        [L("Head of Service"), L("Team Managers")],
    ),
    (
        "Principal Social Worker with support from Workforce Development Team",
        [L("Principal Social Worker"), L(org="Workforce Development Team")],
    ),
    ("Head of HR\nHead of Finance", [L("Head of HR"), L("Head of Finance")]),
    (
        "Head of Early Help; Head of Youth Justice",
        [L("Head of Early Help"), L("Head of Youth Justice")],
    ),
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
    (
        "Director of People Services (DCS)",
        [L("Director of People Services")],
    ),  # the statutory post's name
    (
        "Operational Director (WR)",
        [L("Operational Director", "WR")],
    ),  # initials as a Halton overview prints them
    (
        "Head of Service (Children in Care) / Service Manager (Fostering)",
        [L("Head of Service (Children in Care)"), L("Service Manager (Fostering)")],
    ),
    (
        "LSCB Business Manager / LSCB Chair",
        [L("LSCB Business Manager"), L("LSCB Chair")],
    ),
    (
        "Team Managers and Advanced Practitioners",
        [L("Team Managers"), L("Advanced Practitioners")],
    ),
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
    (
        "Jane Smith – DCS / John Brown – AD",
        [L("DCS", person="Jane Smith"), L("AD", person="John Brown")],
    ),
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

# SEND written statements of action and ICB pages (search corpus 'pages': a county council and
# its CCGs' 2018 statement, endorsement list; an ICB's SEND statement; a unitary council's forward
# plan entry): a post then the body it belongs to, a post with its acronym, a portfolio holder.
SEND_AND_ICB = [
    (
        "Corporate Director of Children and Young People's Services, Durham County Council",
        [
            L(
                "Corporate Director of Children and Young People's Services",
                org="Durham County Council",
            )
        ],
    ),
    (
        "Chief Operating Officer, North Durham CCG",
        [L("Chief Operating Officer", org="North Durham CCG")],
    ),
    (
        "Chief Clinical Officer, North Durham CCG",
        [L("Chief Clinical Officer", org="North Durham CCG")],
    ),
    (
        "Director of Nursing, North Durham CCG",
        [L("Director of Nursing", org="North Durham CCG")],
    ),
    ("Designated Clinical Officer (DCO)", [L("Designated Clinical Officer")]),
    ("Chief Nursing Officer", [L("Chief Nursing Officer")]),
    ("Executive Lead for SEND", [L("Executive Lead for SEND")]),
    (
        "Portfolio Holder for Covid Resilience, Public Health and Education",
        [L("Portfolio Holder for Covid Resilience, Public Health and Education")],
    ),
    (
        "Corporate Director of Children's Services",
        [L("Corporate Director of Children's Services")],
    ),
    (
        "Executive Director of Nursing, ICB",
        [L("Executive Director of Nursing", org="ICB")],
    ),
    (
        "Designated Nurse Safeguarding Children (ICB)",
        [L("Designated Nurse Safeguarding Children", org="ICB")],
    ),
    ("Head of Safeguarding, ICB", [L("Head of Safeguarding", org="ICB")]),
]

# Safeguarding partnerships' pages and plans (search corpus 'pages': a city partnership's
# arrangements; an LSCB business plan 'Lead' column): the statutory partners' posts and a sub group.
SAFEGUARDING = [
    ("Chief Officer of Police", [L("Chief Officer of Police")]),
    (
        "Chief Executive of the Local Authority",
        [L("Chief Executive of the Local Authority")],
    ),
    ("Delegated Safeguarding Partner", [L("Delegated Safeguarding Partner")]),
    (
        "Monitoring and Evaluation Sub Group",
        [L(org="Monitoring and Evaluation Sub Group")],
    ),
    ("LSCP Business Manager", [L("LSCP Business Manager")]),
    ("DCI (Police)", [L("DCI", org="Police")]),
    (
        "Police, ICB and Local Authority",
        [L(org="Police"), L(org="ICB"), L(org="Local Authority")],
    ),
    ("ICB / LSCP", [L(org="ICB"), L(org="LSCP")]),
]

# Council minutes and plans naming who reports (search corpus 'pages': a metropolitan borough's
# cabinet minutes 2023; a scrutiny committee's 2014 minutes; a Welsh county's 2015 scrutiny
# minutes; a city council directorate business plan 2009-12, foreword): titles with portfolios
# after commas, two posts joined by '/', a councillor named with a title.
COUNCIL_MINUTES = [
    (
        "Strategic Director for Finance and Customer Services",
        [L("Strategic Director for Finance and Customer Services")],
    ),
    (
        "Head of Policy, Performance and Intelligence",
        [L("Head of Policy, Performance and Intelligence")],
    ),
    ("Assistant Chief Executive", [L("Assistant Chief Executive")]),
    (
        "Interim Assistant Director, Strategic Commissioning",
        [L("Interim Assistant Director, Strategic Commissioning")],
    ),
    (
        "Director of Public Health/Head of Policy & Performance",
        [L("Director of Public Health"), L("Head of Policy & Performance")],
    ),
    (
        "Head of Commissioning, Performance and Business Intelligence",
        [L("Head of Commissioning, Performance and Business Intelligence")],
    ),
    ("Director of Adult Social Services", [L("Director of Adult Social Services")]),
    ("Chief Officer (Social Services)", [L("Chief Officer (Social Services)")]),
    (
        "Service Manager, Disability and Progression",
        [L("Service Manager, Disability and Progression")],
    ),
    (
        "Strategic Director Community, Health and Social Care",
        [L("Strategic Director Community, Health and Social Care")],
    ),
    (
        "Cllr Pat Green, Lead Member Culture and Sport",
        [L("Lead Member Culture and Sport", person="Cllr Pat Green")],
    ),
]

# Shapes the ragled brief names, as councils print them (made-up names and initials).
BRIEF_SHAPES = [
    (
        "Director of Children's Services and Head of HR",
        [L("Director of Children's Services"), L("Head of HR")],
    ),
    (
        "ADs Safeguarding and Early Help",
        [L("ADs Safeguarding and Early Help")],
    ),  # one head noun
    (
        "Jane Smith, HoS (Children in Care)",
        [L("HoS (Children in Care)", person="Jane Smith")],
    ),
    ("CSC & Education", [L(org="CSC"), L(org="Education")]),
    ("Chief Exec; Leader", [L("Chief Exec"), L("Leader")]),
    ("Head of HR\nDirector of Finance", [L("Head of HR"), L("Director of Finance")]),
    ("Cllr Jane Smith", [L(person="Cllr Jane Smith")]),
    ("Dr Ann Lee, DPH", [L("DPH", person="Dr Ann Lee")]),
    (
        "Cllr J. Smith (Cabinet Member for Children)",
        [L("Cabinet Member for Children", person="Cllr J. Smith")],
    ),
    ("JS, AB, KL", [L(initials="JS"), L(initials="AB"), L(initials="KL")]),
    ("ICB", [L(org="ICB")]),
    ("Police", [L(org="Police")]),
    ("All directors", [L("All directors")]),
    ("All Heads of Service", [L("All Heads of Service")]),
    ("tbc", []),
    ("TBC", []),
    ("SRO", [L("SRO")]),
    ("DASS", [L("DASS")]),
    ("CFO", [L("CFO")]),
    (
        "Director of Adult Social Services (DASS)",
        [L("Director of Adult Social Services")],
    ),
    (
        "Cabinet Member for Children and Families",
        [L("Cabinet Member for Children and Families")],
    ),
    ("Leader of the Council", [L("Leader of the Council")]),
    ("Section 151 Officer", [L("Section 151 Officer")]),
    ("Monitoring Officer", [L("Monitoring Officer")]),
    ("HR / Finance", [L(org="HR"), L(org="Finance")]),
    (
        "Police, Health, Education",
        [L(org="Police"), L(org="Health"), L(org="Education")],
    ),
    ("West Yorkshire Police", [L(org="West Yorkshire Police")]),
    ("Professor Ann Lee", [L(person="Professor Ann Lee")]),
    ("DCS / DASS", [L("DCS"), L("DASS")]),
    # line breaks the table's text turns into spaces: a name above its title, initials one a line
    ("Jane Smith\nHead of Service", [L("Head of Service", person="Jane Smith")]),
    (
        "Ann Lee Principal Social Worker",
        [L("Principal Social Worker", person="Ann Lee")],
    ),
    (
        "Jane Smith Team Manager / Ann Lee PSW",
        [L("Team Manager", person="Jane Smith"), L("PSW", person="Ann Lee")],
    ),
    ("JS\nAB", [L(initials="JS"), L(initials="AB")]),
    (
        "Police\nICB\nLocal Authority",
        [L(org="Police"), L(org="ICB"), L(org="Local Authority")],
    ),
    ("Head of Service\n(Children in Care)", [L("Head of Service (Children in Care)")]),
    ("Director of Adult\nSocial Services", [L("Director of Adult Social Services")]),
]

# A second set, written down before any rule was changed for it and measured first (34 of 40
# cells on main and on this branch's first rules; bench/lead_accuracy.py): posts from district and
# county councils' minutes and service plans (search corpus 'pages': East Devon 2022 and Mid Devon
# 2016 scrutiny minutes, Epping Forest key action plan 2017/18 'Lead Directorate', an environmental
# health service plan 2010-12, Waverley CPA improvement plan 2004 'Who by?', South Staffordshire
# service plan 2008/09, Flintshire scrutiny minutes 2023, Leicester SEND statement 2018, Lancashire
# SEND improvement board 2025), people's names replaced by made-up ones; a few joined as plans
# join them ('Head of Service / Benefits Manager').
FRESH = [
    (
        "Strategic Lead Housing, Health and Environment",
        [L("Strategic Lead Housing, Health and Environment")],
    ),
    (
        "Portfolio Holder for Climate Action and Emergencies",
        [L("Portfolio Holder for Climate Action and Emergencies")],
    ),
    ("Head of Communities and Governance", [L("Head of Communities and Governance")]),
    ("Cllr Mrs J Brown", [L(person="Cllr Mrs J Brown")]),
    (
        "Chairman of the Managing the Environment Policy Development Group",
        [L("Chairman of the Managing the Environment Policy Development Group")],
    ),
    ("Communities", [L(org="Communities")]),
    ("Head of Service: Jo Marsh", [L("Head of Service", person="Jo Marsh")]),
    ("Director: Sam Reid", [L("Director", person="Sam Reid")]),
    ("Benefits Manager", [L("Benefits Manager")]),
    ("Pat Doyle", [L(person="Pat Doyle")]),
    ("Corporate Property Officer", [L("Corporate Property Officer")]),
    ("Planning CDM Coordinator", [L("Planning CDM Coordinator")]),
    ("Facilitator", [L("Facilitator")]),
    ("Chair of the Committee", [L("Chair of the Committee")]),
    ("Environmental Health Officer", [L("Environmental Health Officer")]),
    ("Climate Change Officer", [L("Climate Change Officer")]),
    ("Occupational Health Therapists", [L("Occupational Health Therapists")]),
    ("Member Champion", [L("Member Champion")]),
    (
        "Strategic Director of Customer and Support Services",
        [L("Strategic Director of Customer and Support Services")],
    ),
    (
        "Head of Service / Benefits Manager",
        [L("Head of Service"), L("Benefits Manager")],
    ),
    (
        "Chief Officer (Environment and Planning)",
        [L("Chief Officer (Environment and Planning)")],
    ),
    (
        "Independent Chair, SEND Improvement Board",
        [L("Independent Chair", org="SEND Improvement Board")],
    ),
    ("Parent Carer Forum", [L(org="Parent Carer Forum")]),
    ("Head of SEND and Inclusion", [L("Head of SEND and Inclusion")]),
    ("Designated Clinical Officer, ICB", [L("Designated Clinical Officer", org="ICB")]),
    (
        "Assistant Director, Education & Inclusion / DCO",
        [L("Assistant Director, Education & Inclusion"), L("DCO")],
    ),
    ("SENDIASS", [L(org="SENDIASS")]),
    ("Head of Virtual School", [L("Head of Virtual School")]),
    ("Lead Safeguarding Partners", [L("Lead Safeguarding Partners")]),
    ("Chief Superintendent, Police", [L("Chief Superintendent", org="Police")]),
    (
        "Head of Performance and Intelligence (AB)",
        [L("Head of Performance and Intelligence", "AB")],
    ),
    (
        "Director of Public Health and ICB Place Director",
        [L("Director of Public Health"), L("ICB Place Director")],
    ),
    ("All Service Leads", [L("All Service Leads")]),
    (
        "Executive Member for Children's Services",
        [L("Executive Member for Children's Services")],
    ),
    (
        "Deputy Chief Executive / s151 Officer",
        [L("Deputy Chief Executive"), L("s151 Officer")],
    ),
    ("Chief Executive & Leader", [L("Chief Executive"), L("Leader")]),
    ("HR Business Partner", [L("HR Business Partner")]),
    (
        "Sam Patel, LCC",
        [L(person="Sam Patel", org="LCC")],
    ),  # a named person and the body they are from
]

# Posts as printed in other councils' published minutes and plans (search corpus 'pages',
# 2026-12-01): Bolsover District Council scrutiny minutes (committees.bolsover.gov.uk, issue 9379);
# Vale of Glamorgan Homes and Safe Communities Scrutiny Committee minutes, 14 March 2018; Isle of
# Wight housing renewal action plan, annexe B, 2003; Redditch Executive minutes, 9 July 2019.
# Names replaced by made-up ones.
SEARCHED = [
    ("Scrutiny & Elections Officer", [L("Scrutiny & Elections Officer")]),
    ("Finance Support Manager", [L("Finance Support Manager")]),
    ("Tenant Working Group Representative", [L("Tenant Working Group Representative")]),
    (
        "Ms. P. Doyle (Tenant Working Group Representative)",
        [L("Tenant Working Group Representative", person="Ms. P. Doyle")],
    ),
    (
        "Environmental Health and Housing Officer",
        [L("Environmental Health and Housing Officer")],
    ),
    ("Housing Renewal Team", [L(org="Housing Renewal Team")]),
    ("Deputy Chief Executive", [L("Deputy Chief Executive")]),
    (
        "Councillor Mrs. J.A. Brown (Chairman)",
        [L("Chairman", person="Councillor Mrs. J.A. Brown")],
    ),
    ("Councillor Jo Brown (Chair)", [L("Chair", person="Councillor Jo Brown")]),
]

# Posts as printed on public pages of other bodies (search corpus 'pages', 2026-12-02), written down
# with their gold before the parser was run on them: SEND team pages of Derby, Brent and Cheshire
# East councils (2020-2025); a BCP Council issue record (written statement of action, 2021); a
# Welsh council's freedom-of-information answer on its SEN panel (whatdotheyknow.com); a Borough
# council improvement plan report, 2016 (docest.com); Limerick City and County Council minutes,
# 3 July 2020, officials in attendance (an Irish council: 'A/' for acting). Names made up.
PUBLIC_PAGES = [
    ("SEND Officer", [L("SEND Officer")]),
    ("SEND Team Leaders", [L("SEND Team Leaders")]),
    ("EHC Plan Writers", [L("EHC Plan Writers")]),
    ("SEND keyworkers", [L("SEND keyworkers")]),
    ("Business Support Officers (BSO's)", [L("Business Support Officers")]),
    ("SEND Case Officer", [L("SEND Case Officer")]),
    ("Assessment & Monitoring Team Leader", [L("Assessment & Monitoring Team Leader")]),
    ("Area SEN and Monitoring Officers", [L("Area SEN and Monitoring Officers")]),
    ("Principal Educational Psychologist", [L("Principal Educational Psychologist")]),
    (
        "Corporate Director of Children's Services",
        [L("Corporate Director of Children's Services")],
    ),
    (
        "Portfolio Holder for Covid Resilience, Public Health and Education",
        [L("Portfolio Holder for Covid Resilience, Public Health and Education")],
    ),
    (
        "Executive Member for Finance and Governance",
        [L("Executive Member for Finance and Governance")],
    ),
    (
        "Strategic Director of Finance, Governance and Support",
        [L("Strategic Director of Finance, Governance and Support")],
    ),
    ("Interim Chief Executive", [L("Interim Chief Executive")]),
    (
        "Team Leader for the Assessment and Monitoring Team",
        [L("Team Leader for the Assessment and Monitoring Team")],
    ),
    (
        "Executive Member for Finance and Governance: Councillor Jo Brown",
        [
            L(
                "Executive Member for Finance and Governance",
                person="Councillor Jo Brown",
            )
        ],
    ),
    (
        "Strategic Director of Finance, Governance and Support: Sam Patel",
        [
            L(
                "Strategic Director of Finance, Governance and Support",
                person="Sam Patel",
            )
        ],
    ),
    (
        "Deputy Chief Executive and Director, Support Services",
        [L("Deputy Chief Executive"), L("Director, Support Services")],
    ),
    (
        "Director, National and Regional Shared Services",
        [L("Director, National and Regional Shared Services")],
    ),
    ("A/Director, Capital Investment", [L("A/Director, Capital Investment")]),
    (
        "A/Senior Executive Officer, Housing Development",
        [L("A/Senior Executive Officer, Housing Development")],
    ),
    ("Meetings Administrator", [L("Meetings Administrator")]),
    (
        "Staff Officer, Corporate Services and Governance",
        [L("Staff Officer, Corporate Services and Governance")],
    ),
    ("Chief Executive (Mr. J. Brown)", [L("Chief Executive", person="Mr. J. Brown")]),
    (
        "Director, Community Development (Ms. A. Lee)",
        [L("Director, Community Development", person="Ms. A. Lee")],
    ),
]

# Lead cells in the shapes issue 12 and its briefs name, with district services' remits and SEND
# partners' posts (made-up names and initials); the first four were the known misses of session 3.
REMITS_AND_PARTNERS = [
    (
        "Service Lead Environmental Health and Car Parks",
        [L("Service Lead Environmental Health and Car Parks")],
    ),
    (
        "Education, Health and Care",
        [L(org="Education, Health and Care")],
    ),  # the EHC team, one lead
    ("Councillor Support Officer", [L("Councillor Support Officer")]),
    (
        "Head of Planning and Building Control",
        [L("Head of Planning and Building Control")],
    ),
    (
        "SEND Manager / Education, Health and Care Team",
        [L("SEND Manager"), L(org="Education, Health and Care Team")],
    ),
    (
        "Team Manager, Education, Health and Care Team",
        [L("Team Manager", org="Education, Health and Care Team")],
    ),
    ("Car Parks Manager", [L("Car Parks Manager")]),
    ("Leisure and Culture Manager", [L("Leisure and Culture Manager")]),
    (
        "Head of SEND & Designated Clinical Officer",
        [L("Head of SEND"), L("Designated Clinical Officer")],
    ),
    ("Head of SEND, DCO", [L("Head of SEND"), L("DCO")]),
    ("DCO/DMO", [L("DCO"), L("DMO")]),
    (
        "Designated Clinical Officer (DCO) / Designated Medical Officer (DMO)",
        [L("Designated Clinical Officer"), L("Designated Medical Officer")],
    ),
    (
        "Head of SEND and Inclusion (JB) / Principal EP (AK)",
        [
            L("Head of SEND and Inclusion", initials="JB"),
            L("Principal EP", initials="AK"),
        ],
    ),
    ("Chief Nurse, NHS Frimley ICB", [L("Chief Nurse", org="NHS Frimley ICB")]),
    (
        "Parent Carer Forum and SENDIASS",
        [L(org="Parent Carer Forum"), L(org="SENDIASS")],
    ),
    ("Head of Service (JB)", [L("Head of Service", initials="JB")]),
    ("AD Education / Head of SEND", [L("AD Education"), L("Head of SEND")]),
    (
        "AD Education & Skills / Head of SEND (AK)",
        [L("AD Education & Skills"), L("Head of SEND", initials="AK")],
    ),
    (
        "Sam Patel (DCS) (Children's Services)",
        [L("DCS", person="Sam Patel", org="Children's Services")],
    ),
    ("DSLs and SENCOs", [L("DSLs"), L("SENCOs")]),
    ("IROs and CP Chairs", [L("IROs"), L("CP Chairs")]),
    (
        "Councillor Jo Brown, Lead Member for SEND",
        [L("Lead Member for SEND", person="Councillor Jo Brown")],
    ),
    (
        "Jo Bloggs (AD) (Education & Skills)",
        [L("AD", person="Jo Bloggs", org="Education & Skills")],
    ),
    (
        "ICB (DCO) / LA (Head of SEND)",
        [L("DCO", org="ICB"), L("Head of SEND", org="LA")],
    ),
    ("Safeguarding Board (Chair)", [L("Chair", org="Safeguarding Board")]),
    (
        "Waste Services Manager and Fleet Manager",
        [L("Waste Services Manager"), L("Fleet Manager")],
    ),
    (
        "Head of Finance & Deputy S151 Officer",
        [L("Head of Finance"), L("Deputy S151 Officer")],
    ),
    ("Parks and Countryside Manager", [L("Parks and Countryside Manager")]),
    (
        "Head of Legal and Democratic Services",
        [L("Head of Legal and Democratic Services")],
    ),
]

# Posts as NHS trusts and boards, police and fire services, universities and parish councils
# commonly title them (issue 12 names these bodies; general titles, not one document's), written
# down with their gold before the parser was run on them; names and initials made up.
OTHER_SECTORS = [
    ("Chief Inspector, Partnerships", [L("Chief Inspector, Partnerships")]),
    (
        "Detective Chief Inspector (Public Protection)",
        [L("Detective Chief Inspector (Public Protection)")],
    ),
    ("Supt. Jo Bloggs", [L(person="Supt. Jo Bloggs")]),
    ("Area Manager (Prevention)", [L("Area Manager (Prevention)")]),
    ("Group Manager - Protection", [L("Group Manager - Protection")]),
    ("Director of Nursing and Quality", [L("Director of Nursing and Quality")]),
    ("Medical Director / Chief Nurse", [L("Medical Director"), L("Chief Nurse")]),
    ("Head of Estates & Facilities", [L("Head of Estates & Facilities")]),
    (
        "Associate Director of Workforce & OD",
        [L("Associate Director of Workforce & OD")],
    ),
    ("Freedom to Speak Up Guardian", [L("Freedom to Speak Up Guardian")]),
    (
        "Non-Executive Director (Chair of Audit Committee)",
        [L("Non-Executive Director (Chair of Audit Committee)")],
    ),
    ("Jo Bloggs, NED", [L("NED", person="Jo Bloggs")]),
    ("Pro-Vice-Chancellor (Education)", [L("Pro-Vice-Chancellor (Education)")]),
    ("Dean of Faculty / Head of School", [L("Dean of Faculty"), L("Head of School")]),
    ("EDI Committee", [L(org="EDI Committee")]),
    (
        "HR Business Partner / Faculty Manager",
        [L("HR Business Partner"), L("Faculty Manager")],
    ),
    ("Head of Department (HoD)", [L("Head of Department")]),
    (
        "Director of Student Services & Registrar",
        [L("Director of Student Services"), L("Registrar")],
    ),
    (
        "Place Director, Integrated Care Board",
        [L("Place Director", org="Integrated Care Board")],
    ),
    ("Borough Commander", [L("Borough Commander")]),
    ("Fire Safety Manager", [L("Fire Safety Manager")]),
    ("Clerk to the Council", [L("Clerk to the Council")]),
    ("Town Clerk / RFO", [L("Town Clerk"), L("RFO")]),
    ("Parish Clerk and Chairman", [L("Parish Clerk"), L("Chairman")]),
    ("Chairman of the Finance Committee", [L("Chairman of the Finance Committee")]),
    (
        "Cllr A. Smith & Cllr B. Jones",
        [L(person="Cllr A. Smith"), L(person="Cllr B. Jones")],
    ),
    ("Clerk (JB)", [L("Clerk", initials="JB")]),
]

# Posts in councils' audit committee minutes (search corpus 'pages', 2026-12-02: Durham 2013,
# Reading, Bromsgrove 2009-2011, City of London and Central Bedfordshire audit items), written down
# with their gold before the parser was run on them; names made up.
AUDIT_PAGES = [
    ("Manager of Internal Audit and Risk", [L("Manager of Internal Audit and Risk")]),
    (
        "Jo Bloggs, Deputy Chief Executive",
        [L("Deputy Chief Executive", person="Jo Bloggs")],
    ),
    (
        "Executive Director Finance and Corporate Resources",
        [L("Executive Director Finance and Corporate Resources")],
    ),
    (
        "Mr. A. Brown, Worcestershire Internal Audit Shared Service, Audit Manager",
        [
            L(
                "Audit Manager",
                person="Mr. A. Brown",
                org="Worcestershire Internal Audit Shared Service",
            )
        ],
    ),
    ("Head of Audit and Risk Management", [L("Head of Audit and Risk Management")]),
    ("Head of Internal Audit and Risk", [L("Head of Internal Audit and Risk")]),
    ("Head of Financial Services", [L("Head of Financial Services")]),
    ("Audit Manager", [L("Audit Manager")]),
]

# Posts and bodies of fire and rescue services (search corpus 'pages', 2026-12-02: a Lancashire
# Combined Fire Authority planning committee report, 2024; a Commons committee's list of
# memoranda on the fire and rescue service; Leicestershire and Buckinghamshire HMICFRS improvement
# plan pages), written down with their gold before the parser was run on them; names made up.
FIRE_PAGES = [
    (
        "Jo Bloggs, Deputy Chief Fire Officer",
        [L("Deputy Chief Fire Officer", person="Jo Bloggs")],
    ),
    ("Service Liaison Officer", [L("Service Liaison Officer")]),
    ("Organisational Assurance Team", [L(org="Organisational Assurance Team")]),
    ("Service Improvement Department", [L(org="Service Improvement Department")]),
    (
        "Combined Fire Authority's Corporate Governance Committee",
        [L(org="Combined Fire Authority's Corporate Governance Committee")],
    ),
    ("Chief Fire Officer", [L("Chief Fire Officer")]),
    (
        "Executive Member – Public Protection",
        [L("Executive Member – Public Protection")],
    ),
    (
        "Jo Bloggs, Executive Member – Public Protection, Cornwall County Council",
        [
            L(
                "Executive Member – Public Protection",
                person="Jo Bloggs",
                org="Cornwall County Council",
            )
        ],
    ),
    (
        "Communications Manager, Essex County Fire and Rescue Service",
        [L("Communications Manager", org="Essex County Fire and Rescue Service")],
    ),
    ("Community Educators", [L("Community Educators")]),
]

# The shapes left open after session 4 (shapes findings item 4 and the old KNOWN_MISSES), with
# neighbours that must not change; dev cells (made-up names), asserted. A title then a name with no
# bracket is role + person when the title ends in its head noun and the name's words are not remit
# words; a comma before the name changes nothing ('HMICFRS Inspecting Officer, Jo Bloggs').
TITLE_AND_NAME = [
    ("Area Manager Jo Bloggs", [L("Area Manager", person="Jo Bloggs")]),
    (
        "HMICFRS Inspecting Officer, Jo Bloggs",
        [L("HMICFRS Inspecting Officer", person="Jo Bloggs")],
    ),
    ("Team Manager Sam Patel", [L("Team Manager", person="Sam Patel")]),
    ("Service Manager, Jo Bloggs", [L("Service Manager", person="Jo Bloggs")]),
    ("Service Manager Youth Justice", [L("Service Manager Youth Justice")]),
    (
        "Service Manager, Tenancy Sustainment",
        [L("Service Manager, Tenancy Sustainment")],
    ),
    (
        "Team Leader, Housing Options and Accessibility",
        [L("Team Leader, Housing Options and Accessibility")],
    ),
    ("Healthy Lifestyles Manager", [L("Healthy Lifestyles Manager")]),
    ("Neighbourhood Policing Inspector", [L("Neighbourhood Policing Inspector")]),
    ("Jane Smith Head of Service", [L("Head of Service", person="Jane Smith")]),
    ("Jo Bloggs Area Manager", [L("Area Manager", person="Jo Bloggs")]),
    ("Head of Service Jo Bloggs", [L("Head of Service", person="Jo Bloggs")]),
]

# Issue 12 item 7 (leads6): the shapes its brief names, with neighbours that must not change; made-up
# names, asserted. A head-first title ('Head of ...', 'Director of ...') whose line break was lost
# before a name or a second title is cut where its remit ends; a remit's own capitalised words
# ('Building Control', 'Youth Justice', 'Looked After Children') stay in it. Initials written with
# full stops are initials; a cell that opens with a label ('Lead:') may hold more labels ('Support:').
BRIEF_SHAPES_2 = [
    ("Head of Early Help Jo Bloggs", [L("Head of Early Help", person="Jo Bloggs")]),
    (
        "Director of Children's Services Sam Patel",
        [L("Director of Children's Services", person="Sam Patel")],
    ),
    (
        "Interim Head of Service Jo Bloggs",
        [L("Interim Head of Service", person="Jo Bloggs")],
    ),
    ("Head of Planning and Thames Gateway", [L("Head of Planning and Thames Gateway")]),
    ("Head of Planning Building Control", [L("Head of Planning Building Control")]),
    ("Head of Service Team Manager", [L("Head of Service"), L("Team Manager")]),
    (
        "Head of Legal Services Monitoring Officer",
        [L("Head of Legal Services"), L("Monitoring Officer")],
    ),
    (
        "Head of Commissioning Service Manager",
        [L("Head of Commissioning"), L("Service Manager")],
    ),
    (
        "Director of Finance Deputy Chief Executive",
        [L("Director of Finance"), L("Deputy Chief Executive")],
    ),
    (
        "Head of Service Independent Reviewing Officer",
        [L("Head of Service"), L("Independent Reviewing Officer")],
    ),
    (
        "Head of Service Team Manager (JB)",
        [L("Head of Service"), L("Team Manager", initials="JB")],
    ),
    (
        "Director of Public Health Public Health Consultant",
        [L("Director of Public Health"), L("Public Health Consultant")],
    ),
    ("Head of ICT Service Desk Manager", [L("Head of ICT"), L("Service Desk Manager")]),
    (
        "Head of Law Deputy Monitoring Officer",
        [L("Head of Law"), L("Deputy Monitoring Officer")],
    ),
    (
        "Head of Planning Development Manager",
        [L("Head of Planning Development Manager")],
    ),
    (
        "Head of Community Safety Anti-Social Behaviour Officer",
        [L("Head of Community Safety Anti-Social Behaviour Officer")],
    ),
    (
        "Head of Independent Reviewing Officers",
        [L("Head of Independent Reviewing Officers")],
    ),
    (
        "Lead for Looked After Children Nurse",
        [L("Lead for Looked After Children Nurse")],
    ),
    ("Head of Service Youth Justice", [L("Head of Service Youth Justice")]),
    (
        "PA to Director of Corporate Governance",
        [L("PA to Director of Corporate Governance")],
    ),
    ("HoS and TMs", [L("HoS"), L("TMs")]),
    ("HoS / SMs / TMs", [L("HoS"), L("SMs"), L("TMs")]),
    (
        "Jo Bloggs (HoS, Fostering Team)",
        [L("HoS", person="Jo Bloggs", org="Fostering Team")],
    ),
    ("Head of Service; Team Manager", [L("Head of Service"), L("Team Manager")]),
    ("All", [L("All")]),
    ("All Heads of Service", [L("All Heads of Service")]),
    ("Partners", [L(org="Partners")]),
    ("NHS England", [L(org="NHS England")]),
    ("NHS England / ICB", [L(org="NHS England"), L(org="ICB")]),
    ("Acting Head of Service", [L("Acting Head of Service")]),
    (
        "Interim Deputy Director of Operations",
        [L("Interim Deputy Director of Operations")],
    ),
    ("J.B.", [L(initials="J.B")]),
    ("J.B. / S.P.", [L(initials="J.B"), L(initials="S.P")]),
    ("J.B., S.P. and C.E.", [L(initials="J.B"), L(initials="S.P"), L(initials="C.E")]),
    ("J. Bloggs", [L(person="J. Bloggs")]),
    (
        "Lead: Head of Service; Support: Team Manager",
        [L("Head of Service"), L("Team Manager")],
    ),
    (
        "Lead: Jo Bloggs Support: Sam Patel",
        [L(person="Jo Bloggs"), L(person="Sam Patel")],
    ),
    (
        "Lead: Jo Bloggs; Support: Sam Patel, Chris Evans",
        [L(person="Jo Bloggs"), L(person="Sam Patel"), L(person="Chris Evans")],
    ),
    (
        "Accountable: Chief Executive Responsible: Director of Finance",
        [L("Chief Executive"), L("Director of Finance")],
    ),
    (
        "Manager, Business Support: Jo Bloggs",
        [L("Manager, Business Support", person="Jo Bloggs")],
    ),
    ("Lead officer: Jo Bloggs", [L("Lead officer", person="Jo Bloggs")]),
    # a short title printed as a label before the lead's own title is no lead ('Executive Lead: ...')
    ("Accountable Officer: Chief Executive", [L("Chief Executive")]),
    ("Executive Lead: Chief Operating Officer", [L("Chief Operating Officer")]),
    ("Exec Lead: Chief Nurse", [L("Chief Nurse")]),
    (
        "Responsible Officer: Head of Housing (JB)",
        [L("Head of Housing", initials="JB")],
    ),
    ("Executive Sponsor: Jo Bloggs", [L("Executive Sponsor", person="Jo Bloggs")]),
    ("Service Director: Housing", [L("Service Director: Housing")]),
    ("ACC Jo Bloggs", [L("ACC", person="Jo Bloggs")]),
    ("Jo Bloggs (ACC)", [L("ACC", person="Jo Bloggs")]),
    ("DCE / DoF", [L("DCE"), L("DoF")]),
    ("ACFO Jo Bloggs", [L("ACFO", person="Jo Bloggs")]),
    (
        "Head of Service Jo Bloggs (JB)",
        [L("Head of Service", person="Jo Bloggs", initials="JB")],
    ),
    (
        "Director of Public Health Jo Bloggs (DPH)",
        [L("Director of Public Health", person="Jo Bloggs")],
    ),
    (
        "Head of Service Jo Bloggs / Team Manager Sam Patel",
        [
            L("Head of Service", person="Jo Bloggs"),
            L("Team Manager", person="Sam Patel"),
        ],
    ),
    # posts printed by a fire and rescue service and a university (search corpus 'pages': Cumbria
    # F&RS service plan 2007-08, Leeds Beckett access and participation committee page)
    (
        "Corporate Director Public Protection/Chief Fire Officer",
        [L("Corporate Director Public Protection"), L("Chief Fire Officer")],
    ),
    (
        "Jo Bloggs, Deputy Vice Chancellor Resources",
        [L("Deputy Vice Chancellor Resources", person="Jo Bloggs")],
    ),
    ("Head of Protection Jo Bloggs", [L("Head of Protection", person="Jo Bloggs")]),
    (
        "Head of Prevention Station Manager",
        [L("Head of Prevention"), L("Station Manager")],
    ),
    ("Ministry of Justice", [L(org="Ministry of Justice")]),
    ("Healthwatch Anytown", [L(org="Healthwatch Anytown")]),
    ("Anytown Housing Association", [L(org="Anytown Housing Association")]),
    # bodies and posts whose 'and' joins one name; two whole bodies still split
    ("Audit & Risk Committee", [L(org="Audit & Risk Committee")]),
    ("Audit and Governance Committee", [L(org="Audit and Governance Committee")]),
    ("Police and Crime Panel", [L(org="Police and Crime Panel")]),
    ("Police and Crime Commissioner", [L("Police and Crime Commissioner")]),
    ("Audit and Risk Manager", [L("Audit and Risk Manager")]),
    ("Police and Council", [L(org="Police"), L(org="Council")]),
    ("Revenues & Benefits", [L(org="Revenues & Benefits")]),
    ("HR & Finance", [L(org="HR"), L(org="Finance")]),
    # people one a line whose line breaks were lost; plural role acronyms; partners as bodies
    ("Jo Bloggs Sam Patel", [L(person="Jo Bloggs"), L(person="Sam Patel")]),
    (
        "Jo Bloggs\nSam Patel\nChris Evans",
        [L(person="Jo Bloggs"), L(person="Sam Patel"), L(person="Chris Evans")],
    ),
    ("J Bloggs S Patel", [L(person="J Bloggs"), L(person="S Patel")]),
    (
        "Mrs Jo Bloggs Mr Sam Patel",
        [L(person="Mrs Jo Bloggs"), L(person="Mr Sam Patel")],
    ),
    ("Jo Bloggs-Smith Sam Patel", [L(person="Jo Bloggs-Smith"), L(person="Sam Patel")]),
    ("AD's & HoS's", [L("AD's"), L("HoS's")]),
    ("PSWs and IROs", [L("PSWs"), L("IROs")]),
    (
        "Partners (Police, Health, Education)",
        [L(org="Partners (Police, Health, Education)")],
    ),
    ("Statutory partners", [L(org="Statutory partners")]),
    ("Safeguarding Partners", [L(org="Safeguarding Partners")]),
    ("HR Business Partners", [L("HR Business Partners")]),
    ("Head of Service and partners", [L("Head of Service"), L(org="partners")]),
    ("NHS England (NHSE)", [L(org="NHS England")]),
    # a named unit bracketed after a post is its org, as after a comma; a role in the bracket is not
    (
        "Jo Bloggs SM (Fostering Team)",
        [L("SM", person="Jo Bloggs", org="Fostering Team")],
    ),
    ("TMs (Assessment Team)", [L("TMs", org="Assessment Team")]),
    (
        "Service Manager (Quality Assurance Unit)",
        [L("Service Manager", org="Quality Assurance Unit")],
    ),
    ("Head of Service (Fostering Team)", [L("Head of Service (Fostering Team)")]),
    ("Designated Teacher (all schools)", [L("Designated Teacher (all schools)")]),
    # a post's own office is a body; a department after a title stays its portfolio
    ("Chief Executive's Office", [L(org="Chief Executive's Office")]),
    ("CEO's Office", [L(org="CEO's Office")]),
    ("Director, Children's Services", [L("Director, Children's Services")]),
    # 'with' before a whole title ending in its head joins two leads; before a remit it does not
    ("Head of Service with Team Managers", [L("Head of Service"), L("Team Managers")]),
    ("Head of HR with support from OD", [L("Head of HR"), L(org="OD")]),
    (
        "Cabinet Member with Special Responsibility for Housing",
        [L("Cabinet Member with Special Responsibility for Housing")],
    ),
    ("Nurse with lead responsibility", [L("Nurse with lead responsibility")]),
    ("OD", [L(org="OD")]),
    # initials lists: three capitals beside a pair of initials are initials (the York scrutiny
    # tracker of the dev set prints 'PR/LSW'); acronyms with no pair beside them stay bodies
    ("PR/LSW", [L(initials="PR"), L(initials="LSW")]),
    ("JB, LSW and PMcK", [L(initials="JB"), L(initials="LSW"), L(initials="PMcK")]),
    ("OMB and GSA", [L(org="OMB"), L(org="GSA")]),
]


# Issue 12 item 7 (leads7): lead cells of yet other bodies, written down with their gold by hand (people's
# names replaced by made-up ones; '\n' is a line break in the cell), then used to find and fix general
# rules. Sources (search corpus 'pages', 2026-12-02): hse.gov.uk aboutus/meetings/hsearchive/2002/060302/
# papers/b018/b018b.htm (HSE partnership project action plan, 'Action by'); valeofglamorgan.gov.uk
# cabinet 2012 staff survey action plan; democracy.maldon.gov.uk mgAi.aspx?ID=14538; studylib.net
# 7384950 (Epsom and Ewell employee survey action plan 2006); docest.com/doc/181998 (Buckinghamshire
# Safeguarding Adults Board business plan 2018-20, its key of leads); middevonparish.co.uk/newtonstcyres
# parish council action plan ('Who is responsible for action?'); docstoc 125670659 (Shenington with
# Alkerton parish council portfolio action plan, 'Who (lead in red)'); docest.com/doc/596176
# (Bournemouth University Athena SWAN self-assessment team); fdocuments.us and fdocuments.net
# Nottinghamshire ICS board agendas 2019-2020 ('Lead'); vdocument.in Leicester written statement of
# action 2018 ('Initials and designation'); wokingham.moderngov.co.uk mgAi.aspx?ID=34879;
# healthierlsc.co.uk ICP board key messages 2021; readkong Worcestershire SEND action plan 2018;
# issuu Hampshire OPCC delivery plan; theyworkforyou, council and police pages for the shapes the
# brief names ('(lead)', '(support)', 'CEO & Board', 'All managers', post-nominals, 'SS/LSW').
LEADS7_DEV = [
    # HSE partnership action plan: a name with its post in brackets, a group of staff of a body, bodies
    ("Kate Dunmore (Project Manager)", [L("Project Manager", person="Kate Dunmore")]),
    ("Kate Dunmore", [L(person="Kate Dunmore")]),
    ("User Group", [L(org="User Group")]),
    # staff survey action plans of a Welsh, an Essex and a Surrey council
    ("Head of Performance and Development", [L("Head of Performance and Development")]),
    (
        "Operational Manager (Corporate Policy and Communications)",
        [L("Operational Manager (Corporate Policy and Communications)")],
    ),
    (
        "Director of Strategy Performance and Governance",
        [L("Director of Strategy Performance and Governance")],
    ),
    (
        "Programmes, Performance and Governance Manager",
        [L("Programmes, Performance and Governance Manager")],
    ),
    ("Extended Leadership Team", [L(org="Extended Leadership Team")]),
    ("Communications Team", [L(org="Communications Team")]),
    ("HR & Communications Director", [L("HR & Communications Director")]),
    ("Management Team / HR", [L(org="Management Team"), L(org="HR")]),
    ("All managers", [L("All managers")]),
    ("All Managers / HR", [L("All Managers"), L(org="HR")]),
    ("All staff", [L("All staff")]),
    ("All", [L("All")]),
    ("All Directors", [L("All Directors")]),
    ("All Heads of Service / HR", [L("All Heads of Service"), L(org="HR")]),
    # a safeguarding adults board's plan: its business office, subgroups, chair and manager
    ("Board Business Office", [L(org="Board Business Office")]),
    ("Q & P Subgroup", [L(org="Q & P Subgroup")]),
    ("Training Subgroup", [L(org="Training Subgroup")]),
    (
        "SAR Subgroup / Board Business Office",
        [L(org="SAR Subgroup"), L(org="Board Business Office")],
    ),
    ("Safeguarding Adults Team", [L(org="Safeguarding Adults Team")]),
    ("Chair of BSAB", [L("Chair of BSAB")]),
    ("BSAB Manager", [L("BSAB Manager")]),
    ("Chair of BSAB / BSAB Manager", [L("Chair of BSAB"), L("BSAB Manager")]),
    ("Safeguarding Board Manager", [L("Safeguarding Board Manager")]),
    ("Chair (lead)\nBoard Manager (support)", [L("Chair"), L("Board Manager")]),
    (
        "Board Manager (lead), all partners (support)",
        [L("Board Manager"), L(org="all partners")],
    ),
    # parish councils
    ("Clerk & Councillors", [L("Clerk"), L("Councillors")]),
    (
        "Councillors and Development Group",
        [L("Councillors"), L(org="Development Group")],
    ),
    ("Clerk and councillors", [L("Clerk"), L("councillors")]),
    ("Appointed councillors", [L("Appointed councillors")]),
    ("Clerk", [L("Clerk")]),
    ("Chairman / Clerk", [L("Chairman"), L("Clerk")]),
    ("Margaret", [L(person="Margaret")]),
    ("Margaret / Tony", [L(person="Margaret"), L(person="Tony")]),
    # a university self-assessment team: posts with their holders in brackets
    (
        "Equality and Diversity Adviser (Dr Sam Okafor)",
        [L("Equality and Diversity Adviser", person="Dr Sam Okafor")],
    ),
    ("Deputy Chair (Prof Ann Briggs)", [L("Deputy Chair", person="Prof Ann Briggs")]),
    (
        "Women's Academic Network Representative",
        [L("Women's Academic Network Representative")],
    ),
    ("Human Resources Representative", [L("Human Resources Representative")]),
    # an integrated care system's board agendas: people, joined as printed
    ("Chair", [L("Chair")]),
    ("Simon Carr", [L(person="Simon Carr")]),
    (
        "Alison Cheng & Chris Parker",
        [L(person="Alison Cheng"), L(person="Chris Parker")],
    ),
    ("Wendy Sands & Helen Platt", [L(person="Wendy Sands"), L(person="Helen Platt")]),
    (
        "Rich Brady, Amos Clifton- Brown and Jane Beech",
        [
            L(person="Rich Brady"),
            L(person="Amos Clifton- Brown"),
            L(person="Jane Beech"),
        ],
    ),
    (
        "Amanda Sully, Tracy Tate and Alison Wynn",
        [L(person="Amanda Sully"), L(person="Tracy Tate"), L(person="Alison Wynn")],
    ),
    ("Tom Dimond and Helen Platt", [L(person="Tom Dimond"), L(person="Helen Platt")]),
    (
        "Adele Wilkes Councillor, Nottingham City Council",
        [L("Councillor", person="Adele Wilkes", org="Nottingham City Council")],
    ),
    (
        "Alex Bell Director of Communications and Engagement, Nottingham and Nottinghamshire CCG",
        [
            L(
                "Director of Communications and Engagement",
                person="Alex Bell",
                org="Nottingham and Nottinghamshire CCG",
            )
        ],
    ),
    (
        "Amanda Lyle, Interim Director Strategic Delivery and Partnership, BOB ICS",
        [
            L(
                "Interim Director Strategic Delivery and Partnership",
                person="Amanda Lyle",
                org="BOB ICS",
            )
        ],
    ),
    ("ICB Chair Designate", [L("ICB Chair Designate")]),
    ("ICP Director", [L("ICP Director")]),
    ("ICP Programme Director", [L("ICP Programme Director")]),
    ("ICP Core Team", [L(org="ICP Core Team")]),
    ("Senior Leadership Team", [L(org="Senior Leadership Team")]),
    ("LTH Director of Finance", [L("LTH Director of Finance")]),
    ("VCSE representative", [L("VCSE representative")]),
    (
        "ICS Executive Director of Commissioning",
        [L("ICS Executive Director of Commissioning")],
    ),
    # a written statement of action: initials with the body they come from
    ("RK, LCC", [L(initials="RK", org="LCC")]),
    ("RK (LCC) / JR (CCG)", [L(initials="RK", org="LCC"), L(initials="JR", org="CCG")]),
    (
        "Head of SEND (LA) / Designated Clinical Officer (CCG)",
        [L("Head of SEND", org="LA"), L("Designated Clinical Officer", org="CCG")],
    ),
    ("Designated Clinical Officer", [L("Designated Clinical Officer")]),
    ("Parent Carer Forum", [L(org="Parent Carer Forum")]),
    ("Local Authority and CCG", [L(org="Local Authority"), L(org="CCG")]),
    ("CCG (lead) and Local Authority", [L(org="CCG"), L(org="Local Authority")]),
    ("Local Authority (lead), CCG (support)", [L(org="Local Authority"), L(org="CCG")]),
    ("SENCOs", [L("SENCOs")]),
    ("Headteachers", [L("Headteachers")]),
    ("All schools", [L(org="All schools")]),
    # the shapes the brief names, as other bodies print them
    ("Head of Housing (lead)", [L("Head of Housing")]),
    (
        "Head of Housing (Lead)\nTenancy Services Manager (Support)",
        [L("Head of Housing"), L("Tenancy Services Manager")],
    ),
    (
        "Director of Public Health (lead); CCG (support)",
        [L("Director of Public Health"), L(org="CCG")],
    ),
    ("Police (lead)", [L(org="Police")]),
    ("Police (lead) / Council", [L(org="Police"), L(org="Council")]),
    ("Community Safety Manager (support)", [L("Community Safety Manager")]),
    ("Safeguarding Board (Chair)", [L("Chair", org="Safeguarding Board")]),
    ("Audit Committee (Chair)", [L("Chair", org="Audit Committee")]),
    ("Jo Lamb (Chair)", [L("Chair", person="Jo Lamb")]),
    ("Jo Lamb (lead)", [L(person="Jo Lamb")]),
    (
        "Jo Lamb (lead), Pat Quinn (support)",
        [L(person="Jo Lamb"), L(person="Pat Quinn")],
    ),
    (
        "Lead: Head of Housing\nSupport: Tenancy Services Manager",
        [L("Head of Housing"), L("Tenancy Services Manager")],
    ),
    (
        "Lead - Head of Housing; Support - Team Managers",
        [L("Head of Housing"), L("Team Managers")],
    ),
    ("Lead: Police; Support: Council", [L(org="Police"), L(org="Council")]),
    ("Head of Planning Policy Cheltenham", [L("Head of Planning Policy Cheltenham")]),
    ("Director of Place North Tyneside", [L("Director of Place North Tyneside")]),
    ("Head of Children's Services Dorset", [L("Head of Children's Services Dorset")]),
    (
        "Director of Adult Services Lancashire",
        [L("Director of Adult Services Lancashire")],
    ),
    ("Head of Estates Norwich", [L("Head of Estates Norwich")]),
    ("CEO & Board", [L("CEO"), L(org="Board")]),
    ("CEO and Board", [L("CEO"), L(org="Board")]),
    ("Chair & Board", [L("Chair"), L(org="Board")]),
    ("Board", [L(org="Board")]),
    ("Trustees", [L("Trustees")]),
    ("Board of Trustees", [L(org="Board of Trustees")]),
    ("CEO / Board of Trustees", [L("CEO"), L(org="Board of Trustees")]),
    ("Chair of Trustees & CEO", [L("Chair of Trustees"), L("CEO")]),
    ("Finance Committee", [L(org="Finance Committee")]),
    ("Finance Committee / Treasurer", [L(org="Finance Committee"), L("Treasurer")]),
    ("Improvement Board", [L(org="Improvement Board")]),
    ("Health and Wellbeing Board", [L(org="Health and Wellbeing Board")]),
    ("SEND Partnership Board", [L(org="SEND Partnership Board")]),
    ("Youth Justice Partnership Board", [L(org="Youth Justice Partnership Board")]),
    ("Community Safety Partnership", [L(org="Community Safety Partnership")]),
    ("Local Access Forum", [L(org="Local Access Forum")]),
    ("Tenants' Panel", [L(org="Tenants' Panel")]),
    ("Scrutiny Panel / Cabinet", [L(org="Scrutiny Panel"), L(org="Cabinet")]),
    (
        "Children's Partnership Board and Safeguarding Partnership",
        [L(org="Children's Partnership Board"), L(org="Safeguarding Partnership")],
    ),
    ("All partners", [L(org="All partners")]),
    ("All agencies", [L(org="All agencies")]),
    ("All Heads of Service", [L("All Heads of Service")]),
    (
        "Head of Housing / Head of Planning / Head of Finance",
        [L("Head of Housing"), L("Head of Planning"), L("Head of Finance")],
    ),
    (
        "Head of Housing & Head of Planning",
        [L("Head of Housing"), L("Head of Planning")],
    ),
    (
        "Head of Housing, Head of Planning",
        [L("Head of Housing"), L("Head of Planning")],
    ),
    (
        "Head of Housing; Head of Planning",
        [L("Head of Housing"), L("Head of Planning")],
    ),
    (
        "Head of Housing\nHead of Planning",
        [L("Head of Housing"), L("Head of Planning")],
    ),
    (
        "Head of Housing and Head of Planning",
        [L("Head of Housing"), L("Head of Planning")],
    ),
    ("Police, Fire and Council", [L(org="Police"), L(org="Fire"), L(org="Council")]),
    # names with post-nominals
    ("Dr Jo Lamb MBE", [L(person="Dr Jo Lamb MBE")]),
    ("Jo Lamb OBE, Chief Executive", [L("Chief Executive", person="Jo Lamb OBE")]),
    (
        "Prof Sam Hart FRCP, Medical Director",
        [L("Medical Director", person="Prof Sam Hart FRCP")],
    ),
    (
        "Sam Hart RGN, Director of Nursing",
        [L("Director of Nursing", person="Sam Hart RGN")],
    ),
    ("Chief Constable Jo Lamb QPM", [L("Chief Constable", person="Jo Lamb QPM")]),
    ("Pat Quinn CBE", [L(person="Pat Quinn CBE")]),
    ("Jo Lamb MBE / Pat Quinn", [L(person="Jo Lamb MBE"), L(person="Pat Quinn")]),
    # role abbreviations and their plurals
    ("HoS", [L("HoS")]),
    ("HoSs", [L("HoSs")]),
    ("TLs", [L("TLs")]),
    ("SMs and TLs", [L("SMs"), L("TLs")]),
    ("HTs / SENCOs", [L("HTs"), L("SENCOs")]),
    ("DSLs", [L("DSLs")]),
    ("ADs", [L("ADs")]),
    ("DPH / DASS", [L("DPH"), L("DASS")]),
    ("SLT", [L(org="SLT")]),
    ("HoS / SLT", [L("HoS"), L(org="SLT")]),
    # initials in twos and threes
    ("SS/LSW", [L(initials="SS"), L(initials="LSW")]),
    ("JB/SP/CE", [L(initials="JB"), L(initials="SP"), L(initials="CE")]),
    ("JB / AK", [L(initials="JB"), L(initials="AK")]),
    ("JB, AK", [L(initials="JB"), L(initials="AK")]),
    ("JB & AK", [L(initials="JB"), L(initials="AK")]),
    ("LSW/AMcD", [L(initials="LSW"), L(initials="AMcD")]),
    ("KT/JMH", [L(initials="KT"), L(initials="JMH")]),
    ("CE", [L("CE")]),
    ("CE / JB", [L("CE"), L(initials="JB")]),
    ("JB (lead), AK", [L(initials="JB"), L(initials="AK")]),
    # a college's higher education review action plan (pdfslide.net, City College Coventry, 2015):
    # a post and its holder's initials, a committee
    ("Principal (SL)", [L("Principal", initials="SL")]),
    ("Principal Sue Lane", [L("Principal", person="Sue Lane")]),
    ("HE Committee", [L(org="HE Committee")]),
    (
        "Principal (SL) / HE Committee",
        [L("Principal", initials="SL"), L(org="HE Committee")],
    ),
    # a Scottish regulator's board paper (fdocuments.us, Care Inspectorate scrutiny and improvement
    # plan 2015/16, 'Report by'): a Scots 'Depute', a name with initials and full stops
    (
        "Director of Strategic Development/Depute Chief Executive",
        [L("Director of Strategic Development"), L("Depute Chief Executive")],
    ),
    (
        "K. Dunn, Head of Finance and Corporate Governance",
        [L("Head of Finance and Corporate Governance", person="K. Dunn")],
    ),
    (
        "Head of Analysis & Business Planning",
        [L("Head of Analysis & Business Planning")],
    ),
    ("Depute Chief Executive", [L("Depute Chief Executive")]),
    # an adult learning service's post-inspection plan (studylib.net, Salford FACL 2005/6)
    (
        "Sean Gale Head of Lifelong Learning",
        [L("Head of Lifelong Learning", person="Sean Gale")],
    ),
    ("Head of Lifelong Learning", [L("Head of Lifelong Learning")]),
    # a school federation's development plan (readkong, Endeavour Federation 2019-20): initials
    ("AH/SG", [L(initials="AH"), L(initials="SG")]),
    ("AB/KB", [L(initials="AB"), L(initials="KB")]),
    ("GC", [L(initials="GC")]),
    ("AH / SG / GC", [L(initials="AH"), L(initials="SG"), L(initials="GC")]),
    # inspectorates' and police pages (docslib HMIC annual report 2005-07; City of London police
    # committee items): honours after a name, ranks and posts
    ("Sir Roland Flint GBE QPM MA", [L(person="Sir Roland Flint GBE QPM MA")]),
    ("Assistant Commissioner", [L("Assistant Commissioner")]),
    ("Head of Strategic Development", [L("Head of Strategic Development")]),
    ("Commissioner", [L("Commissioner")]),
    ("T/Supt Jo Lamb", [L(person="T/Supt Jo Lamb")]),
    ("GM Jo Lamb", [L("GM", person="Jo Lamb")]),
    ("Group Manager Jo Lamb", [L("Group Manager", person="Jo Lamb")]),
    ("Station Manager / Watch Managers", [L("Station Manager"), L("Watch Managers")]),
    ("GM / SM", [L("GM"), L("SM")]),
    ("WMs", [L("WMs")]),
    # shapes of the pages above written with made-up names and initials, with their neighbours:
    # a leading 'Various –', a person's initials before their post, a councillor by surname
    (
        "Various – Police, NHS boards and Scottish Government",
        [L(org="Police"), L(org="NHS boards"), L(org="Scottish Government")],
    ),
    ("JL – HoS", [L("HoS", initials="JL")]),
    ("JL: Head of Service", [L("Head of Service", initials="JL")]),
    ("JL, PQ", [L(initials="JL"), L(initials="PQ")]),
    (
        "Councillor Lamb (Portfolio Holder)",
        [L("Portfolio Holder", person="Councillor Lamb")],
    ),
    ("Councillor Lamb", [L(person="Councillor Lamb")]),
    ("Councillor Liaison Officer", [L("Councillor Liaison Officer")]),
    ("MD / DoN", [L("MD"), L("DoN")]),
    ("Students' Union", [L(org="Students' Union")]),
    ("Estates & Facilities", [L(org="Estates & Facilities")]),
    ("Registry", [L(org="Registry")]),
    ("Facilities Manager", [L("Facilities Manager")]),
    (
        "Director of Nursing, ICB / Director of Children's Services, LA",
        [
            L("Director of Nursing", org="ICB"),
            L("Director of Children's Services", org="LA"),
        ],
    ),
    ("DWP / Jobcentre Plus", [L(org="DWP"), L(org="Jobcentre Plus")]),
    # people and the bodies they come from (readkong Buckinghamshire and Milton Keynes biodiversity
    # action plan 2010-20, task group; vdocuments England Biodiversity Group 'Natural partners'),
    # posts with their holders in capitals and in brackets (democracy.towerhamlets.gov.uk, 'Action
    # by', 2024), cabinet posts and remits (democracy.stockport.gov.uk 2022, democracy.southend.gov.uk
    # 2022, modgov.cherwell.gov.uk 2025); names made up
    (
        "Hana Brett (Wycombe District Council)",
        [L(person="Hana Brett", org="Wycombe District Council")],
    ),
    ("Carla Kinnear (RSPB)", [L(person="Carla Kinnear", org="RSPB")]),
    (
        "Neil Rowan (Berks, Bucks and Oxon Wildlife Trust)",
        [L(person="Neil Rowan", org="Berks, Bucks and Oxon Wildlife Trust")],
    ),
    ("Keith Bowen, Durham BAP", [L(person="Keith Bowen", org="Durham BAP")]),
    ("CHIEF EXECUTIVE (S. HALL)", [L("CHIEF EXECUTIVE", person="S. HALL")]),
    ("SAM LAMB, HEAD OF SERVICE", [L("HEAD OF SERVICE", person="SAM LAMB")]),
    ("HEAD OF HOUSING / TEAM MANAGER", [L("HEAD OF HOUSING"), L("TEAM MANAGER")]),
    ("CEO & BOARD", [L("CEO"), L(org="BOARD")]),
    ("GSA, DHS, OMB, USDS", [L(org="GSA"), L(org="DHS"), L(org="OMB"), L(org="USDS")]),
    ("statutory bodies (police, NHS, council)", [L(org="statutory bodies (police, NHS, council)")]),
    ("SRO: Director of Finance", [L("Director of Finance")]),
    # university and NHS post acronyms: Director of / Head of a remit, vice-chancellors, HR partners
    ("HRBP", [L("HRBP")]),
    ("VC / PVC (Research)", [L("VC"), L("PVC (Research)")]),
    ("Student Union President / VP Education", [L("Student Union President"), L("VP Education")]),
    ("DDoN / HoN", [L("DDoN"), L("HoN")]),
    ("DoCAP / FTSUG", [L("DoCAP"), L("FTSUG")]),
    # two people and their posts printed one a line, the line breaks lost, in either order
    (
        "Jo Lamb Head of Housing Sam Hart Team Manager",
        [L("Head of Housing", person="Jo Lamb"), L("Team Manager", person="Sam Hart")],
    ),
    (
        "Director of Finance Sam Hart Chief Executive Jo Lamb",
        [L("Director of Finance", person="Sam Hart"), L("Chief Executive", person="Jo Lamb")],
    ),
    ("J Lamb (Finance)", [L(person="J Lamb", org="Finance")]),
    # a remit's acronym in brackets or after a comma narrows the post; it is nobody's initials
    ("HoS (CiC) / HoS (CP)", [L("HoS (CiC)"), L("HoS (CP)")]),
    ("Assistant Director, CP", [L("Assistant Director, CP")]),
    ("Head of LAC (JK)", [L("Head of LAC", initials="JK")]),
    ("ADoN (Surgery)", [L("ADoN (Surgery)")]),
    (
        "Jo Lamb, Head of Housing and Sam Hart, Head of Planning",
        [L("Head of Housing", person="Jo Lamb"), L("Head of Planning", person="Sam Hart")],
    ),
    (
        "Head of Planning and Building Control, Jo Lamb",
        [L("Head of Planning and Building Control", person="Jo Lamb")],
    ),
    (
        "Acting Deputy Director of Strategy, Improvement & Transformation (R. Beatty)",
        [
            L(
                "Acting Deputy Director of Strategy, Improvement & Transformation",
                person="R. Beatty",
            )
        ],
    ),
    (
        "Deputy Leader of the Council & Cabinet Member for Resources, Commissioning & Governance",
        [
            L("Deputy Leader of the Council"),
            L("Cabinet Member for Resources, Commissioning & Governance"),
        ],
    ),
    (
        "Interim Executive Director (Strategy, Change and Governance)",
        [L("Interim Executive Director (Strategy, Change and Governance)")],
    ),
    ("Cllr George", [L(person="Cllr George")]),
    (
        "Assistant Director Law and Governance and Monitoring Officer",
        [L("Assistant Director Law and Governance"), L("Monitoring Officer")],
    ),
]


# Issue 12 item 7 (leads8): lead cells and posts of yet other bodies, written down with their gold by hand
# (people's names replaced by made-up ones; '\n' is a line break in the cell), then used to find and fix
# general rules. None of their sources is a source of HELDOUT_PAGES_5. Sources (search corpus 'pages',
# 2026-12-02), in order: Inverclyde Council audit committee minutes 2005-07 (in attendance); Argyll and
# Bute audit committee decisions 2007-13; Betsi Cadwaladr UHB board and committee bundles 2016-20;
# Salford carers strategy action plan 2014 (docsbay.net 1200443, 'By whom'); Cheshire East adult social
# care scrutiny minutes 2011-12; NHS South Tees CCG governing body agenda 2015 ('Presented by'); Tonbridge
# and Malling, North Norfolk, Stroud, Tewkesbury, Huntingdonshire, Staffordshire, North Somerset,
# Sheffield, City of London, Flintshire, Durham, Scottish Borders and Perth and Kinross decisions and
# minutes; Hemswell parish council minutes 2022-24; Wainfleet All Saints town council working groups;
# Bracknell Forest LSCB minutes 2017; Buckinghamshire domestic abuse strategy 2018-21; Argyll and Bute
# CPP papers 2014-15; West Midlands Ambulance Service board minutes 2021; Buckinghamshire and Lancashire
# fire authority items; Highland CPP board agenda 2017. Then the shapes the leads8 brief names (role
# abbreviations, name + role + team in brackets, joiners, 'Cllr', 'Clerk', 'all Members', bodies and
# boards, 'tbc', titles with remits), written with made-up names.
LEADS8_DEV = [
    # Inverclyde Council audit committee minutes 2005-07 (inverclyde.gov.uk meetings 136, 138, 150): in attendance
    ("Depute Chief Executive", [L("Depute Chief Executive")]),
    ("Solicitor to the Council", [L("Solicitor to the Council")]),
    ("Interim Chief Internal Auditor", [L("Interim Chief Internal Auditor")]),
    ("Mr R Leith (Internal Audit)", [L(person="Mr R Leith", org="Internal Audit")]),
    ("Ms E Barr, Audit Scotland", [L(person="Ms E Barr", org="Audit Scotland")]),
    ("Corporate Director Improvement & Performance", [L("Corporate Director Improvement & Performance")]),
    ("Head of Performance Management and Procurement", [L("Head of Performance Management and Procurement")]),
    # Argyll and Bute audit committee decisions and minutes 2007-2013
    ("Head of Strategic Finance", [L("Head of Strategic Finance")]),
    ("Head of Roads and Amenity Services", [L("Head of Roads and Amenity Services")]),
    ("Head of Democratic Services and Governance", [L("Head of Democratic Services and Governance")]),
    ("Head of Improvement and HR", [L("Head of Improvement and HR")]),
    # Betsi Cadwaladr UHB board bundles 2016-2020 (docslib 9272053, 2087985; vdocuments.us SPPH)
    (
        "Acting Associate Director of Quality Assurance and Assistant Director of Patient Safety and Experience",
        [
            L("Acting Associate Director of Quality Assurance"),
            L("Assistant Director of Patient Safety and Experience"),
        ],
    ),
    ("Claims Manager", [L("Claims Manager")]),
    ("Director of MHLDS", [L("Director of MHLDS")]),
    ("Mr Glyn Rowlands to deliver supporting presentation", [L(person="Mr Glyn Rowlands")]),
    ("Ms Moira Olsson", [L(person="Ms Moira Olsson")]),
    # Salford carers strategy action plan 2014 (docsbay.net 1200443), 'By whom'
    ("Carers Centre, Neighbourhood Managers", [L(org="Carers Centre"), L("Neighbourhood Managers")]),
    ("Integrated Commissioning Manager", [L("Integrated Commissioning Manager")]),
    (
        "Head of Social Work \u2013 Salford City Council",
        [L("Head of Social Work", org="Salford City Council")],
    ),
    (
        "Head of Social Word \u2013 Salford City Council",
        [L("Head of Social Word", org="Salford City Council")],
    ),
    # Cheshire East adult social care scrutiny minutes 2011-12 (carers strategy)
    (
        "Ed Beck (Chairman, Carers Reference Group)",
        [L("Chairman", person="Ed Beck", org="Carers Reference Group")],
    ),
    (
        "Dave Harley (Chief Executive, Cheshire Carers Centre)",
        [L("Chief Executive", person="Dave Harley", org="Cheshire Carers Centre")],
    ),
    ("Vicky Worth, SMART team manager", [L("SMART team manager", person="Vicky Worth")]),
    (
        "Commissioning Manager, Prevention and Reablement and Carer Team",
        [L("Commissioning Manager", org="Prevention and Reablement and Carer Team")],
    ),
    # NHS South Tees CCG governing body agenda, January 2015 (slidelegend), 'Presented by'
    ("Chair/Amy Hurst", [L("Chair"), L(person="Amy Hurst")]),
    ("Dr Vina Nair", [L(person="Dr Vina Nair")]),
    # council minutes and decisions (search corpus 'pages'): Tonbridge and Malling 2023, North Norfolk 2024,
    # Stroud 2020, Tewkesbury 2021, Huntingdonshire tree strategy, Staffordshire HWB 2018, North Somerset HWB,
    # Sheffield 2017, City of London, Flintshire, Durham, Scottish Borders, Perth and Kinross
    (
        "Director of Planning, Housing and Environmental Health",
        [L("Director of Planning, Housing and Environmental Health")],
    ),
    ("Cllr Tom Adair", [L(person="Cllr Tom Adair")]),
    ("Corporate Leadership Team (CLT)", [L(org="Corporate Leadership Team")]),
    ("Eva Nowak, Policy & Performance Officer", [L("Policy & Performance Officer", person="Eva Nowak")]),
    ("Head of Finance and Asset Management", [L("Head of Finance and Asset Management")]),
    ("Carbon Reduction Programme Officer", [L("Carbon Reduction Programme Officer")]),
    ("Planning Services Manager (Policy)", [L("Planning Services Manager (Policy)")]),
    ("Corporate Director (Delivery)", [L("Corporate Director (Delivery)")]),
    ("Arboricultural Officer", [L("Arboricultural Officer")]),
    (
        "Karin Bryce, Assistant Director, Public Health & Protection",
        [L("Assistant Director, Public Health & Protection", person="Karin Bryce")],
    ),
    ("Consultant in Public Health", [L("Consultant in Public Health")]),
    ("Andy Fellowes, Customer Services Manager", [L("Customer Services Manager", person="Andy Fellowes")]),
    (
        "Director of Human Resources and Customer Services",
        [L("Director of Human Resources and Customer Services")],
    ),
    ("Head of Audit and Risk Management", [L("Head of Audit and Risk Management")]),
    ("Town Clerk", [L("Town Clerk")]),
    ("Section 151 Officer", [L("Section 151 Officer")]),
    ("Chief Officer (Organisational Change)", [L("Chief Officer (Organisational Change)")]),
    ("Leader and Cabinet Member for Finance", [L("Leader"), L("Cabinet Member for Finance")]),
    ("Corporate Scrutiny and Performance Manager", [L("Corporate Scrutiny and Performance Manager")]),
    (
        "Jay McDougall, Senior Manager Business Strategy & Resources",
        [L("Senior Manager Business Strategy & Resources", person="Jay McDougall")],
    ),
    ("Councillor Pete Barratt (Convener)", [L("Convener", person="Councillor Pete Barratt")]),
    # Hemswell parish council minutes 2022-24 (hemswell.parish.lincolnshire.gov.uk): those present, who acts
    ("Cllr. B. Mandel (Chair)", [L("Chair", person="Cllr. B. Mandel")]),
    ("Clerk: E. Rayner", [L("Clerk", person="E. Rayner")]),
    ("District Councillor: P. Hewitt-Cowen", [L("District Councillor", person="P. Hewitt-Cowen")]),
    ("WLDC Conservation Officer", [L("WLDC Conservation Officer")]),
    ("LCC Highways", [L(org="LCC Highways")]),
    ("PCSO", [L("PCSO")]),
    # Wainfleet All Saints town council working groups (members as printed)
    (
        "Mayor S.Mitton, Cllr. W.Bowden, Cllr. M.Clark, RFO C.Clery",
        [
            L("Mayor", person="S.Mitton"),
            L(person="Cllr. W.Bowden"),
            L(person="Cllr. M.Clark"),
            L("RFO", person="C.Clery"),
        ],
    ),
    # Bracknell Forest LSCB minutes 2017, Buckinghamshire domestic abuse strategy 2018-21 (readkong)
    ("Action: Jon Pickard", [L(person="Jon Pickard")]),
    (
        "Fran Gossard-Thomas, Independent Chair of the Bucks Safeguarding Children's Board",
        [L("Independent Chair of the Bucks Safeguarding Children's Board", person="Fran Gossard-Thomas")],
    ),
    # Argyll and Bute CPP management committee papers and SOA delivery plans 2014-15 (docslib 12920538,
    # vdocuments.net): outcome leads and members present
    ("Outcome Lead \u2013 Doug Cowie HIE", [L("Outcome Lead", person="Doug Cowie", org="HIE")]),
    ("Gary Manders, Police (Chair)", [L("Chair", person="Gary Manders", org="Police")]),
    # West Midlands Ambulance Service board minutes 2021 (wmas.nhs.uk): those present
    (
        "Ms K Friel \u2013 Private Secretary, Office of the Chief Executive",
        [L("Private Secretary", person="Ms K Friel", org="Office of the Chief Executive")],
    ),
    ("Ms R Farr \u2013 Staff Side Representative", [L("Staff Side Representative", person="Ms R Farr")]),
    ("Mrs M Capel \u2013 Member of Staff (part of meeting)", [L("Member of Staff", person="Mrs M Capel")]),
    ("Mrs E Cove \u2013 Lead Governor", [L("Lead Governor", person="Mrs E Cove")]),
    # City of London committee outstanding actions; Flintshire scrutiny; Buckinghamshire and Lancashire fire
    ("Clerk to the Chamberlain's Court", [L("Clerk to the Chamberlain's Court")]),
    ("Chief Officer (Housing & Assets)", [L("Chief Officer (Housing & Assets)")]),
    ("Head of Technology, Transformation and PMO", [L("Head of Technology, Transformation and PMO")]),
    ("Interim Chief Fire Officer", [L("Interim Chief Fire Officer")]),
    # Highland Community Planning Partnership board agenda, March 2017: reports by
    ("Head of Health Improvement, NHS Highland", [L("Head of Health Improvement", org="NHS Highland")]),
    ("Chief Executive, Highland Council", [L("Chief Executive", org="Highland Council")]),
    (
        "Director of Development and Infrastructure, Highland Council",
        [L("Director of Development and Infrastructure", org="Highland Council")],
    ),
    # the shapes the leads8 brief names (made-up names)
    # role abbreviations
    ("HoS CP", [L("HoS CP")]),
    ("AD Housing", [L("AD Housing")]),
    ("SENCo", [L("SENCo")]),
    ("DSL / DDSL", [L("DSL"), L("DDSL")]),
    ("SIRO", [L("SIRO")]),
    ("DPO", [L("DPO")]),
    ("CFO / S151", [L("CFO"), L("S151")]),
    ("TM (Duty)", [L("TM (Duty)")]),
    ("SW/TM", [L("SW"), L("TM")]),
    ("IRO Manager", [L("IRO Manager")]),
    ("PSW & HoS QA", [L("PSW"), L("HoS QA")]),
    ("DCS", [L("DCS")]),
    ("ADCS", [L(org="ADCS")]),
    # name + role + team in brackets
    (
        "Jo Bloggs (Team Manager, Fostering Team)",
        [L("Team Manager", person="Jo Bloggs", org="Fostering Team")],
    ),
    ("Ann Lee (Practice Manager, MASH)", [L("Practice Manager", person="Ann Lee", org="MASH")]),
    ("Sam Patel (HoS, Early Help)", [L("HoS", person="Sam Patel", org="Early Help")]),
    ("Kim Ward (Business Manager, LSCP)", [L("Business Manager", person="Kim Ward", org="LSCP")]),
    ("Tom Reid - Service Manager (Youth Justice)", [L("Service Manager (Youth Justice)", person="Tom Reid")]),
    ("Raj Singh, Head of Finance (Deputy S151)", [L("Head of Finance (Deputy S151)", person="Raj Singh")]),
    # joiners
    ("Head of Housing / Head of Planning", [L("Head of Housing"), L("Head of Planning")]),
    ("Head of Housing & Head of Planning", [L("Head of Housing"), L("Head of Planning")]),
    ("Head of Housing and Head of Planning", [L("Head of Housing"), L("Head of Planning")]),
    ("Head of Housing, Head of Planning", [L("Head of Housing"), L("Head of Planning")]),
    ("Head of Housing; Head of Planning", [L("Head of Housing"), L("Head of Planning")]),
    (
        "Head of Housing\nHead of Planning\nHead of Legal",
        [L("Head of Housing"), L("Head of Planning"), L("Head of Legal")],
    ),
    ("Housing and Planning Manager", [L("Housing and Planning Manager")]),
    ("Head of Legal & Democratic Services", [L("Head of Legal & Democratic Services")]),
    ("Planning / Building Control", [L(org="Planning"), L(org="Building Control")]),
    ("Finance, HR and Legal", [L(org="Finance"), L(org="HR"), L(org="Legal")]),
    ("Clerk / RFO", [L("Clerk"), L("RFO")]),
    ("Clerk and RFO", [L("Clerk"), L("RFO")]),
    # Cllr, Clerk, all Members
    ("Cllr Jones", [L(person="Cllr Jones")]),
    ("All Members", [L("All Members")]),
    ("all Members", [L("all Members")]),
    ("All Councillors", [L("All Councillors")]),
    ("Full Council", [L(org="Full Council")]),
    ("Parish Council", [L(org="Parish Council")]),
    ("Finance Committee", [L(org="Finance Committee")]),
    ("Clerk/Finance Committee", [L("Clerk"), L(org="Finance Committee")]),
    ("Chair of Governors", [L("Chair of Governors")]),
    ("Headteacher / Governors", [L("Headteacher"), L("Governors")]),
    # organisations and boards
    ("Safeguarding Adults Board", [L(org="Safeguarding Adults Board")]),
    ("SAB / LSCP", [L(org="SAB"), L(org="LSCP")]),
    ("Health and Wellbeing Board", [L(org="Health and Wellbeing Board")]),
    ("Police Scotland", [L(org="Police Scotland")]),
    ("Environment Agency", [L(org="Environment Agency")]),
    ("Housing Associations", [L(org="Housing Associations")]),
    ("All partners", [L(org="All partners")]),
    ("All agencies", [L(org="All agencies")]),
    ("Voluntary sector partners", [L(org="Voluntary sector partners")]),
    ("Scottish Fire and Rescue Service", [L(org="Scottish Fire and Rescue Service")]),
    # tbc and empty
    ("tbc", []),
    ("TBC", []),
    ("To be confirmed", []),
    ("N/A", []),
    # job titles with remits
    ("Director of Place", [L("Director of Place")]),
    ("Assistant Director - Adult Social Care", [L("Assistant Director - Adult Social Care")]),
    ("Service Director, Children and Families", [L("Service Director, Children and Families")]),
    (
        "Head of Service for Looked After Children and Care Leavers",
        [L("Head of Service for Looked After Children and Care Leavers")],
    ),
    ("Group Manager, Prevention and Protection", [L("Group Manager, Prevention and Protection")]),
    ("Area Manager (Response)", [L("Area Manager (Response)")]),
    ("Chief Inspector, Partnerships", [L("Chief Inspector, Partnerships")]),
    (
        "Detective Chief Inspector, Public Protection Unit",
        [L("Detective Chief Inspector", org="Public Protection Unit")],
    ),
    ("Superintendent, Local Policing", [L("Superintendent, Local Policing")]),
    ("Director of Nursing, AHPs and Quality", [L("Director of Nursing, AHPs and Quality")]),
    ("Deputy Director of Operations (Planned Care)", [L("Deputy Director of Operations (Planned Care)")]),
    ("Lead Nurse Safeguarding Adults", [L("Lead Nurse Safeguarding Adults")]),
    ("Named Nurse for Safeguarding Children", [L("Named Nurse for Safeguarding Children")]),
    (
        "Chief Officer, Health and Social Care Partnership",
        [L("Chief Officer", org="Health and Social Care Partnership")],
    ),
    ("Chief Social Work Officer", [L("Chief Social Work Officer")]),
    (
        "Executive Director of Education and Children's Services",
        [L("Executive Director of Education and Children's Services")],
    ),
    # second step (leads8), written down before the rules below were changed for them: a registered social
    # landlords review action plan 2009 (docsbay.net); South Cambridgeshire housing performance panel
    # minutes 2021 (fdocuments.in); a university campus improvement plan 2013-20 (pdfslide.us); Beech
    # Housing Association board papers 2010 (docstoc); Somerset Partnership NHS FT CQC report 2017; CNWL
    # council of governors paper 2014 (studylib); West Dunbartonshire community council forum AGM 2025; City
    # College Coventry HE review action plan 2015; Salford adult learning post-inspection plan 2006; Merthyr
    # Tydfil scrutiny 2022; Gwynedd council 2024; Bratton parish council; Isle of Anglesey executive minutes
    # 2017-18 (children's services improvement plan)
    # a registered social landlords review action plan, 2009 (docsbay.net), 'Responsibility'
    (
        "Jules Higson \u2013 Housing Strategy team Leader",
        [L("Housing Strategy team Leader", person="Jules Higson")],
    ),
    (
        "Jules Higson\nHousing Strategy team Leader",
        [L("Housing Strategy team Leader", person="Jules Higson")],
    ),
    # South Cambridgeshire housing performance panel minutes, September 2021 (fdocuments.in): attendees
    ("Elin Phipps (Mears)", [L(person="Elin Phipps", org="Mears")]),
    (
        "Geoff Clarke (SCDC \u2013 Neighbourhood Services Manager)",
        [L("Neighbourhood Services Manager", person="Geoff Clarke", org="SCDC")],
    ),
    (
        "Greta Andrews (SCDC \u2013 Data Quality and Improvement Team Leader)",
        [L("Data Quality and Improvement Team Leader", person="Greta Andrews", org="SCDC")],
    ),
    # a university campus improvement plan 2013-2020 (pdfslide.us, Qwaqwa campus), 'Responsibility'
    ("Campus Security Head", [L("Campus Security Head")]),
    ("University Head of Security", [L("University Head of Security")]),
    ("Campus Vice-Principal: Support Services", [L("Campus Vice-Principal: Support Services")]),
    ("Deputy Director: Student Affairs", [L("Deputy Director: Student Affairs")]),
    ("CIT", [L(org="CIT")]),
    ("Physical Planning", [L(org="Physical Planning")]),
    # Beech Housing Association board papers 2010 (docstoc 85254955); Somerset Partnership NHS FT CQC
    # report 2017; CNWL council of governors paper 2014 (studylib 6849704)
    ("H. Robins", [L(person="H. Robins")]),
    ("Director of Strategy and Corporate Affairs", [L("Director of Strategy and Corporate Affairs")]),
    (
        "Associate Director of Strategic Planning and Performance",
        [L("Associate Director of Strategic Planning and Performance")],
    ),
    (
        "Responsible Director: Rowan Doyle, Chief Operating Officer",
        [L("Chief Operating Officer", person="Rowan Doyle")],
    ),
    # West Dunbartonshire community council forum AGM 2025: office bearers
    ("Chair : Isla Plunkett", [L("Chair", person="Isla Plunkett")]),
    ("Treasurer : Alec Conroy", [L("Treasurer", person="Alec Conroy")]),
    ("Isla Plunkett (IP) (Forum Chair)", [L("Forum Chair", person="Isla Plunkett", initials="IP")]),
    ("Andy Sinclair (AS) (Forum Secretary)", [L("Forum Secretary", person="Andy Sinclair", initials="AS")]),
    # City College Coventry HE review action plan 2015 (pdfslide.net), 'Person Responsible'; Salford
    # family, adult and community learning post-inspection plan 2006; Merthyr Tydfil scrutiny 2022;
    # Gwynedd council 2024; Bratton parish council steering group page
    ("Principal (SL)", [L("Principal", initials="SL")]),
    ("Head of Lifelong Learning", [L("Head of Lifelong Learning")]),
    ("Jeff Bell (Co-optee)", [L("Co-optee", person="Jeff Bell")]),
    ("Head of Democracy Services", [L("Head of Democracy Services")]),
    ("Parish Clerk: Nicky Duke", [L("Parish Clerk", person="Nicky Duke")]),
    # Isle of Anglesey executive minutes 2017-18 (CSSIW/CIW children's services improvement plan)
    (
        "Interim Head of Children's Services (Operational)",
        [L("Interim Head of Children's Services (Operational)")],
    ),
    (
        "Interim Head of Strategic Services, Children's Services",
        [L("Interim Head of Strategic Services, Children's Services")],
    ),
    (
        "Assistant Chief Executive (Governance and Business Process Transformation) and Director of Social Services",
        [
            L("Assistant Chief Executive (Governance and Business Process Transformation)"),
            L("Director of Social Services"),
        ],
    ),
    (
        "Assistant Chief Executive(Governance and Business Process Transformation)/Statutory Director of Social Services",
        [
            L("Assistant Chief Executive(Governance and Business Process Transformation)"),
            L("Statutory Director of Social Services"),
        ],
    ),
    (
        "Chair and Portfolio Member for Social Services",
        [L("Chair"), L("Portfolio Member for Social Services")],
    ),
    (
        "Councillor R. Meurig Jones, Chair of the Corporate Scrutiny Committee",
        [L("Chair of the Corporate Scrutiny Committee", person="Councillor R. Meurig Jones")],
    ),
    # more shapes the brief names (made-up names)
    (
        "Jo Bloggs (Team Manager) \u2013 Fostering Team",
        [L("Team Manager", person="Jo Bloggs", org="Fostering Team")],
    ),
    ("Head of Housing (Jo Bloggs)", [L("Head of Housing", person="Jo Bloggs")]),
    ("Jo Bloggs / Sam Patel", [L(person="Jo Bloggs"), L(person="Sam Patel")]),
    ("Jo Bloggs & Sam Patel", [L(person="Jo Bloggs"), L(person="Sam Patel")]),
    (
        "Jo Bloggs, Sam Patel and Kim Ward",
        [L(person="Jo Bloggs"), L(person="Sam Patel"), L(person="Kim Ward")],
    ),
    ("Head of Housing (JB/SP)", [L("Head of Housing", initials="JB"), L("Head of Housing", initials="SP")]),
    ("Clerk (RFO)", [L("Clerk")]),
    ("The Clerk", [L("Clerk")]),
    ("Chairman and Clerk", [L("Chairman"), L("Clerk")]),
    ("All Members of the Council", [L("All Members of the Council")]),
    ("Members", [L("Members")]),
    ("Council members", [L("Council members")]),
    ("Chair of the Finance Committee", [L("Chair of the Finance Committee")]),
    ("Finance Committee / Clerk", [L(org="Finance Committee"), L("Clerk")]),
    ("TBC (Head of Service)", [L("Head of Service")]),
    ("Head of Service (tbc)", [L("Head of Service")]),
    ("Vacant", []),
    (
        "Lead: Head of Housing\nSupport: Housing Options Manager",
        [L("Head of Housing"), L("Housing Options Manager")],
    ),
    ("Police / Fire / Council", [L(org="Police"), L(org="Fire"), L(org="Council")]),
    (
        "Police Scotland, NHS Lothian and City of Edinburgh Council",
        [L(org="Police Scotland"), L(org="NHS Lothian"), L(org="City of Edinburgh Council")],
    ),
    ("Community Safety Partnership", [L(org="Community Safety Partnership")]),
    ("Integration Joint Board", [L(org="Integration Joint Board")]),
    ("Chief Officer, IJB", [L("Chief Officer", org="IJB")]),
    ("Head of Adult Services, HSCP", [L("Head of Adult Services", org="HSCP")]),
    ("Service Manager \u2013 Justice Social Work", [L("Service Manager \u2013 Justice Social Work")]),
    (
        "Detective Superintendent \u2013 Public Protection",
        [L("Detective Superintendent \u2013 Public Protection")],
    ),
    ("Station Manager (Prevention)", [L("Station Manager (Prevention)")]),
    ("Watch Manager, Blue Watch", [L("Watch Manager", org="Blue Watch")]),
    ("Matron \u2013 Surgery", [L("Matron \u2013 Surgery")]),
    ("Ward Manager / Matron", [L("Ward Manager"), L("Matron")]),
    ("Clinical Lead (Dr J Bloggs)", [L("Clinical Lead", person="Dr J Bloggs")]),
    ("Dr J Bloggs, Clinical Director", [L("Clinical Director", person="Dr J Bloggs")]),
    ("Prof Sam Patel, Dean of Medicine", [L("Dean of Medicine", person="Prof Sam Patel")]),
    ("Head of School / Director of Teaching", [L("Head of School"), L("Director of Teaching")]),
    ("Deans of Faculty", [L("Deans of Faculty")]),
    ("Registrar and Secretary", [L("Registrar"), L("Secretary")]),
    # third step (leads8): shapes of councils', NHS trusts', police, fire, parish, school and university
    # lead cells the brief names (role abbreviations, names with posts and teams in brackets, joiners,
    # labels, 'tbc', bodies and partnerships), written with made-up names before the rules below changed
    (
        "Jo Bloggs, Head of Housing, Anytown Council",
        [L("Head of Housing", person="Jo Bloggs", org="Anytown Council")],
    ),
    ("Head of Housing, Anytown Council (JB)", [L("Head of Housing", initials="JB", org="Anytown Council")]),
    ("AD Commissioning/ AD Operations", [L("AD Commissioning"), L("AD Operations")]),
    (
        "Director of Adult Services (DASS) / Director of Children's Services (DCS)",
        [L("Director of Adult Services"), L("Director of Children's Services")],
    ),
    ("SMT/CMT", [L(org="SMT"), L(org="CMT")]),
    ("All Heads of Service", [L("All Heads of Service")]),
    ("Heads of Service / Service Managers", [L("Heads of Service"), L("Service Managers")]),
    ("HR & Finance", [L(org="HR"), L(org="Finance")]),
    ("Chief Executive & Leader", [L("Chief Executive"), L("Leader")]),
    ("Leader of the Council", [L("Leader of the Council")]),
    ("Deputy Leader & Cabinet Member for Resources", [L("Deputy Leader"), L("Cabinet Member for Resources")]),
    ("Portfolio Holder \u2013 Housing", [L("Portfolio Holder \u2013 Housing")]),
    ("Member Champion for Climate Change", [L("Member Champion for Climate Change")]),
    ("Lead Officer \u2013 Jo Bloggs (Head of Housing)", [L("Head of Housing", person="Jo Bloggs")]),
    ("Jo A. Bloggs", [L(person="Jo A. Bloggs")]),
    ("head of housing", [L("head of housing")]),
    (
        "Cabinet Member for Housing and Portfolio Holder for Planning",
        [L("Cabinet Member for Housing"), L("Portfolio Holder for Planning")],
    ),
    ("Officer responsible: Head of Finance", [L("Head of Finance")]),
    ("Responsible Officer: Jo Bloggs", [L("Responsible Officer", person="Jo Bloggs")]),
    ("Chief Executive (all Directors)", [L("Chief Executive"), L("all Directors")]),
    ("Directors (all)", [L("Directors")]),
    ("Jo Bloggs/ Sam Patel (Finance)", [L(person="Jo Bloggs"), L(person="Sam Patel", org="Finance")]),
    ("J Bloggs & S Patel", [L(person="J Bloggs"), L(person="S Patel")]),
    ("Mr J Bloggs and Mrs S Patel", [L(person="Mr J Bloggs"), L(person="Mrs S Patel")]),
    ("Dr Bloggs", [L(person="Dr Bloggs")]),
    ("Chief Nurse / Medical Director", [L("Chief Nurse"), L("Medical Director")]),
    (
        "Director of Nursing & Quality / Medical Director",
        [L("Director of Nursing & Quality"), L("Medical Director")],
    ),
    ("COO & CFO", [L("COO"), L("CFO")]),
    ("DoN/MD", [L("DoN"), L("MD")]),
    ("Trust Secretary", [L("Trust Secretary")]),
    ("Company Secretary", [L("Company Secretary")]),
    ("Board Secretary", [L("Board Secretary")]),
    ("Non-Executive Directors", [L("Non-Executive Directors")]),
    ("Chair of Audit Committee", [L("Chair of Audit Committee")]),
    ("Audit Committee Chair", [L("Audit Committee Chair")]),
    ("Quality Committee", [L(org="Quality Committee")]),
    ("Executive Team", [L(org="Executive Team")]),
    ("Executive Directors", [L("Executive Directors")]),
    ("Head of Estates & Facilities", [L("Head of Estates & Facilities")]),
    ("Estates & Facilities", [L(org="Estates & Facilities")]),
    ("Divisional Directors", [L("Divisional Directors")]),
    ("Divisional Director \u2013 Surgery", [L("Divisional Director \u2013 Surgery")]),
    ("Care Group Directors", [L("Care Group Directors")]),
    ("Freedom to Speak Up Guardian", [L("Freedom to Speak Up Guardian")]),
    ("Caldicott Guardian", [L("Caldicott Guardian")]),
    ("Information Governance Manager / SIRO", [L("Information Governance Manager"), L("SIRO")]),
    ("Head of IT & Digital", [L("Head of IT & Digital")]),
    ("Chief Superintendent, Local Policing", [L("Chief Superintendent, Local Policing")]),
    ("T/Chief Inspector Jo Bloggs", [L("T/Chief Inspector", person="Jo Bloggs")]),
    ("ACC Crime", [L("ACC Crime")]),
    ("Detective Inspector (Public Protection)", [L("Detective Inspector (Public Protection)")]),
    ("Area Commander, West", [L("Area Commander, West")]),
    ("Head of Prevention and Protection", [L("Head of Prevention and Protection")]),
    ("Community Safety Manager / Station Managers", [L("Community Safety Manager"), L("Station Managers")]),
    ("Parish Clerk", [L("Parish Clerk")]),
    ("Responsible Finance Officer", [L("Responsible Finance Officer")]),
    ("Chairman of the Parish Council", [L("Chairman of the Parish Council")]),
    ("Footpaths Warden", [L("Footpaths Warden")]),
    ("Tree Warden / Clerk", [L("Tree Warden"), L("Clerk")]),
    ("Village Hall Committee", [L(org="Village Hall Committee")]),
    ("Playing Fields Working Group", [L(org="Playing Fields Working Group")]),
    ("Highways Authority (County Council)", [L(org="Highways Authority (County Council)")]),
    ("District Council / County Council", [L(org="District Council"), L(org="County Council")]),
    ("Parish Council & District Council", [L(org="Parish Council"), L(org="District Council")]),
    ("Cllr J Smith (Chair)", [L("Chair", person="Cllr J Smith")]),
    ("Cllr Smith/Clerk", [L(person="Cllr Smith"), L("Clerk")]),
    ("Chair & Vice-Chair", [L("Chair"), L("Vice-Chair")]),
    ("Head Teacher & Governors", [L("Head Teacher"), L("Governors")]),
    ("SLT / Governors", [L(org="SLT"), L("Governors")]),
    ("SENDCo & Inclusion Lead", [L("SENDCo"), L("Inclusion Lead")]),
    ("Assistant Headteacher (Pastoral)", [L("Assistant Headteacher (Pastoral)")]),
    ("Subject Leaders", [L("Subject Leaders")]),
    ("All staff", [L("All staff")]),
    ("Executive Headteacher / Head of School", [L("Executive Headteacher"), L("Head of School")]),
    ("School Business Manager", [L("School Business Manager")]),
    ("Chief Executive / All Directors", [L("Chief Executive"), L("All Directors")]),
    ("Director of Public Health (with CCG)", [L("Director of Public Health"), L(org="CCG")]),
    ("Lead: Housing; Support: Planning, Legal", [L(org="Housing"), L(org="Planning"), L(org="Legal")]),
    ("Jo Bloggs (JB)", [L(person="Jo Bloggs", initials="JB")]),
    ("JB (Jo Bloggs)", [L(person="Jo Bloggs", initials="JB")]),
    ("Head of Housing - JB/SP", [L("Head of Housing", initials="JB"), L("Head of Housing", initials="SP")]),
    ("Various", []),
    ("All Directorates", [L(org="All Directorates")]),
    ("All Services", [L(org="All Services")]),
    ("Corporate Management Team (CMT)", [L(org="Corporate Management Team")]),
    ("ICB / Local Authority", [L(org="ICB"), L(org="Local Authority")]),
    ("LA / Health / Education", [L(org="LA"), L(org="Health"), L(org="Education")]),
    ("Strategic Lead \u2013 Early Help & Prevention", [L("Strategic Lead \u2013 Early Help & Prevention")]),
    (
        "Principal Social Worker (PSW) / Workforce Development Manager",
        [L("Principal Social Worker"), L("Workforce Development Manager")],
    ),
    ("Jo Bloggs (Interim HoS)", [L("Interim HoS", person="Jo Bloggs")]),
    ("HoS (Jo Bloggs)", [L("HoS", person="Jo Bloggs")]),
    ("Jo Bloggs \u2013 HoS LAC", [L("HoS LAC", person="Jo Bloggs")]),
    (
        "Head of Service \u2013 LAC & Care Leavers (Jo Bloggs)",
        [L("Head of Service \u2013 LAC & Care Leavers", person="Jo Bloggs")],
    ),
    (
        "Commissioning Manager (Adults) / Commissioning Manager (Children)",
        [L("Commissioning Manager (Adults)"), L("Commissioning Manager (Children)")],
    ),
    (
        "Jo Bloggs and Sam Patel (Co-Chairs)",
        [L("Co-Chairs", person="Jo Bloggs"), L("Co-Chairs", person="Sam Patel")],
    ),
    ("Director of Finance (S151 Officer)", [L("Director of Finance (S151 Officer)")]),
    ("Monitoring Officer", [L("Monitoring Officer")]),
    ("Head of Legal (Monitoring Officer)", [L("Head of Legal (Monitoring Officer)")]),
    (
        "Service Director \u2013 Education, Skills and Learning",
        [L("Service Director \u2013 Education, Skills and Learning")],
    ),
    ("Directors / Heads of Service / Managers", [L("Directors"), L("Heads of Service"), L("Managers")]),
    (
        "Early Help Managers and Social Work Team Managers",
        [L("Early Help Managers"), L("Social Work Team Managers")],
    ),
    ("Safeguarding Partnership Business Unit", [L(org="Safeguarding Partnership Business Unit")]),
    ("Learning and Improvement Subgroup", [L(org="Learning and Improvement Subgroup")]),
    ("Chair of the Learning and Improvement Subgroup", [L("Chair of the Learning and Improvement Subgroup")]),
    ("Independent Chair / Business Manager", [L("Independent Chair"), L("Business Manager")]),
    ("Designated Nurse (ICB)", [L("Designated Nurse", org="ICB")]),
    ("Named GP", [L("Named GP")]),
    ("Probation Service", [L(org="Probation Service")]),
    ("Youth Justice Service Manager", [L("Youth Justice Service Manager")]),
    ("DCI Public Protection", [L("DCI Public Protection")]),
    (
        "Jo Bloggs, Partnership Manager, Anyshire Safeguarding Adults Board",
        [L("Partnership Manager", person="Jo Bloggs", org="Anyshire Safeguarding Adults Board")],
    ),
    ("Partnership Manager, SAB", [L("Partnership Manager", org="SAB")]),
    ("SAB Business Manager", [L("SAB Business Manager")]),
    ("SAB Chair", [L("SAB Chair")]),
    ("All SAB partners", [L(org="All SAB partners")]),
    ("Exec Lead: DoN; Operational Lead: DDoN", [L("DoN"), L("DDoN")]),
    ("Deputy CEO & Director of Strategy", [L("Deputy CEO"), L("Director of Strategy")]),
    (
        "Associate Director of Nursing \u2013 Safeguarding",
        [L("Associate Director of Nursing \u2013 Safeguarding")],
    ),
    ("Head of Midwifery (HoM)", [L("Head of Midwifery")]),
    ("Jo Bloggs, HoM", [L("HoM", person="Jo Bloggs")]),
    ("Matron (Emergency Department)", [L("Matron (Emergency Department)")]),
    ("ED Matron", [L("ED Matron")]),
    ("Clinical Lead/Service Manager", [L("Clinical Lead"), L("Service Manager")]),
    ("Infection Prevention & Control Team", [L(org="Infection Prevention & Control Team")]),
    ("IPC Team", [L(org="IPC Team")]),
    ("Chief Pharmacist", [L("Chief Pharmacist")]),
    ("Pharmacy", [L(org="Pharmacy")]),
    ("Supt. Jo Bloggs", [L(person="Supt. Jo Bloggs")]),
    ("DCI Bloggs / DI Patel", [L(person="DCI Bloggs"), L(person="DI Patel")]),
    ("Insp. Patel", [L(person="Insp. Patel")]),
    (
        "Corporate Director of Place / Head of Planning",
        [L("Corporate Director of Place"), L("Head of Planning")],
    ),
    ("Assistant Director: Housing", [L("Assistant Director: Housing")]),
    ("Housing Options Team", [L(org="Housing Options Team")]),
    ("Revenues & Benefits Manager", [L("Revenues & Benefits Manager")]),
    ("Env Health Manager", [L("Env Health Manager")]),
    ("EHO", [L("EHO")]),
    ("Planning Policy Manager (PPM)", [L("Planning Policy Manager")]),
    ("Legal Services", [L(org="Legal Services")]),
    ("Democratic Services Manager", [L("Democratic Services Manager")]),
    ("PVC (Education)", [L("PVC (Education)")]),
    ("Dean of Students", [L("Dean of Students")]),
    ("Academic Registrar", [L("Academic Registrar")]),
    ("Director of HR / EDI Manager", [L("Director of HR"), L("EDI Manager")]),
    ("EDI Committee", [L(org="EDI Committee")]),
    ("Heads of School", [L("Heads of School")]),
    ("Clerk/Chairman", [L("Clerk"), L("Chairman")]),
    ("Footpath Warden (Cllr Bloggs)", [L("Footpath Warden", person="Cllr Bloggs")]),
    ("Chairman (Cllr Bloggs)", [L("Chairman", person="Cllr Bloggs")]),
    ("Head of Finance & Deputy S151", [L("Head of Finance"), L("Deputy S151")]),
    (
        "Strategic Director (Resources) / Head of HR & OD",
        [L("Strategic Director (Resources)"), L("Head of HR & OD")],
    ),
    ("ICT Manager", [L("ICT Manager")]),
    ("Procurement Team", [L(org="Procurement Team")]),
    ("Contract Manager, Procurement", [L("Contract Manager, Procurement")]),
    ("Fleet Manager / Waste Manager", [L("Fleet Manager"), L("Waste Manager")]),
    (
        "Jo Bloggs (Senior Planning Officer) & Sam Patel (Planning Officer)",
        [L("Senior Planning Officer", person="Jo Bloggs"), L("Planning Officer", person="Sam Patel")],
    ),
    (
        "Head of Housing (Jo Bloggs) / Housing Manager (Sam Patel)",
        [L("Head of Housing", person="Jo Bloggs"), L("Housing Manager", person="Sam Patel")],
    ),
    # fourth step (leads8): the old KNOWN_MISSES now read right (initials that spell a function word,
    # a body whose name ends in 'Control' after 'from')
    ("AN, LCC", [L(initials="AN", org="LCC")]),
    ("AN (LCC) / JR (CCG)", [L(initials="AN", org="LCC"), L(initials="JR", org="CCG")]),
    (
        "Ged Bassett, Operations Manager from North West Fire Control",
        [L("Operations Manager", person="Ged Bassett", org="North West Fire Control")],
    ),
    # council finance, audit, governance and HR shapes (made-up names), fourth step
    ("Head of Housing\n(Jo Bloggs)", [L("Head of Housing", person="Jo Bloggs")]),
    ("Jo Bloggs\n(Head of Housing)", [L("Head of Housing", person="Jo Bloggs")]),
    ("Head of Housing\nJo Bloggs", [L("Head of Housing", person="Jo Bloggs")]),
    ("Head of Housing –\nJo Bloggs", [L("Head of Housing", person="Jo Bloggs")]),
    ("All managers", [L("All managers")]),
    ("All Heads of Service and Service Managers", [L("All Heads of Service"), L("Service Managers")]),
    ("Chief Executive and all Directors", [L("Chief Executive"), L("all Directors")]),
    ("Corporate Director (Resources)", [L("Corporate Director (Resources)")]),
    ("Finance Manager (Capital)", [L("Finance Manager (Capital)")]),
    ("Senior Accountant \u2013 Capital", [L("Senior Accountant \u2013 Capital")]),
    ("Chief Accountant", [L("Chief Accountant")]),
    ("Internal Audit Manager / External Audit", [L("Internal Audit Manager"), L(org="External Audit")]),
    ("KPMG", [L(org="KPMG")]),
    ("Jo Bloggs (KPMG)", [L(person="Jo Bloggs", org="KPMG")]),
    (
        "Head of Internal Audit (Jo Bloggs, Anytown Audit Partnership)",
        [L("Head of Internal Audit", person="Jo Bloggs", org="Anytown Audit Partnership")],
    ),
    ("Audit Manager, Anyshire Audit Services", [L("Audit Manager", org="Anyshire Audit Services")]),
    ("Section 151 Officer / Monitoring Officer", [L("Section 151 Officer"), L("Monitoring Officer")]),
    ("S151 Officer & MO", [L("S151 Officer"), L("MO")]),
    ("Deputy Chief Executive (Place)", [L("Deputy Chief Executive (Place)")]),
    ("Executive Director \u2013 People", [L("Executive Director \u2013 People")]),
    ("Exec Director Place", [L("Exec Director Place")]),
    (
        "Director of Children's Services (DCS) and Director of Adult Social Services (DASS)",
        [L("Director of Children's Services"), L("Director of Adult Social Services")],
    ),
    ("Leader / Chief Executive", [L("Leader"), L("Chief Executive")]),
    ("Cabinet", [L(org="Cabinet")]),
    ("Cabinet / Council", [L(org="Cabinet"), L(org="Council")]),
    ("Overview and Scrutiny Committee", [L(org="Overview and Scrutiny Committee")]),
    ("Scrutiny Officer", [L("Scrutiny Officer")]),
    ("Democratic Services / Legal", [L(org="Democratic Services"), L(org="Legal")]),
    ("Communications Team", [L(org="Communications Team")]),
    ("Comms", [L(org="Comms")]),
    ("HR Business Partner", [L("HR Business Partner")]),
    ("People Services", [L(org="People Services")]),
    ("OD Manager", [L("OD Manager")]),
    ("L&D Team", [L(org="L&D Team")]),
    ("Workforce Development", [L(org="Workforce Development")]),
    ("Health & Safety Manager", [L("Health & Safety Manager")]),
    ("Emergency Planning Officer", [L("Emergency Planning Officer")]),
    ("Resilience Team", [L(org="Resilience Team")]),
    ("Local Resilience Forum", [L(org="Local Resilience Forum")]),
    ("LRF", [L(org="LRF")]),
]

# Cells still parsed wrongly: measured by bench/lead_accuracy.py, not asserted. A name and a group of
# a body's staff, or bodies, run together with no separator; a surname that is also a remit word
# ('North'); a place after a head-first title read as a person ('Head of Service Jo Bloggs' and 'Head
# of Service Milton Keynes' look alike). 'CEO & Board', the old miss, is parsed since leads7; initials
# that spell a function word ('AN, LCC') since leads8.
KNOWN_MISSES = [
    (
        "Kate Dunmore (Project Manager)\nSenior Users HSE",
        [L("Project Manager", person="Kate Dunmore"), L("Senior Users HSE")],
    ),
    (
        "Kate Dunmore\nUser Group\nPartnership Steering Group (PSG)",
        [
            L(person="Kate Dunmore"),
            L(org="User Group"),
            L(org="Partnership Steering Group"),
        ],
    ),
    ("Jane North & Roz Hill", [L(person="Jane North"), L(person="Roz Hill")]),
    ("Head of Service Milton Keynes", [L("Head of Service Milton Keynes")]),
    # leads8: a council's initials in brackets read as a person's; a City of London office title
    # and 'and the'
    ("Public Health Specialist (NSC)", [L("Public Health Specialist", org="NSC")]),
    ("the Chamberlain and the Remembrancer", [L("Chamberlain"), L("Remembrancer")]),
]

# A held-out set: posts and bodies as printed on public pages of councils and NHS trusts (search
# corpus 'pages', 2026-12-02: Sefton, Croydon, Coventry, Herefordshire and Kirklees children's
# improvement plan items; Sheffield Health and Social Care and East of England Ambulance CQC action
# plan pages; an Oxford University Hospitals board paper, 2011), written down with their gold and
# then only measured (bench/lead_accuracy.py), never used to change a rule. Names made up.
HELDOUT_PAGES = [
    ("Head of Children's Social Care", [L("Head of Children's Social Care")]),
    (
        "Director of Children's Services, Jo Bloggs",
        [L("Director of Children's Services", person="Jo Bloggs")],
    ),
    ("Programme Director", [L("Programme Director")]),
    ("Executive Director", [L("Executive Director")]),
    (
        "Cabinet member children and families",
        [L("Cabinet member children and families")],
    ),
    (
        "Chairperson of the children and young people scrutiny committee",
        [L("Chairperson of the children and young people scrutiny committee")],
    ),
    ("Sam Patel, Head of Compliance", [L("Head of Compliance", person="Sam Patel")]),
    (
        "Mrs Jo Bloggs-Smith, Chief Nurse",
        [L("Chief Nurse", person="Mrs Jo Bloggs-Smith")],
    ),
    (
        "Continuous Improvement and Regulatory Group (CIRG)",
        [L(org="Continuous Improvement and Regulatory Group")],
    ),
    ("Executive Clinical Group", [L(org="Executive Clinical Group")]),
    ("Quality Governance Committee (QGC)", [L(org="Quality Governance Committee")]),
    ("Executive Leadership Team (ELT)", [L(org="Executive Leadership Team")]),
    ("Executive Directors Group (EDG)", [L(org="Executive Directors Group")]),
    (
        "CQC Performance and Oversight Task And Finish Group",
        [L(org="CQC Performance and Oversight Task And Finish Group")],
    ),
    ("Continuous Improvement Board", [L(org="Continuous Improvement Board")]),
    (
        "Children and Young People's Overview and Scrutiny Committee",
        [L(org="Children and Young People's Overview and Scrutiny Committee")],
    ),
    ("Medical Director of NHS England", [L("Medical Director of NHS England")]),
    (
        "Head of Compliance / Chief Paramedic",
        [L("Head of Compliance"), L("Chief Paramedic")],
    ),
    (
        "Care Standards Peer Inspection Team",
        [L(org="Care Standards Peer Inspection Team")],
    ),
    ("Corporate Director", [L("Corporate Director")]),
]


# A second held-out set (realdev4, 2026-12-02), written down with its gold before the parser was run
# on it and then only measured (bench/lead_accuracy.py), never used to change a rule: lead cells of
# the UK tables rebuilt for the dev set (York scrutiny tracker, Thames Valley OPCC delivery plan,
# Mid and East Antrim equality scheme appendices 4 and 6, a Lancashire delivery plan) and posts named
# on other public pages (search corpus 'pages': East of England Ambulance board reports 2024-25,
# Rotherham and Slough SEND items, Oxfordshire and South Oxfordshire forward plans, Bracknell
# Forest, Blackburn, B&NES, Barnsley, Reading, North Devon, City of London and Thames Valley OPCC
# items). People's names replaced by made-up ones.
HELDOUT_PAGES_2 = [
    ("DM/PL/KL", [L(initials="DM"), L(initials="PL"), L(initials="KL")]),
    ("SS/LSW", [L(initials="SS"), L(initials="LSW")]),
    ("GE", [L(initials="GE")]),
    ("Policy Team", [L(org="Policy Team")]),
    ("Facilities Management & Waste", [L(org="Facilities Management & Waste")]),
    ("Alex Morgan", [L(person="Alex Morgan")]),
    ("Policy Officer / Chief Executive", [L("Policy Officer"), L("Chief Executive")]),
    (
        "Head of HR and Organisational Development /Policy Officer",
        [L("Head of HR and Organisational Development"), L("Policy Officer")],
    ),
    (
        "Chief Finance Officer & Deputy Chief Executive",
        [L("Chief Finance Officer"), L("Deputy Chief Executive")],
    ),
    (
        "Sam Patel, Head of Compliance and Assurance",
        [L("Head of Compliance and Assurance", person="Sam Patel")],
    ),
    (
        "Assistant Chief Executive, Policy, Performance and Intelligence",
        [L("Assistant Chief Executive, Policy, Performance and Intelligence")],
    ),
    (
        "Strategic Director for Growth & Development",
        [L("Strategic Director for Growth & Development")],
    ),
    (
        "Executive Member for Growth & Development",
        [L("Executive Member for Growth & Development")],
    ),
    (
        "Head of Climate Change and Sustainable Living",
        [L("Head of Climate Change and Sustainable Living")],
    ),
    ("Executive Director: Delivery", [L("Executive Director: Delivery")]),
    ("Chris Evans, Pat Lee", [L(person="Chris Evans"), L(person="Pat Lee")]),
    (
        "Director of Children Services/Chief Executive of SCF",
        [L("Director of Children Services"), L("Chief Executive of SCF")],
    ),
    (
        "Robin Hall, Assistant Director of Education and Inclusion",
        [L("Assistant Director of Education and Inclusion", person="Robin Hall")],
    ),
    ("SEND Project Lead", [L("SEND Project Lead")]),
    (
        "Strategic Manager for Rotherham Parent Carers Forum",
        [L("Strategic Manager for Rotherham Parent Carers Forum")],
    ),
    ("Interim Chief Executive", [L("Interim Chief Executive")]),
    (
        "interim Executive Director of Resources",
        [L("interim Executive Director of Resources")],
    ),
    (
        "Head of Corporate and Community Services",
        [L("Head of Corporate and Community Services")],
    ),
    ("Head of Strategic Planning", [L("Head of Strategic Planning")]),
    ("Commander (Operations)", [L("Commander (Operations)")]),
    ("Policy and Performance Manager", [L("Policy and Performance Manager")]),
    ("Assistant Director, Accountancy", [L("Assistant Director, Accountancy")]),
    (
        "Head of Service Commissioning, Governance & Partnerships",
        [L("Head of Service Commissioning, Governance & Partnerships")],
    ),
    (
        "Health Inequalities Manager, B&NES",
        [L("Health Inequalities Manager", org="B&NES")],
    ),
    (
        "Future Oxfordshire Partnership Manager",
        [L("Future Oxfordshire Partnership Manager")],
    ),
    (
        "Jo Bloggs, Oxfordshire County Council",
        [L(person="Jo Bloggs", org="Oxfordshire County Council")],
    ),
    ("Senior Environmental Health Officer", [L("Senior Environmental Health Officer")]),
    ("Lead Member for Climate Change", [L("Lead Member for Climate Change")]),
    ("Managing Director", [L("Managing Director")]),
]


# A third held-out set (leads6, 2026-12-02), written down with its gold by hand BEFORE the parser was run
# on it, then measured once (bench/lead_accuracy.py) and never used to change a rule. Lead cells and
# posts as printed by other public bodies, found through the search corpus 'pages' (people's names
# replaced by made-up ones; a line break in a cell is written '\n'). Sources, in order:
# online.flippingbook.com/view/464159310/68-69 (a business school's Athena Swan action plan);
# lboro.ac.uk/schools/social-sciences-humanities/.../athena-swan-action-plan; studylib.net/doc/9053991
# (Devon Safeguarding Adults Board business plan progress report 2010/11); docest.com/doc/561339
# (Hampshire Constabulary HMIC 'Raising the Standard' action plan); old-iwight.onthewight.com/council/
# committees/Mod-Environment/26-6-02/actionplan.bv.htm (Isle of Wight best value action plan);
# cape.mysociety.org search pages (Broxbourne sustainability action tracker 2023, Medway, Fermanagh
# and Omagh and East Staffordshire climate action plans); bradfordhospitals.nhs.uk green plan pages;
# vdocuments.site nlg(20)199 (Northern Lincolnshire and Goole NHS FT board minutes 2020);
# paperzz.com/doc/9128830 (Southern Health NHS FT board minutes 2017); careersdocbox.com
# 112162459 (Shrewsbury and Telford Hospital NHS Trust board minutes 2013) and 90999021 (Oxford
# University Hospitals board minutes 2017); vdocuments.mx Durham and vdocuments.site Northumberland
# SEND written statements of action; vdocument.in Leicester written statement of action;
# democracy.leics.gov.uk (police and crime panel); democracy.durham.gov.uk, moderngovwebpublic.
# bromsgrove.gov.uk and committees.aberdeencity.gov.uk (internal audit trackers);
# democracy.havering.gov.uk (peer challenge); sheffieldcc.moderngov.co.uk; democracy.cityoflondon.gov.uk;
# minutes.tewkesbury.gov.uk; democracy.winchester.gov.uk; democracy.middevon.gov.uk;
# governance.enfield.gov.uk; ardsandnorthdown.gov.uk; moderngov.kingston.gov.uk (health and
# wellbeing board); democracy.cambridgeshirepeterborough-ca.gov.uk (combined authority board).
HELDOUT_PAGES_3 = [
    ("ASM, AO", [L("ASM"), L("AO")]),
    ("Pro-Dean (Faculty), ASM, AO", [L("Pro-Dean (Faculty)"), L("ASM"), L("AO")]),
    ("Director AS, AO", [L("Director AS"), L("AO")]),
    ("Secretary to EDI Committee", [L("Secretary to EDI Committee")]),
    ("EDI Director (lead)\nAction holders", [L("EDI Director"), L("Action holders")]),
    (
        "Jo Bloggs\nSam Patel + lead for each agency",
        [L(person="Jo Bloggs"), L(person="Sam Patel"), L("lead for each agency")],
    ),
    (
        "Chris Evans, Pat Lee + lead for each agency",
        [L(person="Chris Evans"), L(person="Pat Lee"), L("lead for each agency")],
    ),
    ("Head of PSD", [L("Head of PSD")]),
    ("PSD Operations Manager", [L("PSD Operations Manager")]),
    ("Robin", [L(person="Robin")]),
    ("Alex/Sam", [L(person="Alex"), L(person="Sam")]),
    ("Sustainability Officer", [L("Sustainability Officer")]),
    (
        "Director of Place\nCommunity Development Manager\nSustainability Officer\nFacilities Manager",
        [
            L("Director of Place"),
            L("Community Development Manager"),
            L("Sustainability Officer"),
            L("Facilities Manager"),
        ],
    ),
    ("Head of Capital Projects", [L("Head of Capital Projects")]),
    ("Climate Response Officer", [L("Climate Response Officer")]),
    ("Planning Manager Policy", [L("Planning Manager Policy")]),
    (
        "Head of Corporate and Strategic Services",
        [L("Head of Corporate and Strategic Services")],
    ),
    ("Env Health", [L(org="Env Health")]),
    ("Council & Partners", [L(org="Council"), L(org="Partners")]),
    ("Green Plan SRO", [L("Green Plan SRO")]),
    ("Head of Sustainability", [L("Head of Sustainability")]),
    ("Clinical lead", [L("Clinical lead")]),
    ("Operational Head of Procurement", [L("Operational Head of Procurement")]),
    ("EPRR Manager", [L("EPRR Manager")]),
    ("Bicycle Users Group Lead", [L("Bicycle Users Group Lead")]),
    ("Interim Director of Finance", [L("Interim Director of Finance")]),
    (
        "Director of Estates & Facilities & Interim Director of Digital Services",
        [
            L("Director of Estates & Facilities"),
            L("Interim Director of Digital Services"),
        ],
    ),
    ("Senior Nurse, Patient Experience", [L("Senior Nurse, Patient Experience")]),
    (
        "Membership Manager & Assistant Trust Secretary",
        [L("Membership Manager"), L("Assistant Trust Secretary")],
    ),
    ("Freedom to Speak Up Guardian", [L("Freedom to Speak Up Guardian")]),
    ("Deputy Improvement Director", [L("Deputy Improvement Director")]),
    (
        "Acting Director of Nursing & Allied Health Professionals",
        [L("Acting Director of Nursing & Allied Health Professionals")],
    ),
    (
        "Director of Operations (Mental Health, Learning Disabilities & Social Care)",
        [L("Director of Operations (Mental Health, Learning Disabilities & Social Care)")],
    ),
    (
        "Company Secretary & Head of Corporate Governance",
        [L("Company Secretary"), L("Head of Corporate Governance")],
    ),
    (
        "Director of Quality & Safety / Chief Nurse",
        [L("Director of Quality & Safety"), L("Chief Nurse")],
    ),
    (
        "PA to Director of Corporate Governance",
        [L("PA to Director of Corporate Governance")],
    ),
    (
        "Telford & Wrekin Links Representative",
        [L("Telford & Wrekin Links Representative")],
    ),
    (
        "Ms Jo Bloggs JB Chief Nurse",
        [L("Chief Nurse", initials="JB", person="Ms Jo Bloggs")],
    ),
    (
        "Dr Alex Morgan AM Medical Director",
        [L("Medical Director", initials="AM", person="Dr Alex Morgan")],
    ),
    (
        "Jo Bloggs, Corporate Director of Children and Young People's Services, Durham County Council",
        [
            L(
                "Corporate Director of Children and Young People's Services",
                person="Jo Bloggs",
                org="Durham County Council",
            )
        ],
    ),
    (
        "Sam Patel - Executive Director of Adult Social Care and Children's Services, Northumberland County Council",
        [
            L(
                "Executive Director of Adult Social Care and Children's Services",
                person="Sam Patel",
                org="Northumberland County Council",
            )
        ],
    ),
    (
        "Chris Evans - Accountable Officer \u2013 Northumberland Clinical Commissioning Group",
        [
            L(
                "Accountable Officer",
                person="Chris Evans",
                org="Northumberland Clinical Commissioning Group",
            )
        ],
    ),
    (
        "Pat Lee - Service Director - Education and Skills, Northumberland County Council",
        [
            L(
                "Service Director - Education and Skills",
                person="Pat Lee",
                org="Northumberland County Council",
            )
        ],
    ),
    ("Jo Bloggs, LCC", [L(person="Jo Bloggs", org="LCC")]),
    ("Temporary Chief Constable", [L("Temporary Chief Constable")]),
    ("Manager of Internal Audit and Risk", [L("Manager of Internal Audit and Risk")]),
    (
        "Mr. J. Bloggs, Worcestershire Internal Audit Shared Service, Audit Manager",
        [
            L(
                "Audit Manager",
                person="Mr. J. Bloggs",
                org="Worcestershire Internal Audit Shared Service",
            )
        ],
    ),
    (
        "Executive Director Finance and Corporate Resources",
        [L("Executive Director Finance and Corporate Resources")],
    ),
    ("Chief Officer \u2013 Finance", [L("Chief Officer \u2013 Finance")]),
    ("Senior Leadership Team", [L(org="Senior Leadership Team")]),
    (
        "Strategic Director Adult Care and Wellbeing",
        [L("Strategic Director Adult Care and Wellbeing")],
    ),
    ("Assistant Commissioner", [L("Assistant Commissioner")]),
    (
        "Head of Finance and Asset Management",
        [L("Head of Finance and Asset Management")],
    ),
    (
        "Corporate Head of Service: Economy & Community",
        [L("Corporate Head of Service: Economy & Community")],
    ),
    (
        "Group Manager for Corporate Property and Commercial Assets",
        [L("Group Manager for Corporate Property and Commercial Assets")],
    ),
    ("Deputy Chief Executive (S151)", [L("Deputy Chief Executive (S151)")]),
    (
        "Executive Director \u2013 Environment and Communities",
        [L("Executive Director \u2013 Environment and Communities")],
    ),
    (
        "Parks Development Officer (Natural Environment)",
        [L("Parks Development Officer (Natural Environment)")],
    ),
    ("Dr Sam Patel (GP Chambers)", [L(person="Dr Sam Patel", org="GP Chambers")]),
    ("Jo Bloggs (AfC)", [L(person="Jo Bloggs", org="AfC")]),
    (
        "Jo Bloggs, Deputy Director, Local Government Intervention and Stewardship, Ministry of Housing, "
        "Communities and Local Government",
        [
            L(
                "Deputy Director, Local Government Intervention and Stewardship",
                person="Jo Bloggs",
                org="Ministry of Housing, Communities and Local Government",
            )
        ],
    ),
    ("Carbon Reduction Programme Officer", [L("Carbon Reduction Programme Officer")]),
]


# A fourth held-out set (leads7, 2026-12-02), written down with its gold by hand BEFORE the parser was run
# on it, then measured once (bench/lead_accuracy.py) and never used to change a rule. Lead cells and
# posts as printed by other public bodies (people's names replaced by made-up ones; a line break in a
# cell is written '\n'), found through the search corpus 'pages'. Sources, in order:
# dundee.ac.uk/studentservices/disabilityservices/des/des_section10_table4.htm and _table5.htm
# (University of Dundee disability equality action plan 2006-09, 'Lead responsibility');
# flinders.edu.au/equal-opportunity/.../disability-action-plan/objective-5.cfm; brookes.ac.uk/services/
# hr/eod/race/rer2004/rep_action.htm (Oxford Brookes race equality action plan 2004, 'Lead');
# aber.ac.uk/en/equality/race/raceactionplan and .../raceactiongroup/workinggroups; gov.scot
# 'Death in prison custody: action plan' updates 2022-2024 ('Owner'); docsbay.net 'Summary of actions
# from the Board meeting on 28 February 2018' ('Responsibility'); buckshealthcare.nhs.uk trust board
# summary October 2023; docstoc Highland NHS Board 2 September 2008; careersdocbox / healthdocbox
# NHS trust paper lists (Somerset, Aintree, Brighton); democracy.north-herts.gov.uk (corporate peer
# challenge decisions 2020); democracy.durham.gov.uk (transport item); enterprisem3.org.uk;
# centralbeds.moderngov.co.uk, democracy.reading.gov.uk and moderngovwebpublic.bromsgrove.gov.uk
# (audit trackers); a Lancashire Combined Fire Authority planning committee report 2024;
# council.lancashire.gov.uk (SEND improvement plan); studylib.net Exeter equality report 2015;
# gov.scot Obesity Route Map action plan 2011 ('Stakeholders'); democracy.epsom-ewell.gov.uk;
# docsbay.net CQC improvement and action plan (Victoria Court, 'By Whom'); rbkc.gov.uk Grenfell
# commitments ('Lead'); democracy.melton.gov.uk; maidstone.gov.uk; democracy.guildford.gov.uk;
# democracy.medway.gov.uk; docstoc Surrey Police Authority self-assessment action plan 2007 ('Owner');
# st-andrews.ac.uk disability report 2008; dundee.ac.uk des_section6; studylib.net University of
# Aberdeen disability action plan ('Lead', 'Working With'); committeeadmin.lancaster.gov.uk.
HELDOUT_PAGES_4 = [
    (
        "Director of External Relations, Director of Campus Services, College Vice Principals",
        [
            L("Director of External Relations"),
            L("Director of Campus Services"),
            L("College Vice Principals"),
        ],
    ),
    (
        "Director of External Relations, Head of Disability Services",
        [L("Director of External Relations"), L("Head of Disability Services")],
    ),
    ("Director of External Relations", [L("Director of External Relations")]),
    ("Head of Disability Services", [L("Head of Disability Services")]),
    (
        "Director of Campus Services,\nDDA Estates Steering Group,\nCampus Services Committee",
        [
            L("Director of Campus Services"),
            L(org="DDA Estates Steering Group"),
            L(org="Campus Services Committee"),
        ],
    ),
    (
        "Director of Campus Services,\nCapital Projects and Development Manager",
        [
            L("Director of Campus Services"),
            L("Capital Projects and Development Manager"),
        ],
    ),
    ("Director, Buildings and Property", [L("Director, Buildings and Property")]),
    (
        "EODC, Director & Deputy Director of HR, Director of A&SA",
        [L("EODC"), L("Director & Deputy Director of HR"), L("Director of A&SA")],
    ),
    ("Director of HR, EODC", [L("Director of HR"), L("EODC")]),
    ("EODC, external consultant", [L("EODC"), L("external consultant")]),
    ("EODC", [L("EODC")]),
    (
        "Diversity and Inclusion Manager with Exec Lead on Ethnicity",
        [L("Diversity and Inclusion Manager"), L("Exec Lead on Ethnicity")],
    ),
    ("Chair: Rhian Evans", [L("Chair", person="Rhian Evans")]),
    ("NHS (to lead) and SPS", [L(org="NHS"), L(org="SPS")]),
    ("SPS (to lead) and NHS", [L(org="SPS"), L(org="NHS")]),
    ("SPS and NHS", [L(org="SPS"), L(org="NHS")]),
    ("Scottish Government", [L(org="Scottish Government")]),
    ("SPS", [L(org="SPS")]),
    ("MW", [L(initials="MW")]),
    ("Committee Chairs", [L("Committee Chairs")]),
    ("Chief Finance Officer", [L("Chief Finance Officer")]),
    (
        "Morag Finlay, Head of Health Improvement",
        [L("Head of Health Improvement", person="Morag Finlay")],
    ),
    (
        "Ruth Ellis Interim Deputy Director of Nursing",
        [L("Interim Deputy Director of Nursing", person="Ruth Ellis")],
    ),
    (
        "Anna Reid- Executive Director of Nursing & Midwifery",
        [L("Executive Director of Nursing & Midwifery", person="Anna Reid")],
    ),
    (
        "Dr Priya Shah, Executive Medical Director",
        [L("Executive Medical Director", person="Dr Priya Shah")],
    ),
    (
        "Owen Price: Trust Lead Macmillan Cancer Nurse",
        [L("Trust Lead Macmillan Cancer Nurse", person="Owen Price")],
    ),
    (
        "Lewis Grant Chief Operating Officer",
        [L("Chief Operating Officer", person="Lewis Grant")],
    ),
    (
        "Leader, Deputy Leader and Managing Director",
        [L("Leader"), L("Deputy Leader"), L("Managing Director")],
    ),
    (
        "Leader, Deputy Leader, Executive Member for Finance and IT, Managing Director and Service Director Resources",
        [
            L("Leader"),
            L("Deputy Leader"),
            L("Executive Member for Finance and IT"),
            L("Managing Director"),
            L("Service Director Resources"),
        ],
    ),
    (
        "Corporate Director of Regeneration Economy and Growth",
        [L("Corporate Director of Regeneration Economy and Growth")],
    ),
    (
        "Head of Transport and Contract Services",
        [L("Head of Transport and Contract Services")],
    ),
    (
        "Tom Hale, Enterprise M3 Project Manager",
        [L("Enterprise M3 Project Manager", person="Tom Hale")],
    ),
    ("Head of Internal Audit and Risk", [L("Head of Internal Audit and Risk")]),
    ("Chief Auditor", [L("Chief Auditor")]),
    (
        "Helen Marsh, Deputy Chief Executive",
        [L("Deputy Chief Executive", person="Helen Marsh")],
    ),
    ("Head of Financial Services", [L("Head of Financial Services")]),
    (
        "Gareth Lloyd, Deputy Chief Fire Officer",
        [L("Deputy Chief Fire Officer", person="Gareth Lloyd")],
    ),
    ("Area Manager Neil Ward", [L("Area Manager", person="Neil Ward")]),
    (
        "Megan Rees, Special Educational Needs and Disabilities Consultant, Lancashire County Council",
        [
            L(
                "Special Educational Needs and Disabilities Consultant",
                person="Megan Rees",
                org="Lancashire County Council",
            )
        ],
    ),
    (
        "Professor Alan Cole, Deputy Vice-Chancellor (External Affairs)",
        [L("Deputy Vice-Chancellor (External Affairs)", person="Professor Alan Cole")],
    ),
    (
        "Dana Moss, Equality & Diversity Manager",
        [L("Equality & Diversity Manager", person="Dana Moss")],
    ),
    ("DVC (External Affairs)", [L("DVC (External Affairs)")]),
    ("Scottish Government (SG)", [L(org="Scottish Government")]),
    (
        "Food Standards Agency Scotland (FSAS)",
        [L(org="Food Standards Agency Scotland")],
    ),
    ("COSLA", [L(org="COSLA")]),
    ("Principal Programme Manager", [L("Principal Programme Manager")]),
    ("RM", [L("RM")]),
    ("Corporate Strategy", [L(org="Corporate Strategy")]),
    ("Human Resources", [L(org="Human Resources")]),
    (
        "Director for Housing and Communities",
        [L("Director for Housing and Communities")],
    ),
    (
        "Communities and Neighbourhoods Manager",
        [L("Communities and Neighbourhoods Manager")],
    ),
    (
        "Equalities and Corporate Policy Officer",
        [L("Equalities and Corporate Policy Officer")],
    ),
    ("Equality and Diversity Group", [L(org="Equality and Diversity Group")]),
    ("Community Safety Partnership (CSP)", [L(org="Community Safety Partnership")]),
    ("All members", [L("All members")]),
    ("School Disability Co-ordinator", [L("School Disability Co-ordinator")]),
    ("Equality and Diversity Officer", [L("Equality and Diversity Officer")]),
    ("University Secretary", [L("University Secretary")]),
    ("Vice-Principal (E&D)", [L("Vice-Principal (E&D)")]),
    (
        "Senior Disability Adviser, Equal Opportunities Adviser",
        [L("Senior Disability Adviser"), L("Equal Opportunities Adviser")],
    ),
    ("Manager, User Services, DIT", [L("Manager, User Services", org="DIT")]),
    (
        "Web Team, all University Sections",
        [L(org="Web Team"), L(org="all University Sections")],
    ),
    (
        "Student Recruitment and Admissions, Human Resources, Web Team",
        [
            L(org="Student Recruitment and Admissions"),
            L(org="Human Resources"),
            L(org="Web Team"),
        ],
    ),
    (
        "Cabinet Member with Special Responsibility Councillor Hart",
        [L("Cabinet Member with Special Responsibility", person="Councillor Hart")],
    ),
]


# A fifth held-out set (leads8, 2026-12-02), written down with its gold by hand BEFORE the parser was run
# on it, then measured (bench/lead_accuracy.py) and never used to change a rule. Lead cells and posts as
# printed by other public bodies, from sources no earlier set used, found through the search corpus
# 'pages' (people's names replaced by made-up ones; '\n' is a line break in the cell). Sources, in order:
# docstoc 132261219 (Hull and East Yorkshire Hospitals NHS Trust board action tracking list, July 2012,
# 'Lead'); expydoc.com/doc/4498760 (an LSCB strategic business plan 2014-5, 'Responsible lead/ group');
# docslib 13649476 (Clackmannanshire Council housing services improvement plan 2008-10, 'Responsible
# Person'); southribble.gov.uk article 1807 (homelessness strategy 2020-25 action plan); docstoc 40520104
# (Croydon homelessness strategy action plan, 'Responsibility'); gov.scot 'NHS Chairs minutes' (October
# 2018, March 2019, April 2023, October 2024: attendees as 'Name, Post, Body'); democracy.brighton-hove.gov.uk
# s183867 (tree planting action plan 2022-27, 'Who'); cms.pembrokeshire.gov.uk (strategic equality plan
# 2024-28 action plan, 'Service'); rowlandscastlepc.org.uk (parish council priorities 2016, 'Action');
# readkong 4267620 (Bridgend strategic equality plan action plan review 2020-21, 'Lead:'); vdocuments.site
# Doncaster and Bassetlaw board of directors minutes, 25 October 2016 (posts of those present);
# studylib.net 7166098, 7901004, 9871785 and 6866669 (Museum Libraries and Archives Group meeting notes
# 2014-15, attendees as 'Name (Body) - Post').
HELDOUT_PAGES_5 = [
    ("MW/YO", [L(initials="MW"), L(initials="YO")]),
    ("JB", [L(initials="JB")]),
    ("AP", [L(initials="AP")]),
    ("CSE Implementation group", [L(org="CSE Implementation group")]),
    (
        "CSE Implementation group/ Training and Dev sub.",
        [L(org="CSE Implementation group"), L(org="Training and Dev sub")],
    ),
    ("QEG.", [L(org="QEG")]),
    ("Fiona Abbot", [L(person="Fiona Abbot")]),
    ("SMT", [L(org="SMT")]),
    (
        "South Ribble Borough Council Housing Needs team",
        [L(org="South Ribble Borough Council Housing Needs team")],
    ),
    (
        "Housing Options Team Leader / Senior Housing Officer",
        [L("Housing Options Team Leader"), L("Senior Housing Officer")],
    ),
    ("Housing S&C\nHousing Advice", [L(org="Housing S&C"), L(org="Housing Advice")]),
    ("Housing", [L(org="Housing")]),
    ("Project Manager\nHousing", [L("Project Manager"), L(org="Housing")]),
    ("Social Services\nCroydon PCT", [L(org="Social Services"), L(org="Croydon PCT")]),
    (
        "Rhona Baird, Deputy Chief Operating Officer - Planning and Sponsorship",
        [L("Deputy Chief Operating Officer - Planning and Sponsorship", person="Rhona Baird")],
    ),
    (
        "Morag Innes-Kerr, Vice-Chair, NHS Tayside",
        [L("Vice-Chair", person="Morag Innes-Kerr", org="NHS Tayside")],
    ),
    (
        "Rab Fyfe Vice-Chair, NHS Greater Glasgow and Clyde",
        [L("Vice-Chair", person="Rab Fyfe", org="NHS Greater Glasgow and Clyde")],
    ),
    (
        "Rory Kirk, Office of the Chief Executive NHS Scotland",
        [L(person="Rory Kirk", org="Office of the Chief Executive NHS Scotland")],
    ),
    (
        "Annie Wade, Interim Director, Social Care Resilience, and Improvement",
        [L("Interim Director, Social Care Resilience, and Improvement", person="Annie Wade")],
    ),
    (
        "Dervla Lyons, Director of Nursing, National Clinical Programme for Older People, Royal College of Physicians of Ireland",
        [
            L(
                "Director of Nursing",
                person="Dervla Lyons",
                org="National Clinical Programme for Older People, Royal College of Physicians of Ireland",
            )
        ],
    ),
    (
        "Murray Cairns, NHS Ayrshire and Arran (by VC)",
        [L(person="Murray Cairns", org="NHS Ayrshire and Arran")],
    ),
    (
        "Hector Wylie, Healthcare Improvement Scotland (Vice-Chair)",
        [L("Vice-Chair", person="Hector Wylie", org="Healthcare Improvement Scotland")],
    ),
    (
        "Kirsten McLeish, Co-Director of Population Health",
        [L("Co-Director of Population Health", person="Kirsten McLeish")],
    ),
    ("Head of Operations, City Parks", [L("Head of Operations", org="City Parks")]),
    ("Arboriculture Manager", [L("Arboriculture Manager")]),
    (
        "Arboriculture Manager\nCommunications Officer",
        [L("Arboriculture Manager"), L("Communications Officer")],
    ),
    (
        "Human Resources Business Partners and Learning and Development",
        [L("Human Resources Business Partners"), L(org="Learning and Development")],
    ),
    ("Learning and Development", [L(org="Learning and Development")]),
    (
        "Learning and Development and Democratic Services",
        [L(org="Learning and Development"), L(org="Democratic Services")],
    ),
    ("Clerk + Cllr Hollis", [L("Clerk"), L(person="Cllr Hollis")]),
    ("Clerk + Admin Assistant", [L("Clerk"), L("Admin Assistant")]),
    ("Cllr Stokes + Clerk", [L(person="Cllr Stokes"), L("Clerk")]),
    (
        "Clerk + Cllrs Sayer & Lowe",
        [L("Clerk"), L(person="Cllrs Sayer"), L(person="Lowe")],
    ),
    ("Lead: Education and Family Support", [L(org="Education and Family Support")]),
    (
        "Lead: Education and Family Support & Equalities team",
        [L(org="Education and Family Support"), L(org="Equalities team")],
    ),
    ("Director of Nursing, Midwifery & Quality", [L("Director of Nursing, Midwifery & Quality")]),
    (
        "Director of People and Organisational Development",
        [L("Director of People and Organisational Development")],
    ),
    ("Director of Strategy & Improvement", [L("Director of Strategy & Improvement")]),
    ("Trust Board Secretary", [L("Trust Board Secretary")]),
    ("Chief of Strategy and Delivery (part)", [L("Chief of Strategy and Delivery")]),
    ("Head of Communications and Engagement", [L("Head of Communications and Engagement")]),
    (
        "Ann Lovell (British Museum) - Chair",
        [L("Chair", person="Ann Lovell", org="British Museum")],
    ),
    (
        "Mark Gill (National Museums Scotland) \u2013 Secretary",
        [L("Secretary", person="Mark Gill", org="National Museums Scotland")],
    ),
    (
        "Mary Flint (V&A) - Communications Officer",
        [L("Communications Officer", person="Mary Flint", org="V&A")],
    ),
    ("Fiona Turner (Dr. Williams's Library)", [L(person="Fiona Turner", org="Dr. Williams's Library")]),
    (
        "Cara Marsh (UKPMC Funders Group Project Manager)",
        [L("UKPMC Funders Group Project Manager", person="Cara Marsh")],
    ),
    ("Val Brook (Events Officer)", [L("Events Officer", person="Val Brook")]),
    # second batch, written down before the parser was run on it: docsbay.net 'governor-action-plan'
    # (a Warwickshire school's governor action plan 2015-16, 'Staff lead?'); docsbay.net
    # 'review-ways-of-increasing-visits-to-school' (a governing body action plan 2017, 'Responsible
    # person'); darley.n-yorks.sch.uk governor action plan 2017-18 ('Specific responsibility');
    # Lisburn & Castlereagh City Council environmental services committee agendas 2017-18 (documents.pub,
    # docslib 2191739: chair and members as printed); Derry City and Strabane District Council environment
    # committee pack, March 2021 (docslib 8530101: a presenter and his post).
    (
        "S: Colin Platt / Vera Lamb / Hanna Toms",
        [L(person="Colin Platt"), L(person="Vera Lamb"), L(person="Hanna Toms")],
    ),
    ("Clerk and governors", [L("Clerk"), L("governors")]),
    ("Governor to collate", [L("Governor")]),
    ("Governors", [L("Governors")]),
    ("Clerk/Chair/last new governor", [L("Clerk"), L("Chair"), L("last new governor")]),
    (
        "Erin Farrell\nRuth Rowan\nCarl Vogel\nStu Mallory",
        [L(person="Erin Farrell"), L(person="Ruth Rowan"), L(person="Carl Vogel"), L(person="Stu Mallory")],
    ),
    (
        "Stu Mallory\nCarl Vogel\nNed Coates\nAdditional support from Shona Lang - Bursar",
        [
            L(person="Stu Mallory"),
            L(person="Carl Vogel"),
            L(person="Ned Coates"),
            L("Bursar", person="Shona Lang"),
        ],
    ),
    ("Chairman: Alderman T Jessop", [L("Chairman", person="Alderman T Jessop")]),
    ("Vice-Chairman: Councillor J Grey MBE", [L("Vice-Chairman", person="Councillor J Grey MBE")]),
    ("Deputy Mayor, Councillor H Legg", [L("Deputy Mayor", person="Councillor H Legg")]),
    (
        "Mr A Heron, Director of Service Delivery Playboard NI",
        [L("Director of Service Delivery", person="Mr A Heron", org="Playboard NI")],
    ),
]


ALL = (
    STOCKTON
    + SCHOOL
    + OTHER_BODIES
    + US_OMB
    + SHAPES
    + SEND_AND_ICB
    + SAFEGUARDING
    + COUNCIL_MINUTES
    + BRIEF_SHAPES
    + FRESH
    + SEARCHED
    + PUBLIC_PAGES
    + REMITS_AND_PARTNERS
    + OTHER_SECTORS
    + AUDIT_PAGES
    + FIRE_PAGES
    + TITLE_AND_NAME
    + BRIEF_SHAPES_2
    + LEADS7_DEV
    + LEADS8_DEV
)


@pytest.mark.parametrize("cell, leads", ALL, ids=[c for c, _ in ALL])
def test_lead_cell_of_another_body(cell, leads):
    assert parse_leads(cell) == leads
