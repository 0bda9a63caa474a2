from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

from ..models.model_upload_request_model_type import ModelUploadRequestModelType


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ModelUploadRequest(Model):
    """
    Attributes:
        model_name (str): The name to give to your uploaded model
        model_source (str): The source location of the model (Hugging Face repo or S3 path)
        model_type (ModelUploadRequestModelType | None): Whether the model is a full model or an adapter
        hf_token (str | None): Hugging Face token (if uploading from Hugging Face)
        description (str | None): A description of your model
        base_model (str | None): The base model to use for an adapter if setting it to run against a serverless pool.
            Only used for model_type `adapter`.
        lora_model (str | None): The lora pool to use for an adapter if setting it to run against, say, a dedicated
            pool.  Only used for model_type `adapter`.
    """

    model_name: str
    model_source: str
    model_type: ModelUploadRequestModelType | None = None
    hf_token: str | None = None
    description: str | None = None
    base_model: str | None = None
    lora_model: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model_name", "model_name"),
        ("model_source", "model_source"),
        ("model_type", "model_type"),
        ("hf_token", "hf_token"),
        ("description", "description"),
        ("base_model", "base_model"),
        ("lora_model", "lora_model"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["model_name"]
        src_dict["model_source"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_model_type(value: Any) -> Any:
    return ModelUploadRequestModelType(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "model_name": ("model_name", None, None),
    "model_source": ("model_source", None, None),
    "model_type": ("model_type", _build_model_type, None),
    "hf_token": ("hf_token", None, None),
    "description": ("description", None, None),
    "base_model": ("base_model", None, None),
    "lora_model": ("lora_model", None, None),
}
ModelUploadRequest._lazy = _LAZY
