"""Run openapi-python-client and report each of its warnings in full, as one object per warning.

    python scripts/genrun.py PATCHED.json OUT   # generate into OUT; print warnings, exit 1 if any

``run_generator`` runs the pinned generator in a subprocess, like its command line does, but the
subprocess is this very file (``--child``): it calls ``openapi_python_client.generate`` itself and
hands the errors it returns back as JSON, so nothing depends on parsing the CLI's printed report
(which runs warnings together, and drops or garbles some of them).

Before generating, the child makes the generator's error *texts* readable, and nothing else:

- ``UntrustedString`` and ``Ref`` (names and ``$ref``s from the spec) print their value where the
  generator's messages interpolate them; they printed an object address before.
- "Invalid property in union X" names the member that failed and its own error, which the union
  builder drops (``UnionProperty.build`` only keeps the member's schema).
- "Unable to process schema X" names the class the model was to become when X is a bare property
  name (inline models are named "data", "item", ...).

The generated files are byte-identical to the CLI's (tests/scripts/test_genrun.py checks it).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = ROOT / "scripts" / "codegen"
SCHEMA_LIMIT = 200  # characters of the offending schema kept in a warning

_REMOVAL = "\n\nFailure to process schema has resulted in the removal of:"
# The headers the generator's errors carry when the code that made them set none: they say nothing.
_DEFAULT_HEADERS = (
    "Unable to generate the client",
    "Unable to parse this part of your OpenAPI document:",
    "Problem creating a Property:",
    "Problem creating a Parameter:",
)
_ENDPOINT = re.compile(
    r"WARNING parsing (?P<method>[A-Z]+) (?P<path>.*) within (?P<tags>\S*)\."
    r"(?P<skipped> Endpoint will not be generated\.)?"
)
# Set by the child on the generator's errors: the class an inline model was to become, and
# whether the error's text names the property it is about.
_MODEL_ATTRIBUTE = "_genrun_class_name"
_NAMED_ATTRIBUTE = "_genrun_named"


class GeneratorCrashed(RuntimeError):
    """The generator (or the child process running it) failed without a report."""


@dataclass(frozen=True)
class GeneratorWarning:
    """One problem the generator reported.

    ``where`` is the place in the spec ("POST /fine-tunes", "/components/schemas/X"), ``what`` the
    generator's header (less the consequence, which is in ``consequence``), ``cause`` its detail,
    ``schema`` the offending schema as one line of JSON (cut to about SCHEMA_LIMIT characters) or
    None, and ``consequence`` what the generated client lacks because of it.
    """

    where: str
    what: str
    cause: str
    schema: str | None
    consequence: str

    def __str__(self) -> str:
        first = (
            self.what if not self.where or self.where in self.what else f"{self.where}: {self.what}"
        )
        lines = [f"{first}: {self.consequence}"]
        if self.cause:
            lines.append(f"    cause: {self.cause}")
        if self.schema is not None:
            lines.append(f"    schema: {self.schema}")
        return "\n".join(lines)


# --- the parent: run the child and turn its report into warnings ---------------------------------


def run_generator(
    spec_json: Path,
    output: Path,
    config: Path = CODEGEN / "config.yaml",
    templates: Path = CODEGEN / "templates",
) -> list[GeneratorWarning]:
    """Generate the client for ``spec_json`` into ``output``; return every warning, in order.

    Raise GeneratorCrashed if the generator could not report (the child died or said nothing).
    """
    env = {
        **os.environ,
        # The generator orders some properties by iterating a set: fix the hash seed so that the
        # output is the same on every run and machine.
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "NO_COLOR": "1",
        "TERM": "dumb",
    }
    cmd = [
        sys.executable,
        "-P",  # scripts/ (this file's folder) stays off sys.path in the child
        str(Path(__file__).resolve()),
        "--child",
        "--config",
        str(config.resolve()),
        "--templates",
        str(templates.resolve()),
        str(spec_json.resolve()),
        str(output.resolve()),
    ]
    result = subprocess.run(
        cmd, env=env, capture_output=True, text=True, encoding="utf-8", check=False
    )
    try:
        if result.returncode != 0:
            raise ValueError(f"exit status {result.returncode}")
        reported = json.loads(result.stdout)
    except ValueError as exc:
        raise GeneratorCrashed(
            f"the generator did not report ({exc}):\n{result.stderr.strip()[-4000:]}"
        ) from exc
    return [_warning(error) for error in reported]


def _one_line(text: str) -> str:
    return " / ".join(line.strip() for line in text.splitlines() if line.strip())


def _cut(schema: str | None) -> str | None:
    if schema is None or len(schema) <= SCHEMA_LIMIT:
        return schema
    return schema[: SCHEMA_LIMIT - 3] + "..."


def _warning(error: dict[str, Any]) -> GeneratorWarning:
    """A warning from one error as the child reports it (see _report)."""
    header = " ".join(str(error["header"]).split()).removesuffix(":")
    detail = str(error["detail"] or "")
    schema = _cut(error["schema"])
    removed: list[str] = []
    if _REMOVAL in detail:
        detail, _, listed = detail.partition(_REMOVAL)
        removed = [line.strip() for line in listed.splitlines() if line.strip()]
    cause = _one_line(detail)

    if error["level"] == "ERROR":
        return GeneratorWarning("", header, cause, schema, "client not generated")
    if endpoint := _ENDPOINT.fullmatch(header):
        where = f"{endpoint['method']} {endpoint['path']}"
        if endpoint["skipped"]:
            what = header.removesuffix(endpoint["skipped"]).removesuffix(".")
            return GeneratorWarning(where, what, cause, schema, "endpoint not generated")
        what = header.removesuffix(".")
        return GeneratorWarning(where, what, cause, schema, "endpoint generated without this part")
    for prefix, consequence in (
        ("Unable to parse schema ", "schema not generated"),
        ("Unable to parse parameter ", "parameter not generated"),
    ):
        if header.startswith(prefix):
            # The detail is "<inner header>: <inner detail>"; most inner headers are the default.
            for default in _DEFAULT_HEADERS:
                if cause.startswith(default):
                    cause = cause.removeprefix(default).lstrip(" :")
            return GeneratorWarning(header.removeprefix(prefix), header, cause, schema, consequence)
    if header.startswith("Unable to process schema "):
        where = header.removeprefix("Unable to process schema ")
        if error.get("class_name") and not where.startswith("/"):
            where = f"{where} (class {error['class_name']})"
            header = f"Unable to process schema {where}"
        others = [r for r in removed if r != where]
        consequence = "schema removed" + (f", and with it {', '.join(others)}" if others else "")
        return GeneratorWarning(where, header, cause, schema, consequence)
    if removed:
        cause = f"{cause} (removed: {', '.join(removed)})"
    return GeneratorWarning("", header, cause, schema, "part of the client may be missing")


# --- the child: generate in-process and report the errors as JSON --------------------------------


def _readable_errors() -> None:
    """Make the generator's error messages name things. Only messages change, never the output."""
    from openapi_python_client.parser import properties
    from openapi_python_client.parser.errors import PropertyError
    from openapi_python_client.parser.properties import model_property
    from openapi_python_client.parser.properties.union import UnionProperty
    from openapi_python_client.schema import UntrustedString
    from openapi_python_client.schema.ref import Ref

    # Both classes deliberately have no __str__ (so that raw spec text never lands in code by
    # accident); the messages that interpolate them showed "<... object at 0x7f...>" instead. In
    # 0.29.1 only messages do (union.py and list_property.py): the output cannot change, and the
    # tests check that it does not.
    def value(self: UntrustedString | Ref) -> str:
        return self.get_untrusted_value()

    def formatted(self: UntrustedString | Ref, spec: str) -> str:
        return format(self.get_untrusted_value(), spec)

    for cls in (UntrustedString, Ref):
        cls.__str__ = value  # type: ignore[assignment,method-assign]
        cls.__format__ = formatted  # type: ignore[assignment,method-assign]

    # UnionProperty.build returns "Invalid property in union X" as soon as a member fails, and
    # drops the member's error: remember the errors of property_from_data (which the union builder
    # imports from `properties` when it runs) by property name, and put the member's into the
    # union's message.
    failed: dict[str, PropertyError] = {}
    last_failed: list[str] = [""]
    build_property = properties.property_from_data

    def property_from_data(*args: Any, **kwargs: Any) -> Any:
        prop, schemas = build_property(*args, **kwargs)
        if isinstance(prop, PropertyError):
            name = kwargs["name"] if "name" in kwargs else args[0]
            key = name.get_untrusted_value() if isinstance(name, UntrustedString) else str(name)
            failed[key] = prop
            last_failed[0] = key
            if not getattr(prop, _NAMED_ATTRIBUTE, False):
                # The innermost property that failed made this error: name it (schemas named by
                # their path are named in the warning's header already).
                setattr(prop, _NAMED_ATTRIBUTE, True)
                if prop.detail and not key.startswith("/"):
                    prop.detail = f"property {key!r}: {prop.detail}"
        return prop, schemas

    properties.property_from_data = property_from_data

    build_union: Callable[..., Any] = UnionProperty.__dict__["build"].__func__

    def build(cls: type[UnionProperty], **kwargs: Any) -> Any:
        result, schemas = build_union(cls, **kwargs)
        union = kwargs["name"].get_untrusted_value()
        member = last_failed[0]
        if (
            isinstance(result, PropertyError)
            and (result.detail or "").startswith("Invalid property in union ")
            and member.startswith(f"{union}_")
            and member in failed
        ):
            # The union gives up on the first member that fails, right after building it: the
            # last property that failed is that member.
            cause = _cause(failed[member]).removeprefix(f"property {member!r}: ")
            result.detail = f"Invalid property in union {member!r}: {cause}"
            setattr(result, _NAMED_ATTRIBUTE, True)
        return result, schemas

    UnionProperty.build = classmethod(build)  # type: ignore[method-assign,assignment,arg-type]

    # Inline models are processed under their property name ("data"): note the class name too.
    process_model = model_property.process_model

    def process_named_model(model_prop: Any, **kwargs: Any) -> Any:
        result = process_model(model_prop, **kwargs)
        if isinstance(result, PropertyError):
            setattr(result, _MODEL_ATTRIBUTE, str(model_prop.class_info.name))
        return result

    # (setattr: `properties` imports process_model without re-exporting it)
    setattr(properties, "process_model", process_named_model)  # noqa: B010


