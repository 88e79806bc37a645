// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

namespace {
// What a later Recueil sends: a version, then the absolute paths; the window answers one byte.
constexpr quint32 protocolVersion = 1;
constexpr char acknowledgement = '\x06';

QString canonical(const QString &location)
{
    const QFileInfo info(location);
    const QString path = info.canonicalFilePath();
    return path.isEmpty() ? info.absoluteFilePath() : path;
}
} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &databaseLocation)
{
    // The home folder tells users apart even where $USER is not set; the name stays short
    // enough for a Unix socket path.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QDir::homePath().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical(databaseLocation).toUtf8());
    return QStringLiteral("recueil-") + QString::fromLatin1(hash.result().toHex().left(24));
}

bool SingleInstance::sendToRunning(const QString &databaseLocation, const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(databaseLocation));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    {
        QDataStream out(&message, QIODevice::WriteOnly);
        out << protocolVersion << files;
    }
    QByteArray framed;
    {
        QDataStream out(&framed, QIODevice::WriteOnly);
        out << message;
    }
    socket.write(framed);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Wait for the window to say it has the files: only then may this process go.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.read(1) == QByteArray(1, acknowledgement);
}

bool SingleInstance::listen(const QString &databaseLocation)
{
    close();
    const QString name = serverName(databaseLocation);
    {
        // Another window already has this database: leave it its socket (listening would
        // replace the socket file and rob it of the next files).
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(1000))
            return false;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (m_server->listen(name))
        return true;
    // A socket file left behind by a crash is taken over.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(name);
        if (m_server->listen(name))
            return true;
    }
    qWarning("Recueil: cannot listen for other instances on %s: %s", qPrintable(name),
        qPrintable(m_server->errorString()));
    delete m_server;
    m_server = nullptr;
    return false;
}

void SingleInstance::close()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

QString SingleInstance::currentServerName() const
{
    return m_server ? m_server->serverName() : QString();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QPointer<QLocalSocket> guard(socket);
        connect(socket, &QLocalSocket::readyRead, this, [this, guard] {
            if (!guard)
                return;
            QDataStream in(guard.data());
            in.startTransaction();
            QByteArray message;
            in >> message;
            if (!in.commitTransaction())
                return; // wait for the rest
            quint32 version = 0;
            QStringList files;
            QDataStream body(message);
            body >> version >> files;
            if (body.status() != QDataStream::Ok || version != protocolVersion) {
                guard->disconnectFromServer();
                return;
            }
            guard->write(QByteArray(1, acknowledgement));
            guard->flush();
            guard->disconnectFromServer();
            Q_EMIT filesReceived(files);
        });
    }
}
