"""How the numbers of one sentence relate: "N, including A, B and C" parts, "N of them" anaphora, ellipsis."""

from __future__ import annotations

import re
from typing import Any, Final, NamedTuple

from claimledger.claims.measures import Hit
from claimledger.claims.nouns import NounPhrase
from claimledger.claims.numbers import Mention
from claimledger.vocabulary import fold

# A whole's list of parts may follow its noun ("613 people, including ...") or its verb
# ("613 were killed, including ..."): up to 60 characters of predicate without numbers may come first.
# The gap may hold a date ("killed since October 7, 2023, including"): numbers that are not claims never reach link().
# A source's clause may stand before the list too: "rose to 231 by Tuesday, the disaster authority said, including".
_LIST_OPEN: Final = re.compile(
    r"(?:\s+[^;,()]{1,60}?(?:,\s*(?:19|20)\d\d)?)?(?:,\s*[^;,()]{2,60}?\s+(?:said|says|reported|reports|told\s+[^;,()]{1,30}?))?"
    r"\s*(?:,|:|-|–|—)?\s*(?:\(|(?:including|among them|among whom|of whom|of them|of which|"
    r"among those|among the dead|among the victims|mostly|mainly|most of them)\b[\s:]*)\s*$", re.I)
# "Of the 212 dead, 54 were children and 49 women": the numbers after the comma are parts of the first.
_OF_THE: Final = re.compile(r"\bof\s+(?:the|these|those)\s+$", re.I)
_COMMA: Final = re.compile(r"\s*,\s*")
_LIST_NEXT: Final = re.compile(r"\s*,?\s*(?:and\s+|as well as\s+)?\s*$", re.I)
# What may stand right before a second figure that shares the first one's measure: "and 15 in Lyon",
# "while the union claimed more than 2 million", "compared with 400,000 according to the union".
_COORDINATED: Final = re.compile(
    r"(?:,|\band\b|\bwhile\b|\bwhereas\b|\bas well as\b|\bcompared (?:with|to)\b|\bversus\b|\bagainst\b|"
    r"\b(?:claimed|said|counted|estimated|reported|gave|cited)|"
    r"\b(?:put|puts|putting|placed|placing|estimated|estimates|estimating) (?:it|the (?:number|figure|total|toll)) at)"
    r"\s*(?:another\s+|a further\s+)?$", re.I)
# An outcome group named by its outcome: "the dead", "those injured".
_OUTCOME_GROUP: Final = (r"(?:the|those)\s+(?:still\s+)?(?:dead|deceased|victims|killed|injured|wounded|casualties|fatalities|missing|"
                         r"hostages|hurt|displaced|evacuated|evacuees|refugees|homeless|captives)\b")
# (also "34 of the dead were women": the outcome group named between the number and its verb)
_OF_WHOM_IS: Final = re.compile(rf"(?:\s+of\s+{_OUTCOME_GROUP}|(?<=those)\s+(?:killed|injured|wounded|hurt|missing|"
                                r"displaced|evacuated|arrested|detained|rescued))?\s*(?:(?:were|was|are|is)\s+)?(?:\w+\s+)??(?P<noun>[a-z]+)\b",
                                re.I)
# "34 of the dead", "of those injured"; "Among the dead were 12 children", "Of those killed, 40 were women".
_BACK_AFTER: Final = re.compile(rf"\s+of\s+{_OUTCOME_GROUP}", re.I)
_BACK_BEFORE: Final = re.compile(rf"\b(?:of|among)\s+{_OUTCOME_GROUP}[^.;]{{0,30}}$", re.I)


def refers_back(text: str, sentence_start: int, mention: Mention) -> bool:
    """Whether the number counts part of an outcome group stated before ("34 of the dead were children")."""
    return bool(_BACK_AFTER.match(text, mention.end)
                or _BACK_BEFORE.search(text, max(sentence_start, mention.start - 60), mention.start))


class Item(NamedTuple):
    """One number of a sentence with its noun phrase and its place in the sentence's structure."""

    mention: Mention
    np: NounPhrase
    parent: int | None = None  # index of the item this one is a part of
    is_part: bool = False  # listed under a whole ("including 106 women")


