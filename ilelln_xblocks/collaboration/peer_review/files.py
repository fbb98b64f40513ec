"""Files on peer-review work: attached to the learner's draft, kept with each submitted version, downloaded by
the author, the reviewers and staff."""
import hashlib
import uuid
from urllib.parse import quote, unquote

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from webob import Response

from ...core.handlers import HandlerError, check_caller, error_response, json_handler, json_response, raw_handler
from ...core.i18n import _
from ...core.operator_settings import upload_limit_bytes
from . import forms as inputs
from . import store


class PeerFilesMixin:
    """The ``upload``, ``remove_file`` and ``file`` handlers, like ORA2's ``files_mixin.py``."""

    def _files(self, submission):
        """A submission's files with their download addresses."""
        if not submission:
            return []
        return [{"name": item["name"], "size": item["size"],
                 "url": self.runtime.handler_url(self, "file", f"{submission.id}/{index}")}
                for index, item in enumerate(submission.files)]

    @raw_handler(writes=True)
    def upload(self, request, suffix=""):  # pylint: disable=unused-argument
        """Attach a file (raw bytes as the body, its name in ``X-File-Name``) to the draft."""
        try:
            who = check_caller(self)
            if request.method != "POST":
                raise HandlerError(_("This action needs a POST request."), status=405)
            if len(self.draft_files) >= self.max_files:
                raise HandlerError(_("You cannot attach more files."), status=409)
            max_bytes = upload_limit_bytes(self, self.max_file_mb)
            if (request.content_length or 0) > max_bytes:
                raise HandlerError(_("The file is too large."), status=413)
            name = unquote(request.headers.get("X-File-Name") or "").strip()[:120] or "file"
            extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
            data = request.body
            if len(data) > max_bytes:
                raise HandlerError(_("The file is too large."), status=413)
            if extension not in inputs.FILE_TYPES or not data.startswith(inputs.FILE_TYPES[extension][0]):
                raise HandlerError(_("Attach a PDF, PNG, JPEG, Word or PowerPoint file."), status=415)
        except HandlerError as error:
            return error_response(self, error)
        folder = hashlib.sha256(f"{self.block_key}:{who.anonymous_id}".encode()).hexdigest()[:24]
        stored = default_storage.save(f"ilelln/peer/{folder}/{uuid.uuid4().hex}.{extension}", ContentFile(data))
        self.draft_files = [*self.draft_files, {"name": name, "file": stored, "size": len(data),
                                                "type": inputs.FILE_TYPES[extension][1]}]
        return json_response({"files": [item["name"] for item in self.draft_files],
                              "message": self.gettext(_("File attached."))})

    @json_handler(form=inputs.FileForm)
    def remove_file(self, data, suffix=""):  # pylint: disable=unused-argument
        """Take a file off the draft (a submitted version keeps its own files)."""
        if data["index"] >= len(self.draft_files):
            raise HandlerError(_("That file is not attached."), status=404)
        files = list(self.draft_files)
        files.pop(data["index"])
        self.draft_files = files
        return {"files": [item["name"] for item in files], "message": self.gettext(_("File removed."))}

    @raw_handler(writes=False)
    def file(self, request, suffix=""):
        """Download a submitted file (``suffix`` = ``submission id/index``): its author, its reviewers, staff."""
        try:
            who = check_caller(self)
            try:
                submission_id, index = (int(part) for part in suffix.split("/"))
            except ValueError:
                raise HandlerError(_("That file is not attached."), status=404) from None
            submission = store.find_submission(self.block_key, submission_id)
            if submission is None or not 0 <= index < len(submission.files):
                raise HandlerError(_("That file is not attached."), status=404)
            if not (who.is_staff or submission.learner == who.anonymous_id
                    or (not submission.hidden and store.is_reviewer(submission.id, who.anonymous_id))):
                raise HandlerError(_("You cannot open this file."), status=403)
        except HandlerError as error:
            return error_response(self, error)
        item = submission.files[index]
        with default_storage.open(item["file"], "rb") as handle:
            body = handle.read()
        response = Response(body, content_type=item["type"])
        response.headers["Content-Disposition"] = "attachment; filename*=UTF-8''" + quote(item["name"])
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
