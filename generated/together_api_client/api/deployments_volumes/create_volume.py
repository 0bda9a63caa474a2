from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_volume_request import CreateVolumeRequest
from ...models.create_volume_response_400 import CreateVolumeResponse400
from ...models.create_volume_response_500 import CreateVolumeResponse500
from ...models.volume_response_item import VolumeResponseItem
from ...types import Response


def _get_kwargs(
    *,
    body: CreateVolumeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployments/storage/volumes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateVolumeResponse400 | CreateVolumeResponse500 | VolumeResponseItem | None:
    if response.status_code == 200:
        response_200 = VolumeResponseItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateVolumeResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = CreateVolumeResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateVolumeResponse400 | CreateVolumeResponse500 | VolumeResponseItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVolumeRequest,
) -> Response[CreateVolumeResponse400 | CreateVolumeResponse500 | VolumeResponseItem]:
    """Create a new volume

     Create a new volume to preload files in deployments

    Args:
        body (CreateVolumeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVolumeResponse400 | CreateVolumeResponse500 | VolumeResponseItem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVolumeRequest,
) -> CreateVolumeResponse400 | CreateVolumeResponse500 | VolumeResponseItem | None:
    """Create a new volume

     Create a new volume to preload files in deployments

    Args:
        body (CreateVolumeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVolumeResponse400 | CreateVolumeResponse500 | VolumeResponseItem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVolumeRequest,
) -> Response[CreateVolumeResponse400 | CreateVolumeResponse500 | VolumeResponseItem]:
    """Create a new volume

     Create a new volume to preload files in deployments

    Args:
        body (CreateVolumeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVolumeResponse400 | CreateVolumeResponse500 | VolumeResponseItem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVolumeRequest,
) -> CreateVolumeResponse400 | CreateVolumeResponse500 | VolumeResponseItem | None:
    """Create a new volume

     Create a new volume to preload files in deployments

    Args:
        body (CreateVolumeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVolumeResponse400 | CreateVolumeResponse500 | VolumeResponseItem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
