"""Common English word stems spelt with ff, fi, fl, ffi or ffl: evidence for which ligature a stand-in is.

General vocabulary (and the words public-sector plans use), written out by hand, not taken from any
document: a repaired word that contains one of these stems is a plausible English word. A stem is
matched inside a word, so 'benefit' also stands for 'benefits' and 'unbeneficial'.
"""

from __future__ import annotations

import re

_STEMS = """
staff stuff off offer offic effect effort affect afford affair differ suffer suffix suffic buff cliff
sheriff tariff traffic bluff cuff diffus giraffe puff scaff scoff sniff stiff whiff chauffe coffee toffee
affirm affili affix afflu afflict diffic effici suffoc efflu offload offset offshoot offspring offsite
offline handoff signoff sign-off cutoff kickoff layoff payoff rolloff takeoff tradeoff standoff
scaffold sheriff baffl raffl shuffl snuffl muffl ruffl sniffl waffl scuffl offal
first fine final financ find field fifth fifty fifteen fight figur file fill film filter fiction fierce
fiery fish fist fit five fix fibre fiber fiddl fidel fief finish finite fir fire firm fiscal fizz
benefit profil profit confirm confid confin conflict configur defin defici magnific signific specific
identif classif clarif certif justif notif modif qualif quantif simplif unifi verif ratifi amplif
beautif horrifi terrif gratif satisf pacific scientif prolific artifici official sacrifi suffici
efficien deficien proficien superficial beneficia fictitio affid infinit definit refin refill refit
profici outfit misfit unfit misfir briefing chiefly chieftain fiance fiasco fibrous fickle fidget
fifties fiftieth filing filial finance finch finder finding finer finesse finger finest fiord
fisher fission fissure fitness fitting fixture fixed afield airfield battlefield coalfield
greenfield brownfield midfield minefield oilfield outfield infield goldfield
sheffield fieldwork fiduciary infirm affirmative
flag flame flat flaw flee flesh flex flight flood floor flor flow flu flux fly flour flout flush
flute flutter flyer flank flap flare flash flask flavour flavor flair fleet flick flier flimsy
fling flint flip float flock flog flop floss flown fluent fluid fluke flung flurry flock
conflu reflect reflex inflat influen inflict infl afflu effl overflow inflow outflow workflow
cashflow airflow snowflake baffle shuffle ruffle muffle waffle sniffle scuffle
fluoride flexib flagship flaws flavours flexi fledg flourish flotilla
"""

STEMS = frozenset(_STEMS.split())
_LIGATURES = ("ffl", "ffi", "ff", "fi", "fl")
# Every start of every stem (a lookahead finds overlapping ones), longest stems first.
_PATTERN = re.compile(
    "(?=("
    + "|".join(re.escape(s) for s in sorted(STEMS, key=len, reverse=True) if any(g in s for g in _LIGATURES))
    + "))"
)


def known(word: str, start: int, end: int) -> bool:
    """Whether a stem spells `word` (letters, any case) across its letters start:end (a repaired
    ligature) and at least two letters beside them: a plausible English spelling there."""
    for m in _PATTERN.finditer(word.lower()):
        a, b = m.start(), m.start() + len(m[1])
        if a <= start and b >= end and (b - a) - (end - start) >= 2:
            return True
    return False
