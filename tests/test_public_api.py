"""The public surface: a sorted, complete ``__all__``, and every request field of the spec
reachable as a keyword argument (so a spec update that adds a field shows up here)."""

from __future__ import annotations

import inspect

import pytest
from together_api_client import models as gen

import together_facade
from together_facade import AsyncTogether, Together
from together_facade._calls import RequestOptions
from together_facade._docs import documented
from together_facade.resources.chat import ChatCompletionParams
from together_facade.resources.completions import CompletionParams
from together_facade.resources.embeddings import EmbeddingParams
from together_facade.resources.fine_tuning import FineTuningCreateParams, FineTuningParams
from together_facade.resources.fine_tuning_jobs import JobCreateParams
from together_facade.resources.images import ImageParams
from together_facade.resources.rerank import RerankParams


def test_all_is_sorted_and_complete() -> None:
    names = together_facade.__all__
    assert names == sorted(names)
    helpers = {"annotations", "resources", "TYPE_CHECKING", "Any"}
    # A subpackage imported by its own name (together_facade.testing, ...) becomes an attribute
    # of the package once anything imports it, whatever the order tests run in: not a name of
    # __all__ (params and types, which are, stay checked).
    helpers |= {
        n for n in dir(together_facade) if inspect.ismodule(getattr(together_facade, n))
    } - set(names)
    public = {n for n in dir(together_facade) if not n.startswith("_")} - helpers
    assert public | {"__version__"} == set(names)
    assert all(hasattr(together_facade, n) for n in names)


def test_types_all_is_sorted_and_complete() -> None:
    from together_facade import types

    assert types.__all__ == sorted(types.__all__)
    assert all(hasattr(types, n) for n in types.__all__)


@pytest.mark.parametrize(
    ("params", "model", "handled_elsewhere"),
    [
        (ChatCompletionParams, gen.ChatCompletionRequest, {"stream"}),
        (CompletionParams, gen.CompletionRequest, {"stream"}),
        (EmbeddingParams, gen.EmbeddingsRequest, set()),
        (ImageParams, gen.GenerateImagesBody, set()),
        (RerankParams, gen.RerankRequest, set()),
        (FineTuningParams, gen.CreateFineTuneBody, set()),
    ],
)
def test_every_request_field_of_the_spec_is_an_argument(
    params: type, model: type, handled_elsewhere: set[str]
) -> None:
    wire_names = {key for _, key in model._fields}
    assert wire_names - handled_elsewhere == set(params.__annotations__) - set(OPTIONS)


def _public_methods(obj: object, prefix: str = "") -> dict[str, object]:
    found: dict[str, object] = {}
    for name in dir(type(obj)):
        if name.startswith("_"):
            continue
        value = getattr(obj, name)
        if inspect.ismethod(value):
            found[prefix + name] = value
        elif type(value).__module__.startswith("together_facade.resources"):
            found.update(_public_methods(value, f"{prefix}{name}."))
    return found


def test_async_client_has_the_same_names_awaitable() -> None:
    sync = _public_methods(Together(api_key="k"))
    asynchronous = _public_methods(AsyncTogether(api_key="k"))
    assert sync.keys() == asynchronous.keys()
    assert "chat.completions.create" in sync and "fine_tuning.list_events" in sync
    for name, method in asynchronous.items():
        if name.rsplit(".", 1)[-1].startswith("iter_"):  # yields as results come: async for
            assert inspect.isasyncgenfunction(method), name
        elif name not in {"with_options"}:
            assert inspect.iscoroutinefunction(method), name


def test_importing_and_building_a_client_stays_cheap() -> None:
    """The generated models (and the generated request client, attrs with them) and asyncio load
    on first use, not on import (see make bench); the generated package itself and its options
    module (a TypedDict the facade's calls take) are cheap and do load."""
    import subprocess
    import sys

    probe = (
        "import sys, together_facade\n"
        "together_facade.Together(api_key='k')\n"
        "heavy = ('together_api_client.models', 'together_api_client.client', 'asyncio', 'attrs')\n"
        "heavy = [m for m in heavy if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


#: The per-call options, last in every signature and help(), in the order RequestOptions
#: declares them (not a set's order, which would change from one process to the next).
OPTIONS = [
    "extra_headers",
    "extra_query",
    "extra_body",
    "timeout",
    "deadline",
    "stream_idle_timeout",
]


@pytest.mark.parametrize(
    ("area", "method", "params", "undescribed"),
    [
        # The spec describes every field but these (compliance and multimodal_params came with
        # the current spec, undescribed).
        ("chat.completions", "create", ChatCompletionParams, {"function_call", "compliance"}),
        ("completions", "create", CompletionParams, set()),
        ("embeddings", "create", EmbeddingParams, {"input"}),
        ("images", "generate", ImageParams, set()),
        ("rerank", "create", RerankParams, set()),
        ("fine_tuning", "create", FineTuningCreateParams, {"multimodal_params"}),
        ("fine_tuning.jobs", "create", JobCreateParams, {"multimodal_params"}),
    ],
)
@pytest.mark.parametrize("client_cls", [Together, AsyncTogether])
def test_help_shows_every_parameter_with_a_line_of_description(
    area: str,
    method: str,
    params: type,
    undescribed: set[str],
    client_cls: type[Together] | type[AsyncTogether],
) -> None:
    """``undescribed``: the fields neither the spec nor the area describes (yet)."""
    client = client_cls(api_key="k")
    resource: object = client
    for name in area.split("."):
        resource = getattr(resource, name)
    fn = getattr(resource, method)
    signature = inspect.signature(fn)
    fields = set(params.__annotations__)
    assert fields <= set(signature.parameters)
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in signature.parameters.values())
    assert signature.parameters["model"].default is inspect.Parameter.empty  # required
    doc = inspect.getdoc(fn) or ""
    assert "Example" in doc
    described = {
        line.split(":")[0].split(" (")[0].strip()
        for line in doc.split("Parameters:")[1].splitlines()
        if line.strip()
    }
    assert fields <= described
    assert "(no description in the spec)" not in doc.split("model")[1].splitlines()[0]
    lines = [line.strip() for line in doc.split("Parameters:")[1].splitlines() if line.strip()]
    without = {line.split(":")[0].split(" (")[0] for line in lines if "(no description" in line}
    assert without == undescribed
    assert list(RequestOptions.__annotations__) == OPTIONS
    assert list(signature.parameters)[-len(OPTIONS) :] == OPTIONS
    assert [line.split(":")[0] for line in lines[-len(OPTIONS) :]] == OPTIONS


def test_documented_refuses_a_description_for_a_field_it_lacks_or_the_spec_describes() -> None:
    def create(self: object, **params: object) -> None:
        """Start a fine-tuning job."""

    with pytest.raises(ValueError, match=r"does not take: \['lora_rank'\]"):
        documented(FineTuningCreateParams, gen.CreateFineTuneBody, descriptions={"lora_rank": "."})(
            create
        )
    with pytest.raises(ValueError, match=r"the spec describes \['n_epochs'\]"):
        documented(FineTuningCreateParams, gen.CreateFineTuneBody, descriptions={"n_epochs": "."})(
            create
        )
    method = documented(
        FineTuningCreateParams, gen.CreateFineTuneBody, descriptions={"lora_r": "LoRA rank "}
    )(create)
    assert "    lora_r: LoRA rank." in (method.__doc__ or "")
    assert "    n_epochs: Number of complete passes through the training dataset" in (
        method.__doc__ or ""
    )
