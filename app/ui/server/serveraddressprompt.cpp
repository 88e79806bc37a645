// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/server/serveraddressprompt.h"

#include "storage/serverlocation.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>

namespace {
const QString recentKey = QStringLiteral("recentServers");
} // namespace

QString ServerAddressPrompt::ask(QWidget *parent)
{
    const QStringList recent = QSettings().value(recentKey).toStringList();
    bool ok = false;
    const QString address = QInputDialog::getItem(parent, tr("Connect to a server"),
        tr("Address of the campaign on its PostgreSQL server, for example\n"
           "postgresql://login@server.example.fr/recueil?sslmode=require"),
        recent, 0, true, &ok)
                                .trimmed();
    if (!ok || address.isEmpty())
        return QString();
    ServerLocation server;
    QString error;
    if (!ServerLocation::parse(address, &server, &error)) {
        QMessageBox::warning(parent, tr("Cannot open the database"), error);
        return QString();
    }
    return address;
}

void ServerAddressPrompt::remember(const QString &address)
{
    ServerLocation server;
    QString error;
    if (!ServerLocation::parse(address, &server, &error))
        return;
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(server.display());
    recent.prepend(server.display());
    settings.setValue(recentKey, recent.mid(0, 8));
}
