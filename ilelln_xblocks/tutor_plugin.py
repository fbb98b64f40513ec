"""The Tutor plugin ``ilelln`` (Tutor 22, Open edX Verawood): ``tutor plugins enable ilelln``.

Registered under the ``tutor.plugin.v1`` entry point (setup.py); Tutor imports this module when the
plugin is enabled, so it imports nothing but Tutor, Click and the standard library (no Django, no
XBlock). Hooks used, as overhangio/tutor documents them (docs/plugins/examples.rst,
tutor/hooks/catalog.py):

- ``CONFIG_DEFAULTS``: every ``ILELLN_*`` setting below, changed with ``tutor config save --set``;
- ``ENV_PATCHES``: ``openedx-dockerfile-post-python-requirements`` installs the package into the
  ``openedx`` image; ``openedx-dockerfile-pre-assets`` gives the platform's XBlock i18n service our catalogue in
  the Atlas folder it reads first; ``openedx-common-settings`` sets the blocks' ``XBLOCK_SETTINGS`` bucket (LMS and
  Studio); ``openedx-lms-common-settings`` sets ``ILELLN_SCHEDULER`` for the sweep on the LMS worker;
  ``caddyfile-lms`` lets recordings and attachments past the LMS's 4 MB request limit on the
  blocks' handler URLs only;
- ``CLI_DO_COMMANDS``: ``tutor local do ilelln-import-course`` builds the ready course and imports it
  into Studio; ``tutor local do ilelln-enable-blocks`` adds the block types to courses' Advanced
  Module List (Studio has no setting for the list a new course starts with: its
  ``DEFAULT_ADVANCED_MODULES`` is a constant in cms/djangoapps/contentstore/views/component.py).
"""
import shlex
from importlib import metadata

import click
from tutor import hooks

from . import __version__

#: The ``xblock.v1`` entry points this package declares (setup.py ``BLOCKS``): the Advanced Module List names.
BLOCK_TYPES = (
    "ilelln_module_overview", "ilelln_competency_check", "ilelln_gap_fill", "ilelln_ordering",
    "ilelln_dialogue", "ilelln_listening", "ilelln_vocabulary", "ilelln_writing", "ilelln_speaking",
    "ilelln_peer_review", "ilelln_reflection", "ilelln_team_project", "ilelln_discussion",
)

CONFIG_DEFAULTS = {
    # What pip installs into the openedx image: this very version by default; a URL or a path also works.
    "ILELLN_PIP_REQUIREMENT": f"ilelln-xblocks=={__version__}",
    # XBLOCK_SETTINGS["ilelln_xblocks"]: the largest upload (recordings, attachments, photos) any block
    # accepts, whatever an author sets; the LMS's proxy lets handler requests this large through.
    "ILELLN_MAX_UPLOAD_MB": 10,
    # ILELLN_SCHEDULER: the self-rescheduling sweep (allocation at peer-review deadlines, reminders).
    "ILELLN_SCHEDULER_ENABLED": True,
    "ILELLN_SCHEDULER_INTERVAL_SECONDS": 900,
    "ILELLN_REMINDERS_ENABLED": True,
    "ILELLN_REVIEWS_DUE_WITHIN_HOURS": 48,
    "ILELLN_SCHEDULER_LOCK_TIMEOUT_SECONDS": 600,
    # The interface language of the course that `do ilelln-import-course` imports.
    "ILELLN_COURSE_LANGUAGE": "ar",
}

DOCKERFILE_PATCH = """# ilelln-xblocks (tutor plugin "ilelln")
RUN --mount=type=cache,target=/openedx/.cache/pip,sharing=shared \\
    $PIP_COMMAND install '{{ ILELLN_PIP_REQUIREMENT }}'
"""

# The platform's XBlock i18n service tries the Atlas folder conf/plugins-locale/xblock.v1/<module> first and, when
# that folder exists, never looks at the package's translations/: `pull_xblock_translations` runs an Atlas pull for
# every installed XBlock module (openedx-platform xmodule/modulestore/django.py and the xblock translations pull),
# and a module openedx-translations does not hold gets an empty folder (openedx-atlas `atlas`: pull_translations
# runs `mkdir -p` on each destination before looking for its source), so the service fell back to the global
# catalogue, where the platform's wording outranks ours. After Tutor's pull and compile steps, this puts our
# compiled catalogue there (domain "django", as Atlas would) unless Atlas really pulled one.
ATLAS_DOCKERFILE_PATCH = """# ilelln-xblocks (tutor plugin "ilelln"): our catalogues where the XBlock i18n service looks
RUN src="$(python -c 'import importlib.resources as r; print(r.files("ilelln_xblocks") / "translations")')" \\
    && dest=conf/plugins-locale/xblock.v1/ilelln_xblocks \\
    && for mo in "$src"/*/LC_MESSAGES/text.mo; do \\
         lang="$(basename "$(dirname "$(dirname "$mo")")")"; \\
         [ -e "$dest/$lang/LC_MESSAGES/django.mo" ] || { mkdir -p "$dest/$lang/LC_MESSAGES" \\
           && cp "$mo" "$dest/$lang/LC_MESSAGES/django.mo"; }; \\
       done
"""

