// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/audithistorymodel.h"

#include "core/contribution.h"
#include "core/reviewstate.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/taxonomyrepository.h"
#include "ui/common/uitext.h"

#include <QJsonDocument>
#include <QJsonObject>

AuditHistoryModel::AuditHistoryModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void AuditHistoryModel::setContribution(qint64 id)
{
    m_id = id;
    reload();
}

void AuditHistoryModel::reload()
{
    beginResetModel();
    m_entries = m_id ? AuditLog(m_db.connection()).history(m_id) : QList<AuditEntry>();
    m_people.clear();
    for (const Person &p : PersonRepository(m_db.connection()).all())
        m_people.insert(p.login, p.displayName.isEmpty() ? p.login : p.displayName);
    m_codeLabels.clear();
    TaxonomyRepository taxonomy(m_db);
    for (const Theme &t : taxonomy.themes())
        m_codeLabels.insert(t.code, UiText::themeLabel(t));
    for (const QList<Subtopic> &list : {taxonomy.subtopics(), taxonomy.retiredSubtopics()})
        for (const Subtopic &s : list)
            m_codeLabels.insert(s.code, UiText::subtopicLabel(s));
    m_zone = m_db.isOpen() ? m_db.deadlineGuard().timeZone() : QTimeZone::systemTimeZone();
    endResetModel();
}

int AuditHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditHistoryModel::personName(const QString &login) const
{
    return m_people.value(login, login);
}

QString AuditHistoryModel::shortened(const QString &text, int length)
{
    QString flat = text.simplified();
    if (flat.size() > length)
        flat = flat.left(length - 1).trimmed() + QChar(0x2026);
    return flat;
}

QString AuditHistoryModel::fieldLabel(const QString &field) const
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("authority"), QT_TR_NOOP("local authority")},
        {QStringLiteral("contact_name"), QT_TR_NOOP("contact name")},
        {QStringLiteral("contact_role"), QT_TR_NOOP("contact role")},
        {QStringLiteral("contact_email"), QT_TR_NOOP("contact email")},
        {QStringLiteral("contact_phone"), QT_TR_NOOP("contact phone")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("text"), QT_TR_NOOP("testimony")},
        {QStringLiteral("difficulties"), QT_TR_NOOP("difficulties")},
        {QStringLiteral("themes"), QT_TR_NOOP("themes")},
        {QStringLiteral("primary_theme"), QT_TR_NOOP("primary theme")},
        {QStringLiteral("subtopics"), QT_TR_NOOP("sub-topics")},
        {QStringLiteral("tags"), QT_TR_NOOP("tags")},
        {QStringLiteral("channel"), QT_TR_NOOP("channel")},
        {QStringLiteral("received_at"), QT_TR_NOOP("receipt time")},
        {QStringLiteral("status"), QT_TR_NOOP("review state")},
        {QStringLiteral("consent_name"), QT_TR_NOOP("consent to publish the name")},
        {QStringLiteral("late_override"), QT_TR_NOOP("late receipt accepted")},
        {QStringLiteral("assigned_to"), QT_TR_NOOP("assigned to")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(it.value());
}

QString AuditHistoryModel::what(const AuditEntry &e) const
{
    const QString &a = e.action;
    if (a == QLatin1String("create"))
        return tr("Entered");
    if (a == QLatin1String("import"))
        return tr("Imported from an email");
    if (a == QLatin1String("accept_held"))
        return tr("Accepted from the holding list");
    if (a == QLatin1String("hold"))
        return tr("Held: received after the close");
    if (a == QLatin1String("discard_held"))
        return tr("Set aside from the holding list");
    if (a == QLatin1String("import_held"))
        return e.field == QLatin1String("complement") ? tr("Reply held, to be checked") : tr("Email held");
    if (a == QLatin1String("import_message"))
        return tr("Email kept");
    if (a == QLatin1String("import_complement") || a == QLatin1String("complement"))
        return tr("Complement received");
    if (a == QLatin1String("late_override"))
        return tr("Late receipt accepted");
    if (a == QLatin1String("status"))
        return tr("Review state");
    if (a == QLatin1String("back_to_review"))
        return tr("Back to review: its text changed");
    if (a == QLatin1String("tag"))
        return tr("Classification");
    if (a == QLatin1String("assign"))
        return tr("Assignment");
    if (a == QLatin1String("comment"))
        return tr("Comment");
    if (a == QLatin1String("restore"))
        return tr("Restored from the bin");
    if (a == QLatin1String("delete"))
        return tr("Deleted");
    if (a == QLatin1String("update"))
        return e.field.isEmpty() ? tr("Edited") : tr("Edited: %1").arg(fieldLabel(e.field));
    return e.field.isEmpty() ? a : tr("%1: %2").arg(a, fieldLabel(e.field));
}

QString AuditHistoryModel::codeLabel(const QString &code) const
{
    return m_codeLabels.value(code, code);
}

