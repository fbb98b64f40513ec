"""Files on peer-review work: attached to the learner's draft, kept with each submitted version, downloaded by
the author, the reviewers and staff."""
from urllib.parse import unquote

from ...core.files import serve_file, store_upload
from ...core.filetypes import DOCUMENTS, check_file
from ...core.handlers import HandlerError, json_handler, json_response, raw_handler
from ...core.i18n import _
from ...core.operator_settings import upload_limit_bytes
from . import forms as inputs
from . import store

REFUSALS = {
    "empty": _("The file is empty."),
    "too-big": _("The file is larger than %(size)s."),
    "wrong-type": _("Attach a PDF, PNG, JPEG, Word or PowerPoint file."),
}


class PeerFilesMixin:
    """The ``upload``, ``remove_file`` and ``file`` handlers, like ORA2's ``files_mixin.py``."""

    def _files(self, submission):
        """A submission's files with their download addresses."""
        if not submission:
            return []
        return [{"name": item["name"], "size": item["size"],
                 "url": self.runtime.handler_url(self, "file", f"{submission.id}/{index}")}
                for index, item in enumerate(submission.files)]

    @raw_handler(writes=True, methods=("POST",))
    def upload(self, request, suffix=""):  # pylint: disable=unused-argument
        """Attach a file (raw bytes as the body, its name in ``X-File-Name``) to the draft."""
        if len(self.draft_files) >= self.max_files:
            raise HandlerError(_("You cannot attach more files."), status=409)
        name = unquote(request.headers.get("X-File-Name") or "").strip()[:120] or "file"
        stored = store_upload(self, request, "peer", upload_limit_bytes(self), lambda data, max_bytes: {
            "type": check_file(data, max_bytes, DOCUMENTS, name=name), "data": data}, REFUSALS)
        self.draft_files = [*self.draft_files, {"name": name, "file": stored["file"], "size": stored["size"],
                                                "type": stored["type"]}]
        return json_response(self._changed(_("File attached."), files=[item["name"] for item in self.draft_files]))

    @json_handler(form=inputs.FileForm)
    def remove_file(self, data, suffix=""):  # pylint: disable=unused-argument
        """Take a file off the draft (a submitted version keeps its own files)."""
        if data["index"] >= len(self.draft_files):
            raise HandlerError(_("That file is not attached."), status=404)
        files = list(self.draft_files)
        files.pop(data["index"])
        self.draft_files = files
        return self._changed(_("File removed."), files=[item["name"] for item in files])

    @raw_handler(writes=False)
    def file(self, request, suffix=""):  # pylint: disable=unused-argument
        """Download a submitted file (``suffix`` = ``submission id/index``): its author, its reviewers, staff."""
        who = self.identity
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
        item = submission.files[index]
        return serve_file(item["file"], item["type"], download=item["name"])