COMMON_SETTINGS_PATCH = """# ilelln-xblocks (tutor plugin "ilelln"): read through the XBlock settings service.
XBLOCK_SETTINGS = globals().get("XBLOCK_SETTINGS") or {}
XBLOCK_SETTINGS.setdefault("ilelln_xblocks", {})["MAX_UPLOAD_MEGABYTES"] = {{ ILELLN_MAX_UPLOAD_MB }}
"""

LMS_SETTINGS_PATCH = """# ilelln-xblocks (tutor plugin "ilelln"): the sweep on the LMS's Celery worker.
ILELLN_SCHEDULER = {
    "ENABLED": {{ ILELLN_SCHEDULER_ENABLED }},
    "INTERVAL_SECONDS": {{ ILELLN_SCHEDULER_INTERVAL_SECONDS }},
    "REMINDERS_ENABLED": {{ ILELLN_REMINDERS_ENABLED }},
    "REVIEWS_DUE_WITHIN_HOURS": {{ ILELLN_REVIEWS_DUE_WITHIN_HOURS }},
    "LOCK_TIMEOUT_SECONDS": {{ ILELLN_SCHEDULER_LOCK_TIMEOUT_SECONDS }},
}
"""

# Tutor's Caddyfile caps LMS request bodies at 4 MB (`handle_path /*`). A `handle` block is exclusive with it and,
# coming first, is tried first (checked with `caddy adapt` and a live Caddy 2.6), so only XBlock handler URLs
# (/courses/<course>/xblock/<usage>/handler/<name>[/<suffix>]) get the larger limit. MiB, as the blocks count.
CADDY_LMS_PATCH = """# ilelln-xblocks (tutor plugin "ilelln"): recordings and attachments go to XBlock handlers.
@ilelln_xblock_handlers path /courses/*/xblock/*/handler/* /courses/*/xblock/*/handler/*/*
handle @ilelln_xblock_handlers {
    request_body {
        max_size {{ ILELLN_MAX_UPLOAD_MB }}MiB
    }
}
"""

hooks.Filters.CONFIG_DEFAULTS.add_items(list(CONFIG_DEFAULTS.items()))
hooks.Filters.ENV_PATCHES.add_items([
    ("openedx-dockerfile-post-python-requirements", DOCKERFILE_PATCH),
    ("openedx-dockerfile-pre-assets", ATLAS_DOCKERFILE_PATCH),
    ("openedx-common-settings", COMMON_SETTINGS_PATCH),
    ("openedx-lms-common-settings", LMS_SETTINGS_PATCH),
    ("caddyfile-lms", CADDY_LMS_PATCH),
])


def import_course_script(lang):
    """The shell script, run in the ``cms`` container, that builds the ready course and imports it.

    The import line is the one Tutor's own ``do importdemocourse`` uses (overhangio/tutor tutor/commands/jobs.py):
    the data directory, then the absolute folder that holds ``course.xml``.
    """
    return f"""set -e
rm -rf /tmp/ilelln-course && mkdir -p /tmp/ilelln-course
ilelln-course build /tmp/ilelln-course/ilelln-course.tar.gz --lang {lang}
tar -xzf /tmp/ilelln-course/ilelln-course.tar.gz -C /tmp/ilelln-course
python ./manage.py cms import ../data /tmp/ilelln-course/course
echo "ilelln: the course is imported; open it in Studio."
"""


@click.command(name="ilelln-import-course", help="Build the ilelln ready course and import it into Studio.")
@click.option("--lang", type=click.Choice(["ar", "en"]), default=None,
              help="Interface language of the course (default: ILELLN_COURSE_LANGUAGE, ar).")
def import_course(lang):
    """``tutor local do ilelln-import-course [--lang ar|en]``."""
    yield ("cms", import_course_script(lang or "{{ ILELLN_COURSE_LANGUAGE }}"))


@click.command(name="ilelln-enable-blocks",
               help="Add the ilelln block types to the Advanced Module List of the given courses (or --all).")
@click.argument("course_keys", nargs=-1)
@click.option("--all", "every_course", is_flag=True, help="Every course in Studio.")
def enable_blocks(course_keys, every_course):
    """``tutor local do ilelln-enable-blocks COURSE_KEY... | --all``."""
    if not course_keys and not every_course:
        raise click.UsageError("Name at least one course key, or pass --all.")
    targets = "--all" if every_course else " ".join(shlex.quote(key) for key in course_keys)
    yield ("cms", f"python ./manage.py cms ilelln_enable_blocks {targets}")


hooks.Filters.CLI_DO_COMMANDS.add_items([import_course, enable_blocks])


def installed_block_types():
    """The ilelln block types the installed package registers (for a check that BLOCK_TYPES is complete)."""
    return sorted(ep.name for ep in metadata.entry_points(group="xblock.v1") if ep.name.startswith("ilelln_"))
