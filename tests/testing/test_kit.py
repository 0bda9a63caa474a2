"""The test kit as users see it: the spec it serves, its real default answers, chat answers built
from texts and tool calls, the check of programmed answers, the record's assertions, and the
client flows it carries (the service's three-step upload), through ``Together`` and
``AsyncTogether``."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.testing.support import (
    CHAT,
    CORPUS,
    KIT_CAPTURES,
    MESSAGES,
    ROOT,
    SPEC,
    answer_validator,
    client,
    close,
    component,
    corpus,
    done,
    problems,
    stream_text,
)
from together_facade import AuthenticationError, Together
from together_facade.testing import StandIn, ToolCall, chat_chunks, chat_completion
from together_facade.testing._captures import TABLE

# --- the public door ----------------------------------------------------------------------------


def test_the_public_names_are_sorted_documented_and_complete() -> None:
    import together_facade.testing as kit

    assert kit.__all__ == sorted(kit.__all__)
    for name in kit.__all__:
        assert getattr(kit, name).__doc__, name
    # (pytest's assertion rewriting adds "@py_builtins" to a plugin module's package)
    public = {n for n in dir(kit) if not n.startswith(("_", "@"))} - {
        "annotations",
        "TYPE_CHECKING",
        "Any",
    }
    assert public <= {*kit.__all__, "pytest_plugin"}  # lazily loaded names, and the plugin module
    with pytest.raises(AttributeError, match="has no attribute 'Standin'"):
        kit.Standin  # noqa: B018


# --- the spec it serves -------------------------------------------------------------------------


def test_the_served_spec_is_the_published_one_with_the_fixes_applied() -> None:
    # The generator step writes it (make check-drift keeps it true); this says which spec it is.
    sys.path.insert(0, str(ROOT / "scripts"))
    import regenerate
    import specfix

    published = specfix.load_yaml(ROOT / "openapi.yaml")
    patched, stale = specfix.apply_fixes(published, specfix.load_fixes(ROOT / "openapi-fixes.yaml"))
    assert not stale
    assert json.loads(json.dumps(patched, default=regenerate._iso)) == SPEC
    assert "/files/{id}/preprocess" in SPEC["paths"]  # an operation only the fixes add


def test_a_spec_can_be_a_json_file_or_a_dict(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.1.0",
        "paths": {
            "/health": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"status": {"const": "up"}},
                                        "required": ["status"],
                                    }
                                }
                            },
                        }
                    }
                }
            }
        },
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec))
    for source in (spec, path, str(path)):
        with StandIn(source) as api:
            assert httpx.get(api.base_url + "/health").json() == {"status": "up"}
            assert [op[:2] for op in api.operations] == [("GET", "/health")]
            assert api.captures == [c.name for c in TABLE if c.use == "error"]
    with pytest.raises(FileNotFoundError, match=r"No spec at .*nowhere\.json"):
        StandIn(tmp_path / "nowhere.json")


def test_without_jsonschema_it_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema", None)  # import jsonschema now fails
    with pytest.raises(ImportError, match=r"pip install 'together-facade\[testing\]'"):
        StandIn({"openapi": "3.1.0", "paths": {}})


def test_importing_the_kit_loads_no_server_and_no_jsonschema() -> None:
    program = (
        "import sys\n"
        "import together_facade.testing, together_facade.testing.pytest_plugin\n"
        "heavy = ['jsonschema', 'http.server', 'together_facade.testing._standin']\n"
        "print([m for m in heavy if m in sys.modules])\n"
        "from together_facade.testing import StandIn\n"
        "print('http.server' in sys.modules, 'jsonschema' in sys.modules)\n"
    )
    import subprocess

    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert result.stdout.split("\n")[:2] == ["[]", "True False"]  # jsonschema: when it serves


# --- the real captures as default answers -------------------------------------------------------


def test_the_shipped_captures_are_the_corpus_files() -> None:
    shipped = sorted(p.name for p in KIT_CAPTURES.iterdir() if p.suffix in (".json", ".sse"))
    assert shipped == sorted(c.name for c in TABLE)
    for name in shipped:
        assert (KIT_CAPTURES / name).read_bytes() == (CORPUS / name).read_bytes(), name
    provenance = (KIT_CAPTURES / "PROVENANCE.md").read_text()
    manifest = (CORPUS / "MANIFEST.md").read_text().splitlines()
    for name in shipped:  # each with the corpus's own provenance line
        row = next(line for line in manifest if line.startswith(f"| `{name}`"))
        assert row in provenance.splitlines(), name


def test_every_capture_is_used_and_valid_against_the_served_spec(standin: StandIn) -> None:
    assert standin.unused_captures == []
    assert standin.captures == [c.name for c in TABLE]
    for capture in TABLE:
        value = corpus(capture.name)
        if capture.use == "error":
            checker = component("ErrorData")
        elif capture.use == "stream":
            chunk = "ChatCompletionChunk" if "chat" in capture.key else "CompletionChunk"
            checker = component(chunk)
        else:
            checker = answer_validator(capture.key)
        for item in value if capture.use == "stream" else [value]:
            assert not problems(checker, item), (capture.name, problems(checker, item))


def _post(api: StandIn, path: str, body: dict[str, Any]) -> Any:
    response = httpx.post(api.base_url + path, json=body)
    assert response.status_code == 200, response.text
    return response.json()


def test_chat_and_completions_answer_the_captures_with_the_model_asked(kit: StandIn) -> None:
    chat = _post(kit, "/chat/completions", {"model": "my/model", "messages": MESSAGES})
    captured = corpus("chat-completions__hfhub-cassette-llama3-8b-stop-2025-02-11.json")
    assert chat == {**captured, "model": "my/model"}
    text = _post(kit, "/completions", {"model": "my/base", "prompt": "Paris is"})
    captured = corpus("completions__hf-tape-mixtral-8x7b-length-2025-01-15.json")
    assert text == {**captured, "model": "my/base"}
    stream = httpx.post(kit.base_url + "/completions", json={"prompt": "p", "stream": True}).text
    events = [line[6:] for line in stream.splitlines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    assert [json.loads(e) for e in events[:-1]] == corpus(
        "completions__stream-mlflow-anonymized-structure.sse"
    )  # no model in the request: as captured


def test_embeddings_answer_a_vector_per_input_made_from_the_captured_ones(kit: StandIn) -> None:
    captured = [d["embedding"] for d in corpus(TABLE[4].name)["data"]]
    many = _post(kit, "/embeddings", {"model": "m", "input": ["a", "b", "c", "d", "e"]})
    assert [d["index"] for d in many["data"]] == [0, 1, 2, 3, 4]
    vectors = [d["embedding"] for d in many["data"]]
    assert len({tuple(v) for v in vectors}) == 5  # one text, one vector
    for vector in vectors:  # a captured vector, shifted by less than 0.001
        assert any(
            len(vector) == len(c) and max(abs(x - y) for x, y in zip(vector, c, strict=True)) < 1e-3
            for c in captured
        )
    one = _post(kit, "/embeddings", {"model": "m", "input": "c"})
    assert [d["embedding"] for d in one["data"]] == [vectors[2]]  # however it is batched
    assert not problems(answer_validator("POST /embeddings"), many)


def test_rerank_answers_the_documents_asked_for(kit: StandIn) -> None:
    documents = ["Paris is in France.", "The llama is a camelid.", {"title": "Berlin"}]
    top = _post(kit, "/rerank", {"model": "m", "query": "q", "documents": documents, "top_n": 2})
    scores = [0.6475887154399037, 0.6323295373206566]  # the capture's
    assert [(r["index"], r["relevance_score"], r["document"]) for r in top["results"]] == [
        (0, scores[0], {}),
        (1, scores[1], {}),
    ]
    every = _post(
        kit,
        "/rerank",
        {"model": "m", "query": "q", "documents": documents, "return_documents": True},
    )
    assert [r["index"] for r in every["results"]] == [0, 1, 2]
    assert every["results"][2]["relevance_score"] < scores[1]
    assert [r["document"]["text"] for r in every["results"]] == [
        *documents[:2],
        '{"title": "Berlin"}',
    ]
    for body in (top, every):
        assert not problems(answer_validator("POST /rerank"), body)


def test_images_answer_urls_or_base64_as_asked(kit: StandIn) -> None:
    urls = _post(kit, "/images/generations", {"model": "m", "prompt": "a cat", "n": 2})
    assert [(d["index"], d["url"]) for d in urls["data"]] == [
        (0, "https://api.together.ai/imgproxy/REDACTED"),
        (1, "https://api.together.ai/imgproxy/REDACTED"),
    ]
    b64 = _post(
        kit, "/images/generations", {"model": "m", "prompt": "x", "response_format": "base64"}
    )
    assert b64["data"][0]["b64_json"].startswith("/9j/")  # a JPEG, as captured
    assert "url" not in b64["data"][0]
    for body in (urls, b64):
        assert not problems(answer_validator("POST /images/generations"), body)


def test_models_list_the_models_of_the_captures(kit: StandIn) -> None:
    listing = httpx.get(kit.base_url + "/models").json()
    assert [(m["id"], m["type"]) for m in listing] == [
        ("meta-llama/Meta-Llama-3-8B-Instruct-Turbo", "chat"),
        ("mistralai/Mixtral-8x7B-v0.1", "language"),
        ("togethercomputer/m2-bert-80M-32k-retrieval", "embedding"),
        ("Salesforce/Llama-Rank-v1", "rerank"),
        ("black-forest-labs/FLUX.1-schnell-Free", "image"),
        ("stabilityai/stable-diffusion-xl-base-1.0", "image"),
    ]
    assert not problems(answer_validator("GET /models"), listing)


def test_a_401_has_the_captured_body_and_becomes_the_typed_error(kit: StandIn) -> None:
    kit.answer("POST /embeddings", status=401, times=1)
    with (
        Together(api_key="wrong", base_url=kit.base_url, max_retries=0) as sync,
        pytest.raises(AuthenticationError, match="Invalid API key provided") as caught,
    ):
        sync.embeddings.create(model="m", input="a")
    assert caught.value.code == "invalid_api_key"
    assert caught.value.request_id == kit.last.request_id == "standin-0001"


# --- chat answers from texts and tool calls -----------------------------------------------------

WEATHER: ToolCall = {"name": "get_weather", "arguments": {"city": "Paris"}, "id": "call_w"}


@pytest.mark.parametrize(
    "call",
    [
        {"content": ["Hel", "lo"]},
        {"content": "Hello"},
        {},
        {"tool_calls": [WEATHER]},
        {"content": "Let me look.", "tool_calls": [WEATHER, {"name": "now"}]},
        {"reasoning": ["Think", "ing"], "content": "Done.", "finish_reason": "length"},
        {"tool_calls": [{"name": "f", "arguments": ['{"a": ', "1}"]}], "usage": {
            "prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}},
    ],
)  # fmt: skip
def test_chat_builders_are_valid_against_the_spec(call: dict[str, Any]) -> None:
    chunks = chat_chunks(**call)
    assert all(not problems(component("ChatCompletionChunk"), c) for c in chunks)
    assert len({c["id"] for c in chunks}) == 1
    assert [c["choices"][0]["finish_reason"] for c in chunks][:-1] == [None] * (len(chunks) - 1)
    assert all(c["usage"] is None for c in chunks[:-1]) and chunks[-1]["usage"]
    content = call.get("content")
    whole = chat_completion(content if content else None, **{
        k: v for k, v in call.items() if k != "content"})  # fmt: skip
    assert not problems(component("ChatCompletionResponse"), whole)
    assert whole["choices"][0]["finish_reason"] == chunks[-1]["choices"][0]["finish_reason"]
    assert whole["usage"] == chunks[-1]["usage"]


def test_tool_call_deltas_are_openai_shaped() -> None:
    chunks = chat_chunks(tool_calls=[WEATHER, {"name": "now", "arguments": "{}"}])
    deltas = [c["choices"][0]["delta"]["tool_calls"][0] for c in chunks]
    assert deltas[0] == {
        "index": 0,
        "id": "call_w",
        "type": "function",
        "function": {"name": "get_weather", "arguments": ""},
    }
    # A dict's JSON goes in two pieces, each a delta of only the index and the arguments.
    assert [d["function"]["arguments"] for d in deltas[1:3]] == ['{"city":', ' "Paris"}']
    assert all(set(d) == {"index", "function"} for d in deltas[1:3])
    assert (deltas[3]["index"], deltas[3]["id"], deltas[3]["function"]["name"]) == (
        1,
        "call_1",
        "now",
    )
    assert [d["function"]["arguments"] for d in deltas[4:]] == ["{", "}"]
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"
    with pytest.raises(ValueError, match='a tool call needs a "name"'):
        chat_chunks(tool_calls=[{"arguments": {}}])  # type: ignore[typeddict-item]
    with pytest.raises(TypeError, match="a string or a list of strings"):
        chat_chunks([1, 2])  # type: ignore[list-item]


def test_a_tool_calling_loop_against_chat_reply(kit: StandIn, mode: str) -> None:
    kit.chat_reply(tool_calls=[WEATHER], times=1)
    kit.chat_reply(["Sunny ", "in Paris."], times=1)

    async def loop() -> tuple[Any, str, Any]:
        c = client(mode, kit.base_url)
        try:
            first = await done(c.chat.completions.create(model="my/model", messages=MESSAGES))
            call = first.choices[0].message.tool_calls[0]
            messages = [*MESSAGES, first.choices[0].message]
            messages.append({"role": "tool", "tool_call_id": call.id, "content": "sunny"})
            text, final = await stream_text(c, messages=messages, model="my/model")
            return first, text, final
        finally:
            await close(c)

    first, text, final = asyncio.run(loop())
    message = first.choices[0].message
    assert (message.content, first.choices[0].finish_reason, first.model) == (
        None,
        "tool_calls",
        "my/model",
    )
    assert (message.tool_calls[0].function.name, message.tool_calls[0].function.arguments) == (
        "get_weather",
        '{"city": "Paris"}',
    )
    assert (text, final.choices[0].finish_reason, final.model) == (
        "Sunny in Paris.",
        "stop",
        "my/model",
    )
    calls = kit.assert_called(CHAT, times=2)
    assert [c.streamed for c in calls] == [False, True]
    sent = calls[1].json()
    assert sent["messages"][-1] == {"role": "tool", "tool_call_id": "call_w", "content": "sunny"}
    assert sent["messages"][1]["tool_calls"][0]["function"]["name"] == "get_weather"


def test_a_streamed_tool_call_accumulates(kit: StandIn, mode: str) -> None:
    kit.chat_reply("Checking.", tool_calls=[WEATHER, {"name": "now"}], reasoning="I should look")

    async def scenario() -> tuple[str, Any]:
        c = client(mode, kit.base_url)
        try:
            return await stream_text(c)
        finally:
            await close(c)

    text, final = asyncio.run(scenario())
    message = final.choices[0].message
    assert (text, message.reasoning) == ("Checking.", "I should look")
    assert [(t.id, t.function.name, t.function.arguments) for t in message.tool_calls] == [
        ("call_w", "get_weather", '{"city": "Paris"}'),
        ("call_1", "now", "{}"),
    ]
    assert final.choices[0].finish_reason == "tool_calls"


# --- programmed answers are checked -------------------------------------------------------------


def test_an_answer_the_spec_refuses_is_refused_with_where(kit: StandIn) -> None:
    with pytest.raises(ValueError, match=r"POST /chat/completions .*\$\['choices'\].*check=False"):
        kit.answer(CHAT, json={**kit.example(CHAT), "choices": "none"})
    with pytest.raises(ValueError, match=r"not valid against the spec"):
        kit.answer(CHAT, sse=[{"id": 1}])
    with pytest.raises(ValueError, match="give one of json, body and sse"):
        kit.answer(CHAT, json={}, sse=[])
    kit.answer(CHAT, json={"not": "a completion"}, check=False, times=1)
    kit.answer(CHAT, status=503, json={"anything": "goes"}, times=1)  # an error body: unchecked
    kit.answer(CHAT, sse=["[not json]"], times=1)  # a text event: unchecked
    # An answer that fits several branches of a oneOf (a verbose transcription is also a plain
    # one) is valid.
    verbose = {"task": "transcribe", "language": "english", "duration": 1.5, "text": "hi",
               "segments": [{"id": 0, "start": 0.0, "end": 1.5, "text": "hi"}]}  # fmt: skip
    kit.answer("POST /audio/transcriptions", json=verbose)
    assert httpx.post(kit.base_url + "/chat/completions", json={}).json() == {"not": "a completion"}


def test_chat_reply_checks_its_arguments(kit: StandIn) -> None:
    with pytest.raises(ValueError, match='needs a "name"'):
        kit.chat_reply(tool_calls=[{"name": ""}])
    with pytest.raises(ValueError, match="times must be 1 or more"):
        kit.chat_reply("x", times=0)
    assert kit.requests == [] and httpx.post(kit.base_url + "/chat/completions", json={}).json()


# --- the record ---------------------------------------------------------------------------------


def test_the_assertions_of_the_record(kit: StandIn) -> None:
    with pytest.raises(AssertionError, match=r"called 0 time.*received no request"):
        kit.assert_called(CHAT)
    kit.assert_not_called(CHAT)
    httpx.get(kit.base_url + "/models")
    body = {"model": "m", "messages": MESSAGES, "stream": False}
    httpx.post(kit.base_url + "/chat/completions?debug=1", json=body, headers={"X-Trace": "t-1"})
    calls = kit.assert_called("post /v1/chat/completions", times=1)  # any case, /v1 or not
    assert calls[0].json() == body and not calls[0].streamed
    kit.assert_called_with(
        CHAT, json={"model": "m"}, query={"debug": "1"}, headers={"x-trace": "t-1"}
    )
    with pytest.raises(AssertionError, match=r"called 1 time\(s\), expected 2 time.*GET /models, "):
        kit.assert_called(CHAT, times=2)
    with pytest.raises(AssertionError, match="model='m', expected 'other'; stream=False, expected"):
        kit.assert_called_with(CHAT, json={"model": "other", "stream": True})
    with pytest.raises(AssertionError, match="header X-Trace: 't-1', expected 'no'"):
        kit.assert_called_with(CHAT, headers={"X-Trace": "no"})
    with pytest.raises(AssertionError, match="query debug='1', expected '2'"):
        kit.assert_called_with(CHAT, query={"debug": "2"})
    with pytest.raises(AssertionError, match=r"the body is \{.*\}, expected \[\]"):
        kit.assert_called_with(CHAT, json=[])
    with pytest.raises(AssertionError, match="expected 0 time"):
        kit.assert_not_called("GET /models")


def test_an_unknown_operation_key_suggests_the_right_one(kit: StandIn) -> None:
    with pytest.raises(KeyError, match=r"no operation 'POST /chat/completion'.*did you mean "
                       r"'POST /chat/completions'"):  # fmt: skip
        kit.calls("POST /chat/completion")
    with pytest.raises(KeyError, match="METHOD /template"):
        kit.rate_limit("chat")


def test_every_answer_has_a_request_id_counted_from_the_reset(kit: StandIn) -> None:
    ids = [httpx.get(kit.base_url + "/models").headers["x-request-id"] for _ in range(2)]
    assert ids == ["standin-0001", "standin-0002"] == [r.request_id for r in kit.requests]
    assert httpx.get(kit.base_url + "/nowhere").headers["x-request-id"] == "standin-0003"
    kit.reset()
    assert httpx.get(kit.base_url + "/models").headers["x-request-id"] == "standin-0001"


# --- flows --------------------------------------------------------------------------------------


def test_files_upload_in_the_services_three_steps(kit: StandIn, mode: str, tmp_path: Path) -> None:
    content = b'{"messages": [{"role": "user", "content": "Hi"}]}\n' * 3
    path = tmp_path / "train.jsonl"
    path.write_bytes(content)

    async def scenario() -> tuple[Any, bytes, Any]:
        c = client(mode, kit.base_url)
        try:
            uploaded = await done(c.files.upload(path, purpose="fine-tune"))
            back = await done(c.files.retrieve_content(uploaded.id))
            return uploaded, back, await done(c.files.list())
        finally:
            await close(c)

    uploaded, back, listed = asyncio.run(scenario())
    assert (uploaded.filename, uploaded.bytes, uploaded.purpose) == (
        "train.jsonl",
        len(content),
        "fine-tune",
    )
    assert back == content
    assert [f.id for f in listed] == [uploaded.id]
    steps = [(r.method, r.operation or r.path.split("?")[0][:10]) for r in kit.requests[:3]]
    assert steps == [
        ("POST", "POST /files"),
        ("PUT", "/_storage/"),
        ("POST", "POST /files/{id}/preprocess"),
    ]
    assert "authorization" not in kit.requests[1].headers  # the presigned URL is the credential
    assert kit.requests[1].body == content == kit.last_upload()
    form = kit.calls("POST /files")[0].form()
    assert (form["purpose"], form["file_name"]) == ("fine-tune", "train.jsonl")


def test_a_one_step_upload_is_a_multipart_form(kit: StandIn) -> None:
    with Together(api_key="k", base_url=kit.base_url, max_retries=0) as sync:
        sync.files.upload(b'{"text": "a"}\n', file_name="one.jsonl", one_step=True)
    form = kit.assert_called("POST /files/upload", times=1)[0].form()
    assert (form["file"], form["purpose"]) == (b'{"text": "a"}\n', "fine-tune")
    assert kit.last_upload() == b'{"text": "a"}\n'
    kit.reset()
    with pytest.raises(LookupError, match="no file was uploaded"):
        kit.last_upload()


def test_an_upload_finished_before_its_bytes_is_refused(kit: StandIn) -> None:
    start = httpx.post(
        kit.base_url + "/files", data={"purpose": "fine-tune", "file_name": "a.jsonl"}
    )
    assert start.status_code == 302
    ident = start.headers["x-together-file-id"]
    assert start.headers["location"].startswith(kit.base_url.removesuffix("/v1") + "/_storage/")
    early = httpx.post(f"{kit.base_url}/files/{ident}/preprocess")
    assert early.status_code == 400 and "PUT them first" in early.text
    assert (
        httpx.put(kit.base_url.removesuffix("/v1") + "/_storage/other", content=b"x").status_code
        == 404
    )
    missing = httpx.post(kit.base_url + "/files", data={"purpose": "fine-tune"})
    assert missing.status_code == 400 and "file_name" in missing.text
