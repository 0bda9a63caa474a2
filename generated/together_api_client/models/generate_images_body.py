from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateImagesBody")


@_attrs_define
class GenerateImagesBody:
    """
    Attributes:
        model (str): The model to use for image generation. Example: stabilityai/stable-diffusion-xl-base-1.0.
        prompt (str): A description of the desired images. Maximum length varies by model. Example: cat floating in
            space, cinematic.
        height (int | Unset): Height of the image to generate in number of pixels. Default: 1024.
        n (int | Unset): Number of image results to generate. Default: 1.
        negative_prompt (str | Unset): The prompt or prompts not to guide the image generation.
        seed (int | Unset): Seed used for generation. Can be used to reproduce image generations.
        steps (int | Unset): Number of generation steps. Default: 20.
        width (int | Unset): Width of the image to generate in number of pixels. Default: 1024.
    """

    model: str
    prompt: str
    height: int | Unset = 1024
    n: int | Unset = 1
    negative_prompt: str | Unset = UNSET
    seed: int | Unset = UNSET
    steps: int | Unset = 20
    width: int | Unset = 1024
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        height = self.height

        n = self.n

        negative_prompt = self.negative_prompt

        seed = self.seed

        steps = self.steps

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["model"] = model
        field_dict["prompt"] = prompt
        if height is not UNSET:
            field_dict["height"] = height
        if n is not UNSET:
            field_dict["n"] = n
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if steps is not UNSET:
            field_dict["steps"] = steps
        if width is not UNSET:
            field_dict["width"] = width
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt")

        height = d.pop("height", UNSET)

        n = d.pop("n", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        steps = d.pop("steps", UNSET)

        width = d.pop("width", UNSET)

        obj = cls(
            model=model,
            prompt=prompt,
            height=height,
            n=n,
            negative_prompt=negative_prompt,
            seed=seed,
            steps=steps,
            width=width,
        )
        obj.additional_properties = d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
