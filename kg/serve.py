"""`kg serve`: the store as a SPARQL 1.1 Protocol endpoint, with a query page and a network view.

Two processes. The SPARQL work is done by Oxigraph's own server (the `oxigraph` binary from PyPI), bound
to a free port on 127.0.0.1 with `--union-default-graph` and `--timeout-s`: it speaks the protocol
(GET, POST form and direct; content negotiation; SPARQL JSON/XML/CSV/TSV, Turtle, N-Triples, JSON-LD,
RDF/XML) and cancels a query that runs past the time-out while serving others. In front of it runs this
module, a small threaded HTTP server that is the only thing a client talks to. It

- serves the page and its assets from `kg/web/` (a fixed table of files read at start-up: no path in a
  request ever reaches the file system) and the analyst queries of `queries/` as examples;
- passes `/query` (and `/sparql`) to Oxigraph with kg's prefixes predeclared, after refusing `SERVICE`
  (and, in updates, `LOAD`) unless `--allow-service`;
- counts the results with Oxigraph's own parsers while it buffers them and answers 413 past
  `--max-results` (the engine is cut off at that point), 503 when the engine cancelled a query at the
  time-out;
- passes `/update` only with `--allow-update` and the right `Authorization: Bearer TOKEN`;
- accepts only Host headers naming the loopback address when bound to it (DNS rebinding).

Read-only (the default), Oxigraph opens the store as a read-only RocksDB instance: `kg query`, `kg
export` and even `kg build` keep working beside it. Such an instance sees the store as it was when it
opened, so the front watches the store's files and, when a build has changed them, starts a fresh engine
for new requests and stops the old one once its queries are done. With `--allow-update` the engine
opens the store for writing and holds its lock: readers (`kg query`) still work, `kg build` waits.
"""

from __future__ import annotations

import csv
import hmac
import http.client
import io
import ipaddress
import json
import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO
from urllib.parse import parse_qsl, urlencode, urlsplit

import pyoxigraph as ox

from kg import __version__
from kg.guard import refusal
from kg.namespaces import PREFIXES
from kg.resources import resource
from kg.store import StoreError

log = logging.getLogger(__name__)

WEB = Path(__file__).resolve().parent / "web"
MAX_REQUEST_BYTES = 16 * 1024 * 1024  # a query, or an update's body (INSERT DATA of a batch)
MAX_RESPONSE_BYTES = 256 * 1024 * 1024  # buffered per response, whatever --max-results says
STORE_CHECK_SECONDS = 1.0  # how often a read-only server looks for a newer store
PROLOGUE = "".join(f"PREFIX {prefix}: <{iri}> " for prefix, iri in PREFIXES.items())

QUERY_PARAMETERS = ("default-graph-uri", "named-graph-uri")
UPDATE_PARAMETERS = ("using-graph-uri", "using-named-graph-uri")

STATIC_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".txt": "text/plain; charset=utf-8",
    ".LICENSE": "text/plain; charset=utf-8",
}


@dataclass(frozen=True)
class Settings:
    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    allow_update: bool = False
    token: str | None = None
    timeout: float = 30.0
    max_results: int = 10_000
    allow_service: bool = False
    cors: bool = False


# --------------------------------------------------------------------------------------------------
# What a query may not do here
# --------------------------------------------------------------------------------------------------

# The SERVICE/LOAD check lives in kg.guard, shared with `kg query`.


# --------------------------------------------------------------------------------------------------
# The engine: Oxigraph's server on a loopback port
# --------------------------------------------------------------------------------------------------


def oxigraph_binary() -> str:
    """The `oxigraph` command of the PyPI package `oxigraph`, beside this Python or on the PATH."""
    beside = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise StoreError("the Oxigraph server is missing: pip install oxigraph (kg serve runs it)")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def store_signature(path: Path) -> tuple[tuple[str, int, int], ...]:
    """What changes when a write reaches the store: its manifest, tables and write-ahead logs."""
    entries = []
    try:
        with os.scandir(path) as scan:
            for entry in scan:
                if (
                    entry.name == "CURRENT"
                    or entry.name.startswith("MANIFEST-")
                    or entry.name[-4:]
                    in (
                        ".sst",
                        ".log",
                    )
                ):
                    try:
                        stat = entry.stat()
                    except FileNotFoundError:
                        continue
                    entries.append((entry.name, stat.st_size, stat.st_mtime_ns))
    except OSError:
        return ()
    return tuple(sorted(entries))


