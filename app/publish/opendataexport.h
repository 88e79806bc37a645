// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dossier/dossierdata.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

class Database;

// The validated contributions as open data (docs/open-data.md): a CSV with a header row
// (UTF-8, "," or ";" between fields), a JSON document, or an OpenDocument spreadsheet. One row
// per contribution: its authority's INSEE code (commune) or SIREN (intercommunalité), themes,
// state, dates in ISO 8601 UTC, the text to publish and the difficulties, with the same masking
// of names, addresses and phone numbers as the dossier. Contacts only with --with-contacts, and
// then only those who consented.
class OpenDataExport
{
    Q_DECLARE_TR_FUNCTIONS(OpenDataExport)

public:
    enum class Format { Csv, Json, Ods };
    struct Options
    {
        Format format = Format::Csv;
        QChar separator = QLatin1Char(',');
        bool withContacts = false;
    };

    struct Column
    {
        QString name; // stable, what scripts and the schema use
        QString type; // Table Schema type: string, integer, boolean, datetime
        QString description;
    };
    // The columns in order; the contact columns only when asked.
    static QList<Column> columns(bool withContacts);

    // One row of values per contribution, in the columns' order: strings, ints, bools; lists
    // (themes, sub-topics) as QStringList.
    static QList<QVariantList> rows(const DossierData &data, bool withContacts);

    static QByteArray csv(const DossierData &data, const Options &options);
    static QByteArray json(const DossierData &data, const Options &options);
    static QByteArray ods(const DossierData &data, const Options &options);

    static bool formatFromName(const QString &name, Format *format);

    // Reads the validated contributions and writes the file whole or not at all; false with a
    // sentence in *error. *count says how many contributions were written.
    static bool write(Database &db, const Options &options, const QString &path, int *count, QString *error);
};