def link(text: str, mentions: list[Mention], nps: list[NounPhrase]) -> list[Item]:
    """Mark including-list parts and their whole; anaphors ("150 of them") point to the previous whole."""
    items: list[Item] = []
    whole: int | None = None  # the item whose list we are in
    last_anchor: int | None = None
    anchors: list[int] = []
    for i, (m, np) in enumerate(zip(mentions, nps)):
        prev_end = items[-1].np.end if items else None
        gap = text[prev_end:m.start] if prev_end is not None else ""
        if prev_end is not None and whole is None and last_anchor == i - 1 and (
                _LIST_OPEN.fullmatch(gap) or _OF_THE.search(text, max(0, items[-1].mention.start - 12),
                                                            items[-1].mention.start) and _COMMA.fullmatch(gap)):
            whole = _over_a_duration(text, items, anchors) if items[-1].np.kind == "time" else i - 1
        elif whole is not None and not (_LIST_NEXT.fullmatch(gap) or _closing_paren(gap)
                                        or items[-1].np.kind == "anaphor" and _AFTER_NESTED.fullmatch(gap)):
            whole = None
        if whole is not None and np.kind in ("person", "none", "thing") and not _exceeds(text, m, np, items[whole].mention):
            items.append(Item(m, np, whole, True))
            continue
        if whole is not None and np.kind == "anaphor" and items[-1].is_part:
            # "including 182 women, 17 of them pregnant, 173 children": a part of the part before it
            items.append(Item(m, np, i - 1, True))
            continue
        whole = None
        parent = last_anchor if np.kind == "anaphor" else None
        items.append(Item(m, np, parent))
        last_anchor = i
        anchors.append(i)
    return items


def _exceeds(text: str, part: Mention, np: NounPhrase, whole: Mention) -> bool:
    """A number larger than the whole, with a verb of its own, starts a new figure: "100 were hurt, including 23
    children, and nearly 2,000 residents spent the night in tents". (Without one, "About 50 were killed, including 30
    soldiers and 60 civilians", it is a part that contradicts its whole, for the checks to show.)"""
    return part.value is not None and whole.value is not None \
        and whole.qualifier in ("exact", "about", "more_than", "at_least") and part.value > whole.value \
        and _VERB_NEXT.match(text, np.end) is not None


_VERB_NEXT: Final = re.compile(r"\s+(?!(?:and|or|in|at|from|of|on|who|with|among)\b)[a-z]+\b")


# After a nested "17 of them pregnant" or "56 of whom were infants", the list goes on after a comma.
_AFTER_NESTED: Final = re.compile(r"[^;,()]{0,40}?,\s*(?:and\s+)?", re.I)


def _over_a_duration(text: str, items: list[Item], anchors: list[int]) -> int:
    """The whole of a list that opens after a duration ("killed 504 civilians in about four hours, including
    ..."): the count of people before the duration, in the same clause; else the duration itself."""
    last = len(items) - 1
    before = [a for a in anchors[:-1] if items[a].np.kind in ("person", "none")]
    if before and not re.search(r"[,;]", text[items[before[-1]].np.end:items[last].mention.start]):
        return before[-1]
    return last


def _closing_paren(gap: str) -> bool:
    return bool(re.fullmatch(r"\s*\)\s*", gap))


def first_part(items: list[Item], index: int) -> int | None:
    """Where the first part listed under item `index` starts, if it has parts."""
    for item in items[index + 1:]:
        if item.is_part and item.parent == index:
            return item.mention.start
    return None


def list_end(items: list[Item], index: int) -> int:
    """Where the including-list after item `index` ends (the item's own phrase end if it has none)."""
    end = items[index].np.end
    for item in items[index + 1:]:
        if item.parent != index or not item.is_part:
            break
        end = item.np.end
    return end


def coordinated(text: str, previous_end: int, start: int) -> bool:
    """'20 were killed in Paris and 15 in Lyon': the second number shares the first one's measure."""
    gap = text[previous_end:start]
    return ";" not in gap and bool(_COORDINATED.search(gap))


def of_group(text: str, first_end: int, second_start: int, group_end: int) -> bool:
    """'130 of the 850 hostages died': the first number counts the part of the group the second one totals
    that the sentence's verb is about. Not when a participle with its agent follows the group ("10 of 48 people
    executed by the army were children"): that verb tells what made the group, and the rest of the sentence
    what the part is."""
    return bool(_OF_GROUP.fullmatch(text, first_end, second_start)) and not _AGENT.match(text, group_end)


_OF_GROUP: Final = re.compile(r"\s+of\s+(?:(?:the|these|those|its|their|our|his|her|all)\s+)?", re.I)
# A participle and its agent, with no auxiliary before it ("were injured by" is the sentence's own verb).
_AGENT: Final = re.compile(r"\s+(?:(?!(?:were|was|are|is|have|has|had|been|be|being|will|would)\b)[\w-]+\s+){0,3}?"
                           r"(?!(?:were|was|are|is|have|has|had|been|be|being|will|would)\b)\w+(?:ed|en|wn|t)\s+by\b", re.I)


