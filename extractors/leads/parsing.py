"""A lead cell split where both sides of a separator are whole leads, and each piece read as a person, role, initials or body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import leads_lexicon as lx
from extractors.leads.analysis import (
    Cell,
    Info,
    accept,
    analyse,
    is_portfolio,
    is_unit,
    stretch_info,
    tidy_lead_text,
    trim,
)
from extractors.leads.casing import parse_shouted, shouted
from extractors.leads.runon import (
    name_after_title,
    names_run_together,
    title_after_title,
)
from extractors.leads.services import is_service, service_list
from extractors.leads.tokens import (
    DASHES,
    INITIALS_RE,
    KEYS,
    LABEL_MARKS,
    LIST_SPLIT_RE,
    PLACE_PREPS,
    TRUNCATE_AT,
    Lead,
    category_of,
    lead_pipeline,
)

# --------------------------------------------------------------------------- one lead from one stretch

# Settings a post works in rather than bodies it belongs to: 'Head of Service (Schools)' narrows
# the title.
_SETTINGS = frozenset({"school", "schools", "academy", "academies"})


def _clause_verb(cell: Cell, i: int) -> bool:
    """Whether the word after 'to' starts a clause about the lead rather than a title's remit:
    'Jo Bloggs to deliver the presentation', 'Clerk to ensure review', 'to be monitored' (a
    lower-case word that is no function word); 'PA to the Chief Executive' and 'Secretary to
    Board' keep theirs."""
    word = cell.doc[i].text
    return (
        word[:1].islower()
        and word.isalpha()
        and cell.low(i) not in lx.FUNCTION_WORDS | lx.DETERMINERS
        and cell.low(i) not in lx.MODIFIERS
    )


def _abbreviates(acr: str, words: list[str]) -> bool:
    """Whether bracketed letters are the initials of the words just before them ('(PSW)', '(HoS)')."""
    acr = re.sub(r"['’]s$", "s", acr)  # "BSO's": a plural written with an apostrophe
    letters = [c.lower() for c in acr if c.isalpha()]
    if len(acr) > 2 and acr.endswith("s") and acr[-2].isupper():
        letters = letters[:-1]
    ws = [w for word in words for w in re.split(r"[-/]", word) if w and w[0].isalnum()]
    if len(letters) < 2 or not ws or ws[-1][0].lower() != letters[-1]:
        return False

    def match(li: int, wi: int) -> bool:
        if li < 0:
            return True
        if wi < 0:
            return False
        w = ws[wi].lower()
        if w[0] == letters[li] and match(li - 1, wi - 1):
            return True
        # an acronym among the words gives all its letters: 'NHS England (NHSE)'
        n = len(w)
        if n > 1 and ws[wi].isupper() and li + 1 >= n and "".join(letters[li - n + 1 : li + 1]) == w:
            if match(li - n, wi - 1):
                return True
        return w in lx.FUNCTION_WORDS and match(li, wi - 1)

    return match(len(letters) - 1, len(ws) - 1)


def _initials_list(text: str) -> list[str] | None:
    parts = [p.strip() for p in LIST_SPLIT_RE.split(text.strip())]
    if not parts or any(not p for p in parts):
        return None
    out = []
    for p in parts:
        bare = p.rstrip(".")
        if (
            category_of(bare) == "bacr"
            or bare.lower() in lx.PLACEHOLDERS
            or not INITIALS_RE.fullmatch(bare if "." not in bare else bare + ".")
        ):
            return None
        out.append(bare)
    return out


@dataclass
class _Result:
    leads: list[Lead]
    info: Info


def _blank() -> Lead:
    return {"person": None, "role": None, "initials": None, "org": None}


def _groups(cell: Cell, s: int, e: int) -> list[tuple[int, int]]:
    return [(o, c) for o, c in sorted(cell.close_of.items()) if s <= o and c < e and cell.depth[o] == 1]


