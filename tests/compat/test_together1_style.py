"""Code written as a user of the official ``together`` 1.x SDK writes it (issue 10, "Habits to
support"), run against the stand-in of the API (see conftest.py): 12 steps (together 1.x has no
``with_raw_response``, so the raw-headers step of the other styles has no counterpart).

Only the imports and the client's constructor differ from a program for the official SDK
(``from together import Together`` and ``from together.error import RateLimitError``);
``base_url`` is the ``/v1`` URL, as together 1.x takes it (``constants.BASE_URL``).
``max_retries=0`` because the stand-in answers 429 with ``retry-after: 2``: no step expects a
retry.

What was checked in the official SDK's source (together 1.6.0 and the together-python README):
results are pydantic models with the wire names (``object``, ``type``, ``bytes``; enum values
compare equal to their strings) and ``model_dump``/``model_dump_json``; ``models.list()`` is a
plain list; ``files.upload(file, *, purpose="fine-tune", check=True)`` runs the
302-to-presigned-URL upload; ``files.list()`` is a ``FileList`` with ``.data``;
``fine_tuning.create`` takes ``lora``, ``lora_r``, ``lora_alpha``, ``n_epochs`` ... and posts
``training_type: {"type": "Lora", ...}``; ``list_events(id).data``; errors are
``together.error.*`` whose ``str()`` is "Error code: 429 - {...}" and whose ``request_id`` is
read from the answer's headers.

One known disagreement: together 1.6.0's ``FinetuneEventType`` enum is UPPERCASE (``JOB_PENDING``,
as in the only recorded event, from 2023) and validated, while the seed spec and together 3.x
say lowercase (``job_pending``). The stand-in serves the spec's lowercase, so step 11 raises a
validation error on the official 1.x SDK (and passes there when the stand-in sends UPPERCASE).
"""

from __future__ import annotations

import json
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


@pytest.fixture
def client(standin: Any) -> Together:
    # together 1.x clients have no close(): its users never close one.
    return Together(api_key=standin.api_key, base_url=standin.v1_url, max_retries=0)


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
    sent = standin.last("POST", "/v1/chat/completions").json
    assert sent["model"] == CHAT_MODEL
    assert sent["messages"] == DEEP_LEARNING


def test_02_streaming(client: Together, standin: Any) -> None:
    stream = client.chat.completions.create(model=CHAT_MODEL, messages=DEEP_LEARNING, stream=True)
    pieces = []
    for chunk in stream:
        pieces.append(chunk.choices[0].delta.content or "")

    assert "".join(pieces) == (
        "Deep learning is a subset of machine learning that involves the use of artificial "
        "neural networks (ANNs)"
    )
    assert len(pieces) == 20
    assert chunk.choices[0].finish_reason == "length"
    assert chunk.usage.total_tokens == 66
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
    sent = standin.sent("POST", "/v1/chat/completions")
    assert len(sent) == 2
    assistant = sent[1].json["messages"][1]
    assert assistant["role"] == "assistant"
    assert assistant.get("content") is None
    call = assistant["tool_calls"][0]
    assert call["id"] == "call_rl70039f6p72yhvvo1pkds8a"
    assert call["type"] == "function"
    assert call["function"] == {
        "name": "get_weather",
        "arguments": '{"location":"Tokyo, Japan","num_days":"3"}',
    }


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
    assert extract.choices[0].finish_reason is None
    sent = standin.last("POST", "/v1/chat/completions").json
    assert sent["response_format"]["type"] == "json_object"
    assert sent["response_format"]["schema"] == schema


def test_05_completions_serialised(client: Together, standin: Any) -> None:
    response = client.completions.create(
        model="mistralai/Mixtral-8x7B-v0.1", prompt="Paris is", max_tokens=10, temperature=0
    )
    data = json.loads(response.model_dump_json())

    assert response.choices[0].text == PARIS
    assert response.object == "text.completion"
    assert data["id"] == "9026c930e8ed9f04"
    assert data["object"] == "text.completion"
    assert data["choices"][0]["text"] == PARIS
    assert data["choices"][0]["finish_reason"] == "length"
    assert data["usage"]["total_tokens"] == 13
    sent = standin.last("POST", "/v1/completions").json
    assert (sent["prompt"], sent["max_tokens"], sent["temperature"]) == ("Paris is", 10, 0)


def test_06_embeddings(client: Together, standin: Any) -> None:
    texts = ["Hello, world!", "How are you today?", "This is a test."]
    outputs = client.embeddings.create(
        model="togethercomputer/m2-bert-80M-32k-retrieval", input=texts
    )
    vectors = [outputs.data[i].embedding for i in range(len(texts))]

    assert [len(v) for v in vectors] == [768, 768, 768]
    assert vectors[0][:2] == [-0.017041557, -0.07436493]
    assert vectors[1][:2] == [-0.050693978, -0.010858309]
    assert outputs.object == "list"
    assert outputs.data[0].object == "embedding"
    assert standin.last("POST", "/v1/embeddings").json["input"] == texts


