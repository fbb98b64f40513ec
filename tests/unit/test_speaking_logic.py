"""Recordings are recognised by their bytes and held to the author's limits."""
import struct

import pytest

from ilelln_xblocks.english.speaking import logic


def wav(seconds, rate=8000):
    samples = int(seconds * rate)
    header = b"RIFF" + struct.pack("<I", 36 + samples * 2) + b"WAVEfmt " + struct.pack(
        "<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) + b"data" + struct.pack("<I", samples * 2)
    return header + b"\x00\x00" * samples


def test_wav_length_is_read_from_the_header_not_trusted_from_the_browser():
    assert logic.wav_seconds(wav(2.5)) == pytest.approx(2.5)
    kind, seconds = logic.check_recording(wav(2.5), declared_seconds=1, max_bytes=10**6, max_seconds=60)
    assert (kind, seconds) == (logic.WAV, 2.5)


@pytest.mark.parametrize("data, declared, reason", [
    (b"", 5, "empty"),
    (b"OggS" + b"\x00" * 2000, 5, "too-big"),
    (b"GIF89a" + b"\x00" * 20, 5, "wrong-type"),
    (b"OggS" + b"\x00" * 20, 95, "too-long"),
    (b"OggS" + b"\x00" * 20, 0, "no-duration"),
    (wav(70), 10, "too-long"),            # the header wins over a false declared length
])
def test_recordings_outside_the_limits_are_refused(data, declared, reason):
    with pytest.raises(ValueError, match=reason):
        logic.check_recording(data, declared, max_bytes=2000 if reason == "too-big" else 10**7, max_seconds=60)
