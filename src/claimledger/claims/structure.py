"""How the numbers of one sentence relate: "N, including A, B and C" parts, "N of them" anaphora, ellipsis."""

from __future__ import annotations

import re
from typing import Final, NamedTuple

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
_LIST_NEXT: Final = re.compile(r"\s*,?\s*(?:and\s+|as well as\s+)?\s*$", re.I)
# What may stand right before a second figure that shares the first one's measure: "and 15 in Lyon",
# "while the union claimed more than 2 million", "compared with 400,000 according to the union".
_COORDINATED: Final = re.compile(
    r"(?:,|\band\b|\bwhile\b|\bwhereas\b|\bas well as\b|\bcompared (?:with|to)\b|\bversus\b|\bagainst\b|"
    r"\b(?:claimed|said|counted|estimated|reported|gave|cited)|"
    r"\b(?:put|puts|putting|placed|placing|estimated|estimates|estimating) (?:it|the (?:number|figure|total|toll)) at)"
    r"\s*(?:another\s+|a further\s+)?$", re.I)
# An outcome group named by its outcome: "the dead", "those injured".
_OUTCOME_GROUP: Final = (r"(?:the|those)\s+(?:still\s+)?(?:dead|victims|killed|injured|wounded|casualties|fatalities|missing|"
                         r"hostages|hurt|displaced|evacuated|evacuees|refugees|homeless|captives)\b")
# (also "34 of the dead were women": the outcome group named between the number and its verb)
_OF_WHOM_IS: Final = re.compile(rf"(?:\s+of\s+{_OUTCOME_GROUP})?\s*(?:(?:were|was|are|is)\s+)?(?:\w+\s+)??(?P<noun>[a-z]+)\b",
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
        if prev_end is not None and whole is None and last_anchor == i - 1 and _LIST_OPEN.fullmatch(gap):
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
_FIGURE_OF: Final = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:(?:higher|lower|different|revised|new|"
                               r"separate|smaller|larger|bigger|far\s+higher|much\s+higher|own)\s+)?"
                               r"(?:figure|number|count|estimate|tally|total|toll)(?:\s+(?:of|at)|(?:\s+since\s+[^,;.]{1,50}?)?\s+to)\s+$",
                               re.I)


def another_value_of(text: str, start: int) -> bool:
    """Whether the number at `start` is given as another value of a figure ("gave a higher figure of 152")."""
    return _FIGURE_OF.search(text, max(0, start - 40), start) is not None


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
