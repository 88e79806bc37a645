// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/importreport.h"

#include "cli/terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue isoOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject ImportReport::toJson(const ImportOutcome &o)
{
    QJsonArray attachments;
    for (const AttachmentInfo &a : o.attachments)
        attachments.append(QJsonObject { { QStringLiteral("filename"), a.filename },
            { QStringLiteral("safe_name"), a.safeName }, { QStringLiteral("mime"), a.mimeType },
            { QStringLiteral("size"), a.size },
            { QStringLiteral("sha256"), QString::fromLatin1(a.sha256) } });
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{
        {QStringLiteral("source"), o.source},
        {QStringLiteral("index"), o.index < 0 ? 0 : o.index},
        {QStringLiteral("message_id"), orNull(o.messageId)},
        {QStringLiteral("outcome"), ImportOutcome::kindCode(o.kind)},
        {QStringLiteral("contribution_id"), o.contributionId ? QJsonValue(o.contributionId) : QJsonValue()},
        {QStringLiteral("from_name"), o.fromName},
        {QStringLiteral("from_address"), o.fromAddress},
        {QStringLiteral("subject"), o.subject},
        {QStringLiteral("sent_at"), isoOrNull(o.sentAt)},
        {QStringLiteral("received_at"), isoOrNull(o.receivedAt)},
        {QStringLiteral("authority_code"), orNull(o.authorityCode)},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(o.warnings)},
        {QStringLiteral("error"), orNull(o.error)},
    };
}

ImportReport::ImportReport(QTextStream &out, bool json)
    : m_out(out)
    , m_json(json)
{
}

void ImportReport::add(const ImportOutcome &o)
{
    m_counts[o.kind] += 1;
    m_problem = m_problem || o.isProblem();
    if (m_json) {
        m_out << QString::fromUtf8(QJsonDocument(toJson(o)).toJson(QJsonDocument::Compact)) << Qt::endl;
        return;
    }
    const QString where = o.index >= 0 ? QStringLiteral("%1 #%2").arg(o.source).arg(o.index) : o.source;
    m_out << where << QStringLiteral(": ") << ImportOutcome::kindCode(o.kind);
    if (o.contributionId)
        m_out << QStringLiteral(" (") << tr("contribution %1").arg(o.contributionId) << QStringLiteral(")");
    if (!o.error.isEmpty())
        m_out << QStringLiteral(" — ") << o.error;
    // Where the receipt time came from, a doubtful sender…: the report says it.
    for (const QString &warning : o.warnings)
        m_out << QStringLiteral(" — ") << TerminalText::field(warning);
    m_out << Qt::endl;
}

void ImportReport::printSummary(QTextStream &err) const
{
    if (m_json)
        return;
    err << tr("%1 created, %2 complements, %3 replies to check, %4 duplicates, %5 late, %6 undated, %7 errors")
               .arg(m_counts.value(ImportOutcome::Created))
               .arg(m_counts.value(ImportOutcome::Complement))
               .arg(m_counts.value(ImportOutcome::HeldComplement))
               .arg(m_counts.value(ImportOutcome::Duplicate))
               .arg(m_counts.value(ImportOutcome::Late))
               .arg(m_counts.value(ImportOutcome::NeedsDate))
               .arg(m_counts.value(ImportOutcome::Error))
        << Qt::endl;
}