def _parse_piece(cell: Cell, s: int, e: int) -> _Result:
    s, e = trim(cell, s, e)
    # a label printed inside the cell ('Lead: ...')
    if e - s > 2 and cell.low(s) in lx.LABELS and cell.doc[s + 1].text in LABEL_MARKS:
        s, e = trim(cell, s + 2, e)
    s = _after_label_title(cell, s, e)
    info = stretch_info(cell, s, e)
    if s >= e:
        return _Result([], info)
    first = s
    if (
        cell.depth[first] == 0
        and cell.doc[first].text[0].islower()
        and cell.low(first) in lx.NON_LEAD_STARTERS
    ):
        return _Result([], info)
    for i in range(s + 1, e):  # a trailing clause that is not a lead ('... via the monthly meeting')
        if cell.depth[i] == 0 and cell.doc[i].text in TRUNCATE_AT:
            e = i
            break
        if cell.depth[i] == 0 and cell.doc[i].text == "to" and i + 1 < e and _clause_verb(cell, i + 1):
            e = i
            break
    s, e = trim(cell, s, e)
    groups = _groups(cell, s, e)
    in_group = {i for o, c in groups for i in range(o, c + 1)}
    main = [i for i in range(s, e) if i not in in_group]
    main_words = [i for i in main if cell.cat(i) != "punct"]
    if not main_words:
        if len(groups) == 1:  # the whole lead is in brackets
            o, c = groups[0]
            return _parse_piece(cell, o + 1, c)
        return _Result([], info)

    if len(groups) == 1 and placeholder(cell.text(main_words)):
        o, c = groups[0]  # 'TBC (Head of Service)': the post is named, its holder not yet
        return _parse_piece(cell, o + 1, c)
    lead = _initials_then_title(cell, main_words, e)
    if lead:  # 'JL – HoS': a person's initials, then their post
        return _Result([lead], info)
    cut = _pairs_run_together(cell, s, e, main_words)
    if cut is not None:  # 'Jo Bloggs Head of Housing Sam Patel Team Manager': two people and posts
        first, second = _parse_piece(cell, s, cut), _parse_piece(cell, cut, e)
        if len(first.leads) == 1 and len(second.leads) == 1:
            return _Result(first.leads + second.leads, info)
    people = names_run_together(cell, s, e)
    if people:  # 'Jo Bloggs Sam Patel': names one a line, the line breaks lost
        return _Result(
            [{**_blank(), "person": cell.text(list(range(a, b)))} for a, b in people],
            info,
        )
    # a person first: 'Jo Bloggs (Chief Executive)', 'Jo Bloggs, (SPL)', 'Jo Bloggs - Head of Housing'
    for ps, pe in sorted(cell.persons, key=lambda x: (x[0], -x[1])):
        if ps != main_words[0] or pe > e:
            continue
        rest = [i for i in main if i >= pe]
        rest_words = [i for i in rest if cell.cat(i) != "punct"]
        if not rest_words:
            return _person_with_brackets(cell, cell.text(list(range(ps, pe))), groups, info)
        after_groups = _unit_after_brackets(cell, pe, e, groups)
        if after_groups is not None:
            # 'Jo Bloggs (Team Manager) - Fostering Team': the post in brackets, then its unit
            res = _person_with_brackets(
                cell, cell.text(list(range(ps, pe))), [g for g in groups if g[0] < after_groups], info
            )
            if len(res.leads) == 1 and res.leads[0]["org"] is None:
                res.leads[0]["org"] = cell.text([i for i in range(after_groups + 1, e) if cell.depth[i] == 0])
                return res
        if rest_words == [pe] and _body_acronym(cell, pe):
            # 'Jo Bloggs LCC', 'Ann Lee CCG': a name and the body it comes from, the comma lost
            lead = {**_blank(), "person": cell.text(list(range(ps, pe))), "org": cell.doc[pe].text}
            rest_groups = [g for g in groups if g[0] > pe]
            if not rest_groups:
                return _Result([lead], info)
        if cell.doc[pe].text in {",", ":"} | DASHES and all(c < pe or o > pe for o, c in groups):
            sub = _parse_piece(cell, pe + 1, e)
            for lead in sub.leads:
                lead["person"] = lead["person"] or cell.text(list(range(ps, pe)))
                org = lead["org"] or ""
                if not lead["role"] and org.isalpha() and category_of(org) == "acr":
                    lead["role"], lead["org"] = (
                        org,
                        None,
                    )  # 'Jo Bloggs - DHT': a person's acronym is a post
            if sub.leads:
                return _Result(sub.leads, info)
        elif (
            cell.doc[pe].text[:1].isupper()
            and cell.cat(pe) in ("role", "mod", "racr", "body")
            and (
                len([i for i in rest_words if cell.depth[i] == 0]) > 1
                or cell.cat(pe) == "racr"
                or cell.low(pe) in lx.STANDALONE_POSTS
            )
        ):
            # 'Jane Smith Head of Service', 'Ann Lee PSW': the name's line break lost before the
            # title. A bare head noun after two capitalised words is one title ('Healthy Lifestyles
            # Manager') unless it is a post held on its own ('Adele Wilkes Councillor').
            sub = _parse_piece(cell, pe, e)
            if len(sub.leads) == 1 and sub.leads[0]["role"] and sub.leads[0]["person"] is None:
                sub.leads[0]["person"] = cell.text(list(range(ps, pe)))
                return _Result(sub.leads, info)
        break
    # ... or a person last: 'Chief Executive - Jo Bloggs', 'Area Manager Jo Bloggs'
    for ps, pe in cell.persons:
        if pe == main_words[-1] + 1 and ps > s and not cell.depth[ps - 1] and _title_before_name(cell, s, ps):
            if not any(o < ps < c for o, c in groups):
                sub = _parse_piece(cell, s, ps)
                if len(sub.leads) == 1 and sub.leads[0]["role"] and not sub.leads[0]["person"]:
                    sub.leads[0]["person"] = cell.text(list(range(ps, pe)))
                    return _Result(sub.leads, info)
        # 'Outcome Lead - Jo Bloggs LCC': the holder's body printed after the name
        body = pe == main_words[-1] and _body_acronym(cell, pe) and not cell.depth[pe]
        if (pe == main_words[-1] + 1 or body) and ps > s and cell.doc[ps - 1].text in {",", ":"} | DASHES:
            own = [(o, c) for o, c in groups if o >= pe]
            if not body and len(own) == 1 and own[0][1] == e - 1 and cell.low(ps - 2) in _LABEL_HEADS:
                inner = _info_inner(cell, own[0][0] + 1, own[0][1])
                if inner.whole and inner.head_kind == "role" and not inner.person:
                    # 'Lead Officer - Jo Bloggs (Head of Housing)': the label, then the holder and post
                    role = cell.text(list(range(own[0][0] + 1, own[0][1])))
                    return _Result(
                        [{**_blank(), "person": cell.text(list(range(ps, pe))), "role": role}], info
                    )
            if not any(o < ps < c for o, c in groups):
                sub = _parse_piece(cell, s, ps - 1)
                if sub.leads and all(lead["person"] is None for lead in sub.leads):
                    for lead in sub.leads:
                        lead["person"] = cell.text(list(range(ps, pe)))
                        if body and lead["org"] is None:
                            lead["org"] = cell.doc[pe].text
                    if not body or len(sub.leads) == 1:
                        return _Result(sub.leads, info)
    # ... or after a head-first title whose line break was lost: 'Head of Service Jo Bloggs'
    cut = name_after_title(cell, s, main_words)
    if cut is not None and all(c < cut or o > cut for o, c in groups):
        sub = _parse_piece(cell, s, cut)
        inits = _initials_after_name(cell, [g for g in groups if g[0] > cut], main_words, cut)
        if len(sub.leads) == 1 and sub.leads[0]["role"] and not sub.leads[0]["person"] and inits is not None:
            sub.leads[0]["person"] = cell.text(list(range(cut, main_words[-1] + 1)))
            return _Result(_explode(sub.leads[0], inits), info)
    # two titles, the first head-first, their line break lost: 'Head of Service Team Manager'
    cut = title_after_title(cell, s, e, main_words)
    if cut is not None and all(c < cut or o > cut for o, c in groups):
        first, second = _parse_piece(cell, s, cut), _parse_piece(cell, cut, e)
        if first.leads and second.leads:
            return _Result(first.leads + second.leads, info)

    return _role_or_body(cell, s, e, groups, main, info)


