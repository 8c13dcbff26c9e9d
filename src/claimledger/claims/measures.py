"""Which measure a number states: cues before and after it, the noun it counts, and open measures for things."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final, NamedTuple

from claimledger.claims.caseblind import CaseBlind, first_letters
from claimledger.claims.lexicon import lexicon
from claimledger.claims.nouns import NounPhrase
from claimledger.vocabulary import fold

# Words allowed between a counted noun and its verb ("487 people were severely wounded",
# "2,500 residents of the city moved to ..."); 7 keeps every seed and test sentence and stops
# a cue from reaching into a following clause.
MAX_GAP_WORDS: Final = 7
# Nouns that name an outcome themselves ("20 dead", "45 injured"): they decide before any verb.
OUTCOME_NOUNS: Final = frozenset({"dead", "deaths", "fatalities", "bodies", "coffins", "injured", "wounded", "injuries",
                                  "missing", "arrests", "displaced", "homeless", "orphans", "casualties"})
# Longest stretch (characters) a cue before a number may cover: "the death toll from the earthquake
# that struck Morocco on Friday night has risen to" is 82; 110 leaves room and keeps the search short.
BEFORE_CHARS: Final = 110
# Most cues are a few words ("killing", "the fate of", "brought together"): searched in a shorter span.
SHORT_BEFORE_CHARS: Final = 60
# "The number of people killed in the capsizing of the ferry off the port has risen to 34": how far back
# (characters) from its verb a toll's subject may stand; the sentence (or the previous figure) bounds it too.
TOLL_SUBJECT_CHARS: Final = 200
# The verb of a toll ("has now risen to", "stood at") ends at most this many characters before the number.
TOLL_VERB_CHARS: Final = 40


def _is_long(cue: str) -> bool:
    """Cues that may reach far back: "the death toll from ... has risen to", "the number of people killed in ..."."""
    # Only a cue that starts with "number of" reaches far: "put the number of protesters at" is short.
    return "toll" in cue or cue.startswith("number of")
# Extra words allowed when the gap holds a list without numbers: "Twelve people including the local
# administration minister Yaacoub al-Ammar were killed".
APPOSITION_WORDS: Final = 12
_APPOSITION: Final = re.compile(r"\b(?:including|among them|among whom|among those)\b", re.I)
_RELATIVE_GAP: Final = re.compile(r"\s*,?\s*(?:who|that)\b", re.I)
BEFORE_FILLER: Final = r"(?:\s+(?:a total of|the|another|an estimated|some|at least|over|nearly|about|around|all))*"


class Hit(NamedTuple):
    """A measure found for a number, with the cue's offsets (for explanations) and any subgroup it implies."""

    measure: str
    unit: str
    subgroup: str | None = None
    cue_start: int = -1
    cue_end: int = -1
    phrase_end: int = -1  # where the counted phrase ends, when the measure read it ("1,250 hygiene kits")
    earlier: bool = False  # a value the figure had before the one the report gives ("up from 11")
    partner: int = -1  # for an earlier value: the index (in its sentence) of the value that followed it


