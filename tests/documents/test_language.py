"""Language identification by stopword profiles: a code for real prose, None when too short to tell."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.documents.language import detect_language, function_words, plain_reader, words


@pytest.mark.parametrize("text, code", [
    ("The river burst its banks on Tuesday and the council said that hundreds of people had to leave "
     "their homes in the lower town.", "en"),
    ("La rivière est sortie de son lit mardi et le conseil a dit que des centaines de personnes ont dû "
     "quitter leurs maisons dans la ville basse.", "fr"),
    ("Der Fluss ist am Dienstag über die Ufer getreten, und der Rat sagte, dass Hunderte von Menschen "
     "ihre Häuser in der Unterstadt verlassen mussten.", "de"),
    ("El río se desbordó el martes y el consejo dijo que cientos de personas tuvieron que dejar sus "
     "casas en la parte baja de la ciudad.", "es"),
    ("Il fiume è esondato martedì e il consiglio ha detto che centinaia di persone hanno dovuto lasciare "
     "le loro case nella città bassa.", "it"),
    ("O rio transbordou na terça-feira e o conselho disse que centenas de pessoas tiveram de deixar as "
     "suas casas na parte baixa da cidade.", "pt"),
    ("Во вторник река вышла из берегов, и совет сообщил, что сотни людей были вынуждены покинуть свои "
     "дома в нижней части города.", "ru"),
    ("Nehir salı günü taştı ve belediye, aşağı şehirdeki yüzlerce kişinin evlerini terk etmek zorunda "
     "kaldığını söyledi. Bu çok büyük bir sel oldu ve herkes için zor bir gün oldu.", "tr"),
    ("Çay çərşənbə axşamı daşdı və bələdiyyə bildirib ki, aşağı şəhərdə yüzlərlə insan evlərini tərk "
     "etməli oldu. Bu çox böyük bir sel idi və hər kəs üçün çətin gün oldu.", "az"),
])
def test_language_detects_profiled_languages(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "Flood", "River floods town", "12 345 678", "Ivan Petrov, Anna Smith, Jon Doe"])
def test_language_too_short_or_wordless_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_language_function_words_cover_profiles() -> None:
    fw = function_words()
    assert {"the", "und", "и", "və"} <= fw and "river" not in fw


def test_language_seed_documents_are_english(seed_corpus: Path) -> None:
    for path in sorted(seed_corpus.glob("*.txt")):
        assert detect_language(path.read_text(encoding="utf-8")) == "en", path.name


@pytest.mark.parametrize("text", [
    "The ferry’s crew said the “storm” had passed – for now… Rock'n'roll isn't over.\n\nNext line here.",
    "No apostrophes at all in this line, only commas — and dashes.\nA second line follows it.",
    "'Tis the season; the council’s 12 members met at 9:30 on Monday.",
])
def test_language_plain_reader_reads_the_same_words(text: str) -> None:
    read = plain_reader(text)
    assert read is not None
    for start in range(0, len(text), 7):
        for end in (start + 1, start + 23, len(text)):
            assert read(start, end) == words(text[start:end]), (start, end)


def test_language_plain_reader_refuses_text_with_other_letters() -> None:
    assert plain_reader("Le café était fermé.") is None


def test_language_counts_are_counters_in_c_and_in_python() -> None:
    """The C counting loop and its Python fallback give Counter's counts in Counter's order."""
    from collections import Counter

    from claimledger.documents import language

    keys = ["en", "fr en", "en", "de", "fr en", "en"] * 40 + ["es"]
    fallback: dict[str, int] = {}
    language._count_loop(fallback, iter(keys))
    expected = list(Counter(keys).items())
    assert list(language._count(iter(keys)).items()) == expected == list(fallback.items())
