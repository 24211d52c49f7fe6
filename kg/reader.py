"""Read articles from .txt files, JSON lines files, directories and stdin.

This is the first stage: it turns input files into `Article` objects and reports bad input as
`InputError`, whose message is one line that names the file (and the line, for JSON lines).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from datetime import date as _date
from pathlib import Path
from typing import IO, Any

from kg.model import Article

__all__ = ["SUPPORTED_LANGUAGES", "InputError", "detect_language", "is_supported", "read_articles"]

SUPPORTED_LANGUAGES: tuple[str, ...] = ("de", "en")

_STDIN = "-"
_STDIN_NAME = "<stdin>"
_SUFFIXES = (".txt", ".jsonl")
_METADATA_KEYS = ("id", "title", "date", "lang", "outlet", "url")
_SNIFF_BYTES = 8192
_DETECT_CHARS = 5000
_DRAIN_CHUNK = 1 << 20
# py3langid's scores are log probabilities. On a short text (a headline, one sentence) a close
# neighbour such as Luxembourgish or Welsh can edge out German or English by a hair
# ("Merkel trifft Macron." → cy -60.1, de -60.2), while a text really in another language leaves
# both far behind (25 % and more for French, Dutch, Spanish, Italian). Within this relative margin
# we take the supported language rather than have the pipeline drop the article.
_PREFER_SUPPORTED_MARGIN = 0.15

_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)
# A full ISO timestamp is common in news dumps; its date part is all an article needs.
_TIMESTAMP_RE = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?", re.ASCII
)
_LANG_TAG_RE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_LANG_ALIASES = {"deu": "de", "ger": "de", "german": "de", "deutsch": "de", "eng": "en", "english": "en"}
_HEADER_RE = re.compile(r"(" + "|".join(_METADATA_KEYS) + r")[ \t]*:[ \t]*(.*)", re.IGNORECASE)
# Copied news often ends with its credit line, "Quelle: RT DE" or "Source: Reuters": the outlet, when no
# metadata names one. The line stays in the text.
_SOURCE_LINE = re.compile(r"\n[ \t]*(?:Quelle|Source)[ \t]*:[ \t]*([^\n]{2,60}?)[ \t.]*\Z")
_FRONT_MATTER_LINE_RE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)")
# Inline pairs are lower case only: "Date palms …" or "Lang ist …" at the start of a text are words.
_INLINE_RE = re.compile(r"[ \t]*(" + "|".join(_METADATA_KEYS) + r")[ \t]+(\S+)(?=\s|$)")


class InputError(Exception):
    """Bad input; `str()` is one line: ``path: reason`` or ``path:LINE: reason``."""

    def __init__(self, reason: str, *, path: str | None = None, line: int | None = None) -> None:
        self.reason = _one_line(reason)
        self.path = path
        self.line = line
        self._reported = False  # set once the reader has raised it or handed it to on_invalid
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.path is None:
            return self.reason
        where = _one_line(self.path) if self.line is None else f"{_one_line(self.path)}:{self.line}"
        return f"{where}: {self.reason}"


OnInvalid = Callable[[InputError], None]


def read_articles(
    inputs: Sequence[str | Path],
    *,
    max_article_bytes: int = 2_000_000,
    encoding: str = "utf-8",
    on_invalid: OnInvalid | None = None,
) -> Iterator[Article]:
    """Yield the articles of `inputs` in order: .txt files, .jsonl files, directories or "-" (stdin).

    Bad input raises `InputError`, or, when `on_invalid` is given, is passed to it and skipped.
    Bad arguments (unknown encoding, a limit below 1) raise `InputError` at once.
    """
    if isinstance(inputs, str | Path):  # a lone path would otherwise be read character by character
        inputs = [inputs]
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r} (--encoding)") from None
    if max_article_bytes < 1:
        raise InputError(
            f"the limit for one article must be at least 1 byte, got {max_article_bytes}"
            " (--max-article-bytes)"
        )
    reader = _Reader(max_article_bytes, codec.name, on_invalid)
    return reader.read(list(inputs))


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language of `text` (its first ~5000 characters), by py3langid."""
    import py3langid  # loads its model on first use; keep `import kg.reader` cheap

    sample = text[:_DETECT_CHARS]
    ranked = py3langid.rank(sample)
    best, best_score = ranked[0]
    if best not in SUPPORTED_LANGUAGES:
        lang, score = max(
            ((lang, s) for lang, s in ranked if lang in SUPPORTED_LANGUAGES), key=lambda pair: pair[1]
        )
        if best_score < 0 and score >= best_score * (1 + _PREFER_SUPPORTED_MARGIN):
            return lang
    return best


