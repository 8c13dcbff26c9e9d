"""Document -> Claims: every quantitative claim of a document's body, normalised, with its event and source span."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any, Final, NamedTuple

from claimledger.claims import events as ev
from claimledger.claims.attribution import clause_sources, pronoun_sources, source_at
from claimledger.claims.lexicon import LEXICON_VERSION, lexicon
from claimledger.claims.measures import (
    CAPTIVITY,
    OUTCOME_NOUNS,
    Hit,
    as_patients,
    held_as_hostages,
    in_an_outbreak,
    manner_subgroup,
    outcome_measure,
    people_measure,
    thing_measure,
)
from claimledger.claims.model import Claim
from claimledger.claims.nonclaims import nonclaim_reason
from claimledger.claims.nouns import NounPhrase, noun_after
from claimledger.claims.numbers import Mention, find_numbers
from claimledger.claims.places import (
    Context,
    duration_measure,
    object_measure,
    place_measure,
    plain_noun,
    responder_measure,
)
from claimledger.claims.subgroups import (
    co_subject_contrast,
    condition_subgroup,
    increment_subgroup,
    people_name,
    place_subgroup,
    is_increment,
    is_whole_subgroup,
    without_subgroup,
)
from claimledger.claims.structure import (
    Item,
    among_later,
    coordinated,
    earlier_like_partner,
    counter_estimate,
    of_group,
    first_part,
    from_to,
    link,
    list_end,
    of_whom_subgroup,
    own_verb,
    refers_back,
    same_figure,
    shared_subject,
)
from claimledger.documents.model import Document
from claimledger.documents.sentences import Sentence, split

__all__ = ["extract_claims", "LEXICON_VERSION"]

PEOPLE_KINDS: Final = ("person", "none", "anaphor")


class _Draft(NamedTuple):
    """A claim's fields before ids are given: `parent` is the index of another draft."""

    fields: dict[str, Any]
    parent: int | None
    increment: bool = False  # "another 12", "seven more bodies": an addition, maybe to a total stated earlier
    back: bool = False  # "34 of the dead were children": a part of an outcome group stated before


def extract_claims(doc: Document, body_sentences: list[Sentence] | None = None) -> list[Claim]:
    """Every quantitative claim in the document body, ids c1, c2, ... in text order. `body_sentences` are
    `split(doc.text, *doc.body)` when the caller has them already (the framing stage splits the body too)."""
    start, end = doc.body
    body_numbers = find_numbers(doc.text, start, end)
    sentences = split(doc.text, start, end) if body_sentences is None else body_sentences
    lead = [doc.text[s.start:s.end] for s in sentences[:ev.YEAR_SENTENCES]]
    doc_events = ev.document_events(doc.title, lead, doc.published)
    paragraphs: dict[int, str] = {}
    headline = _headline(doc)  # a headline states the story's key figure ("Flash flood kills nine")
    head_numbers = find_numbers(doc.text, *headline) if headline is not None else []

    def paragraph(number: int) -> str:  # built on first use: only crowd counts read their paragraph
        if not paragraphs:  # (the headline's sentences count as paragraph 0's, as they always have)
            head = split(doc.text, *headline) if headline is not None and not head_numbers else []
            paragraphs.update(_paragraph_text(doc.text, head + sentences))
        return paragraphs[number]

    if head_numbers and headline is not None:  # (a headline without numbers has no sentence to read)
        sentences = split(doc.text, *headline) + sentences
    numbers = head_numbers + body_numbers if head_numbers else body_numbers
    drafts: list[_Draft] = []
    for sent, found in _by_sentence(numbers, sentences):
        drafts.extend(_sentence(doc, sent, found, doc_events, partial(paragraph, sent.paragraph), len(drafts)))
    fields = [d.fields for d in drafts]  # (two passes over the whole document: pronoun sources, "that siege")
    fields = [f if f["attribution"] == src else {**f, "attribution": src}
              for f, src in zip(fields, pronoun_sources(doc.text, fields))]
    drafts = [d if f is d.fields else d._replace(fields=f) for d, f in zip(drafts, ev.that_event(fields, doc_events))]
    return _number(_back_parents(_increments(drafts)))


