"""Checks on learners' recordings, in plain Python: what kind of audio a file really is, and how long."""
import struct

from ...core.filetypes import AUDIO, WAV, check_file


def wav_seconds(data):
    """The exact length of a PCM WAV file from its header, or None when the header is not the usual one."""
    if len(data) < 44 or data[12:16] != b"fmt ":
        return None
    byte_rate = struct.unpack("<I", data[28:32])[0]
    position = 12
    while position + 8 <= len(data):
        chunk, size = data[position:position + 4], struct.unpack("<I", data[position + 4:position + 8])[0]
        if chunk == b"data":
            return size / byte_rate if byte_rate else None
        position += 8 + size
    return None


def check_recording(data, declared_seconds, max_bytes, max_seconds):
    """``(content type, seconds)`` for an acceptable recording, or raise ValueError with a reason code.

    Reason codes: ``empty``, ``too-big``, ``wrong-type`` (see :func:`core.filetypes.check_file`), ``too-long``,
    ``no-duration``.
    """
    kind = check_file(data, max_bytes, AUDIO)
    seconds = wav_seconds(data) if kind == WAV else declared_seconds
    if seconds is None or seconds <= 0:
        raise ValueError("no-duration")
    if seconds > max_seconds + 1:   # a second's grace for the recorder's own timer
        raise ValueError("too-long")
    return kind, round(seconds, 1)
