"""Peer review in plain Python: rubrics, reviewer allocation, medians and grades.

An author writes one criterion per line::

    problem | The problem and who it serves | 0 = Missing : no problem is named ; 2 = Clear : a real need

``key | label | levels``, with levels separated by ``;``, each ``points = label : description``
(the description is optional).
"""
import hashlib
import json
import re
from dataclasses import dataclass
from statistics import median

from ...core.memo import per_content
from ...core.messages import AuthorError, _

_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
STAFF = "staff"  # the reviewer id of the facilitator queue


# The one author-error class (core.messages); the name stays for peer review's imports until its split adopts it.


@dataclass(frozen=True)
class Level:
    """One level of a criterion."""

    points: int
    label: str
    description: str = ""


@dataclass(frozen=True)
class Criterion:
    """A rubric criterion with its levels, lowest points first."""

    key: str
    label: str
    levels: tuple

    @property
    def max_points(self):
        """The most points a review can give on this criterion."""
        return max(level.points for level in self.levels)

    def to_line(self):
        """The author's one-line form."""
        levels = " ; ".join(
            f"{level.points} = {level.label}" + (f" : {level.description}" if level.description else "")
            for level in self.levels
        )
        return f"{self.key} | {self.label} | {levels}"

    def as_dict(self):
        """JSON-ready form, as stored with a rubric version."""
        return {"key": self.key, "label": self.label,
                "levels": [[level.points, level.label, level.description] for level in self.levels]}

    @classmethod
    def from_dict(cls, data):
        """The inverse of :meth:`as_dict`."""
        return cls(data["key"], data["label"], tuple(Level(*level) for level in data["levels"]))


def parse_level(text):
    """A :class:`Level` from ``points = label : description``."""
    points, sep, rest = text.partition("=")
    if not sep:
        raise AuthorError(_("Write each level as: points = label : description."))
    try:
        points = int(points.strip())
    except ValueError:
        raise AuthorError(_("'%(points)s' is not a whole number of points."), points=points.strip()) from None
    if points < 0 or points > 100:
        raise AuthorError(_("Points must be between 0 and 100."))
    label, _sep, description = rest.partition(":")
    if not label.strip():
        raise AuthorError(_("Each level needs a label."))
    return Level(points, label.strip(), description.strip())


def parse_criterion(line):
    """A :class:`Criterion` from ``key | label | levels``."""
    parts = [part.strip() for part in line.split("|")]
    if len(parts) != 3:
        raise AuthorError(_("Write three parts separated by '|': key | label | levels."))
    key, label, levels_text = parts
    if not _KEY.match(key):
        raise AuthorError(_("'%(key)s' is not a key: use lower-case letters, digits and hyphens."), key=key)
    if not label:
        raise AuthorError(_("Each criterion needs a label."))
    levels = tuple(sorted((parse_level(part) for part in levels_text.split(";") if part.strip()),
                          key=lambda level: level.points))
    if len(levels) < 2:
        raise AuthorError(_("Each criterion needs at least two levels."))
    if len({level.points for level in levels}) != len(levels):
        raise AuthorError(_("Two levels of '%(key)s' give the same points."), key=key)
    if levels[-1].points == 0:
        raise AuthorError(_("The top level of '%(key)s' must give some points."), key=key)
    return Criterion(key, label, levels)


@per_content
def parse_rubric(lines):
    """``(criteria, errors)``; errors are ``(line number, AuthorError)``, duplicate keys included."""
    found, errors, seen = [], [], set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            criterion = parse_criterion(line)
        except AuthorError as error:
            errors.append((number, error))
            continue
        if criterion.key in seen:
            errors.append((number, AuthorError(_("The key '%(key)s' is used twice."), key=criterion.key)))
            continue
        seen.add(criterion.key)
        found.append(criterion)
    return found, errors


def rubric_digest(criteria):
    """A stable fingerprint of a rubric, so each distinct version is stored once."""
    data = json.dumps([criterion.as_dict() for criterion in criteria], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def score_review(criteria, choices):
    """``(parts, points, fraction)`` for a reviewer's ``{key: level index}`` choices over ``criteria``.

    Raises :class:`~ilelln_xblocks.core.messages.AuthorError` when a criterion is missing or a level does not exist.
    """
    parts, points, possible = {}, 0, 0
    for criterion in criteria:
        index = choices.get(criterion.key)
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(criterion.levels):
            raise AuthorError(_("Choose a level for every criterion."))
        level = criterion.levels[index]
        parts[criterion.key] = {"level": index, "points": level.points, "max": criterion.max_points}
        points += level.points
        possible += criterion.max_points
    return parts, points, (points / possible if possible else 0.0)


def criterion_medians(reviews):
    """``{key: (median fraction, max points)}`` over the ``parts`` of completed reviews.

    Reviews made under different rubric versions compare by criterion key, each part
    scaled by the maximum of its own version; the newest maximum weighs the criterion.
    """
    fractions, weights = {}, {}
    for parts in reviews:
        for key, part in parts.items():
            if part["max"]:
                fractions.setdefault(key, []).append(part["points"] / part["max"])
                weights[key] = part["max"]
    return {key: (median(values), weights[key]) for key, values in fractions.items()}


def received_score(reviews):
    """The share of the points a submission received: weighted medians per criterion (0 to 1, None if none)."""
    medians = criterion_medians(reviews)
    total = sum(weight for _fraction, weight in medians.values())
    if not total:
        return None
    return sum(fraction * weight for fraction, weight in medians.values()) / total


def combined_grade(received, given_done, given_required, weight_received, weight_given):
    """The peer grade (0 to 1): the score received and the share of required reviews given, weighted."""
    if received is None:
        return None
    given = 1.0 if not given_required else min(given_done / given_required, 1.0)
    total = weight_received + weight_given
    if total <= 0:
        return received
    return (received * weight_received + given * weight_given) / total


def _order(learners, seed):
    """A reproducible shuffle: sorted by a hash of the seed and the learner id."""
    return sorted(learners, key=lambda learner: hashlib.sha256(f"{seed}:{learner}".encode()).digest())


def allocate(groups, k, seed=""):
    """Reviewer assignments ``[(reviewer, author), ...]`` for ``groups`` (``{group: [author, ...]}``).

    In a group with more than ``k`` submitters each author is reviewed by exactly ``k``
    others and each reviewer reviews exactly ``k``: the group is put in a shuffled ring and
    each learner reviews the next ``k``. A group of ``k`` or fewer goes to the facilitator
    queue (reviewer :data:`STAFF`), one review per submission.
    """
    pairs = []
    for group in sorted(groups):
        authors = _order(sorted(set(groups[group])), f"{seed}:{group}")
        count = len(authors)
        if count > k:
            for index, reviewer in enumerate(authors):
                for step in range(1, k + 1):
                    pairs.append((reviewer, authors[(index + step) % count]))
        else:
            pairs.extend((STAFF, author) for author in authors)
    return pairs

