"""Benchmark ``together_facade`` against raw httpx (the floor) and the official SDKs.

``make bench`` (or ``.venv/bin/python scripts/bench.py``) starts ``scripts/bench_server.py`` in
its own process on 127.0.0.1 (pre-serialized bodies in the real response shapes) and measures,
with the CPU time of THIS process only (the server's CPU is not counted):

1. sequential non-stream chat calls (CPU per call);
2. one long stream (CPU per chunk, chunks/s, time to first chunk);
3. twenty short streams in a row on one client, over TLS, against a second server that sends
   them as Together does (``Transfer-Encoding: chunked``): new connections per stream once the
   client is warm (a client that stops reading at ``[DONE]`` leaves the body's last bytes unread,
   so its pool cannot reuse the connection), time to first chunk, and the same on a brand-new
   client's first stream (TCP + TLS handshake included): the handshakes a reused connection saves;
4. an embeddings call (256 x 1024 floats) and 5. a models call (200 entries);
6. async non-stream chat at concurrency 64 (calls/s and CPU per call);
7. cold import plus client construction in a fresh interpreter (CPU inside the child).

Candidates run interleaved (round-robin over repeated time-boxed rounds, rotating the order;
the first round is a warm-up and is dropped), and each scenario gets a share of a time budget,
so a run takes about two minutes whatever the machine. Results are medians over rounds, and
ratios to the floor measured in the same run (the median of the per-round ratios, with their
25th-75th percentiles). The floor is raw ``httpx.Client``/``httpx.AsyncClient`` + ``json.loads``
(for the stream: ``iter_lines`` + ``json.loads`` per ``data:`` line; for the short streams over
TLS the same, but each body read to its end rather than left at ``[DONE]``, so the floor does
reuse its connection; for imports: ``import httpx`` + ``httpx.Client()``). The optional
candidates (``together``, ``openai``, ``httpx-aiohttp`` for the async case, ``trustme`` for the
TLS streams) are skipped when not installed, and a call an SDK cannot make against the Together
API shape is reported as skipped with the reason.

Output: a Markdown report on stdout and in ``.bench/results.md``, every raw number in
``.bench/results.json``, and a chart of the CPU ratios to the floor in ``.bench/results.png``
(``scripts/bench_chart.py``; skipped with a note when matplotlib is not installed).
``--quick`` runs fewer, shorter rounds (about 45 s); ``--only`` picks scenarios;
``--profile SCENARIO`` prints where together_facade's time goes instead.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import functools
import gc
import http.client
import importlib.metadata
import importlib.util
import json
import os
import platform
import resource
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SERVER_SCRIPT = Path(__file__).resolve().parent / "bench_server.py"
OUT_DIR = ROOT / ".bench"

API_KEY = "bench-key"
MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
EMBED_MODEL = "togethercomputer/m2-bert-80M-32k-retrieval"
MESSAGES: Any = [  # (Any: each SDK types its messages its own way)
    {"role": "user", "content": "Complete this sentence with words, one plus one is equal "}
]

FLOOR = "httpx (floor)"
FACADE = "together_facade"  # the default install: standard-library JSON even if orjson is there
FACADE_FAST = "together_facade + orjson (info)"
FACADE_TEXT = "together_facade, text_deltas() (info)"
FACADE_AIOHTTP = 'together_facade, transport="aiohttp"'
FACADE_ALL = "together_facade, every area"
FLOOR_AIOHTTP = "httpx + httpx-aiohttp (info)"
TOGETHER = "together (official SDK)"
OPENAI = "openai SDK"
ORDER = (
    FLOOR,
    FACADE,
    FACADE_ALL,
    FACADE_FAST,
    FACADE_TEXT,
    FACADE_AIOHTTP,
    FLOOR_AIOHTTP,
    TOGETHER,
    OPENAI,
)

VERSIONED = (
    "together-facade",
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "attrs",
    "together",
    "openai",
    "httpx2",
    "pydantic",
    "aiohttp",
    "httpx-aiohttp",
    "orjson",
)


# --- configuration -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Settings:
    """Every knob of a run."""

    max_rounds: int
    min_rounds: int
    box: float
    async_box: float
    import_rounds: int
    chunks: int
    embeddings: int
    dimensions: int
    models: int
    concurrency: int
    budget: float
    scenarios: tuple[str, ...]
    out_dir: Path
    profile: str | None = None


SCENARIOS = ("chat", "stream", "streams", "embeddings", "models", "async", "import")

#: The streams scenario: streams per client and round, and chunks per stream (short, like most
#: chat answers, so that what happens around the stream weighs).
STREAMS_PER_ROUND = 20
SHORT_STREAM_CHUNKS = 20
#: The ``Sample.extra`` key of the streams scenario's steady-state new connections per stream.
NEW_CONNS = "new_conns_per_stream"


def parse_settings(argv: list[str] | None = None) -> Settings:
    """Read the command line."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="fewer, shorter rounds (about 45 s)")
    p.add_argument("--max-rounds", type=int, help="rounds per scenario at most (default 40)")
    p.add_argument("--box", type=float, help="seconds per sync batch (default 0.06)")
    p.add_argument("--async-box", type=float, help="seconds per async batch (default 0.3)")
    p.add_argument("--import-rounds", type=int, help="fresh interpreters per candidate (max 15)")
    p.add_argument("--chunks", type=int, default=2000, help="chunks in the stream")
    p.add_argument("--embeddings", type=int, default=256, help="vectors in the embeddings answer")
    p.add_argument("--dimensions", type=int, default=1024, help="floats per vector")
    p.add_argument("--models", type=int, default=200, help="entries in the models answer")
    p.add_argument("--concurrency", type=int, default=64, help="concurrent async calls")
    p.add_argument("--budget", type=float, help="seconds for the measuring (default 125)")
    p.add_argument("--only", nargs="+", choices=SCENARIOS, help="run only these scenarios")
    p.add_argument("--out", type=Path, default=OUT_DIR, help="where results.json/.md go")
    p.add_argument(
        "--profile",
        choices=[name for name in SCENARIOS if name != "streams"],
        help="instead of benchmarking, profile together_facade in one scenario and print where "
        "its time goes (cProfile; -X importtime for import)",
    )
    a = p.parse_args(argv)
    quick = a.quick
    return Settings(
        max_rounds=a.max_rounds or (10 if quick else 40),
        min_rounds=2 if quick else 5,
        box=a.box or (0.04 if quick else 0.06),
        async_box=a.async_box or (0.15 if quick else 0.3),
        import_rounds=a.import_rounds or (4 if quick else 15),
        chunks=a.chunks,
        embeddings=a.embeddings,
        dimensions=a.dimensions,
        models=a.models,
        concurrency=a.concurrency,
        budget=a.budget or (35.0 if quick else 125.0),
        scenarios=tuple(a.only or SCENARIOS),
        out_dir=a.out,
        profile=a.profile,
    )


# --- the server process --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TlsFiles:
    """A throw-away CA and a server certificate for 127.0.0.1 (made by ``make_tls_files``)."""

    ca: Path
    cert: Path
    key: Path

    def client_context(self) -> ssl.SSLContext:
        """A client context trusting only the throw-away CA."""
        return ssl.create_default_context(cafile=str(self.ca))