class Engine:
    """One Oxigraph server process over the store, on a free port of 127.0.0.1."""

    def __init__(self, store: Path, *, writable: bool, timeout: float) -> None:
        self.store = store
        self.writable = writable
        self.timeout = timeout
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def start(self) -> Engine:
        for _attempt in range(3):  # the free port may be taken between probe and bind
            self.port = _free_port()
            self._log = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the process)
            command = [
                oxigraph_binary(),
                "serve" if self.writable else "serve-read-only",
                "--location",
                str(self.store),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--union-default-graph",
                "--timeout-s",
                str(max(1, round(self.timeout))),
            ]
            self._process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._log
            )
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                if self._process.poll() is not None:
                    break
                try:
                    socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                    return self
                except OSError:
                    time.sleep(0.05)
            message = self._stderr()
            self.stop()
            if "Address already in use" not in message:
                raise StoreError(f"{self.store}: the Oxigraph server did not start: {message or 'no answer'}")
        raise StoreError("the Oxigraph server found no free port on 127.0.0.1")

    def _stderr(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return " ".join(self._log.read()[-2000:].decode("utf-8", "replace").split())

    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None


class Engines:
    """The current engine; a fresh one when the store changed on disk (read-only) or the engine died."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._signature = store_signature(settings.store)
        self._checked = time.monotonic()
        self._current = self._new()
        self._retired: list[Engine] = []

    def _new(self) -> Engine:
        return Engine(
            self.settings.store, writable=self.settings.allow_update, timeout=self.settings.timeout
        ).start()

    def current(self) -> Engine:
        with self._lock:
            if not self._current.alive():
                log.warning("the query engine stopped; starting a new one")
                self._current.stop()
                self._current = self._new()
            elif not self.settings.allow_update and time.monotonic() - self._checked > STORE_CHECK_SECONDS:
                self._checked = time.monotonic()
                signature = store_signature(self.settings.store)
                if signature != self._signature:
                    try:
                        fresh = self._new()
                    except StoreError as error:  # e.g. a writer holds the store: keep the old snapshot
                        log.warning("the store changed, but no fresh engine: %s", error)
                        return self._current
                    log.info("the store changed on disk; serving it from a fresh engine")
                    self._signature = signature
                    old, self._current = self._current, fresh
                    self._retired.append(old)
                    # Its queries end by themselves within the time-out: stop it after that.
                    timer = threading.Timer(self.settings.timeout + 5, self._retire, (old,))
                    timer.daemon = True
                    timer.start()
            return self._current

    def _retire(self, engine: Engine) -> None:
        engine.stop()
        with self._lock:
            if engine in self._retired:
                self._retired.remove(engine)

    def stop(self) -> None:
        with self._lock:
            for engine in [self._current, *self._retired]:
                engine.stop()
            self._retired.clear()


# --------------------------------------------------------------------------------------------------
# Counting what comes back
# --------------------------------------------------------------------------------------------------


class TooManyResults(Exception):
    pass


class TooLarge(Exception):
    pass


class _Recorder(io.RawIOBase):
    """Reads the engine's answer, keeping every byte (up to a cap) for the client."""

    def __init__(self, source: http.client.HTTPResponse, cap: int) -> None:
        self.source = source
        self.cap = cap
        self.data = bytearray()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        n = self.source.readinto(buffer)
        if n:
            self.data += memoryview(buffer)[:n]
            if len(self.data) > self.cap:
                raise TooLarge
        return n or 0

    def drain(self) -> bytes:
        while self.read(65536):
            pass
        return bytes(self.data)


def _lines(source: _Recorder) -> Iterable[str]:
    pending = b""
    while chunk := source.read(65536):
        *lines, pending = (pending + chunk).split(b"\n")
        for line in lines:
            yield line.decode("utf-8", "replace") + "\n"
    if pending:
        yield pending.decode("utf-8", "replace")


def _count_results(recorder: _Recorder, media_type: str, limit: int) -> None:
    """Parse the answer as it streams in and stop past `limit` solutions or triples."""

    def check(items: Iterable[object]) -> None:
        for n, _ in enumerate(items, 1):
            if n > limit:
                raise TooManyResults

    if media_type == "text/csv":  # Oxigraph has no CSV results parser; the header is one record
        rows = csv.reader(_lines(recorder))
        next(rows, None)
        check(rows)
        return
    try:
        results_format = ox.QueryResultsFormat.from_media_type(media_type)
    except ValueError:
        results_format = None
    if results_format is not None and results_format != ox.QueryResultsFormat.CSV:
        parsed = ox.parse_query_results(recorder, results_format)
        if isinstance(parsed, ox.QuerySolutions):
            check(parsed)
        return
    try:
        graph_format = ox.RdfFormat.from_media_type(media_type)
    except ValueError:
        graph_format = None
    if graph_format is not None:
        check(ox.parse(recorder, graph_format, lenient=True))


# --------------------------------------------------------------------------------------------------
# The HTTP front
# --------------------------------------------------------------------------------------------------


class Reply(Exception):
    """An answer other than the happy path: status and one line of text."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def _static_files() -> dict[str, tuple[bytes, str]]:
    """URL path -> (content, media type): the page, its assets and their licences. Nothing else."""
    files: dict[str, tuple[bytes, str]] = {}
    for path in sorted((WEB / "static").iterdir()):
        kind = STATIC_TYPES.get(path.suffix)
        if path.is_file() and kind:
            files[f"/static/{path.name}"] = (path.read_bytes(), kind)
    files["/"] = ((WEB / "index.html").read_bytes(), STATIC_TYPES[".html"])
    return files


def _examples() -> list[dict[str, str]]:
    """The analyst queries of queries/: name, the first line of their header, and their text."""
    examples = []
    for path in sorted(resource("queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = next((line for line in text.splitlines() if line.startswith("#")), "")
        examples.append({"name": path.stem, "title": first.lstrip("# ").strip(), "text": text})
    return examples


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class App:
    """What every request handler shares: settings, engines, the page."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.files = _static_files()
        self.engines = Engines(settings)
        self.port = settings.port

    def info(self) -> bytes:
        settings = self.settings
        return json.dumps(
            {
                "version": __version__,
                "store": settings.store.name,
                "read_only": not settings.allow_update,
                "timeout": settings.timeout,
                "max_results": settings.max_results,
                "service": settings.allow_service,
                "prefixes": PREFIXES,
            }
        ).encode()


class Handler(BaseHTTPRequestHandler):
    server_version = f"kg/{__version__}"
    protocol_version = "HTTP/1.1"
    app: App  # set on the subclass that serve() makes

    # --- plumbing ---------------------------------------------------------------------------------

    def log_message(self, format: str, *args: object) -> None:
        log.info("%s %s", self.address_string(), format % args)

    def _send(self, status: int, body: bytes, media_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        if self.app.settings.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _fail(self, reply: Reply) -> None:
        # A refused POST may leave its body unread: this connection is done.
        headers = {**reply.headers, "Connection": "close"}
        self._send(reply.status, (reply.message + "\n").encode(), "text/plain; charset=utf-8", headers)

    def _handle(self, action: Callable[[], None]) -> None:
        try:
            self._check_host()
            action()
        except Reply as reply:
            self._fail(reply)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception as error:  # one request, not the server
            log.exception("internal error")
            self._fail(Reply(500, f"kg serve: internal error: {type(error).__name__}: {error}"))

    def _check_host(self) -> None:
        """Behind a loopback bind, only Host headers naming the loopback address (DNS rebinding)."""
        if not _loopback(self.app.settings.host):
            return
        host = (self.headers.get("Host") or "").strip()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if not _loopback(name):
            raise Reply(403, f"kg serve: host {host!r} is not this loopback server")

    # --- routes -----------------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._handle(self._get)

    def do_HEAD(self) -> None:
        self._handle(self._get)

    def do_POST(self) -> None:
        self._handle(self._post)

    def do_OPTIONS(self) -> None:
        def preflight() -> None:
            if not self.app.settings.cors:
                raise Reply(405, "kg serve: cross-origin requests are off (kg serve --cors)")
            self._send(
                204,
                b"",
                "text/plain",
                {
                    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                    "Access-Control-Allow-Headers": "Accept, Authorization, Content-Type",
                    "Access-Control-Max-Age": "600",
                },
            )

        self._handle(preflight)

    def do_PUT(self) -> None:
        self._handle(self._not_allowed)

    def do_DELETE(self) -> None:
        self._handle(self._not_allowed)

    def _not_allowed(self) -> None:
        raise Reply(405, f"kg serve: {self.command} is not supported", {"Allow": "GET, POST"})

    def _get(self) -> None:
        path = urlsplit(self.path).path
        if path in ("/query", "/sparql"):
            query = dict(parse_qsl(urlsplit(self.path).query, keep_blank_values=True))
            if "query" not in query and self.command == "GET":
                raise Reply(400, "kg serve: give a SPARQL query as ?query=… (the page is at /)")
            self._sparql("query", parse_qsl(urlsplit(self.path).query, keep_blank_values=True))
        elif path == "/update":
            raise Reply(405, "kg serve: send updates with POST", {"Allow": "POST"})
        elif path == "/api/info":
            self._send(200, self.app.info(), "application/json")
        elif path == "/api/examples":  # read each time: queries/ may grow while the server runs
            self._send(
                200, json.dumps(_examples()).encode(), "application/json", {"Cache-Control": "no-cache"}
            )
        elif path in self.app.files:
            body, kind = self.app.files[path]
            headers = {"Cache-Control": "no-cache"}
            if path == "/":
                headers["Content-Security-Policy"] = (
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    "frame-ancestors 'none'"
                )
            self._send(200, body, kind, headers)
        else:
            raise Reply(404, f"kg serve: nothing at {path}")

    def _post(self) -> None:
        path = urlsplit(self.path).path
        if path not in ("/query", "/sparql", "/update"):
            raise Reply(404 if self.command == "POST" else 405, f"kg serve: nothing to POST to at {path}")
        kind = "update" if path == "/update" else "query"
        if kind == "update":
            self._authorize()
        length = self.headers.get("Content-Length")
        if length is None:
            raise Reply(411, "kg serve: POST needs a Content-Length")
        size = int(length) if length.isdigit() else -1
        if size < 0 or size > MAX_REQUEST_BYTES:
            raise Reply(413, f"kg serve: request bodies are limited to {MAX_REQUEST_BYTES} bytes")
        body = self.rfile.read(size)
        media_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        url_parameters = parse_qsl(urlsplit(self.path).query, keep_blank_values=True)
        if media_type == "application/x-www-form-urlencoded":
            parameters = url_parameters + parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        elif media_type == f"application/sparql-{kind}":
            parameters = [*url_parameters, (kind, body.decode("utf-8", "replace"))]
        else:
            raise Reply(
                415,
                f"kg serve: send the {kind} as application/x-www-form-urlencoded or "
                f"application/sparql-{kind}, not {media_type or 'nothing'}",
            )
        self._sparql(kind, parameters)

    def _authorize(self) -> None:
        settings = self.app.settings
        if not settings.allow_update or not settings.token:
            raise Reply(403, "kg serve: this endpoint is read-only (kg serve --allow-update --token T)")
        scheme, _, given = (self.headers.get("Authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise Reply(
                401, "kg serve: updates need Authorization: Bearer TOKEN", {"WWW-Authenticate": "Bearer"}
            )
        if not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
            raise Reply(403, "kg serve: wrong token")

    # --- SPARQL -----------------------------------------------------------------------------------

    def _sparql(self, kind: str, parameters: list[tuple[str, str]]) -> None:
        texts = [value for name, value in parameters if name == kind]
        if len(texts) != 1:
            raise Reply(400, f"kg serve: give exactly one {kind} parameter")
        text = texts[0]
        settings = self.app.settings
        if not settings.allow_service:
            reason = refusal(text, update=kind == "update")
            if reason:
                raise Reply(403, f"kg serve: {reason}")
        allowed = QUERY_PARAMETERS if kind == "query" else UPDATE_PARAMETERS
        forwarded = [(kind, PROLOGUE + text)] + [(n, v) for n, v in parameters if n in allowed]
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": self.headers.get("Accept") or "*/*",
        }
        engine = self.app.engines.current()
        connection = http.client.HTTPConnection("127.0.0.1", engine.port, timeout=settings.timeout + 30)
        started = time.monotonic()
        try:
            connection.request("POST", f"/{kind}", urlencode(forwarded).encode(), headers)
            response = connection.getresponse()
            self._relay(response, kind, started)
        except TimeoutError as error:
            raise Reply(
                503, f"kg serve: the query engine did not answer within {settings.timeout:g} s"
            ) from error
        except (ConnectionError, http.client.HTTPException) as error:
            if not engine.alive():
                raise Reply(503, "kg serve: the query engine stopped (it is restarted); try again") from error
            raise
        finally:
            connection.close()

    def _timed_out(self, message: str, started: float) -> bool:
        return "cancelled" in message or time.monotonic() - started >= self.app.settings.timeout

    def _relay(self, response: http.client.HTTPResponse, kind: str, started: float) -> None:
        settings = self.app.settings
        media_type = (response.getheader("Content-Type") or "application/octet-stream").split(";")[0]
        if response.status >= 300:
            message = " ".join(response.read(64 * 1024).decode("utf-8", "replace").split())
            if self._timed_out(message, started) and response.status >= 500:
                raise Reply(503, self._timeout_message())
            raise Reply(response.status, _shift_columns(message))
        recorder = _Recorder(response, MAX_RESPONSE_BYTES)
        try:
            if kind == "query":
                _count_results(recorder, media_type.strip().lower(), settings.max_results)
            body = recorder.drain()
        except TooManyResults:
            raise Reply(
                413,
                f"kg serve: the result has more than {settings.max_results} rows or triples; add a LIMIT "
                "or restart kg serve with a larger --max-results",
            ) from None
        except TooLarge:
            raise Reply(413, f"kg serve: the result is larger than {MAX_RESPONSE_BYTES} bytes") from None
        except (SyntaxError, ValueError, OSError, http.client.HTTPException) as error:
            # Oxigraph has sent 200 and then stops the stream with a message when a query fails late.
            tail = bytes(recorder.data[-300:]).decode("utf-8", "replace")
            if self._timed_out(tail, started):
                raise Reply(503, self._timeout_message()) from None
            raise Reply(
                500, f"kg serve: the query failed while streaming: {' '.join(tail.split())}"
            ) from error
        if time.monotonic() - started >= settings.timeout - 0.5 and b"cancelled" in body[-200:]:
            # CSV has no syntax that the engine's closing message could break.
            raise Reply(503, self._timeout_message())
        self._send(200, body, response.getheader("Content-Type") or "application/octet-stream")

    def _timeout_message(self) -> str:
        return (
            f"kg serve: query cancelled: it ran longer than the time-out of {self.app.settings.timeout:g} s "
            "(kg serve --timeout)"
        )


_COLUMN = re.compile(r"^error at 1:(\d+)")


def _shift_columns(message: str) -> str:
    """Oxigraph's error positions, less the prefixes kg puts before the first line."""

    def shift(match: re.Match[str]) -> str:
        column = int(match.group(1)) - len(PROLOGUE)
        return f"error at 1:{column}" if column > 0 else match.group(0)

    return _COLUMN.sub(shift, message)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64


def make_server(settings: Settings) -> tuple[Server, App]:
    """Start the engine and bind the front; call `serve_forever()` on the server, `close(app)` after."""
    if settings.allow_update and not settings.token:
        raise StoreError("--allow-update needs --token (or $KG_SERVE_TOKEN): updates are never open")
    if not settings.store.is_dir():
        raise StoreError(f"{settings.store}: no store here yet; run `kg build` first")
    app = App(settings)
    handler = type("BoundHandler", (Handler,), {"app": app})
    try:
        server = Server((settings.host, settings.port), handler)
    except OSError as error:
        app.engines.stop()
        raise StoreError(f"cannot listen on {settings.host}:{settings.port}: {error.strerror}") from error
    app.port = server.server_address[1]
    if not _loopback(settings.host):
        log.warning("listening on %s: anyone who reaches this port can read the whole graph", settings.host)
    return server, app


def close(server: Server, app: App) -> None:
    server.server_close()
    app.engines.stop()
