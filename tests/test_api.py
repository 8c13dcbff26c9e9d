"""The Python API: parallel extraction writes exactly what one process writes."""

from __future__ import annotations

from pathlib import Path

from claimledger import api
from claimledger.settings import Settings
from claimledger.store.sqlite import Store

from conftest import DEMO  # type: ignore[import-not-found]


def _stored(db: Path, jobs: int) -> tuple[list[dict], list[tuple]]:
    with Store(f"sqlite:///{db}") as store:
        report = api.ingest([str(DEMO)], store, Settings(progress=False, jobs=jobs))
        assert report.read == 7 and report.added == 7
        claims = [c.to_json() for c in store.claims()]
        spans = [(s.document, s.start, s.end, s.techniques) for s in store.spans()]
    return claims, spans


def test_api_ingest_with_workers_stores_what_one_process_stores(tmp_path: Path) -> None:
    assert _stored(tmp_path / "one.db", 1) == _stored(tmp_path / "two.db", 2)


def test_api_a_document_that_breaks_extraction_is_rejected_and_the_run_goes_on(tmp_path: Path, monkeypatch) -> None:
    from claimledger.documents.model import Document

    claims, dated, tag, score = api._stages()

    def fragile(doc: Document, *rest):  # type: ignore[no-untyped-def]
        if doc.id == "bad.txt":
            raise RuntimeError("a rule tripped")
        return claims(doc, *rest)

    monkeypatch.setattr(api, "_stages", lambda: (fragile, dated, tag, score))
    docs = [Document(id=i, text="Nine people were killed in the blast, police said.", source=i)
            for i in ("a.txt", "bad.txt", "c.txt")]
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        report = api.store_items(docs, store)
        assert [r.code for r in report.rejections] == ["failed"] and "a rule tripped" in report.rejections[0].reason
        assert sorted(d.id for d in store.documents()) == ["a.txt", "c.txt"]
        assert [c.value for c in store.claims()] == [9, 9]


def test_api_extract_many_gives_what_extract_gives_each_document_in_turn(monkeypatch) -> None:
    """Stage by stage over a batch, with a document failing half-way (its framing done, its claims not)."""
    from claimledger.documents.model import Document

    texts = ["Nine people were killed in the blast, police said. A cowardly attack, the mayor said.",
             "Flooding displaced 2,000 families on Monday, the agency said.",
             "More than 40 people were injured in the stampede in 2019."]
    docs = [Document(id=f"d{i}.txt", text=t, source=f"d{i}.txt") for i, t in enumerate(texts * 2)]
    expected = [api.extract(d) for d in docs]
    assert api.extract_many(docs) == expected

    claims, dated, tag, score = api._stages()
    calls: list[str] = []

    def fragile(doc: Document, *rest):  # type: ignore[no-untyped-def]
        calls.append(doc.id)
        if doc.id == "d1.txt":
            raise ValueError("no")
        return claims(doc, *rest)

    def counted_dated(doc: Document):  # type: ignore[no-untyped-def]
        calls.append("dated " + doc.id)
        return dated(doc)

    monkeypatch.setattr(api, "_stages", lambda: (fragile, counted_dated, tag, score))
    got = api.extract_many(docs)
    assert isinstance(got[1], ValueError) and got[:1] + got[2:] == expected[:1] + expected[2:]
    assert "dated d1.txt" not in calls and "dated d4.txt" in calls  # a failed document's later stages are skipped