def _increments(drafts: list[_Draft]) -> list[_Draft]:
    """An increment adds to its measure's figure: "additional" when the document gave that measure before, or gave
    no count of people at all (the total is in an earlier report). After another measure in its sentence, "more"
    means others: "Nine people died and dozens more were lifted from rooftops" counts the rescued."""
    seen: set[str] = set()
    last: tuple[int, str] | None = None  # (sentence, measure) of the latest count of people
    out = []
    for d in drafts:
        measure, sentence = d.fields["measure"], d.fields["sentence_start"]
        others = last is not None and last[0] == sentence and last[1] != measure
        if d.increment and d.fields["unit"] == "people" and not others and (measure in seen or not seen):
            d = d._replace(fields={**d.fields, "subgroup": increment_subgroup(d.fields["subgroup"])})
        if d.fields["unit"] == "people":
            seen.add(measure)
            last = (sentence, measure)
        out.append(d)
    return out


def _back_parents(drafts: list[_Draft]) -> list[_Draft]:
    """A part of an outcome group stated in an earlier sentence ("112 people died ... 34 of the dead were
    children") takes the latest earlier whole of its measure and event as its parent, when that whole can hold it."""
    out = list(drafts)
    for k, d in enumerate(out):
        if not d.back or d.parent is not None:
            continue
        f = d.fields
        for j in range(k - 1, -1, -1):  # the nearest earlier whole of its measure and event
            w = out[j].fields
            if w["measure"] != f["measure"] or w["subgroup"] is not None or w["unit"] != "people" \
                    or w["event"] != f["event"]:
                continue
            whole, part = w["high"], f["low"]  # an open whole ("more than 112") holds any part
            # (a whole in the part's own sentence, which its structure did not link, stops the search)
            if w["sentence_start"] < f["sentence_start"] and (whole is None or part is None or part <= whole):
                out[k] = d._replace(parent=j)
            break
    return out


def _headline(doc: Document) -> tuple[int, int] | None:
    """Where the document's own title stands in its text, above the body (HTML titles are metadata only)."""
    if not doc.title:
        return None
    at = doc.text.rfind(doc.title, 0, doc.body[0])
    return None if at < 0 else (at, at + len(doc.title))


def _by_sentence(mentions: list[Mention], sentences: list[Sentence]) -> list[tuple[Sentence, list[Mention]]]:
    """The numbers of each sentence that has any (a number never spans two sentences)."""
    out: list[tuple[Sentence, list[Mention]]] = []
    k = 0
    for sent in sentences:
        while k < len(mentions) and mentions[k].start < sent.start:
            k += 1
        found = []
        while k < len(mentions) and mentions[k].start < sent.end:
            if mentions[k].end <= sent.end:
                found.append(mentions[k])
            k += 1
        if found:
            out.append((sent, found))
    return out


def _paragraph_text(text: str, sentences: list[Sentence]) -> dict[int, str]:
    spans: dict[int, tuple[int, int]] = {}
    for s in sentences:
        lo, hi = spans.get(s.paragraph, (s.start, s.end))
        spans[s.paragraph] = (min(lo, s.start), max(hi, s.end))
    return {p: text[lo:hi] for p, (lo, hi) in spans.items()}


_DOT_THOUSANDS: Final = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _thousands(m: Mention) -> Mention:
    """A number of people written "1.500" (no one counts half a person): 1,500."""
    def whole(v: float | int | None) -> float | int | None:
        return None if v is None else int(round(v * 1000))
    return m._replace(value=whole(m.value), low=whole(m.low), high=whole(m.high))


def _mentions(text: str, sent: Sentence, found: list[Mention]) -> list[tuple[Mention, NounPhrase]]:
    out: list[tuple[Mention, NounPhrase]] = []
    for m in found:
        if nonclaim_reason(text, m, sent.start) is not None:
            continue
        np = noun_after(text, m.end, sent.end, m.percent, m.vague)
        if np.kind == "person" and m.value is not None and _DOT_THOUSANDS.fullmatch(text, m.num_start, m.num_end):
            m = _thousands(m)  # "1.500 protesters": a full stop between thousands, as much of Europe writes it
        if out and out[-1][1].kind in ("none", "anaphor") and np.kind in ("person", "none") \
                and np.head not in OUTCOME_NOUNS and of_group(text, out[-1][0].end, m.start, np.end):
            # "130 of the 850 hostages died": the first number is the count, of the second's people (whose
            # total is context, not a figure of this sentence's verb). Read without its head noun, the count
            # takes its measure from the sentence ("7 of the 19 hostages were freed" is no count of hostages).
            # (Not "10 of 48 people executed by the army were children": the verb there is the group's; nor
            # "Six of the 10 dead were children", whose group is a count of its own.)
            out[-1] = (out[-1][0], NounPhrase(np.end, np.kind, None, np.subgroup, np.unit))
            continue
        if out and out[-1][1].kind == "none" and np.kind in ("thing", "place", "other") \
                and of_group(text, out[-1][0].end, m.start, np.end):
            # "captured 112 of the 300 seats": the first number counts those things, the second their total
            out[-1] = (out[-1][0], NounPhrase(np.end, np.kind, np.head, np.subgroup, np.unit))
            continue
        out.append((m, np))
    return out


