"""Packaging for ilelln-xblocks.

The repository keeps the blocks' JS, CSS and images in a top-level ``static/``
folder, but XBlock serves assets only from inside the installed package, so
``static/`` is mapped to the ``ilelln_xblocks.static`` package here and ends up
inside the wheel.
"""
import os
import re

from setuptools import find_packages, setup

HERE = os.path.dirname(os.path.abspath(__file__))


def version():
    """Read the version from the package without importing it."""
    with open(os.path.join(HERE, "ilelln_xblocks", "__init__.py"), encoding="utf-8") as init:
        return re.search(r'^__version__ = "([^"]+)"', init.read(), re.M).group(1)


def files_under(root, *exts):
    """All files below ``root`` with one of ``exts``, relative to ``root``."""
    found = []
    for folder, _dirs, names in os.walk(os.path.join(HERE, root)):
        for name in names:
            if name.endswith(exts):
                found.append(os.path.relpath(os.path.join(folder, name), os.path.join(HERE, root)))
    return sorted(found)


BLOCKS = {
    "ilelln_module_overview": "ilelln_xblocks.curriculum.module_overview.block:ModuleOverviewBlock",
    "ilelln_competency_check": "ilelln_xblocks.curriculum.competency_check.block:CompetencyCheckBlock",
    "ilelln_gap_fill": "ilelln_xblocks.english.gap_fill.block:GapFillBlock",
    "ilelln_ordering": "ilelln_xblocks.english.ordering.block:OrderingBlock",
    "ilelln_dialogue": "ilelln_xblocks.english.dialogue.block:DialogueBlock",
    "ilelln_listening": "ilelln_xblocks.english.listening.block:ListeningBlock",
    "ilelln_vocabulary": "ilelln_xblocks.english.vocabulary.block:VocabularyBlock",
    "ilelln_writing": "ilelln_xblocks.english.writing.block:WritingBlock",
    "ilelln_speaking": "ilelln_xblocks.english.speaking.block:SpeakingBlock",
    "ilelln_peer_review": "ilelln_xblocks.collaboration.peer_review.block:PeerReviewBlock",
    "ilelln_reflection": "ilelln_xblocks.collaboration.reflection.block:ReflectionBlock",
    "ilelln_team_project": "ilelln_xblocks.collaboration.team_project.block:TeamProjectBlock",
    "ilelln_discussion": "ilelln_xblocks.collaboration.discussion.block:DiscussionBlock",
}

with open(os.path.join(HERE, "README.md"), encoding="utf-8") as readme:
    LONG_DESCRIPTION = readme.read()

setup(
    name="ilelln-xblocks",
    version=version(),
    description="Open edX XBlocks for an Arabic-first library leadership programme",
    long_description=LONG_DESCRIPTION,
    long_description_content_type="text/markdown",
    license="AGPL-3.0-or-later",
    packages=find_packages(include=["ilelln_xblocks", "ilelln_xblocks.*"]) + ["ilelln_xblocks.static"],
    package_dir={"ilelln_xblocks.static": "static"},
    package_data={
        "ilelln_xblocks": files_under("ilelln_xblocks", ".html", ".txt", ".po", ".mo"),
        "ilelln_xblocks.static": files_under("static", ".js", ".css", ".svg", ".png", ".ogg", ".mp3", ".wav"),
    },
    python_requires=">=3.12",
    install_requires=[
        "XBlock>=5.3,<7",
        "Django>=5.2,<6",
        "lxml>=5.0",
        "nh3>=0.2.17",
        "tzdata",
        "rapidfuzz>=3.0",
        "lemminflect>=0.2.3",
        "pyspellchecker>=0.8",
        "breame>=0.1.2,<0.2",   # British/American spelling lists, data in the wheel
        "jiwer>=4.0,<5",        # word error rate alignment for dictation
        "harper-py>=0.2,<0.3",  # offline grammar and spelling, engine in the wheel; pyspellchecker if absent
        "fsrs>=6.3,<7",         # spaced repetition for the vocabulary cards (pure Python)
    ],
    extras_require={
        # The scheduled sweep and the reminder e-mails run on the LMS, which already has both (Verawood pins
        # celery 5.6 and edx-ace 1.15); the ranges admit those pins, so installing the extra there changes nothing.
        "reminders": ["celery>=5.3,<6", "edx-ace>=1.11,<2"],
    },
    entry_points={
        "xblock.v1": [f"{name} = {path}" for name, path in BLOCKS.items()],
        "console_scripts": ["ilelln-course = ilelln_xblocks.course.builder:main"],
        "lms.djangoapp": ["ilelln_xblocks = ilelln_xblocks.apps:IlellnXBlocksConfig"],
        "cms.djangoapp": ["ilelln_xblocks = ilelln_xblocks.apps:IlellnXBlocksConfig"],
        # `tutor plugins enable ilelln` (Tutor 22, Verawood); tutor itself is not a runtime dependency.
        "tutor.plugin.v1": ["ilelln = ilelln_xblocks.tutor_plugin"],
    },
    classifiers=[
        "Development Status :: 3 - Alpha",
        "Framework :: Django",
        "Framework :: Django :: 5.2",
        "Intended Audience :: Education",
        "Natural Language :: Arabic",
        "Natural Language :: English",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3.12",
    ],
)
