// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/personrepository.h"

#include "storage/auditlog.h"
#include "storage/dialect/sqldialect.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QDateTime>

#include <algorithm>

bool PersonRepository::isValidLogin(const QString &login)
{
    if (login.isEmpty() || login.size() > 64)
        return false;
    for (const QChar c : login) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'.' || u == u'-' || u == u'_' || u == u'@';
        if (!allowed)
            return false;
    }
    return true;
}

bool PersonRepository::save(const Person &person, const QString &actor, QString *error)
{
    // Checked as typed: « bob\t » is not bob, and must not change bob's role.
    if (!isValidLogin(person.login)) {
        *error = tr("A login is one word of letters, digits, “.”, “-”, “_” or “@”, such as “cmoreau”.");
        return false;
    }
    // A desk without an active administrator (a new one, or one whose only administrator left)
    // is its owner's: anyone at it may add people, and the person added becomes its
    // administrator, so that the desk always has one and the four-eyes rule can be met.
    const bool hasAdministrator =
        SqlQuery::scalar(m_db, QStringLiteral("SELECT count(*) FROM person WHERE role = 'admin' AND active <> 0"))
            .toInt()
        > 0;
    if (hasAdministrator && roleOf(actor) != Role::Admin) {
        *error = tr("Only an administrator can add people or change their role.");
        return false;
    }
    Person p = person;
    if (!hasAdministrator && !SqlDialect::of(m_db).rolesComeFromLogins()) {
        p.role = Role::Admin;
        p.active = true;
    }
    Transaction tx(m_db);
    const std::optional<Person> before = find(p.login);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO person (login, display_name, role, active, created_at) "
                                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET "
                                    "display_name = excluded.display_name, role = excluded.role, active = excluded.active"));
    if (!q.exec({p.login.trimmed(), p.displayName, Role::code(p.role), p.active ? 1 : 0,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate)})) {
        *error = q.error();
        return false;
    }
    AuditEntry e;
    e.actor = actor;
    e.action = QStringLiteral("person");
    e.field = p.login;
    e.oldValue = before ? Role::code(before->role) : QString();
    e.newValue = Role::code(p.role);
    if (!AuditLog(m_db).append(e, error))
        return false;
    return tx.commit();
}

namespace {

// On a server, the campaign's people are also its logins in Recueil's group roles, whether or not
// they have opened Recueil yet: a reviewer can be assigned work before their first session.
constexpr char serverLogins[] =
    "SELECT r.rolname, pg_has_role(r.oid, 'recueil_admin', 'MEMBER'), "
    "pg_has_role(r.oid, 'recueil_reviewer', 'MEMBER'), pg_has_role(r.oid, 'recueil_coordinator', 'MEMBER') "
    "FROM pg_roles r WHERE r.rolcanlogin AND NOT r.rolsuper AND (pg_has_role(r.oid, 'recueil_admin', 'MEMBER') "
    "OR pg_has_role(r.oid, 'recueil_reviewer', 'MEMBER') OR pg_has_role(r.oid, 'recueil_coordinator', 'MEMBER'))";

Person serverLoginFrom(const SqlQuery &q)
{
    Person p;
    p.login = q.value(0).toString();
    p.displayName = p.login;
    p.role = q.value(1).toBool() ? Role::Admin : q.value(2).toBool() ? Role::Reviewer : Role::Coordinator;
    p.active = true;
    return p;
}

} // namespace

std::optional<Person> PersonRepository::find(const QString &login) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT login, display_name, role, active FROM person WHERE login = ?"));
    if (!q.exec({login}) || !q.next()) {
        if (!SqlDialect::of(m_db).rolesComeFromLogins())
            return std::nullopt;
        SqlQuery server(m_db, QLatin1String(serverLogins) + QStringLiteral(" AND r.rolname = ?"));
        if (!server.exec({ login }) || !server.next())
            return std::nullopt;
        return serverLoginFrom(server);
    }
    Person p;
    p.login = q.value(0).toString();
    p.displayName = q.value(1).toString();
    Role::fromCode(q.value(2).toString(), &p.role);
    p.active = q.value(3).toInt() != 0;
    return p;
}

QList<Person> PersonRepository::all() const
{
    QList<Person> people;
    SqlQuery q(m_db, QStringLiteral("SELECT login FROM person ORDER BY login"));
    if (q.exec()) {
        QStringList logins;
        while (q.next())
            logins.append(q.value(0).toString());
        for (const QString &login : logins)
            if (auto p = find(login))
                people.append(*p);
    }
    if (SqlDialect::of(m_db).rolesComeFromLogins()) {
        SqlQuery server(m_db, QLatin1String(serverLogins) + QStringLiteral(" ORDER BY r.rolname"));
        if (server.exec()) {
            while (server.next()) {
                const Person p = serverLoginFrom(server);
                if (std::none_of(people.cbegin(), people.cend(), [&p](const Person &o) { return o.login == p.login; }))
                    people.append(p);
            }
            std::sort(people.begin(), people.end(),
                [](const Person &a, const Person &b) { return a.login < b.login; });
        }
    }
    return people;
}

Role::Value PersonRepository::roleOf(const QString &login) const
{
    // On a server, the login's group role decides (the server enforces it too); a superuser or a
    // login in no Recueil group falls back to the people of the campaign.
    if (SqlDialect::of(m_db).rolesComeFromLogins()) {
        SqlQuery q(m_db,
            QStringLiteral("SELECT r.rolsuper, pg_has_role(current_user, 'recueil_admin', 'MEMBER'), "
                           "pg_has_role(current_user, 'recueil_reviewer', 'MEMBER'), "
                           "pg_has_role(current_user, 'recueil_coordinator', 'MEMBER') "
                           "FROM pg_roles r WHERE r.rolname = current_user AND r.rolname = ?"));
        if (q.exec({ login }) && q.next() && !q.value(0).toBool()) {
            if (q.value(1).toBool())
                return Role::Admin;
            if (q.value(2).toBool())
                return Role::Reviewer;
            if (q.value(3).toBool())
                return Role::Coordinator;
        }
    }
    if (const auto p = find(login); p && p->active)
        return p->role;
    const int people = SqlQuery::scalar(m_db, QStringLiteral("SELECT count(*) FROM person")).toInt();
    return people == 0 ? Role::Admin : Role::Coordinator;
}