def _sentence(doc: Document, sent: Sentence, found: list[Mention], doc_events: ev.DocumentEvents,
              paragraph: Callable[[], str], offset: int) -> list[_Draft]:
    text = doc.text
    pairs = _mentions(text, sent, found)
    if not pairs:
        return []
    items = link(text, [m for m, _ in pairs], [np for _, np in pairs])
    hits: dict[int, Hit] = {}
    for i, item in enumerate(items):
        if item.is_part:
            continue
        hit = _measure(text, sent, items, i, hits)
        if hit is not None:
            hits[i] = hit
    _share_back(text, items, hits)
    same_figure(text, items, hits, PEOPLE_KINDS)
    if doc_events.nouns & CAPTIVITY:  # in a siege or a kidnapping, people "held" are hostages
        hits = {i: held_as_hostages(text, h) for i, h in hits.items()}
    if in_an_outbreak(doc_events.nouns):  # people treated or admitted are patients
        hits = {i: as_patients(text, h, sent.end) for i, h in hits.items()}
    if not hits:
        return []
    sentence_text = text[sent.start:sent.end]
    sources = clause_sources(sentence_text)
    frame = ev.sentence_event(doc_events, sentence_text)
    other_span = ev.other_clause(frame, sentence_text)  # figures outside it are the main event's
    when = ev.when_clause(doc_events, sentence_text)
    drafts: list[_Draft] = []
    index_of: dict[int, int] = {}
    for i, item in enumerate(items):
        hit = _part_hit(text, sent, items, item, hits) if item.is_part else hits.get(i)
        if hit is None:
            continue
        whole = hits.get(item.parent) if item.parent is not None else None
        subgroup = _subgroup(text, sent, items, i, hit, whole)
        if item.is_part and subgroup is None and (hit is hits.get(item.parent or 0)
                                                  or item.parent is not None and items[item.parent].is_part):
            continue  # a part that names no group of its own says nothing its whole does not
        in_when = when is not None and item.mention.start - sent.start >= when[0]
        own = frame if other_span is None or other_span[0] <= item.mention.start - sent.start < other_span[1] \
            else ev.EventFrame()
        if own.slug == ev.MAIN:  # "... and displaced 1.4 million in 2022": dated to an earlier year in its clause
            own = ev.year_after(doc_events, sentence_text, item.mention.end - sent.start) or own
        event = when[1] if when is not None and in_when else _event(own, hit, doc_events, paragraph)
        parent = index_of.get(item.parent) if item.parent is not None else None
        source = source_at(sources, item.mention.start - sent.start)
        claim = _claim(doc, sent, sentence_text, item, hit, subgroup, event, source)
        index_of[i] = offset + len(drafts)
        back = parent is None and subgroup is not None and refers_back(text, sent.start, item.mention)
        drafts.append(_Draft(claim, parent, not item.is_part and is_increment(text, item.mention), back))
    earlier_like_partner({i: drafts[k - offset].fields for i, k in index_of.items()}, hits)
    return drafts


def _part_hit(text: str, sent: Sentence, items: list[Item], item: Item, hits: dict[int, Hit]) -> Hit | None:
    """A listed part shares its whole's measure, unless its noun names its own ("1,434 cases, including 36 deaths");
    a part of a part ("182 women, 17 of them pregnant") shares the whole's. A part of a combined whole (casualties:
    the dead and the injured) is what its own verb says: "57,470 casualties, of whom 19,240 were killed"."""
    top = item.parent
    while top is not None and items[top].is_part:
        top = items[top].parent
    whole = hits.get(top) if top is not None else None
    own = outcome_measure(item.np)
    if whole is not None and own is not None and own.measure != whole.measure:
        return own
    if whole is not None and whole.measure in _COMBINED and own is None:
        said = people_measure(text, item.mention.start, item.np, item.mention.start, sent.end)
        if said is not None and said.measure != whole.measure and said.cue_start >= item.mention.end:
            return said
    return whole


