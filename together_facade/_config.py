"""A client's configuration: its options, their defaults, and the checks that refuse bad ones.

Every option is checked when the client is built, so that a mistake (a timeout that is not a
number, a ``base_url`` that no request could reach) is reported at once, naming the option and
what to pass, instead of as a failed request later.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from ._exceptions import InvalidRequestError, InvalidTypeError
from ._json import JSONCodec, codec
from ._retries import RetryPolicy
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ClientConfig",
    "as_timeout",
    "changed_config",
    "new_config",
]

API_PATH = "/v1"  # what a base URL naming only a host means
DEFAULT_BASE_URL = "https://api.together.xyz" + API_PATH
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Everything a client needs besides its HTTP connection pool. ``with_options`` copies it."""

    api_key: str = field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    default_headers: Mapping[str, str]
    json: JSONCodec
    headers: Mapping[str, str] = field(init=False, repr=False)
    """The headers of every request to the API, computed once."""

    def __post_init__(self) -> None:
        headers = {
            "Authorization": f"Bearer {self.api_key}",
            "User-Agent": user_agent(),
            **self.default_headers,
        }
        object.__setattr__(self, "headers", headers)


def user_agent() -> str:
    return f"together-facade/{__version__} httpx/{httpx.__version__}"


def new_config(
    *,
    api_key: str | None,
    base_url: str | httpx.URL | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    json_backend: str | None,
) -> ClientConfig:
    """The configuration of a new client; the environment fills in what is not given."""
    return ClientConfig(
        api_key=resolve_api_key(api_key),
        base_url=resolve_base_url(base_url),
        timeout=DEFAULT_TIMEOUT if timeout is None else as_timeout(timeout),
        retry=RetryPolicy(max_retries=check_max_retries(max_retries)),
        default_headers=check_headers(default_headers or {}, "default_headers"),
        json=codec(json_backend),
    )


def changed_config(config: ClientConfig, **given: Any) -> ClientConfig:
    """``config`` with the options that were given (an option given as None keeps its value)."""
    updates: dict[str, Any] = {}
    if given.get("api_key") is not None:
        updates["api_key"] = resolve_api_key(given["api_key"])
    if given.get("base_url") is not None:
        updates["base_url"] = resolve_base_url(given["base_url"])
    if given.get("timeout") is not None:
        updates["timeout"] = as_timeout(given["timeout"])
    if given.get("max_retries") is not None:
        updates["retry"] = RetryPolicy(max_retries=check_max_retries(given["max_retries"]))
    if given.get("default_headers") is not None:
        headers = check_headers(given["default_headers"], "default_headers")
        updates["default_headers"] = {**config.default_headers, **headers}
    if given.get("json_backend") is not None:
        updates["json"] = codec(given["json_backend"])
    return replace(config, **updates)


_KEY = re.compile(r"[\x21-\x7e]+")


def resolve_api_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get("TOGETHER_API_KEY")
    if key is not None and not isinstance(key, str):
        raise InvalidTypeError(f"api_key must be a string, got {type(key).__name__}")
    key = key.strip() if key else key  # a key read from a file keeps its newline
    if not key:
        raise InvalidRequestError(
            "No API key: pass api_key=... to the client or set the TOGETHER_API_KEY environment "
            "variable (keys are at https://api.together.ai/settings/api-keys)."
        )
    if not _KEY.fullmatch(key):
        raise InvalidRequestError(  # never quote the key: it is a secret
            "The API key has characters a key cannot have (spaces, control characters or "
            "non-ASCII); check that api_key or TOGETHER_API_KEY holds the whole key and only it."
        )
    return key


def resolve_base_url(base_url: str | httpx.URL | None) -> str:
    """The API's root URL (``.../v1``), without a trailing slash; refused unless http(s).

    A URL with no path (a host, with or without a trailing ``/``) means the API's ``/v1`` on
    that host: ``https://api.together.xyz`` and ``https://api.together.xyz/v1`` are the same.
    Any other path is kept as given (a proxy at ``https://proxy.example/together/v1``).
    """
    source = "base_url"
    if base_url is None or base_url == "":
        base_url = os.environ.get("TOGETHER_BASE_URL") or DEFAULT_BASE_URL
        source = "TOGETHER_BASE_URL"
    if not isinstance(base_url, str | httpx.URL):
        raise InvalidTypeError(f"base_url must be a string, got {type(base_url).__name__}")
    text = str(base_url).strip().rstrip("/")
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise _bad_base_url(source, text, f"it cannot be parsed ({exc})") from exc
    if url.scheme not in ("http", "https"):
        raise _bad_base_url(source, text, "only http:// and https:// URLs can be reached")
    if not url.host:
        raise _bad_base_url(source, text, "it names no host")
    if url.port is not None and not 0 < url.port < 65536:
        raise _bad_base_url(source, text, f"port {url.port} does not exist")
    if url.query or url.fragment:
        raise _bad_base_url(source, text, "it must not have a query or a fragment")
    if url.path in ("", "/"):
        return text + API_PATH
    return text


