"""The reflection journal's photo evidence: upload to Django storage with size and type limits, removal, playback.

The photo belongs to the learner's draft (their own state) until they submit; the submitted
reflection then points at the same file. A file is deleted only when neither uses it.
"""
import hashlib
import uuid
from urllib.parse import unquote

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from webob import Response

from ...core.handlers import HandlerError, check_caller, error_response, json_handler, json_response, raw_handler
from ...core.i18n import _
from ...core.operator_settings import upload_limit_bytes
from . import logic, store

REFUSALS = {
    "empty": _("The file is empty."),
    "too-big": _("The photo is too large."),
    "not-image": _("Attach a photo: a JPEG, PNG or WebP image."),
}


class EvidenceMixin:
    """Handlers for the photo attached to a reflection; the block provides ``draft_photo`` and ``max_photo_mb``."""

    def _max_bytes(self):
        return upload_limit_bytes(self, self.max_photo_mb)

    @raw_handler(writes=True)
    def upload(self, request, suffix=""):  # pylint: disable=unused-argument
        """Attach a photo (raw bytes as the body) to the draft, replacing the draft's photo."""
        try:
            who = check_caller(self)
            if request.method != "POST":
                raise HandlerError(_("This action needs a POST request."), status=405)
            max_bytes = self._max_bytes()
            if (request.content_length or 0) > max_bytes:
                raise HandlerError(REFUSALS["too-big"], status=413)
            try:
                kind, data = logic.check_photo(request.body, max_bytes)
            except ValueError as reason:
                code = str(reason)
                raise HandlerError(REFUSALS[code], status={"too-big": 413, "not-image": 415}.get(code, 400)) from None
        except HandlerError as error:
            return error_response(self, error)
        folder = hashlib.sha256(f"{self.block_key}:{who.anonymous_id}".encode()).hexdigest()[:24]
        name = default_storage.save(f"ilelln/reflection/{folder}/{uuid.uuid4().hex}.{logic.EXTENSIONS[kind]}",
                                    ContentFile(data))
        original = unquote(request.headers.get("X-File-Name") or "").strip()[:120]
        old = self.draft_photo.get("file") if self.draft_photo else ""
        self.draft_photo = {"file": name, "type": kind, "size": len(data), "name": original}
        self._forget_photo(old)
        return json_response({"url": self.runtime.handler_url(self, "photo", "draft"), "name": original,
                              "message": self.gettext(_("Photo attached. It is sent with your reflection."))})

    @json_handler()
    def remove_photo(self, data, suffix=""):  # pylint: disable=unused-argument
        """Take the photo off the draft (a submitted reflection keeps it until the next submission)."""
        if not self.draft_photo:
            raise HandlerError(_("There is no photo to remove."), status=404)
        old = self.draft_photo.get("file", "")
        self.draft_photo = {}
        self._forget_photo(old)
        return {"message": self.gettext(_("Photo removed."))}

    def _forget_photo(self, name):
        """Delete a draft photo's file unless the submitted reflection still shows it."""
        mine = store.own(self.block_key, self.identity.anonymous_id)
        if name and not (mine and mine.photo == name):
            default_storage.delete(name)

    @raw_handler(writes=False)
    def photo(self, request, suffix=""):  # pylint: disable=unused-argument
        """A photo: ``draft`` (the learner's own) or a reflection's id (for its author, staff, or all once shared)."""
        try:
            who = check_caller(self)
            if suffix == "draft":
                name, kind = (self.draft_photo or {}).get("file"), (self.draft_photo or {}).get("type")
            else:
                try:
                    row = store.readable(self.block_key, int(suffix), who.anonymous_id, who.is_staff)
                except ValueError:
                    row = None
                except PermissionError:
                    raise HandlerError(_("This reflection is private."), status=403) from None
                name, kind = (row.photo, row.photo_type) if row else (None, None)
            if not name or not default_storage.exists(name):
                raise HandlerError(_("There is no photo."), status=404)
        except HandlerError as error:
            return error_response(self, error)
        with default_storage.open(name, "rb") as handle:
            body = handle.read()
        response = Response(body=body, content_type=kind, cache_control="private, no-store")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response
