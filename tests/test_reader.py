"""Tests for kg.reader: files, JSON lines, directories and stdin → Article, and every bad input."""

from __future__ import annotations

import io
import json
import pathlib
import sys
from pathlib import Path

import pytest

from kg import reader
from kg.model import Article
from kg.reader import SUPPORTED_LANGUAGES, InputError, detect_language, is_supported, read_articles

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
SEED = SAMPLES / "rt-de-2022-02-china-russland.txt"
STATE_DEPT = SAMPLES / "us-state-department.jsonl"

# Written for these tests.
GERMAN = (
    "Die Bundesregierung hat am Mittwoch angekündigt, die Hilfen für die Landwirte im Norden "
    "deutlich zu erhöhen, nachdem die Ernte wegen der Dürre schlecht ausgefallen war."
)
ENGLISH = (
    "The finance minister told reporters on Tuesday that the government would not raise taxes "
    "this year, although the deficit had grown faster than expected."
)
FRENCH = (
    "Le maire de la ville a déclaré hier soir que les travaux du nouveau pont commenceront "
    "au printemps prochain, malgré les retards accumulés depuis deux ans."
)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def jsonl(*records: dict | str) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


def read_all(*inputs: str | Path, **options: object) -> list[Article]:
    return list(read_articles(list(inputs), **options))  # type: ignore[arg-type]


def read_skipping(*inputs: str | Path, **options: object) -> tuple[list[Article], list[InputError]]:
    errors: list[InputError] = []
    articles = list(read_articles(list(inputs), on_invalid=errors.append, **options))  # type: ignore[arg-type]
    return articles, errors


def error_of(*inputs: str | Path, **options: object) -> str:
    with pytest.raises(InputError) as caught:
        read_all(*inputs, **options)
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message
    return message


# --- the real samples -----------------------------------------------------------------------------


def test_seed_article() -> None:
    [article] = read_all(SEED)
    assert article.id == "rt-de-2022-02-china-russland"
    assert article.lang == "de"
    assert article.date == "2022-02"
    assert article.text.startswith("Über Chinas Schritte")
    assert article.text.endswith("Quelle: RT DE")
    assert article.source == str(SEED)


def test_state_department_jsonl() -> None:
    articles = read_all(STATE_DEPT)
    assert len(articles) == 22
    assert all(a.lang == "en" for a in articles)
    assert all(a.outlet == "U.S. Department of State" for a in articles)
    assert all(a.url and a.url.startswith("https://www.") for a in articles)
    assert sum(a.date is not None for a in articles) == 21  # one record has "date": null
    assert articles[0].id == "us-state-dept-108a8cfc05"
    assert articles[0].date == "2016-10"
    assert articles[0].title == "Terrorist Attacks in Iraq"
    assert articles[0].source == f"{STATE_DEPT}:1"
    assert articles[21].source == f"{STATE_DEPT}:22"
    assert len({a.id for a in articles}) == 22


def test_samples_directory() -> None:
    articles = read_all(SAMPLES)
    assert len(articles) == 23  # the licence (.md) is not an article
    assert [a.lang for a in articles].count("de") == 1
    # sorted: rt-de-… comes before us-state-department.jsonl
    assert articles[0].id == "rt-de-2022-02-china-russland"


# --- paths ----------------------------------------------------------------------------------------


def test_single_path_is_not_split_into_characters(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ENGLISH)
    assert [a.id for a in read_articles(str(path))] == ["a"]  # type: ignore[arg-type]


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert error_of(missing) == f"{missing}: no such file or directory"


def test_explicit_file_of_another_suffix(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.md", ENGLISH)
    assert error_of(path) == f"{path}: not a .txt or .jsonl file (suffix '.md')"
    bare = write(tmp_path / "README", ENGLISH)
    assert error_of(bare) == f"{bare}: not a .txt or .jsonl file (suffix 'none')"


def test_directory_is_recursive_sorted_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", ENGLISH)
    write(tmp_path / "a.txt", GERMAN)
    write(tmp_path / "sub" / "c.jsonl", jsonl({"id": "c1", "text": ENGLISH}, {"id": "c2", "text": GERMAN}))
    write(tmp_path / "sub" / "deeper" / "d.TXT", ENGLISH)
    write(tmp_path / "notes.md", "not an article")
    write(tmp_path / "data.json", "{}")
    write(tmp_path / ".hidden.txt", ENGLISH)
    write(tmp_path / ".git" / "e.txt", ENGLISH)
    write(tmp_path / "sub" / ".cache" / "f.jsonl", jsonl({"id": "f", "text": ENGLISH}))
    assert [a.id for a in read_all(tmp_path)] == ["a", "b", "c1", "c2", "d"]


def test_explicit_hidden_file_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / ".draft.txt", ENGLISH)
    assert [a.id for a in read_all(path)] == [".draft"]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = jsonl({"id": 1, "text": ENGLISH}, {"id": "two", "text": GERMAN, "lang": "de-DE"}).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    articles = read_all("-")
    assert [(a.id, a.lang, a.source) for a in articles] == [
        ("1", "en", "<stdin>:1"),
        ("two", "de", "<stdin>:2"),
    ]