def is_supported(article: Article) -> bool:
    """Whether the article is in a language kg extracts from (detected when `lang` is not set)."""
    lang = _normalise_lang(article.lang) if article.lang else None
    return (lang or detect_language(article.text)) in SUPPORTED_LANGUAGES


class _Reader:
    def __init__(self, max_bytes: int, encoding: str, on_invalid: OnInvalid | None) -> None:
        self.max_bytes = max_bytes
        self.encoding = encoding
        self.on_invalid = on_invalid

    def read(self, inputs: list[str | Path]) -> Iterator[Article]:
        for item in inputs:
            if str(item) == _STDIN:
                yield from self._guard(_STDIN_NAME, lambda: self._jsonl_stream(sys.stdin.buffer, _STDIN_NAME))
                continue
            path = Path(item)
            name = str(item)
            if path.is_dir():
                files, problems = _walk(path)
                for problem in problems:
                    self._fail(problem)
                for file in files:
                    yield from self._guard(str(file), lambda file=file: self._file(file, str(file)))
            elif not path.exists():
                self._fail(InputError("no such file or directory", path=name))
            elif path.suffix.lower() not in _SUFFIXES:
                self._fail(
                    InputError(f"not a .txt or .jsonl file (suffix {path.suffix or 'none'!r})", path=name)
                )
            else:
                yield from self._guard(name, lambda path=path, name=name: self._file(path, name))

    def _guard(self, name: str, produce: Callable[[], Iterator[Article]]) -> Iterator[Article]:
        """Run one input's generator, turning OS errors into `InputError` and honouring on_invalid."""
        try:
            try:
                yield from produce()
            except OSError as error:
                raise InputError(f"cannot read ({error.strerror or error})", path=name) from error
        except InputError as error:
            if error._reported:  # raised by on_invalid itself, or already raised once: pass it on
                raise
            self._fail(error)

    def _fail(self, error: InputError) -> None:
        error._reported = True
        if self.on_invalid is None:
            raise error
        self.on_invalid(error)

    def _file(self, path: Path, name: str) -> Iterator[Article]:
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as stream:
                self._check_not_binary(stream.read(_SNIFF_BYTES), name)
                stream.seek(0)
                yield from self._jsonl_stream(stream, name)
        else:
            yield self._txt(path, name)

    # --- .txt -------------------------------------------------------------------------------------

    def _txt(self, path: Path, name: str) -> Article:
        size = path.stat().st_size
        if size > self.max_bytes:  # decided before reading a byte
            raise InputError(_too_big(size, self.max_bytes), path=name)
        with path.open("rb") as stream:
            # st_size can be 0 or stale (pipes, /proc, a file still growing): never read past the limit.
            data = stream.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            raise InputError(_too_big(len(data), self.max_bytes, at_least=True), path=name)
        if not data.strip():
            raise InputError("empty file", path=name)
        self._check_not_binary(data[:_SNIFF_BYTES], name)
        raw = self._decode(data, name, offset=0)
        text = _normalise_text(raw)
        if not text.strip():
            raise InputError("empty file", path=name)
        meta, body = _split_metadata(text, name)
        body = body.strip()
        if not body:
            raise InputError("no text after the metadata", path=name)
        if "outlet" not in meta and (credit := _SOURCE_LINE.search(body)):
            meta["outlet"] = credit.group(1).strip()
        return self._article(meta, body, default_id=path.stem, source=name, path=name, line=None)

    # --- JSON lines -------------------------------------------------------------------------------

    def _jsonl_stream(self, stream: IO[bytes], name: str) -> Iterator[Article]:
        if not _ascii_compatible(self.encoding):
            raise InputError(
                f"JSON lines cannot be read as {self.encoding}; convert the file to UTF-8", path=name
            )
        offset = 0
        seen_content = False
        for number, (line, length, consumed) in enumerate(self._lines(stream), start=1):
            start, offset = offset, offset + consumed
            try:
                seen_content = seen_content or line is None or bool(line.strip())
                if line is None:
                    raise InputError(
                        _too_big(length, self.max_bytes, what="line of "), path=name, line=number
                    )
                if not line.strip():
                    continue  # blank lines, e.g. a trailing one, carry nothing
                yield self._jsonl_line(line, name, number, start)
            except InputError as error:
                self._fail(error)
        if not seen_content:
            raise InputError("empty file" if name != _STDIN_NAME else "no input", path=name)

    def _lines(self, stream: IO[bytes]) -> Iterator[tuple[bytes | None, int, int]]:
        """Yield (line without its line break or None when too long, its length, bytes consumed).

        No more than the limit plus two bytes is ever held, however long the line.
        """
        limit = self.max_bytes
        while chunk := stream.readline(limit + 2):
            if chunk.endswith(b"\n") or len(chunk) < limit + 2:
                line = chunk.removesuffix(b"\n").removesuffix(b"\r")
                yield (line if len(line) <= limit else None), len(line), len(chunk)
                continue
            consumed, tail = len(chunk), chunk[-2:]
            while not tail.endswith(b"\n") and (chunk := stream.readline(_DRAIN_CHUNK)):
                consumed += len(chunk)
                tail = (tail + chunk)[-2:]  # a "\r\n" may straddle two chunks
            line_break = 2 if tail == b"\r\n" else 1 if tail.endswith(b"\n") else 0
            yield None, consumed - line_break, consumed

    def _jsonl_line(self, line: bytes, name: str, number: int, offset: int) -> Article:
        text = self._decode(line, name, offset=offset, line=number)
        if number == 1:
            text = text.removeprefix("\ufeff")
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(
                f"not valid JSON ({error.msg}, column {error.colno})", path=name, line=number
            ) from None
        except RecursionError:
            raise InputError("not valid JSON (nested too deeply)", path=name, line=number) from None
        if not isinstance(record, dict):
            raise InputError(f"expected a JSON object, got {_json_type(record)}", path=name, line=number)
        meta: dict[str, str] = {}
        raw_id = record.get("id")
        if isinstance(raw_id, bool) or not isinstance(raw_id, str | int | type(None)):
            raise InputError(
                f'"id" must be a string or an integer, got {_json_type(raw_id)}', path=name, line=number
            )
        if raw_id is not None:
            meta["id"] = str(raw_id)
        for key in ("title", "date", "lang", "outlet", "url"):
            value = record.get(key)
            if value is None:
                continue
            if key == "date" and isinstance(value, int) and not isinstance(value, bool):
                value = str(value)  # a bare year
            if not isinstance(value, str):
                raise InputError(f'"{key}" must be a string, got {_json_type(value)}', path=name, line=number)
            meta[key] = value
        body = record.get("text")
        if body is not None and not isinstance(body, str):
            raise InputError(f'"text" must be a string, got {_json_type(body)}', path=name, line=number)
        body = _normalise_text(body or "").strip()
        if not body:
            raise InputError('"text" is missing or empty', path=name, line=number)
        return self._article(meta, body, default_id=None, source=f"{name}:{number}", path=name, line=number)

    # --- shared -----------------------------------------------------------------------------------

    def _article(
        self,
        meta: dict[str, str],
        body: str,
        *,
        default_id: str | None,
        source: str,
        path: str,
        line: int | None,
    ) -> Article:
        fields = {key: _clean_value(value) for key, value in meta.items()}
        article_id = fields.get("id") or (unicodedata.normalize("NFC", default_id) if default_id else None)
        if not article_id:
            raise InputError('"id" is missing or empty', path=path, line=line)
        date = fields.get("date")
        if date is not None:
            date = _validate_date(date, path, line)
        lang = fields.get("lang")
        if lang is not None:
            normalised = _normalise_lang(lang)
            if normalised is None:
                raise InputError(
                    f'"lang" must be a language tag such as "de" or "en", got {_show(lang)}',
                    path=path,
                    line=line,
                )
            lang = normalised
        else:
            lang = detect_language(body)
        return Article(
            id=article_id,
            text=body,
            lang=lang,
            date=date,
            title=fields.get("title"),
            outlet=fields.get("outlet"),
            url=fields.get("url"),
            source=source,
        )

    def _decode(self, data: bytes, name: str, *, offset: int, line: int | None = None) -> str:
        try:
            return data.decode(self.encoding)
        except UnicodeDecodeError as error:
            where = f"byte 0x{data[error.start]:02x} at offset {offset + error.start}"
            raise InputError(
                f"not valid {_encoding_label(self.encoding)} ({where});"
                " pass --encoding if the file uses another encoding",
                path=name,
                line=line,
            ) from None

    def _check_not_binary(self, sample: bytes, name: str) -> None:
        if self.encoding == "utf-8":
            for bom, label in (
                (codecs.BOM_UTF32_LE, "UTF-32"),
                (codecs.BOM_UTF32_BE, "UTF-32"),
                (codecs.BOM_UTF16_LE, "UTF-16"),
                (codecs.BOM_UTF16_BE, "UTF-16"),
            ):
                if sample.startswith(bom):
                    raise InputError(
                        f"looks like {label} (it starts with a {label} byte order mark);"
                        f" pass --encoding {label.lower()}",
                        path=name,
                    )
        if _looks_binary(sample, self.encoding):
            raise InputError("binary data, not text", path=name)


