"""The public surface of together_facade as text, one fact a line: what a user of the SDK sees.

    python scripts/surface.py            print it
    python scripts/surface.py --write    rewrite tests/api-surface.txt
    python scripts/surface.py --check    exit 1, with a unified diff, if that file is stale

The committed ``tests/api-surface.txt`` is kept true by ``tests/test_surface.py``, so that a spec
update (or a facade change) that changes what users see shows up in review as a diff of one file.

What it lists, in sections, each sorted:

- every public name of the package: ``together_facade.__all__``, and the ``__all__`` of each
  public module (no ``_`` in its name: ``together_facade.types``, ``together_facade.params``,
  ``together_facade.resources.chat``...), with its kind (class and its bases, exception and its
  bases, attrs class, enum, TypedDict, function, module, type alias, constant, alias);
- the members of the public classes (attributes, properties, methods, constructors; a
  dataclass's fields) and the public functions, a method as its line with the return type
  followed by a line per parameter;
- every result model: the attrs classes and enums a public module exports, and the SDK's own
  ones their fields or a signature reach (one line a field, ``Model.field: type``, then
  ``(required)`` or ``= default``; one line an enum member, ``Enum.MEMBER = 'value'``), and the
  SDK's base classes of the models (``Model``: ``to_dict()``...);
- the request dicts (TypedDicts) exported or reached, one line a key (``(required)`` or not);
- the methods of ``Together`` and ``AsyncTogether``, found by walking clients built offline (no
  request is sent) and their API areas (``client.chat.completions``, ...): a line per area
  naming its views (``with_raw_response``...), a line per method with its return type and one
  per overload, then a line per parameter in the signature's order; ``async`` marks the
  awaited methods.

Two of the SDK's classes with the same name are written with their module, everywhere.

Types are written by ``TypeText`` below, the same way whether an annotation is a string (``from
__future__ import annotations``) or a runtime object, and whatever the Python version prints:
unions as ``A | B`` in their declared order, ``Optional[X]`` as ``X | None``, builtins,
``typing`` and ``collections.abc`` names and the SDK's own classes bare, anything else qualified
(``datetime.datetime``, ``httpx.Timeout``).
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import collections.abc
import dataclasses
import difflib
import enum
import functools
import importlib
import importlib.util
import inspect
import pkgutil
import re
import sys
import types
import typing
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "api-surface.txt"
PACKAGE = "together_facade"
#: The packages whose classes are written bare and whose models and TypedDicts are described.
OURS = ("together_facade", "together_api_client")
#: Modules whose names are written bare (``Mapping``, ``Any``), as the sources write them.
BARE_MODULES = ("builtins", "typing", "typing_extensions", "collections.abc")
#: The special methods a user calls through syntax (``for``, ``with``, ``len()``, ``x[k]``).
PROTOCOL_METHODS = frozenset(
    {
        "__aenter__",
        "__aexit__",
        "__aiter__",
        "__anext__",
        "__await__",
        "__bool__",
        "__call__",
        "__contains__",
        "__delitem__",
        "__enter__",
        "__exit__",
        "__getitem__",
        "__iter__",
        "__len__",
        "__next__",
        "__setitem__",
    }
)
HEADER = (
    "# The public surface of together_facade: written by scripts/surface.py, do not edit.\n"
    "# After a change, run `python scripts/surface.py --write` (make surface) and review the diff."
)
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _ours(module: str | None) -> bool:
    return (module or "").split(".")[0] in OURS


def _public(name: str) -> bool:
    return not name.startswith("_") or name in PROTOCOL_METHODS


# --- types as text ------------------------------------------------------------------------------


class _Normalizer(ast.NodeTransformer):
    """An annotation that cannot be evaluated, written as ``TypeText`` writes evaluated ones:
    ``Optional[X]`` and ``Union[A, B]`` as unions, ``typing.X`` bare, quoted parts unquoted."""

    #: ``typing``'s aliases of builtins, written as their evaluated forms are (``list[int]``).
    BUILTIN_ALIASES: typing.ClassVar[dict[str, str]] = {
        "Dict": "dict",
        "FrozenSet": "frozenset",
        "List": "list",
        "Set": "set",
        "Tuple": "tuple",
        "Type": "type",
    }

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        self.generic_visit(node)
        if ast.unparse(node.value) in ("typing", "typing_extensions", "t", "collections.abc"):
            return self.visit_Name(ast.Name(id=node.attr, ctx=ast.Load()))
        return node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        return ast.Name(id=self.BUILTIN_ALIASES.get(node.id, node.id), ctx=node.ctx)

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if isinstance(node.value, str):
            try:
                inner = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                return node
            return typing.cast(ast.AST, self.visit(inner))
        return node

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        self.generic_visit(node)
        name = ast.unparse(node.value)
        args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if name == "Optional" and len(args) == 1:
            return ast.BinOp(left=args[0], op=ast.BitOr(), right=ast.Constant(value=None))
        if name == "Union" and args:
            union: ast.expr = args[0]
            for arg in args[1:]:
                union = ast.BinOp(left=union, op=ast.BitOr(), right=arg)
            return union
        return node


class TypeText:
    """Writes annotations canonically, and remembers the SDK's classes it met (``seen``), so
    that the models and TypedDicts a signature or a field reaches are described too."""

    def __init__(self, qualify: frozenset[type] = frozenset()) -> None:
        self.seen: set[type] = set()
        #: The SDK's classes whose names another of them has: written with their module.
        self.qualify = qualify
        self._namespaces: dict[str, dict[str, Any]] = {}

    def display(self, cls: type) -> str:
        if cls in self.qualify:
            return f"{cls.__module__}.{cls.__qualname__}"
        return cls.__qualname__

    # The names an annotation string of a module can use: the module's own, and those it
    # imports only for type checkers (``if TYPE_CHECKING: from ._core import SyncCore``).
    def namespace(self, module_name: str) -> dict[str, Any]:
        if module_name not in self._namespaces:
            module = sys.modules.get(module_name)
            found = {} if module is None else _type_checking_imports(module)
            self._namespaces[module_name] = found
        module = sys.modules.get(module_name)
        return {**self._namespaces[module_name], **(vars(module) if module else {})}

    def annotation(self, value: object, module_name: str | None) -> str:
        """An annotation as found on a function or class (a string is resolved in its module)."""
        if isinstance(value, str):
            return self.source(value, module_name)
        return self.text(value, module_name)

    def source(self, text: str, module_name: str | None) -> str:
        if module_name:
            try:
                value = eval(text, self.namespace(module_name))
            except Exception:
                pass
            else:
                return self.text(value, module_name)
        try:
            tree = ast.parse(text.strip(), mode="eval")
        except SyntaxError:
            return text.strip()
        return ast.unparse(_Normalizer().visit(tree))

    def text(self, tp: object, module_name: str | None = None) -> str:
        if tp is None or tp is types.NoneType:
            return "None"
        if tp is Ellipsis:
            return "..."
        if isinstance(tp, str):
            return self.source(tp, module_name)
        if isinstance(tp, typing.ForwardRef):
            module = getattr(tp, "__forward_module__", None) or module_name
            return self.source(tp.__forward_arg__, module)
        if isinstance(tp, list | tuple):  # Callable's parameter list
            return "[" + ", ".join(self.text(x, module_name) for x in tp) + "]"
        if isinstance(tp, typing.TypeVar | typing.ParamSpec | typing.TypeVarTuple):
            return tp.__name__
        if isinstance(tp, typing.ParamSpecArgs | typing.ParamSpecKwargs):
            return f"{self.text(tp.__origin__, module_name)}.{_suffix(tp)}"
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is typing.Union or isinstance(tp, types.UnionType):
            return " | ".join(self.text(a, module_name) for a in args)
        if origin is typing.Literal:
            return "Literal[" + ", ".join(_literal(a) for a in args) + "]"
        if origin is typing.Annotated:
            extras = ", ".join(_value_text(a) for a in getattr(tp, "__metadata__", ()))
            return f"Annotated[{self.text(args[0], module_name)}, {extras}]"
        if origin is not None:
            name = self._name_of(origin, tp)
            if origin in (collections.abc.Callable, typing.Callable) and len(args) == 2:
                params, result = args
                return f"{name}[{self.text(params, module_name)}, {self.text(result, module_name)}]"
            if not args:
                return name + ("[()]" if origin is tuple and _is_empty_tuple(tp) else "")
            return f"{name}[{', '.join(self.text(a, module_name) for a in args)}]"
        if isinstance(tp, type):
            return self.class_name(tp)
        return _special_name(tp)

    def _name_of(self, origin: object, tp: object) -> str:
        """``list`` for ``list[int]``/``List[int]``; ``Unpack``/``Required`` for those forms."""
        if isinstance(origin, type):
            return self.class_name(origin)
        name = getattr(tp, "_name", None) or getattr(origin, "_name", None)
        return str(name) if name else _special_name(origin)

    def class_name(self, cls: type) -> str:
        module = cls.__module__
        if _ours(module):
            self.seen.add(cls)
            return self.display(cls)
        if module in BARE_MODULES:
            return cls.__qualname__
        top = module.split(".")[0]
        if getattr(sys.modules.get(top), cls.__name__, None) is cls:
            return f"{top}.{cls.__qualname__}"
        return f"{module}.{cls.__qualname__}"

    def default(self, value: object) -> str:
        if isinstance(value, type):
            return self.class_name(value)
        return _value_text(value)

    # --- signatures --------------------------------------------------------------------------

    def parameter(self, param: inspect.Parameter, module_name: str | None) -> str:
        """One parameter as written in a ``def``: ``name: type = default``."""
        text = param.name
        if param.annotation is not inspect.Parameter.empty:
            text += ": " + self.annotation(param.annotation, module_name)
        if param.default is not inspect.Parameter.empty:
            sep = " = " if param.annotation is not inspect.Parameter.empty else "="
            text += sep + self.default(param.default)
        if param.kind is inspect.Parameter.VAR_POSITIONAL:
            return "*" + text
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            return "**" + text
        return text

    def parameter_alone(self, param: inspect.Parameter, module_name: str | None) -> str:
        """One parameter, marked as it would be alone in a signature: ``(*, model: str)``."""
        text = self.parameter(param, module_name)
        if param.kind is inspect.Parameter.POSITIONAL_ONLY:
            return f"({text}, /)"
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            return f"(*, {text})"
        return f"({text})"

    def parameters(self, signature: inspect.Signature, module_name: str | None) -> str:
        """The whole parameter list, with its ``/`` and ``*`` markers."""
        parts: list[str] = []
        params = list(signature.parameters.values())
        star = any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in params)
        for i, param in enumerate(params):
            if param.kind is inspect.Parameter.KEYWORD_ONLY and not star:
                parts.append("*")
                star = True
            parts.append(self.parameter(param, module_name))
            following = params[i + 1] if i + 1 < len(params) else None
            if param.kind is inspect.Parameter.POSITIONAL_ONLY and (
                following is None or following.kind is not inspect.Parameter.POSITIONAL_ONLY
            ):
                parts.append("/")
        return "(" + ", ".join(parts) + ")"

    def returns(self, signature: inspect.Signature, module_name: str | None) -> str:
        if signature.return_annotation is inspect.Signature.empty:
            return ""
        return " -> " + self.annotation(signature.return_annotation, module_name)


def _suffix(tp: object) -> str:
    return "args" if isinstance(tp, typing.ParamSpecArgs) else "kwargs"


def _is_empty_tuple(tp: object) -> bool:
    return repr(tp).endswith("[()]")


def _special_name(tp: object) -> str:
    """``Any``, ``Self``, ``LiteralString``...: ``typing``'s forms, without the module."""
    name = getattr(tp, "_name", None)
    if isinstance(name, str) and name:
        return name
    text = _ADDRESS.sub("", repr(tp))
    for prefix in ("typing_extensions.", "typing.", "collections.abc."):
        text = text.replace(prefix, "")
    return text


