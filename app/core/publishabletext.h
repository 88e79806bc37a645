// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// From an email's text to the text a dossier can print: the proposal that import makes, and
// that people review. Nothing is removed silently: the proposal is the original cut into parts,
// each with what it is (a greeting, a signature, a quoted reply…) and whether it is kept, so that
// an editor can grey the removed parts and bring any of them back. Town halls' mail, in French
// and in English: greetings and closings, signature blocks (after "-- ", after a closing, or
// recognised by their short name / function / phone / address lines), quoted replies and their
// "Le … a écrit :" / "De : … Envoyé : …" headers, forwarded-message headers, legal disclaimers,
// "Envoyé de mon iPhone" footers, tracking residue. A section headed « Difficultés
// (rencontrées) », « Freins » or « Points de vigilance » moves to the difficulties. A message
// forwarded "as a quote" (« Début du message réexpédié : » then "> " lines) is read, in the
// parts, without its quote marks.
namespace PublishableText {

struct Part
{
    enum Kind {
        Text, // the testimony: kept
        Difficulties, // moved to the difficulties field (kept there)
        Greeting,
        Closing,
        Signature,
        Quote, // a quoted reply and what follows it
        ForwardHeader, // "---------- Forwarded message ---------" and its From/Date/Subject lines
        Disclaimer,
        MobileFooter,
        Residue, // [cid:image001.png], tracking links alone on a line
        Marker, // Recueil's own « — Complément reçu le … — » line
        ForwarderNote, // "Je vous transfère le témoignage de…" above a forwarded testimony
    };
    Kind kind = Text;
    QString text; // the lines of the original, as they were
    bool kept = true; // Text and Difficulties are kept; the rest is proposed for removal
};

struct Context
{
    QString senderName; // helps recognise a signature
    QString authorityName; // « Martigues », « Ville de Martigues »
    QString subject; // "RE: …" says a header block quotes; "TR: …" that it forwards a testimony
};

struct Proposal
{
    QList<Part> parts;
    // The text to publish: the kept Text parts, blank lines tidied.
    QString text() const;
    // The difficulties, from the Difficulties parts, their heading removed.
    QString difficulties() const;
};

Proposal propose(const QString &original, const Context &context = {});

// A title for the dossier from the email's subject: without Re:/TR:/Fwd:, « Contribution : »,
// « Témoignage – », bracketed tags, or the authority's name ending it after a dash; an empty
// subject becomes the text's first sentence, cut at a word.
// Paragraphs that a mail program cut at 72–78 columns, put back on one line each; lists, short
// lines and paragraphs written with long lines stay as they are.
QString reflow(const QString &text);

QString proposeTitle(const QString &subject, const QString &authorityName, const QString &text);

// The kind as people read it, for the editor ("Greeting", "Signature"…), translated.
QString kindName(Part::Kind kind);

} // namespace PublishableText