def test_stdin_errors_name_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": "x"}\n')))
    assert error_of("-") == '<stdin>:1: "text" is missing or empty'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert error_of("-") == "<stdin>: no input"


# --- .txt metadata --------------------------------------------------------------------------------


def test_plain_txt_uses_stem_and_detects_language(tmp_path: Path) -> None:
    path = write(tmp_path / "nested.name.txt", f"\n\n  {ENGLISH}  \n\n")
    [article] = read_all(path)
    assert article == Article(id="nested.name", text=ENGLISH, lang="en", source=str(path))


def test_front_matter(tmp_path: Path) -> None:
    path = write(
        tmp_path / "fm.txt",
        (
            "---\n"
            'title: "Bauern: mehr Hilfe"\n'
            "date: 2023-08-02\n"
            "lang: DE\n"
            "outlet: Beispielzeitung\n"
            "url: https://example.org/a?b=c\n"
            "# a comment\n"
            "tags:\n"
            "  - agriculture\n"
            "author: someone\n"
            "---\n"
            f"\n{GERMAN}\n"
        ),
    )
    [article] = read_all(path)
    assert article == Article(
        id="fm",
        text=GERMAN,
        lang="de",
        date="2023-08-02",
        title="Bauern: mehr Hilfe",
        outlet="Beispielzeitung",
        url="https://example.org/a?b=c",
        source=str(path),
    )


def test_front_matter_id_overrides_stem(tmp_path: Path) -> None:
    path = write(tmp_path / "fm.txt", f"---\nid: article-7\n---\n{ENGLISH}")
    assert read_all(path)[0].id == "article-7"


def test_front_matter_errors(tmp_path: Path) -> None:
    unclosed = write(tmp_path / "unclosed.txt", f"---\ndate: 2020\n{ENGLISH}\n")
    assert error_of(unclosed) == (
        f"{unclosed}: front matter opened with '---' on line 1 is never closed with '---'"
    )
    malformed = write(tmp_path / "malformed.txt", f"---\ndate 2020\n---\n{ENGLISH}\n")
    assert error_of(malformed) == f"{malformed}: front matter line 2 is not \"key: value\": 'date 2020'"
    bad_date = write(tmp_path / "bad_date.txt", f"---\ndate: 5 May\n---\n{ENGLISH}\n")
    assert error_of(bad_date) == f"{bad_date}: \"date\" must be YYYY, YYYY-MM or YYYY-MM-DD, got '5 May'"
    twice = write(tmp_path / "twice.txt", f"---\ndate: 2020\ndate: 2021\n---\n{ENGLISH}\n")
    assert error_of(twice) == f'{twice}: "date" is given twice in the metadata'
    only_meta = write(tmp_path / "only_meta.txt", "---\ndate: 2020\n---\n\n")
    assert error_of(only_meta) == f"{only_meta}: no text after the metadata"


def test_header_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path / "h.txt",
        (
            "Title: Steuern bleiben stabil\n"
            "Date: 2021-11\n"
            "URL: https://example.org/x\n"
            "Outlet: Example News\n"
            "lang: en-GB\n"
            "\n"
            f"{ENGLISH}\n"
            "Date: this line is part of the body\n"
        ),
    )
    [article] = read_all(path)
    assert (article.title, article.date, article.url, article.outlet, article.lang) == (
        "Steuern bleiben stabil",
        "2021-11",
        "https://example.org/x",
        "Example News",
        "en",
    )
    assert article.text == f"{ENGLISH}\nDate: this line is part of the body"


def test_header_line_with_bad_date(tmp_path: Path) -> None:
    path = write(tmp_path / "h.txt", f"Date: Thursday\n\n{ENGLISH}")
    assert error_of(path) == f"{path}: \"date\" must be YYYY, YYYY-MM or YYYY-MM-DD, got 'Thursday'"