def make_tls_files(folder: Path) -> TlsFiles:
    """Make a CA and a certificate for 127.0.0.1 with ``trustme``; write them as PEM files."""
    import trustme

    ca = trustme.CA()
    issued = ca.issue_cert("127.0.0.1")
    files = TlsFiles(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    ca.cert_pem.write_to_path(str(files.ca))
    issued.private_key_pem.write_to_path(str(files.key))
    for i, blob in enumerate(issued.cert_chain_pems):
        blob.write_to_path(str(files.cert), append=i > 0)
    return files


class BenchServer:
    """``bench_server.py`` in a child process; stopped on exit, error or Ctrl-C.

    With ``tls`` it serves HTTPS (``root`` says so) and its stream is ``stream_chunks`` long
    (``settings.chunks`` otherwise) and, with ``chunked``, sent with chunked framing.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        tls: TlsFiles | None = None,
        stream_chunks: int | None = None,
        chunked: bool = False,
    ) -> None:
        self.settings = settings
        self.tls = tls
        self.stream_chunks = settings.chunks if stream_chunks is None else stream_chunks
        self.chunked = chunked
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0
        self._stats: http.client.HTTPConnection | None = None

    def _args(self) -> list[str]:
        s = self.settings
        args = [sys.executable, str(SERVER_SCRIPT), "--port", "0", "--watch-stdin"]
        args += ["--stream-chunks", str(self.stream_chunks), "--embeddings", str(s.embeddings)]
        args += ["--dimensions", str(s.dimensions), "--models", str(s.models)]
        if self.chunked:
            args.append("--stream-chunked")
        if self.tls is not None:
            args += ["--tls-cert", str(self.tls.cert), "--tls-key", str(self.tls.key)]
        return args

    def __enter__(self) -> BenchServer:
        args = self._args()
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().decode()
        if not line.startswith("READY "):
            self.stop()
            raise RuntimeError(f"bench server did not start (said {line!r})")
        self.port = int(line.split()[1])
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def root(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def stats(self) -> dict[str, float]:
        """The server's CPU time (s), connection and request counts so far (the connection
        this asks on is kept open, so it is counted once, before the first answer)."""
        if self._stats is None:
            self._stats = self._stats_connection()
        self._stats.request("GET", "/_stats")
        result: dict[str, float] = json.loads(self._stats.getresponse().read())
        return result

    def _stats_connection(self) -> http.client.HTTPConnection:
        if self.tls is None:
            return http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        context = self.tls.client_context()
        return http.client.HTTPSConnection("127.0.0.1", self.port, timeout=10, context=context)

    def stop(self) -> None:
        """Close stdin (the server stops), then terminate/kill it if it lingers."""
        if self._stats is not None:
            self._stats.close()
        proc, self.proc = self.proc, None
        if proc is None:
            return
        with contextlib.suppress(OSError):
            assert proc.stdin is not None
            proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


# --- measurement primitives ----------------------------------------------------------------------


@dataclass(slots=True)
class Sample:
    """One candidate's batch in one round."""

    cpu: float
    """CPU seconds of this process (user + system, all threads)."""
    wall: float
    calls: int
    units: int
    """What the CPU is divided by: calls, or chunks for the stream."""
    server_cpu: float = 0.0
    server_connections: int = 0
    """Connections the server accepted during the batch (new TCP connections)."""
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def cpu_per_unit(self) -> float:
        return self.cpu / self.units

    @property
    def throughput(self) -> float:
        return self.calls / self.wall

    @property
    def server_load(self) -> float:
        """The server's CPU use during the batch, as a fraction of one core."""
        return self.server_cpu / self.wall if self.wall else 0.0


def timed_batch(body: Callable[[], tuple[int, int, dict[str, float]]]) -> Sample:
    """Run ``body`` (returning calls, units, extras) between two CPU and wall readings."""
    w0, c0 = time.perf_counter(), time.process_time()
    calls, units, extra = body()
    c1, w1 = time.process_time(), time.perf_counter()
    return Sample(cpu=c1 - c0, wall=w1 - w0, calls=calls, units=units, extra=extra)


def call_batch(call: Callable[[], object], box: float, min_calls: int = 1) -> Sample:
    """Call ``call`` repeatedly for about ``box`` seconds."""

    def body() -> tuple[int, int, dict[str, float]]:
        n = 0
        deadline = time.perf_counter() + box
        while n < min_calls or time.perf_counter() < deadline:
            call()
            n += 1
        return n, n, {}

    return timed_batch(body)


def read_stream(open_stream: Callable[[], Iterable[object]]) -> tuple[float, float, int]:
    """Open a stream and iterate it to its end, as a user does: (wall, CPU) seconds to the first
    chunk, and the number of chunks."""
    w0, c0 = time.perf_counter(), time.process_time()
    iterator = iter(open_stream())
    next(iterator)
    first_cpu = time.process_time() - c0
    first_wall = time.perf_counter() - w0
    return first_wall, first_cpu, 1 + sum(1 for _ in iterator)


def stream_batch(open_stream: Callable[[], Iterable[object]], box: float) -> Sample:
    """Consume whole streams for about ``box`` seconds; note the time to each first chunk."""

    def body() -> tuple[int, int, dict[str, float]]:
        streams = chunks = 0
        first_wall: list[float] = []
        first_cpu: list[float] = []
        deadline = time.perf_counter() + box
        while streams < 1 or time.perf_counter() < deadline:
            wall, cpu, n = read_stream(open_stream)
            first_wall.append(wall)
            first_cpu.append(cpu)
            chunks += n
            streams += 1
        extra = {
            "ttfc_wall": statistics.median(first_wall),
            "ttfc_cpu": statistics.median(first_cpu),
        }
        return streams, chunks, extra

    return timed_batch(body)


def streams_batch(open_stream: Callable[[], Iterable[object]], count: int) -> Sample:
    """``count`` whole streams in a row; CPU per stream, and the median time to first chunk."""

    def body() -> tuple[int, int, dict[str, float]]:
        reads = [read_stream(open_stream) for _ in range(count)]
        extra = {
            "ttfc_wall": statistics.median(r[0] for r in reads),
            "ttfc_cpu": statistics.median(r[1] for r in reads),
            "chunks": float(sum(r[2] for r in reads)),
        }
        return count, count, extra

    return timed_batch(body)


async def async_batch(
    call: Callable[[], Awaitable[object]], concurrency: int, box: float
) -> Sample:
    """``concurrency`` tasks calling ``call`` in a loop for about ``box`` seconds."""
    deadline = time.perf_counter() + box

    async def worker() -> int:
        n = 0
        while n < 2 or time.perf_counter() < deadline:
            await call()
            n += 1
        return n

    w0, c0 = time.perf_counter(), time.process_time()
    counts = await asyncio.gather(*(worker() for _ in range(concurrency)))
    c1, w1 = time.process_time(), time.perf_counter()
    return Sample(cpu=c1 - c0, wall=w1 - w0, calls=sum(counts), units=sum(counts))


def with_server_cpu(server: BenchServer, run: Callable[[], Sample]) -> Sample:
    """``run()`` with the server's CPU seconds and new connections during it on the sample."""
    before = server.stats()
    sample = run()
    after = server.stats()
    sample.server_cpu = after["cpu"] - before["cpu"]
    sample.server_connections = int(after["connections"] - before["connections"])
    return sample


# --- candidates: sync ----------------------------------------------------------------------------


