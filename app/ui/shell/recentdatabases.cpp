// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/recentdatabases.h"

#include "core/clock.h"
#include "core/deadlineguard.h"
#include "storage/campaignrepository.h"
#include "storage/serverlocation.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace {
const QString recentKey = QStringLiteral("recentDatabases");
const QString lastKey = QStringLiteral("lastDatabase");

QString absolute(const QString &location)
{
    return QDir::cleanPath(QFileInfo(location).absoluteFilePath());
}
} // namespace

RecentDatabases::RecentDatabases(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuild();
}

QStringList RecentDatabases::locations() const
{
    return QSettings().value(recentKey).toStringList();
}

void RecentDatabases::add(const QString &location, bool asLast)
{
    // A server's address is no file: File › Connect to a server keeps its own list of servers
    // (read as a path, it would become a bogus file here and the desk to reopen at the next start).
    if (ServerLocation::looksLikeServer(location))
        return;
    const QString path = absolute(location);
    QStringList list = locations();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > maximum)
        list.removeLast();
    QSettings settings;
    settings.setValue(recentKey, list);
    if (asLast)
        settings.setValue(lastKey, path);
    rebuild();
}

void RecentDatabases::remove(const QString &location)
{
    QStringList list = locations();
    list.removeAll(absolute(location));
    QSettings().setValue(recentKey, list);
    rebuild();
}

QString RecentDatabases::lastDatabase()
{
    const QString last = QSettings().value(lastKey).toString();
    return !last.isEmpty() && QFileInfo(last).isFile() ? last : QString();
}

QString RecentDatabases::describe(const QString &location)
{
    const QString file = QFileInfo(location).fileName();
    if (ServerLocation::looksLikeServer(location) || !QFileInfo(location).isFile())
        return file;
    const auto settings = CampaignRepository::peek(location);
    if (!settings)
        return file;
    QString name = settings->campaign.name;
    if (name.size() > 60)
        name = name.left(58).trimmed() + QChar(0x2026);
    // « Les tiers-lieux en Guyane · Appel ouvert jusqu'au 31 mars 2027 — guyane.sqlite »
    const QString state = DeadlineGuard(settings->campaign).statusText(Clock::system().now());
    return tr("%1 · %2 — %3", "call's name · open or closed — file").arg(name, state, file);
}

void RecentDatabases::rebuild()
{
    // Not clear(): rebuild() runs while one of these actions is being triggered.
    const QList<QAction *> old = m_menu->actions();
    for (QAction *a : old) {
        m_menu->removeAction(a);
        a->deleteLater();
    }
    const QStringList list = locations();
    int n = 0;
    for (const QString &path : list) {
        ++n;
        // &1 … &8: each one reachable from the keyboard.
        const QString text = tr("&%1 %2").arg(n).arg(describe(path).replace(QLatin1Char('&'), QStringLiteral("&&")));
        QAction *action = m_menu->addAction(text);
        action->setToolTip(path);
        action->setStatusTip(path);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (!ServerLocation::looksLikeServer(path) && !QFileInfo(path).isFile()) {
                QMessageBox::warning(m_menu->window(), tr("Cannot open the database"),
                    tr("The database “%1” is no longer there: it has been removed from the list.")
                        .arg(QDir::toNativeSeparators(path)));
                remove(path);
                return;
            }
            Q_EMIT openRequested(path);
        });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("No recent database"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    QAction *clear = m_menu->addAction(tr("&Clear the list"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(recentKey);
        rebuild();
    });
}