def test_inline_pairs(tmp_path: Path) -> None:
    path = write(tmp_path / "i.txt", f" date 2022-02 lang de outlet Beispiel {GERMAN}\n\nZweiter Absatz.")
    [article] = read_all(path)
    assert (article.date, article.lang, article.outlet) == ("2022-02", "de", "Beispiel")
    assert article.text == f"{GERMAN}\n\nZweiter Absatz."


def test_inline_pairs_need_lower_case_keys_and_plausible_values(tmp_path: Path) -> None:
    # "Date palms …", "lang anhaltende …" and "url without a scheme" are words, not metadata.
    for text in (
        "Date 2020 palms grow in the south.",
        "lang anhaltende Dürre im Norden.",
        "url shorteners are everywhere.",
    ):
        path = write(tmp_path / "w.txt", text)
        [article] = read_all(path)
        assert article.text == text and article.date is None


def test_inline_date_that_looks_like_a_date_is_validated(tmp_path: Path) -> None:
    path = write(tmp_path / "i.txt", f"date 2022-13 {GERMAN}")
    assert error_of(path) == f"{path}: \"date\" must be YYYY, YYYY-MM or YYYY-MM-DD, got '2022-13'"


# --- text normalisation ---------------------------------------------------------------------------


def test_bom_crlf_and_nfc(tmp_path: Path) -> None:
    decomposed = "Mu\u0308nchen und Ko\u0308ln"  # "ü" and "ö" as base letter + combining diaeresis
    content = f"\ufeffTitle: T\r\n\r\n{decomposed}\r\n{GERMAN}\r\n"
    path = write(tmp_path / "n.txt", content.encode())
    [article] = read_all(path)
    assert article.title == "T"
    assert article.text == f"München und Köln\n{GERMAN}"


def test_other_encoding(tmp_path: Path) -> None:
    path = write(tmp_path / "latin1.txt", f"date 2020 {GERMAN}".encode("latin-1"))
    message = error_of(path)
    offset = f"date 2020 {GERMAN}".encode("latin-1").index(b"\xfc")  # the "ü" of "angekündigt"
    assert message == (
        f"{path}: not valid UTF-8 (byte 0xfc at offset {offset});"
        " pass --encoding if the file uses another encoding"
    )
    [article] = read_all(path, encoding="latin-1")
    assert article.text == GERMAN and article.lang == "de"


def test_utf16_is_named(tmp_path: Path) -> None:
    path = write(tmp_path / "u16.txt", ENGLISH.encode("utf-16"))
    assert error_of(path) == (
        f"{path}: looks like UTF-16 (it starts with a UTF-16 byte order mark); pass --encoding utf-16"
    )
    assert read_all(path, encoding="utf-16")[0].text == ENGLISH


def test_unknown_encoding_is_reported_at_once() -> None:
    with pytest.raises(InputError, match=r"^unknown encoding 'klingon' \(--encoding\)$"):
        read_articles(["whatever"], encoding="klingon")


# --- bad .txt files -------------------------------------------------------------------------------


def test_empty_files(tmp_path: Path) -> None:
    for name, content in (("empty.txt", b""), ("blank.txt", b" \n\t\n"), ("bom.txt", b"\xef\xbb\xbf\n")):
        path = write(tmp_path / name, content)
        assert error_of(path) == f"{path}: empty file"


def test_binary_data(tmp_path: Path) -> None:
    nul = write(tmp_path / "x.bin.txt", b"PK\x03\x04" + bytes(range(256)) * 4)
    assert error_of(nul) == f"{nul}: binary data, not text"
    controls = write(tmp_path / "controls.txt", b"ab\x01\x02\x03\x1b\x7f" * 100)
    assert error_of(controls) == f"{controls}: binary data, not text"


def test_too_big_is_decided_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sparse = tmp_path / "sparse.txt"
    with sparse.open("wb") as f:
        f.truncate(50 * 2**20)  # 50 MiB of NULs, allocated lazily
    words = tmp_path / "big.txt"
    with words.open("w", encoding="utf-8") as f:
        block = "Frieden Krieg Handel Gipfel " * 4096
        for _ in range(50 * 2**20 // len(block) + 1):
            f.write(block)
    assert words.stat().st_size > 50 * 2**20

    opened: list[Path] = []
    real_open = pathlib.Path.open

    def spying_open(self: Path, *args: object, **kwargs: object) -> object:
        opened.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pathlib.Path, "open", spying_open)
    expected = "52.4 MB is more than the 2.0 MB allowed for one article (--max-article-bytes)"
    assert error_of(sparse) == f"{sparse}: {expected}"
    size = words.stat().st_size / 1e6
    assert error_of(words) == (
        f"{words}: {size:.1f} MB is more than the 2.0 MB allowed for one article (--max-article-bytes)"
    )
    assert opened == []


