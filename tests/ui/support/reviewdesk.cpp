// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdesk.h"

#include "storage/contributionrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"

ReviewDesk::ReviewDesk()
{
    PersonRepository people(t.db->connection());
    QString error;
    const QString alice = QStringLiteral("alice");
    people.save({alice, QStringLiteral("Alice Martin"), Role::Admin, true}, alice, &error);
    people.save({QStringLiteral("bob"), QStringLiteral("Bob Durand"), Role::Reviewer, true}, alice, &error);
    people.save(
        {QStringLiteral("carol"), QStringLiteral("Carol Petit"), Role::Coordinator, true}, alice, &error);
    t.db->setActor(QStringLiteral("bob"));
}

qint64 ReviewDesk::add(const QString &title, const QString &text)
{
    const QString actor = t.db->actor();
    t.db->setActor(QStringLiteral("carol"));
    Contribution c = TestSupport::sampleContribution(title);
    c.themes.clear();
    c.subtopics.clear();
    if (!text.isEmpty())
        c.text = text;
    QString error;
    if (!ContributionRepository(*t.db).create(c, &error))
        qFatal("cannot create a contribution: %s", qPrintable(error));
    t.db->setActor(actor);
    return c.id;
}

void ReviewDesk::actAs(const QString &login)
{
    t.db->setActor(login);
}