def _pairs_run_together(cell: Cell, s: int, e: int, main_words: list[int]) -> int | None:
    """Where a second person and post begin when two were printed one a line and the line breaks
    lost: 'Jo Bloggs Head of Housing | Sam Patel Team Manager' (a name first, then its title) or
    'Head of Housing Jo Bloggs | Team Manager Sam Patel' (a title, then its holder). Each part
    holds one name and a title of more than the name; None when the cell is not so made."""
    spans = sorted(
        (ps, pe)
        for ps, pe in cell.persons
        if s <= ps and pe <= e and not any(cell.depth[i] for i in range(ps, pe))
    )
    # the longest name at each start, and names that do not overlap
    people: list[tuple[int, int]] = []
    for ps, pe in spans:
        if people and ps < people[-1][1]:
            if ps == people[-1][0] and pe > people[-1][1]:
                people[-1] = (ps, pe)
            continue
        people.append((ps, pe))
    if len(people) != 2:
        return None
    (a0, a1), (b0, b1) = people
    words = [i for i in main_words if cell.depth[i] == 0]
    if a0 == words[0]:  # name first: the second name starts the second pair
        cut = b0
        titled = a1 < b0 and b1 <= words[-1]
    elif b1 == words[-1] + 1:  # title first: the second title starts after the first name
        cut = a1
        titled = a0 > words[0] and a1 < b0
    else:
        return None
    if not titled or cell.cat(cut - 1) in ("func", "punct") or cell.doc[cut].text in {",", "/", ";"}:
        return None
    left, right = stretch_info(cell, s, cut), stretch_info(cell, cut, e)
    return cut if left.content and right.content and not (left.person or right.person) else None


def _plural_post(role: str) -> bool:
    """A post named in the plural ('Co-Chairs', 'Joint Leads'): held by each of the people before it."""
    last = role.split()[-1].lower() if role.split() else ""
    return last.endswith("s") and last[:-1] in lx.ROLE_HEADS and last not in ("staff", "members")


def _remit_only(cell: Cell, kept: list[int]) -> bool:
    """A lead made of remit words alone, no post or body noun ('Physical Planning', 'Estates and
    Facilities'): the service that does the work, as 'Finance' or 'Public Health' are."""
    words = [i for i in kept if cell.cat(i) not in ("punct", "func")]
    return len(words) >= 2 and all(cell.cat(i) == "mod" and cell.doc[i].text[:1].isupper() for i in words)


def _unit_after_brackets(cell: Cell, pe: int, e: int, groups: list[tuple[int, int]]) -> int | None:
    """The comma or dash after the brackets that follow a name, when a unit comes after it:
    'Jo Bloggs (Team Manager) - Fostering Team' gives the dash; None otherwise."""
    i = pe
    for o, c in groups:
        if o != i:
            break
        i = c + 1
    if i == pe or i >= e - 1 or cell.doc[i].text not in {","} | DASHES or cell.depth[i]:
        return None
    if any(o > i for o, _ in groups):
        return None
    right = stretch_info(cell, i + 1, e)
    if right.person or right.head_kind != "body" or right.head != right.content[-1]:
        return None
    return i if is_unit(cell, right) else None


def _body_acronym(cell: Cell, i: int) -> bool:
    """A word in capitals that names a body rather than a post or someone's initials: a known body
    acronym ('CCG', 'HR'), or three letters or more that are no post ('LCC', 'HIE')."""
    text = cell.doc[i].text
    if not text.isupper() or not text.replace("&", "").isalpha() or text in lx.ROLE_ACRONYMS:
        return False
    return text in lx.BODY_ACRONYMS or (len(text) >= 3 and cell.cat(i) in ("acr", "bacr"))


def _body_after_dash(cell: Cell, kept: list[int]) -> int | None:
    """The dash between a whole title and an organisation ('Head of Social Work - Anytown City
    Council', 'Quality Lead – Anyshire ICB'); a remit after the dash stays in the title
    ('Service Manager - ICT', 'Assistant Director - Children's Services')."""
    dashes = [i for i in kept if cell.depth[i] == 0 and cell.doc[i].text in DASHES]
    if len(dashes) != 1 or dashes[0] in (kept[0], kept[-1]):
        return None
    d = dashes[0]
    left = stretch_info(cell, kept[0], d)
    right = stretch_info(cell, d + 1, kept[-1] + 1)
    if not (left.whole and left.head_kind == "role" and not left.person):
        return None
    if left.head != left.content[-1] and not left.complement:
        return None
    if right.person or right.head_kind != "body" or right.head != right.content[-1]:
        return None
    return d if is_unit(cell, right, strong_only=True) else None