def test_size_limit_boundary(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "x" * 1001)
    assert read_all(path, max_article_bytes=1001)[0].text == "x" * 1001
    assert error_of(path, max_article_bytes=1000) == (
        f"{path}: 1,001 bytes is more than the 1,000 bytes allowed for one article (--max-article-bytes)"
    )
    assert error_of(path, max_article_bytes=500) == (
        f"{path}: 1.0 kB is more than the 500 bytes allowed for one article (--max-article-bytes)"
    )


def test_bad_limit_is_reported_at_once() -> None:
    with pytest.raises(InputError, match="at least 1 byte"):
        read_articles(["x"], max_article_bytes=0)


# --- JSON lines -----------------------------------------------------------------------------------


def test_jsonl_fields(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.jsonl",
        "\ufeff"
        + jsonl(
            {
                "id": 42,
                "text": f"  {ENGLISH}\r\n",
                "lang": "EN",
                "date": "2020-02-29",
                "title": " A  title ",
                "outlet": "O",
                "url": "https://example.org",
                "extra": [1, 2],
                "author": None,
            },
            "",
            {"id": "b", "text": GERMAN, "date": 2019, "lang": None, "title": ""},
            {"id": "c", "text": ENGLISH, "date": "2021-06-01T08:30:00Z"},
        ),
    )
    a, b, c = read_all(path)
    assert a == Article(
        id="42",
        text=ENGLISH,
        lang="en",
        date="2020-02-29",
        title="A title",
        outlet="O",
        url="https://example.org",
        source=f"{path}:1",
    )
    assert (b.id, b.lang, b.date, b.title, b.source) == ("b", "de", "2019", None, f"{path}:3")
    assert c.date == "2021-06-01"


def test_jsonl_not_valid_json(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl({"id": "ok", "text": ENGLISH}, '{"id": "x" "text": "y"}'))
    assert error_of(path) == f"{path}:2: not valid JSON (Expecting ',' delimiter, column 12)"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "x"}', '"text" is missing or empty'),
        ('{"id": "x", "text": "   "}', '"text" is missing or empty'),
        ('{"id": "x", "text": ["a"]}', '"text" must be a string, got an array'),
        ('{"text": "Something happened."}', '"id" is missing or empty'),
        ('{"id": "", "text": "Something happened."}', '"id" is missing or empty'),
        ('{"id": true, "text": "Something happened."}', '"id" must be a string or an integer, got a boolean'),
        (
            '{"id": 1.5, "text": "Something happened."}',
            '"id" must be a string or an integer, got a number (1.5)',
        ),
        ('["id", "text"]', "expected a JSON object, got an array"),
        (
            '{"id": "x", "text": "T", "date": "5 May"}',
            "\"date\" must be YYYY, YYYY-MM or YYYY-MM-DD, got '5 May'",
        ),
        (
            '{"id": "x", "text": "T", "date": "2021-02-29"}',
            "\"date\" must be YYYY, YYYY-MM or YYYY-MM-DD, got '2021-02-29'",
        ),
        (
            '{"id": "x", "text": "T", "date": "2021-2"}',
            "\"date\" must be YYYY, YYYY-MM or YYYY-MM-DD, got '2021-2'",
        ),
        (
            '{"id": "x", "text": "T", "lang": "Deutsch!"}',
            '"lang" must be a language tag such as "de" or "en", got \'Deutsch!\'',
        ),
        ('{"id": "x", "text": "T", "title": 3}', '"title" must be a string, got a number (3)'),
        ('{"id": "x", "text": "T", "url": {"href": "u"}}', '"url" must be a string, got an object'),
    ],
)
def test_jsonl_bad_line(tmp_path: Path, line: str, reason: str) -> None:
    path = write(
        tmp_path / "a.jsonl",
        jsonl({"id": "before", "text": ENGLISH}, "", line, {"id": "after", "text": GERMAN}),
    )
    assert error_of(path) == f"{path}:3: {reason}"
    articles, errors = read_skipping(path)
    assert [a.id for a in articles] == ["before", "after"]
    assert [str(e) for e in errors] == [f"{path}:3: {reason}"]
    assert (errors[0].path, errors[0].line, errors[0].reason) == (str(path), 3, reason)


