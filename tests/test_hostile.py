"""Hostile servers (issue 11): redirects that would leak, bodies and streams that would fill
memory, servers that never finish, headers that would crash, and a client used after close.
Each test runs with ``Together`` and ``AsyncTogether`` where both exist (the ``invoke`` fixture).
"""

from __future__ import annotations

import asyncio
import gzip
import json
import threading
import time
import warnings
import zlib
from typing import Any

import brotli
import httpx
import pytest
import zstandard
from pytest_httpserver import HTTPServer

import together_facade as tf
from tests.helpers import API_KEY, Invoker, ScriptedServer, fixture_bytes

CHAT = json.loads(fixture_bytes("chat-completions__basic-eos-llama31-8b.json"))
MESSAGES = [{"role": "user", "content": "the secret prompt"}]


def chat(client: Any, **options: Any) -> Any:
    return client.chat.completions.create(model="m", messages=MESSAGES, **options)


def models(client: Any, **options: Any) -> Any:
    return client.models.list(**options)


# --- 1. redirects ------------------------------------------------------------------------------


@pytest.fixture
def other() -> Any:
    server = HTTPServer(host="localhost")  # another origin: another host name and port
    server.start()
    server.expect_request("/elsewhere").respond_with_json(CHAT)
    yield server
    server.clear()
    server.stop()


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("call", [chat, models])
def test_no_redirect_to_another_origin_is_followed(
    invoke: Invoker, httpserver: HTTPServer, other: HTTPServer, status: int, call: Any
) -> None:
    path = "/v1/chat/completions" if call is chat else "/v1/models"
    target = other.url_for("/elsewhere")
    httpserver.expect_request(path).respond_with_data(
        "", status=status, headers={"Location": target}
    )
    with pytest.raises(tf.RedirectError, match="another origin") as info:
        invoke(
            lambda c: call(c, extra_headers={"X-Token": "tok-extra"}),
            default_headers={"X-Api-Key": API_KEY},
        )
    assert other.log == []  # nothing of the request, its body or its headers left
    assert info.value.location == target
    assert target in str(info.value)
    assert len(httpserver.log) == 1  # not retried either


