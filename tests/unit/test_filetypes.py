"""Uploads are recognised by their bytes, never by what the browser claims, and held to the block's limits."""
import struct

import pytest

from ilelln_xblocks.core import filetypes as ft

ZIP = b"PK\x03\x04" + b"\x00" * 20


def wav(seconds, rate=8000):
    samples = int(seconds * rate)
    header = b"RIFF" + struct.pack("<I", 36 + samples * 2) + b"WAVEfmt " + struct.pack(
        "<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) + b"data" + struct.pack("<I", samples * 2)
    return header + b"\x00\x00" * samples


@pytest.mark.parametrize("data, name, kind", [
    (b"\x1a\x45\xdf\xa3" + b"\x00" * 20, "", ft.WEBM),
    (b"OggS" + b"\x00" * 20, "", ft.OGG),
    (b"\x00\x00\x00\x20ftypM4A " + b"\x00" * 20, "", ft.MP4),
    (b"ID3\x03" + b"\x00" * 20, "", ft.MPEG),
    (b"\xff\xfb\x90" + b"\x00" * 20, "", ft.MPEG),
    (wav(0.5), "", ft.WAV),
    (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "", ft.JPEG),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "", ft.PNG),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 " + b"\x00" * 20, "", ft.WEBP),
    (b"%PDF-1.7\n", "", ft.PDF),
    (ZIP, "plan.docx", ft.DOCX),
    (ZIP, "slides.PPTX", ft.PPTX),
    (ZIP, "archive.zip", None),          # a ZIP is only an office file when its name says which
    (ZIP, "", None),
    (b"GIF89a" + b"\x00" * 20, "", None),
    (b"<svg onload=alert(1)>", "", None),
    (b"<script>alert(1)</script>", "", None),
    (b"", "", None),
])
def test_files_are_recognised_by_their_bytes(data, name, kind):
    assert ft.sniff(data, name) == kind


@pytest.mark.parametrize("data, kinds, name, reason", [
    (b"", ft.IMAGES, None, "empty"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000, ft.IMAGES, None, "too-big"),
    (b"OggS" + b"\x00" * 20, ft.IMAGES, None, "wrong-type"),      # audio where a photo is asked for
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, ft.AUDIO, None, "wrong-type"),
    (b"\xff\xd8\xff" + b"\x00" * 20, ft.DOCUMENTS, "photo.png", "wrong-type"),   # the name and the bytes disagree
    (b"%PDF-1.7" + b"\x00" * 20, ft.DOCUMENTS, "report", "wrong-type"),        # no extension to open it by
])
def test_uploads_outside_the_limits_are_refused(data, kinds, name, reason):
    with pytest.raises(ValueError, match=reason):
        ft.check_file(data, 1000, kinds, name=name)


@pytest.mark.parametrize("data, kinds, name, kind", [
    (b"\xff\xd8\xff" + b"\x00" * 20, ft.IMAGES, None, ft.JPEG),
    (b"\xff\xd8\xff" + b"\x00" * 20, ft.DOCUMENTS, "photo.JPEG", ft.JPEG),
    (ZIP, ft.DOCUMENTS, "plan.docx", ft.DOCX),
    (wav(0.5), ft.AUDIO, None, ft.WAV),
])
def test_accepted_uploads_say_their_type(data, kinds, name, kind):
    assert ft.check_file(data, 10**6, kinds, name=name) == kind
    assert ft.extension_of(kind) in ft.EXTENSIONS[kind]
