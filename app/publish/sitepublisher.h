// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/dossierdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class Database;

// The call's public website, static and self-contained (no server, no request elsewhere, no
// JavaScript needed to read): a home page with the call, its figures and the synthesis' charts
// (SVG, each with its figures as a table); every validated contribution on a page of its own at
// a stable address (contributions/<year>-<id>-<slug>.html); lists by theme, sub-topic, région,
// département and kind of authority, as plain links; a page per authority; a search box added by
// a small script as a convenience. Contacts only those who consented, when asked; names,
// addresses and phone numbers in the texts masked as in the dossier. French, or English when
// the campaign is in English. Publishing again rewrites only the files that changed and removes
// the pages of contributions no longer published.
class SitePublisher
{
    Q_DECLARE_TR_FUNCTIONS(SitePublisher)

public:
    struct Options
    {
        bool withContacts = false;
    };
    struct Result
    {
        int pages = 0; // files the site holds
        int written = 0; // of which written this time (new or changed)
        int removed = 0; // files of a previous publication no longer part of it
        QStringList changed; // the files written, relative to the folder
    };

    SitePublisher(const DossierData &data, const Options &options);

    // Every file of the site: path relative to the folder → contents.
    QHash<QString, QByteArray> files() const;

    // Writes the site into folder (created if needed); false with a sentence in *error.
    bool publish(const QString &folder, Result *result, QString *error) const;

    // Reads the validated contributions and publishes them.
    static bool publish(Database &db, const Options &options, const QString &folder, Result *result, QString *error);

    // The stable address of a contribution's page, relative to the site's root.
    static QString contributionPath(const Contribution &c, const QString &timeZone);
    // Lower-case ASCII words joined by hyphens, at most 60 characters: « Télétravail à Saumur » →
    // "teletravail-a-saumur".
    static QString slug(const QString &text);

private:
    const DossierData &m_data;
    Options m_options;
};
