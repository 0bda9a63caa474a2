from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_volume_response_200 import DeleteVolumeResponse200
from ...models.delete_volume_response_404 import DeleteVolumeResponse404
from ...models.delete_volume_response_500 import DeleteVolumeResponse500
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/deployments/storage/volumes/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteVolumeResponse200 | DeleteVolumeResponse404 | DeleteVolumeResponse500 | None:
    if response.status_code == 200:
        response_200 = DeleteVolumeResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = DeleteVolumeResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = DeleteVolumeResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteVolumeResponse200 | DeleteVolumeResponse404 | DeleteVolumeResponse500
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
    DeleteVolumeResponse200 | DeleteVolumeResponse404 | DeleteVolumeResponse500
]:
    """Delete a volume

     Delete an existing volume

    Args:
        id (str): Volume ID or name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVolumeResponse200 | DeleteVolumeResponse404 | DeleteVolumeResponse500]
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
) -> DeleteVolumeResponse200 | DeleteVolumeResponse404 | DeleteVolumeResponse500 | None:
    """Delete a volume

     Delete an existing volume

    Args:
        id (str): Volume ID or name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVolumeResponse200 | DeleteVolumeResponse404 | DeleteVolumeResponse500
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
    DeleteVolumeResponse200 | DeleteVolumeResponse404 | DeleteVolumeResponse500
]:
    """Delete a volume

     Delete an existing volume

    Args:
        id (str): Volume ID or name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVolumeResponse200 | DeleteVolumeResponse404 | DeleteVolumeResponse500]
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
) -> DeleteVolumeResponse200 | DeleteVolumeResponse404 | DeleteVolumeResponse500 | None:
    """Delete a volume

     Delete an existing volume

    Args:
        id (str): Volume ID or name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVolumeResponse200 | DeleteVolumeResponse404 | DeleteVolumeResponse500
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