def test_a_same_origin_redirect_of_a_get_is_followed_with_the_key(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_data(
        "", status=308, headers={"Location": "/v1/models-moved"}
    )
    httpserver.expect_request("/v1/models-moved").respond_with_json([{"id": "moved"}])
    assert [m.id for m in invoke(models)] == ["moved"]
    assert httpserver.log[1][0].headers["Authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize("status", [307, 308])
def test_a_request_with_a_body_is_never_sent_again_on_a_redirect(
    invoke: Invoker, httpserver: HTTPServer, status: int
) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_data(
        "", status=status, headers={"Location": "/v1/chat/completions-2"}
    )
    with pytest.raises(tf.RedirectError, match="never sent twice"):
        invoke(chat)
    assert [r.path for r, _ in httpserver.log] == ["/v1/chat/completions"]


@pytest.mark.parametrize("status", [301, 302, 303])
def test_a_see_other_redirect_of_a_post_is_a_get_without_the_body(
    invoke: Invoker, httpserver: HTTPServer, status: int
) -> None:
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_data(
        "", status=status, headers={"Location": "/v1/results/1"}
    )
    httpserver.expect_request("/v1/results/1", method="GET").respond_with_json(CHAT)
    assert invoke(chat).id == CHAT["id"]
    second = httpserver.log[1][0]
    assert second.method == "GET" and second.get_data() == b""
    assert "Content-Type" not in second.headers
    assert second.headers["Authorization"] == f"Bearer {API_KEY}"  # the same origin


def test_a_bodiless_request_follows_a_same_origin_308(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/files/file-1", method="DELETE").respond_with_data(
        "", status=308, headers={"Location": "/v1/files/file-1/"}
    )
    httpserver.expect_request("/v1/files/file-1/", method="DELETE").respond_with_json(
        {"id": "file-1", "deleted": True}
    )
    assert invoke(lambda c: c.files.delete("file-1")).deleted is True


def test_a_redirect_loop_ends(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/models").respond_with_data(
        "", status=302, headers={"Location": "/v1/models"}
    )
    with pytest.raises(tf.RedirectError, match="20 redirects"):
        invoke(models)
    assert len(httpserver.log) == 21


# --- 2. bytes: caps after decompression, and only the codings asked for -------------------------

MiB = 1024 * 1024


def test_accept_encoding_names_what_is_decoded_and_gzip_and_deflate_are_read(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    body = json.dumps(CHAT).encode()
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_data(
        gzip.compress(body), headers={"Content-Encoding": "gzip"}, content_type="application/json"
    )
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_data(
        zlib.compress(body), headers={"Content-Encoding": "deflate"}
    )
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_data(
        raw.compress(body) + raw.flush(), headers={"Content-Encoding": "deflate"}
    )
    for _ in range(3):
        assert invoke(chat).id == CHAT["id"]
    assert {r.headers["Accept-Encoding"] for r, _ in httpserver.log} == {"gzip, deflate"}


@pytest.mark.parametrize(
    ("coding", "compress"),
    [("br", brotli.compress), ("zstd", zstandard.ZstdCompressor().compress)],
)
def test_a_coding_never_asked_for_is_refused(
    invoke: Invoker, httpserver: HTTPServer, coding: str, compress: Any
) -> None:
    # With brotli and zstandard installed (they are, in the test environment), httpx itself
    # would inflate these; the client never hands them to httpx's decoders.
    bomb = compress(b"[" * (64 * MiB))
    httpserver.expect_request("/v1/chat/completions").respond_with_data(
        bomb, headers={"Content-Encoding": coding}
    )
    with pytest.raises(tf.APIResponseValidationError, match=f"encoded as '{coding}'"):
        invoke(chat)


def test_a_gzip_bomb_stops_at_the_cap(invoke: Invoker, httpserver: HTTPServer) -> None:
    bomb = gzip.compress(b" " * (64 * MiB), compresslevel=9)  # 64 KiB that inflate to 64 MiB
    httpserver.expect_request("/v1/chat/completions").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}
    )
    with pytest.raises(tf.ResponseTooLargeError, match="max_response_bytes"):
        invoke(chat, max_response_bytes=8 * MiB)


def test_an_announced_length_over_the_cap_is_refused_before_reading(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_data(b"[" + b" " * (2 * MiB) + b"]")
    with pytest.raises(tf.ResponseTooLargeError, match="announces 2,097,154 bytes"):
        invoke(models, max_response_bytes=MiB)


def test_a_huge_error_body_keeps_its_status_and_only_its_start(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_data(b"x" * (5 * MiB), status=500)
    with pytest.raises(tf.InternalServerError) as info:
        invoke(models, max_retries=0)
    assert len(info.value.body) == MiB  # type: ignore[arg-type]


def test_an_sse_line_inflated_from_gzip_stops_at_the_event_cap(invoke: Invoker) -> None:
    line = gzip.compress(b"data: " + b"a" * (32 * MiB), compresslevel=9)
    server = ScriptedServer([line], headers={"Content-Encoding": "gzip"})
    try:
        with pytest.raises(tf.ResponseTooLargeError, match="exceeds"):
            invoke(
                lambda c: _drain(
                    c.chat.completions.create(model="m", messages=MESSAGES, stream=True)
                ),
                base_url=server.base_url,
                max_event_bytes=2 * MiB,
            )
    finally:
        server.close()


def _drain(stream: Any) -> Any:
    if isinstance(stream, tf.Stream):
        return list(stream)

    async def drain() -> list[Any]:
        return [chunk async for chunk in await stream]

    return drain()


# --- 5. every call ends: the deadline, the stream idle limit -----------------------------------


def test_a_dripping_server_is_stopped_by_the_deadline(invoke: Invoker) -> None:
    server = ScriptedServer([b"{", *[0.1, b" "] * 100], content_type="application/json")
    try:
        started = time.monotonic()
        with pytest.raises(tf.DeadlineExceededError, match=r"deadline of 1 s"):
            invoke(models, base_url=server.base_url, timeout=1, deadline=1)
        assert time.monotonic() - started < 1.6
    finally:
        server.close()


def test_the_deadline_covers_every_attempt_and_backoff(invoke: Invoker) -> None:
    server = ScriptedServer([0.4], end="reset", content_type="application/json")
    try:
        started = time.monotonic()
        with pytest.raises(tf.APIConnectionError):
            invoke(models, base_url=server.base_url, max_retries=10, deadline=1.2)
        assert time.monotonic() - started < 1.7
        assert len(server.requests) < 5
    finally:
        server.close()


def test_keep_alive_comments_do_not_keep_a_stream_open(invoke: Invoker) -> None:
    server = ScriptedServer([b": keep-alive\n\n", *[0.05, b": ping\n\n"] * 60])
    try:
        started = time.monotonic()
        with pytest.raises(tf.APITimeoutError, match=r"no event for 0\.5 s"):
            invoke(
                lambda c: _drain(
                    c.chat.completions.create(
                        model="m", messages=MESSAGES, stream=True, stream_idle_timeout=0.5
                    )
                ),
                base_url=server.base_url,
            )
        assert time.monotonic() - started < 1.2
    finally:
        server.close()


def test_a_silent_stream_fails_at_the_idle_limit_not_the_read_timeout(invoke: Invoker) -> None:
    server = ScriptedServer([], end="hold", hold=5.0)
    try:
        started = time.monotonic()
        with pytest.raises(tf.APITimeoutError):
            invoke(
                lambda c: _drain(
                    c.chat.completions.create(model="m", messages=MESSAGES, stream=True)
                ),
                base_url=server.base_url,
                stream_idle_timeout=0.5,
                max_retries=0,
            )
        assert time.monotonic() - started < 1.5
    finally:
        server.close()


@pytest.mark.parametrize("option", ["deadline", "stream_idle_timeout", "initial_retry_delay"])
@pytest.mark.parametrize("value", [0, -1, float("nan"), "5", True])
def test_limits_are_checked_when_the_client_is_built(option: str, value: object) -> None:
    with pytest.raises(tf.InvalidRequestError, match=option):
        tf.Together(api_key="k", **{option: value})


def test_infinity_lifts_a_limit() -> None:
    client = tf.Together(api_key="k", deadline=float("inf"), stream_idle_timeout=float("inf"))
    assert client._config.deadline is None and client._config.stream_idle_timeout is None


# --- 4 and 9. Retry-After never crashes; backoff is bounded and configurable -----------------


@pytest.mark.parametrize(
    "value",
    [
        "Sun, 06 Nov 100000 08:49:37 GMT",
        "Sun, 06 Nov 99999999999999999999 08:49:37 GMT",
        "9" * 5000,
        "inf",
        "nan",
        "1e3",
        "+5",
        "1_000",
        "-1",
        "\u00b2",  # a superscript two: a digit to str.isdigit(), not to RFC 9110
    ],
)
def test_no_retry_after_value_crashes_a_call(
    invoke: Invoker, httpserver: HTTPServer, value: str
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        {"error": {"message": "bad"}}, status=400, headers={"Retry-After": value}
    )
    with pytest.raises(tf.BadRequestError) as info:
        invoke(models, max_retries=0)
    assert info.value.retry_after in (None, 1e9)


def test_backoff_is_configurable(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/models").respond_with_json({}, status=503)
    started = time.monotonic()
    with pytest.raises(tf.InternalServerError):
        invoke(models, max_retries=3, initial_retry_delay=0.01, max_retry_delay=0.02)
    assert time.monotonic() - started < 0.5
    assert len(httpserver.log) == 4


def test_initial_retry_delay_may_not_exceed_the_maximum() -> None:
    with pytest.raises(tf.InvalidRequestError, match="must not exceed"):
        tf.Together(api_key="k", initial_retry_delay=10)


# --- 6. deeply nested JSON ---------------------------------------------------------------------

DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("backend", ["stdlib", "orjson"])
def test_deeply_nested_json_is_a_typed_error(
    invoke: Invoker, httpserver: HTTPServer, backend: str
) -> None:
    httpserver.expect_ordered_request("/v1/models").respond_with_data(DEEP)
    httpserver.expect_ordered_request("/v1/models").respond_with_data(DEEP, status=400)
    with pytest.raises(tf.APIResponseValidationError):
        invoke(models, json_backend=backend)
    with pytest.raises(tf.BadRequestError):
        invoke(models, json_backend=backend)
    server = ScriptedServer([b"data: " + DEEP + b"\n\n"])
    try:
        with pytest.raises(tf.APIResponseValidationError):
            invoke(
                lambda c: _drain(
                    c.chat.completions.create(model="m", messages=MESSAGES, stream=True)
                ),
                base_url=server.base_url,
                json_backend=backend,
            )
    finally:
        server.close()


# --- 7. a closed client ------------------------------------------------------------------------


def test_a_closed_client_says_so() -> None:
    client = tf.Together(api_key="k", base_url="http://127.0.0.1:9/v1")
    client.close()
    with pytest.raises(tf.ClientClosedError, match="closed"):
        client.models.list()

    async def main() -> None:
        aclient = tf.AsyncTogether(api_key="k", base_url="http://127.0.0.1:9/v1")
        await aclient.close()
        with pytest.raises(tf.ClientClosedError):
            await aclient.models.list()

    asyncio.run(main())


def test_closing_during_a_call_fails_that_call_cleanly() -> None:
    server = ScriptedServer([b"[", 2.0, b"]"], content_type="application/json")
    try:
        client = tf.Together(api_key="k", base_url=server.base_url, max_retries=5)

        def close_once_the_request_is_in() -> None:
            while not server.requests:
                time.sleep(0.01)
            time.sleep(0.1)  # the client is now waiting for the rest of the body
            client.close()

        threading.Thread(target=close_once_the_request_is_in).start()
        # A blocking read in another thread is not woken by close(): the call fails with
        # ClientClosedError when its next bytes come (here in 2 s), instead of returning them.
        with pytest.raises(tf.ClientClosedError):
            client.models.list()

        async def main() -> None:
            aclient = tf.AsyncTogether(api_key="k", base_url=server.base_url, max_retries=5)
            call = asyncio.ensure_future(aclient.models.list())
            while len(server.requests) < 2:
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.1)
            started = time.monotonic()
            await aclient.close()
            with pytest.raises(tf.ClientClosedError):
                await call
            assert time.monotonic() - started < 1.0

        asyncio.run(main())
    finally:
        server.close()


# --- 8. credentials: redacted everywhere, and plain http to another host warned about --------


def test_no_credential_header_shows_in_an_errors_repr(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json({}, status=401)
    with pytest.raises(tf.AuthenticationError) as info:
        invoke(
            lambda c: models(c, extra_headers={"X-Tenant": "tenant-secret"}),
            default_headers={"X-Api-Key": API_KEY, "Api-Key": API_KEY},
            sensitive_headers=["X-Tenant"],
        )
    assert info.value.request is not None
    shown = repr(info.value.request.headers) + repr(info.value) + str(info.value)
    assert API_KEY not in shown and "tenant-secret" not in shown
    assert info.value.request.headers["X-Api-Key"] == API_KEY  # hidden, not removed


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("http://10.0.0.5:8000/v1", True),
        ("http://api.example.com", True),
        ("http://127.0.0.1:8000/v1", False),
        ("http://localhost:8000/v1", False),
        ("http://[::1]:8000/v1", False),
        ("https://api.example.com", False),
    ],
)
def test_a_key_sent_in_the_clear_to_another_machine_is_warned_about(url: str, warned: bool) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tf.Together(api_key="k", base_url=url)
        tf.Together(api_key="k").with_options(base_url=url)
    found = [w for w in caught if issubclass(w.category, tf.InsecureBaseURLWarning)]
    assert len(found) == (2 if warned else 0)
    assert all(w.filename == __file__ for w in found)  # points at the caller's line


def test_redirect_targets_compare_origins() -> None:
    from together_facade._flow import _same_origin

    url = httpx.URL
    assert _same_origin(url("https://a.example/v1"), url("https://a.example/v2"))
    assert _same_origin(url("http://a.example/v1"), url("https://a.example/v1"))
    assert not _same_origin(url("https://a.example/v1"), url("http://a.example/v1"))
    assert not _same_origin(url("https://a.example/v1"), url("https://a.example:8443/v1"))
    assert not _same_origin(url("https://a.example/v1"), url("https://b.example/v1"))


# --- storage: a file's bytes may come from a presigned URL, which gets no credential ----------


@pytest.mark.parametrize("what", ["download", "content"])
def test_a_file_is_fetched_from_storage_without_any_credential(
    invoke: Invoker, httpserver: HTTPServer, tmp_path: Any, what: str
) -> None:
    storage = HTTPServer(host="localhost")  # the storage host: another origin
    storage.start()
    try:
        storage.expect_request("/bucket/model.tar").respond_with_data(b"weights" * 1000)
        presigned = storage.url_for("/bucket/model.tar") + "?X-Amz-Signature=sig"
        path = "/v1/finetune/download" if what == "download" else "/v1/files/file-1/content"
        httpserver.expect_request(path).respond_with_data(
            "", status=302, headers={"Location": presigned}
        )
        headers = {"X-Token": "tok-extra"}
        if what == "download":
            out = tmp_path / "model.tar"
            invoke(
                lambda c: c.fine_tuning.download("ft-1", output=out),
                default_headers={"X-Api-Key": API_KEY, **headers},
            )
            assert out.read_bytes() == b"weights" * 1000
        else:
            got = invoke(
                lambda c: c.files.retrieve_content("file-1", extra_headers=headers),
                default_headers={"X-Api-Key": API_KEY},
            )
            assert got == b"weights" * 1000
        sent = storage.log[0][0].headers
        assert "Authorization" not in sent and "X-Api-Key" not in sent and "X-Token" not in sent
        assert httpserver.log[0][0].headers["Authorization"] == f"Bearer {API_KEY}"
    finally:
        storage.clear()
        storage.stop()


def test_storage_is_reached_over_https_only() -> None:
    from together_facade._flow import redirect_target

    request = httpx.Request("GET", "https://api.example/v1/finetune/download")
    answer = httpx.Response(302, headers={"Location": "http://bucket.example/x"}, request=request)
    with pytest.raises(tf.RedirectError, match="over https only"):
        redirect_target(answer, 0, to_storage=True)
    answer = httpx.Response(302, headers={"Location": "https://bucket.example/x"}, request=request)
    target, to_storage_host = redirect_target(answer, 0, to_storage=True)
    assert target.url.host == "bucket.example" and to_storage_host
    with pytest.raises(tf.RedirectError, match="another origin"):
        redirect_target(answer, 0, to_storage=False)


def test_a_download_may_not_exceed_the_size_it_announced(invoke: Invoker, tmp_path: Any) -> None:
    # A 206 announcing 10 bytes in all (Content-Range), then sending a megabyte, chunked.
    server = ScriptedServer(
        [b"x" * 65536] * 16,
        status="206 Partial Content",
        content_type="application/octet-stream",
        headers={"Content-Range": "bytes 0-9/10"},
    )
    out = tmp_path / "model.tar"
    try:
        with pytest.raises(tf.APIResponseValidationError, match="announced 10 bytes"):
            invoke(lambda c: c.fine_tuning.download("ft-1", output=out), base_url=server.base_url)
        assert not out.exists() and list(tmp_path.iterdir()) == []
    finally:
        server.close()


def test_limits_are_checked_per_call_and_in_with_options(httpserver: HTTPServer) -> None:
    client = tf.Together(api_key="k", base_url=httpserver.url_for("/v1"))
    with pytest.raises(tf.InvalidRequestError, match=r"models.list\(\): deadline"):
        client.models.list(deadline=0)
    with pytest.raises(tf.InvalidRequestError, match="max_response_bytes"):
        client.with_options(max_response_bytes=10)
    smaller = client.with_options(max_response_bytes=2048, deadline=5, initial_retry_delay=0.1)
    assert smaller._config.max_response_bytes == 2048 and smaller._config.deadline == 5
    assert smaller._config.retry.initial_delay == 0.1 and smaller._config.retry.max_delay == 8.0
    httpserver.expect_request("/v1/models").respond_with_json([{"id": "x" * 4096}])
    with pytest.raises(tf.ResponseTooLargeError):
        smaller.models.list()
    assert [m.id for m in client.models.list()] == ["x" * 4096]  # the original keeps its cap


# --- found in review -------------------------------------------------------------------------


def test_bytes_after_the_end_of_a_gzip_body_are_refused_not_kept(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    # zlib keeps every byte after the end of the stream (unbounded, and no cap sees them).
    body = gzip.compress(json.dumps(CHAT).encode()) + b"junk" * (2 * MiB)
    httpserver.expect_request("/v1/chat/completions").respond_with_data(
        body, headers={"Content-Encoding": "gzip"}
    )
    with pytest.raises(tf.APIConnectionError, match="goes on after its end"):
        invoke(chat, max_retries=0, max_response_bytes=MiB)


def test_a_gzip_body_of_several_members_is_read_whole(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    text = json.dumps(CHAT).encode()
    body = gzip.compress(text[:100]) + gzip.compress(text[100:])
    httpserver.expect_request("/v1/chat/completions").respond_with_data(
        body, headers={"Content-Encoding": "gzip"}
    )
    assert invoke(chat).id == CHAT["id"]


def test_an_error_answer_in_an_unknown_coding_keeps_its_status_and_is_retried(
    invoke: Invoker, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_data(
        brotli.compress(b"overloaded"), status=503, headers={"Content-Encoding": "br"}
    )
    with pytest.raises(tf.InternalServerError):
        invoke(models, max_retries=1, initial_retry_delay=0.01, max_retry_delay=0.01)
    assert len(httpserver.log) == 2


def test_an_empty_answer_may_name_any_coding(invoke: Invoker, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/files/file-1", method="DELETE").respond_with_data(
        "", status=204, headers={"Content-Encoding": "br"}
    )
    invoke(lambda c: c.delete("/files/file-1", cast_to=object), max_retries=0)


def test_a_stream_that_never_ends_stops_at_the_response_cap(invoke: Invoker) -> None:
    chunk = dict(json.loads(fixture_bytes("chat-completions__basic-eos-llama31-8b.json")))
    event = b"data: " + json.dumps(
        {"id": "s", "object": "chat.completion.chunk", "created": 1, "model": "m",
         "choices": [{"index": 0, "delta": {"content": "x" * 1000}}]}
    ).encode() + b"\n\n"  # fmt: skip
    del chunk
    server = ScriptedServer([event * 64] * 64)  # 4 MiB of events, never [DONE]
    try:
        with pytest.raises(tf.ResponseTooLargeError, match="add up to more"):
            invoke(
                lambda c: _drain(
                    c.chat.completions.create(model="m", messages=MESSAGES, stream=True)
                ),
                base_url=server.base_url,
                max_response_bytes=MiB,
            )
    finally:
        server.close()


def test_a_silent_stream_names_the_limit_that_ended_it(invoke: Invoker) -> None:
    for options, expected in (
        ({"stream_idle_timeout": 0.5}, r"no event for 0\.5 s"),
        ({"deadline": 0.8}, r"deadline of 0\.8 s"),
    ):
        server = ScriptedServer([b": hello\n\n"], end="hold", hold=5.0)
        try:
            with pytest.raises(tf.APITimeoutError, match=expected):
                invoke(
                    lambda c: _drain(
                        c.chat.completions.create(model="m", messages=MESSAGES, stream=True)
                    ),
                    base_url=server.base_url,
                    max_retries=0,
                    **options,
                )
        finally:
            server.close()


def test_an_uploads_transfer_to_storage_has_no_default_deadline() -> None:
    from together_facade._calls import Call, Endpoint, as_response
    from together_facade._core import _budget

    client = tf.Together(api_key="k", deadline=2)
    put = Call(
        "files.upload", Endpoint("PUT", "https://s/b"), as_response, to_api=False, transfer=True
    )
    assert _budget(client._config, put).deadline is None
    api = Call("files.upload", Endpoint("POST", "/files"), as_response)
    assert _budget(client._config, api).deadline == 2


def test_presigned_urls_are_logged_without_their_signature(
    invoke: Invoker, httpserver: HTTPServer, caplog: pytest.LogCaptureFixture, tmp_path: Any
) -> None:
    import logging

    httpserver.expect_request("/bucket/f").respond_with_data(b"data")
    presigned = httpserver.url_for("/bucket/f") + "?X-Amz-Credential=AKIA1&X-Amz-Signature=SIG1"
    httpserver.expect_request("/v1/finetune/download").respond_with_data(
        "", status=302, headers={"Location": presigned.replace("localhost", "127.0.0.1")}
    )
    caplog.set_level(logging.DEBUG, logger="together_facade")
    invoke(lambda c: c.fine_tuning.download("ft-1", output=tmp_path / "f"))
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name == "together_facade")
    assert "SIG1" not in ours and "AKIA1" not in ours
    assert "/bucket/f" in ours


def test_iter_text_and_iter_lines_decode_within_bounds(httpserver: HTTPServer) -> None:
    bomb = gzip.compress(b"a" * (16 * MiB))
    httpserver.expect_request("/v1/files/f/content").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}
    )
    client = tf.Together(api_key="k", base_url=httpserver.url_for("/v1"), max_event_bytes=MiB)
    with client.files.with_streaming_response.retrieve_content("f") as response:
        assert max(len(t) for t in response.iter_text()) <= 64 * 1024
    with (
        client.files.with_streaming_response.retrieve_content("f") as response,
        pytest.raises(tf.ResponseTooLargeError, match="no line end"),
    ):
        list(response.iter_lines())
    text = "é\r\nb\rc\n\nd".encode()
    httpserver.clear()
    httpserver.expect_request("/v1/files/f/content").respond_with_data(text)
    with client.files.with_streaming_response.retrieve_content("f") as response:
        assert list(response.iter_lines()) == ["é", "b", "c", "", "d"]
