// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// The sample campaign offered on first run: a database of its own, filled by importing the
// sample emails bundled with Recueil (resources/samples), so that a newcomer can try entering,
// reviewing and printing without touching the real desk.
class QWidget;

class SampleCampaign
{
    Q_DECLARE_TR_FUNCTIONS(SampleCampaign)

public:
    // Where the sample database lives (beside the default database).
    static QString defaultLocation();
    // The bundled email files, in import order.
    static QStringList sampleFiles();
    // Creates the sample database at location (or keeps it if it is already there) and returns
    // true; false with the reason in *error.
    static bool create(const QString &location, QString *error);
    // The same at the default location, with a busy cursor: its location, or empty after saying
    // why over parent.
    static QString createShowingWhy(QWidget *parent);
};