@lru_cache(maxsize=1)
def _compiled() -> dict[str, Any]:
    lex = lexicon()
    after_parts, short, long, nouns, units = [], [], [], {}, {}
    for spec in lex["measures"]:
        name = spec["measure"]
        units[name] = spec["unit"]
        if spec["after"]:
            after_parts.append(rf"(?P<{name}>{'|'.join(spec['after'])})")
        short += [(name, cue) for cue in spec["before"] if not _is_long(cue)]
        long += [(name, cue) for cue in spec["before"] if _is_long(cue)]
        for noun in spec["nouns"]:
            nouns[noun] = name
    before, before_names = _by_first_letter(short)
    before_long, long_names = _by_first_letter(long)
    verbs = lex["thing_verbs"]
    return {
        "toll_verb": CaseBlind(rf"\b{lex['toll_verbs']}{BEFORE_FILLER}\s*$"),
        "toll_subject": CaseBlind("|".join(f"(?P<{name}_{k}>{rx})" for k, (rx, name) in
                                            enumerate(lex["toll_subjects"].items()))),
        "after": CaseBlind(rf"\b(?:{'|'.join(after_parts)})\b"),
        # (a label's colon may stand between: "Death toll: 45", "Killed: 12")
        "before": CaseBlind(rf"\b(?:{before}){BEFORE_FILLER}\s*(?::\s*)?$"),
        "before_long": CaseBlind(rf"\b(?:{before_long}){BEFORE_FILLER}\s*(?::\s*)?$"),
        "before_names": {**before_names, **long_names},
        "nouns": nouns,
        "units": units,
        "lost_nouns": frozenset(lex["lost_nouns"]),
        "orphan": [(CaseBlind(rf"[\s,]*(?:and\s+)?(?:\w+\s+)?{k}\b"), v)
                   for k, v in lex["orphan_subgroups"].items()],
        "manner": [(CaseBlind(rf"\s*{k}"), v) for k, v in lex["manner_subgroups"].items()],
        # One pattern that matches where any of "orphan" / "manner" does: most numbers have neither.
        "orphan_any": CaseBlind(rf"[\s,]*(?:and\s+)?(?:\w+\s+)?(?:{'|'.join(lex['orphan_subgroups'])})\b"),
        "manner_any": CaseBlind(rf"\s*(?:{'|'.join(lex['manner_subgroups'])})"),
        "thing_after": CaseBlind(
            r"\b(?:(?:were|was|are|is|have been|has been|had been|got|been|remain|remained)\s+(?:\w+ly\s+)?(?:\w+\s+)?)?"
            rf"(?P<v>{'|'.join(sorted(map(re.escape, verbs), key=len, reverse=True))})\b"),
        "thing_before": CaseBlind(
            r"\b(?P<v>destroy(?:ed|ing)|damag(?:ed|ing)|flood(?:ed|ing)|submerg(?:ed|ing)|occupy(?:ing)|occupied|"
            r"burn(?:ed|ing|t)|raz(?:ed|ing)|cancell?(?:ed|ing)|evacuat(?:ed|ing))" + BEFORE_FILLER + r"\s*$"),
        "verbs": verbs,
        "object": CaseBlind(
            r"\s+(?:(?:at least|more than|some|about|nearly|over|up to|another|an estimated|a further)\s+)?"
            r"(?:[\d,.]++|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
            r"hundreds|thousands|dozens|scores)\b)"
            # "6 citizens killed 22 injured": a second figure with its own outcome is not an object
            r"(?!\s+(?:people\s+)?(?:injured|wounded|hurt|dead|missing|others? (?:injured|wounded|hurt)))"),
    }


def _by_first_letter(cues: list[tuple[str, str]]) -> tuple[str, dict[str, str]]:
    """One alternation of (measure, cue) pairs, grouped by the letter a cue starts with, and its groups' measures.

    A before-cue is searched for at every word of the 60 characters before each number: grouped, the engine tries
    only the cues that can start with the word's first letter (1.5 times faster). Within a letter the cues keep their
    order, so the same cue wins at the same place; a cue whose first letter cannot be told is tried in every group,
    and at any other character."""
    firsts = [first_letters(cue) for _, cue in cues]
    letters = sorted(set().union(*(f for f in firsts if f is not None)))
    names: dict[str, str] = {}

    def group(name: str, cue: str) -> str:
        key = f"{name}_{len(names)}"
        names[key] = name
        return f"(?P<{key}>{cue})"

    branches = [f"(?={re.escape(letter)})(?:" + "|".join(group(name, cue) for (name, cue), first in zip(cues, firsts)
                                                          if first is None or letter in first) + ")"
                for letter in letters]
    anywhere = [group(name, cue) for (name, cue), first in zip(cues, firsts) if first is None]
    if anywhere:
        not_a_letter = f"(?![{''.join(map(re.escape, letters))}])" if letters else ""
        branches.append(f"{not_a_letter}(?:{'|'.join(anywhere)})")
    return "|".join(branches), names


