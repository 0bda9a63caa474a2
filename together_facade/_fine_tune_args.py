"""The fine-tuning arguments that are not the wire's, turned into the wire body before
anything is sent (``resources/fine_tuning`` checks the result against ``FineTuningCreateParams``).

* The official together SDK's convenience arguments: ``lora`` and ``lora_r``, ``lora_alpha``,
  ``lora_dropout``, ``lora_trainable_modules`` become ``training_type`` (``with_training_type``).
  ``lora=True`` needs ``lora_r`` here: the spec's ``LoRATrainingType`` requires ``lora_r`` and
  ``lora_alpha``, and together 3.x, which fills the rank in from the model's ``default_rank``,
  reads it from an endpoint the spec does not have.
* openai's ``fine_tuning.jobs``: ``hyperparameters`` become Together's ``n_epochs`` and
  ``batch_size``, and openai's arguments this SDK does not take are refused, saying what to do
  instead (``from_openai``); openai's ``after``/``limit`` paging is refused the same way
  (``no_paging``). Given as None, they are dropped: openai's code passes None for "not given".

``None`` means "not given" throughout, as for every argument.

What ``help()`` says of these arguments is here too (``DESCRIPTIONS``, ``OPENAI_DESCRIPTIONS``),
beside the code that gives them their meaning: the spec does not have them, so
``_docs.documented`` has no line for them from the spec.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._calls import RequestOptions, options_only
from ._exceptions import InvalidRequestError, InvalidTypeError

__all__ = [
    "DESCRIPTIONS",
    "OPENAI_DESCRIPTIONS",
    "from_openai",
    "no_paging",
    "with_training_type",
]

_LORA_OPTIONS = ("lora_r", "lora_alpha", "lora_dropout", "lora_trainable_modules")

# openai's arguments this SDK does not take, and what to do instead (Together's own fields for
# the first two are random_seed and training_method).
_OPENAI_ONLY = {
    "seed": "Together's is random_seed: pass random_seed=<your seed>",
    "method": "Together's is training_method: pass training_method={'method': 'sft'} (or "
    "{'method': 'dpo', 'dpo_beta': 0.1}), and the hyperparameters as n_epochs=, batch_size=, "
    "learning_rate=",
    "integrations": "Together takes Weights & Biases settings as wandb_api_key=, "
    "wandb_project_name=, wandb_name=",
    "metadata": "Together keeps no metadata on a job; leave it out (suffix= names the model)",
}
_HYPERPARAMETERS = ("n_epochs", "batch_size")

#: ``help()``'s line for each of ``fine_tuning.create``'s arguments the spec does not describe.
DESCRIPTIONS = {
    "lora": "True: LoRA training, training_type built from the lora_* arguments (lora_r "
    "needed); False: full training; left out: training_type if given, else the service's default",
    "lora_r": "LoRA rank, a positive integer such as 8; needed with lora=True (and only with it)",
    "lora_alpha": "The LoRA scaling factor (needs lora=True and lora_r); default 2 * lora_r",
    "lora_dropout": "LoRA dropout (needs lora=True); the service's default is 0.0",
    "lora_trainable_modules": "The modules LoRA trains (needs lora=True); the service's "
    'default is "all-linear"',
}
#: ``fine_tuning.jobs.create``'s: ``fine_tuning.create``'s, and openai's arguments.
OPENAI_DESCRIPTIONS = {
    **DESCRIPTIONS,
    "hyperparameters": 'openai\'s {"n_epochs": 3, "batch_size": 8}, sent as n_epochs and '
    'batch_size ("auto": the service\'s default); learning_rate_multiplier is refused unless '
    '"auto"',
    "seed": "openai's, not taken: None is dropped, a seed refused (pass Together's random_seed)",
    "method": "openai's, not taken: None is dropped, a method refused (pass Together's "
    "training_method)",
    "integrations": "openai's, not taken: None is dropped, integrations refused (pass "
    "wandb_api_key=, wandb_project_name=, wandb_name=)",
    "metadata": "openai's, not taken: None is dropped, metadata refused (Together keeps none "
    "on a job)",
}


def with_training_type(name: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` with ``lora`` and the ``lora_*`` arguments turned into ``training_type``.
    ``None`` means "not given", as for every argument. ``lora=True`` without ``lora_r`` is
    refused: the wire's LoRA training type needs the rank, and this SDK cannot look the model's
    default up as together 3.x does (see the module's docstring)."""
    body = {k: v for k, v in params.items() if k != "lora" and k not in _LORA_OPTIONS}
    lora = params.get("lora")
    options = {k: params[k] for k in _LORA_OPTIONS if params.get(k) is not None}
    listed = ", ".join(options)
    if lora is None:
        if options:
            them = "it" if len(options) == 1 else "them"
            where = (
                f" or put {them} in training_type={{'type': 'Lora', ...}}"
                if body.get("training_type") is not None
                else f", or leave {them} out for full training"
            )
            what = (
                "is a LoRA option, which needs"
                if len(options) == 1
                else "are LoRA options, which need"
            )
            with_rank = (
                " with lora_r=... (e.g. lora_r=8)"
                if "lora_r" not in options and body.get("training_type") is None
                else ""
            )
            raise InvalidRequestError(
                f"{name}(): {listed} {what} lora=True: pass lora=True{with_rank}{where}."
            )
        return body
    if not isinstance(lora, bool):
        raise InvalidTypeError(f"{name}(): lora must be True or False, got {lora!r}")
    if body.get("training_type") is not None:
        raise InvalidRequestError(
            f"{name}(): give lora=... or training_type=..., not both: lora=True builds "
            "training_type={'type': 'Lora', ...} from the lora_* arguments, lora=False builds "
            "{'type': 'Full'}."
        )
    if not lora:
        if options:
            them = "it" if len(options) == 1 else "them"
            raise InvalidRequestError(
                f"{name}(): lora=False asks for full training, which takes no {listed}: "
                f"pass lora=True for LoRA training, or leave {them} out."
            )
        body["training_type"] = {"type": "Full"}
        return body
    rank = options.get("lora_r")
    if rank is None:
        if any(key.startswith("lora") for key in body):
            # A misspelt lora_* argument (lora_rank=8; no wire field starts with "lora"): the
            # argument check refuses it next, naming the argument meant, which says more than
            # "lora_r is missing". Nothing is sent.
            body["training_type"] = {"type": "Lora", **options}
            return body
        raise InvalidRequestError(
            f"{name}(): lora=True needs lora_r, the LoRA rank, which the service requires: "
            "pass lora_r=... (e.g. lora_r=8; lora_alpha defaults to 2 * lora_r). The official "
            "together SDK fills it in from the model's default rank, which this SDK does not "
            "look up."
        )
    if isinstance(rank, bool) or not isinstance(rank, int):
        raise InvalidTypeError(f"{name}(): lora_r must be a positive integer, got {rank!r}")
    if rank < 1:
        raise InvalidRequestError(f"{name}(): lora_r must be a positive integer, got {rank!r}")
    training_type: dict[str, Any] = {"type": "Lora", "lora_r": rank, "lora_alpha": 2 * rank}
    training_type.update(options)
    body["training_type"] = training_type
    return body


