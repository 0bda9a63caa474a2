"""Shared types of the generated client, and ``Model``, the base of every generated model.

A model is read from the wire with ``from_dict`` (generated per model, for speed) and written
back with ``to_dict`` (here, once for all models): attribute names are the wire names, an absent
field reads as ``None``, and the answer a model was read from is kept beside it so that
``to_dict()`` gives that JSON back exactly (unknown fields kept, absent fields absent, a field
sent as ``null`` kept as ``null``).
"""

import datetime
import json
import uuid
from collections.abc import Collection, Iterator, Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    TypeVar,
    overload,
)

from attrs import define

from . import errors


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


#: The "not given" marker of the generated operation functions' optional parameters. Models
#: never hold it: an absent field is ``None``.
UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]

_PLAIN = (str, int, float, bool, type(None))


def to_wire(value: Any) -> Any:
    """``value`` as JSON data: models as their ``to_dict()``, enum members as their value."""
    if isinstance(value, _PLAIN) and not isinstance(value, Enum):
        return value
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [x if type(x) in _PLAIN else to_wire(x) for x in value]
    if isinstance(value, Mapping):
        return {k: to_wire(v) for k, v in value.items()}
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def is_known(value: Any) -> bool:
    """False when a model's field holds an enum value its spec does not list: a union reader
    then prefers a type whose discriminating field (``type: "Lora"``) it knows."""
    if isinstance(value, Enum):
        return value.name in type(value).__members__
    if isinstance(value, Model):
        try:
            return all(
                is_known(getattr(value, attribute)) for attribute, _ in value._fields
            )
        except (
            Exception
        ):  # a field that cannot be read as this type (see errors.read_error)
            return False
    return True


def _dump(value: Any, exclude_none: bool, exclude_unset: bool) -> Any:
    """A field's value as ``model_dump`` gives it: models dumped with the same options (which
    apply to model fields only, as in pydantic: a ``None`` inside a plain dict stays)."""
    if isinstance(value, Model):
        return value.model_dump(exclude_none=exclude_none, exclude_unset=exclude_unset)
    if isinstance(value, list | tuple):
        return [_dump(x, exclude_none, exclude_unset) for x in value]
    if isinstance(value, Mapping):
        return {k: _dump(v, exclude_none, exclude_unset) for k, v in value.items()}
    if isinstance(value, Enum | datetime.date | uuid.UUID):
        return to_wire(value)
    return value