@dataclass(slots=True)
class SyncClient:
    """One candidate's way to make each synchronous call (None: not part of this candidate)."""

    name: str
    chat: Callable[[], object] | None
    stream: Callable[[], Iterable[object]] | None
    embeddings: Callable[[], object] | None
    models: Callable[[], object] | None
    close: Callable[[], None]


def installed(module: str) -> bool:
    """True if ``module`` can be imported (without importing it)."""
    return importlib.util.find_spec(module) is not None


def embed_input(n: int) -> list[str]:
    """The texts to embed: one per vector the server answers with."""
    return [f"passage {i}: the quick brown fox jumps over the lazy dog" for i in range(n)]


def floor_stream(client: Any, url: str, body: object, to_end: bool = False) -> Iterator[Any]:
    """The floor's stream: ``iter_lines`` + ``json.loads`` per ``data:`` line. It returns at
    ``[DONE]``, or with ``to_end`` reads the body to its end (which lets httpx put the
    connection back in its pool)."""
    with client.stream("POST", url, json=body) as response:
        for line in response.iter_lines():
            if line.startswith("data:"):
                data = line[5:].strip()
                if data != "[DONE]":
                    yield json.loads(data)
                elif not to_end:
                    return


def floor_sync(root: str, settings: Settings) -> SyncClient:
    """Raw ``httpx.Client`` + ``json.loads``: the floor."""
    import httpx

    client = httpx.Client(headers={"Authorization": f"Bearer {API_KEY}"})
    base = root + "/v1"
    chat_body = {"model": MODEL, "messages": MESSAGES}
    stream_body = {**chat_body, "stream": True}
    embed_body = {"model": EMBED_MODEL, "input": embed_input(settings.embeddings)}

    def post(path: str, body: object) -> Any:
        return json.loads(client.post(base + path, json=body).content)

    return SyncClient(
        FLOOR,
        chat=lambda: post("/chat/completions", chat_body),
        stream=lambda: floor_stream(client, base + "/chat/completions", stream_body),
        embeddings=lambda: post("/embeddings", embed_body),
        models=lambda: json.loads(client.get(base + "/models").content),
        close=client.close,
    )


def facade_sync(root: str, settings: Settings, fast: bool = False) -> SyncClient:
    """``together_facade.Together`` as a user constructs it: the default install (the standard
    library's JSON, chosen with the documented ``json_backend`` option, since orjson is
    installed for the bench), or ``fast``: with orjson."""
    from together_facade import Together

    client = Together(
        api_key=API_KEY,
        base_url=root + "/v1",
        max_retries=0,
        json_backend="orjson" if fast else "stdlib",
    )
    texts = embed_input(settings.embeddings)
    return SyncClient(
        FACADE_FAST if fast else FACADE,
        chat=lambda: client.chat.completions.create(model=MODEL, messages=MESSAGES),
        stream=lambda: client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True),
        embeddings=lambda: client.embeddings.create(model=EMBED_MODEL, input=texts),
        models=client.models.list,
        close=client.close,
    )


def facade_fast_sync(root: str, settings: Settings) -> SyncClient:
    return facade_sync(root, settings, fast=True)


def facade_text_sync(root: str, settings: Settings) -> SyncClient:
    """The stream read with ``text_deltas()``, which builds no chunk models (default install)."""
    from together_facade import Together

    client = Together(api_key=API_KEY, base_url=root + "/v1", max_retries=0, json_backend="stdlib")

    def stream() -> Iterable[object]:
        return client.chat.completions.create(
            model=MODEL, messages=MESSAGES, stream=True
        ).text_deltas()

    return SyncClient(FACADE_TEXT, None, stream, None, None, client.close)


def together_sync(root: str, settings: Settings) -> SyncClient:
    """The official ``together`` SDK (its paths carry ``/v1`` themselves)."""
    import together

    client = together.Together(api_key=API_KEY, base_url=root, max_retries=0)
    texts = embed_input(settings.embeddings)
    return SyncClient(
        TOGETHER,
        chat=lambda: client.chat.completions.create(model=MODEL, messages=MESSAGES),
        stream=lambda: client.chat.completions.create(
            model=MODEL,
            messages=MESSAGES,
            stream=True,
        ),
        embeddings=lambda: client.embeddings.create(model=EMBED_MODEL, input=texts),
        models=lambda: client.models.list(),
        close=client.close,
    )


def openai_sync(root: str, settings: Settings) -> SyncClient:
    """The ``openai`` SDK pointed at the OpenAI-compatible endpoints."""
    import openai

    client = openai.OpenAI(api_key=API_KEY, base_url=root + "/v1", max_retries=0)
    texts = embed_input(settings.embeddings)
    return SyncClient(
        OPENAI,
        chat=lambda: client.chat.completions.create(model=MODEL, messages=MESSAGES),
        stream=lambda: client.chat.completions.create(
            model=MODEL,
            messages=MESSAGES,
            stream=True,
        ),
        embeddings=lambda: client.embeddings.create(
            model=EMBED_MODEL, input=texts, encoding_format="float"
        ),
        models=lambda: client.models.list(),
        close=client.close,
    )


SyncFactory = Callable[[str, Settings], SyncClient]


def sync_factories() -> list[tuple[str, str, SyncFactory]]:
    """(name, module needed, factory) of every sync candidate, floor first."""
    return [
        (FLOOR, "httpx", floor_sync),
        (FACADE, "together_facade", facade_sync),
        (FACADE_FAST, "orjson", facade_fast_sync),
        (FACADE_TEXT, "together_facade", facade_text_sync),
        (TOGETHER, "together", together_sync),
        (OPENAI, "openai", openai_sync),
    ]


# --- candidates: streams over TLS ----------------------------------------------------------------

STREAM_REQUEST: dict[str, Any] = {"model": MODEL, "messages": MESSAGES, "stream": True}


def streams_only(name: str, stream: Callable[[], Iterable[object]], *closers: Any) -> SyncClient:
    """A candidate of the streams scenario: its stream, and what to close (in order)."""

    def close() -> None:
        for closer in closers:
            closer.close()

    return SyncClient(name, None, stream, None, None, close)


def floor_tls(root: str, context: ssl.SSLContext) -> SyncClient:
    """Raw ``httpx.Client`` trusting the bench CA, reading each body to its end: the floor,
    which reuses its connection (the pool gets it back once the body is read)."""
    import httpx

    client = httpx.Client(verify=context, headers={"Authorization": f"Bearer {API_KEY}"})
    url = root + "/v1/chat/completions"
    return streams_only(FLOOR, lambda: floor_stream(client, url, STREAM_REQUEST, True), client)


def facade_tls(root: str, context: ssl.SSLContext) -> SyncClient:
    """``together_facade.Together`` on a user's ``httpx.Client`` that trusts the bench CA."""
    import httpx

    from together_facade import Together

    pool = httpx.Client(verify=context)
    client = Together(
        api_key=API_KEY,
        base_url=root + "/v1",
        max_retries=0,
        json_backend="stdlib",
        http_client=pool,
    )

    def stream() -> Iterable[object]:
        return client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)

    return streams_only(FACADE, stream, client, pool)


def together_tls(root: str, context: ssl.SSLContext) -> SyncClient:
    """The official ``together`` SDK on its own default httpx client, trusting the bench CA."""
    import together

    pool = together.DefaultHttpxClient(verify=context)
    client = together.Together(api_key=API_KEY, base_url=root, max_retries=0, http_client=pool)

    def stream() -> Iterable[object]:
        return client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)

    return streams_only(TOGETHER, stream, client, pool)