def people_measure(text: str, m_start: int, np: NounPhrase, window_lo: int, window_hi: int,
                   reach_lo: int | None = None) -> Hit | None:
    """The people measure of a number whose noun is a person (or none): outcome noun, before-cue, after-cue.
    `reach_lo`: where a toll's subject may start (after the previous count of people), if not `window_lo`."""
    c = _compiled()
    if np.head == "cases" and (_CASES_OF.match(text, np.end) and not _CASES_OF_ILLNESS.match(text, np.end)
                               or _LEGAL_CASES.search(text, m_start, np.end)):
        return None  # "312 cases of genocide denial", "40 cases of fraud", "37 criminal cases": not people who fell ill
    if np.head in OUTCOME_NOUNS and np.head in c["nouns"] and _FORMER.search(text, m_start, np.end) is None:
        name = c["nouns"][np.head]  # "pulled 15 bodies", "left 20 dead": the noun says what happened
        later = _ADJECTIVE_OF.match(text, np.end, window_hi)  # ... unless it describes people who then died:
        died = _after_cue(text, later.end(), window_hi) if later is not None else None  # "three wounded protesters died"
        if died is not None and died.measure == "killed" != name:
            return died
        return _joined_outcome(text, np, window_hi) or Hit(name, c["units"][name])
    before = c["before"].search(text, max(window_lo, m_start - SHORT_BEFORE_CHARS), m_start)
    if before is None:
        lo = max(window_lo, m_start - BEFORE_CHARS)
        span = text[lo:m_start].lower()
        if "toll" in span or "number of" in span:
            before = c["before_long"].search(text, lo, m_start)
    if before is not None:
        name = c["before_names"][before.lastgroup or ""]
        return Hit(name, c["units"][name], None, before.start(), before.end())
    dead = _dead_by_verb(text, m_start, np, window_lo, c["lost_nouns"])
    if dead is not None:
        return Hit("killed", c["units"]["killed"], None, dead.start(), dead.end())
    toll = _toll(text, m_start, window_lo if reach_lo is None else min(reach_lo, window_lo))
    if toll is not None:
        return toll
    orphan = _orphan(text, np.end, window_hi)
    if orphan is not None:
        return orphan
    held = _HELD_AS.match(text, np.end, window_hi)
    if held is not None and _HOLD_VERB.search(text, max(window_lo, m_start - SHORT_BEFORE_CHARS), m_start):
        # "took some 250 people hostage", "are holding 12 workers captive": the verb and its complement
        # stand around the number
        return Hit("hostages", c["units"]["hostages"], None, held.start(), held.end())
    after = _after_cue(text, np.end, window_hi)
    if after is not None:
        return after
    if np.head in c["nouns"] and _FORMER.search(text, m_start, np.end) is None:
        name = c["nouns"][np.head]
        return Hit(name, c["units"][name])
    return None


# An outcome word used as an adjective of the people counted: "three wounded protesters".
_ADJECTIVE_OF: Final = re.compile(r"\s+(?:[a-z]+-)?[a-z]+(?:s|men|people|children)\b(?=\s+(?:later\s+|since\s+|subsequently\s+|"
                                  r"(?:had|have|has)\s+)?(?:died|perished|succumbed)\b)")
# "219 former hostages", "the 40 freed captives": people the outcome once befell, counted now for something else.
_FORMER: Final = re.compile(r"\b(?:former|ex-|surviving|freed|released|rescued|liberated)\s", re.I)
# "312 cases of genocide denial", "30 cases of sexual violence": cases of something other than an illness or an
# injury are no count of people who fell ill.
_CASES_OF: Final = re.compile(r"\s+of\s", re.I)
_LEGAL_CASES: Final = re.compile(r"\b(?:criminal|court|legal|judicial|disciplinary|corruption|fraud|civil|terrorism|murder|"
                                 r"lawsuits?|administrative)\s+cases\b", re.I)