def _initials_then_title(cell: Cell, main_words: list[int], e: int) -> Lead | None:
    """'JL – HoS', 'JL: Head of Service': initials, a dash, colon or comma, then one title."""
    first = main_words[0]
    text = cell.doc[first].text
    if first + 2 >= e or cell.doc[first + 1].text not in {",", ":"} | DASHES:
        return None
    if text in lx.ROLE_ACRONYMS or not _initials_list(text):
        return None
    sub = _parse_piece(cell, first + 2, e)
    if len(sub.leads) != 1:
        return None
    lead = sub.leads[0]
    if not lead["role"] or lead["person"] or lead["initials"]:
        return None
    return {**lead, "initials": text}


def _initials_after_name(
    cell: Cell, after: list[tuple[int, int]], main_words: list[int], cut: int
) -> list[str] | None:
    """The initials bracketed after 'Head of Service Jo Bloggs': '(JB)' gives ['JB'], an acronym of
    the title ('(DPH)' after 'Director of Public Health') nothing; None when a bracket holds more."""
    title = [cell.doc[i].text for i in main_words if i < cut]
    inits: list[str] = []
    for o, c in after:
        found = _initials_list(cell.text(list(range(o + 1, c))))
        if not found:
            return None
        if len(found) == 1 and (found[0] in lx.ROLE_ACRONYMS or _abbreviates(found[0], title)):
            if not _abbreviates(found[0], title):
                return None  # another post's acronym ('Head of Service Jo Bloggs (SRO)')
            continue
        inits += found
    return inits


def _partner_bodies(cell: Cell, info: Info) -> bool:
    """Partners in a plan are partner organisations ('Statutory partners', 'Health partners');
    'Business Partners' and partners named by a post ('Lead Safeguarding Partners') are people."""
    if info.head is None or cell.low(info.head) != "partners" or info.head != info.content[-1]:
        return False
    before = info.content[:-1]
    return not any(cell.low(i) == "business" or cell.cat(i) in ("role", "racr") for i in before)


# Heads of the titles plans print as a label before the lead ('Executive Lead: Chief Operating Officer').
_LABEL_HEADS = frozenset({"lead", "officer", "owner", "sponsor", "sro", "director"})
# Words after the head of such a label ('Officer responsible:', 'Person accountable:').
_LABEL_TAILS = frozenset({"responsible", "accountable"})


def _after_label_title(cell: Cell, s: int, e: int) -> int:
    """Where the lead starts after a label that is itself a short title: 'Accountable Officer: Chief
    Executive' is led by the Chief Executive. A name after it keeps the label as the holder's title
    ('Lead Officer: Jo Bloggs'), and so does a remit ('Service Director: Housing')."""
    colon = next(
        (i for i in range(s + 1, min(e, s + 4)) if cell.doc[i].text == ":" and not cell.depth[i]),
        None,
    )
    if colon is None or cell.low(colon - 1) not in _LABEL_HEADS | _LABEL_TAILS:
        return s
    if not cell.doc[s].text[:1].isupper() or not all(
        (cell.doc[i].text[:1].isupper() and cell.cat(i) in ("mod", "role", "racr"))
        or cell.low(i) in _LABEL_TAILS
        for i in range(s, colon)
    ):
        return s
    start = trim(cell, colon + 1, e)[0]
    rest = stretch_info(cell, colon + 1, e)
    if rest.person:
        # 'Responsible Director: Jo Bloggs, Chief Operating Officer': the holder's own title follows
        # the name, and the label only says which of the posts leads
        for ps, pe in cell.persons:
            if ps == start and pe + 1 < e and cell.doc[pe].text == "," and not cell.depth[pe]:
                after = stretch_info(cell, pe + 1, e)
                if after.whole and after.head_kind == "role" and not after.person:
                    return start
        return s
    if (rest.head_kind != "role" or not rest.whole) and rest.acronym != "racr":
        return s
    return start


def _title_before_name(cell: Cell, s: int, ps: int) -> bool:
    """'Area Manager Jo Bloggs': a whole title ending in its head noun, then a name with no
    separator (a lost line break). A remit after the head ('Service Manager Youth Justice') is no
    name: its words are in the lexicon, or end as abstract nouns do ('Tenancy Sustainment')."""
    left = stretch_info(cell, s, ps)
    return (
        left.head_kind == "role"
        and not left.plural
        and left.head == ps - 1
        and cell.cat(ps - 1) in ("role", "racr")
        and cell.doc[ps].text[:1].isupper()
    )


