"""General public-sector word lists that tell roles, bodies, modifiers and names apart in lead cells.

Only genre vocabulary lives here (job-title heads, kinds of body, common title modifiers): never a
phrase from one council's documents, since the parser is measured on other councils' plans.
"""

from __future__ import annotations


def _words(text: str) -> set[str]:
    return set(text.split())


def _with_plurals(words: set[str]) -> frozenset[str]:
    out = set(words)
    for w in words:
        if w.endswith(("s", "x", "ch", "sh")):
            out.add(w + "es")
        elif w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
            out.add(w[:-1] + "ies")
        else:
            out.add(w + "s")
    return frozenset(out)


# Nouns that head a job title or name a group of staff ('Head of ...', '... Manager', 'Social workers').
ROLE_HEADS = _with_plurals(
    _words(
        """
    director manager head headteacher headmaster headmistress officer lead leader coordinator
    co-ordinator chair chairman chairwoman chairperson vice-chair co-chair member worker
    caseworker keyworker teacher scrutineer executive commissioner advisor adviser consultant
    practitioner administrator analyst supervisor secretary clerk inspector superintendent
    constable sergeant champion ambassador mentor trainer psychologist therapist nurse doctor
    paediatrician councillor mayor holder governor auditor planner specialist lawyer solicitor
    registrar assistant controller accountant engineer architect editor reviewer assessor
    investigator examiner surveyor navigator facilitator organiser organizer owner sponsor
    representative rep visitor carer midwife gp partner deputy principal president treasurer
    convenor convener designate admin trustee steward broker counsellor tutor instructor senco
    ceo cfo cio coo minister monitor chief guardian advocate warden coach chaplain captain writer
    dean provost bursar chancellor vice-chancellor pro-vice-chancellor commander matron ranger
    vice-principal vice-president vice-provost vice-dean deputy-principal co-optee appointee nominee
    """
    )
) | frozenset({"staff", "personnel", "colleagues", "professionals", "employees", "managers"})
# 'workforce' is a remit ('Assistant Director, Workforce & OD'), listed with the MODIFIERS.

# Endings of role nouns not listed above ('Scrutineer', 'Therapist', 'Administrator').
ROLE_SUFFIXES = tuple(
    "eer eers ist ists ician icians ator ators iser isers izer izers ologist ologists".split()
)

# Kinds of body: boards, teams, organisations.
BODY_WORDS = _with_plurals(
    _words(
        """
    board team partnership group subgroup sub-group panel committee forum council police
    constabulary trust nhs ccg icb network unit department directorate division service
    authority agency hub meeting office school academy provider audit commission cabinet
    government ofsted university college hospital foundation charity organisation organization
    body alliance collaborative consortium centre center court taskforce force secretariat
    ombudsman assembly parliament cafcass partnerships executive-board nursery clinic surgery
    inspectorate county borough city district parish region mash training england wales scotland
    faculty registry
    """
    )
)

# More kinds of body, read by the lead parser only (column_evidence reads BODY_WORDS, and these are
# left out of it so that column decisions do not move with them).
LEAD_BODY_WORDS = _with_plurals(
    _words("ministry association institute healthwatch station union jobcentre watch control")
)

# Single body nouns that need a modifier to name a body ('All Area and Team Leaders').
GENERIC_BODY = frozenset(
    _words(
        """
    board team group subgroup sub-group panel committee forum unit department service hub
    network meeting office partnership directorate division training county borough city
    district region body centre
    """
    )
)

# Bodies that, after 'Title, ', name the lead's unit ('Detective Superintendent, Anyshire Police').
ORG_STRONG_WORDS = _with_plurals(
    _words(
        """
    police constabulary council trust nhs ccg icb authority university college hospital
    foundation force government charity commission cafcass ofsted academy school england wales
    scotland rescue la
    """
    )
)
ORG_UNIT_WORDS = ORG_STRONG_WORDS | frozenset(
    _words(
        """
    team teams unit partnership board group panel committee forum hub network organisation
    organization provider agency subgroup sub-group watch watches
    """
    )
)

# Body nouns that name a department: after a title they are its portfolio ('Director, Children's Services').
DEPT_WORDS = frozenset(
    {
        "service",
        "services",
        "department",
        "departments",
        "directorate",
        "directorates",
        "division",
        "divisions",
        "office",
    }
)

