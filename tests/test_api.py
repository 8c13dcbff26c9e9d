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

    real = api.extract

    def fragile(doc: Document):  # type: ignore[no-untyped-def]
        if doc.id == "bad.txt":
            raise RuntimeError("a rule tripped")
        return real(doc)

    monkeypatch.setattr(api, "extract", fragile)
    docs = [Document(id=i, text="Nine people were killed in the blast, police said.", source=i)
            for i in ("a.txt", "bad.txt", "c.txt")]
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        report = api.store_items(docs, store)
        assert [r.code for r in report.rejections] == ["failed"] and "a rule tripped" in report.rejections[0].reason
        assert sorted(d.id for d in store.documents()) == ["a.txt", "c.txt"]
