"""A client's configuration: its options, their defaults, and the checks that refuse bad ones.

Every option is checked when the client is built, so that a mistake (a timeout that is not a
number, a ``base_url`` that no request could reach) is reported at once, naming the option and
what to pass, instead of as a failed request later.
"""

from __future__ import annotations

import ipaddress
import math
import os
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from ._body import ACCEPT_ENCODING
from ._exceptions import InvalidRequestError, InvalidTypeError
from ._json import JSONCodec, codec
from ._retries import RetryPolicy
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ClientConfig",
    "InsecureBaseURLWarning",
    "as_timeout",
    "changed_config",
    "new_config",
]

API_PATH = "/v1"  # what a base URL naming only a host means
DEFAULT_BASE_URL = "https://api.together.xyz" + API_PATH
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
#: The longest one call may take, every attempt, backoff and the reading of its answer (a
#: stream's too) included: 30 minutes. A long answer of a slow model (32k tokens at 20 tokens a
#: second) takes under 27; a call still running after 30 is stuck. Transfers to and from disk
#: (uploads, downloads) have none unless one is passed to the call: they can take hours.
DEFAULT_DEADLINE = 1800.0
#: The longest a stream may go without an event, keep-alive comments not counting: 5 minutes.
#: The first token of a hosted model, even after a long prompt or in a queue, comes well within
#: it; the tokens after it come seconds apart.
DEFAULT_STREAM_IDLE_TIMEOUT = 300.0
#: The largest answer read into memory, counted after decompression: 256 MiB (the largest real
#: answers, embeddings of a full batch, are tens of MiB).
DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024
#: The largest server-sent event of a stream (and its lines cap at 4 MiB or this, if smaller):
#: 16 MiB (a real chunk is under 10 KiB).
DEFAULT_MAX_EVENT_BYTES = 16 * 1024 * 1024


class InsecureBaseURLWarning(UserWarning):
    """The client sends its API key over plain http to a host that is not this machine."""


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Everything a client needs besides its HTTP connection pool. ``with_options`` copies it."""

    api_key: str = field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    default_headers: Mapping[str, str]
    json: JSONCodec
    deadline: float | None = DEFAULT_DEADLINE  # None: no limit
    stream_idle_timeout: float | None = DEFAULT_STREAM_IDLE_TIMEOUT
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES
    sensitive_headers: frozenset[str] = frozenset()  # lower case, beside the usual ones
    headers: Mapping[str, str] = field(init=False, repr=False)
    """The headers of every request to the API, computed once."""

    def __post_init__(self) -> None:
        headers = {
            "Authorization": f"Bearer {self.api_key}",
            "User-Agent": user_agent(),
            "Accept-Encoding": ACCEPT_ENCODING,
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
    **limits: Any,
) -> ClientConfig:
    """The configuration of a new client; the environment fills in what is not given, the
    defaults the rest (``limits``: the options of ``changed_config``'s second half)."""
    config = ClientConfig(
        api_key=resolve_api_key(api_key),
        base_url=resolve_base_url(base_url),
        timeout=DEFAULT_TIMEOUT if timeout is None else as_timeout(timeout),
        retry=RetryPolicy(max_retries=check_max_retries(max_retries)),
        default_headers=check_headers(default_headers or {}, "default_headers"),
        json=codec(json_backend),
    )
    config = (
        changed_config(config, **limits) if any(v is not None for v in limits.values()) else config
    )
    warn_if_insecure(config, stacklevel=5)  # the line that built the client
    return config


def changed_config(config: ClientConfig, **given: Any) -> ClientConfig:
    """``config`` with the options that were given (an option given as None keeps its value)."""
    updates: dict[str, Any] = {}
    if given.get("api_key") is not None:
        updates["api_key"] = resolve_api_key(given["api_key"])
    if given.get("base_url") is not None:
        updates["base_url"] = resolve_base_url(given["base_url"])
    if given.get("timeout") is not None:
        updates["timeout"] = as_timeout(given["timeout"])
    retry: dict[str, Any] = {}
    if given.get("max_retries") is not None:
        retry["max_retries"] = check_max_retries(given["max_retries"])
    for option, name in (
        ("initial_retry_delay", "initial_delay"),
        ("max_retry_delay", "max_delay"),
    ):
        if given.get(option) is not None:
            retry[name] = check_seconds(given[option], option)
    if retry:
        policy = replace(config.retry, **retry)
        if policy.initial_delay > policy.max_delay:
            raise InvalidRequestError(
                f"initial_retry_delay ({policy.initial_delay:g} s) must not exceed "
                f"max_retry_delay ({policy.max_delay:g} s)"
            )
        updates["retry"] = policy
    for option in ("deadline", "stream_idle_timeout"):
        if given.get(option) is not None:
            updates[option] = check_limit(given[option], option)
    for option in ("max_response_bytes", "max_event_bytes"):
        if given.get(option) is not None:
            updates[option] = check_size(given[option], option)
    if given.get("sensitive_headers") is not None:
        updates["sensitive_headers"] = config.sensitive_headers | check_names(
            given["sensitive_headers"]
        )
    if given.get("default_headers") is not None:
        headers = check_headers(given["default_headers"], "default_headers")
        updates["default_headers"] = {**config.default_headers, **headers}
    if given.get("json_backend") is not None:
        updates["json"] = codec(given["json_backend"])
    changed = replace(config, **updates)
    if "base_url" in updates or "api_key" in updates:
        warn_if_insecure(changed, stacklevel=4)  # the line that called with_options
    return changed


def warn_if_insecure(config: ClientConfig, stacklevel: int) -> None:
    """Warn (``InsecureBaseURLWarning``) when the key would cross a network in the clear: an
    ``http://`` base URL on a host that is not this machine. Not refused: a self-hosted server
    (vLLM, llama.cpp) on a private network is often plain http, and often takes any key."""
    url = httpx.URL(config.base_url)
    if url.scheme == "http" and not is_loopback(url.host):
        warnings.warn(
            f"base_url {config.base_url!r} is plain http on another machine: the API key is sent "
            "unencrypted to it. Use https:// unless this is a trusted private network.",
            InsecureBaseURLWarning,
            stacklevel=stacklevel,
        )


def is_loopback(host: str) -> bool:
    """``localhost`` or a loopback address (127.0.0.0/8, ::1)."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_limit(value: object, name: str) -> float | None:
    """A limit in seconds: a positive number, or ``float("inf")`` for none (read as None)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value == math.inf:
        return None
    return check_seconds(value, name, "float('inf') for no limit")


def check_size(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(f"{name} must be a whole number of bytes, got {value!r}")
    if value < 1024:
        raise InvalidRequestError(f"{name} must be at least 1024 bytes, got {value}")
    return value


def check_names(value: object) -> frozenset[str]:
    """Header names to redact beside the usual ones (``sensitive_headers``)."""
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidTypeError(f"sensitive_headers must be a list of header names, got {value!r}")
    names = list(value)
    for name in names:
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise InvalidRequestError(f"sensitive_headers: {name!r} is not a header name")
    return frozenset(n.lower() for n in names)


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
    if transport == "aiohttp" and client == "Together":
        raise InvalidRequestError(
            'Together(transport="aiohttp"): aiohttp is asynchronous; it is AsyncTogether\'s '
            'option (AsyncTogether(transport="aiohttp"))'
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