def openai_tls(root: str, context: ssl.SSLContext) -> SyncClient:
    """The ``openai`` SDK on its own default client class (whichever httpx it is built on),
    trusting the bench CA."""
    import openai

    pool = openai.DefaultHttpxClient(verify=context)
    client = openai.OpenAI(api_key=API_KEY, base_url=root + "/v1", max_retries=0, http_client=pool)

    def stream() -> Iterable[object]:
        return client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)

    return streams_only(OPENAI, stream, client, pool)


TlsFactory = Callable[[str, ssl.SSLContext], SyncClient]


def tls_factories() -> list[tuple[str, str, TlsFactory]]:
    """(name, module needed, factory) of every candidate of the streams scenario, floor first."""
    return [
        (FLOOR, "httpx", floor_tls),
        (FACADE, "together_facade", facade_tls),
        (TOGETHER, "together", together_tls),
        (OPENAI, "openai", openai_tls),
    ]


# --- candidates: async ---------------------------------------------------------------------------


@dataclass(slots=True)
class AsyncClient:
    """One candidate's async non-stream chat call."""

    name: str
    chat: Callable[[], Awaitable[object]]
    close: Callable[[], Coroutine[Any, Any, None]]


def aiohttp_transport() -> Any:
    """An httpx transport backed by aiohttp (``httpx-aiohttp``)."""
    from httpx_aiohttp import AiohttpTransport

    return AiohttpTransport()


async def floor_async(root: str, aiohttp: bool = False) -> AsyncClient:
    """Raw ``httpx.AsyncClient`` + ``json.loads``."""
    import httpx

    transport = aiohttp_transport() if aiohttp else None
    client = httpx.AsyncClient(headers={"Authorization": f"Bearer {API_KEY}"}, transport=transport)
    url = root + "/v1/chat/completions"
    body = {"model": MODEL, "messages": MESSAGES}

    async def chat() -> Any:
        return json.loads((await client.post(url, json=body)).content)

    return AsyncClient(FLOOR_AIOHTTP if aiohttp else FLOOR, chat, client.aclose)


async def floor_async_aiohttp(root: str) -> AsyncClient:
    return await floor_async(root, aiohttp=True)


async def facade_async(root: str, aiohttp: bool = False) -> AsyncClient:
    """``together_facade.AsyncTogether``, by default or with its one documented option for
    aiohttp, ``transport="aiohttp"`` (the library's own transport)."""
    from together_facade import AsyncTogether

    client = AsyncTogether(
        api_key=API_KEY,
        base_url=root + "/v1",
        max_retries=0,
        transport="aiohttp" if aiohttp else None,
        json_backend="stdlib",
    )
    return AsyncClient(
        FACADE_AIOHTTP if aiohttp else FACADE,
        lambda: client.chat.completions.create(model=MODEL, messages=MESSAGES),
        client.close,
    )


async def facade_async_aiohttp(root: str) -> AsyncClient:
    return await facade_async(root, aiohttp=True)


async def together_async(root: str) -> AsyncClient:
    import together

    client = together.AsyncTogether(api_key=API_KEY, base_url=root, max_retries=0)
    return AsyncClient(
        TOGETHER,
        lambda: client.chat.completions.create(model=MODEL, messages=MESSAGES),
        client.close,
    )


async def openai_async(root: str) -> AsyncClient:
    import openai

    client = openai.AsyncOpenAI(api_key=API_KEY, base_url=root + "/v1", max_retries=0)
    return AsyncClient(
        OPENAI,
        lambda: client.chat.completions.create(model=MODEL, messages=MESSAGES),
        client.close,
    )


AsyncFactory = Callable[[str], Awaitable[AsyncClient]]


def async_factories() -> list[tuple[str, tuple[str, ...], AsyncFactory]]:
    """(name, modules needed, factory) of every async candidate, floor first."""
    return [
        (FLOOR, ("httpx",), floor_async),
        (FACADE, ("together_facade",), facade_async),
        (FACADE_AIOHTTP, ("together_facade", "aiohttp"), facade_async_aiohttp),
        (FLOOR_AIOHTTP, ("httpx_aiohttp",), floor_async_aiohttp),
        (TOGETHER, ("together",), together_async),
        (OPENAI, ("openai",), openai_async),
    ]


# --- candidates: import --------------------------------------------------------------------------


def _without(*modules: str) -> str:
    """A prologue that makes ``modules`` unimportable: a candidate's default install, in this
    environment that has more. httpx imports its command line (click, pygments, rich) whenever
    those are installed, and the bench's environment has them (the `cli` extra, Ray); a default
    install of httpx, openai or this library has none of them, together's has rich only."""
    return "import sys\n" + "".join(f"sys.modules[{m!r}] = None\n" for m in modules)


#: What no default install of httpx, openai or this library brings (httpx's `cli` extra).
_HTTPX_CLI = ("click", "pygments", "rich")

IMPORTS: list[tuple[str, str, str]] = [
    (FLOOR, "httpx", _without(*_HTTPX_CLI) + "import httpx\nhttpx.Client()"),
    (
        FACADE,
        "together_facade",
        # The default install: as if orjson (and httpx's command line) were not installed.
        _without("orjson", *_HTTPX_CLI)
        + "from together_facade import Together\nTogether(api_key='k', base_url=URL)",
    ),
    (
        FACADE_ALL,
        "together_facade",
        # Every API area touched once: each hand-written area and each area of client.api, so
        # that every module they load (and the generated models they read) is imported.
        _without("orjson", *_HTTPX_CLI)
        + "from together_facade import Together\nc = Together(api_key='k', base_url=URL)\n"
        "for a in ('chat', 'completions', 'embeddings', 'images', 'models', 'rerank', 'files',\n"
        "          'fine_tuning', 'batches', 'audio', 'endpoints', 'evaluations', 'videos',\n"
        "          'code_interpreter', 'bulk'):\n"
        "    getattr(c, a)\n"
        "c.chat.completions, c.fine_tuning.jobs\n"
        "for a in dir(c.api):\n"
        "    a.startswith('_') or getattr(c.api, a)\n",
    ),
    (
        TOGETHER,
        "together",
        _without("click", "pygments")  # together depends on rich, not on click or pygments
        + "import together\ntogether.Together(api_key='k', base_url=URL)",
    ),
    (
        OPENAI,
        "openai",
        _without(*_HTTPX_CLI) + "import openai\nopenai.OpenAI(api_key='k', base_url=URL)",
    ),
]

_CHILD = """\
import time
_c0 = time.process_time()
URL = "http://127.0.0.1:9/v1"
{stmt}
_c1 = time.process_time()
import json, resource, sys
_ru = resource.getrusage(resource.RUSAGE_SELF)
sys.stdout.write(json.dumps({{"cpu": _c1 - _c0, "total": _ru.ru_utime + _ru.ru_stime}}))
"""


