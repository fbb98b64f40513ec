"""Checks on learners' recordings, in plain Python: what kind of audio a file really is, and how long."""
import struct

WEBM, OGG, MP4, MPEG, WAV = "audio/webm", "audio/ogg", "audio/mp4", "audio/mpeg", "audio/wav"
EXTENSIONS = {WEBM: "webm", OGG: "ogg", MP4: "m4a", MPEG: "mp3", WAV: "wav"}


def sniff(data):
    """The audio type of ``data`` from its first bytes (never from what the browser claims), or None."""
    head = data[:16]
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return WEBM
    if head.startswith(b"OggS"):
        return OGG
    if head[4:8] == b"ftyp":
        return MP4
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return MPEG
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return WAV
    return None


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

    Reason codes: ``empty``, ``too-big``, ``not-audio``, ``too-long``, ``no-duration``.
    """
    if not data:
        raise ValueError("empty")
    if len(data) > max_bytes:
        raise ValueError("too-big")
    kind = sniff(data)
    if kind is None:
        raise ValueError("not-audio")
    seconds = wav_seconds(data) if kind == WAV else declared_seconds
    if seconds is None or seconds <= 0:
        raise ValueError("no-duration")
    if seconds > max_seconds + 1:   # a second's grace for the recorder's own timer
        raise ValueError("too-long")
    return kind, round(seconds, 1)