# Measures that combine outcomes, whose parts each have one.
_COMBINED: Final = ("casualties", "dead_or_missing")


def _window(text: str, sent: Sentence, items: list[Item], i: int) -> tuple[int, int]:
    """Where cues for item i may lie: after the previous whole (and any ';'), before the next people count."""
    anchors = [j for j, it in enumerate(items) if not it.is_part]
    pos = anchors.index(i)
    # ("from 40 to 52": the second reads its cues from before the first)
    first = pos - 1 if pos > 0 and from_to(text, items[anchors[pos - 1]].mention, items[i].mention) else pos
    lo = list_end(items, anchors[first - 1]) if first > 0 else sent.start
    semi = text.rfind(";", lo, items[i].mention.start)
    lo = semi + 1 if semi >= 0 else lo
    # The next number that counts people ends this one's reach; "in 21 cities" does not.
    later = [j for j in anchors[pos + 1:] if items[j].np.kind in PEOPLE_KINDS or items[j].np.kind == "proper"]
    return lo, (items[later[0]].mention.start if later else sent.end)


# What a sentence can say was done to places themselves: razed, flooded, occupied, cut off, left without power.
_DONE_TO_PLACES: Final = ("_destroyed", "_damaged", "_flooded", "_occupied", "_cut_off", "_without_power")


def _measure(text: str, sent: Sentence, items: list[Item], i: int, hits: dict[int, Hit]) -> Hit | None:
    """The measure of whole (non-part) item i, by what its number counts."""
    m, np = items[i].mention, items[i].np
    lo, hi = _window(text, sent, items, i)
    parts_end = list_end(items, i)
    after_np = np if parts_end == np.end else NounPhrase(parts_end, np.kind, np.head, np.subgroup, np.unit)
    ctx = Context(text, sent.start, sent.end, m.start)
    if np.kind == "place":  # (what was done to places, as to things: "razed 4,000 villages")
        done = thing_measure(text, m.start, after_np, lo, hi, m.percent)
        if done is not None and not done.measure.endswith(_DONE_TO_PLACES):
            done = None  # ("the attack on two villages killed 15": the people were killed, not the villages)
        return place_measure(ctx, np) or done or object_measure(ctx, plain_noun(text, m.end, sent.end))
    if np.kind == "time":
        return duration_measure(ctx, np)
    if np.kind == "thing":
        return thing_measure(text, m.start, after_np, lo, hi, m.percent) \
            or object_measure(ctx, plain_noun(text, m.end, sent.end))
    if np.kind == "proper":  # a people's name when a people outcome follows: "700,000 Rohingya fled"
        # (its verb after it: "kills 19 Monitor" is a headline's credit after the number, "40 Tuesday" a day)
        hit = None if m.percent else _people(text, items, i, hits, (lo, hi), after_np, ctx)
        # ... or a plural name after a verb: "killed as many as 182,000 Kurds" (not "kills 19 Monitor")
        plural = (np.head or "").endswith("s") and not (np.head or "").endswith("ss")
        own = hit is not None and (hit.cue_start >= np.end or (plural and hit.cue_start >= 0
                                                               and hit.measure in ("killed", "wounded")))
        return hit if own else object_measure(ctx, plain_noun(text, m.end, sent.end))
    if np.kind == "other":
        return object_measure(ctx, plain_noun(text, m.end, sent.end))
    if np.kind not in PEOPLE_KINDS or (m.percent and np.kind != "person"):
        return None
    hit = _people(text, items, i, hits, (lo, hi), after_np, ctx)
    if hit is not None and m.percent:
        # "81% of participants": a share needs a cue saying what happened to them, not just the noun
        hit = hit._replace(unit="percent") if hit.cue_start >= 0 else None
    return hit


