from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_images_body_response_format import (
    GenerateImagesBodyResponseFormat,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class GenerateImagesBody(Model):
    """
    Attributes:
        model (str): The model to use for image generation.
        prompt (str): A description of the desired images. Maximum length varies by model.
        height (int | None): Height of the image to generate in number of pixels.
        n (int | None): Number of image results to generate.
        negative_prompt (str | None): The prompt or prompts not to guide the image generation.
        seed (int | None): Seed used for generation. Can be used to reproduce image generations.
        steps (int | None): Number of generation steps.
        width (int | None): Width of the image to generate in number of pixels.
        response_format (GenerateImagesBodyResponseFormat | None): Format of the images in the answer: a base64 string
            or a URL.
    """

    model: str
    prompt: str
    height: int | None = None
    n: int | None = None
    negative_prompt: str | None = None
    seed: int | None = None
    steps: int | None = None
    width: int | None = None
    response_format: GenerateImagesBodyResponseFormat | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("prompt", "prompt"),
        ("height", "height"),
        ("n", "n"),
        ("negative_prompt", "negative_prompt"),
        ("seed", "seed"),
        ("steps", "steps"),
        ("width", "width"),
        ("response_format", "response_format"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_model = src_dict["model"]
        v_prompt = src_dict["prompt"]
        v_height = _get("height")
        v_n = _get("n")
        v_negative_prompt = _get("negative_prompt")
        v_seed = _get("seed")
        v_steps = _get("steps")
        v_width = _get("width")
        v_response_format = _get("response_format")
        if v_response_format is not None:
            v_response_format = GenerateImagesBodyResponseFormat(v_response_format)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model,
            v_prompt,
            v_height,
            v_n,
            v_negative_prompt,
            v_seed,
            v_steps,
            v_width,
            v_response_format,
            src_dict,
        )