def _person_with_brackets(cell: Cell, person: str, groups: list[tuple[int, int]], info: Info) -> _Result:
    lead = _blank()
    lead["person"] = person
    inits: list[str] = []
    for o, c in groups:
        inner = cell.text(list(range(o + 1, c)))
        if not inner:
            continue
        found = _initials_list(inner)
        if found and lead["role"] is None and not (len(found) == 1 and found[0] in lx.ROLE_ACRONYMS):
            inits += found
            continue
        inner_depth0 = [i for i in range(o + 1, c) if cell.depth[i] == 1]
        comma = next((i for i in inner_depth0 if cell.doc[i].text == ","), None)
        if (
            comma is not None
            and _info_inner(cell, o + 1, comma).head_kind != "role"
            and _info_inner(cell, o + 1, c).head_kind == "body"
        ):
            # 'Neil Rowan (Berks, Bucks and Oxon Wildlife Trust)': a body whose name holds a comma
            comma = None
        dash = next((i for i in inner_depth0 if cell.doc[i].text in DASHES), None)
        if comma is None and dash is not None and lead["role"] is None and lead["org"] is None:
            # 'Jo Bloggs (SCDC - Neighbourhood Services Manager)': the body and the post, either way round
            left, right = _info_inner(cell, o + 1, dash), _info_inner(cell, dash + 1, c)
            body_first = left.head_kind != "role" and (left.head_kind == "body" or left.acronym is not None)
            if body_first and right.head_kind == "role" and not right.person:
                lead["org"] = cell.text(list(range(o + 1, dash)))
                lead["role"] = cell.text(list(range(dash + 1, c)))
                continue
        if comma is not None:
            lead["role"] = lead["role"] or cell.text(list(range(o + 1, comma)))
            lead["org"] = cell.text(list(range(comma + 1, c)))
        else:
            sub = _info_inner(cell, o + 1, c)
            names_only = all(cell.cat(i) == "name" for i in inner_depth0 if cell.cat(i) != "punct")
            if sub.head_kind == "body" or sub.acronym == "bacr" or is_service(inner):
                lead["org"] = inner  # 'Jo Bloggs (Anytown Council)', 'J Bloggs (Finance)'
            elif (
                sub.head_kind is None
                and not sub.person
                and inner_depth0
                and names_only
                and lead["org"] is None
            ):
                lead["org"] = inner  # 'Jo Bloggs (Mears)': a firm or body known by its name alone
            elif lead["role"] is None:
                lead["role"] = inner
            elif lead["org"] is None:
                lead["org"] = inner  # 'Jo Bloggs (AD) (Education & Skills)': the title's unit
    return _Result(_explode(lead, inits), info)


def _info_inner(cell: Cell, s: int, e: int) -> Info:
    """_info for a bracket's content (its tokens are one level deeper)."""
    shifted = Cell(
        cell.doc,
        [max(0, d - 1) if s <= i < e else d + 1 for i, d in enumerate(cell.depth)],
        cell.close_of,
        cell.persons,
    )
    return stretch_info(shifted, s, e)


def _explode(lead: Lead, inits: list[str]) -> list[Lead]:
    if not inits:
        return [lead]
    return [{**lead, "initials": x} for x in inits]