def _ascii_compatible(encoding: str) -> bool:
    """Whether lines can be split on the byte 0x0a before decoding (not so for UTF-16 or UTF-32)."""
    try:
        return b"\n{}".decode(encoding) == "\n{}"
    except UnicodeDecodeError:
        return False


def _walk(root: Path) -> tuple[list[Path], list[InputError]]:
    """The .txt and .jsonl files under `root`, sorted, skipping hidden files and directories.

    Also the directories that could not be listed, which os.walk would otherwise skip silently.
    """
    found: list[Path] = []
    problems: list[InputError] = []

    def unreadable(error: OSError) -> None:
        problems.append(
            InputError(f"cannot read directory ({error.strerror or error})", path=str(error.filename or root))
        )

    for directory, dirnames, filenames in os.walk(root, onerror=unreadable):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(
            Path(directory, f)
            for f in filenames
            if not f.startswith(".") and Path(f).suffix.lower() in _SUFFIXES
        )
    return sorted(found, key=lambda p: p.relative_to(root).parts), problems


def _looks_binary(sample: bytes, encoding: str) -> bool:
    """NUL characters or a high share of control characters in the sample, decoded leniently."""
    if not sample:
        return False
    # Decoding first keeps UTF-16 text (full of NUL bytes) from looking binary when asked for.
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text = decoder.decode(sample, final=False)
    if not text:
        return False
    if "\x00" in text:
        return True
    controls = sum(1 for ch in text if ch not in "\t\n\r\f\v" and unicodedata.category(ch) == "Cc")
    replaced = text.count("\ufffd")
    # A text in another 8-bit encoding has a few undecodable bytes (umlauts) and no controls;
    # that deserves the encoding hint, not "binary".
    return controls / len(text) > 0.1 or (controls + replaced) / len(text) > 0.3