def from_openai(name: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """openai's ``fine_tuning.jobs.create`` arguments as ``fine_tuning.create``'s:
    ``hyperparameters`` become Together's fields; openai's arguments this SDK does not take are
    dropped when None ("not given") and refused otherwise, saying what to do instead."""
    body = {k: v for k, v in params.items() if k != "hyperparameters"}
    for key, instead in _OPENAI_ONLY.items():
        if body.pop(key, None) is not None:
            raise InvalidRequestError(f"{name}(): openai's {key!r} is not taken here: {instead}.")
    hyperparameters = params.get("hyperparameters")
    if hyperparameters is None:
        return body
    if not isinstance(hyperparameters, Mapping):
        raise InvalidTypeError(
            f"{name}(): hyperparameters must be a dict such as {{'n_epochs': 3}}, "
            f"got {type(hyperparameters).__name__}"
        )
    for key, value in hyperparameters.items():
        if key == "learning_rate_multiplier":
            if value is None or value == "auto":
                continue
            raise InvalidRequestError(
                f"{name}(): hyperparameters['learning_rate_multiplier'] has no Together "
                "equivalent: Together takes an absolute learning rate; pass learning_rate=... "
                "(e.g. learning_rate=1e-5) instead."
            )
        if key not in _HYPERPARAMETERS:
            raise InvalidRequestError(
                f"{name}(): hyperparameters[{key!r}] has no Together equivalent; "
                f"the ones that map are {', '.join(map(repr, _HYPERPARAMETERS))}."
            )
        if value is None or value == "auto":  # the service's default
            continue
        if body.get(key) is not None:
            raise InvalidRequestError(
                f"{name}(): {key} is given twice, as {key}= and in hyperparameters: give it once."
            )
        body[key] = value
    return body


def no_paging(name: str, options: Mapping[str, Any]) -> RequestOptions:
    """openai's ``after``/``limit``: Together answers with the whole list, so they are refused
    with that said (rather than as unknown arguments)."""
    paging = [k for k in ("after", "limit") if options.get(k) is not None]
    if paging:
        raise InvalidRequestError(
            f"{name}(): Together answers with the whole list and takes no "
            f"{' or '.join(paging)}; leave {'it' if len(paging) == 1 else 'them'} out and "
            "slice .data instead."
        )
    rest = {k: v for k, v in options.items() if k not in ("after", "limit")}
    return options_only(name, rest)
