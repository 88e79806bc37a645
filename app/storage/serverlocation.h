// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// Where a PostgreSQL campaign lives, read from a libpq connection URI:
//   postgresql://user@host:port/dbname?sslmode=require
//   postgresql://user@/dbname?host=/var/run/postgresql   (a Unix socket folder)
// A password in the URI is accepted but never shown again (display() leaves it out); without
// one, libpq reads PGPASSWORD and ~/.pgpass, and the window may ask for it.
class ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)

public:
    static bool looksLikeServer(const QString &location);
    // False with a sentence in *error when the text is not a usable URI.
    static bool parse(const QString &location, ServerLocation *out, QString *error);

    QString host; // a name, an address, or a socket folder (starts with '/'); empty = libpq's default
    int port = -1; // -1 = libpq's default
    QString user; // empty = libpq's default (PGUSER, the system user)
    QString password; // only when written in the URI
    QString database;
    // Everything else (sslmode, sslrootcert, connect_timeout, application_name…), passed to libpq.
    QList<QPair<QString, QString>> options;

    // libpq's options as Qt's QPSQL driver takes them ("sslmode=require;connect_timeout=10").
    QString connectOptions() const;
    // The URI without the password: for titles, recent servers and messages.
    QString display() const;
};
