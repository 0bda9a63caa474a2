"""Embed a dataset with Ray Data: one Together client per Ray worker, the rate limit shared.

    python examples/ray_embed.py            # TOGETHER_API_KEY set: the live API
    python examples/ray_embed.py            # no key: the local stand-in (together_facade.testing)

``embed_dataset`` is the whole recipe: a Ray dataset of texts, ``map_batches`` with
``TogetherEmbeddings`` (one actor per worker, each taking ``1 / workers`` of the account's rate
limit), the vectors back in the dataset's order.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import ray

from together_facade.ray_data import TogetherEmbeddings

MODEL = "BAAI/bge-base-en-v1.5"


def embed_dataset(
    texts: Sequence[str], *, model: str = MODEL, workers: int = 2, **client: Any
) -> list[list[float]]:
    """The embedding of each text, in order, computed by ``workers`` Ray actors."""
    ds = ray.data.from_items([{"row": i, "text": text} for i, text in enumerate(texts)])
    embedded = ds.map_batches(
        TogetherEmbeddings,
        fn_constructor_kwargs={"model": model, "workers": workers, "batch_size": 32, **client},
        concurrency=workers,
        batch_size=128,
    )
    rows = sorted(embedded.take_all(), key=lambda row: row["row"])
    return [[float(x) for x in row["embedding"]] for row in rows]


def main() -> None:
    texts = [f"document number {i}: {'lorem ipsum ' * (i % 5)}" for i in range(500)]
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        if os.environ.get("TOGETHER_API_KEY"):
            vectors = embed_dataset(texts)
        else:
            from together_facade.testing import StandIn

            with StandIn() as api:
                vectors = embed_dataset(texts, api_key="sk-stand-in", base_url=api.base_url)
    finally:
        ray.shutdown()
    print(f"{len(vectors)} vectors of {len(vectors[0])} numbers; the first starts {vectors[0][:3]}")


if __name__ == "__main__":
    main()
