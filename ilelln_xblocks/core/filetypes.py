"""What kind of file an upload really is, from its first bytes, and whether a block accepts it (plain Python).

Never trust the browser's content type or the file name alone: ``sniff`` reads the magic bytes.
``check_file`` is the one check every upload goes through; it raises ``ValueError`` with a
reason code that the block maps to a translated message: ``empty``, ``too-big``, ``wrong-type``.
"""
JPEG, PNG, WEBP, PDF = "image/jpeg", "image/png", "image/webp", "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
WEBM, OGG, MP4, MPEG, WAV = "audio/webm", "audio/ogg", "audio/mp4", "audio/mpeg", "audio/wav"

IMAGES = (JPEG, PNG, WEBP)
AUDIO = (WEBM, OGG, MP4, MPEG, WAV)
DOCUMENTS = (PDF, PNG, JPEG, DOCX, PPTX)

# The extensions a stored file gets (the first) and that a learner's file name may carry.
EXTENSIONS = {
    JPEG: ("jpg", "jpeg"), PNG: ("png",), WEBP: ("webp",), PDF: ("pdf",), DOCX: ("docx",), PPTX: ("pptx",),
    WEBM: ("webm",), OGG: ("ogg",), MP4: ("m4a", "mp4"), MPEG: ("mp3",), WAV: ("wav",),
}
ZIP_FORMATS = (DOCX, PPTX)  # a ZIP archive inside; only the name tells them apart


def _is_mpeg_frame(head):
    return len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0


def sniff(data, name=""):
    """The content type of ``data`` from its first bytes, or None; ``name``'s extension picks among ZIP formats."""
    head = bytes(data[:16])
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    checks = (
        (JPEG, head.startswith(b"\xff\xd8\xff")),
        (PNG, head.startswith(b"\x89PNG\r\n\x1a\n")),
        (WEBP, head[:4] == b"RIFF" and head[8:12] == b"WEBP"),
        (PDF, head.startswith(b"%PDF-")),
        (WEBM, head.startswith(b"\x1a\x45\xdf\xa3")),
        (OGG, head.startswith(b"OggS")),
        (MP4, head[4:8] == b"ftyp"),
        (MPEG, head.startswith(b"ID3") or _is_mpeg_frame(head)),
        (WAV, head[:4] == b"RIFF" and head[8:12] == b"WAVE"),
    )
    for kind, matches in checks:
        if matches:
            return kind
    if head.startswith(b"PK\x03\x04"):
        return next((kind for kind in ZIP_FORMATS if extension in EXTENSIONS[kind]), None)
    return None


def check_file(data, max_bytes, kinds, name=None):
    """The content type of an acceptable upload ``data``, one of ``kinds``, or ``ValueError(reason code)``.

    With ``name`` (the learner's file name), its extension must also be one of that type's: a ``.png`` holding
    a JPEG is refused, as a file a learner cannot open by its name would be.
    """
    if not data:
        raise ValueError("empty")
    if len(data) > max_bytes:
        raise ValueError("too-big")
    kind = sniff(data, name or "")
    if kind not in kinds:
        raise ValueError("wrong-type")
    if name is not None and name.rsplit(".", 1)[-1].lower() not in EXTENSIONS[kind]:
        raise ValueError("wrong-type")
    return kind


def extension_of(kind):
    """The extension a stored file of ``kind`` gets."""
    return EXTENSIONS[kind][0]