def _role_or_body(
    cell: Cell,
    s: int,
    e: int,
    groups: list[tuple[int, int]],
    main: list[int],
    info: Info,
) -> _Result:
    lead = _blank()
    inits: list[str] = []
    drop: set[int] = set()
    extra: list[Lead] = []
    for o, c in groups:
        inner_idx = list(range(o + 1, c))
        inner = cell.text(inner_idx)
        lowered = [cell.low(i) for i in inner_idx]
        phrase = next((p for p in lx.STRONG_CONNECTIVES if tuple(lowered[: len(p)]) == p), None)
        if phrase is None and lowered[:1] == ["with"] and len(inner_idx) > 1:
            rest_info = _info_inner(cell, inner_idx[1], c)
            if rest_info.whole or rest_info.acronym is not None or rest_info.head_kind == "body":
                phrase = ("with",)  # 'Director of Public Health (with CCG)': a partner in the lead
        if phrase:  # 'Director (supported by Area Managers)': more leads in the bracket
            rest = cell.text(inner_idx[len(phrase) :])
            extra += [dict(zip(KEYS, row, strict=True)) for row in parse_cell(rest)] if rest else []
            drop.update(range(o, c + 1))
            continue
        words_before = [cell.doc[i].text for i in main if i < o and cell.cat(i) != "punct"]
        inner_words = [i for i in inner_idx if cell.cat(i) != "punct"]
        named = next((pe for ps, pe in cell.persons if inner_words and ps == inner_words[0]), None)
        if inner_words and (inner_words[0], inner_words[-1] + 1) in cell.persons and lead["person"] is None:
            lead["person"] = inner
        elif (
            named is not None
            and named < c - 1
            and cell.doc[named].text == ","
            and lead["person"] is None
            and lead["org"] is None
            and _info_inner(cell, named + 1, c).head_kind == "body"
            and not _info_inner(cell, named + 1, c).person
        ):
            # 'Head of Internal Audit (Jo Bloggs, Anytown Audit Partnership)': the holder and their body
            lead["person"] = cell.text(list(range(o + 1, named)))
            lead["org"] = cell.text(list(range(named + 1, c)))
        elif (found := _initials_list(inner)) and not (
            len(found) == 1
            and (
                _abbreviates(found[0], words_before)
                or (len(found[0]) >= 3 and found[0] in lx.ROLE_ACRONYMS)
                or found[0] in lx.PORTFOLIO_ACRONYMS
            )
        ):
            inits += found
        elif (
            info.head_kind == "body"
            and lead["role"] is None
            and not _abbreviates(inner.replace(" ", ""), words_before)
            and _info_inner(cell, o + 1, c).head_kind == "role"
        ):
            lead["role"] = inner  # 'ICB (DCO)', 'Safeguarding Board (Chair)': the post in the body
        elif len(inner_words) == 1 and _abbreviates(inner.replace(" ", ""), words_before):
            pass  # 'Senior Practice Lead (SPL)': the acronym only repeats the title
        elif len(inner_words) == 1 and len(inner) >= 3 and inner in lx.ROLE_ACRONYMS and words_before:
            pass  # 'Director of People Services (DCS)': the statutory post's name for the title
        elif placeholder(inner):
            pass  # 'Quality Officer (TBC)': nobody named yet
        elif lowered[:2] == ["part", "of"]:
            pass  # 'Member of Staff (part of meeting)': a note on attendance, not part of the lead
        elif lowered == ["all"]:
            pass  # 'Directors (all)': every one of them, the same lead
        elif (
            lowered[:1] == ["all"]
            and words_before
            and _info_inner(cell, o + 1, c).head_kind == "role"
            and _info_inner(cell, o + 1, c).plural
        ):
            # 'Chief Executive (all Directors)': a group of staff who share the lead
            extra.append({**_blank(), "role": inner})
        elif (
            inner_words
            and (
                (len(inner_words) == 1 and cell.cat(inner_words[0]) == "bacr")
                or (
                    cell.low(inner_words[-1]) in lx.ORG_STRONG_WORDS - _SETTINGS
                    and words_before[-1:] != ["Service"]  # a bracket after 'Head of Service' qualifies it
                )
                or (  # 'SM (Fostering Team)', 'TMs (Locality Teams)': the post's unit
                    cell.low(inner_words[-1]) in lx.ORG_UNIT_WORDS - _SETTINGS
                    and len(inner_words) >= 2
                    and words_before[-1:] != ["Service"]
                    and _info_inner(cell, o + 1, c).head_kind == "body"  # not '(Chair of Audit Committee)'
                )
            )
            and inner not in lx.PORTFOLIO_ACRONYMS
            and lead["org"] is None
            and words_before
            and (info.head_kind != "body" or info.acronym is not None)  # not "statutory bodies (police, LA)"
        ):
            # 'Designated Doctor (CCG)', 'DCI (Police)': the body the post belongs to
            lead["org"] = inner
        else:
            continue
        drop.update(range(o, c + 1))
    kept = [i for i in range(s, e) if i not in drop]
    # initials printed after a dash or comma: 'Head of Housing - AB'
    words = [i for i in kept if cell.cat(i) != "punct"]
    if len(words) > 1:
        last, prev = words[-1], words[-1] - 1
        if cell.depth[last] == 0 and cell.doc[prev].text in {","} | DASHES:
            found = _initials_list(cell.doc[last].text)
            before = [cell.doc[i].text for i in words[:-1]]
            if (
                found
                and cell.doc[last].text not in lx.ROLE_ACRONYMS | lx.PORTFOLIO_ACRONYMS
                and not _abbreviates(found[0], before)
            ):
                inits += found
                kept = [i for i in kept if i < prev]
    # 'Head of Social Work - Anytown City Council': a title, a dash, then the organisation it belongs to
    cut = _body_after_dash(cell, kept)
    if cut is not None and lead["org"] is None:
        lead["role"] = cell.text([j for j in kept if j < cut])
        lead["org"] = cell.text([j for j in kept if j > cut])
        return _Result(_explode(lead, inits) + extra, info)
    # 'Social workers in the Assessment Team': a staff group and its unit
    for k, i in enumerate(kept):
        if cell.depth[i] or cell.doc[i].text not in PLACE_PREPS or k == 0:
            continue
        left = stretch_info(cell, kept[0], i)
        right = stretch_info(cell, i + 1, kept[-1] + 1)
        if left.head_kind == "role" and left.head == left.content[-1] and right.head_kind == "body":
            org_idx = [j for j in kept if j > i]
            if org_idx and cell.low(org_idx[0]) == "the":
                org_idx = org_idx[1:]
            lead["role"] = cell.text([j for j in kept if j < i])
            lead["org"] = cell.text(org_idx)
            return _Result(_explode(lead, inits), info)
        break
    text = cell.text(kept)
    if not text:
        if lead["person"] or inits:
            return _Result(_explode(lead, inits), info)
        return _Result([], info)
    if _partner_bodies(cell, info):
        lead["org"] = text  # 'Statutory partners', 'Partners (Police, Health, Education)': bodies
    elif info.head_kind == "role" or info.acronym == "racr":
        lead["role"] = text
    elif (
        info.acronym == "acr" and re.fullmatch(r"[A-Z]{2}[a-z]?", text) and not inits and not is_service(text)
    ):
        lead["initials"] = text  # 'JD / JS', 'JTe' (a third letter tells two JTs apart): bare initials
    elif info.head_kind == "body" or info.acronym in ("acr", "bacr") or _remit_only(cell, kept):
        lead["org"] = text  # a body, or a service named by its remit alone ('Physical Planning')
    else:
        lead["role"] = text
    return _Result(_explode(lead, inits) + extra, info)


# --------------------------------------------------------------------------- the whole cell


