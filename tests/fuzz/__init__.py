"""Response fuzzing: every operation of ``openapi.yaml`` fed answers a server could send.

``strategies`` makes the answers (bodies from the spec's schemas, mutations of them and of the
real captures, event streams, error answers), ``operations`` maps each spec operation to a facade
call, and ``test_response_fuzz`` asserts that only ``TogetherError`` ever escapes a call.
``FUZZ_EXAMPLES`` sets the examples per test (small by default); ``FUZZ_SHRINK=1`` shrinks
failures to a minimal answer.
"""
