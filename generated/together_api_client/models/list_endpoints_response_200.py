from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ListModel

_new = object.__new__

from typing import Literal


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ListEndpointsResponse200(ListModel["ListEndpoint"]):
    """
    Example:
        {'object': 'list', 'data': [{'object': 'endpoint', 'id': 'endpoint-5c0c20db-62fe-4f41-8ffc-d9e4ea1a264e',
            'name': 'allenai/OLMo-7B', 'model': 'allenai/OLMo-7B', 'type': 'serverless', 'owner': 'together', 'state':
            'STARTED', 'created_at': '2024-02-28T21:34:35.444Z'}]}

    Attributes:
        object (Literal['list']): The object type, which is always `list`.
        data (list[ListEndpoint]):
    """

    object: Literal["list"]
    data: list[ListEndpoint]
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("data", "data"),
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
        src_dict["object"]
        src_dict["data"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_data(value: Any) -> Any:
    return [None if x0 is None else ListEndpoint.from_dict(x0) for x0 in value]


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "object": ("object", None, None),
    "data": ("data", _build_data, None),
}
ListEndpointsResponse200._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.list_endpoint import ListEndpoint