# Words that make up title portfolios and qualifiers but neither head a lead nor belong to names.
MODIFIERS = frozenset(
    """
    independent senior junior assistant deputy interim acting strategic virtual corporate executive exec
    chief lead designated named children children's childrens child young youth people person
    persons adult adults adult's family families social care health public education educational
    learning skills safeguarding practice quality assurance performance business support early help
    offending fostering adoption placement placements commissioning finance financial hr human
    resource resources legal policy policies procedure procedures development improvement
    transformation programme programmes program project projects data intelligence information
    ict it digital communications communication workforce participation mentoring looked after
    leaving leavers disabilities disability disabled mental housing community communities local area
    areas county district regional national integrated multi multi-agency agency operations
    operational specialist general all joint principal management strategy strategic planning
    partnerships practice-based review reviewing reviews protection protecting protect assessment
    assessments intervention interventions prevention preventative commissioned contract contracts
    contracting procurement risk risks complex needs need special sen send inclusion inclusive
    attendance welfare exclusion exclusions school schools pupil pupils student students
    standards quality-assurance audit compliance complaints customer customers partnership-working
    engagement voice participation involvement emotional wellbeing well-being behaviour behavioural
    wellness physical sexual exploitation missing domestic abuse violence neglect substance misuse
    drugs alcohol criminal justice court courts legal-services permanence permanency residential
    residence accommodation accommodated homes home edge edge-of-care care-leavers leaving-care
    kinship connected carers carer short breaks respite therapeutic clinical medical nursing
    primary secondary further higher post-16 early-years years year under over age all-age whole
    system systems systemic unit units hub hubs front door front-door duty referral referrals
    contact contacts triage locality localities north south east west central northern southern
    eastern western mid city town rural urban borough cross corporate-parenting parenting parent
    parents relationship relationships family-support intensive targeted universal specialist-services
    delivery operational-delivery ofsted inspection inspections regulation
    regulatory regulated registered registration statutory non-statutory voluntary sector third
    private independent-sector key relevant appropriate responsible accountable
    technology innovation change changes business-support
    administration administrative admin people-services organisational organizational
    effectiveness efficiency value money budget budgets income revenue capital estates property
    car parking building control waste recycling leisure culture tourism licensing revenues
    benefits scene open spaces grounds maintenance bereavement cemeteries
    electoral elections democratic libraries library museums heritage arts sport sports markets
    events enforcement resilience emergency sustainability climate energy payroll pensions
    insurance treasury homelessness lettings repairs neighbourhood neighbourhoods
    fire rescue safety response countryside trading flood drainage coastal enterprise studies
    facilities asset assets environment environmental economy economic regeneration growth
    infrastructure transport highways planning-policy housing-services public-health wellbeing-board
    children's-services adult-social-care social-work work working practice-development
    workforce-development research evidence insight insights analysis analytics reporting
    report reports intelligence-led steering working-group task
    finish task-and-finish sub co coordinating co-ordinating
    equality equalities diversity gender race racial ethnicity ethnic minority minorities women
    women's womens men men's academic academics access accessibility governance marketing
    admissions catering parks cleansing comms fundraising pharmacy therapies midwifery medicine
    commercial archives crematorium traffic streetscene fleet depot rights records scrutiny
    portfolio internal external depute advice guidance agriculture forestry marine wetlands
    """.split()
)

# Endings of abstract nouns and adjectives ('Sustainment', 'Tenancy', 'Accessibility',
# 'Partnership', 'Sustainable'): a capitalised word that ends so is part of a remit, not a
# person's name ('Service Manager, Tenancy Sustainment'). English surnames hardly ever end so; the
# length floors keep short names out ('Clancy', 'Olive', 'Vance' are shorter or end otherwise).
NOT_NAME_SUFFIXES = (
    ("ment", 6),
    ("tion", 6),
    ("sion", 6),
    ("ity", 6),
    ("ship", 7),
    ("ness", 7),
    ("ism", 6),
    ("ancy", 7),
    ("ency", 7),
    ("ology", 7),
    ("ics", 6),
    ("ful", 6),
    ("ive", 6),
    ("ous", 6),
    ("able", 7),
    ("ible", 7),
    ("ical", 7),
)

FUNCTION_WORDS = frozenset(
    "of and the for with in to at on by from a an or including inc incl as per via into within across "
    "&".split()
)
DETERMINERS = frozenset({"all", "the", "each", "every", "relevant", "other", "any", "our", "both"})

HONORIFICS = frozenset(
    _words(
        """
    mr mrs ms miss mx dr cllr councillor prof professor sir dame rev revd lord lady dci dsi sgt
    insp supt di
    """
    )
)

# Acronyms that stand for a role when they are a lead on their own.
ROLE_ACRONYMS = frozenset(
    _words(
        """
    PSW DCS DASS DPH CEO CE HOS HoS SM SMs TM TMs IRO IROs LADO SW SWs AD ADs DD SENCO SENCo DSL
    DSLs DSP HT HTs GP GPs QSW AMHP SRO CFO CIO COO MP MPs PA ASW VSH DSO CSC DCO DMO DPO SIRO
    CNO CMO DIPC DoN MO NED NEDs RFO PVC PVCs HoD HoDs ACC DCC DCFO ACFO DoF DCE TL TLs GM GMs WM WMs MD HRBP HRBPs VC DVC VP VPs FTSUG
    PCSO PCSOs DDSL DDSLs S151 CSWO SENDCo SENDCO DHT DHTs AHT AHTs EHO EHOs
    """
    )
)