def counter_estimate(text: str, previous_end: int, start: int, end: int) -> bool:
    """'Organisers said 100,000 joined the march, but police estimated 25,000': another source's figure for the
    same count, a bare number after its verb in a clause of its own. `start`: where the number itself starts
    (after any qualifier, "estimated" among them)."""
    gap = text[previous_end:start]
    return bool(_CLAUSE_TURN.search(gap)) and bool(_ESTIMATE_VERB.search(gap)) and bool(_OBJECT_END.match(text, end))


# The number ends its clause (it is the verb's object, not the subject of another verb: "police said 12 were
# released"), or a place or time follows.
_OBJECT_END: Final = re.compile(r"\s*(?:[.,;:!?)\"'”’]|$)|\s+(?:in|at|on|across|during|nationwide|overall|altogether)\b", re.I)
# The clause of another source: after a semicolon, or a comma or dash with but / while / whereas.
_CLAUSE_TURN: Final = re.compile(r";|(?:,|\s[-–—])\s*(?:but|while|whereas|although|though)\b|\bbut\b", re.I)
# ... ending with its figure's verb, then at most a qualifier before the number: "police estimated",
# "put the figure at", "said only about".
_ESTIMATE_VERB: Final = re.compile(
    r"\b(?:said|says|say|estimated|estimates|estimate|counted|claimed|claims|reported|gave|"
    r"(?:put|puts|placed|estimated)\s+(?:the\s+)?(?:figure|number|crowd|turnout|total|toll|count)\s+at)"
    r"(?:\s+it\s+was)?(?:\s+[a-z]+){0,3}?\s*$", re.I)


_SUBJECTS_AND: Final = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+|or\s+)", re.I)


def shared_subject(text: str, first_end: int, second_start: int) -> bool:
    """'Six soldiers and two civilians were killed': the first number is a co-subject of the second's verb."""
    return bool(_SUBJECTS_AND.fullmatch(text, first_end, second_start))


def among_later(text: str, first_end: int, second_start: int) -> bool:
    """'Two police officers were among the 17 people killed': the first number is a part of the second's group."""
    return bool(_AMONG.fullmatch(text, first_end, second_start))


_AMONG: Final = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+|reportedly\s+|said to be\s+)?among\s+(?:the\s+|those\s+)?", re.I)


def of_whom_subgroup(text: str, np: NounPhrase, limit: int, persons: dict[str, str | None]) -> str | None:
    """'..., 20 of whom were children' -> children."""
    m = _OF_WHOM_IS.match(text, np.end, limit)
    if m and m.group("noun").lower() in persons:
        return persons[fold(m.group("noun"))]
    return None


# "... said 140 were injured, but the hospital gave a higher figure of 152", "... corrected the figure to 24",
# "... bringing the total since the outbreak began to 1,847": another value of the same figure.
_FIGURE_OF: Final = re.compile(r"(?:\b(?:a|an|the|its|their|his|her)|['’]s)\s+(?:(?:higher|lower|different|revised|new|"
                               r"separate|smaller|larger|bigger|far\s+higher|much\s+higher|own)\s+)?"
                               r"(?:figure|number|count|estimate|tally|total|toll)(?:\s+(?:of|at)|(?:\s+since\s+[^,;.]{1,50}?)?\s+to)\s+$",
                               re.I)


def another_value_of(text: str, start: int) -> bool:
    """Whether the number at `start` is given as another value of a figure ("gave a higher figure of 152")."""
    return _FIGURE_OF.search(text, max(0, start - 40), start) is not None


# "rose to 14 from 11", "14 killed, up from 11 a day earlier", "revised the toll to 212 from an earlier figure of 187":
# the value a figure had before the one just given ("up/down from" set off by a comma after the figure's phrase:
# "whose population is up from 2 million" is no figure's earlier value).
_EARLIER_FROM: Final = re.compile(
    r"(?:,\s*(?:up|down)|\b(?:revised|raised|lowered|corrected)\s+(?:up|down)(?:wards?)?|\b(?P<to>to)\s+(?:about\s+|around\s+|nearly\s+|at\s+least\s+|more\s+than\s+|over\s+)?\d[\d,.]*"
    r"(?:\s+[\w'’-]+){0,2}?)\s+from\s+(?:(?:an?|the|its|their)\s+)?"
    r"(?:(?:earlier|previous|initial|first|original|preliminary|official|last)\s+)?"
    r"(?:(?:figure|count|toll|estimate|tally|total|number)\s+of\s+)?$", re.I)
