"""Fill Arabic translations from a Python file defining AR = {msgid: text} and PLURALS = {msgid: (forms)}.

    python scripts/apply_translations.py new_strings.py   # then: make translations
"""
import runpy
import sys

from babel.messages.pofile import read_po, write_po

from i18n import LOCALE  # pylint: disable=import-error


def main(source):
    """Write the translations in ``source`` into the Arabic catalogues (both domains)."""
    table = runpy.run_path(source)
    singles, plurals = table.get("AR", {}), table.get("PLURALS", {})
    for domain in ("django", "djangojs"):
        path = LOCALE / "ar" / "LC_MESSAGES" / f"{domain}.po"
        with path.open("rb") as handle:
            catalog = read_po(handle, locale="ar", domain=domain)
        for message in catalog:
            key = message.id[0] if isinstance(message.id, (list, tuple)) else message.id
            if isinstance(message.id, (list, tuple)) and key in plurals:
                message.string = tuple(plurals[key])
                message.flags.discard("fuzzy")
            elif key in singles:
                message.string = singles[key]
                message.flags.discard("fuzzy")
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100)


if __name__ == "__main__":
    main(sys.argv[1])
