from enum import StrEnum


class CompletionRequestModelType0(StrEnum):
    """Known values of this field. A value the spec does not list is kept as an extra member."""

    META_LLAMALLAMA_2_70B_HF = "meta-llama/Llama-2-70b-hf"
    META_LLAMALLAMA_GUARD_7B = "Meta-Llama/Llama-Guard-7b"
    MISTRALAIMISTRAL_7B_V0_1 = "mistralai/Mistral-7B-v0.1"
    MISTRALAIMIXTRAL_8X7B_V0_1 = "mistralai/Mixtral-8x7B-v0.1"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CompletionRequestModelType0 | None":
        # The live service sends values the spec does not know (a new finish reason, a new model
        # type). Keep the raw string instead of raising, so that reading a response never fails.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __repr__(self) -> str:
        return repr(self.value)
