from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.finetune_response_truncated import FinetuneResponseTruncated
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fine-tunes/{id}/cancel".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FinetuneResponseTruncated | None:
    if response.status_code == 200:
        response_200 = FinetuneResponseTruncated.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | FinetuneResponseTruncated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | FinetuneResponseTruncated]:
    """Cancel job

     Cancel a currently running fine-tuning job. Returns a FinetuneResponseTruncated object.

    Args:
        id (str): Fine-tune ID to cancel. A string that starts with `ft-`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FinetuneResponseTruncated]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | FinetuneResponseTruncated | None:
    """Cancel job

     Cancel a currently running fine-tuning job. Returns a FinetuneResponseTruncated object.

    Args:
        id (str): Fine-tune ID to cancel. A string that starts with `ft-`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FinetuneResponseTruncated
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | FinetuneResponseTruncated]:
    """Cancel job

     Cancel a currently running fine-tuning job. Returns a FinetuneResponseTruncated object.

    Args:
        id (str): Fine-tune ID to cancel. A string that starts with `ft-`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FinetuneResponseTruncated]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | FinetuneResponseTruncated | None:
    """Cancel job

     Cancel a currently running fine-tuning job. Returns a FinetuneResponseTruncated object.

    Args:
        id (str): Fine-tune ID to cancel. A string that starts with `ft-`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FinetuneResponseTruncated
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