def child_env(pycache: Path) -> dict[str, str]:
    """The environment of the import children: no API settings, and bytecode caching on.

    Without a bytecode cache (``PYTHONDONTWRITEBYTECODE`` is set on some machines, and an
    editable install has no compiled files) every run would compile the sources, which a user's
    installed package never does. All candidates share one cache under ``pycache``, filled by
    the warm-up round.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TOGETHER_", "OPENAI_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def import_once(stmt: str, env: dict[str, str]) -> Sample:
    """Run ``stmt`` in a fresh interpreter; CPU inside it, and its whole CPU (startup too)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    w0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD.format(stmt=stmt)],
        capture_output=True,
        check=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    wall = time.perf_counter() - w0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    child = json.loads(done.stdout)
    whole = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    extra = {"child_total_cpu": child["total"], "rusage_children_cpu": whole}
    return Sample(cpu=child["cpu"], wall=wall, calls=1, units=1, extra=extra)


# --- results -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Series:
    """One candidate's samples in one scenario (warm-up excluded), or why it was skipped."""

    samples: list[Sample] = field(default_factory=list)
    skipped: str | None = None

    def median(self, key: Callable[[Sample], float]) -> float:
        return statistics.median(key(s) for s in self.samples)


@dataclass(slots=True)
class Scenario:
    """What a scenario measured, candidate by candidate."""

    name: str
    title: str
    unit: str
    series: dict[str, Series] = field(default_factory=dict)
    rounds: int = 0

    def ordered(self) -> list[tuple[str, Series]]:
        """The candidates in report order: the floor first, the optional SDKs last."""
        return sorted(self.series.items(), key=lambda item: ORDER.index(item[0]))


def round_ratios(a: Series, b: Series, key: Callable[[Sample], float]) -> list[float]:
    """``key(a) / key(b)`` in each round (both measured in the same round)."""
    return [key(x) / key(y) for x, y in zip(a.samples, b.samples, strict=False) if key(y)]


def paired_ratio(a: Series, b: Series, key: Callable[[Sample], float]) -> float | None:
    """Median over rounds of ``key(a) / key(b)``: robust to a machine that drifts."""
    pairs = round_ratios(a, b, key)
    return statistics.median(pairs) if pairs else None


def spread(values: list[float]) -> tuple[float, float]:
    """The 25th and 75th percentiles (the middle half of the rounds)."""
    if len(values) < 2:
        return (values[0], values[0]) if values else (0.0, 0.0)
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[2]


def ratio_text(a: Series, b: Series, key: Callable[[Sample], float]) -> str:
    """``1.23x (1.18-1.27)``: the median ratio and its middle half over the rounds."""
    pairs = round_ratios(a, b, key)
    if not pairs:
        return ""
    low, high = spread(pairs)
    return f"{statistics.median(pairs):.2f}x ({low:.2f}-{high:.2f})"


def cpu_unit(s: Sample) -> float:
    return s.cpu_per_unit


def calls_per_s(s: Sample) -> float:
    return s.throughput


def server_load(s: Sample) -> float:
    return s.server_load


# --- running the scenarios -----------------------------------------------------------------------


class Budget:
    """Shares the run's time between the scenarios; a scenario stops adding rounds past its
    share once it has ``min_rounds``."""

    def __init__(self, settings: Settings) -> None:
        weights = {"chat": 1.0, "stream": 1.3, "embeddings": 1.8, "models": 1.0, "async": 2.2}
        weights |= {"streams": 1.0, "import": 2.4}
        chosen = {k: v for k, v in weights.items() if k in settings.scenarios}
        total = sum(chosen.values())
        self.share = {k: settings.budget * v / total for k, v in chosen.items()}
        self.settings = settings

    def more(self, scenario: str, done: int, started: float) -> bool:
        """Whether ``scenario`` runs another round (warm-up included in ``done``)."""
        s = self.settings
        if done >= (s.import_rounds if scenario == "import" else s.max_rounds) + 1:
            return False
        if done < s.min_rounds + 1:
            return True
        return time.perf_counter() - started < self.share[scenario]


def settle() -> None:
    """Collect garbage once, then freeze what survives: later collections (which the batches
    pay for) then see only what the calls allocate, not every module the bench imported."""
    gc.collect()
    gc.freeze()


def rotated(items: list[Any], by: int) -> list[Any]:
    """``items`` rotated left by ``by`` (each round starts with a different candidate)."""
    k = by % len(items) if items else 0
    return items[k:] + items[:k]


def open_sync_clients(
    server: BenchServer, settings: Settings, scenarios: list[Scenario]
) -> list[SyncClient]:
    """Construct every installed sync candidate; note the missing ones as skipped."""
    clients = []
    for name, module, factory in sync_factories():
        if not installed(module):
            for sc in scenarios:
                sc.series[name] = Series(skipped=f"{module} not installed")
            continue
        clients.append(factory(server.root, settings))
    return clients


def check_call(client: SyncClient, scenario: str, expect_chunks: int) -> str | None:
    """Make one call of ``scenario``; the reason it cannot be benchmarked, or None."""
    if getattr(client, scenario) is None:
        return "not part of this candidate"
    try:
        if scenario == "stream":
            assert client.stream is not None
            got = sum(1 for _ in client.stream())
            if got not in (expect_chunks, expect_chunks - 1):  # the last chunk may carry no text
                return f"stream yielded {got} chunks, expected {expect_chunks}"
        else:
            getattr(client, scenario)()
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc).splitlines()[0][:120] if str(exc) else ''}"
    return None


def run_sync_scenario(
    sc: Scenario, clients: list[SyncClient], server: BenchServer, budget: Budget, box: float
) -> None:
    """Interleave the clients that can make ``sc``'s call over rounds; drop the warm-up."""
    expect = budget.settings.chunks
    live = []
    for client in clients:
        reason = check_call(client, sc.name, expect)
        sc.series[client.name] = Series(skipped=reason)
        if reason is None:
            live.append(client)
    settle()
    started = time.perf_counter()
    done = 0
    while budget.more(sc.name, done, started):
        for client in rotated(live, done):
            sample = with_server_cpu(server, functools.partial(_one_sync, sc.name, client, box))
            if done:
                sc.series[client.name].samples.append(sample)
        done += 1
    sc.rounds = done - 1


def _one_sync(scenario: str, client: SyncClient, box: float) -> Sample:
    if scenario == "stream":
        assert client.stream is not None
        return stream_batch(client.stream, box)
    call: Callable[[], object] = getattr(client, scenario)
    return call_batch(call, box)


async def _open_async(root: str, sc: Scenario) -> list[AsyncClient]:
    clients = []
    for name, modules, factory in async_factories():
        missing = [m for m in modules if not installed(m)]
        if missing:
            sc.series[name] = Series(skipped=f"{', '.join(missing)} not installed")
            continue
        try:
            client = await factory(root)
            await client.chat()
        except Exception as exc:
            sc.series[name] = Series(skipped=f"{type(exc).__name__}: {exc}"[:160])
            continue
        sc.series[name] = Series()
        clients.append(client)
    return clients


def run_async_scenario(sc: Scenario, server: BenchServer, budget: Budget) -> None:
    """Interleave the async candidates on one event loop (their pools stay warm)."""
    settings = budget.settings
    with asyncio.Runner() as runner:
        clients = runner.run(_open_async(server.root, sc))

        def batch(client: AsyncClient) -> Sample:
            return runner.run(async_batch(client.chat, settings.concurrency, settings.async_box))

        settle()
        try:
            started = time.perf_counter()
            done = 0
            while budget.more(sc.name, done, started):
                for client in rotated(clients, done):
                    sample = with_server_cpu(server, functools.partial(batch, client))
                    if done:
                        sc.series[client.name].samples.append(sample)
                done += 1
            sc.rounds = done - 1
        finally:
            for client in clients:
                with contextlib.suppress(Exception):
                    runner.run(client.close())


