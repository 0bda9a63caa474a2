"""Code written as a user of the official ``together`` 3.x SDK writes it (issue 10, "Habits to
support"), run against the stand-in of the API (see conftest.py): 13 steps.

Only the import and the client's constructor differ from a program for the official SDK
(``from together import RateLimitError, Together``). For together 3.x, ``base_url`` is the host
root: its paths carry ``/v1`` themselves (``together/_client.py``: default
``https://api.together.ai``, ``self._get("/v1/files/...")``). ``max_retries=0`` because the
stand-in answers 429 with ``retry-after: 2``: no step expects a retry.

What was checked in the official SDK's source (together 3.1.1, Stainless-generated): the result
models are pydantic models with the wire names (``object``, ``type``, ``bytes``) and
``model_dump``/``model_dump_json``; ``images.generate`` takes ``steps`` and ``response_format``
("base64" | "url"); ``files.upload(file, *, purpose="fine-tune", check=True)`` runs the
302-to-presigned-URL upload and answers with the preprocessed file; ``fine_tuning.create`` takes
``lora``, ``lora_r``, ``lora_alpha``, ``n_epochs`` ... and posts ``training_type: {"type":
"Lora", ...}`` to ``/v1/fine-tunes``; ``list_events(id).data`` are ``FinetuneEvent``s with
``type``; ``APIStatusError`` has ``status_code``, ``response``, ``message`` ("Error code: 429 -
{...}") and ``body`` (the whole parsed JSON); ``client.get(path, cast_to=object)`` returns the
parsed JSON; ``with_raw_response.create(...)`` returns ``.headers`` and ``.parse()``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from together_facade import RateLimitError, Together

CHAT_MODEL = "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"
#: The recorded completion of "Paris is" (its apostrophe is U+2019, as sent).
PARIS = " a city of love, and it\u2019s also"
DEEP_LEARNING = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "What is deep learning?"},
]
#: The recorded tool call (chat-completions__tool-calls-llama31-70b.json), as it came.
RECORDED_TOOL_CALL = {
    "index": 0,
    "id": "call_rl70039f6p72yhvvo1pkds8a",
    "type": "function",
    "function": {
        "arguments": '{"location":"Tokyo, Japan","num_days":"3"}',
        "name": "get_weather",
    },
}


@pytest.fixture
def client(standin: Any) -> Iterator[Together]:
    client = Together(api_key=standin.api_key, base_url=standin.root_url, max_retries=0)
    yield client
    client.close()


def test_01_chat(client: Together, standin: Any) -> None:
    response = client.chat.completions.create(model=CHAT_MODEL, messages=DEEP_LEARNING)

    assert response.object == "chat.completion"
    assert response.id == "91039384af5c2a55"
    assert response.choices[0].message.role == "assistant"
    assert response.choices[0].message.content.startswith(
        "Deep learning is a subfield of machine learning"
    )
    assert response.choices[0].finish_reason == "stop"
    assert response.usage.total_tokens == 695
    # The request went to /v1 under the host root, with exactly what was written.
    assert standin.last("POST", "/v1/chat/completions").json == {
        "model": CHAT_MODEL,
        "messages": DEEP_LEARNING,
    }


def test_02_streaming(client: Together, standin: Any) -> None:
    stream = client.chat.completions.create(model=CHAT_MODEL, messages=DEEP_LEARNING, stream=True)
    pieces = []
    last = None
    for chunk in stream:
        pieces.append(chunk.choices[0].delta.content or "")
        last = chunk

    assert "".join(pieces) == (
        "Deep learning is a subset of machine learning that involves the use of artificial "
        "neural networks (ANNs)"
    )
    assert len(pieces) == 20
    assert last is not None
    assert last.object == "chat.completion.chunk"
    assert last.choices[0].finish_reason == "length"
    assert last.usage.total_tokens == 66
    assert standin.last("POST", "/v1/chat/completions").json["stream"] is True


def test_03_tool_call_round_trip(client: Together, standin: Any) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Get the weather forecast for a location",
                "parameters": {
                    "type": "object",
                    "properties": {
                        "location": {"type": "string"},
                        "num_days": {"type": "string"},
                    },
                    "required": ["location"],
                },
            },
        }
    ]
    messages: list[Any] = [
        {"role": "user", "content": "What will the weather be in Tokyo over the next 3 days?"}
    ]
    model = "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo"
    response = client.chat.completions.create(
        model=model, messages=messages, tools=tools, tool_choice="auto"
    )
    msg = response.choices[0].message
    assert response.choices[0].finish_reason == "tool_calls"
    assert msg.content is None
    tool_call = msg.tool_calls[0]
    assert tool_call.type == "function"
    assert tool_call.function.name == "get_weather"
    arguments = json.loads(tool_call.function.arguments)
    assert arguments == {"location": "Tokyo, Japan", "num_days": "3"}

    messages.append(msg.model_dump(exclude_none=True))
    messages.append(
        {
            "role": "tool",
            "tool_call_id": tool_call.id,
            "name": tool_call.function.name,
            "content": json.dumps({"forecast": ["sunny", "cloudy", "rain"]}),
        }
    )
    final = client.chat.completions.create(model=model, messages=messages, tools=tools)

    assert final.choices[0].message.content.startswith("Deep learning")
    assert final.choices[0].finish_reason == "stop"
    # On the wire, the second request carries the assistant message with its tool call as JSON.
    sent = standin.sent("POST", "/v1/chat/completions")
    assert len(sent) == 2
    assistant = sent[1].json["messages"][1]
    assert assistant["role"] == "assistant"
    assert assistant.get("content") is None  # exclude_none: no "content": null either way
    assert assistant["tool_calls"] == [RECORDED_TOOL_CALL]
    assert sent[1].json["messages"][2]["tool_call_id"] == "call_rl70039f6p72yhvvo1pkds8a"


def test_04_json_mode(client: Together, standin: Any) -> None:
    schema = {
        "type": "object",
        "properties": {
            "people": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "address": {"type": "string"}},
                },
            }
        },
    }
    extract = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[
            {"role": "system", "content": "Answer in JSON."},
            {"role": "user", "content": "Alice Bob lives at 100 Main St."},
        ],
        response_format={"type": "json_object", "schema": schema},
    )
    output = json.loads(extract.choices[0].message.content)

    assert output == {"people": [{"address": "100 Main St", "name": "Alice Bob"}]}
    # JSON-mode answers carry no finish_reason at all: it reads as None.
    assert extract.choices[0].finish_reason is None
    assert extract.choices[0].seed is None
    assert standin.last("POST", "/v1/chat/completions").json["response_format"] == {
        "type": "json_object",
        "schema": schema,
    }


def test_05_completions_serialised(client: Together, standin: Any) -> None:
    response = client.completions.create(
        model="mistralai/Mixtral-8x7B-v0.1", prompt="Paris is", max_tokens=10, temperature=0
    )
    data = json.loads(response.model_dump_json())
    dumped = response.model_dump()

    assert response.choices[0].text == PARIS
    assert response.object == "text.completion"
    assert data["id"] == "9026c930e8ed9f04"
    assert data["object"] == "text.completion"
    assert data["choices"][0]["text"] == PARIS
    assert data["choices"][0]["finish_reason"] == "length"
    assert data["choices"][0]["seed"] == 14998481174092497000  # > 2**63: kept exact
    assert data["usage"] == {"prompt_tokens": 3, "completion_tokens": 10, "total_tokens": 13}
    assert dumped["choices"][0]["text"] == data["choices"][0]["text"]
    assert dumped["usage"]["total_tokens"] == 13
    assert standin.last("POST", "/v1/completions").json == {
        "model": "mistralai/Mixtral-8x7B-v0.1",
        "prompt": "Paris is",
        "max_tokens": 10,
        "temperature": 0,
    }


def test_06_embeddings(client: Together, standin: Any) -> None:
    texts = ["Hello, world!", "How are you today?", "This is a test."]
    response = client.embeddings.create(
        model="togethercomputer/m2-bert-80M-32k-retrieval", input=texts
    )
    vectors = [response.data[i].embedding for i in range(len(texts))]

    assert response.object == "list"
    assert response.model == "togethercomputer/m2-bert-80M-32k-retrieval"
    assert [len(v) for v in vectors] == [768, 768, 768]
    assert vectors[0][:2] == [-0.017041557, -0.07436493]
    assert [item.index for item in response.data] == [0, 1, 2]
    assert response.data[0].object == "embedding"
    assert standin.last("POST", "/v1/embeddings").json == {
        "model": "togethercomputer/m2-bert-80M-32k-retrieval",
        "input": texts,
    }


def test_07_images(client: Together, standin: Any) -> None:
    response = client.images.generate(
        model="black-forest-labs/FLUX.1-schnell",
        prompt="a cat floating in space, cinematic",
        steps=4,
        n=1,
        response_format="url",
    )

    assert response.data[0].url == "https://api.together.ai/v1/images/..."
    assert response.data[0].b64_json is None
    assert response.model == "black-forest-labs/FLUX.1-schnell"
    sent = standin.last("POST", "/v1/images/generations").json
    assert sent["steps"] == 4
    assert sent["response_format"] == "url"
    assert sent["n"] == 1


def test_08_rerank(client: Together, standin: Any) -> None:
    documents = [
        "Our pricing for the project is attached.",
        "The weather in Tokyo is sunny.",
        "Let us meet next week.",
        "Your flight is confirmed.",
        "Generative AI is growing quickly.",
        "We adjusted the base price by 5%.",
    ]
    response = client.rerank.create(
        model="Salesforce/Llama-Rank-V1",
        query="What is the price of the project?",
        documents=documents,
        top_n=2,
    )
    ranked = [(result.index, result.relevance_score) for result in response.results]

    assert ranked == [(0, 0.6475887154399037), (5, 0.6323295373206566)]
    assert documents[response.results[1].index] == "We adjusted the base price by 5%."
    assert response.object == "rerank"
    assert response.usage.total_tokens == 2966
    sent = standin.last("POST", "/v1/rerank").json
    assert sent["documents"] == documents
    assert sent["top_n"] == 2


def test_09_models_list_through_get(client: Together, standin: Any) -> None:
    models = client.get("/v1/models", cast_to=object)
    chat_models = [m["id"] for m in models if m["type"] == "chat"]

    assert chat_models == ["meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"]
    assert {m["type"] for m in models} == {"chat", "language", "embedding", "rerank", "image"}
    assert len(standin.sent("GET", "/v1/models")) == 1


def test_10_file_upload_and_list(client: Together, standin: Any, train_jsonl: Path) -> None:
    f = client.files.upload(file="train.jsonl", purpose="fine-tune", check=True)
    files = client.files.list()

    content = train_jsonl.read_bytes()
    assert f.bytes == len(content)
    assert f.filename == "train.jsonl"
    assert f.purpose == "fine-tune"
    assert f.id.startswith("file-")
    assert f.id in [x.id for x in files.data]
    assert [x.filename for x in files.data][:2] == ["jokes.jsonl", "sample_jsonl.jsonl"]
    assert files.data[0].bytes == 40805
    # The bytes reached the storage host of the presigned URL.
    assert standin.stored[f.id] == content
    form = standin.last("POST", "/v1/files").form
    assert form["purpose"] == "fine-tune"
    assert form["file_name"] == "train.jsonl"


def test_11_fine_tune_create_retrieve_events(client: Together, standin: Any) -> None:
    job = client.fine_tuning.create(
        training_file="file-d0d318cb-b7d9-493a-bd70-1cfe089d3815",
        model="togethercomputer/RedPajama-INCITE-Chat-3B-v1",
        lora=True,
        lora_r=8,
        lora_alpha=16,
        n_epochs=1,
        suffix="my-demo-finetune",
    )
    assert job.id == "ft-494cbd75-3057-44b4-8186-045c14be8d03"
    assert job.status == "pending"

    job = client.fine_tuning.retrieve(job.id)
    assert job.status == "running"
    assert job.model_output_name == (
        "carson/RedPajama-INCITE-Chat-3B-v1-my-demo-finetune-2023-11-07-19-04-30"
    )

    events = client.fine_tuning.list_events(job.id)
    types = [events.data[i].type for i in range(len(events.data))]
    assert types == ["job_pending", "job_start", "model_downloading", "training_start"]
    assert events.data[0].message == "Fine tune request created"

    sent = standin.last("POST", "/v1/fine-tunes").json
    assert sent["training_file"] == "file-d0d318cb-b7d9-493a-bd70-1cfe089d3815"
    assert sent["model"] == "togethercomputer/RedPajama-INCITE-Chat-3B-v1"
    assert sent["n_epochs"] == 1
    assert sent["suffix"] == "my-demo-finetune"
    assert sent["training_type"]["type"] == "Lora"
    assert sent["training_type"]["lora_r"] == 8
    assert sent["training_type"]["lora_alpha"] == 16
    assert "lora" not in sent  # the convenience argument becomes training_type


def test_12_rate_limit_error(client: Together, standin: Any) -> None:
    standin.rate_limit()
    try:
        client.chat.completions.create(model=CHAT_MODEL, messages=DEEP_LEARNING)
    except RateLimitError as e:
        error = e
    else:
        pytest.fail("no RateLimitError")

    assert error.status_code == 429
    assert error.response.headers["retry-after"] == "2"
    assert error.response.headers["x-ratelimit-remaining"] == "0"
    assert error.response.headers["x-request-id"] == standin.rate_limit_request_id
    assert "Request was rejected due to request rate limiting" in error.message
    assert error.body["error"]["type"] == "credit_limit"
    assert error.body["error"]["message"].startswith("Request was rejected")
    assert len(standin.sent("POST", "/v1/chat/completions")) == 1


def test_13_raw_response_headers(client: Together, standin: Any) -> None:
    raw = client.chat.completions.with_raw_response.create(model=CHAT_MODEL, messages=DEEP_LEARNING)
    request_id = raw.headers.get("x-request-id")
    remaining = raw.headers.get("x-ratelimit-remaining")
    completion = raw.parse()

    assert request_id == standin.request_id
    assert remaining == "9"
    assert completion.object == "chat.completion"
    assert completion.choices[0].message.content.startswith("Deep learning is a subfield")
    assert len(standin.sent("POST", "/v1/chat/completions")) == 1