def _literal(value: object) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__qualname__}.{value.name}"
    return repr(value)


def _value_text(value: object) -> str:
    """A default or constant value: literals as ``repr``, sets sorted, other objects by type
    (never a memory address)."""
    if value is None or isinstance(value, bool | int | float | complex | str | bytes):
        return repr(value)
    if value is Ellipsis:
        return "..."
    if isinstance(value, enum.Enum):
        return f"{type(value).__qualname__}.{value.name}"
    if isinstance(value, tuple):
        inner = ", ".join(_value_text(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(_value_text(v) for v in value) + "]"
    if isinstance(value, set | frozenset):
        inner = ", ".join(sorted(_value_text(v) for v in value))
        return f"{type(value).__name__}({{{inner}}})" if value else f"{type(value).__name__}()"
    if isinstance(value, dict):
        items = ", ".join(f"{_value_text(k)}: {_value_text(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, type) or inspect.isfunction(value) or inspect.isbuiltin(value):
        return str(getattr(value, "__qualname__", type(value).__qualname__))
    return f"<{type(value).__qualname__}>"


def _type_checking_imports(module: types.ModuleType) -> dict[str, Any]:
    """The names a module imports under ``if TYPE_CHECKING:`` (at its top level), imported."""
    try:
        tree = ast.parse(inspect.getsource(module))
    except (OSError, TypeError, SyntaxError):
        return {}
    names: dict[str, Any] = {}
    package = module.__package__ or module.__name__
    for node in tree.body:
        if not (isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING")):
            continue
        for statement in node.body:
            if isinstance(statement, ast.ImportFrom):
                source = "." * statement.level + (statement.module or "")
                try:
                    imported = importlib.import_module(importlib.util.resolve_name(source, package))
                except Exception:
                    continue
                for alias in statement.names:
                    if hasattr(imported, alias.name):
                        names[alias.asname or alias.name] = getattr(imported, alias.name)
            elif isinstance(statement, ast.Import):
                for alias in statement.names:
                    try:
                        top = importlib.import_module(alias.name)
                    except Exception:
                        continue
                    if alias.asname:
                        names[alias.asname] = top
                    else:
                        head = alias.name.split(".")[0]
                        names[head] = sys.modules[head]
    return names


# --- what is public -----------------------------------------------------------------------------


def _kind(value: object, tt: TypeText) -> str:
    """What a public name is, in a few words: ``exception(TogetherError)``, ``function``..."""
    if inspect.ismodule(value):
        return "module"
    if value is _MISSING:
        return "MISSING: listed in __all__, not defined"
    if isinstance(value, type):
        bases = _bases(value, tt)
        if issubclass(value, BaseException):
            return f"exception({bases})"
        if typing.is_typeddict(value):
            return "TypedDict"
        if issubclass(value, enum.Enum):
            return f"enum({bases})"
        if attrs.has(value):
            return f"attrs class({bases})" if bases else "attrs class"
        if dataclasses.is_dataclass(value):
            return f"dataclass({bases})" if bases else "dataclass"
        return f"class({bases})" if bases else "class"
    if inspect.isfunction(value) or inspect.isbuiltin(value):
        return "function"
    if isinstance(value, types.UnionType) or typing.get_origin(value) is not None:
        return f"type alias = {tt.text(value)}"
    return f"constant {tt.class_name(type(value))}"


def _bases(cls: type, tt: TypeText) -> str:
    bases = cls.__dict__.get("__orig_bases__", cls.__bases__)
    return ", ".join(tt.text(b, cls.__module__) for b in bases if b is not object)


def _public_names(module: types.ModuleType) -> list[tuple[str, object]]:
    """``__all__``, or (a module without one) the public names it defines itself."""
    names = getattr(module, "__all__", None)
    if names is None:
        names = [
            name
            for name, value in vars(module).items()
            if not name.startswith("_")
            and (
                value.__name__.startswith(module.__name__ + ".")
                if inspect.ismodule(value)
                else getattr(value, "__module__", None) == module.__name__
            )
        ]
    return [(name, getattr(module, name, _MISSING)) for name in sorted(names)]


class _Missing:
    """A name ``__all__`` lists that the module does not define (an import went missing)."""


_MISSING = _Missing()


def _modules() -> list[types.ModuleType | str]:
    """The package, its public modules (no part of the name starting with ``_``, as
    ``together_facade.types``) and any module its public names expose, sorted by name. A module
    that fails to import is kept as its name (and said so)."""
    package = importlib.import_module(PACKAGE)
    found: dict[str, types.ModuleType | str] = {PACKAGE: package}
    for info in pkgutil.walk_packages(package.__path__, PACKAGE + "."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        try:
            found[info.name] = importlib.import_module(info.name)
        except Exception:
            found[info.name] = info.name
    queue = [m for m in found.values() if not isinstance(m, str)]
    while queue:
        module = queue.pop()
        for _, value in _public_names(module):
            if inspect.ismodule(value) and value.__name__ not in found:
                found[value.__name__] = value
                queue.append(value)
    return [found[name] for name in sorted(found)]


def _is_model(cls: type) -> bool:
    """An attrs class or an enum (exported, or reached: then only the SDK's own count)."""
    return attrs.has(cls) or issubclass(cls, enum.Enum)


# --- members of classes ---------------------------------------------------------------------


@dataclasses.dataclass
class _Member:
    name: str
    static: object  # as found in the class's __dict__
    owner: type


def _members(cls: type, public_classes: set[type]) -> list[_Member]:
    """The public members of ``cls``: its own, and those it inherits from classes of the SDK
    that are not public themselves (a public base has its own lines), sorted by name."""
    found: dict[str, _Member] = {}
    for klass in cls.__mro__:
        if klass is not cls and (klass in public_classes or not _ours(klass.__module__)):
            continue
        for name, static in vars(klass).items():
            if _public(name) and name not in found:
                found[name] = _Member(name, static, klass)
        for name in inspect.get_annotations(klass):
            if _public(name) and name not in found:
                found[name] = _Member(name, _ANNOTATED_ONLY, klass)
    return [found[name] for name in sorted(found)]


class _AnnotatedOnly:
    pass


_ANNOTATED_ONLY = _AnnotatedOnly()


def _attribute_type(member: _Member, tt: TypeText) -> str:
    """``: type`` as annotated on the owner or, if assigned there only, on a base."""
    for klass in member.owner.__mro__:
        annotation = inspect.get_annotations(klass).get(member.name)
        if annotation is not None:
            return ": " + tt.annotation(annotation, klass.__module__)
    return ""


def _function_of(static: object) -> tuple[Callable[..., Any] | None, bool, str]:
    """The function behind a class attribute, whether it is bound (drops its first
    parameter), and a label for non-plain methods."""
    if isinstance(static, staticmethod):
        return static.__func__, False, " [staticmethod]"
    if isinstance(static, classmethod):
        return static.__func__, True, " [classmethod]"
    if inspect.isfunction(static):
        return static, True, ""
    return None, False, ""


def _signature(func: Callable[..., Any], bound: bool) -> inspect.Signature | None:
    try:
        signature = inspect.signature(func)
    except (TypeError, ValueError):
        return None
    if bound and signature.parameters:
        first = next(iter(signature.parameters.values()))
        if first.kind in (first.POSITIONAL_ONLY, first.POSITIONAL_OR_KEYWORD):
            signature = signature.replace(parameters=list(signature.parameters.values())[1:])
    return signature


def _function_lines(
    path: str, func: Callable[..., Any], bound: bool, tt: TypeText, label: str = ""
) -> Iterator[str]:
    """A callable: ``path(...) -> R``, its overloads, then one line per parameter."""
    module = getattr(func, "__module__", None)
    prefix = "async " if _is_async(func) else ""
    signature = _signature(func, bound)
    if signature is None:
        yield f"{prefix}{path}(<no signature>){label}"
        return
    params = list(signature.parameters.values())
    shown = "(...)" if params else "()"
    yield f"{prefix}{path}{shown}{tt.returns(signature, module)}{label}"
    for overload in typing.get_overloads(func):
        variant = _signature(overload, bound)
        if variant is not None:
            yield (
                f"{path} overload: {tt.parameters(variant, module)}{tt.returns(variant, module)}"
            )
    for param in params:
        yield f"{path}{tt.parameter_alone(param, module)}"


def _is_async(func: object) -> bool:
    return inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func)


def _property_lines(path: str, static: object, tt: TypeText) -> Iterator[str]:
    if isinstance(static, property):
        getter, label = static.fget, "property" if static.fset is None else "settable property"
    else:
        assert isinstance(static, functools.cached_property)
        getter, label = static.func, "cached property"
    returns = ""
    if getter is not None:
        signature = _signature(getter, bound=True)
        if signature is not None:
            returns = tt.returns(signature, getter.__module__).replace(" -> ", ": ", 1)
    yield f"{path}{returns} [{label}]"


def _member_lines(
    prefix: str, member: _Member, tt: TypeText, skip_fields: bool = False
) -> Iterator[str]:
    path = f"{prefix}.{member.name}"
    static = member.static
    func, bound, label = _function_of(static)
    if func is not None:
        yield from _function_lines(path, func, bound, tt, label)
    elif isinstance(static, property | functools.cached_property):
        yield from _property_lines(path, static, tt)
    elif isinstance(static, type):
        yield f"{path}: {_kind(static, tt)}"
    elif not skip_fields:
        annotation = _attribute_type(member, tt)
        if isinstance(static, _AnnotatedOnly) or inspect.ismemberdescriptor(static):
            yield f"{path}{annotation}"
        elif callable(static) or hasattr(static, "__get__"):
            yield f"{path}{annotation} [{type(static).__qualname__}]"
        else:
            yield f"{path}{annotation} = {tt.default(static)}"


def _class_lines(cls: type, public_classes: set[type], tt: TypeText) -> Iterator[str]:
    """A public class that is not a model: its constructor and members (a dataclass: its fields
    instead of its constructor)."""
    name = tt.display(cls)
    fields: set[str] = set()
    if dataclasses.is_dataclass(cls):
        fields = {f.name for f in dataclasses.fields(cls)}
        yield from _dataclass_lines(cls, tt)
    members = _members(cls, public_classes)
    init = next((m for m in members if m.name == "__init__"), None)
    init_static = vars(cls).get("__init__") if init is None else init.static
    if not fields and inspect.isfunction(init_static) and _ours(init_static.__module__):
        yield from _function_lines(name, init_static, True, tt)
    elif not fields and _owns_init(cls, public_classes):
        signature = _signature(cls, bound=False)
        if signature is not None:
            yield f"{name}(...)" if signature.parameters else f"{name}()"
            for param in signature.parameters.values():
                yield f"{name}{tt.parameter_alone(param, cls.__module__)}"
    for member in members:
        if member.name in fields:
            continue
        yield from _member_lines(name, member, tt)


def _owns_init(cls: type, public_classes: set[type]) -> bool:
    """``__init__`` comes from a private base of the SDK (not from a public one, nor object)."""
    for klass in cls.__mro__:
        if "__init__" in vars(klass):
            return (klass is cls or klass not in public_classes) and _ours(klass.__module__)
    return False


def _dataclass_lines(cls: type, tt: TypeText) -> Iterator[str]:
    annotations = _annotations(cls)
    for f in sorted(dataclasses.fields(cls), key=lambda f: f.name):
        annotation, module = annotations.get(f.name, (f.type, cls.__module__))
        text = f"{tt.display(cls)}.{f.name}: {tt.annotation(annotation, module)}"
        if f.default is not dataclasses.MISSING:
            text += f" = {tt.default(f.default)}"
        elif f.default_factory is not dataclasses.MISSING:
            text += f" = {_value_text(f.default_factory)}()"
        else:
            text += " (required)"
        yield text


def _annotations(cls: type) -> dict[str, tuple[object, str]]:
    """Each attribute's annotation as written (a string, with ``from __future__ import
    annotations``) and the module to resolve it in: the class's that declares it. One
    annotation that cannot be resolved does not hide the others (as with get_type_hints)."""
    found: dict[str, tuple[object, str]] = {}
    for klass in reversed(cls.__mro__):
        for name, annotation in inspect.get_annotations(klass).items():
            found[name] = (annotation, klass.__module__)
    return found


def _hints(cls: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(cls, include_extras=True)
    except Exception:
        return {}


# --- models, enums, TypedDicts ----------------------------------------------------------------


def _model_lines(cls: type, exported: Mapping[type, list[str]], tt: TypeText) -> Iterator[str]:
    name = tt.display(cls)
    modules = sorted(set(exported.get(cls, ())))
    where = f"in {', '.join(modules)}" if modules else "reached, not exported"
    yield f"{name}: {_kind(cls, tt)}, {where}"
    if issubclass(cls, enum.Enum):
        for member_name, member in sorted(cls.__members__.items()):
            yield f"{name}.{member_name} = {_value_text(member.value)}"
        return
    annotations = _annotations(cls)
    wire = dict(getattr(cls, "_fields", ()) or ())
    for field in sorted(attrs.fields(typing.cast(Any, cls)), key=lambda f: f.name):
        if field.name.startswith("_"):
            continue
        annotation, module = annotations.get(field.name, (field.type, cls.__module__))
        text = f"{name}.{field.name}: {tt.annotation(annotation, module)}"
        if field.default is attrs.NOTHING:
            text += " (required)"
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            text += f" = {_value_text(field.default.factory)}()"
        else:
            text += f" = {tt.default(field.default)}"
        key = wire.get(field.name, field.name)
        if key != field.name:
            text += f" (wire name {key!r})"
        yield text


def _typeddict_lines(cls: type, tt: TypeText) -> Iterator[str]:
    name = tt.display(cls)
    yield f"{name}: TypedDict"
    hints = _hints(cls) or dict(cls.__annotations__)
    # A key is required if written ``Required[...]``, or if the class says so and it is not
    # written ``NotRequired[...]`` (Python 3.11 misses ``Required`` in string annotations).
    listed: frozenset[str] = getattr(cls, "__required_keys__", frozenset())
    for key in sorted(hints):
        annotation = hints[key]
        required = key in listed
        while typing.get_origin(annotation) in (typing.Required, typing.NotRequired):
            required = typing.get_origin(annotation) is typing.Required
            annotation = typing.get_args(annotation)[0]
        text = f"{name}[{key!r}]: {tt.annotation(annotation, cls.__module__)}"
        yield text + (" (required)" if required else "")


# --- the clients ------------------------------------------------------------------------------


def _resource_bases() -> tuple[type, ...]:
    from together_facade import _resource

    return tuple(getattr(_resource, n) for n in _resource.__all__ if n.endswith("APIResource"))


def _view_bases() -> tuple[type, ...]:
    from together_facade import _resource

    return tuple(getattr(_resource, n) for n in _resource.__all__ if n.endswith("Responses"))


def _client_lines(client: object, public_classes: set[type], tt: TypeText) -> Iterator[str]:
    cls = type(client)
    name = tt.display(cls)
    init = vars(cls).get("__init__")
    if inspect.isfunction(init):
        yield from _function_lines(name, init, True, tt)
    yield from _object_lines(name, client, public_classes, tt)


def _object_lines(path: str, obj: object, public_classes: set[type], tt: TypeText) -> Iterator[str]:
    """The public members of a client or an API area, API areas walked into."""
    resources = _resource_bases()
    views = _view_bases()
    members = {m.name: m for m in _members(type(obj), public_classes)}
    # Attributes set on the instance (not the class) count too.
    for name in sorted(vars(obj)):
        if _public(name) and name not in members:
            members[name] = _Member(name, _ANNOTATED_ONLY, type(obj))
    for name in sorted(members):
        member = members[name]
        if name == "__init__":
            continue
        if _function_of(member.static)[0] is not None or isinstance(member.static, property):
            yield from _member_lines(path, member, tt)
            continue
        try:
            value = getattr(obj, name)
        except Exception:
            value = None
        if isinstance(value, views):
            continue  # listed once, on the area's own line
        if isinstance(value, resources):
            area = f"{path}.{name}"
            view_names = sorted(
                n
                for n in dir(type(value))
                if not n.startswith("_") and isinstance(getattr(value, n, None), views)
            )
            shown = f"; views: {', '.join(view_names)}" if view_names else ""
            yield f"{area}: {tt.class_name(type(value))} [API area{shown}]"
            yield from _object_lines(area, value, public_classes, tt)
        else:
            yield from _member_lines(path, member, tt)


def _clients() -> list[object]:
    import together_facade

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [
            together_facade.Together(api_key="x", base_url="http://127.0.0.1:9"),
            together_facade.AsyncTogether(api_key="x", base_url="http://127.0.0.1:9"),
        ]


def _close(clients: Iterable[object]) -> None:
    for client in clients:
        result = client.close()  # type: ignore[attr-defined]
        if inspect.isawaitable(result):
            asyncio.run(_wait(result))


async def _wait(awaitable: typing.Awaitable[object]) -> None:
    await awaitable


# --- the whole text ---------------------------------------------------------------------------


def render() -> str:
    """The public surface as text (deterministic: no addresses, set orders or paths).

    Classes are named bare (``FileResponse``) unless two of the SDK's classes that the text
    names have the same name: those are written with their module, found by a first pass."""
    text, named = _render(frozenset())
    by_name: dict[str, set[type]] = {}
    for cls in named:
        by_name.setdefault(cls.__qualname__, set()).add(cls)
    clashes = frozenset(c for group in by_name.values() if len(group) > 1 for c in group)
    return _render(clashes)[0] if clashes else text


def _render(qualify: frozenset[type]) -> tuple[str, set[type]]:
    """The text, and the SDK's classes it names."""
    tt = TypeText(qualify)
    modules = _modules()
    exported_models: dict[type, list[str]] = {}
    public_classes: set[type] = set()
    functions: list[tuple[str, Callable[..., Any]]] = []
    names: list[str] = []
    areas = _resource_bases()
    for module in modules:
        if isinstance(module, str):
            names.append(f"\n[names: {module}]\n{module}: module that fails to import")
            continue
        names.append(f"\n[names: {module.__name__}]")
        for name, value in _public_names(module):
            qualified = f"{module.__name__}.{name}"
            if isinstance(value, type) and _is_model(value):
                exported_models.setdefault(value, []).append(module.__name__)
            if (isinstance(value, type) or inspect.isfunction(value)) and value.__name__ != name:
                names.append(f"{qualified}: alias of {_alias_target(value, tt)}")
                continue
            names.append(f"{qualified}: {_kind(value, tt)}")
            if isinstance(value, type) and not _is_model(value):
                if not issubclass(value, areas):  # API areas: under the clients
                    public_classes.add(value)
            elif inspect.isfunction(value):
                functions.append((qualified, value))

    clients = _clients()
    try:
        client_sections: list[str] = []
        for client in clients:
            client_sections.append(f"\n[client: {type(client).__qualname__}]")
            client_sections.extend(_client_lines(client, public_classes, tt))
    finally:
        _close(clients)

    # Everything a line above reaches is described too: the public classes, the models and
    # TypedDicts (exported, or reached through a signature or a field), and the SDK's base
    # classes of the models (``Model``: ``to_dict()``...), until no new one turns up.
    client_types = {type(c) for c in clients}
    described: dict[type, list[str]] = {}
    while True:
        todo = [
            c
            for c in _to_describe(public_classes - client_types, exported_models, tt.seen)
            if c not in described
        ]
        if not todo:
            break
        listed = public_classes | set(described) | set(todo)  # these have lines of their own
        for cls in sorted(todo, key=_sort_key):
            if typing.is_typeddict(cls):
                described[cls] = list(_typeddict_lines(cls, tt))
            elif _is_model(cls):
                described[cls] = list(_model_lines(cls, exported_models, tt))
            else:
                lines = list(_class_lines(cls, listed, tt))
                if cls not in public_classes:
                    lines.insert(0, f"{tt.display(cls)}: {_kind(cls, tt)}, reached, not exported")
                described[cls] = lines

    classes = ["\n[classes and functions]"]
    models = ["\n[result models and enums]"]
    dicts = ["\n[request dicts]"]
    for cls in sorted(described, key=_sort_key):
        if typing.is_typeddict(cls):
            dicts.extend(described[cls])
        elif _is_model(cls):
            models.extend(described[cls])
        else:
            classes.extend(described[cls])
    for qualified, func in sorted(functions):
        classes.extend(_function_lines(qualified, func, False, tt))

    parts = [HEADER, *names, *classes, *models, *dicts, *client_sections]
    named = {c for c in tt.seen | set(described) if _ours(c.__module__)}
    return "\n".join(parts) + "\n", named


def _to_describe(public: set[type], exported: Iterable[type], seen: set[type]) -> set[type]:
    """The classes with lines of their own, as far as they are known now."""
    found = set(public) | set(exported)
    found |= {c for c in seen if _ours(c.__module__) and (_is_model(c) or typing.is_typeddict(c))}
    for model in [c for c in found if _is_model(c)]:
        found |= {
            base
            for base in model.__mro__[1:]
            if _ours(base.__module__) and not _is_model(base) and base is not object
        }
    return found


def _alias_target(value: object, tt: TypeText) -> str:
    if isinstance(value, type):
        return tt.class_name(value)
    return f"{getattr(value, '__module__', '?')}.{getattr(value, '__qualname__', '?')}"


def _sort_key(cls: type) -> tuple[str, str]:
    return (cls.__qualname__, cls.__module__)


# --- command line -----------------------------------------------------------------------------


def diff(old: str, new: str) -> str:
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile="tests/api-surface.txt (committed)",
            tofile="tests/api-surface.txt (now)",
        )
    )


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help=f"rewrite {SNAPSHOT.name}")
    group.add_argument("--check", action="store_true", help=f"exit 1 if {SNAPSHOT.name} is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.write:
        SNAPSHOT.write_text(text, encoding="utf-8")
        print(f"wrote {_shown(SNAPSHOT)} ({text.count(chr(10))} lines)")
        return 0
    if args.check:
        old = SNAPSHOT.read_text(encoding="utf-8") if SNAPSHOT.exists() else ""
        if old == text:
            print(f"{_shown(SNAPSHOT)} is up to date")
            return 0
        sys.stdout.write(diff(old, text))
        print(
            f"\n{_shown(SNAPSHOT)} is stale: run `python scripts/surface.py --write` "
            "(make surface) and review the diff",
            file=sys.stderr,
        )
        return 1
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
