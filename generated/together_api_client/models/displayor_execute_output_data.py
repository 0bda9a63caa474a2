from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class DisplayorExecuteOutputData(Model):
    """
    Attributes:
        applicationgeojson (DisplayorExecuteOutputDataApplicationgeojson | None):
        applicationjavascript (str | None):
        applicationjson (DisplayorExecuteOutputDataApplicationjson | None):
        applicationpdf (str | None):
        applicationvnd_vega_v5json (DisplayorExecuteOutputDataApplicationvndVegaV5Json | None):
        applicationvnd_vegalite_v4json (DisplayorExecuteOutputDataApplicationvndVegaliteV4Json | None):
        imagegif (str | None):
        imagejpeg (str | None):
        imagepng (str | None):
        imagesvgxml (str | None):
        texthtml (str | None):
        textlatex (str | None):
        textmarkdown (str | None):
        textplain (str | None):
    """

    applicationgeojson: DisplayorExecuteOutputDataApplicationgeojson | None = None
    applicationjavascript: str | None = None
    applicationjson: DisplayorExecuteOutputDataApplicationjson | None = None
    applicationpdf: str | None = None
    applicationvnd_vega_v5json: (
        DisplayorExecuteOutputDataApplicationvndVegaV5Json | None
    ) = None
    applicationvnd_vegalite_v4json: (
        DisplayorExecuteOutputDataApplicationvndVegaliteV4Json | None
    ) = None
    imagegif: str | None = None
    imagejpeg: str | None = None
    imagepng: str | None = None
    imagesvgxml: str | None = None
    texthtml: str | None = None
    textlatex: str | None = None
    textmarkdown: str | None = None
    textplain: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("applicationgeojson", "application/geo+json"),
        ("applicationjavascript", "application/javascript"),
        ("applicationjson", "application/json"),
        ("applicationpdf", "application/pdf"),
        ("applicationvnd_vega_v5json", "application/vnd.vega.v5+json"),
        ("applicationvnd_vegalite_v4json", "application/vnd.vegalite.v4+json"),
        ("imagegif", "image/gif"),
        ("imagejpeg", "image/jpeg"),
        ("imagepng", "image/png"),
        ("imagesvgxml", "image/svg+xml"),
        ("texthtml", "text/html"),
        ("textlatex", "text/latex"),
        ("textmarkdown", "text/markdown"),
        ("textplain", "text/plain"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_applicationgeojson(value: Any) -> Any:
    return DisplayorExecuteOutputDataApplicationgeojson.from_dict(value)


def _build_applicationjson(value: Any) -> Any:
    return DisplayorExecuteOutputDataApplicationjson.from_dict(value)


def _build_applicationvnd_vega_v5json(value: Any) -> Any:
    return DisplayorExecuteOutputDataApplicationvndVegaV5Json.from_dict(value)


def _build_applicationvnd_vegalite_v4json(value: Any) -> Any:
    return DisplayorExecuteOutputDataApplicationvndVegaliteV4Json.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "applicationgeojson": ("application/geo+json", _build_applicationgeojson, None),
    "applicationjavascript": ("application/javascript", None, None),
    "applicationjson": ("application/json", _build_applicationjson, None),
    "applicationpdf": ("application/pdf", None, None),
    "applicationvnd_vega_v5json": (
        "application/vnd.vega.v5+json",
        _build_applicationvnd_vega_v5json,
        None,
    ),
    "applicationvnd_vegalite_v4json": (
        "application/vnd.vegalite.v4+json",
        _build_applicationvnd_vegalite_v4json,
        None,
    ),
    "imagegif": ("image/gif", None, None),
    "imagejpeg": ("image/jpeg", None, None),
    "imagepng": ("image/png", None, None),
    "imagesvgxml": ("image/svg+xml", None, None),
    "texthtml": ("text/html", None, None),
    "textlatex": ("text/latex", None, None),
    "textmarkdown": ("text/markdown", None, None),
    "textplain": ("text/plain", None, None),
}
DisplayorExecuteOutputData._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.displayor_execute_output_data_applicationgeojson import (
    DisplayorExecuteOutputDataApplicationgeojson,
)
from ..models.displayor_execute_output_data_applicationjson import (
    DisplayorExecuteOutputDataApplicationjson,
)
from ..models.displayor_execute_output_data_applicationvnd_vega_v5_json import (
    DisplayorExecuteOutputDataApplicationvndVegaV5Json,
)
from ..models.displayor_execute_output_data_applicationvnd_vegalite_v4_json import (
    DisplayorExecuteOutputDataApplicationvndVegaliteV4Json,
)