_CASES_OF_ILLNESS: Final = re.compile(
    r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:cholera|measles|covid(?:-19)?|coronavirus|dengue|malaria|ebola|mpox|"
    r"monkeypox|polio|flu|influenza|typhoid|diphtheria|tuberculosis|tb|hiv|aids|infections?|virus|variant|omicron|disease|"
    r"illness|plague|anthrax|meningitis|hepatitis|diarrh(?:o)?ea|poisoning|zika|lassa|marburg|rabies|whooping|pertussis|"
    r"chickenpox|mumps|rubella|scarlet|legionnaires|salmonella|listeria|botulism|fever|sickness|respiratory|pneumonia|"
    r"heatstroke|heat\s+stroke|exhaustion|hypothermia|frostbite|suffocation|asphyxia(?:tion)?|choking|breathing|burns|"
    r"injur(?:y|ies)|wounds?|trauma|exposure|dehydration|malnutrition|inhalation|infection|bird\s+flu|avian)\b", re.I)


def _joined_outcome(text: str, np: NounPhrase, hi: int) -> Hit | None:
    """'48 dead and injured': an outcome noun joined to another outcome makes one figure of both, which an
    after-cue of another measure (casualties) names when read from the noun."""
    at = np.end - len(np.head or "")
    if np.head is None or text[at:np.end].lower() != np.head:
        return None
    c = _compiled()
    m = c["after"].match(text, at, hi)
    if m is None or m.lastgroup == c["nouns"][np.head] or m.end() <= np.end:
        return None
    name = m.lastgroup or ""
    return Hit(name, c["units"][name], None, m.start(), m.end())


def _dead_by_verb(text: str, m_start: int, np: NounPhrase, window_lo: int,
                  lost_nouns: frozenset[str]) -> re.Match[str] | None:
    """A verb before the number that reports deaths only with certain nouns: "the siege claimed 11,541 lives",
    "Russia has lost at least 12 soldiers" (a noun of the lexicon's "lost_nouns"; not "lost 40 workers", nor
    "lost 12 nurses to emigration")."""
    head = (np.head or "").lower()
    if np.kind != "person" or head not in lost_nouns or _LOST_TO.match(text, np.end):  # ("lives" is one of them)
        return None
    return (_TOOK_LIVES if head == "lives" else _LOST).search(text, max(window_lo, m_start - SHORT_BEFORE_CHARS),
                                                              m_start)


# Verbs of taking lives; "lost" for a side's or a family's own dead.
_TOOK_LIVES: Final = re.compile(rf"\b(?:claimed|claiming|claims|claim|took|taking|takes|take|cost|costing|costs|ended|ending|"
                                r"lost|losing)"
                                rf"{BEFORE_FILLER}\s*$", re.I)
_LOST_TO: Final = re.compile(r"\s+to\b", re.I)  # "lost 200 men to desertion": gone, not dead
_LOST: Final = re.compile(rf"\b(?:has\s+|have\s+|had\s+)?(?:so\s+far\s+|also\s+)?lost{BEFORE_FILLER}\s*$", re.I)
_HELD_AS: Final = re.compile(r"\s+(?:as\s+)?(?:hostages?|captives?|captive|prisoners?)\b", re.I)
_HOLD_VERB: Final = re.compile(r"\b(?:took|taken|taking|take|takes|holding|held|hold|holds|keeping|kept|keep|seized|seizing)"
                               rf"{BEFORE_FILLER}\s*$", re.I)


def _toll(text: str, m_start: int, window_lo: int) -> Hit | None:
    """'The death toll from the ferry that capsized off the port on Friday has risen to 34': the subject
    of a rise verb names the measure, however far the subject stands from the number."""
    c = _compiled()
    verb = c["toll_verb"].search(text, max(window_lo, m_start - TOLL_VERB_CHARS), m_start)
    if verb is None:
        return None
    lo = max(window_lo, verb.start() - TOLL_SUBJECT_CHARS)
    subject = None
    # (read up to the verb's end: a subject may look ahead at its verb, "Deaths rose to", but ends before it)
    for found in c["toll_subject"].finditer(text, lo, verb.end()):
        if found.end() <= verb.start():
            subject = found
    if subject is None or ";" in text[subject.end():verb.start()]:
        return None
    name = (subject.lastgroup or "").rsplit("_", 1)[0]
    return Hit(name, c["units"][name], None, subject.start(), verb.end())