def _cause(error: Any) -> str:
    """An error's own text: its header unless that is a default one, then its detail."""
    header = str(error.header).strip().removesuffix(":").strip()
    detail = error.detail
    if any(header == default.removesuffix(":") for default in _DEFAULT_HEADERS):
        return str(detail) if detail else header
    return f"{header}: {detail}" if detail else header


def _report(errors: Sequence[Any]) -> list[dict[str, Any]]:
    from openapi_python_client.parser.errors import ParseError

    report = []
    for error in errors:
        data = error.data if isinstance(error, ParseError) else None
        report.append(
            {
                "level": error.level.value,
                "header": error.header,
                "detail": error.detail,
                "schema": None
                if data is None
                else data.model_dump_json(exclude_unset=True, by_alias=True),
                "class_name": getattr(error, _MODEL_ATTRIBUTE, None),
            }
        )
    return report


def _child(spec: Path, output: Path, config_path: Path, templates: Path) -> int:
    """Generate as `openapi-python-client generate --meta none --overwrite` would; print errors."""
    import openapi_python_client
    from openapi_python_client.config import Config, ConfigFile, MetaType

    _readable_errors()
    config = Config.from_sources(
        ConfigFile.load_from_path(path=config_path),
        MetaType.NONE,
        spec,
        "utf-8",
        True,  # overwrite
        output_path=output,
    )
    # The generator prints progress ("Generating ...") on stdout, which carries the report here.
    with contextlib.redirect_stdout(sys.stderr):
        errors = openapi_python_client.generate(config=config, custom_template_path=templates)
    json.dump(_report(errors), sys.stdout)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("spec", type=Path, help="the (patched) OpenAPI document")
    parser.add_argument("output", type=Path, help="the package folder to generate")
    parser.add_argument("--config", type=Path, default=CODEGEN / "config.yaml")
    parser.add_argument("--templates", type=Path, default=CODEGEN / "templates")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args.spec, args.output, args.config, args.templates)
    try:
        warnings = run_generator(args.spec, args.output, args.config, args.templates)
    except GeneratorCrashed as exc:
        print(exc, file=sys.stderr)
        return 2
    for warning in warnings:
        print(warning)
    print(f"{len(warnings)} warning(s)", file=sys.stderr)
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main())
