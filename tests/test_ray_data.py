"""Ray Data (together_facade.ray_data): the callable classes on their own, and the example in a
local Ray against the stand-in, whose output must equal the bulk helper's on the same inputs."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from together_facade import BulkError, Together
from together_facade.ray_data import TogetherChat, TogetherEmbeddings
from together_facade.testing import StandIn

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ray_embed.py"


@pytest.fixture(scope="module")
def api() -> Iterator[StandIn]:
    with StandIn() as standin:
        yield standin


@pytest.fixture(autouse=True)
def _fresh(api: StandIn) -> None:
    api.reset()


def texts(n: int) -> list[str]:
    return [f"text {i} " + "word " * (i % 9) for i in range(n)]


def test_embeddings_fill_the_output_column_in_row_order(api: StandIn) -> None:
    embed = TogetherEmbeddings(
        model="m", workers=4, batch_size=3, api_key="sk", base_url=api.base_url
    )
    batch = {"text": texts(10), "row": list(range(10))}
    out = embed(batch)
    with Together(api_key="sk", base_url=api.base_url) as client:
        expected = client.bulk.embeddings(texts(10), model="m").results
    assert out["row"] == list(range(10)) and out["embedding"] == expected
    assert len(api.calls("POST /embeddings")) == 4 + 1  # 10 texts in 3s, then the bulk call
    assert embed.summary.succeeded == 10 and embed._bulk._pace is not None
    assert embed._bulk._pace.share == pytest.approx(0.25)


def test_a_failing_input_raises_by_default_and_is_kept_on_request(api: StandIn) -> None:
    api.answer("POST /embeddings", status=401)
    strict = TogetherEmbeddings(model="m", api_key="sk", base_url=api.base_url, max_retries=0)
    with pytest.raises(BulkError, match="2 of 2 inputs failed"):
        strict({"text": texts(2)})
    keep = TogetherEmbeddings(model="m", on_failure="keep", api_key="sk", base_url=api.base_url)
    out = keep({"text": texts(2)})
    assert out["embedding"] == [None, None]
    assert all("AuthenticationError" in error for error in out["embedding_error"])


def test_chat_answers_each_prompt(api: StandIn) -> None:
    chat = TogetherChat(model="m", api_key="sk", base_url=api.base_url)
    out = chat({"prompt": ["hi", "there"]})
    assert len(out["response"]) == 2 and all(isinstance(t, str) for t in out["response"])
    sent = [call.json()["messages"] for call in api.calls("POST /chat/completions")]
    assert sorted(m[0]["content"] for m in sent) == ["hi", "there"]


@pytest.mark.parametrize(
    ("options", "match"), [({"workers": 0}, "workers"), ({"on_failure": "drop"}, "on_failure")]
)
def test_bad_settings_are_refused(options: dict[str, Any], match: str) -> None:
    from together_facade import InvalidRequestError

    with pytest.raises(InvalidRequestError, match=match):
        TogetherEmbeddings(model="m", api_key="sk", **options)


@pytest.mark.ray
def test_the_example_in_a_local_ray_equals_the_bulk_helper(api: StandIn) -> None:
    ray = pytest.importorskip("ray")
    spec = importlib.util.spec_from_file_location("ray_embed", EXAMPLE)
    assert spec is not None and spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    sys.modules["ray_embed"] = example
    spec.loader.exec_module(example)
    inputs = texts(300)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        from_ray = example.embed_dataset(inputs, workers=2, api_key="sk", base_url=api.base_url)
    finally:
        ray.shutdown()
        sys.modules.pop("ray_embed", None)
    with Together(api_key="sk", base_url=api.base_url) as client:
        from_bulk = client.bulk.embeddings(inputs, model=example.MODEL).results
    assert len(from_ray) == 300 and from_ray == from_bulk
    assert len({tuple(v) for v in from_ray}) > 1  # the stand-in's vectors depend on the text
