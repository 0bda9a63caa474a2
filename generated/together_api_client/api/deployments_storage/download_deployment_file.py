from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_deployment_file_response_400 import (
    DownloadDeploymentFileResponse400,
)
from ...models.download_deployment_file_response_404 import (
    DownloadDeploymentFileResponse404,
)
from ...models.download_deployment_file_response_500 import (
    DownloadDeploymentFileResponse500,
)
from ...types import Response


def _get_kwargs(
    filename: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployments/storage/{filename}".format(
            filename=quote(str(filename), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DownloadDeploymentFileResponse400
    | DownloadDeploymentFileResponse404
    | DownloadDeploymentFileResponse500
    | str
    | None
):
    if response.status_code == 307:
        response_307 = cast(str, response.json())
        return response_307

    if response.status_code == 400:
        response_400 = DownloadDeploymentFileResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = DownloadDeploymentFileResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = DownloadDeploymentFileResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DownloadDeploymentFileResponse400
    | DownloadDeploymentFileResponse404
    | DownloadDeploymentFileResponse500
    | str
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    filename: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DownloadDeploymentFileResponse400
    | DownloadDeploymentFileResponse404
    | DownloadDeploymentFileResponse500
    | str
]:
    """Download a file

     Download a file by redirecting to a signed URL

    Args:
        filename (str): Filename

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadDeploymentFileResponse400 | DownloadDeploymentFileResponse404 | DownloadDeploymentFileResponse500 | str]
    """

    kwargs = _get_kwargs(
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    filename: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DownloadDeploymentFileResponse400
    | DownloadDeploymentFileResponse404
    | DownloadDeploymentFileResponse500
    | str
    | None
):
    """Download a file

     Download a file by redirecting to a signed URL

    Args:
        filename (str): Filename

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadDeploymentFileResponse400 | DownloadDeploymentFileResponse404 | DownloadDeploymentFileResponse500 | str
    """

    return sync_detailed(
        filename=filename,
        client=client,
    ).parsed


async def asyncio_detailed(
    filename: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DownloadDeploymentFileResponse400
    | DownloadDeploymentFileResponse404
    | DownloadDeploymentFileResponse500
    | str
]:
    """Download a file

     Download a file by redirecting to a signed URL

    Args:
        filename (str): Filename

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadDeploymentFileResponse400 | DownloadDeploymentFileResponse404 | DownloadDeploymentFileResponse500 | str]
    """

    kwargs = _get_kwargs(
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    filename: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DownloadDeploymentFileResponse400
    | DownloadDeploymentFileResponse404
    | DownloadDeploymentFileResponse500
    | str
    | None
):
    """Download a file

     Download a file by redirecting to a signed URL

    Args:
        filename (str): Filename

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadDeploymentFileResponse400 | DownloadDeploymentFileResponse404 | DownloadDeploymentFileResponse500 | str
    """

    return (
        await asyncio_detailed(
            filename=filename,
            client=client,
        )
    ).parsed