def _people(text: str, items: list[Item], i: int, hits: dict[int, Hit], window: tuple[int, int],
            after_np: NounPhrase, ctx: Context) -> Hit | None:
    """People measures: own cues (before any listed parts, then after them), the whole of an anaphor,
    a coordinated neighbour's measure ("20 in Paris and 15 in Lyon"), and helpers (volunteers, troops)."""
    item = items[i]
    lo, hi = window
    parts_at = first_part(items, i)
    hit = people_measure(text, item.mention.start, item.np, lo, parts_at) if parts_at is not None else None
    people_before = [j for j in range(i) if not items[j].is_part and items[j].np.kind in PEOPLE_KINDS]
    reach = list_end(items, people_before[-1]) if people_before else ctx.sent_start
    relative = parts_at is not None and _RELATIVE_LIST.search(text, item.np.end, parts_at) is not None \
        and not _CLOSED.search(text, after_np.end, hi)  # ("300 people, of whom 85 were children, were killed")
    if hit is None and not relative:
        # (after "500,000 people were exposed, of whom 5,295 were left disabled" the verb is the part's own)
        hit = people_measure(text, item.mention.start, after_np, lo, hi, reach)
    if hit is None and item.parent is not None and item.parent in hits:
        hit = hits[item.parent]._replace(subgroup=None, cue_start=-1, cue_end=-1)
    anchors = [j for j, it in enumerate(items) if not it.is_part and j < i]
    if hit is None and anchors and anchors[-1] in hits and item.np.kind != "anaphor":
        prev = anchors[-1]
        after = list_end(items, prev)
        if items[prev].np.kind in PEOPLE_KINDS and (
                coordinated(text, after, item.mention.start) and not own_verb(text, after_np.end, hi)
                or item.np.kind == "none" and counter_estimate(text, after, item.mention.num_start, item.mention.end)):
            hit = hits[prev]._replace(subgroup=None, cue_start=-1, cue_end=-1)
    if hit is None and item.np.kind == "person":
        hit = responder_measure(ctx, after_np, hi)
    return hit


_CLOSED: Final = re.compile(r",\s")  # a comma after the relative clause closes it
_RELATIVE_LIST: Final = re.compile(r"\bof\s+(?:whom|which)\b", re.I)  # ("among them" is an aside: the verb after is the whole's)


def _share_back(text: str, items: list[Item], hits: dict[int, Hit]) -> None:
    """Co-subjects take the verb that follows them all: 'Six soldiers and two civilians were killed'; so does a part
    named before its whole: 'Two medics were among the 17 people killed'."""
    anchors = [j for j, it in enumerate(items) if not it.is_part]
    for a, b in zip(reversed(anchors[:-1]), reversed(anchors[1:])):
        if a in hits or b not in hits or items[a].np.kind != "person" or items[b].np.kind not in PEOPLE_KINDS:
            continue
        gap = (list_end(items, a), items[b].mention.start)
        # "Four journalists were among the 22 killed": the whole may have no noun; co-subjects both have one
        if items[b].np.kind == "person" and shared_subject(text, *gap) or among_later(text, *gap):
            hits[a] = hits[b]._replace(subgroup=None, cue_start=-1, cue_end=-1)


def _subgroup(text: str, sent: Sentence, items: list[Item], i: int, hit: Hit, whole: Hit | None) -> str | None:
    item, np = items[i], items[i].np
    if item.is_part:  # "including 11 in critical condition"; "32 were killed, of whom 20 were women"
        found = np.subgroup or condition_subgroup(text, np.end, sent.end) or people_name(text, item.mention.num_end, np)
        if found is None and item.np.kind in ("none", "anaphor"):  # "... of whom 20 were women", "56 of whom were
            found = of_whom_subgroup(text, item.np, sent.end, lexicon()["persons"])  # infants"
        return found
    if hit.subgroup is not None:
        return hit.subgroup
    place = place_subgroup(text, item.mention.start, np.end, sent.start, sent.end)
    if place is not None:
        return place
    if item.np.kind in ("person", "none"):
        without = without_subgroup(text, item.np.end, sent.end)
        if without is not None:  # "some 2,000 fans without tickets"
            return without
    has_parts = any(it.parent == i and it.is_part for it in items)
    if hit.cue_end >= 0 and not has_parts:
        manner = manner_subgroup(text, hit.cue_end, sent.end)
        if manner is not None:
            return manner
    if item.np.kind == "anaphor" and item.parent is not None:
        return _anaphor_subgroup(text, sent, items, i, hit, whole)
    # "300 were injured, 40 in serious condition"; "Of the injured, 56 are in a critical condition"
    if item.np.kind == "none" and (hit.cue_start < 0 or hit.cue_end <= item.mention.start):
        found = condition_subgroup(text, item.np.end, sent.end)
        if found is not None:
            return found
    if item.np.kind in ("anaphor", "none"):  # "20 of whom were children", "Of those killed, 40 were children"
        return of_whom_subgroup(text, item.np, sent.end, lexicon()["persons"]) \
            or _of_the_group(text, sent.start, item.mention.start)
    if hit.unit not in ("people", "percent") or lexicon()["responders"].get(item.np.head or "") == hit.measure:
        return None  # "4,000 troops were deployed": the measure already names the group
    if is_whole_subgroup(item.np.subgroup) and not co_subject_contrast(text, items, i):
        return None  # "11 fans were killed": the whole; "three stewards and 14 fans were arrested": a group
    head = (item.np.head or "").lower()
    if item.np.subgroup is None and item.np.kind == "person" and head not in lexicon()["persons"] \
            and co_subject_contrast(text, items, i):
        return re.sub(r"\W+", "_", head)  # "52 pilgrims and two drivers": a group the lexicon does not list
    return item.np.subgroup