def _bad_base_url(source: str, value: str, why: str) -> InvalidRequestError:
    return InvalidRequestError(
        f"{source} {value!r} is not usable: {why}. Pass the API's root URL, such as "
        f"{DEFAULT_BASE_URL!r} (or only its host: {DEFAULT_BASE_URL.removesuffix(API_PATH)!r})."
    )


def as_timeout(value: object, name: str = "timeout") -> httpx.Timeout:
    """A number of seconds sets the read, write and pool timeouts; connecting keeps its own
    (shorter) default. An ``httpx.Timeout`` is used as it is."""
    if isinstance(value, httpx.Timeout):
        return value
    seconds = check_seconds(
        value,
        name,
        "for no limit at all, pass httpx.Timeout(None)",
        kinds="a number of seconds or an httpx.Timeout",
    )
    return httpx.Timeout(seconds, connect=min(seconds, DEFAULT_TIMEOUT.connect or seconds))


def check_seconds(
    value: object, name: str, hint: str = "", kinds: str = "a number of seconds"
) -> float:
    """``value`` as a positive, finite number of seconds, or an error naming ``name`` (of the
    wrong type: saying it must be ``kinds``)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidTypeError(f"{name} must be {kinds}, got {value!r}")
    try:
        seconds = float(value)
    except OverflowError:
        seconds = math.inf
    if not (seconds > 0 and math.isfinite(seconds)):
        extra = f" ({hint})" if hint else ""
        raise InvalidRequestError(
            f"{name} must be a positive, finite number of seconds, got {value!r}{extra}"
        )
    return seconds


def check_callable(value: object, name: str, shape: str) -> None:
    """Refuse a callback that cannot be called (``shape`` says what it is called with)."""
    if value is not None and not callable(value):
        raise InvalidTypeError(f"{name} must be a function of {shape}, got {value!r}")


def check_max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(f"max_retries must be a whole number, got {value!r}")
    if value < 0:
        raise InvalidRequestError(f"max_retries must be 0 or more, got {value}")
    return value


# A header name is a token (RFC 9110 5.1); a value is visible ASCII, spaces and tabs (httpx
# sends header values as ASCII; CR, LF and NUL would split or end the header).
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_VALUE = re.compile(r"[\t\x20-\x7e]*")


def check_headers(headers: object, name: str) -> dict[str, str]:
    """``headers`` as a dict of strings that can be sent, or an error naming the header that
    cannot (its value is never quoted: it may be a credential)."""
    if not isinstance(headers, Mapping):
        raise InvalidTypeError(f"{name} must be a mapping of header names to strings")
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise InvalidTypeError(
                f"{name}: header {key!r} must be a string with a string value, got a "
                f"{type(value).__name__}"
            )
        if not _TOKEN.fullmatch(key):
            raise InvalidRequestError(
                f"{name}: {key!r} is not a header name (letters, digits and !#$%&'*+-.^_`|~ only)"
            )
        if not _VALUE.fullmatch(value):
            raise InvalidRequestError(
                f"{name}: the value of header {key!r} has characters a header cannot carry (line "
                "breaks, control characters or non-ASCII); encode it first"
            )
    return dict(headers)


def check_pool(
    http_client: object, transport: object, pool: type, transport_type: type, client: str
) -> None:
    """Refuse a pool or transport of the other kind (a sync ``httpx.Client`` given to
    ``AsyncTogether`` is the usual slip) before any request is tried with it."""
    if http_client is not None and not isinstance(http_client, pool):
        raise InvalidTypeError(
            f"{client}(http_client=...) takes an {pool.__module__}.{pool.__name__}, got "
            f"{type(http_client).__name__}"
        )
    if transport is not None and not isinstance(transport, transport_type):
        raise InvalidTypeError(
            f"{client}(transport=...) takes an {transport_type.__module__}."
            f"{transport_type.__name__}, got {type(transport).__name__}"
        )
    if http_client is not None and transport is not None:
        raise InvalidRequestError(
            f"{client}: pass either http_client or transport, not both (a transport of your "
            "own goes in your httpx client: httpx.Client(transport=...))."
        )
