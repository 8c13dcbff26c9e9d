"""The noun a number counts: "613 people", "106 women", "24 states in the USA", "forty-four days", "of them"."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final, NamedTuple

from claimledger.claims.lexicon import lexicon

# How many modifier words may stand between a number and its head noun ("70 elderly people",
# "3,000 Baku residents", "487 severely injured civilians"); 3 covers every case in our tests.
MAX_MODIFIERS: Final = 3

# Words that end a noun phrase: after them there is no head noun to find.
_STOP: Final = frozenset("""were was are is be been being have has had who which that whom whose and or but nor so
in on at to from with by for as of into onto than then there their its his her our your this these those
the a an remain remains remained still also reportedly lost received died killed said says say according
while when after before during since until including among will would could may might must not no
one both each every near off across outside inside along amid amidst despite against through throughout behind
beyond within towards toward via upon beside
took take takes fled flee flees left fell fall rose rise went go came come gave made got ran saw stood
held met kept won hit drowned remain remained stay stayed are were have had will can may must did do does
over under above below around about up down out overnight yesterday today tonight now earlier later ago last
""".split())


# Modifiers that leave a number still counting people when no noun follows ("killing 20 more").
_FILLERS: Final = frozenset({"more", "additional", "further", "other", "others", "new"})


class NounPhrase(NamedTuple):
    """What follows a number: its head noun, classified, and where the phrase ends."""

    end: int
    kind: str  # person | place | thing | time | anaphor | none | proper | other
    head: str | None = None
    subgroup: str | None = None
    unit: str | None = None


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    lex = lexicon()
    tables: dict[str, Any] = {
        "person": {k.lower(): v for k, v in lex["persons"].items()},
        "place": lex["places"],
        "thing": lex["things"],
        "time": lex["times"],
        "singular": set(lex["singular_persons"]),
        "demonym": tuple(lex["demonym_suffixes"]),
        "us": re.compile(rf"\s*(?:of|in)\s+(?:the\s+)?{lex['us_markers']}\b", re.I),
        "us_before": re.compile(rf"{lex['us_markers']}\s*$"),
    }
    return tables


_TOKEN: Final = re.compile(r"[ \t\u00a0]*([A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z])\.?")
_DOTTED: Final = re.compile(r"\.[A-Za-z]+\.$")  # "U.S.": an abbreviation's full stop
_AND_WORD: Final = re.compile(r"\s+and\s+([a-z]+)")
# (not a noun that starts a new clause: "killed 12 soldiers and police said"; nor a two-word one: "police officers")
_AND_PERSONS: Final = re.compile(r"\s+and\s+([a-z]+)\b(?!\s+(?:of|who|said|says|say|told|reported|added|officers|forces|"
                                 r"workers)\b)")
# A list of three groups or more after the first: ", women and children", ", children and elderly people".
_LIST_PERSONS: Final = re.compile(r"(?P<words>(?:,\s+[a-z]+){1,4},?\s+(?:and|or)\s+[a-z]+)(?:\s+(?:people|persons))?\b")
_LIST_WORD: Final = re.compile(r"\b(?!and\b|or\b)[a-z]+")
_ANAPHOR: Final = re.compile(r"\s+of\s+(them|whom|those|these|which)\b", re.I)
_OF: Final = re.compile(r"\s+of\s+(?:(?:the|our|their|its|his|her|all|these|those)\s+)?", re.I)


def noun_after(text: str, pos: int, limit: int, percent: bool = False, vague: bool = False) -> NounPhrase:
    """Classify the noun phrase that starts at `pos` (just after a number)."""
    anaphor = _ANAPHOR.match(text, pos, limit)
    if anaphor:
        return NounPhrase(anaphor.end(), "anaphor", anaphor.group(1).lower())
    if percent or vague:
        of = _OF.match(text, pos, limit)
        if of:
            pos = of.end()
        elif vague:
            return NounPhrase(pos, "none")
    elif text.startswith(" of ", pos):  # "38 of the hostage-takers", "three of the miners": part of a named group
        of = _OF.match(text, pos, limit)
        group = _head(text, of.end(), limit) if of else None
        if group is not None and group.kind == "person" and group.head not in _OUTCOME_GROUPS:
            return group
    return _head(text, pos, limit)


# Nouns of people counted by their nationality: "five British nationals", "two German citizens".
_NATIONALS: Final = frozenset({"nationals", "citizens", "tourists", "residents", "expatriates", "people", "passport holders"})
# Groups named by what happened to them: "34 of the dead" is a part of an earlier figure (structure.refers_back).
_OUTCOME_GROUPS: Final = frozenset({"dead", "injured", "wounded", "missing", "victims", "killed", "casualties",
                                    "hostages", "displaced", "deceased", "fatalities", "hurt", "captives"})


def _head(text: str, pos: int, limit: int) -> NounPhrase:
    cursor = pos
    modifiers: list[str] = []
    proper: re.Match[str] | None = None  # a capitalised first word: a people's name, perhaps
    for k in range(MAX_MODIFIERS + 1):
        tok = _TOKEN.match(text, cursor, limit)
        if tok is None:
            break
        word = tok.group(1)
        if k == 0 and word[0].isupper() and word[1:].islower() and word.isalpha():
            proper = tok
        low = word.lower()
        nxt = _TOKEN.match(text, tok.end(), limit)
        if nxt is not None:
            pair = f"{low} {nxt.group(1).lower()}"
            found = _classify(pair, text, nxt.end(), limit, modifiers, nxt.group(0).strip())
            if found is not None and found.kind == "person":
                return found
            if word[0].isupper() and low.endswith(_tables()["demonym"]) and len(low) > 3:
                # "five British nationals", "two German citizens": the people's noun, their nation the subgroup
                people = _classify(nxt.group(1).lower().rstrip("."), text, nxt.end(), limit, [], nxt.group(0).strip())
                if people is not None and people.kind == "person" and people.head not in _OUTCOME_GROUPS:
                    # (the nation names the group only of its nationals: "two Daesh members" are members)
                    nation = low if people.head in _NATIONALS else None
                    return people._replace(subgroup=people.subgroup or nation)  # (not "100,000 Syrians injured")
        found = _classify(low.rstrip("."), text, tok.end(), limit, modifiers, tok.group(0).strip())
        if found is not None:
            return found
        if low in _STOP or _is_verbish(low) and not _before_noun(low, text, nxt, limit):
            break
        modifiers.append(low)
        cursor = tok.end()
    if all(mod in _FILLERS for mod in modifiers):
        return NounPhrase(pos, "none")  # "killing 20 more", "20 others"
    if modifiers in (["displaced"], ["homeless"]):  # "300,000 displaced", "left 2,000 homeless": no noun follows,
        end = cursor - 1 if text[cursor - 1] == "." else cursor  # the word names the people (a full stop after
        return NounPhrase(end, "person", modifiers[0])  # it ends the sentence)
    if proper is not None and len(modifiers) == 1 and cursor == proper.end():
        # "700,000 Rohingya fled", "40 Yazidis were abducted": a capitalised word the lexicon does not know, then
        # the verb. A people's name when what follows is a people outcome (extract._measure asks); else a
        # thing ("5 Toyotas were recalled").
        end = proper.end() - 1 if text[proper.end() - 1] == "." else proper.end()  # (a full stop ends the sentence)
        return NounPhrase(end, "proper", proper.group(1))
    return NounPhrase(pos, "other")


def _classify(key: str, text: str, end: int, limit: int, modifiers: list[str],
              original: str = "") -> NounPhrase | None:
    t = _tables()
    if original.endswith(".") and not _DOTTED.search(original):
        end -= 1  # a full stop after the noun ends the sentence, not the phrase
    if key in t["person"]:
        sub = t["person"][key]
        for mod in modifiers:  # "elderly people": the modifier names the subgroup
            sub = sub or t["person"].get(f"{mod} {key}") or t["person"].get(mod)
        listed = _LIST_PERSONS.match(text, end, limit) if sub else None
        if listed is not None and all(w.lower() in t["person"] for w in _LIST_WORD.findall(listed.group("words"))):
            # "47 men, women and children", "30,000 women, children and elderly people": everyone, no one group
            return NounPhrase(listed.end(), "person", key, None)
        both = _AND_PERSONS.match(text, end, limit) if sub else None
        if both is not None and t["person"].get(both.group(1).lower()) not in (None, sub):
            # "35 women and children": one group of both ("six soldiers and two civilians" are two numbers)
            return NounPhrase(both.end(), "person", key, f"{sub}_and_{t['person'][both.group(1).lower()]}")
        return NounPhrase(end, "person", key, sub)
    if key in t["singular"]:
        return NounPhrase(end, "person", key, t["person"].get(key + "s") or t["person"].get(key))
    if key in t["place"]:
        return _place(key, text, end, limit, modifiers)
    if key in t["thing"]:
        return NounPhrase(end, "thing", key, None, t["thing"][key])
    if key in t["time"]:
        return NounPhrase(end, "time", key, None, t["time"][key])
    if original[:1].isupper() and key.endswith(t["demonym"]) and len(key) > 3:
        return NounPhrase(end, "person", original.rstrip("."), None)
    if original[:1].islower() and " " not in key and _AGENT.search(key) and key not in _THING_AGENTS:
        return NounPhrase(end, "person", key, None)  # "five climbers", "30 hikers", "12 tribesmen"
    return None


def _place(key: str, text: str, end: int, limit: int, modifiers: list[str]) -> NounPhrase:
    t = _tables()
    unit = t["place"][key]
    more = _AND_WORD.match(text[end:limit])
    if more and more.group(1) in t["place"]:
        unit = f"{unit}_and_{t['place'][more.group(1)]}"
        end += more.end()
    if unit == "states":
        head_start = text.rfind(key, 0, end)
        before = text[max(0, head_start - 12):head_start]
        if t["us"].match(text, end, limit) or t["us_before"].search(before):
            unit = "us_states"
            us = t["us"].match(text, end, limit)
            end = us.end() if us else end
    return NounPhrase(end, "place", key, None, unit)


# Plural agent nouns name people even when the lexicon does not list them.
_AGENT: Final = re.compile(r"(?:[a-z]{3}(?:ers|ists|ians|ees)|[a-z]{2}(?:smen|women|men))$")
_THING_AGENTS: Final = frozenset("""containers computers tankers helicopters centers towers chargers papers letters numbers
trailers boosters layers waters rivers borders orders headquarters quarters matters corners bombers markers
freighters carriers destroyers transporters trackers speakers printers filters counters holders members
degrees committees guarantees fees others""".split())
# Participles that modify a counted noun rather than end the phrase: "1,434 suspected cases".
_ADJECTIVE_PARTICIPLES: Final = frozenset("""elderly armed unarmed displaced detained suspected confirmed reported
recorded registered estimated unidentified unaccompanied wounded injured missing""".split())
_VERBISH: Final = re.compile(r"(?:ed|ing)$")


def _before_noun(word: str, text: str, nxt: re.Match[str] | None, limit: int) -> bool:
    """An -ing word right before a noun the lexicon knows modifies it: "three neighbouring districts", "the four
    remaining hostages" (not "killing 12", whose next word is no noun)."""
    if nxt is None or word not in _ATTRIBUTIVE_ING:
        return False
    return _classify(nxt.group(1).lower().rstrip("."), text, nxt.end(), limit, [], nxt.group(0).strip()) is not None


# -ing words news writes before a noun as adjectives ("three neighbouring districts", "the four remaining
# hostages"); not a verb's object ("arrested 30 smuggling migrants") nor a cue of its own ("fleeing").
_ATTRIBUTIVE_ING: Final = frozenset("""neighbouring neighboring remaining surrounding surviving striking protesting
demonstrating ruling opposing warring advancing retreating participating attending existing visiting outlying
adjoining bordering governing starving praying waiting marching sleeping working travelling traveling commuting
queuing queueing mourning grieving rioting looting fighting returning arriving departing boarding voting picketing
camping hiking swimming fishing farming mining nursing teaching ailing ageing aging worshipping""".split())


def _is_verbish(word: str) -> bool:
    """Past participles and gerunds end a noun phrase ("613 killed", "20 injured"), except known adjectives."""
    return bool(_VERBISH.search(word)) and word not in _ADJECTIVE_PARTICIPLES
