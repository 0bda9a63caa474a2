from enum import IntEnum


class AudioSpeechRequestBitRate(IntEnum):
    """Known values of this field. A value the spec does not list is kept as an extra member."""

    VALUE_32000 = 32000
    VALUE_64000 = 64000
    VALUE_96000 = 96000
    VALUE_128000 = 128000
    VALUE_192000 = 192000

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AudioSpeechRequestBitRate | None":
        # Keep an integer the spec does not list instead of raising (see str_enum.py.jinja).
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
