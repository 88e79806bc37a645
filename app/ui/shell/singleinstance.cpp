// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace {
// What a later Recueil sends: a version, then the absolute paths; the window answers one byte.
constexpr quint32 protocolVersion = 1;
constexpr char acknowledgement = '\x06';

// A folder only this user can enter: a real directory (not a link), owned by the user, with no
// access for the group or others. Anyone else could put a socket of theirs there.
#if defined(Q_OS_UNIX)
bool isPrivateFolder(const QString &path)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return S_ISDIR(info.st_mode) && info.st_uid == ::geteuid() && (info.st_mode & 077) == 0;
}

// The user id of the process at the other end of a local socket, or -1 when unknown.
long long peerUid(qintptr descriptor)
{
#if defined(SO_PEERCRED)
    struct ucred credentials = {};
    socklen_t size = sizeof credentials;
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0)
        return -1;
    return credentials.uid;
#else
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(int(descriptor), &uid, &gid) != 0)
        return -1;
    return uid;
#endif
}

bool isSameUser(const QLocalSocket &socket)
{
    return peerUid(socket.socketDescriptor()) == static_cast<long long>(::geteuid());
}
#else
// Windows names pipes per session and QLocalServer's UserAccessOption limits them to the user.
bool isSameUser(const QLocalSocket &)
{
    return true;
}
#endif

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

QString SingleInstance::socketFolder()
{
#if !defined(Q_OS_UNIX)
    return QString();
#else
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir::isAbsolutePath(runtime) && isPrivateFolder(runtime))
        return QDir::cleanPath(runtime);
    const QString own = QDir(QDir::tempPath()).filePath(QStringLiteral("recueil-%1").arg(::geteuid()));
    // mkdir is atomic: either this user makes it 0700, or it was there and must pass the check.
    ::mkdir(QFile::encodeName(own).constData(), 0700);
    return isPrivateFolder(own) ? own : QString();
#endif
}

QString SingleInstance::socketPath(const QString &databaseLocation)
{
#if !defined(Q_OS_UNIX)
    return serverName(databaseLocation); // a named pipe of this session
#endif
    const QString folder = socketFolder();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(serverName(databaseLocation));
}

bool SingleInstance::sendToRunning(const QString &databaseLocation, const QStringList &files, int timeoutMs)
{
    const QString path = socketPath(databaseLocation);
    if (path.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(path);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    // Someone else listening there gets nothing, not even the names of the files.
    if (!isSameUser(socket)) {
        qWarning("Recueil: %s belongs to another user; opening a window of its own", qPrintable(path));
        socket.abort();
        return false;
    }
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
    const QString name = socketPath(databaseLocation);
    if (name.isEmpty()) {
        qWarning("Recueil: no private folder for the socket; files will not be handed to this window");
        return false;
    }
    {
        // Another window already has this database: leave it its socket (listening would
        // replace the socket file and rob it of the next files).
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(1000) && isSameUser(probe))
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
        if (!isSameUser(*socket)) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
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