def run_streams_scenario(sc: Scenario, budget: Budget) -> None:
    """Short streams over TLS against a second server that sends them chunked, as Together does.

    The server gets a throw-away CA and certificate (``trustme``) in a temporary folder that goes
    away with it; the candidates trust that CA and nothing else.
    """
    if not installed("trustme"):
        for name, _, _ in tls_factories():
            sc.series[name] = Series(skipped="trustme not installed")
        return
    settings = budget.settings
    with tempfile.TemporaryDirectory(prefix="bench-tls-") as folder:
        tls = make_tls_files(Path(folder))
        with BenchServer(
            settings, tls=tls, stream_chunks=SHORT_STREAM_CHUNKS, chunked=True
        ) as server:
            _measure_streams(sc, server, budget, tls.client_context())


def _open_tls_clients(
    sc: Scenario, root: str, context: ssl.SSLContext
) -> list[tuple[TlsFactory, SyncClient]]:
    """Construct each installed candidate once and read its first stream (the one that opens
    its connection: not part of the steady state); note why the others are skipped."""
    live = []
    for name, module, factory in tls_factories():
        if not installed(module):
            sc.series[name] = Series(skipped=f"{module} not installed")
            continue
        try:
            client = factory(root, context)
        except Exception as exc:
            sc.series[name] = Series(skipped=f"{type(exc).__name__}: {exc}"[:160])
            continue
        reason = check_call(client, "stream", SHORT_STREAM_CHUNKS)
        sc.series[name] = Series(skipped=reason)
        if reason is None:
            live.append((factory, client))
        else:
            client.close()
    return live


def _measure_streams(
    sc: Scenario, server: BenchServer, budget: Budget, context: ssl.SSLContext
) -> None:
    """Interleave the candidates over rounds (the warm-up dropped), each on its one client."""
    live = _open_tls_clients(sc, server.root, context)
    settle()
    try:
        started = time.perf_counter()
        done = 0
        while budget.more(sc.name, done, started):
            for factory, client in rotated(live, done):
                sample = _streams_round(server, context, factory, client)
                if done:
                    sc.series[client.name].samples.append(sample)
            done += 1
        sc.rounds = done - 1
    finally:
        for _, client in live:
            client.close()


def _streams_round(
    server: BenchServer, context: ssl.SSLContext, factory: TlsFactory, client: SyncClient
) -> Sample:
    """``STREAMS_PER_ROUND`` streams on the warm ``client`` (new connections counted by the
    server meanwhile), then the first stream of a brand-new client, outside that count."""
    assert client.stream is not None
    stream = client.stream
    sample = with_server_cpu(server, lambda: streams_batch(stream, STREAMS_PER_ROUND))
    sample.extra[NEW_CONNS] = sample.server_connections / sample.calls
    sample.extra["ttfc_cold_wall"] = cold_first_chunk(factory, server.root, context)
    return sample


def cold_first_chunk(factory: TlsFactory, root: str, context: ssl.SSLContext) -> float:
    """Wall seconds to the first chunk of a brand-new client's first stream: the TCP connect
    and the TLS handshake included, the client's construction not."""
    client = factory(root, context)
    try:
        assert client.stream is not None
        return read_stream(client.stream)[0]
    finally:
        client.close()


def run_import_scenario(sc: Scenario, budget: Budget) -> None:
    """Fresh interpreters importing each candidate and constructing a client, interleaved."""
    env = child_env(budget.settings.out_dir / "pycache")
    live = []
    for name, module, stmt in IMPORTS:
        if installed(module):
            sc.series[name] = Series()
            live.append((name, stmt))
        else:
            sc.series[name] = Series(skipped=f"{module} not installed")
    started = time.perf_counter()
    done = 0
    while budget.more(sc.name, done, started):
        for name, stmt in rotated(live, done):
            sample = import_once(stmt, env)
            if done:
                sc.series[name].samples.append(sample)
        done += 1
    sc.rounds = done - 1


# --- targets -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Target:
    """A goal: ``candidate``'s metric in ``scenario`` against ``reference``'s, or, for the
    metric ``"count"``, the candidate's own per-round value of ``Sample.extra[key]`` (a number,
    not a ratio; ``reference`` is then empty)."""

    scenario: str
    candidate: str
    reference: str
    metric: str  # "cpu" (lower is better), "throughput" (higher is better) or "count" (lower)
    limit: float
    label: str
    key: str = ""  # for "count": which ``Sample.extra`` value

    def ratios(self, scenarios: dict[str, Scenario]) -> list[float]:
        """The per-round ratios of the candidate's metric to the reference's (maybe none); for
        a count, the candidate's per-round values."""
        sc = scenarios.get(self.scenario)
        if sc is None:
            return []
        a = sc.series.get(self.candidate)
        if self.metric == "count":
            return [s.extra[self.key] for s in a.samples if self.key in s.extra] if a else []
        b = sc.series.get(self.reference)
        if not a or not b:
            return []
        return round_ratios(a, b, calls_per_s if self.metric == "throughput" else cpu_unit)

    def passes(self, ratio: float) -> bool:
        return ratio >= self.limit if self.metric == "throughput" else ratio <= self.limit

    @property
    def wanted(self) -> str:
        if self.metric == "count":
            return f"<= {self.limit:g} {self.key.replace('_', ' ')}"
        return f"{'>=' if self.metric == 'throughput' else '<='} {self.limit:g}x {self.reference}"


TARGETS = (
    Target("chat", FACADE, FLOOR, "cpu", 1.05, "non-stream chat CPU/call"),
    Target("stream", FACADE, FLOOR, "cpu", 1.3, "stream CPU/chunk"),
    Target(
        "streams",
        FACADE,
        "",
        "count",
        0,
        "new connections per stream, steady state (TLS, chunked)",
        key=NEW_CONNS,
    ),
    Target("embeddings", FACADE, FLOOR, "cpu", 1.05, "embeddings CPU/call"),
    Target("models", FACADE, FLOOR, "cpu", 1.3, "models CPU/call"),
    Target("async", FACADE, FLOOR, "throughput", 1.0, "async c=64 calls/s, default install"),
    Target("async", FACADE_AIOHTTP, FLOOR, "throughput", 4.0, "async c=64 calls/s, with aiohttp"),
    Target("import", FACADE, FLOOR, "cpu", 1.2, "import + construct CPU"),
    Target("import", FACADE, TOGETHER, "cpu", 0.4, "import + construct CPU vs official SDK"),
    Target("import", FACADE_ALL, FLOOR, "cpu", 2.5, "import + every API area CPU"),
)


# --- the report ----------------------------------------------------------------------------------


def _us(seconds: float) -> str:
    us = seconds * 1e6
    if us >= 10_000:
        return f"{us / 1000:,.1f} ms"
    return f"{us:,.1f} µs" if us < 100 else f"{us:,.0f} µs"