def outcome_measure(np: NounPhrase) -> Hit | None:
    """The measure a noun states by itself: "36 deaths", "20 dead", "45 injured"."""
    c = _compiled()
    if np.head in OUTCOME_NOUNS and np.head in c["nouns"]:
        name = c["nouns"][np.head]
        return Hit(name, c["units"][name])
    return None


def _orphan(text: str, pos: int, hi: int) -> Hit | None:
    c = _compiled()
    if not c["orphan_any"].match(text, pos, hi):
        return None
    for pattern, sub in c["orphan"]:
        m = pattern.match(text, pos, hi)
        if m:
            return Hit("orphaned", "children", sub, m.start(), m.end())
    return None


# An aside about some of them between the people and their verb: "Hundreds of residents, many of them still living
# in tents, marched ..." (its words tell of those few, not of what the whole did).
_SOME_OF_THEM: Final = re.compile(r",\s+(?:many|most|some|all|several|few|a\s+few|none|half|one|two|three|four|five|\d+)"
                                  r"\s+of\s+(?:them|whom)\b[^,;.]{0,80},\s*", re.I)


# A part of an outcome group before its verb: "three of the wounded died" (the verb says what befell the three).
_OF_OUTCOME: Final = re.compile(r"\s+of\s+(?:the|those)\s+(?:dead|deceased|killed|injured|wounded|hurt|missing|displaced|evacuated|"
                                r"evacuees|hostages|captives|arrested|detained|rescued|trapped)\b", re.I)


_ON_BOARD: Final = re.compile(r"\s+(?:on\s+board|aboard)\b", re.I)
_CLAUSE_BREAK: Final = re.compile(r"[,;:]|\b(?:when|while|and|but|after|before|as|because|until|where)\b", re.I)


def _after_cue(text: str, pos: int, hi: int, in_group: bool = False) -> Hit | None:
    """The measure an after-cue gives the people whose phrase ends at `pos`; `in_group`: read after "of the wounded"
    or "on board", where only a verb of the same clause counts."""
    c = _compiled()
    aside = _SOME_OF_THEM.match(text, pos, hi) if text.startswith(",", pos) and not in_group else None
    if aside is not None:
        pos = aside.end()
    group = None if in_group else \
        _OF_OUTCOME.match(text, pos, hi) if text.startswith(" of ", pos) else _ON_BOARD.match(text, pos, hi)
    if group is not None:  # ("300 fishermen on board remain unaccounted for": on board is where they were)
        verb = _after_cue(text, group.end(), hi, in_group=True)
        if verb is not None:
            return verb
    for m in c["after"].finditer(text, pos, hi):
        gap = text[pos:m.start()]
        if in_group and _CLAUSE_BREAK.search(gap):
            return None  # "60 people on board the bus when it overturned and many died": another clause's verb
        # (an apposition or a relative clause may stand between the people and their verb: "19 people who had been
        # in the theatre on the night of November 7 were still unaccounted for")
        relative = _RELATIVE_GAP.match(gap) is not None and "," not in gap  # (one clause, no aside inside it)
        allowed = MAX_GAP_WORDS + (APPOSITION_WORDS if relative or _APPOSITION.search(gap) else 0)
        if ";" in gap or len(gap.split()) > allowed:
            return None
        if c["object"].match(text, m.end()):
            continue  # "3 gunmen killed 5 people": the noun before is the subject, not the victims
        name = m.lastgroup or ""
        return Hit(name, c["units"][name], None, m.start(), m.end())
    return None


def manner_subgroup(text: str, cue_end: int, hi: int) -> str | None:
    """'killed with special cruelty' -> with_cruelty, read right after the measure's verb."""
    c = _compiled()
    if not c["manner_any"].match(text, cue_end, hi):
        return None
    for pattern, sub in c["manner"]:
        if pattern.match(text, cue_end, hi):
            return str(sub)
    return None


