"""Code written as a user of the official ``openai`` SDK pointed at Together writes it (issue 10,
"Habits to support"), run against the stand-in of the API (see conftest.py): 13 steps.

Only the import and the client's constructor differ from a program for the official SDK
(``from openai import OpenAI, RateLimitError``); ``base_url`` is Together's ``/v1`` URL, as
Together's OpenAI-compatibility docs say. ``max_retries=0`` because the stand-in answers 429
with ``retry-after: 2``: no step expects a retry.

What was checked in the official SDK's source (openai-python 3.54.0): ``chat.completions.create``
takes ``stream_options`` and ``parallel_tool_calls`` and sends them as written; a returned
``ChatCompletionMessage`` may go back into ``messages`` as it is; every result has
``model_dump_json()``; ``images.generate`` has no ``steps`` (hence ``extra_body``);
``client.post(path, cast_to=object, body=...)`` returns the parsed JSON; ``models.list()`` and
``files.list()`` are pages one iterates (``for m in ...``); ``files.create(file=<open binary
file>, purpose=...)`` is the upload; ``fine_tuning.jobs.create/retrieve/list_events`` (the
facade maps them to Together's ``/fine-tunes``), with ``hyperparameters={"n_epochs": ...}``;
errors have ``status_code``, ``response``, ``message``, ``type`` and ``request_id`` (from
``x-request-id``); ``with_raw_response.create(...)`` returns ``.headers`` and ``.parse()``.

Two steps cannot work on the official openai SDK against Together itself, which is why the
facade has them: ``GET /v1/models`` answers a bare JSON array, which openai's page cannot read
(step 9), and Together has no ``/v1/fine_tuning/jobs`` (step 11: its calls are ``/fine-tunes``,
with ``n_epochs`` at the top level rather than in ``hyperparameters``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from together_facade import RateLimitError
from together_facade import Together as OpenAI

CHAT_MODEL = "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"
#: The recorded completion of "Paris is" (its apostrophe is U+2019, as sent).
PARIS = " a city of love, and it\u2019s also"
DEEP_LEARNING = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "What is deep learning?"},
]


@pytest.fixture
def client(standin: Any) -> Iterator[OpenAI]:
    client = OpenAI(api_key=standin.api_key, base_url=standin.v1_url, max_retries=0)
    yield client
    client.close()


def test_01_chat(client: OpenAI, standin: Any) -> None:
    completion = client.chat.completions.create(model=CHAT_MODEL, messages=DEEP_LEARNING)

    assert completion.object == "chat.completion"
    assert completion.id == "91039384af5c2a55"
    assert completion.choices[0].message.role == "assistant"
    assert completion.choices[0].message.content.startswith(
        "Deep learning is a subfield of machine learning"
    )
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage.prompt_tokens == 26
    assert completion.usage.completion_tokens == 669
    assert standin.last("POST", "/v1/chat/completions").json == {
        "model": CHAT_MODEL,
        "messages": DEEP_LEARNING,
    }


def test_02_streaming_with_usage(client: OpenAI, standin: Any) -> None:
    stream = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=DEEP_LEARNING,
        stream=True,
        stream_options={"include_usage": True},
    )
    pieces = []
    usage = None
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content is not None:
            pieces.append(chunk.choices[0].delta.content)
        if chunk.usage:
            usage = chunk.usage

    assert "".join(pieces) == (
        "Deep learning is a subset of machine learning that involves the use of artificial "
        "neural networks (ANNs)"
    )
    assert usage is not None
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (46, 20, 66)
    sent = standin.last("POST", "/v1/chat/completions").json
    assert sent["stream"] is True
    assert sent["stream_options"] == {"include_usage": True}  # sent as written


def test_03_tool_call_round_trip(client: OpenAI, standin: Any) -> None:
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
        model=model, messages=messages, tools=tools, parallel_tool_calls=False
    )
    msg = response.choices[0].message
    assert response.choices[0].finish_reason == "tool_calls"
    tool_call = msg.tool_calls[0]
    assert tool_call.type == "function"
    assert tool_call.function.name == "get_weather"
    arguments = json.loads(tool_call.function.arguments)
    assert arguments == {"location": "Tokyo, Japan", "num_days": "3"}

    messages.append(msg)  # the message object itself, as openai's docs do
    messages.append(
        {
            "role": "tool",
            "tool_call_id": tool_call.id,
            "content": json.dumps({"forecast": ["sunny", "cloudy", "rain"]}),
        }
    )
    final = client.chat.completions.create(model=model, messages=messages, tools=tools)

    assert final.choices[0].message.content.startswith("Deep learning")
    sent = standin.sent("POST", "/v1/chat/completions")
    assert len(sent) == 2
    assert sent[0].json["parallel_tool_calls"] is False  # sent as written
    # The second request carries the assistant message with its tool call, as JSON.
    assistant = sent[1].json["messages"][1]
    assert assistant["role"] == "assistant"
    assert assistant.get("content") is None
    assert len(assistant["tool_calls"]) == 1
    call = assistant["tool_calls"][0]
    assert call["id"] == "call_rl70039f6p72yhvvo1pkds8a"
    assert call["type"] == "function"
    assert call["function"] == {
        "name": "get_weather",
        "arguments": '{"location":"Tokyo, Japan","num_days":"3"}',
    }
    assert sent[1].json["messages"][2]["tool_call_id"] == "call_rl70039f6p72yhvvo1pkds8a"


def test_04_json_mode(client: OpenAI, standin: Any) -> None:
    completion = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[
            {"role": "system", "content": "Answer in JSON."},
            {"role": "user", "content": "Alice Bob lives at 100 Main St."},
        ],
        response_format={"type": "json_object"},
    )
    output = json.loads(completion.choices[0].message.content)

    assert output == {"people": [{"address": "100 Main St", "name": "Alice Bob"}]}
    # The service sends no finish_reason in JSON mode: None, not a made-up value.
    assert completion.choices[0].finish_reason is None
    sent = standin.last("POST", "/v1/chat/completions").json
    assert sent["response_format"] == {"type": "json_object"}


def test_05_completions_model_dump_json(client: OpenAI, standin: Any) -> None:
    response = client.completions.create(
        model="mistralai/Mixtral-8x7B-v0.1", prompt="Paris is", max_tokens=10, temperature=0
    )
    text = response.model_dump_json()
    data = json.loads(text)

    assert response.choices[0].text == PARIS
    assert response.object == "text.completion"
    assert data["id"] == "9026c930e8ed9f04"
    assert data["object"] == "text.completion"
    assert data["model"] == "mistralai/Mixtral-8x7B-v0.1"
    assert data["choices"][0]["text"] == PARIS
    assert data["choices"][0]["finish_reason"] == "length"
    assert data["choices"][0]["index"] == 0
    assert data["usage"]["total_tokens"] == 13
    assert "unset" not in text.lower()  # no sentinel leaks into the JSON


def test_06_embeddings(client: OpenAI, standin: Any) -> None:
    texts = ["Hello, world!", "How are you today?", "This is a test."]
    response = client.embeddings.create(
        model="togethercomputer/m2-bert-80M-32k-retrieval", input=texts
    )
    vectors = [d.embedding for d in response.data]

    assert [len(v) for v in vectors] == [768, 768, 768]
    assert vectors[2][:2] == [-0.02779177, -0.007752902]
    assert [d.index for d in response.data] == [0, 1, 2]
    assert response.model == "togethercomputer/m2-bert-80M-32k-retrieval"
    sent = standin.last("POST", "/v1/embeddings").json
    assert sent["model"] == "togethercomputer/m2-bert-80M-32k-retrieval"
    assert sent["input"] == texts


def test_07_images_extra_body(client: OpenAI, standin: Any) -> None:
    response = client.images.generate(
        model="black-forest-labs/FLUX.1-schnell",
        prompt="a cat floating in space, cinematic",
        n=1,
        response_format="b64_json",
        extra_body={"steps": 4},
    )

    assert response.data[0].b64_json == "iVBORw0KGgoAAAANSUhEUgAA..."
    assert response.data[0].url is None
    sent = standin.last("POST", "/v1/images/generations").json
    assert sent["steps"] == 4
    assert sent["prompt"] == "a cat floating in space, cinematic"
    assert sent["n"] == 1


def test_08_rerank_through_post(client: OpenAI, standin: Any) -> None:
    documents = [
        "Our pricing for the project is attached.",
        "The weather in Tokyo is sunny.",
        "Let us meet next week.",
        "Your flight is confirmed.",
        "Generative AI is growing quickly.",
        "We adjusted the base price by 5%.",
    ]
    result = client.post(
        "/rerank",
        cast_to=object,
        body={
            "model": "Salesforce/Llama-Rank-V1",
            "query": "What is the price of the project?",
            "documents": documents,
            "top_n": 2,
        },
    )
    ranked = [(r["index"], r["relevance_score"]) for r in result["results"]]

    assert ranked == [(0, 0.6475887154399037), (5, 0.6323295373206566)]
    assert result["results"][0]["document"] == {}
    assert result["usage"]["total_tokens"] == 2966
    assert standin.last("POST", "/v1/rerank").json == {
        "model": "Salesforce/Llama-Rank-V1",
        "query": "What is the price of the project?",
        "documents": documents,
        "top_n": 2,
    }


def test_09_models_list(client: OpenAI, standin: Any) -> None:
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
    assert len(standin.sent("GET", "/v1/models")) == 1


def test_10_file_create_and_list(client: OpenAI, standin: Any, train_jsonl: Path) -> None:
    with open("train.jsonl", "rb") as fh:
        f = client.files.create(file=fh, purpose="fine-tune")
    names = []
    ids = []
    for x in client.files.list():
        names.append(x.filename)
        ids.append(x.id)

    content = train_jsonl.read_bytes()
    assert f.bytes == len(content)
    assert f.filename == "train.jsonl"
    assert f.purpose == "fine-tune"
    assert f.id in ids
    assert names[:2] == ["jokes.jsonl", "sample_jsonl.jsonl"]
    assert len(ids) == 3
    assert standin.stored[f.id] == content  # the file's bytes reached the service


def test_11_fine_tuning_jobs(client: OpenAI, standin: Any) -> None:
    job = client.fine_tuning.jobs.create(
        training_file="file-d0d318cb-b7d9-493a-bd70-1cfe089d3815",
        model="togethercomputer/RedPajama-INCITE-Chat-3B-v1",
        hyperparameters={"n_epochs": 1},
        suffix="my-demo-finetune",
    )
    assert job.id == "ft-494cbd75-3057-44b4-8186-045c14be8d03"
    assert job.status == "pending"

    job = client.fine_tuning.jobs.retrieve(job.id)
    assert job.status == "running"

    events = client.fine_tuning.jobs.list_events(job.id)
    messages = [event.message for event in events.data]
    assert messages[0] == "Fine tune request created"
    assert len(messages) == 4

    # openai's names, Together's calls: POST /v1/fine-tunes with Together's fields.
    sent = standin.last("POST", "/v1/fine-tunes").json
    assert sent["training_file"] == "file-d0d318cb-b7d9-493a-bd70-1cfe089d3815"
    assert sent["model"] == "togethercomputer/RedPajama-INCITE-Chat-3B-v1"
    assert sent["n_epochs"] == 1
    assert sent["suffix"] == "my-demo-finetune"
    assert len(standin.sent("GET", "/v1/fine-tunes/ft-494cbd75-3057-44b4-8186-045c14be8d03")) == 1


def test_12_rate_limit_error(client: OpenAI, standin: Any) -> None:
    standin.rate_limit()
    try:
        client.chat.completions.create(model=CHAT_MODEL, messages=DEEP_LEARNING)
    except RateLimitError as e:
        error = e
    else:
        pytest.fail("no RateLimitError")

    assert error.status_code == 429
    assert error.request_id == standin.rate_limit_request_id
    assert error.response.headers["retry-after"] == "2"
    assert error.response.headers["x-ratelimit-remaining"] == "0"
    assert "Request was rejected due to request rate limiting" in error.message
    assert error.type == "credit_limit"
    assert len(standin.sent("POST", "/v1/chat/completions")) == 1


def test_13_raw_response_headers(client: OpenAI, standin: Any) -> None:
    raw = client.chat.completions.with_raw_response.create(model=CHAT_MODEL, messages=DEEP_LEARNING)
    request_id = raw.headers.get("x-request-id")
    completion = raw.parse()

    assert request_id == standin.request_id
    assert raw.headers.get("x-ratelimit-limit") == "10"
    assert completion.object == "chat.completion"
    assert completion.choices[0].message.content.startswith("Deep learning is a subfield")
    assert len(standin.sent("POST", "/v1/chat/completions")) == 1
