from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


from ..models.generate_images_body_model_type_0 import GenerateImagesBodyModelType0
from ..models.generate_images_body_output_format import GenerateImagesBodyOutputFormat
from ..models.generate_images_body_response_format import (
    GenerateImagesBodyResponseFormat,
)


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class GenerateImagesBody(Model):
    """
    Attributes:
        prompt (str): A description of the desired images. Maximum length varies by model.
        model (GenerateImagesBodyModelType0 | str): The model to use for image generation.<br> <br> [See all of Together
            AI's image models](https://docs.together.ai/docs/serverless-models#image-models)
        steps (int | None): Number of generation steps.
        image_url (str | None): URL of an image to use for image models that support it.
        seed (int | None): Seed used for generation. Can be used to reproduce image generations.
        n (int | None): Number of image results to generate.
        height (int | None): Height of the image to generate in number of pixels.
        width (int | None): Width of the image to generate in number of pixels.
        negative_prompt (str | None): The prompt or prompts not to guide the image generation.
        response_format (GenerateImagesBodyResponseFormat | None): Format of the image response. Can be either a base64
            string or a URL.
        guidance_scale (float | None): Adjusts the alignment of the generated image with the input prompt. Higher values
            (e.g., 8-10) make the output more faithful to the prompt, while lower values (e.g., 1-5) encourage more creative
            freedom.
        output_format (GenerateImagesBodyOutputFormat | None): The format of the image response. Can be either be `jpeg`
            or `png`. Defaults to `jpeg`.
        image_loras (list[GenerateImagesBodyImageLorasItem] | None): An array of objects that define LoRAs (Low-Rank
            Adaptations) to influence the generated image.
        reference_images (list[str] | None): An array of image URLs that guide the overall appearance and style of the
            generated image. These reference images influence the visual characteristics consistently across the generation.
        disable_safety_checker (bool | None): If true, disables the safety checker for image generation.
    """

    prompt: str
    model: GenerateImagesBodyModelType0 | str
    steps: int | None = None
    image_url: str | None = None
    seed: int | None = None
    n: int | None = None
    height: int | None = None
    width: int | None = None
    negative_prompt: str | None = None
    response_format: GenerateImagesBodyResponseFormat | None = None
    guidance_scale: float | None = None
    output_format: GenerateImagesBodyOutputFormat | None = None
    image_loras: list[GenerateImagesBodyImageLorasItem] | None = None
    reference_images: list[str] | None = None
    disable_safety_checker: bool | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("prompt", "prompt"),
        ("model", "model"),
        ("steps", "steps"),
        ("image_url", "image_url"),
        ("seed", "seed"),
        ("n", "n"),
        ("height", "height"),
        ("width", "width"),
        ("negative_prompt", "negative_prompt"),
        ("response_format", "response_format"),
        ("guidance_scale", "guidance_scale"),
        ("output_format", "output_format"),
        ("image_loras", "image_loras"),
        ("reference_images", "reference_images"),
        ("disable_safety_checker", "disable_safety_checker"),
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
        src_dict["prompt"]
        src_dict["model"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _read_model(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if not isinstance(data, dict | list):  # an enum: a scalar
        try:
            value = GenerateImagesBodyModelType0(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _build_model(value: Any) -> Any:
    return _read_model(value)


def _build_response_format(value: Any) -> Any:
    return GenerateImagesBodyResponseFormat(value)


def _build_output_format(value: Any) -> Any:
    return GenerateImagesBodyOutputFormat(value)


def _build_image_loras(value: Any) -> Any:
    return [
        None if x0 is None else GenerateImagesBodyImageLorasItem.from_dict(x0)
        for x0 in value
    ]


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "prompt": ("prompt", None, None),
    "model": ("model", _build_model, None),
    "steps": ("steps", None, None),
    "image_url": ("image_url", None, None),
    "seed": ("seed", None, None),
    "n": ("n", None, None),
    "height": ("height", None, None),
    "width": ("width", None, None),
    "negative_prompt": ("negative_prompt", None, None),
    "response_format": ("response_format", _build_response_format, None),
    "guidance_scale": ("guidance_scale", None, None),
    "output_format": ("output_format", _build_output_format, None),
    "image_loras": ("image_loras", _build_image_loras, None),
    "reference_images": ("reference_images", None, None),
    "disable_safety_checker": ("disable_safety_checker", None, None),
}
GenerateImagesBody._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.generate_images_body_image_loras_item import (
    GenerateImagesBodyImageLorasItem,
)