def test_jsonl_invalid_utf8_names_line_and_file_offset(tmp_path: Path) -> None:
    first = jsonl({"id": "a", "text": ENGLISH}).encode()
    path = write(tmp_path / "a.jsonl", first + b'{"id": "b", "text": "caf\xe9"}\n')
    offset = len(first) + len(b'{"id": "b", "text": "caf')
    assert error_of(path) == (
        f"{path}:2: not valid UTF-8 (byte 0xe9 at offset {offset});"
        " pass --encoding if the file uses another encoding"
    )
    assert read_all(path, encoding="cp1252")[1].text == "café"


def test_jsonl_line_longer_than_limit(tmp_path: Path) -> None:
    long_line = json.dumps({"id": "long", "text": "word " * 600_000})  # 3 MB, drained in several chunks
    path = write(
        tmp_path / "a.jsonl", jsonl({"id": "a", "text": ENGLISH}, long_line, {"id": "b", "text": GERMAN})
    )
    size = f"{len(long_line) / 1e6:.1f} MB"
    expected = (
        f"{path}:2: line of {size} is more than the 2.0 MB allowed for one article (--max-article-bytes)"
    )
    assert error_of(path) == expected
    articles, errors = read_skipping(path)
    assert [(a.id, a.source) for a in articles] == [("a", f"{path}:1"), ("b", f"{path}:3")]
    assert [str(e) for e in errors] == [expected]


def test_jsonl_line_limit_boundary_and_last_line_without_newline(tmp_path: Path) -> None:
    line = json.dumps({"id": "x", "text": "y" * 100})
    path = write(tmp_path / "a.jsonl", f"{line}\r\n{line}")
    assert len(read_all(path, max_article_bytes=len(line))) == 2
    assert error_of(path, max_article_bytes=len(line) - 1) == (
        f"{path}:1: line of {len(line)} bytes is more than the {len(line) - 1} bytes allowed for one article"
        " (--max-article-bytes)"
    )
    path.write_text(f"{line}\n{'[' * 200}", encoding="utf-8")
    assert error_of(path, max_article_bytes=150).startswith(f"{path}:2: line of 200 bytes is more than")


def test_jsonl_too_long_line_ending_in_crlf_across_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "_DRAIN_CHUNK", 3)
    limit = 10
    long_line = "[" + "1," * 20 + "1]"
    # The first read takes limit + 2 bytes, then 3 at a time: pad so that one ends right after "\r".
    while (len(long_line) + 1 - (limit + 2)) % 3:
        long_line += " "
    path = write(tmp_path / "a.jsonl", f"{long_line}\r\n" + '{"id":1,"text":"x"}\n')
    articles, errors = read_skipping(path, max_article_bytes=limit)
    assert [str(e) for e in errors] == [
        f"{path}:1: line of {len(long_line)} bytes is more than the 10 bytes allowed for one article"
        " (--max-article-bytes)",
        f"{path}:2: line of 19 bytes is more than the 10 bytes allowed for one article (--max-article-bytes)",
    ]
    assert articles == []
    articles, errors = read_skipping(path, max_article_bytes=19)
    assert [a.source for a in articles] == [f"{path}:2"]