def _split(cell: Cell) -> list[tuple[int, int, str]]:
    """Pieces (start, end, separator before it) where each side of a separator is a whole lead."""
    n = len(cell.doc)
    pieces: list[tuple[int, int, str]] = []
    start, sep_before = 0, ""
    seps = cell.seps
    for k, (s, e, kind) in enumerate(seps):
        if s < start:
            continue
        left = stretch_info(cell, start, s)
        later = [x for x in seps[k + 1 :] if x[0] >= e]
        right = stretch_info(cell, e, later[0][0] if later else n)
        for j, (_, _, kind2) in enumerate(later):  # a run-on candidate may cut a title short
            if right.whole or kind2 != "RUNON" or kind != "STRONG":
                break
            right = stretch_info(cell, e, later[j + 1][0] if j + 1 < len(later) else n)
        sep_text = cell.doc[s:e].text.strip().lower() if e > s else ""
        if sep_text == "," and right.whole and left.head_kind == "role" and not left.plural and later:
            # 'Service Manager, MASH & Early Help': a remit list after the comma, not the title's unit
            s2, e2, _ = later[0]
            if cell.doc[s2:e2].text.strip().lower() in ("and", "&"):
                nxt2 = next((x[0] for x in seps if x[0] >= e2 and x[0] > s2), n)
                if is_portfolio(cell, stretch_info(cell, e2, nxt2)):
                    continue
        if sep_text == "," and not right.whole:
            # 'Inspector, Avon and Somerset Constabulary': the part after a comma may itself hold an 'and'
            for s2, e2, _ in seps[k + 1 :]:
                if s2 < e or cell.doc[s2:e2].text.strip().lower() not in ("and", "&"):
                    break
                nxt2 = next((x[0] for x in seps if x[0] >= e2), n)
                right = stretch_info(cell, e, nxt2)
                if right.whole:
                    break
        if sep_text == "," and right.whole and right.head_kind == "role" and _label_then_name(cell, start, s):
            continue  # 'Responsible Director: Jo Bloggs, Chief Operating Officer': one lead, read whole
        if accept(cell, left, right, kind, sep_text) or _person_and_title(
            cell, left, right, sep_text, later, n
        ):
            pieces.append((start, s, sep_before))
            start, sep_before = (
                e,
                (
                    sep_text
                    if kind == "WEAK"
                    else "implicit"
                    if kind in ("RUNON", "ADJACENT", "IMPLICIT")
                    else kind.lower()
                ),
            )
    pieces.append((start, n, sep_before))
    return pieces


def _label_then_name(cell: Cell, s: int, e: int) -> bool:
    """'Responsible Director: Jo Bloggs': a short title printed as a label, a colon, then only a name."""
    colon = next(
        (i for i in range(s + 1, min(e, s + 4)) if cell.doc[i].text == ":" and not cell.depth[i]), None
    )
    if colon is None or cell.low(colon - 1) not in _LABEL_HEADS:
        return False
    return any(ps == colon + 1 and pe == e for ps, pe in cell.persons)


def _person_and_title(
    cell: Cell, left: Info, right: Info, sep_text: str, later: list[tuple[int, int, str]], n: int
) -> bool:
    """'Jo Bloggs, Head of Housing and Sam Patel, Head of Planning': after a whole title, 'and' a
    name that a comma and a second title follow starts the next lead (a remit's capitalised words,
    'Head of Planning and Thames Gateway', have no title after them)."""
    if sep_text not in ("and", "&") or not right.person or not left.whole or not later:
        return False
    s2, e2, _ = later[0]
    if cell.doc[s2:e2].text.strip() != ",":
        return False
    after = stretch_info(cell, e2, later[1][0] if len(later) > 1 else n)
    return after.whole and after.head_kind == "role" and not after.person


def _merge(cell: Cell, results: list[tuple[_Result, str]]) -> list[Lead]:
    """Join a title with the body printed after it ('Detective Superintendent, X Police')."""
    out: list[tuple[_Result, str]] = []
    for res, sep in results:
        if not res.leads:
            continue
        if out and len(res.leads) == 1 and len(out[-1][0].leads) == 1:
            prev, cur = out[-1][0].leads[0], res.leads[0]
            pinfo = out[-1][0].info
            only_org = cur["org"] and not (cur["role"] or cur["person"] or cur["initials"])
            if (
                sep == ","
                and cur["org"]
                and cur["initials"]
                and not (cur["role"] or cur["person"])
                and prev["role"]
                and not (prev["org"] or prev["initials"] or prev["person"])
                and not pinfo.plural
                and res.info.head_kind == "body"
                and is_unit(cell, res.info)
            ):
                # 'Head of Housing, Anytown Council (JB)': the title, its body, its holder's initials
                prev["org"], prev["initials"] = cur["org"], cur["initials"]
                continue
            if sep == "," and only_org and prev["role"] and not prev["org"] and not pinfo.plural:
                if res.info.head_kind == "body" and is_unit(cell, res.info):
                    prev["org"] = cur["org"]
                    continue
            if (
                sep == ","
                and only_org
                and (prev["person"] or prev["initials"])
                and not (prev["role"] or prev["org"])
                and (prev["person"] or res.info.acronym == "bacr")
            ):
                # 'Sam Patel, LCC', 'RK, LCC': a person and the body they come from, one lead
                prev["org"] = cur["org"]
                continue
            only_person = cur["person"] and not (cur["role"] or cur["org"] or cur["initials"])
            if sep == "," and only_person and prev["role"] and not (prev["person"] or prev["initials"]):
                # 'HMICFRS Inspecting Officer, Jo Bloggs': the title's holder named after it, one lead
                prev["person"] = cur["person"]
                continue
            only_role = cur["role"] and not (cur["person"] or cur["org"] or cur["initials"])
            if sep == "," and only_role and prev["person"] and prev["org"] and not prev["role"]:
                # 'Sam Patel, Anyshire Audit Service, Audit Manager': the person's title comes last
                prev["role"] = cur["role"]
                continue
            if (
                sep == ","
                and prev["person"]
                and not (prev["role"] or prev["org"])
                and cur["role"]
                and not cur["person"]
            ):
                cur["person"] = prev["person"]
                out[-1] = (res, out[-1][1])
                continue
        if out and len(res.leads) == 1 and len(out[-1][0].leads) >= 1:
            prev, cur = out[-1][0].leads[-1], res.leads[0]
            if (
                sep == "strong"
                and cur["initials"]
                and not (cur["role"] or cur["person"] or cur["org"])
                and prev["role"]
                and prev["initials"]
                and not prev["person"]
            ):
                # 'Head of Housing - JB/SP': the second initials hold the same title
                cur["role"], cur["org"] = prev["role"], prev["org"]
            elif (
                sep in ("and", "&", ",")
                and cur["person"]
                and cur["role"]
                and _plural_post(cur["role"])
                and all(
                    x["person"] and not (x["role"] or x["org"] or x["initials"]) for x in out[-1][0].leads
                )
            ):
                # 'Jo Bloggs and Sam Patel (Co-Chairs)': the shared post, printed once, is each one's
                for x in out[-1][0].leads:
                    x["role"] = cur["role"]
        if out and sep == "implicit":
            prev_leads = out[-1][0].leads
            if (
                all(x["org"] and not (x["role"] or x["person"] or x["initials"]) for x in prev_leads)
                and len(prev_leads) == 1
                and all(x["role"] and not x["org"] for x in res.leads)
            ):
                for x in res.leads:
                    x["org"] = prev_leads[0]["org"]
                out[-1] = (res, out[-1][1])
                continue
        out.append((res, sep))
    return [lead for res, _ in out for lead in res.leads]


