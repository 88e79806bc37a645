#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a realistic mbox of testimony emails for the import benchmark.

usage: generate_mbox.py OUTPUT.mbox [COUNT] [--big-attachment MB]
Mixes the shapes town halls' mail programs write: UTF-8 quoted-printable, windows-1252,
base64, multipart/alternative with HTML, small PDF-like attachments, replies; dates before
the deadline, a few after it. Deterministic (seeded).
"""
import base64, random, sys

TOWNS = [("saumur", "Saumur"), ("beauvais", "Beauvais"), ("martigues", "Martigues"), ("bethune", "Béthune"),
         ("longwy", "Longwy"), ("albi", "Albi"), ("cholet", "Cholet"), ("vierzon", "Vierzon"),
         ("auxerre", "Auxerre"), ("chartres", "Chartres"), ("quimper", "Quimper"), ("niort", "Niort")]
SENTENCES = [
    "Dès le premier confinement, la ville a ouvert une plateforme d'entraide solidaire.",
    "Les agents ont été équipés d'ordinateurs portables pour assurer la continuité du service public.",
    "Le télétravail a concerné plus de quatre cents agents en quelques jours.",
    "Un marché de producteurs en ligne a permis aux habitants de commander des paniers de légumes.",
    "Les médiateurs numériques ont accompagné les familles éloignées du numérique.",
    "Le CCAS a organisé la livraison de courses à domicile pour les aînés de 65 ans et plus.",
    "Des tablettes ont été prêtées aux familles qui n'avaient pas d'ordinateur.",
    "Difficultés rencontrées : la couverture en très haut débit reste inégale.",
    "Les associations se sont mobilisées pour appeler chaque semaine les personnes isolées.",
    "Près de 12 000 vues pour le festival entièrement numérique : « un vrai succès ».",
]
MONTHS = ["Jan", "Feb", "Mar"]


def qp(text):
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def message(i, rng, big_mb=0):
    slug, town = TOWNS[i % len(TOWNS)]
    month = rng.choice(MONTHS)
    day = rng.randint(1, 28 if month != "Mar" else 22)
    hour = rng.randint(7, 19)
    date = f"{day:02d} {month} 2021 {hour:02d}:{rng.randint(0,59):02d}:{rng.randint(0,59):02d} +0100"
    body = "Bonjour,\n\n" + " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(4, 14))) + \
        f"\n\nCordialement,\nAgent {i}\nVille de {town}\n"
    encoded_town = "".join(c if c.isascii() and c.isalnum() else "".join(f"={b:02X}" for b in c.encode()) for c in town)
    headers = [
        f"From agent{i}@mairie-{slug}.fr {['Mon','Tue','Wed'][i%3]} {month} {day:2d} {hour:02d}:00:00 2021",
        f"Received: from mail.mairie-{slug}.fr by mx.villes-internet.example; {date}",
        f"Date: {date}",
        f"From: =?UTF-8?Q?Agent_{i}_-_{encoded_town}?= <agent{i}@mairie-{slug}.fr>",
        "To: temoignages@villes-internet.example",
        f"Subject: =?UTF-8?B?{base64.b64encode(f'Témoignage n°{i} – {town}'.encode()).decode()}?=",
        f"Message-ID: <bench-{i}@mairie-{slug}.fr>",
        "MIME-Version: 1.0",
    ]
    kind = i % 4 if not big_mb else 3
    if kind == 0:
        headers += ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: quoted-printable"]
        return "\n".join(headers) + "\n\n" + qp(body)
    if kind == 1:
        headers += ["Content-Type: text/plain; charset=windows-1252", "Content-Transfer-Encoding: 8bit"]
        return ("\n".join(headers) + "\n\n").encode("ascii") + body.encode("cp1252", "replace")
    if kind == 2:
        html = "<html><body>" + "".join(f"<p>{s}</p>" for s in body.split("\n\n")) + "</body></html>"
        headers += ['Content-Type: multipart/alternative; boundary="alt"']
        return "\n".join(headers) + "\n\n--alt\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + \
            qp(body) + "\n--alt\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + \
            base64.encodebytes(html.encode()).decode() + "--alt--\n"
    size = big_mb * 1024 * 1024 if big_mb else rng.randint(2000, 20000)
    data = bytes(rng.getrandbits(8) for _ in range(min(size, 4096))) * (size // 4096 + 1)
    data = data[:size]
    headers += ['Content-Type: multipart/mixed; boundary="mix"']
    return "\n".join(headers) + "\n\n--mix\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + body + \
        "\n--mix\nContent-Type: application/pdf; name=\"bilan.pdf\"\nContent-Disposition: attachment; filename=\"bilan.pdf\"\n" + \
        "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(data).decode() + "--mix--\n"


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 and not sys.argv[2].startswith("--") else 10000
    big = int(sys.argv[sys.argv.index("--big-attachment") + 1]) if "--big-attachment" in sys.argv else 0
    rng = random.Random(2021)
    with open(out, "wb") as f:
        for i in range(count):
            m = message(i, rng, big)
            if isinstance(m, str):
                m = m.encode("utf-8")
            # mboxrd: escape body lines that look like separators
            lines = m.split(b"\n")
            lines = [lines[0]] + [b">" + l if l.lstrip(b">").startswith(b"From ") else l for l in lines[1:]]
            f.write(b"\n".join(lines).rstrip(b"\n") + b"\n\n")


if __name__ == "__main__":
    main()
