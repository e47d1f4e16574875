"""Lead cells that name only services or functions ('HR / Finance', 'CSC & Education'): one body each.

A council's service or function named as a lead ('Finance', 'Public Health', 'Internal audit') is
the body that leads, an `org` in CONVENTIONS.md, not a job title; a list of them is one lead per
service, since each is a whole lead on its own. Only a cell made of nothing but service names
(and bodies such as 'Police' or 'ICB') is read this way: 'Head of HR & OD' is a title.
"""

from __future__ import annotations

import re

from extractors import leads_lexicon as lx

# Names councils and their partners give their services and corporate functions, as leads.
SERVICE_AREAS = frozenset(
    s.strip()
    for s in """
    finance|hr|human resources|od|organisational development|education|health|public health|housing|
    legal|legal services|procurement|commissioning|planning|it|ict|digital|communications|comms|
    policy|performance|audit|internal audit|estates|property|early help|children's social care|
    childrens social care|csc|adult social care|asc|adults|children's services|childrens services|
    adult services|adults services|social care|social services|children's social work|safeguarding|
    youth justice|youth offending|schools|workforce development|learning and development|
    customer services|revenues and benefits|highways|transport|regeneration|environmental health|
    public protection|trading standards|licensing|democratic services|governance|transformation|
    business support|quality assurance|qa|send|sen|probation|fire|fire and rescue|
    health and social care|social work|early years|housing services|police|icb|ccg|nhs|
    local authority|council|the council|partners|all partners|health partners|schools and settings|
    communities|place|people|resources|neighbourhoods|environment|corporate services|
    corporate resources|economic development|children and families|adults and communities|
    education, health and care|facilities|estates and facilities|estates & facilities|registry|
    admissions|library|libraries|student services|marketing|sustainability|finance and resources|
    people services|customer services|waste|parks|leisure|environmental services|building control|
    development management|development control|planning policy|community safety|emergency planning|
    electoral services|bereavement services|street scene|streetscene|waste services|private sector housing|
    housing options|housing needs|revenues|benefits|payroll|pensions|insurance|risk management|
    asset management|facilities management|economic regeneration|culture|tourism|museums|archives|
    highways and transport|parks and open spaces|open spaces|grounds maintenance|fleet|
    health and safety|information governance|data protection|member services|legal and democratic services|
    finance and procurement|human resources and payroll|pharmacy|radiology|pathology|therapies|
    occupational health|clinical governance|patient experience|infection prevention and control|
    medicines management|patient safety|estates and property|student support|careers|admissions and
    recruitment
    """.replace("\n", "").split("|")
    if s.strip()
)

# Service names that hold a separator ('Revenues and Benefits', 'Education, Health and Care'): inside
# a longer cell their ',' and 'and' join the name's words, never two leads.
JOINED_NAMES = tuple(sorted(s for s in SERVICE_AREAS if re.search(r",|\band\b|&", s)))

_SEPARATORS = re.compile(r"\s*(?:/|,|;|&|\+|\n|\band\b)\s*")


def _norm(piece: str) -> str:
    piece = re.sub(r"\s+", " ", piece.replace("\u2019", "'").strip(" .\t").casefold())
    return piece.replace(" & ", " and ")  # 'Revenues & Benefits' is 'Revenues and Benefits'


def is_service(text: str) -> bool:
    """Is the whole text one service or function name ('Public Health', 'Internal Audit')?"""
    return _norm(text) in SERVICE_AREAS


def service_list(text: str) -> list[str] | None:
    """The services a cell names, as printed, when it names nothing else; else None.

    The whole cell is tried first so that a service whose name holds 'and' ('Revenues and
    Benefits') stays one; otherwise every piece between separators must be a service or a body
    acronym ('HR / Finance', 'Police, ICB and Local Authority').
    """
    whole = text.strip(" .\t\n")
    if is_service(whole):
        return [whole]
    pieces = [p.strip(" .\t") for p in _SEPARATORS.split(whole)]
    if len(pieces) == 1:
        return _run_together(whole)
    if any(not p for p in pieces):
        return None
    if all(is_service(p) or p in lx.BODY_ACRONYMS for p in pieces):
        return pieces
    return None


_LONGEST = max(len(name.split()) for name in SERVICE_AREAS)


def _run_together(text: str) -> list[str] | None:
    """'Police ICB Local Authority': services one a line whose line breaks were lost, cut where each
    longest known name ends; None unless the whole text is two or more of them."""
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            piece = " ".join(words[i : i + n])
            if is_service(piece) or (n == 1 and piece in lx.BODY_ACRONYMS):
                out.append(piece)
                i += n
                break
        else:
            return None
    if out and _norm(out[-1]) == "partners":
        return None  # 'Safeguarding Partners', 'Health Partners': one body of partners
    return out if len(out) >= 2 else None