def _split_metadata(text: str, name: str) -> tuple[dict[str, str], str]:
    """Split leading metadata (front matter, header lines or inline pairs) from the body."""
    lines = text.lstrip("\n").split("\n")
    if lines and lines[0].rstrip() == "---":
        return _front_matter(lines, name)
    meta: dict[str, str] = {}
    index = 0
    while index < len(lines) and (match := _HEADER_RE.fullmatch(lines[index].strip())):
        _put(meta, match.group(1).lower(), match.group(2), name)
        index += 1
    if meta:
        return meta, "\n".join(lines[index:])
    return _inline_pairs(text.lstrip(), name)


def _front_matter(lines: list[str], name: str) -> tuple[dict[str, str], str]:
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        raise InputError("front matter opened with '---' on line 1 is never closed with '---'", path=name)
    meta: dict[str, str] = {}
    for index in range(1, end):
        line = lines[index].rstrip()
        if not line.strip() or line.lstrip().startswith("#") or line[0] in " \t-":
            continue  # blank, comment, or the continuation of a key kg does not use
        match = _FRONT_MATTER_LINE_RE.fullmatch(line)
        if match is None:
            raise InputError(f'front matter line {index + 1} is not "key: value": {_show(line)}', path=name)
        key = match.group(1).lower()
        if key in _METADATA_KEYS:
            _put(meta, key, _unquote(match.group(2).strip()), name)
    return meta, "\n".join(lines[end + 1 :])


