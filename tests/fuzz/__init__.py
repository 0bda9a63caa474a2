"""Response fuzzing: every operation of ``openapi.yaml`` fed answers a server could send.

``strategies`` makes the answers (what the spec says each operation answers: statuses, media
types, bodies from its schemas; mutations of them and of the real captures, event streams,
error answers), ``operations`` maps each HTTP operation of the spec to a facade call (the
hand-written areas for the 2024 operations, the generated ``client.api.<area>.<call>`` for the
others), and ``test_response_fuzz`` asserts that only ``TogetherError`` ever escapes a call.
``FUZZ_EXAMPLES`` sets the examples per test (small by default); ``FUZZ_SHRINK=1`` shrinks
failures to a minimal answer.
"""
