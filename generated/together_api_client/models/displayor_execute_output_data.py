from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


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
        _get = src_dict.get
        v_applicationgeojson = _get("application/geo+json")
        if v_applicationgeojson is not None:
            v_applicationgeojson = (
                DisplayorExecuteOutputDataApplicationgeojson.from_dict(
                    v_applicationgeojson
                )
            )
        v_applicationjavascript = _get("application/javascript")
        v_applicationjson = _get("application/json")
        if v_applicationjson is not None:
            v_applicationjson = DisplayorExecuteOutputDataApplicationjson.from_dict(
                v_applicationjson
            )
        v_applicationpdf = _get("application/pdf")
        v_applicationvnd_vega_v5json = _get("application/vnd.vega.v5+json")
        if v_applicationvnd_vega_v5json is not None:
            v_applicationvnd_vega_v5json = (
                DisplayorExecuteOutputDataApplicationvndVegaV5Json.from_dict(
                    v_applicationvnd_vega_v5json
                )
            )
        v_applicationvnd_vegalite_v4json = _get("application/vnd.vegalite.v4+json")
        if v_applicationvnd_vegalite_v4json is not None:
            v_applicationvnd_vegalite_v4json = (
                DisplayorExecuteOutputDataApplicationvndVegaliteV4Json.from_dict(
                    v_applicationvnd_vegalite_v4json
                )
            )
        v_imagegif = _get("image/gif")
        v_imagejpeg = _get("image/jpeg")
        v_imagepng = _get("image/png")
        v_imagesvgxml = _get("image/svg+xml")
        v_texthtml = _get("text/html")
        v_textlatex = _get("text/latex")
        v_textmarkdown = _get("text/markdown")
        v_textplain = _get("text/plain")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_applicationgeojson,
            v_applicationjavascript,
            v_applicationjson,
            v_applicationpdf,
            v_applicationvnd_vega_v5json,
            v_applicationvnd_vegalite_v4json,
            v_imagegif,
            v_imagejpeg,
            v_imagepng,
            v_imagesvgxml,
            v_texthtml,
            v_textlatex,
            v_textmarkdown,
            v_textplain,
            src_dict,
        )


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