# Honours and professional letters printed after a name ('Jo Bloggs MBE', 'Dr A Patel FRCP'): part
# of the person, never a lead of their own. Two-letter ones are left out: they read as initials.
POST_NOMINALS = frozenset(
    _words(
        """
    GBE MBE OBE CBE KBE DBE BEM QPM QFSM KPM CVO LVO MVO RVM FRCP FRCS FRCGP MRCGP MRCP FRCPsych
    MRCPsych FRCN RGN RMN RSCN FFPH MFPH FRCPCH MRCPCH FRCA FRCR FRCOG FCA FCCA CPFA FCIPD MCIPD
    MRTPI FRSA FRICS MRICS FCMA PhD DPhil MSc MBA LLB LLM BSc MBChB MBBS FRS FREng FMedSci FHEA
    SFHEA PFHEA
    """
    )
)

# Two-letter letters after a name ('Sir Jo Bloggs QPM MA', 'Ann Lee JP'): read as such only right
# after a surname or other letters, since alone they are initials.
SHORT_POST_NOMINALS = frozenset(_words("MA BA JP DL RN"))

# Posts a person is named by on their own, with no remit: a lone one after a name is that person's
# post ('Jo Bloggs Councillor'); a lone 'Manager' or 'Lead' after capitalised words ends a title.
STANDALONE_POSTS = frozenset(
    _words(
        """
    councillor governor trustee chair chairman chairwoman chairperson clerk mayor treasurer
    president headteacher
    """
    )
)

# Acronyms that name a body (kept out of initials and read as an org when alone).
BODY_ACRONYMS = frozenset(
    _words(
        """
    NHS CCG CCGs ICB ICS LA LAs SAB YOS YOT HWB CQC DfE DFE PCT VCS CVS LEP PCC LSCB LSCP SCB
    SCP MASH CAMHS SMT DMT SLT CMT LGA ADCS OFSTED CAFCASS DWP HMRC NSPCC IT ICT HR QA
    IJB IJBs HSCP HSCPs CPP CPPs ADP ADPs CSP CSPs MARAC MAPPA UHB LHB PSB RPB CHP
    """
    )
)

# Role words that open a title naming the body chaired ('Chair Safeguarding Board').
CHAIR_WORDS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "co-chair", "vice-chair"})

# Acronyms of a function or remit: after a title they are its portfolio, not its unit, and in
# brackets after a title they narrow it ('HoS (CP)'), they are not someone's initials.
PORTFOLIO_ACRONYMS = frozenset(
    _words("HR OD IT ICT QA SEN SEND CSE PR L&D EDI CP CIN CiC LAC CLA YJ CWD ASB")
)

# Clause openers that start words which are not a lead ('to be monitored at the managers' meeting').
NON_LEAD_STARTERS = frozenset(
    _words(
        """
    to via through monitored reporting reported reports who will as when where which see subject
    following once if until
    """
    )
)

# Prefix labels some plans print inside the cell ('Lead: Head of Housing'; 'Lead: X; Support: Y').
LABELS = frozenset(
    {
        "lead",
        "leads",
        "lead(s)",
        "owner",
        "owners",
        "responsible",
        "responsibility",
        "by",
        "support",
        "supporting",
        "accountable",
        "co-lead",
        "co-leads",
        "action",
        "actions",
        "who",
    }
)

# Names of public bodies and posts whose 'and' joins two words of one name, never two leads
# ('Audit & Risk Committee', 'Police and Crime Panel', 'Audit and Risk Manager').
JOINED_PHRASES = (
    "police and crime",
    "audit and risk",
    "risk and audit",
    "audit and governance",
    "governance and audit",
    "audit and standards",
    "standards and audit",
    "audit and scrutiny",
)

# Connective phrases that always separate two leads (each side still has to be a lead).
STRONG_CONNECTIVES = (
    ("in", "conjunction", "with"),
    ("supported", "by"),
    ("with", "support", "from"),
    ("with", "the", "support", "of"),
    ("with", "support", "of"),
    ("together", "with"),
    ("assisted", "by"),
    ("jointly", "with"),
    ("in", "partnership", "with"),
    ("in", "consultation", "with"),
    ("in", "collaboration", "with"),
    ("working", "with"),
    ("with", "input", "from"),
)

# Cell contents that name no lead at all, whole (a phrase is matched as a whole: 'To be confirmed').
PLACEHOLDERS = frozenset(
    s.strip()
    for s in """
    tbc|tba|tbd|n/a|na|none|nil|to be confirmed|to be agreed|to be decided|to be appointed|
    to be determined|to be identified|not applicable|not known|unknown|vacant|vacancy|various|
    not yet known|not yet appointed|not assigned|unassigned|none identified
    """.replace("\n", "").split("|")
    if s.strip()
)