# Labels printed before the lead inside the cell ('Lead: Housing; Support: Planning, Legal').
_LABEL_RE = re.compile(
    r"(?:^|(?<=[\s;,]))(?:lead|leads|lead\(s\)|support|supporting|owner|responsible|accountable|co-lead)\s*[:\u2013-]\s*",
    re.IGNORECASE,
)

_DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z]\.?")


def _dotted_initials(text: str) -> list[str] | None:
    """'J.B.', 'J.B. / S.P.': initials written with full stops, and nothing else in the cell."""
    parts = [p.strip() for p in LIST_SPLIT_RE.split(text.strip())]
    if not parts or not all(p and _DOTTED_INITIALS_RE.fullmatch(p) and "." in p for p in parts):
        return None
    return parts


_FORENAME_RE = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?")


def _forenames(text: str) -> list[str] | None:
    """Single capitalised words, none a word of the lexicon, alone or listed: people's first names.
    A lone unknown word in a lead cell is a name far more often than a body; the lexicon holds the
    remit and body words a lone word would otherwise be ('Finance', 'Parks', 'Governance')."""
    parts = [p.strip() for p in LIST_SPLIT_RE.split(text.strip(" ."))]
    if not parts or any(not _FORENAME_RE.fullmatch(p) or category_of(p) != "name" for p in parts):
        return None
    return parts


def _all_initials(listed: list[str]) -> bool:
    """Whether a list of capitals is people's initials: 'SS/LSW' (beside a pair of initials, three
    capitals are initials too), 'LSW/AMcD' (a 'Mc' is a person's), 'JB/SP/CE' (among two pairs or
    more, a pair that spells a post is someone's initials too); 'OMB and GSA' are bodies and
    'DCE / DoF', 'CE / JB' posts."""
    personal = [x for x in listed if len(x) == 2 or re.search(r"Mc|Mac|O['’]", x)]
    posts = [x for x in listed if x in lx.ROLE_ACRONYMS]
    if not personal:
        return False
    if not posts:
        return True
    plain = [x for x in personal if x not in lx.ROLE_ACRONYMS]
    return len(plain) >= 2 and all(len(x) == 2 for x in posts)


def parse_cell(text: str) -> tuple[tuple[str | None, ...], ...]:
    if shouted(text):  # 'CHIEF EXECUTIVE (S. HALL)': read in title case, given back as printed
        rows = parse_shouted(text, _parse_cased)
        if rows is not None:
            return rows
    return _parse_cased(text)


def _parse_cased(text: str) -> tuple[tuple[str | None, ...], ...]:
    unlabelled = (
        re.sub(r"(?:;\s*)+", "; ", _LABEL_RE.sub("; ", text)).strip("; ") if _LABEL_RE.match(text) else text
    )
    services = service_list(unlabelled)
    if services:  # 'HR / Finance': services and bodies only, each its own lead
        return tuple((None, None, None, final(s)) for s in services)
    forenames = _forenames(text)
    if forenames:  # 'Margaret', 'Phil/Nick': small bodies' plans name people by their first names
        return tuple((final(x), None, None, None) for x in forenames)
    dotted = _dotted_initials(text)
    if dotted:
        return tuple((None, None, final(x), None) for x in dotted)
    listed = _initials_list(text)
    if listed and len(listed) >= 2 and _all_initials(listed):
        return tuple((None, None, x, None) for x in listed)
    words = text.split()
    if len(words) >= 2 and all(
        INITIALS_RE.fullmatch(w) and w not in lx.BODY_ACRONYMS and w not in lx.ROLE_ACRONYMS for w in words
    ):  # 'JS AB': initials one per line, the line breaks lost
        return tuple((None, None, w, None) for w in words)
    nlp, matcher = lead_pipeline()
    doc = nlp(text)
    cell = analyse(doc, matcher)
    results = [(_parse_piece(cell, s, e), sep) for s, e, sep in _split(cell)]
    leads = _merge(cell, results)
    return tuple(tuple(final(lead.get(k)) for k in KEYS) for lead in leads)


def placeholder(text: str) -> bool:
    return " ".join(re.sub(r"[^a-z/\s]+", "", text.lower()).split()) in lx.PLACEHOLDERS


def final(value: str | None) -> str | None:
    if value is None:
        return None
    value = tidy_lead_text(value)
    return value or None