# "rose from 187 to 212" (numbers.py reads a pair after a verb of change as two values, not a range).
_FROM: Final = re.compile(r"\bfrom\s+$", re.I)
_TO: Final = re.compile(r"\s+to\s+", re.I)


def from_to(text: str, first: Mention, second: Mention) -> bool:
    """Whether two numbers stand as "from X to Y" (a change: numbers.py reads a range as one number)."""
    return first.percent == second.percent and _FROM.search(text, max(0, first.start - 6), first.start) is not None \
        and _TO.fullmatch(text, first.end, second.start) is not None


def same_figure(text: str, items: list[Item], hits: dict[int, Hit], kinds: tuple[str, ...]) -> None:
    """Numbers given as values of a figure counted beside them take its measure (`hits` is updated): "gave a higher
    figure of 152", "corrected the figure to 24" take the latest earlier count of people (of `kinds`) in the
    sentence; a value it had before ("up from 11", "rose from 187 to 212") is marked `earlier`."""
    for i, item in enumerate(items):
        np = item.np  # (a bare number, people, or a word read as a noun that names nothing: "11 reported earlier")
        if i in hits or item.is_part or item.mention.percent or not (np.kind in ("none", "person")
                                                                    or np.kind == "other" and np.head is None):
            continue
        m = item.mention
        found = _EARLIER_FROM.search(text, max(0, m.start - 50), m.start)
        if found is None and (item.np.kind != "none" or not another_value_of(text, m.start)):
            continue
        if found is not None and found.group("to"):  # "rose to 14 from 11": the figure is the number before
            before = [i - 1] if i and i - 1 in hits and items[i - 1].mention.start > found.start() else []
        else:
            before = [j for j in range(i) if j in hits and items[j].np.kind in kinds]
        if before:
            hits[i] = hits[before[-1]]._replace(cue_start=-1, cue_end=-1, earlier=found is not None,
                                                partner=before[-1] if found is not None else -1)
    for i in range(len(items) - 1):
        if items[i].is_part or items[i + 1].is_part or not from_to(text, items[i].mention, items[i + 1].mention):
            continue
        hit = hits.get(i) or hits.get(i + 1)
        if hit is None or (i in hits and i + 1 in hits and hits[i].measure != hits[i + 1].measure):
            continue
        for j in (i, i + 1):
            if j not in hits and items[j].np.kind == "none":
                hits[j] = hit._replace(cue_start=-1, cue_end=-1)
        if i in hits:
            hits[i] = hits[i]._replace(earlier=True, partner=i + 1)


# What an earlier value shares with the value that followed it: the figure (its subgroup) and its event.
_PARTNER_FIELDS: Final = ("subgroup", "event", "event_label", "event_date")


def earlier_like_partner(fields_of: dict[int, dict[str, Any]], hits: dict[int, Hit]) -> None:
    """Give each earlier value's claim fields (by item index) its partner's subgroup and event: "12 children were
    killed, up from 9" is 9 children; "412 died in 2024, up from 389 in 2023" is the 2024 figure's earlier value."""
    for i, fields in fields_of.items():
        hit = hits.get(i)
        if hit is not None and hit.earlier and hit.partner in fields_of:
            partner = fields_of[hit.partner]
            fields.update({k: partner[k] for k in _PARTNER_FIELDS})


# A verb of its own after a coordinated count ("... and about 200 supporters without tickets were turned away"): it
# does not share the first count's measure ("20 were killed in Paris and 15 in Lyon" does).
# (Not a verb of killing the lexicon reads with no outcome, "two men were shot", "40 more were gunned down": the first
# count's measure is the best reading there; nor a source's verb, "... and 14 others, local activists have reported".
# "40 were burned", "30 were tortured" are verbs of their own: the people may have lived.)
_OWN_VERB: Final = re.compile(r"(?:\s+(?!(?:and|or|but|who|which|that|whom|whose)\b)[\w'’-]+){0,4}?\s+"
                              r"(?:were|was|are|is|have|has|had)\s+(?:been\s+|being\s+)?"
                              r"(?!(?:also|among|in|at|on|from|of|not|been|shot|gunned|mown|mowed|lynched|slain|"
                              r"butchered|hacked|strangled|stoned|electrocuted|gassed|"
                              r"reported|said|told|stated|confirmed|counted|estimated)\b)"
                              r"[a-z]+(?:ed|en|wn|t|ing)\b")


def own_verb(text: str, pos: int, hi: int) -> bool:
    """Whether the count whose noun phrase ends at `pos` has a verb of its own (see _OWN_VERB)."""
    return _OWN_VERB.match(text, pos, hi) is not None
