"""Quickstart: chat, a streamed chat, embeddings, rerank and the model list.

With TOGETHER_API_KEY set, this calls the live API. Without it, the test kit's stand-in
(together_facade.testing, in the `testing` extra) serves the API on 127.0.0.1, answering with real
recorded responses of the service, and the same code runs.
"""

from __future__ import annotations

import contextlib
import os
import sys

from together_facade import Together, TogetherError

CHAT_MODEL = "meta-llama/Meta-Llama-3-8B-Instruct-Turbo"
EMBEDDING_MODEL = "togethercomputer/m2-bert-80M-32k-retrieval"
RERANK_MODEL = "Salesforce/Llama-Rank-V1"


def tour(client: Together) -> None:
    print("== chat")
    resp = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": "What is deep learning? One sentence."}],
        max_tokens=60,
    )
    print((resp.choices[0].message.content or "")[:200])
    tokens = resp.usage.total_tokens if resp.usage else "?"
    print(f"(finish: {resp.choices[0].finish_reason}, tokens: {tokens})")

    print("\n== streamed chat")
    with client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": "What is deep learning?"}],
        max_tokens=20,
        stream=True,
    ) as stream:
        for text in stream.text_deltas():
            print(text, end="", flush=True)
        final = stream.get_final_completion()
    print(f"\n(finish: {final.choices[0].finish_reason}, request id: {stream.request_id})")

    print("\n== embeddings")
    emb = client.embeddings.create(
        model=EMBEDDING_MODEL, input=["Hello, world!", "How are you today?", "This is a test."]
    )
    print(f"{len(emb.data)} vectors of {len(emb.data[0].embedding)} dimensions")

    print("\n== rerank")
    docs = ["Paris is in France.", "The llama is a camelid.", "Berlin is in Germany."]
    ranked = client.rerank.create(
        model=RERANK_MODEL, query="Where is Paris?", documents=docs, top_n=2
    )
    for result in ranked.results:
        print(f"#{result.index} score {result.relevance_score:.3f}")

    print("\n== models")
    raw = client.with_raw_response(client.models.list)
    for model in raw.parsed[:5]:
        print(f"{model.type!s:>10}  {model.id}")
    print(f"({len(raw.parsed)} models, request id {raw.request_id})")


def main() -> int:
    try:
        if os.environ.get("TOGETHER_API_KEY"):
            with Together() as client:
                tour(client)
        else:
            from together_facade.testing import StandIn

            with StandIn() as api, Together(api_key="demo", base_url=api.base_url) as client:
                print(f"No TOGETHER_API_KEY: recorded answers from a stand-in at {api.base_url}\n")
                tour(client)
    except TogetherError as exc:
        print(f"\nError: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