# "Of the 105 children of the village, 82 were gassed": the sentence opens by naming the group the number is of.
_OF_THE_GROUP: Final = re.compile(r"\W*of\s+(?:the|those|these|its|their)\s+(?:[\d,.]+\s+)?(?:[\w'’-]+\s+){0,2}?"
                                  r"(?P<noun>[a-z]+)\b[^,;]{0,60},\s*$", re.I)


def _of_the_group(text: str, sentence_start: int, number_start: int) -> str | None:
    """The subgroup of the people a sentence opens with ("Of the 105 children ..., 82"), if the lexicon gives one."""
    m = _OF_THE_GROUP.match(text, sentence_start, number_start)
    if m is None:
        return None
    sub = lexicon()["persons"].get(m.group("noun").lower())
    return None if sub is None or is_whole_subgroup(sub) else sub


def _anaphor_subgroup(text: str, sent: Sentence, items: list[Item], i: int, hit: Hit,
                      whole: Hit | None) -> str | None:
    """'63 injured, 11 of them critical' -> critical; 'thousands of protesters marched and police arrested 19 of
    them' -> protesters, as 'police arrested 19 protesters' would say. A whole of plain people or of the whole
    population ('1,275 people were taken hostage; the fate of 150 of them is unknown') gives no subgroup."""
    np = items[i].np
    found = of_whom_subgroup(text, np, sent.end, lexicon()["persons"]) or condition_subgroup(text, np.end, sent.end)
    if found is not None or whole is None or whole.measure == hit.measure:
        return found
    group = items[items[i].parent or 0].np.subgroup
    return None if is_whole_subgroup(group) else group


def _event(frame: ev.EventFrame, hit: Hit, doc_events: ev.DocumentEvents,
           paragraph: Callable[[], str]) -> ev.EventFrame:
    if frame.slug == ev.MAIN and hit.measure == "attendees":
        return ev.gathering_event(doc_events, paragraph()) or frame
    return frame


def _claim(doc: Document, sent: Sentence, sentence_text: str, item: Item, hit: Hit, subgroup: str | None,
           event: ev.EventFrame, source: str | None) -> dict[str, Any]:
    m, np = item.mention, item.np
    end = hit.phrase_end if hit.phrase_end > 0 else (np.end if np.kind not in ("none",) else m.end)
    return dict(  # every field of Claim, in its order: ids are given in _number
        id="", document=doc.id, measure=hit.measure, subgroup=subgroup, unit=hit.unit,
        value=m.value, low=m.low, high=m.high, qualifier=m.qualifier, event=event.slug, parent=None,
        attribution=source, text=doc.text[m.start:end], start=m.start, end=end, sentence=sentence_text,
        sentence_start=sent.start, number_start=m.num_start, number_end=m.num_end,
        event_label=event.label, event_date=event.date, lexicon=LEXICON_VERSION, earlier=hit.earlier,
    )


def _number(drafts: list[_Draft]) -> list[Claim]:
    """Give ids c1, c2, ... in text order and turn draft parents into those ids."""
    order = sorted(range(len(drafts)), key=lambda k: (drafts[k].fields["start"], drafts[k].fields["end"]))
    ids = {k: f"c{n}" for n, k in enumerate(order, start=1)}
    return [_new_claim({**drafts[k].fields, "id": ids[k], "parent": ids[p] if (p := drafts[k].parent) is not None
                        else None}) for k in order]


def _new_claim(fields: dict[str, Any]) -> Claim:
    """Claim(**fields), built as its __init__ would build it but without a frozen-dataclass assignment per field
    (plain dataclass, every field given: tests/claims/test_extract.py checks it equals the constructor's)."""
    claim = object.__new__(Claim)
    claim.__dict__.update(fields)
    return claim