def test_07_images(client: Together, standin: Any) -> None:
    response = client.images.generate(
        prompt="a cat floating in space, cinematic",
        model="black-forest-labs/FLUX.1-schnell",
        steps=4,
        n=1,
    )

    assert response.data[0].url == "https://api.together.ai/v1/images/..."
    assert response.data[0].b64_json is None
    assert response.model == "black-forest-labs/FLUX.1-schnell"
    sent = standin.last("POST", "/v1/images/generations").json
    assert sent["steps"] == 4
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
    outputs = client.rerank.create(
        model="Salesforce/Llama-Rank-V1",
        query="What is the price of the project?",
        documents=documents,
        top_n=2,
    )
    best = [documents[x.index] for x in sorted(outputs.results, key=lambda x: x.relevance_score)]

    assert best == ["We adjusted the base price by 5%.", "Our pricing for the project is attached."]
    assert [x.relevance_score for x in outputs.results] == [0.6475887154399037, 0.6323295373206566]
    assert outputs.object == "rerank"
    sent = standin.last("POST", "/v1/rerank").json
    assert sent["documents"] == documents
    assert sent["top_n"] == 2


def test_09_models_list(client: Together, standin: Any) -> None:
    kinds = {}
    for m in client.models.list():
        kinds[m.id] = m.type

    assert kinds == {
        "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo": "chat",
        "mistralai/Mixtral-8x7B-v0.1": "language",
        "togethercomputer/m2-bert-80M-32k-retrieval": "embedding",
        "Salesforce/Llama-Rank-V1": "rerank",
        "black-forest-labs/FLUX.1-schnell": "image",
    }
    chat_models = [m.id for m in client.models.list() if m.type == "chat"]
    assert chat_models == ["meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"]


def test_10_file_upload_and_list(client: Together, standin: Any, train_jsonl: Path) -> None:
    f = client.files.upload(file="train.jsonl")
    files = client.files.list().data

    content = train_jsonl.read_bytes()
    assert f.bytes == len(content)
    assert f.filename == "train.jsonl"
    assert f.purpose == "fine-tune"
    assert f.id in [x.id for x in files]
    assert files[0].filename == "jokes.jsonl"
    assert files[0].bytes == 40805
    assert standin.stored[f.id] == content
    assert standin.last("POST", "/v1/files").form["purpose"] == "fine-tune"


def test_11_fine_tune_create_retrieve_events(client: Together, standin: Any) -> None:
    resp = client.fine_tuning.create(
        training_file="file-d0d318cb-b7d9-493a-bd70-1cfe089d3815",
        model="togethercomputer/RedPajama-INCITE-Chat-3B-v1",
        n_epochs=1,
        lora=True,
        lora_r=8,
        lora_alpha=16,
        suffix="my-demo-finetune",
    )
    assert resp.id == "ft-494cbd75-3057-44b4-8186-045c14be8d03"
    assert resp.status == "pending"

    job = client.fine_tuning.retrieve(id=resp.id)
    assert job.status == "running"

    events = client.fine_tuning.list_events(id=resp.id)
    assert [e.type for e in events.data] == [
        "job_pending",
        "job_start",
        "model_downloading",
        "training_start",
    ]
    assert events.data[1].message == "Job started at Tue Nov  7 19:05:02 UTC 2023"

    sent = standin.last("POST", "/v1/fine-tunes").json
    assert sent["training_file"] == "file-d0d318cb-b7d9-493a-bd70-1cfe089d3815"
    assert sent["n_epochs"] == 1
    assert sent["suffix"] == "my-demo-finetune"
    assert sent["training_type"]["type"] == "Lora"
    assert (sent["training_type"]["lora_r"], sent["training_type"]["lora_alpha"]) == (8, 16)


def test_12_rate_limit_error(client: Together, standin: Any) -> None:
    standin.rate_limit()
    try:
        client.chat.completions.create(model=CHAT_MODEL, messages=DEEP_LEARNING)
    except RateLimitError as e:
        error = e
    else:
        pytest.fail("no RateLimitError")

    assert "429" in str(error)
    assert "Request was rejected due to request rate limiting" in str(error)
    # together 1.x reads the id from cf-ray, the facade from x-request-id: either names the 429.
    assert error.request_id in (standin.rate_limit_request_id, standin.rate_limit_cf_ray)
    assert len(standin.sent("POST", "/v1/chat/completions")) == 1