class Model:
    """The base of the generated models: serialization, unknown fields, and a mapping's ``[]``.

    Subclasses are attrs classes that list their fields in ``_fields`` as (attribute, wire key)
    pairs and carry ``_wire``, the JSON the model was read from (``None`` when built by hand).
    ``_extra``, the unknown fields, is filled when first asked for (an empty slot until then:
    nothing is spent on it per model read). The subclasses are generated without attrs' own
    ``__getstate__``, so that copies and pickles carry this slot too.

    ``model["key"]`` reads and writes by wire name: a known field's attribute, else an unknown
    field.
    """

    __slots__ = ("_extra",)

    _fields: ClassVar[tuple[tuple[str, str], ...]] = ()
    _by_key: ClassVar[dict[str, str]] = {}  # wire key -> attribute
    #: attribute -> (wire key, reader or None, default): how ``__getattr__`` reads each field
    _lazy: ClassVar[dict[str, tuple[str, Any, Any]]] = {}
    _wire: Mapping[str, Any] | None
    _extra: dict[str, Any]

    if (
        not TYPE_CHECKING
    ):  # (for type checkers, a model has the attributes it declares only)

        def __getattr__(self, name: str) -> Any:
            """A field of a model read from an answer, asked for the first time: read from the
            answer, kept in its slot (later reads do not come here), and returned."""
            spec = self._lazy.get(name)
            if spec is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            key, read, default = spec
            value = self._wire.get(key, default)
            if value is not None and read is not None:
                try:
                    value = read(value)
                except (
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                    IndexError,
                    RecursionError,
                ) as exc:
                    raise errors.read_error(self, key, value, exc) from exc
            setattr(self, name, value)
            return value

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the service sent that the spec does not know, by wire name."""
        try:
            return self._extra
        except AttributeError:
            wire = self._wire
            known = self._by_key
            extra = (
                {}
                if wire is None
                else {k: v for k, v in wire.items() if k not in known}
            )
            self._extra = extra
            return extra

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        attribute = self._by_key.get(key)
        if attribute is not None:
            return getattr(self, attribute)
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if not isinstance(key, str):
            raise TypeError(f"keys are wire names (strings), got {type(key).__name__}")
        attribute = self._by_key.get(key)
        if attribute is not None:
            setattr(self, attribute, value)
        else:
            self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        attribute = self._by_key.get(key)
        if attribute is not None:
            setattr(self, attribute, None)
        else:
            del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        attribute = self._by_key.get(key) if isinstance(key, str) else None
        if attribute is not None:
            return getattr(self, attribute) is not None
        return key in self.additional_properties

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data, with the wire names: for a model read from an answer, that
        answer (unknown fields kept, absent fields absent, ``null`` kept), with any change made
        since."""
        wire = self._wire
        out: dict[str, Any] = {}
        for attribute, key in self._fields:
            value = getattr(self, attribute)
            if value is None:
                if wire is not None and key in wire:
                    out[key] = None
            else:
                out[key] = value if type(value) in _PLAIN else to_wire(value)
        for key, value in self.additional_properties.items():
            out[key] = to_wire(value)
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict()`` as a JSON string."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def model_dump(
        self,
        *,
        mode: Literal["python", "json"] = "python",
        include: Collection[str] | None = None,
        exclude: Collection[str] | None = None,
        exclude_none: bool = False,
        exclude_unset: bool = False,
        by_alias: bool = True,
    ) -> dict[str, Any]:
        """The model as a dict, as pydantic's ``model_dump`` gives it (the official SDKs' habit).

        Every field is there, ``None`` when it was absent; ``exclude_unset=True`` leaves out the
        fields the answer did not carry, ``exclude_none=True`` the fields that are ``None``
        (in nested models too). Unknown fields are included. ``include``/``exclude`` take wire
        names of this model's fields. Keys are the wire names (``mode`` and ``by_alias`` are
        accepted for compatibility; the result is JSON data either way).
        """
        wire = self._wire
        out: dict[str, Any] = {}
        for attribute, key in self._fields:
            value = getattr(self, attribute)
            if value is None and (
                exclude_none or (exclude_unset and (wire is None or key not in wire))
            ):
                continue
            out[key] = _dump(value, exclude_none, exclude_unset)
        for key, value in self.additional_properties.items():
            if not (exclude_none and value is None):
                out[key] = _dump(value, exclude_none, exclude_unset)
        if include is not None:
            out = {k: v for k, v in out.items() if k in include}
        if exclude is not None:
            out = {k: v for k, v in out.items() if k not in exclude}
        return out

    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        include: Collection[str] | None = None,
        exclude: Collection[str] | None = None,
        exclude_none: bool = False,
        exclude_unset: bool = False,
        by_alias: bool = True,
    ) -> str:
        """``model_dump(...)`` as a JSON string (compact, as pydantic writes it, unless
        ``indent`` is given)."""
        data = self.model_dump(
            include=include,
            exclude=exclude,
            exclude_none=exclude_none,
            exclude_unset=exclude_unset,
        )
        separators = (",", ":") if indent is None else None
        return json.dumps(
            data, indent=indent, separators=separators, ensure_ascii=False
        )


I = TypeVar("I")


class ListModel(Model, Generic[I]):
    """A model of a list answer (``{"data": [...]}``): it iterates, indexes and has a length
    like its ``data``, which stays available."""

    __slots__ = ()

    data: list[I] | None

    def __iter__(self) -> Iterator[I]:
        return iter(self.data or ())

    def __len__(self) -> int:
        return len(self.data or ())

    @overload
    def __getitem__(self, key: int) -> I: ...
    @overload
    def __getitem__(self, key: slice) -> list[I]: ...
    @overload
    def __getitem__(self, key: str) -> Any: ...
    def __getitem__(self, key: int | slice | str) -> Any:
        if isinstance(key, str):
            return self.additional_properties[key]
        return (self.data or [])[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        if isinstance(key, int | slice):
            if self.data is None:
                raise IndexError("this list answer has no items")
            self.data[key] = value
        else:
            super().__setitem__(key, value)

    def __contains__(self, item: object) -> bool:
        return item in (self.data or ())


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "ListModel",
    "Model",
    "RequestFiles",
    "Response",
    "Unset",
    "is_known",
    "to_wire",
]
