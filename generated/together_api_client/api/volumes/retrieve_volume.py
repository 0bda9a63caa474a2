from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.retrieve_volume_response_404 import RetrieveVolumeResponse404
from ...models.retrieve_volume_response_500 import RetrieveVolumeResponse500
from ...models.volume_response_item import VolumeResponseItem
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployments/storage/volumes/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RetrieveVolumeResponse404 | RetrieveVolumeResponse500 | VolumeResponseItem | None:
    if response.status_code == 200:
        response_200 = VolumeResponseItem.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = RetrieveVolumeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = RetrieveVolumeResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RetrieveVolumeResponse404 | RetrieveVolumeResponse500 | VolumeResponseItem
]:
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
) -> Response[
    RetrieveVolumeResponse404 | RetrieveVolumeResponse500 | VolumeResponseItem
]:
    """Get a volume by ID or name

     Retrieve details of a specific volume by its ID or name

    Args:
        id (str): Volume ID or name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RetrieveVolumeResponse404 | RetrieveVolumeResponse500 | VolumeResponseItem]
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
) -> RetrieveVolumeResponse404 | RetrieveVolumeResponse500 | VolumeResponseItem | None:
    """Get a volume by ID or name

     Retrieve details of a specific volume by its ID or name

    Args:
        id (str): Volume ID or name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RetrieveVolumeResponse404 | RetrieveVolumeResponse500 | VolumeResponseItem
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    RetrieveVolumeResponse404 | RetrieveVolumeResponse500 | VolumeResponseItem
]:
    """Get a volume by ID or name

     Retrieve details of a specific volume by its ID or name

    Args:
        id (str): Volume ID or name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RetrieveVolumeResponse404 | RetrieveVolumeResponse500 | VolumeResponseItem]
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
) -> RetrieveVolumeResponse404 | RetrieveVolumeResponse500 | VolumeResponseItem | None:
    """Get a volume by ID or name

     Retrieve details of a specific volume by its ID or name

    Args:
        id (str): Volume ID or name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RetrieveVolumeResponse404 | RetrieveVolumeResponse500 | VolumeResponseItem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
