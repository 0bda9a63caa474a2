from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_upload_request_model_type import ModelUploadRequestModelType
from ..types import Model


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
        _get = src_dict.get
        v_model_name = src_dict["model_name"]
        v_model_source = src_dict["model_source"]
        v_model_type = _get("model_type")
        if v_model_type is not None:
            v_model_type = ModelUploadRequestModelType(v_model_type)
        v_hf_token = _get("hf_token")
        v_description = _get("description")
        v_base_model = _get("base_model")
        v_lora_model = _get("lora_model")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model_name,
            v_model_source,
            v_model_type,
            v_hf_token,
            v_description,
            v_base_model,
            v_lora_model,
            src_dict,
        )
