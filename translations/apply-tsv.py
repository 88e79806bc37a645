#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill the catalogues after lupdate.

    /usr/lib/qt6/bin/lupdate -no-obsolete -locations none app forms \
        -ts translations/recueil_fr.ts translations/recueil_en.ts
    translations/apply-tsv.py

recueil_fr.ts takes its French from every translations/*.tsv file (context, English source,
French; tab-separated, one message a line, "\\n" for a line break); recueil_en.ts repeats the
English source. A message with a count (tr("%n …", nullptr, n), numerus="yes" in the catalogue)
has a fourth column: its French forms then its English forms, each separated by "|" (singular,
plural). Messages already translated are left alone. Lists what is still missing and exits 1
when something is.
"""
import glob
import html
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))


def load_tsv():
    table = {}
    english = {}
    for path in sorted(glob.glob(os.path.join(here, "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) not in (3, 4):
                    sys.exit(f"{path}:{number}: expected context<TAB>source<TAB>translation[<TAB>English forms]")
                context, source, french = (p.replace("\\n", "\n") for p in parts[:3])
                if len(parts) == 4:
                    french = french.split("|")
                    english[(context, source)] = parts[3].replace("\\n", "\n").split("|")
                table[(context, source)] = french
                table.setdefault((None, source), french)
    return table, english


MESSAGE = re.compile(r"(<message[^>]*>\s*<source>(.*?)</source>(?:\s*<comment>.*?</comment>)?\s*)"
                     r"<translation([^>]*)>(.*?)</translation>", re.S)
CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)


def escape(text):
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def fill(path, translate):
    with open(path, encoding="utf-8") as f:
        content = f.read()
    missing = []

    def fill_context(match):
        name = html.unescape(match.group(1))

        def fill_message(m):
            head, source, attributes, current = m.group(1), html.unescape(m.group(2)), m.group(3), m.group(4)
            if 'type="unfinished"' not in attributes and current:
                return m.group(0)
            text = translate(name, source)
            numerus = 'numerus="yes"' in head
            if text is None or numerus != isinstance(text, list):
                missing.append((name, source))
                return m.group(0)
            if numerus:
                forms = "".join(f"\n            <numerusform>{escape(t)}</numerusform>" for t in text)
                return f"{head}<translation>{forms}\n        </translation>"
            return f"{head}<translation>{escape(text)}</translation>"

        return match.group(0).replace(match.group(2), MESSAGE.sub(fill_message, match.group(2)))

    content = CONTEXT.sub(fill_context, content)
    with open(path, "w", encoding="utf-8") as f:
        f.write(content)
    return missing


def main():
    table, english = load_tsv()
    missing = fill(os.path.join(here, "recueil_fr.ts"),
                   lambda context, source: table.get((context, source), table.get((None, source))))
    missing += fill(os.path.join(here, "recueil_en.ts"),
                    lambda context, source: english.get((context, source), source))
    for context, source in missing:
        print(f"missing French: {context}\t{source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