def _other(sc: Scenario, series: Series) -> str:
    """The scenario's secondary numbers for one candidate."""
    if sc.name == "stream":
        rate = statistics.median(s.units / s.wall for s in series.samples)
        ttfc = statistics.median(s.extra["ttfc_wall"] for s in series.samples)
        conns = sum(s.server_connections for s in series.samples)
        per = conns / sum(s.calls for s in series.samples)
        return f"{rate:,.0f} chunks/s; first chunk {ttfc * 1000:.2f} ms; {per:.1f} new conns/stream"
    if sc.name == "streams":
        return _streams_other(series)
    if sc.name == "async":
        floor = sc.series.get(FLOOR)
        rate = series.median(calls_per_s)
        ratio = ratio_text(series, floor, calls_per_s) if floor and floor.samples else ""
        per_batch = statistics.median(s.server_connections for s in series.samples)
        return f"{rate:,.0f} calls/s, {ratio}; {per_batch:.0f} new conns/batch"
    if sc.name == "import":
        whole = series.median(lambda s: s.extra["child_total_cpu"])
        return f"whole interpreter {whole * 1000:.0f} ms CPU"
    return f"{series.median(calls_per_s):,.0f} calls/s sequential"


def streams_summary(series: Series) -> dict[str, float]:
    """The streams scenario's numbers for one candidate: new connections per stream once warm
    (over every measured stream), the median time to first chunk on the warm client and on a
    brand-new one (connect and TLS handshake included), and their difference."""
    streams = sum(s.calls for s in series.samples)
    warm = series.median(lambda s: s.extra["ttfc_wall"]) * 1000
    cold = series.median(lambda s: s.extra["ttfc_cold_wall"]) * 1000
    return {
        NEW_CONNS: sum(s.server_connections for s in series.samples) / streams,
        "ttfc_ms": warm,
        "new_client_ttfc_ms": cold,
        "new_client_extra_ms": cold - warm,
    }


def _streams_other(series: Series) -> str:
    summary = streams_summary(series)
    return (
        f"{summary[NEW_CONNS]:.2f} new conns/stream (steady state); "
        f"first chunk {summary['ttfc_ms']:.2f} ms; new client's first chunk "
        f"{summary['new_client_ttfc_ms']:.2f} ms "
        f"({summary['new_client_extra_ms']:+.2f} ms: connect + TLS)"
    )


def _server_note(series: Series) -> str:
    if not series.samples or all(s.server_cpu == 0 for s in series.samples):
        return ""
    return f"{max(server_load(s) for s in series.samples) * 100:.0f}%"


def results_table(scenarios: list[Scenario]) -> list[str]:
    """The main Markdown table: one row per scenario and candidate."""
    lines = [
        "| scenario | candidate | median CPU | CPU vs floor (p25-p75) | other | server CPU |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for sc in scenarios:
        floor = sc.series.get(FLOOR)
        for name, series in sc.ordered():
            head = f"| {sc.title} | {name} |"
            if series.skipped or not series.samples:
                lines.append(f"{head} skipped: {series.skipped or 'no samples'} | | | |")
                continue
            if name == FLOOR:
                shown = "1.00x (floor)"
            else:
                shown = ratio_text(series, floor, cpu_unit) if floor and floor.samples else ""
            cpu = f"{_us(series.median(cpu_unit))} / {sc.unit}"
            lines.append(
                f"{head} {cpu} | {shown} | {_other(sc, series)} | {_server_note(series)} |"
            )
    return lines


def server_warnings(scenarios: list[Scenario], limit: float = 0.85) -> list[str]:
    """A line for each candidate whose batches kept the server busier than ``limit``."""
    out = []
    for sc in scenarios:
        for name, series in sc.ordered():
            busiest = max((server_load(s) for s in series.samples), default=0.0)
            if busiest > limit:
                out.append(
                    f"WARNING: the server used {busiest * 100:.0f}% of a core during "
                    f"{sc.title} / {name}: it may have limited that result."
                )
    return out


def target_rows(scenarios: dict[str, Scenario]) -> list[dict[str, Any]]:
    """Each target with its measured ratio and PASS / MISS (or n/a when not measured)."""
    rows = []
    for t in TARGETS:
        if t.scenario not in scenarios:
            continue
        ratios = t.ratios(scenarios)
        ratio = statistics.median(ratios) if ratios else None
        verdict = "n/a" if ratio is None else ("PASS" if t.passes(ratio) else "MISS")
        row = {**asdict(t), "wanted": t.wanted, "ratio": ratio, "result": verdict}
        rows.append({**row, "p25_p75": spread(ratios) if ratios else None})
    return rows


def targets_table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| target | candidate | measured (p25-p75) | wanted | result |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        measured = "not measured"
        if r["ratio"] is not None:
            low, high = r["p25_p75"]
            x = "" if r["metric"] == "count" else "x"  # a count is a number, not a ratio
            measured = f"{r['ratio']:.2f}{x} ({low:.2f}-{high:.2f})"
        lines.append(
            f"| {r['label']} | {r['candidate']} | {measured} | {r['wanted']} | {r['result']} |"
        )
    return lines


def versions() -> dict[str, str | None]:
    """The installed version of every package that matters here (None when absent)."""
    found: dict[str, str | None] = {}
    for name in VERSIONED:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = None
    return found


def machine() -> dict[str, Any]:
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor(),
        "cpu_count": os.cpu_count(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
    }


def markdown(
    scenarios: list[Scenario], rows: list[dict[str, Any]], meta: dict[str, Any], chart: str = ""
) -> str:
    """The whole report (``chart``: its line about the chart)."""
    used = ", ".join(f"{k} {v}" for k, v in meta["versions"].items() if v)
    m = meta["machine"]
    rounds = ", ".join(f"{sc.name} {sc.rounds}" for sc in scenarios)
    lines = [
        f"# together_facade benchmark ({meta['date']})",
        "",
        f"Python {m['python']} on {m['platform']}, {m['cpu_count']} CPUs. Versions: {used}.",
        f"Measured rounds (after one warm-up): {rounds}. CPU is the measuring process's only",
        "(the server runs in another process; for imports, the fresh interpreter's, from its",
        "first statement). Values are medians over rounds; ratios are medians of per-round",
        "ratios to the floor measured in the same round, with their 25th-75th percentiles.",
        *([chart] if chart else []),
        "",
        *results_table(scenarios),
        "",
        *server_warnings(scenarios),
        "## Targets",
        "",
        *targets_table(rows),
        "",
    ]
    return "\n".join(lines)


def sample_dict(s: Sample) -> dict[str, Any]:
    return {
        "cpu_s": s.cpu,
        "wall_s": s.wall,
        "calls": s.calls,
        "units": s.units,
        "cpu_per_unit_s": s.cpu_per_unit,
        "calls_per_s": s.throughput,
        "server_cpu_s": s.server_cpu,
        "server_load": s.server_load,
        "server_new_connections": s.server_connections,
        **s.extra,
    }


def scenario_dict(sc: Scenario) -> dict[str, Any]:
    out: dict[str, Any] = {"title": sc.title, "unit": sc.unit, "rounds": sc.rounds}
    floor = sc.series.get(FLOOR)
    for name, series in sc.ordered():
        entry: dict[str, Any] = {"skipped": series.skipped}
        if series.samples:
            entry["median_cpu_per_unit_s"] = series.median(cpu_unit)
            entry["median_calls_per_s"] = series.median(calls_per_s)
            if floor and floor.samples:
                entry["cpu_ratio_to_floor"] = paired_ratio(series, floor, cpu_unit)
                entry["throughput_ratio_to_floor"] = paired_ratio(series, floor, calls_per_s)
                entry["cpu_ratio_of_medians"] = series.median(cpu_unit) / floor.median(cpu_unit)
            if sc.name == "streams":
                entry |= streams_summary(series)
            entry["samples"] = [sample_dict(s) for s in series.samples]
        out.setdefault("candidates", {})[name] = entry
    return out


def draw_chart(results_json: Path, png: Path) -> str:
    """Draw the chart of ``results_json`` into ``png`` (``bench_chart``, imported only now: it
    needs matplotlib); the report's line about it, or about why there is none."""
    try:
        import bench_chart
    except ImportError as exc:
        missing = (exc.name or "matplotlib").split(".")[0]
        log(f"no chart: {missing} is not installed")
        return f"No chart: {missing} is not installed."
    bench_chart.draw(results_json, png)
    return (
        f"Chart: `{png.name}` beside this report (CPU per call as a multiple of the floor, "
        "by scenario, log scale; async as cost = 1 / throughput ratio)."
    )


def write_outputs(
    settings: Settings, scenarios: list[Scenario], meta: dict[str, Any], server: dict[str, float]
) -> str:
    """Write results.json, the chart results.png and results.md; return the Markdown."""
    by_name = {sc.name: sc for sc in scenarios}
    rows = target_rows(by_name)
    settings.out_dir.mkdir(parents=True, exist_ok=True)
    data = {
        **meta,
        "settings": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(settings).items()},
        "server": server,
        "scenarios": {sc.name: scenario_dict(sc) for sc in scenarios},
        "targets": rows,
    }
    results_json = settings.out_dir / "results.json"
    results_json.write_text(json.dumps(data, indent=2) + "\n")
    chart = draw_chart(results_json, settings.out_dir / "results.png")
    text = markdown(scenarios, rows, meta, chart)
    (settings.out_dir / "results.md").write_text(text)
    return text


