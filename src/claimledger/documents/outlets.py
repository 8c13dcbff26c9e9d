"""Who published a text and under what title: dateline agency, credit and byline lines, masthead, headline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from claimledger.documents.body import Unit, units
from claimledger.documents.dates import full_dates, parse_dateline
from claimledger.vocabulary import load_versioned

OUTLETS_VERSION: Final = "documents-outlets/4"

# Credit, byline and masthead lines are looked for in this many units above the body and this many
# short units at either edge of it ("Source: Reuters" under the last paragraph).
HEADER_UNITS: Final = 6
EDGE_UNITS: Final = 2
# A credit line is short; a longer line is a sentence that merely names someone.
CREDIT_MAX_WORDS: Final = 10
# An outlet's name has at most this many words ("The Northern State News Agency" has 5).
NAME_MAX_WORDS: Final = 6
# A title has at least this many words; "SITUATION OVERVIEW" is a section label.
TITLE_MIN_WORDS: Final = 3

_SEPARATORS: Final = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_CONNECTORS: Final = {"of", "the", "and", "for", "de", "la", "le", "el", "del", "&", "on", "in"}
_BY: Final = re.compile(r"^By\s+(?P<rest>.+)$", re.I)
_SOURCE: Final = re.compile(r"^(?:Source|Sources|Credit|Courtesy(?:\s+of)?)\s*:\s*(?P<name>.+?)\.?$", re.I)
_SIGN_OFF: Final = re.compile(r"^[(\-–—]\s*(?P<name>[A-Z][\w.&' ]{1,30}?)\s*\)?\.?$")
_REPORTS: Final = re.compile(r",\s+(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s+reports?(?:\s+citing\b[^.]*)?\.")
_DATE_OR_TIME: Final = re.compile(r"\d{1,2}:\d\d|\b(?:1[89]|20)\d\d\b")
_NON_SPACE: Final = re.compile(r"\S").search
_POSTED: Final = re.compile(r"^(?:Posted|Published|Updated|Issued|Filed)\b", re.I)
# A line naming who issued a release or a bulletin: "Issued by: Communications Unit, Ministry of Health",
# "From: Foreign Office", "Prepared by the Country Office with partners".
_ISSUER: Final = re.compile(r"^(?:(?:Issued|Published|Prepared|Released|Distributed)\s+by\b\s*:?|From\s*:)\s*(?P<name>.+?)\.?$",
                            re.I)
# A label line of a release's heading block ("From: ...", "Ref: ...", "Date: ...", "Contact: ..."): no headline.
_LABEL_LINE: Final = re.compile(r"(?:from|to|date|ref|reference|subject|contacts?|location|dateline|"
                                r"(?:issued|prepared|published|released)\s+by)\s*:", re.I)


@dataclass(frozen=True)
class Credit:
    """An outlet name and the rule that found it."""

    name: str
    rule: str


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load_versioned("claimledger.documents", "data/outlets.json", OUTLETS_VERSION)


@lru_cache(maxsize=None)
def _words_of(kind: str) -> frozenset[str]:
    return frozenset(_data()[kind])


def _name_shape(name: str) -> bool:
    """Every word capitalised (small connectors aside), no digits, at most NAME_MAX_WORDS words."""
    tokens = name.split()
    if not tokens or len(tokens) > NAME_MAX_WORDS or any(map(str.isdigit, name)):
        return False
    return tokens[0][0].isupper() and all(t[0].isupper() or t.lower() in _CONNECTORS for t in tokens)


def _has(name: str, kind: str) -> bool:
    vocab = _words_of(kind)
    return any(w.lower().strip(".,") in vocab for w in name.split())


def _display(name: str) -> str:
    """A masthead in capitals becomes title case ("THE VALLEY TRUTH" -> "The Valley Truth")."""
    name = name.strip(" .,:;")
    return name.title() if name.isupper() and len(name) > 6 else name


def _edges(text: str, start: int, body: tuple[int, int]) -> tuple[list[Unit], list[Unit]]:
    found = units(text, start)
    header = [u for u in found if u.end <= body[0]][-HEADER_UNITS:]
    inside = [u for u in found if body[0] <= u.start < body[1]]
    after = [u for u in found if u.start >= body[1]][:EDGE_UNITS]
    edge = inside[:1] + inside[-EDGE_UNITS:] + after
    return header, [u for u in edge if u.tokens <= CREDIT_MAX_WORDS]


def from_byline(line: str) -> str | None:
    """The outlet a 'By ...' line names: 'By Valleynews', 'By Jane Roe, Daily Post' (not a person's name)."""
    m = _BY.match(line.strip())
    if not m:
        return None
    by, *after = m.group("rest").split("|")
    rest = "|".join([by] + [s for s in after if not _dateline_segment(s)])
    parts = [p.strip(" .") for p in re.split(r",|\||/|\s+for\s+", rest) if p.strip(" .")]
    if not parts:
        return None
    first = parts[0]
    if _name_shape(first) and not _has(first, "role_words"):
        if len(first.split()) == 1 or _has(first, "outlet_words"):
            return _display(first)
    for part in parts[1:]:
        if _name_shape(part) and not _has(part, "role_words") and not _DATE_OR_TIME.search(part):
            return _display(part)
    return None


def _dateline_segment(segment: str) -> bool:
    """Capitals set off by a bar in a byline that name no outlet: most often where the story was filed from ('By Jane
    Roe | DUNMORE, WESTSHIRE', '| NAIROBI'). Kept as an outlet: a wire agency's name ('| REUTERS', '| AFP') or a name
    with an outlet word ('| VALLEY NEWS'); other capitals ('| THE HINDU') cannot be told from a place, so they name
    no outlet rather than a wrong one."""
    m = _CAPS_PLACE.fullmatch(segment.strip())
    if m is None:
        return False
    return not _has(m.group("place"), "outlet_words") and m.group("place").lower() not in _words_of("agency_names")


_CAPS_WORDS: Final = r"[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,3}"
_CAPS_PLACE: Final = re.compile(rf"(?P<place>{_CAPS_WORDS})(?:\s*,\s*(?P<region>{_CAPS_WORDS}))?")


def _parts(line: str) -> list[str]:
    """The non-blank parts of `line` between separators (a line without a separator is one part)."""
    if not _has_separator(line):  # every _SEPARATORS match holds one of these characters
        stripped = line.strip()
        return [stripped] if stripped else []
    return [p.strip() for p in _SEPARATORS.split(line) if p.strip()]


def _has_separator(line: str) -> bool:
    return "-" in line or "|" in line or "–" in line or "—" in line


def _masthead(line: str) -> str | None:
    """The name in a page-top masthead with a tagline: 'THE VALLEY TRUTH — independent voice of ...'."""
    if not _has_separator(line):  # one part only
        return None
    parts = _parts(line)
    if len(parts) > 1 and _name_shape(parts[0]) and parts[1][:1].islower():
        return parts[0]
    return None


def _from_credit_line(line: str, text: str, body: tuple[int, int]) -> str | None:
    """A credit line naming an outlet ('Radio X News | bulletin') or a releasing body ('X - Press Release')."""
    parts = _parts(line)
    for i, part in enumerate(parts):
        if not _name_shape(part) or ":" in part:  # "SUDAN: Floods - Situation Report": a place and an event
            continue
        if part.lower() in _data()["document_types"]:  # "PRESS RELEASE": what the text is, not who issued it
            continue
        rest = " ".join(parts[i + 1 :]).lower()
        if _has(part, "outlet_words") or any(rest.startswith(t) for t in _data()["document_types"]):
            return _display(_named_in_body(part, text[body[0] : body[1]]))
    return None


def _named_in_body(name: str, body_text: str) -> str:
    """The longest leading part of `name` the article itself uses ('Radio X News' -> 'Radio X')."""
    tokens = name.split()
    for n in range(len(tokens), 1, -1):
        part = " ".join(tokens[:n])
        if re.search(rf"\b{re.escape(part)}\b", body_text):
            return part
    return name


def _issuer(line: str) -> str | None:
    """The organisation an issuer line names ('Issued by: Communications Unit, Ministry of Health' -> 'Ministry of
    Health'): the desk named first is left out, and the name ends where the capitalised words do ('the Country Office
    for Ruvela with partners' -> 'Country Office for Ruvela')."""
    m = _ISSUER.match(line.strip())
    if not m:
        return None
    parts = [p.strip() for p in m.group("name").split(",") if p.strip()]
    while len(parts) > 1 and _has(parts[0], "subunit_words"):
        parts.pop(0)
    tokens = ", ".join(parts).split()
    if tokens and tokens[0].lower() == "the":
        tokens.pop(0)
    name: list[str] = []
    for t in tokens[:NAME_MAX_WORDS]:
        if not (t[0].isupper() or t.lower() in _CONNECTORS) or any(map(str.isdigit, t)):
            break
        name.append(t)
    while name and name[-1].lower() in _CONNECTORS:
        name.pop()
    found = " ".join(name).strip(" ,")
    if found and _name_shape(found) and (_has(found, "issuer_words") or _has(found, "outlet_words")):
        return _display(found)
    return None


def _first_start(text: str, start: int) -> int:
    """Offset of the first non-blank character at or after `start` (where a masthead would sit)."""
    first = _NON_SPACE(text, start)  # \S is what str.strip() keeps, so no copy of the text is needed
    return first.start() if first else len(text)


def find_outlet(text: str, start: int, body: tuple[int, int]) -> Credit | None:
    """The outlet the text credits itself to, with the rule that found it, or None."""
    dl = parse_dateline(text, body[0])
    if dl is not None and dl.agency and _name_shape(dl.agency):
        return Credit(dl.agency, f"dateline '{dl.text}'")
    lead_end = text.find("\n", body[0], body[1])
    lead = text[body[0] : lead_end if lead_end >= 0 else body[1]]  # the first line of the body
    m = _REPORTS.search(lead) if "report" in lead else None  # _REPORTS holds "report"
    if m and _name_shape(m.group("name")):
        return Credit(m.group("name"), f"'{m.group(0).strip(', .')}' in the first paragraph")
    header, edge = _edges(text, start, body)
    for u in header + edge:
        for pattern, rule in ((_SOURCE, "source line"), (_SIGN_OFF, "sign-off")):
            m = pattern.match(u.text)
            if m and _name_shape(m.group("name").strip()):
                return Credit(m.group("name").strip(), f"{rule} '{u.text}'")
        issuer = _issuer(u.text)
        if issuer:
            return Credit(issuer, f"issuer line '{u.text}'")
    for u in header:
        name = from_byline(u.text)
        if name:
            return Credit(name, f"byline '{u.text}'")
    top = _first_start(text, start)
    for u in header:
        name = _masthead(u.text) if u.start == top else None
        if name:
            return Credit(_display(name), f"masthead '{u.text}'")
        name = _from_credit_line(u.text, text, body)
        if name:
            return Credit(name, f"credit line '{u.text}'")
    return None


def _not_a_title(line: str) -> bool:
    return (
        len(line.split(None, TITLE_MIN_WORDS)) < TITLE_MIN_WORDS
        or bool(_BY.match(line) or _POSTED.match(line) or _SOURCE.match(line))
        or bool(full_dates(line))
        or _credit_line(line)
        or bool(_LABEL_LINE.match(line))
    )


def _credit_line(line: str) -> bool:
    """'RTD News | Dravnik', 'Home | World | Europe': short names between bars credit or file a story; no headline."""
    parts = line.split("|")
    return len(parts) > 1 and all(0 < len(p.split()) <= CREDIT_PART_WORDS for p in parts)


# Words of each bar-separated part of a credit or section line.
CREDIT_PART_WORDS = 3


def find_title(text: str, start: int, body: tuple[int, int], outlet: str | None = None) -> str | None:
    """The headline: the first line of the last block above the body that is not a label, byline, date or
    the name of the outlet (`outlet`, or a masthead-like name when a headline sits above it)."""
    header = [u for u in units(text, start) if u.end <= body[0]]
    blocks: dict[int, list[Unit]] = {}
    for u in header:
        blocks.setdefault(u.block, []).append(u)
    top = _first_start(text, start)
    fallback = None
    for block in reversed(list(blocks.values())):
        first = block[0]
        if _not_a_title(first.text) or (first.start == top and _masthead(first.text)):
            continue
        if _names_outlet(first.text, outlet):
            continue
        if not _outlet_name_line(first.text):
            return headline(first.text)
        fallback = fallback or headline(first.text)
    return fallback


def headline(line: str) -> str:
    """A headline line without what a page or a wire puts before it: a section label set off by a bar ("Opinion |
    ...", "World news | ...") and a wire tag ("UPDATE 3-...", "EXCLUSIVE: ...")."""
    label, bar, rest = line.partition("|")
    if bar and 0 < len(label.split()) <= CREDIT_PART_WORDS and len(rest.split()) >= TITLE_MIN_WORDS \
            and "|" not in rest and label.strip()[:1].isupper():
        line = rest.strip()
    m = _WIRE_TAG.match(line)
    if m and m.group("tag") in _data()["wire_tags"] and len(line[m.end():].split()) >= TITLE_MIN_WORDS:
        line = line[m.end():]
    return line


# A tag in capitals, maybe numbered, then a dash or a colon: "UPDATE 3-", "REFILE-UPDATE 2-", "EXCLUSIVE: ".
_WIRE_TAG: Final = re.compile(r"(?P<tag>[A-Z]+(?:-[A-Z]+)?)(?:\s?\d{1,2})?(?:-|\s*:)\s*(?=\S)")


def _bare(name: str) -> str:
    """A name compared without case, edge punctuation or a leading 'The'."""
    name = name.strip(" .,:;").lower()
    return name[4:] if name.startswith("the ") else name


def _names_outlet(line: str, outlet: str | None) -> bool:
    """Whether `line` is the outlet's name (or the name with more words after it: 'Northland Herald Online')."""
    if not outlet or len(line.split()) > NAME_MAX_WORDS:
        return False
    bare, name = _bare(line), _bare(outlet)
    return bare == name or (bare.startswith(name + " ") and _name_shape(line))


def _outlet_name_line(line: str) -> bool:
    """A line shaped like a newspaper's name: capitalised words ending in an outlet word ('The Valley Herald',
    'Dunmore Daily Post'). A headline can be shaped so too, so it is passed over only for a headline above it."""
    stripped = line.strip(" .")
    return _name_shape(stripped) and stripped.split()[-1].lower() in _words_of("outlet_words")
