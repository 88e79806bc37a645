// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/draftstore.h"

#include "storage/databasebackup.h"
#include "storage/serverlocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
QString folderFor(const QString &databasePath)
{
    if (databasePath.isEmpty())
        return {};
    if (!ServerLocation::looksLikeServer(databasePath))
        return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".drafts");
    // A campaign on a server has no folder of its own on this computer: its drafts go to the
    // user's data folder, one folder per server address (given without its password).
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("server-drafts/") + name + QStringLiteral(".drafts"));
}
} // namespace

DraftStore::DraftStore(const QString &databasePath)
    : m_folder(folderFor(databasePath))
{ }

QString DraftStore::fileFor(qint64 contributionId) const
{
    return QDir(m_folder).filePath(contributionId ? QStringLiteral("contribution-%1.json").arg(contributionId)
                                                  : QStringLiteral("new.json"));
}

bool DraftStore::save(const Contribution &c, int baseVersion, QString *error) const
{
    if (m_folder.isEmpty() || !DatabaseBackup::makePrivateFolder(m_folder)) {
        *error = QStringLiteral("cannot create %1").arg(m_folder);
        return false;
    }
    QJsonObject contact { { QStringLiteral("name"), c.contact.name },
        { QStringLiteral("role"), c.contact.role }, { QStringLiteral("email"), c.contact.email },
        { QStringLiteral("phone"), c.contact.phone } };
    const QJsonObject json {
        { QStringLiteral("id"), c.id },
        { QStringLiteral("base_version"), baseVersion },
        { QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("authority"), c.authorityCode },
        { QStringLiteral("contact"), contact },
        { QStringLiteral("consent_name"), c.consentToPublishName },
        { QStringLiteral("title"), c.title },
        { QStringLiteral("text"), c.text },
        { QStringLiteral("difficulties"), c.difficulties },
        { QStringLiteral("themes"), QJsonArray::fromStringList(c.themes) },
        { QStringLiteral("subtopics"), QJsonArray::fromStringList(c.subtopics) },
        { QStringLiteral("primary_theme"), c.primaryTheme },
        { QStringLiteral("tags"), QJsonArray::fromStringList(c.tags) },
        { QStringLiteral("channel"), Channel::code(c.channel) },
        { QStringLiteral("received_at"),
            c.receivedAt.isValid() ? c.receivedAt.toUTC().toString(Qt::ISODate) : QString() },
    };
    // Written whole under another name, then renamed: a crash mid-write keeps the previous draft.
    const QString path = fileFor(c.id);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return DatabaseBackup::makePrivateFile(path);
}

std::optional<DraftStore::Draft> DraftStore::load(qint64 contributionId) const
{
    if (m_folder.isEmpty())
        return std::nullopt;
    QFile file(fileFor(contributionId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.isEmpty() || json.value(QStringLiteral("id")).toInteger() != contributionId)
        return std::nullopt;
    Draft d;
    Contribution &c = d.contribution;
    c.id = contributionId;
    d.baseVersion = json.value(QStringLiteral("base_version")).toInt();
    d.savedAt = QDateTime::fromString(json.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    c.authorityCode = json.value(QStringLiteral("authority")).toString();
    const QJsonObject contact = json.value(QStringLiteral("contact")).toObject();
    c.contact = Contact { contact.value(QStringLiteral("name")).toString(),
        contact.value(QStringLiteral("role")).toString(), contact.value(QStringLiteral("email")).toString(),
        contact.value(QStringLiteral("phone")).toString() };
    c.consentToPublishName = json.value(QStringLiteral("consent_name")).toBool();
    c.title = json.value(QStringLiteral("title")).toString();
    c.text = json.value(QStringLiteral("text")).toString();
    c.difficulties = json.value(QStringLiteral("difficulties")).toString();
    auto strings = [&json](const char *key) {
        QStringList list;
        for (const QJsonValue &v : json.value(QString::fromLatin1(key)).toArray())
            list << v.toString();
        return list;
    };
    c.themes = strings("themes");
    c.subtopics = strings("subtopics");
    c.tags = strings("tags");
    c.primaryTheme = json.value(QStringLiteral("primary_theme")).toString();
    Channel::fromCode(json.value(QStringLiteral("channel")).toString(), &c.channel);
    c.receivedAt = QDateTime::fromString(json.value(QStringLiteral("received_at")).toString(), Qt::ISODate);
    return d;
}

void DraftStore::remove(qint64 contributionId) const
{
    if (!m_folder.isEmpty())
        QFile::remove(fileFor(contributionId));
}
