"""The reflection journal's photo evidence: upload to Django storage with size and type limits, removal, playback.

The photo belongs to the learner's draft (their own state) until they submit; the submitted
reflection then points at the same file. A file is deleted only when neither uses it.
"""
from urllib.parse import unquote

from django.core.files.storage import default_storage

from ...core.files import serve_file, store_upload
from ...core.handlers import HandlerError, json_handler, json_response, raw_handler
from ...core.i18n import _
from ...core.operator_settings import upload_limit_bytes
from . import logic, store

REFUSALS = {
    "empty": _("The file is empty."),
    "too-big": _("The photo is larger than %(size)s."),
    "wrong-type": _("Attach a photo: a JPEG, PNG or WebP image."),
}


def _checked_photo(data, max_bytes):
    kind, data = logic.check_photo(data, max_bytes)
    return {"type": kind, "data": data}


class EvidenceMixin:
    """Handlers for the photo attached to a reflection; the block provides ``draft_photo`` and ``max_upload_mb``."""

    @raw_handler(writes=True, methods=("POST",))
    def upload(self, request, suffix=""):  # pylint: disable=unused-argument
        """Attach a photo (raw bytes as the body) to the draft, replacing the draft's photo."""
        stored = store_upload(self, request, "reflection", upload_limit_bytes(self), _checked_photo, REFUSALS)
        original = unquote(request.headers.get("X-File-Name") or "").strip()[:120]
        old = self.draft_photo.get("file") if self.draft_photo else ""
        self.draft_photo = dict(stored, name=original)
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
        who = self.identity
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
        return serve_file(name, kind)