QString AuditHistoryModel::value(const QString &field, const QString &raw) const
{
    if (raw.isEmpty())
        return raw;
    if (field == QLatin1String("status")) {
        ReviewState::State s;
        return ReviewState::fromCode(raw, &s) ? ReviewState::label(s) : raw;
    }
    if (field == QLatin1String("assigned_to"))
        return personName(raw);
    if (field == QLatin1String("themes") || field == QLatin1String("subtopics")
        || field == QLatin1String("primary_theme")) {
        QStringList labels;
        for (const QString &code : raw.split(QStringLiteral(", "), Qt::SkipEmptyParts))
            labels.append(codeLabel(code));
        return labels.join(QStringLiteral(", "));
    }
    if (field == QLatin1String("channel")) {
        Channel::Value c;
        return Channel::fromCode(raw, &c) ? Channel::label(c) : raw;
    }
    if (field == QLatin1String("received_at")) {
        const QDateTime at = QDateTime::fromString(raw, Qt::ISODate);
        return at.isValid() ? UiText::longDateTime(at, m_zone) : raw;
    }
    if (field == QLatin1String("consent_name"))
        return raw == QLatin1String("yes") ? tr("yes") : tr("no");
    return raw;
}

QString AuditHistoryModel::creationSummary(const QString &json) const
{
    const QJsonObject fields = QJsonDocument::fromJson(json.toUtf8()).object();
    if (fields.isEmpty())
        return json;
    QStringList parts;
    // The fields that identify a testimony first; the rest in the order they were recorded.
    const QStringList first = {
        QStringLiteral("title"), QStringLiteral("authority"), QStringLiteral("status")};
    for (const QString &key : first)
        if (fields.contains(key))
            parts.append(tr("%1: %2").arg(fieldLabel(key), value(key, fields.value(key).toString())));
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!first.contains(it.key()))
            parts.append(tr("%1: %2").arg(fieldLabel(it.key()), value(it.key(), it.value().toString())));
    return parts.join(QStringLiteral(" · "));
}

QString AuditHistoryModel::taggingSummary(const QString &summary) const
{
    // "+cohesion -teletravail +#entraide" as written by ReviewRepository::tag.
    QStringList added, removed;
    for (const QString &part : summary.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool add = part.startsWith(QLatin1Char('+'));
        QString item = part.mid(1);
        item = item.startsWith(QLatin1Char('#')) ? item : codeLabel(item);
        (add ? added : removed).append(item);
    }
    QStringList parts;
    if (!added.isEmpty())
        parts.append(tr("added %1").arg(added.join(QStringLiteral(", "))));
    if (!removed.isEmpty())
        parts.append(tr("removed %1").arg(removed.join(QStringLiteral(", "))));
    return parts.isEmpty() ? summary : parts.join(QStringLiteral("; "));
}

QString AuditHistoryModel::change(const AuditEntry &e) const
{
    if (e.action == QLatin1String("create") || e.action == QLatin1String("import")
        || e.action == QLatin1String("accept_held"))
        return e.oldValue.isEmpty() && e.newValue.startsWith(QLatin1Char('{')) ? creationSummary(e.newValue)
                                                                               : e.newValue;
    if (e.action == QLatin1String("tag"))
        return taggingSummary(e.newValue);
    if (e.action == QLatin1String("assign") && e.newValue.isEmpty())
        return tr("%1 → nobody").arg(personName(e.oldValue));
    const QString before = value(e.field, e.oldValue);
    const QString after = value(e.field, e.newValue);
    if (before.isEmpty())
        return after;
    return tr("%1 → %2").arg(before, after.isEmpty() ? tr("(empty)") : after);
}

QVariant AuditHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return UiText::longDateTime(e.at, m_zone);
        case WhoColumn:
            return personName(e.actor);
        case WhatColumn:
            return what(e);
        case ChangeColumn: {
            // Each side shortened on its own, so that "old → new" stays readable.
            if (e.action == QLatin1String("update") || e.action == QLatin1String("status")
                || e.action == QLatin1String("back_to_review") || e.action == QLatin1String("complement")) {
                // Each side gets half the room when there are two.
                const bool both = !e.oldValue.isEmpty() && !e.newValue.isEmpty();
                const QString before =
                    shortened(value(e.field, e.oldValue), both ? ShortValueLength / 2 : ShortValueLength);
                const QString after =
                    shortened(value(e.field, e.newValue), both ? ShortValueLength / 2 : ShortValueLength);
                return before.isEmpty() ? after
                                        : tr("%1 → %2").arg(before, after.isEmpty() ? tr("(empty)") : after);
            }
            return shortened(change(e));
        }
        case ReasonColumn:
            return shortened(e.reason);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            return e.at.toTimeZone(m_zone).toString(Qt::ISODate);
        case WhoColumn:
            return e.actor;
        case ChangeColumn: {
            const QString before = value(e.field, e.oldValue);
            if (e.action == QLatin1String("update") || e.action == QLatin1String("complement"))
                return before.isEmpty() ? value(e.field, e.newValue)
                                        : tr("Before:") + QLatin1Char('\n') + before + QStringLiteral("\n\n")
                        + tr("After:") + QLatin1Char('\n') + value(e.field, e.newValue);
            return change(e);
        }
        case ReasonColumn:
            return e.reason;
        default:
            return {};
        }
    case ActionRole:
        return e.action;
    case ActorRole:
        return e.actor;
    case FullChangeRole:
        return change(e);
    default:
        return {};
    }
}

QVariant AuditHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case ChangeColumn:
        return tr("Change");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}
