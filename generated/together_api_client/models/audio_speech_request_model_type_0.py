from enum import StrEnum


class AudioSpeechRequestModelType0(StrEnum):
    """Known values of this field. A value the spec does not list is kept as an extra member."""

    CANOPYLABSORPHEUS_3B_0_1_FT = "canopylabs/orpheus-3b-0.1-ft"
    CARTESIASONIC = "cartesia/sonic"
    HEXGRADKOKORO_82M = "hexgrad/Kokoro-82M"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AudioSpeechRequestModelType0 | None":
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
