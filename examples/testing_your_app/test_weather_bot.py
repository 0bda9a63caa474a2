"""Tests of the weather bot, offline: ``together_standin`` and ``together_client`` come from
together_facade's pytest plugin (installed with the library; the kit needs the ``testing``
extra: ``pip install 'together-facade[testing]'``).

    pytest examples/testing_your_app
"""

from __future__ import annotations

from weather_bot import CUT_SHORT, ask, ask_streaming

from together_facade import Together
from together_facade.testing import StandIn

CHAT = "POST /chat/completions"


def test_the_tool_is_run_and_its_result_sent_back(
    together_standin: StandIn, together_client: Together
) -> None:
    together_standin.chat_reply(
        tool_calls=[{"name": "get_weather", "arguments": {"city": "Paris"}}], times=1
    )
    together_standin.chat_reply("It is sunny in Paris, 24 °C.")

    assert ask(together_client, "Weather in Paris?") == "It is sunny in Paris, 24 °C."

    first, second = together_standin.calls(CHAT)
    assert first.json()["tools"][0]["function"]["name"] == "get_weather"
    messages = second.json()["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "tool"]
    call_id = messages[1]["tool_calls"][0]["id"]
    assert messages[2] == {"role": "tool", "tool_call_id": call_id, "content": "sunny, 24 °C"}


def test_a_rate_limit_is_retried_without_the_app_noticing(
    together_standin: StandIn, together_client: Together
) -> None:
    together_standin.rate_limit(CHAT, retry_after=0.05)  # the next call gets a 429
    together_standin.chat_reply("Snow in Oslo.")

    assert ask(together_client, "Weather in Oslo?") == "Snow in Oslo."
    together_standin.assert_called(CHAT, times=2)  # the 429, then the retry


def test_a_stream_cut_short_keeps_what_arrived(
    together_standin: StandIn, together_client: Together
) -> None:
    together_standin.chat_reply(["It is ", "sunny ", "in Paris."])
    together_standin.cut_stream(CHAT, after=2)  # two chunks, then the body ends, no [DONE]

    assert ask_streaming(together_client, "Weather in Paris?") == "It is sunny " + CUT_SHORT


def test_a_whole_stream_is_the_whole_answer(
    together_standin: StandIn, together_client: Together
) -> None:
    together_standin.chat_reply(["It is ", "sunny ", "in Paris."])
    assert ask_streaming(together_client, "Weather in Paris?") == "It is sunny in Paris."
