// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "contribution.h"
#include "database.h"

#include <QDir>
#include <QtTest>

namespace TestSupport {

TempDatabase::TempDatabase()
    : path(dir.filePath(QStringLiteral("recueil.sqlite")))
    , db(std::make_unique<Database>())
{
    QString error;
    if (!db->open(path, &error))
        qFatal("cannot open test database: %s", qPrintable(error));
    db->setActor(QStringLiteral("test"));
}

TempDatabase::~TempDatabase() = default;

QDateTime utc(const char *iso)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return dt.toUTC();
}

Contribution sampleContribution(const QString &title)
{
    Contribution c;
    c.authorityCode = QStringLiteral("49328");
    c.title = title;
    c.text = QStringLiteral("Une plateforme met en relation les habitants volontaires et les personnes isolées.");
    c.receivedAt = utc("2021-02-02T09:14:07Z");
    c.themes = {QStringLiteral("cohesion")};
    c.subtopics = {QStringLiteral("associations")};
    c.contact = Contact{QStringLiteral("Claire Moreau"), QStringLiteral("Chargée de mission"),
                        QStringLiteral("claire.moreau@ville-saumur.fr"), QString()};
    return c;
}

QString testData(const QString &relative)
{
    return QDir(QStringLiteral(RECUEIL_TEST_DATA)).filePath(relative);
}

QString sharedDir(const QString &relative)
{
    return QDir(QStringLiteral(RECUEIL_SHARED_DIR)).filePath(relative);
}

} // namespace TestSupport
