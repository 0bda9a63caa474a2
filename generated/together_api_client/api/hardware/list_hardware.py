from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_data import ErrorData
from ...models.list_hardware_response_200 import ListHardwareResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model"] = model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/hardware",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorData | ListHardwareResponse200 | None:
    if response.status_code == 200:
        response_200 = ListHardwareResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = ErrorData.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorData.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorData | ListHardwareResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    model: str | Unset = UNSET,
) -> Response[ErrorData | ListHardwareResponse200]:
    """List available hardware configurations

     Returns a list of available hardware configurations for deploying models. When a model parameter is
    provided, it returns only hardware configurations compatible with that model, including their
    current availability status.

    Args:
        model (str | Unset): Filter hardware configurations by model compatibility. When provided,
            the response includes availability status for each compatible configuration.
            [See all of Together AI's dedicated models](https://docs.together.ai/docs/dedicated-
            models)
             Example: deepseek-ai/DeepSeek-R1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | ListHardwareResponse200]
    """

    kwargs = _get_kwargs(
        model=model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    model: str | Unset = UNSET,
) -> ErrorData | ListHardwareResponse200 | None:
    """List available hardware configurations

     Returns a list of available hardware configurations for deploying models. When a model parameter is
    provided, it returns only hardware configurations compatible with that model, including their
    current availability status.

    Args:
        model (str | Unset): Filter hardware configurations by model compatibility. When provided,
            the response includes availability status for each compatible configuration.
            [See all of Together AI's dedicated models](https://docs.together.ai/docs/dedicated-
            models)
             Example: deepseek-ai/DeepSeek-R1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | ListHardwareResponse200
    """

    return sync_detailed(
        client=client,
        model=model,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    model: str | Unset = UNSET,
) -> Response[ErrorData | ListHardwareResponse200]:
    """List available hardware configurations

     Returns a list of available hardware configurations for deploying models. When a model parameter is
    provided, it returns only hardware configurations compatible with that model, including their
    current availability status.

    Args:
        model (str | Unset): Filter hardware configurations by model compatibility. When provided,
            the response includes availability status for each compatible configuration.
            [See all of Together AI's dedicated models](https://docs.together.ai/docs/dedicated-
            models)
             Example: deepseek-ai/DeepSeek-R1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorData | ListHardwareResponse200]
    """

    kwargs = _get_kwargs(
        model=model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    model: str | Unset = UNSET,
) -> ErrorData | ListHardwareResponse200 | None:
    """List available hardware configurations

     Returns a list of available hardware configurations for deploying models. When a model parameter is
    provided, it returns only hardware configurations compatible with that model, including their
    current availability status.

    Args:
        model (str | Unset): Filter hardware configurations by model compatibility. When provided,
            the response includes availability status for each compatible configuration.
            [See all of Together AI's dedicated models](https://docs.together.ai/docs/dedicated-
            models)
             Example: deepseek-ai/DeepSeek-R1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorData | ListHardwareResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            model=model,
        )
    ).parsed
