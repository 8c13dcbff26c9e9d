"""Build the Ledger: documents and claims in, events with figures, checks, dated facts and reuse out."""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter, defaultdict
from typing import Callable, Iterable, Mapping, Sequence

from claimledger.claims.model import Claim, DatedFact
from claimledger.documents.model import Document
from claimledger.ledger import events as ev
from claimledger.ledger.checks import checks
from claimledger.ledger.dated import dated_figures
from claimledger.ledger.figures import ReuseView, build_figures, current
from claimledger.ledger.model import DocumentInfo, Event, Ledger
from claimledger.ledger.reuse import Body, ReuseIndex, find_reuse, with_copies
from claimledger.settings import Settings

MAIN = "main"


def build_ledger(documents: Iterable[Document], claims: Sequence[Claim], dated: Sequence[DatedFact] = (),
                 framing: Mapping[str, float] | None = None, settings: Settings | None = None,
                 text_of: Callable[[str], str] | None = None) -> Ledger:
    """The ledger of a corpus. `documents` is read once (it may stream from a store); bodies are
    re-read through `text_of(id)` for alignment when given, else kept zlib-compressed meanwhile."""
    settings = settings or Settings()
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[c.document].append(c)
    infos: list[DocumentInfo] = []
    bodies: dict[str, Body] = {}
    grouper = ev.Grouper()
    index = ReuseIndex(settings.reuse_threshold)
    kept: dict[str, bytes] = {}
    first_with_body: dict[bytes, str] = {}  # 16-byte digest of a body -> the first document with it
    copies: list[tuple[str, str]] = []
    for doc in documents:
        digest = hashlib.blake2b(doc.body_text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if first_with_body.setdefault(digest, doc.id) != doc.id:
            copies.append((first_with_body[digest], doc.id))
        infos.append(_info(doc, framing))
        start, end = doc.body
        bodies[doc.id] = Body(doc.id, doc.published, start, end if text_of is not None else None)
        grouper.add(ev.signature(doc, [c for c in by_doc.get(doc.id, ()) if c.event == MAIN]))
        index.add(doc.id, doc.body_text)
        if text_of is None:
            kept[doc.id] = zlib.compress(doc.body_text.encode("utf-8", "surrogatepass"))
    body_of = _body_reader(kept, text_of)
    reuse = find_reuse(bodies, index.pairs(), body_of)
    index.close()
    reuse = with_copies(reuse, copies, bodies, {i.id: i.body for i in infos})
    published = {i.id: i.published for i in infos}
    view = ReuseView.of(reuse)
    events = _events(grouper.groups(), by_doc, dated, published, view)
    lexicon = next((c.lexicon for c in claims if c.lexicon), "")
    return Ledger(documents=tuple(infos), events=tuple(events), reuse=tuple(reuse), lexicon=lexicon)


def _info(doc: Document, framing: Mapping[str, float] | None) -> DocumentInfo:
    return DocumentInfo(id=doc.id, title=doc.title, published=doc.published,
                        published_precision=doc.published_precision, outlet=doc.outlet, language=doc.language,
                        body=doc.body, framing=(framing or {}).get(doc.id), source=doc.source)


def _body_reader(kept: Mapping[str, bytes], text_of: Callable[[str], str] | None) -> Callable[[str], str]:
    """A function giving a document's text from `text_of`, else its body from the compressed copy."""
    if text_of is None:
        return lambda i: zlib.decompress(kept[i]).decode("utf-8", "surrogatepass")
    return text_of


def _events(groups: Sequence[ev.Group], by_doc: Mapping[str, Sequence[Claim]], dated: Sequence[DatedFact],
            published: Mapping[str, str | None], view: ReuseView) -> list[Event]:
    """Main corpus events first (e1, e2, ...), then the other events figures were about."""
    out: list[Event] = []
    home: dict[str, int] = {}
    for n, g in enumerate(groups):
        for d in g.documents:
            home[d] = n
    facts: dict[int, list[DatedFact]] = defaultdict(list)
    for f in dated:
        if f.document in home:
            facts[home[f.document]].append(f)
    for n, g in enumerate(groups):
        cs = [c for d in g.documents for c in by_doc.get(d, ()) if c.event == MAIN]
        figs = build_figures(cs, published, view, by_doc)
        out.append(Event(id=f"e{len(out) + 1}", label=ev.label(g.place, g.date), place=g.place, date=g.date,
                         documents=g.documents, figures=figs, checks=checks(current(cs), figs),
                         dated=dated_figures(facts[n]), main=True))
    others: dict[str, list[Claim]] = defaultdict(list)
    for doc_claims in by_doc.values():
        for c in doc_claims:
            if c.event != MAIN:
                others[c.event].append(c)
    for slug, cs in sorted(others.items()):
        out.append(_other(f"e{len(out) + 1}", slug, cs, published, view, by_doc))
    return out


def _other(eid: str, slug: str, cs: Sequence[Claim], published: Mapping[str, str | None], view: ReuseView,
           by_doc: Mapping[str, Sequence[Claim]]) -> Event:
    label = Counter(c.event_label for c in cs if c.event_label).most_common(1)
    date = Counter(c.event_date for c in cs if c.event_date).most_common(1)
    figs = build_figures(cs, published, view, by_doc)
    return Event(id=eid, label=label[0][0] if label else slug, place=None, date=date[0][0] if date else None,
                 documents=tuple(dict.fromkeys(c.document for c in cs)), figures=figs,
                 checks=checks(current(cs), figs), main=False)


def claim_event_ids(ledger: Ledger) -> dict[str, str]:
    """Claim id -> event id, for the claims output."""
    out: dict[str, str] = {}
    for e in ledger.events:
        for f in e.figures:
            for v in (*f.values, *f.earlier):
                for cid in v.claims:
                    out[cid] = e.id
    return out
