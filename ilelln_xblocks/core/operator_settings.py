"""Operator-wide settings of the blocks: ``XBLOCK_SETTINGS["ilelln_xblocks"]``, through the XBlock settings service.

The platform's ``settings`` service (and the workbench's, openedx/xblock-sdk workbench/services.py) answers
``get_settings_bucket(block)`` with ``XBLOCK_SETTINGS[block.block_settings_key]``; every ilelln block uses the
one key ``ilelln_xblocks``, which the Tutor plugin fills (``ILELLN_MAX_UPLOAD_MB``). The service is only wanted:
without it, or without the bucket, authors' own values apply.

Keys:
    ``MAX_UPLOAD_MEGABYTES``: the largest upload (a recording, an attachment, a photo) any block accepts,
    whatever its author set; it matches the LMS proxy's body limit for handler URLs.
"""
BUCKET = "ilelln_xblocks"


def operator_settings(block):
    """The ``ilelln_xblocks`` settings bucket (a dict; empty when the runtime has no settings service)."""
    service = block.runtime.service(block, "settings")
    if service is None:
        return {}
    bucket = service.get_settings_bucket(block, default={})
    return bucket if isinstance(bucket, dict) else {}


UPLOAD_FIELD = "max_upload_mb"  # the one name of the author's size limit in every block that takes uploads


def upload_limit_bytes(block, author_megabytes=None):
    """The byte limit of an upload: the author's limit (the block's ``max_upload_mb`` unless given), capped by
    the operator's ceiling if any."""
    megabytes = float(getattr(block, UPLOAD_FIELD) if author_megabytes is None else author_megabytes)
    ceiling = operator_settings(block).get("MAX_UPLOAD_MEGABYTES")
    try:
        if ceiling is not None and float(ceiling) > 0:
            megabytes = min(megabytes, float(ceiling))
    except (TypeError, ValueError):
        pass  # a malformed ceiling must not break uploads; the author's limit stands
    return int(megabytes * 1024 * 1024)