def test_jsonl_file_level_errors(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.jsonl", "\n\n")
    assert error_of(empty) == f"{empty}: empty file"
    binary = write(tmp_path / "bin.jsonl", b"\x00\x01" * 100)
    assert error_of(binary) == f"{binary}: binary data, not text"
    utf16 = write(tmp_path / "u16.jsonl", jsonl({"id": "a", "text": ENGLISH}).encode("utf-16-le"))
    assert error_of(utf16, encoding="utf-16-le") == (
        f"{utf16}: JSON lines cannot be read as utf-16-le; convert the file to UTF-8"
    )


def test_unreadable_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    write(tmp_path / "good.txt", ENGLISH)
    articles, errors = read_skipping(tmp_path)
    assert [a.id for a in articles] == ["good"]
    dangling = tmp_path / "dangling.txt"
    assert [str(e) for e in errors] == [f"{dangling}: cannot read (No such file or directory)"]

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(pathlib.Path, "open", refuse)
    assert error_of(tmp_path / "good.txt") == f"{tmp_path / 'good.txt'}: cannot read (Permission denied)"


# --- skipping bad input ---------------------------------------------------------------------------


def test_on_invalid_skips_bad_files_and_keeps_going(tmp_path: Path) -> None:
    write(tmp_path / "1-good.txt", ENGLISH)
    write(tmp_path / "2-empty.txt", "")
    write(tmp_path / "3-binary.txt", b"\x00" * 64)
    write(
        tmp_path / "4-mixed.jsonl",
        jsonl({"id": "j1", "text": GERMAN}, "{oops", {"id": "j3", "text": ENGLISH}),
    )
    write(tmp_path / "5-good.txt", GERMAN)
    missing = tmp_path / "missing.txt"
    articles, errors = read_skipping(tmp_path, missing, SEED)
    assert [a.id for a in articles] == ["1-good", "j1", "j3", "5-good", "rt-de-2022-02-china-russland"]
    assert [str(e) for e in errors] == [
        f"{tmp_path / '2-empty.txt'}: empty file",
        f"{tmp_path / '3-binary.txt'}: binary data, not text",
        f"{tmp_path / '4-mixed.jsonl'}:2: not valid JSON (Expecting property name enclosed in double quotes,"
        " column 2)",
        f"{missing}: no such file or directory",
    ]


def test_without_on_invalid_the_first_error_stops_reading(tmp_path: Path) -> None:
    write(tmp_path / "1-good.txt", ENGLISH)
    write(tmp_path / "2-empty.txt", "")
    write(tmp_path / "3-good.txt", ENGLISH)
    seen = []
    with pytest.raises(InputError, match=r"2-empty\.txt: empty file$"):
        for article in read_articles([tmp_path]):
            seen.append(article.id)
    assert seen == ["1-good"]


def test_on_invalid_may_abort(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", jsonl({"id": "a", "text": ENGLISH}, "{oops", "{again"))
    calls: list[InputError] = []

    def abort(error: InputError) -> None:
        calls.append(error)
        raise error

    with pytest.raises(InputError, match=r"a\.jsonl:2: not valid JSON"):
        list(read_articles([tmp_path], on_invalid=abort))
    assert len(calls) == 1  # reported once, not again by the file-level handler


def test_messages_are_one_line(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl({"id": "x", "text": "T", "date": "2020\n05"}))
    message = error_of(path)
    assert message == f"{path}:1: \"date\" must be YYYY, YYYY-MM or YYYY-MM-DD, got '2020 05'"
    long = write(tmp_path / "b.jsonl", jsonl({"id": "x", "text": "T", "date": "9" * 500}))
    assert len(error_of(long)) < len(str(long)) + 150
    assert str(InputError("first\nsecond", path="p", line=2)) == "p:2: first\\nsecond"
    assert str(InputError("plain message")) == "plain message"


# --- language -------------------------------------------------------------------------------------


def test_detect_language() -> None:
    assert detect_language(GERMAN) == "de"
    assert detect_language(ENGLISH) == "en"
    assert detect_language(FRENCH) == "fr"


def test_detect_language_prefers_supported_languages_on_short_close_calls() -> None:
    # py3langid alone says Welsh ("cy") for this headline, by a hair over German.
    assert detect_language("Merkel trifft Macron.") == "de"
    assert detect_language("Le président rencontre le chancelier.") == "fr"


def test_detect_language_looks_at_the_beginning_only() -> None:
    assert detect_language(GERMAN * 40 + ENGLISH * 200) == "de"


def test_is_supported(tmp_path: Path) -> None:
    assert SUPPORTED_LANGUAGES == ("de", "en")
    path = write(
        tmp_path / "a.jsonl",
        jsonl(
            {"id": "de", "text": GERMAN},
            {"id": "fr", "text": FRENCH},
            {"id": "at", "text": FRENCH, "lang": "de_AT"},
        ),
    )
    articles = read_all(path)
    assert [(a.lang, is_supported(a)) for a in articles] == [("de", True), ("fr", False), ("de", True)]
    assert is_supported(Article(id="x", text=ENGLISH))
    assert is_supported(Article(id="x", text=FRENCH, lang="EN-us"))
    assert not is_supported(Article(id="x", text=FRENCH))


def test_credit_line_names_the_outlet(tmp_path: Path) -> None:
    path = tmp_path / "credit.txt"
    path.write_text("Die Regierung in Rom kritisierte den Plan scharf.\n\nQuelle: Nachrichtenagentur ANSA\n")
    (article,) = read_articles([path])
    assert article.outlet == "Nachrichtenagentur ANSA"
    assert article.text.endswith("Quelle: Nachrichtenagentur ANSA")
    (seed,) = read_articles([SAMPLES / "rt-de-2022-02-china-russland.txt"])
    assert seed.outlet == "RT DE"
