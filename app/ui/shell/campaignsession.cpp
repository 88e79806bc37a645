// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/campaignsession.h"

#include "storage/database.h"
#include "ui/shell/databaserecovery.h"
#include "ui/shell/desktoplauncher.h"

#include <QMessageBox>

CampaignSession::CampaignSession(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

bool CampaignSession::open(const QString &location, QWidget *parent)
{
    QString error;
    {
        // Try it aside first, so that a store that cannot be opened leaves the current one open.
        Database probe;
        if (!DesktopLauncher::openAskingPassword(probe, location, parent, &error)
            && (error.isEmpty() || !DatabaseRecovery::offerBackup(parent, probe, location, error)))
            return false;
    }
    Q_EMIT closing();
    const QString previous = m_db.location();
    if (!m_db.open(location, &error)) {
        QString again;
        m_db.open(previous, &again);
        QMessageBox::warning(parent, tr("Cannot open the database"), error);
        Q_EMIT opened();
        return false;
    }
    Q_EMIT opened();
    DatabaseRecovery::backUpToday(parent, m_db);
    return true;
}