def _inline_pairs(text: str, name: str) -> tuple[dict[str, str], str]:
    """Leading `key value` pairs on the first line, e.g. " date 2022-02 Über Chinas …"."""
    meta: dict[str, str] = {}
    pos = 0
    while match := _INLINE_RE.match(text, pos):
        key, value = match.group(1), match.group(2)
        if not _plausible_inline(key, value):
            break
        _put(meta, key, value, name)
        pos = match.end()
    return meta, text[pos:]


def _plausible_inline(key: str, value: str) -> bool:
    # A malformed date that starts like one is still meant as a date and is reported as such.
    if key == "date":
        return value[0].isdigit()
    if key == "lang":
        return _normalise_lang(value) is not None
    if key == "url":
        return "://" in value
    return True


def _put(meta: dict[str, str], key: str, value: str, name: str) -> None:
    if key in meta:
        raise InputError(f'"{key}" is given twice in the metadata', path=name)
    meta[key] = value


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _clean_value(value: str) -> str | None:
    value = " ".join(unicodedata.normalize("NFC", value).split())
    return value or None


def _validate_date(value: str, path: str, line: int | None) -> str:
    if stamp := _TIMESTAMP_RE.fullmatch(value):
        value = stamp.group(1)
    match = _DATE_RE.fullmatch(value)
    if match is not None:
        year, month, day = match.groups()
        try:
            _date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            pass
        else:
            return value
    raise InputError(f'"date" must be YYYY, YYYY-MM or YYYY-MM-DD, got {_show(value)}', path=path, line=line)


def _normalise_lang(tag: str) -> str | None:
    """ "de-DE", "DE", "de_AT", "deu" → "de"; None when `tag` is not a language tag."""
    tag = tag.strip()
    if tag.lower() in _LANG_ALIASES:
        return _LANG_ALIASES[tag.lower()]
    if not _LANG_TAG_RE.fullmatch(tag):
        return None
    primary = re.split(r"[-_]", tag, maxsplit=1)[0].lower()
    return _LANG_ALIASES.get(primary, primary)


def _normalise_text(text: str) -> str:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _too_big(size: int, limit: int, *, what: str = "", at_least: bool = False) -> str:
    shown, allowed = _size(size), _size(limit)
    if shown == allowed:  # "2.0 MB is more than the 2.0 MB allowed" would read as nonsense
        shown, allowed = f"{size:,} bytes", f"{limit:,} bytes"
    if at_least:  # the file grew or its size is unknown: all we know is that it passed the limit
        return f"{what}more than the {allowed} allowed for one article (--max-article-bytes)"
    return f"{what}{shown} is more than the {allowed} allowed for one article (--max-article-bytes)"


def _size(n: int) -> str:
    if n < 1000:
        return f"{n} bytes"
    for unit, scale in (("kB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if n < scale * 1000 or unit == "GB":
            return f"{n / scale:.1f} {unit}"
    raise AssertionError("unreachable")


def _encoding_label(encoding: str) -> str:
    return {"utf-8": "UTF-8", "ascii": "ASCII"}.get(encoding, encoding)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def _show(value: str, limit: int = 60) -> str:
    """`value` quoted for a message, cut short so one bad field cannot flood the terminal."""
    return repr(value if len(value) <= limit else value[:limit] + "…")


def _one_line(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n")