def thing_measure(text: str, m_start: int, np: NounPhrase, window_lo: int, window_hi: int,
                  percent: bool) -> Hit | None:
    """'8 families were destroyed' -> families_destroyed; 'up to 20% of our lands were occupied' -> territory_occupied."""
    c = _compiled()
    unit = np.unit or "things"
    before = c["thing_before"].search(text, max(window_lo, m_start - BEFORE_CHARS), m_start)
    if before is not None:
        verb = _verb_class(before.group("v"))
        return Hit(f"{unit}_{verb}", "percent" if percent else unit, None, before.start(), before.end())
    after = c["thing_after"].search(text, np.end, window_hi)
    if after is None or len(text[np.end:after.start()].split()) > MAX_GAP_WORDS or ";" in text[np.end:after.start()]:
        return None
    verb = c["verbs"][fold(after.group("v"))]
    return Hit(f"{unit}_{verb}", "percent" if percent else unit, None, after.start(), after.end())


def _verb_class(word: str) -> str:
    verbs: dict[str, str] = _compiled()["verbs"]
    w = word.lower()
    for stem, cls in verbs.items():
        if w.startswith(stem[:5]):
            return cls
    return w


# Stories of captivity: there, people "held" (an arrest cue elsewhere) are hostages.
CAPTIVITY: Final = frozenset({"siege", "hostage crisis", "hostage-taking", "kidnapping", "hijacking", "standoff",
                              "stand-off"})


# Stories of an illness: there, people treated or admitted to hospital are patients, not the wounded.
OUTBREAK: Final = frozenset({"outbreak", "epidemic", "pandemic", "cholera"})
# ... unless its lead names a happening of another kind ("Floods killed 40, raising fears of cholera").
NOT_OUTBREAK: Final = frozenset({"attack", "attacks", "bombing", "bombings", "blast", "explosion", "shooting", "massacre",
                                 "war", "conflict", "flood", "floods", "flooding", "storm", "hurricane", "typhoon",
                                 "cyclone", "earthquake", "quake", "tsunami", "fire", "wildfire", "wildfires", "blaze",
                                 "crash", "collapse", "stampede", "riot", "riots", "protest", "protests", "siege",
                                 "airstrike", "air strike", "shelling", "raid", "killings", "landslide", "mudslide",
                                 "avalanche", "eruption", "derailment", "sinking", "capsizing", "shipwreck"})
_INJURY: Final = re.compile(r"injur|wound|hurt|burn|maim|trauma|cuts|broken|fractur|bruis|gunshot|shrapnel|bullet", re.I)


def in_an_outbreak(nouns: frozenset[str]) -> bool:
    """Whether the lead's event nouns tell of an illness and of nothing else (not "Floods ... fears of cholera")."""
    return bool(nouns & OUTBREAK) and not nouns & NOT_OUTBREAK


def as_patients(text: str, hit: Hit, clause_end: int) -> Hit:
    """A wounded figure read from treatment or admission ("treated 1,870 patients", "admitted 146"), in a story of
    an outbreak: treated, or hospitalized when admitted or in hospital (not when the cue or the rest of its clause
    names an injury: "treated 200 people for cuts", "most with gunshot wounds")."""
    if hit.measure != "wounded" or hit.cue_start < 0:
        return hit
    cue = text[hit.cue_start:hit.cue_end]
    if _INJURY.search(cue) or _INJURY.search(text, hit.cue_end, clause_end):
        return hit
    low = cue.lower()
    return hit._replace(measure="hospitalized" if "admit" in low or "hospital" in low else "treated")


def held_as_hostages(text: str, hit: Hit) -> Hit:
    """An arrest read from "held" ("912 people were held in the building") as hostages, in a story of captivity."""
    if hit.measure == "arrested" and "held" in text[hit.cue_start:hit.cue_end].lower():
        return hit._replace(measure="hostages")
    return hit
