// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomyrepository.h"

#include "database.h"
#include "sqlquery.h"

TaxonomyRepository::TaxonomyRepository(Database &db)
    : m_db(db)
{
}

QList<Theme> TaxonomyRepository::themes() const
{
    QList<Theme> result;
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT code, label_fr, label_en FROM theme WHERE retired = 0 ORDER BY position, code"));
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

QList<Subtopic> TaxonomyRepository::subtopics() const
{
    QList<Subtopic> result;
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT s.code, s.theme_code, s.label_fr, s.label_en FROM subtopic s "
                              "JOIN theme t ON t.code = s.theme_code WHERE s.retired = 0 "
                              "ORDER BY t.position, s.position, s.code"));
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

QStringList TaxonomyRepository::tags() const
{
    QStringList result;
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT t.label FROM tag t WHERE t.retired = 0 AND EXISTS "
                              "(SELECT 1 FROM contribution_tag x JOIN contribution c ON c.id = x.contribution_id "
                              " WHERE x.tag_id = t.id AND c.deleted_at IS NULL) ORDER BY t.label COLLATE NOCASE"));
    if (q.exec())
        while (q.next())
            result.append(q.value(0).toString());
    return result;
}