# --- profiling -----------------------------------------------------------------------------------

PROFILE_SECONDS = 3.0


def _pstats_text(prof: Any, sort: str, limit: int, restrict: str | None = None) -> str:
    import io
    import pstats

    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    if restrict is None:  # (a restriction matches on the directories too)
        stats.strip_dirs()
    stats.sort_stats(sort).print_stats(*([restrict] if restrict else []), limit)
    return out.getvalue().replace(str(ROOT) + "/", "")


def profile_calls(calls: Callable[[], None]) -> str:
    """cProfile ``calls()`` (which runs for a while); top functions by own and total time."""
    import cProfile

    prof = cProfile.Profile()
    prof.enable()
    calls()
    prof.disable()
    return "\n".join(
        [
            "## Top functions by own time (all code)",
            _pstats_text(prof, "tottime", 25),
            "## together_facade and generated code, by cumulative time",
            _pstats_text(prof, "cumulative", 25, "together_facade|together_api_client"),
        ]
    )


def _repeat_for(seconds: float, fn: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            fn()

    return run


def profile_import(settings: Settings) -> str:
    """``-X importtime`` of importing the facade: the modules with the most own time."""
    env = child_env(settings.out_dir / "pycache")
    stmt = "from together_facade import Together"
    subprocess.run([sys.executable, "-c", stmt], env=env, cwd=ROOT, check=True)  # warm caches
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", stmt],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    rows = []
    for line in done.stderr.splitlines()[1:]:
        own_us, total_us, module = (part.strip() for part in line.split(":", 1)[1].split("|"))
        rows.append((int(own_us), int(total_us), module))
    groups: dict[str, int] = {}
    for own, _, name in rows:
        top = name.split(".")[0] if not name.startswith("together_api_client.models") else name
        key = "together_api_client.models.*" if "together_api_client.models" in top else top
        groups[key] = groups.get(key, 0) + own
    lines = ["## Own import time by top-level package (us)"]
    lines += [f"{us:>9,}  {name}" for name, us in sorted(groups.items(), key=lambda i: -i[1])[:20]]
    lines += ["", "## Modules with the most own import time (us)"]
    lines += [f"{own:>9,}  {name}" for own, _, name in sorted(rows, reverse=True)[:20]]
    return "\n".join(lines)


def profile(settings: Settings) -> str:
    """Where together_facade's time goes in ``settings.profile``'s scenario."""
    scenario = settings.profile
    if scenario == "import":
        return profile_import(settings)
    with BenchServer(settings) as server:
        if scenario == "async":
            return _profile_async(server, settings)
        client = facade_sync(server.root, settings)
        try:
            work: Callable[[], object] = getattr(client, str(scenario))
            if scenario == "stream" and client.stream is not None:
                work = functools.partial(read_stream, client.stream)
            _repeat_for(0.5, work)()
            return profile_calls(_repeat_for(PROFILE_SECONDS, work))
        finally:
            client.close()


def _profile_async(server: BenchServer, settings: Settings) -> str:
    with asyncio.Runner() as runner:
        client = runner.run(facade_async(server.root))

        def batch(seconds: float) -> None:
            runner.run(async_batch(client.chat, settings.concurrency, seconds))

        try:
            batch(0.5)
            return profile_calls(lambda: batch(PROFILE_SECONDS))
        finally:
            runner.run(client.close())


# --- main ----------------------------------------------------------------------------------------

TITLES = {
    "chat": ("non-stream chat", "call"),
    "stream": ("stream", "chunk"),
    "streams": (f"{STREAMS_PER_ROUND} sequential streams, TLS", "stream"),
    "embeddings": ("embeddings", "call"),
    "models": ("models", "call"),
    "async": ("async chat c={c}", "call"),
    "import": ("import + construct", "run"),
}


def new_scenarios(settings: Settings) -> list[Scenario]:
    out = []
    for name in SCENARIOS:
        if name in settings.scenarios:
            title, unit = TITLES[name]
            out.append(Scenario(name, title.format(c=settings.concurrency), unit))
    return out


def run(settings: Settings) -> str:
    """Run every chosen scenario against a fresh server; write and return the report."""
    started = time.perf_counter()
    scenarios = new_scenarios(settings)
    budget = Budget(settings)
    sync = [sc for sc in scenarios if sc.name in ("chat", "stream", "embeddings", "models")]
    with BenchServer(settings) as server:
        if sync:
            clients = open_sync_clients(server, settings, sync)
            try:
                for sc in sync:
                    log(f"{sc.title} ...")
                    run_sync_scenario(sc, clients, server, budget, _box(sc.name, settings))
            finally:
                for client in clients:
                    client.close()
        for sc in scenarios:
            if sc.name == "streams":
                log(f"{sc.title} ...")
                run_streams_scenario(sc, budget)
            elif sc.name == "async":
                log(f"{sc.title} ...")
                run_async_scenario(sc, server, budget)
            elif sc.name == "import":
                log(f"{sc.title} ...")
                run_import_scenario(sc, budget)
        server_stats = server.stats()
    meta = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "versions": versions(),
        "elapsed_s": round(time.perf_counter() - started, 1),
    }
    text = write_outputs(settings, scenarios, meta, server_stats)
    log(f"done in {meta['elapsed_s']} s; wrote {settings.out_dir / 'results.json'}")
    return text


def _box(scenario: str, settings: Settings) -> float:
    """The time box per candidate and round; big bodies get a little more."""
    return settings.box * (1.6 if scenario in ("embeddings", "stream") else 1.0)


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    settings = parse_settings(argv)
    try:
        print(profile(settings) if settings.profile else run(settings))
    except KeyboardInterrupt:
        log("interrupted; the server was stopped")
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
