"""CSV exports for facilitators: every cell safe from spreadsheet formulas, one set of file headers.

A learner's name, a team's name or a post's title that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return would run as a formula in the facilitator's spreadsheet (OWASP "CSV injection"); every text
cell goes through :func:`~.sanitize.spreadsheet_cell`, whoever wrote it.
"""
import csv
import io

from .files import file_response
from .sanitize import spreadsheet_cell


def csv_response(filename, header, rows):
    """A CSV download ``filename`` of ``header`` then ``rows`` (iterables of cells), UTF-8 with a BOM for Excel."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([spreadsheet_cell(cell) for cell in header])
    writer.writerows([spreadsheet_cell(cell) for cell in row] for row in rows)
    body = out.getvalue().encode("utf-8-sig")
    return file_response([body], "text/csv; charset=utf-8", download=filename, content_length=len(body))
