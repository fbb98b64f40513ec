"""Learners' files in the platform's storage: one way in (:func:`store_upload`), one way out (:func:`serve_file`).

Every file a block answers with (a photo, a recording, an attachment, a CSV export) carries the same
headers, :data:`FILE_HEADERS`: the browser must not guess another type than the one we checked
(``nosniff``), must run nothing in it even when it is opened as a page (a CSP with ``sandbox``), and
must not keep it in a shared cache (``private, no-store``).
"""
import hashlib
import uuid
from urllib.parse import quote

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from webob import Response

from .filetypes import extension_of
from .handlers import HandlerError
from .i18n import catalogue_active, current_language, format_file_size

FILE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, no-store",
}
CHUNK_BYTES = 64 * 1024
# A refusal's reason code (core.filetypes.check_file and the blocks' own checks) -> HTTP status; others are 400.
UPLOAD_STATUS = {"too-big": 413, "wrong-type": 415}


def attachment(filename):
    """A ``Content-Disposition`` that downloads as ``filename``: plain for ASCII names, RFC 6266 ``filename*`` else."""
    if filename.isascii() and filename.isprintable() and not any(char in filename for char in '"\\'):
        return f'attachment; filename="{filename}"'
    return "attachment; filename*=UTF-8''" + quote(filename)


def file_response(app_iter, content_type, download=None, content_length=None):
    """A response with the body ``app_iter`` (an iterable of bytes) and :data:`FILE_HEADERS`.

    ``download`` (a file name) makes the browser save it rather than show it.
    """
    response = Response(app_iter=app_iter, content_type=content_type, content_length=content_length)
    response.headers.update(FILE_HEADERS)
    if download:
        response.headers["Content-Disposition"] = attachment(download)
    return response


def _chunks(name):
    """The stored file ``name``, read a chunk at a time and closed when the body is sent (or dropped)."""
    with default_storage.open(name, "rb") as handle:
        yield from handle.chunks(CHUNK_BYTES)


def serve_file(name, content_type, download=None):
    """The stored file ``name`` as a streamed response (never read whole into memory).

    The LMS hands a handler's ``app_iter`` on to Django (edx-platform ``webob_to_django_response``, which makes a
    ``StreamingHttpResponse`` of it when asked to stream), so the file is read as it is sent.
    """
    return file_response(_chunks(name), content_type, download, content_length=default_storage.size(name))


def learner_folder(block, area):
    """``ilelln/<area>/<folder>``: one folder per block and learner, named by a hash that reveals neither."""
    folder = hashlib.sha256(f"{block.block_key}:{block.identity.anonymous_id}".encode()).hexdigest()[:24]
    return f"ilelln/{area}/{folder}"


def store_upload(block, request, area, max_bytes, checker, refusals, **params):
    """Check an upload (the raw request body) with ``checker`` and save it in the learner's folder of ``area``.

    ``checker(data, max_bytes)`` returns a dict with the content ``type`` and the ``data`` to store (it may
    strip metadata), plus anything the block keeps (a recording's ``seconds``); it raises ``ValueError(code)``
    to refuse, and ``refusals[code]`` is the msgid answered (with :data:`UPLOAD_STATUS`). A body declared
    larger than ``max_bytes`` is refused before it is read. Returns the checker's dict without ``data``, with
    the stored ``file`` name and its ``size``. A refusal may name the limit as ``%(limit)s`` (megabytes), or as
    ``%(size)s``, written as every file size is (``format_file_size``: "5.0 MB", "5.0 ميغابايت"; the browser's own
    check, ``IlellnCommon.file_size``, words it the same), and any of ``params`` (a recording's ``seconds``).
    """
    limit = f"{max_bytes / (1024 * 1024):g}"  # "5", "0.5": digits with a point in every language
    with catalogue_active(current_language()):
        params = dict(params, size=format_file_size(max_bytes))
    if (request.content_length or 0) > max_bytes:
        raise HandlerError(refusals["too-big"], status=413, limit=limit, **params)
    try:
        checked = dict(checker(request.body, max_bytes))
    except ValueError as reason:
        code = str(reason)
        raise HandlerError(refusals[code], status=UPLOAD_STATUS.get(code, 400), limit=limit, **params) from None
    data = checked.pop("data")
    name = default_storage.save(f"{learner_folder(block, area)}/{uuid.uuid4().hex}.{extension_of(checked['type'])}",
                                ContentFile(data))
    return dict(checked, file=name, size=len(data))
