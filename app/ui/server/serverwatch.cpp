// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/server/serverwatch.h"

#include "storage/database.h"
#include "ui/common/noticebanner.h"

#include <QMainWindow>
#include <QSqlDriver>
#include <QToolBar>

#include <utility>

namespace {
const QString channel = QStringLiteral("recueil_contribution");
const QString peopleChannel = QStringLiteral("recueil_person");
const QString campaignChannel = QStringLiteral("recueil_campaign");
}

ServerWatch::ServerWatch(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(250);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        const QList<qint64> ids(m_changed.cbegin(), m_changed.cend());
        m_changed.clear();
        if (!ids.isEmpty())
            Q_EMIT contributionsChanged(ids);
        if (std::exchange(m_peopleChanged, false))
            Q_EMIT peopleChanged();
        if (std::exchange(m_campaignChanged, false))
            Q_EMIT campaignChanged();
    });
    m_check.setInterval(5000);
    connect(&m_check, &QTimer::timeout, this, &ServerWatch::check);
    attach();
}

void ServerWatch::setCheckInterval(int milliseconds)
{
    m_check.setInterval(milliseconds);
}

void ServerWatch::attach()
{
    m_changed.clear();
    if (!m_db.isOpen() || !m_db.announcesChanges()) {
        m_check.stop();
        return;
    }
    QSqlDriver *driver = m_db.connection().driver();
    for (const QString &name : { channel, peopleChannel, campaignChannel })
        if (!driver->subscribedToNotifications().contains(name))
            driver->subscribeToNotification(name);
    // The driver is replaced on reconnection: one link per driver.
    if (driver != m_driver) {
        m_driver = driver;
        connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                onNotification(name, int(source), payload);
            });
    }
    m_connected = true;
    m_check.start();
}

void ServerWatch::onNotification(const QString &name, int, const QVariant &payload)
{
    if (name == peopleChannel || name == campaignChannel) {
        (name == peopleChannel ? m_peopleChanged : m_campaignChanged) = true;
        if (!m_gather.isActive())
            m_gather.start();
        return;
    }
    if (name != channel)
        return;
    bool ok = false;
    const qint64 id = payload.toString().toLongLong(&ok);
    if (!ok)
        return;
    m_changed.insert(id);
    if (!m_gather.isActive())
        m_gather.start();
}

void ServerWatch::check()
{
    if (!m_db.announcesChanges())
        return;
    if (m_connected) {
        if (m_db.isConnectionAlive())
            return;
        m_connected = false;
        Q_EMIT connectionLost(tr("The connection to the server %1 was lost. Recueil is trying to reconnect; "
                                 "what you are typing is kept.")
                                  .arg(m_db.location()));
    }
    QString error;
    if (!m_db.reconnect(&error))
        return;
    attach();
    Q_EMIT connectionRestored();
}

QToolBar *ServerWatch::addBannerTo(QMainWindow *window)
{
    auto *banner = new QToolBar(tr("Connection"), window);
    banner->setObjectName(QStringLiteral("connectionBanner"));
    banner->setMovable(false);
    auto *label = new NoticeBanner(banner);
    banner->addWidget(label);
    window->addToolBar(Qt::TopToolBarArea, banner);
    banner->hide();
    connect(this, &ServerWatch::connectionLost, banner, [banner, label](const QString &message) {
        label->setText(message);
        banner->show();
    });
    connect(this, &ServerWatch::connectionRestored, banner, &QWidget::hide);
    return banner;
}
