// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/testimonyprefill.h"

#include "core/authoritydirectory.h"
#include "core/authoritysuggester.h"
#include "core/contributionvalidator.h"
#include "core/frenchtext.h"
#include "core/publishabletext.h"
#include "mail/parsedmessage.h"

#include <QRegularExpression>

QString TestimonyPrefill::titleFromSubject(const QString &subject)
{
    static const QRegularExpression prefix(
        QStringLiteral(R"(^\s*(?:(?:re|tr|fwd?|fw|aw|wg|réf|ref|rép|rep)\s*(?:\[\d+\])?[\s\x{00A0}\x{202F}]*[:：]\s*)+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString title = subject;
    title.remove(prefix);
    return title.simplified();
}

QString TestimonyPrefill::roleFromSignature(const QString &text, const QString &name)
{
    if (name.trimmed().isEmpty())
        return {};
    // The signature is in the last lines: split only those.
    qsizetype start = text.size();
    for (int n = 0; n < 16 && start > 0; ++n)
        start = text.lastIndexOf(QLatin1Char('\n'), start - 1);
    const QStringList lines = text.mid(start + 1).split(QLatin1Char('\n'));
    const QString folded = FrenchText::foldForSearch(name);
    for (qsizetype i = lines.size() - 1; i >= 0 && i >= lines.size() - 15; --i) {
        // Folding is costly: a line much shorter or longer than the name cannot be it.
        const qsizetype length = lines.at(i).trimmed().size();
        if (length < name.size() / 2 || length > name.size() * 2 + 4)
            continue;
        if (FrenchText::foldForSearch(lines.at(i)) != folded)
            continue;
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            const QString candidate = lines.at(j).trimmed();
            if (candidate.isEmpty())
                continue;
            static const QRegularExpression notARole(QStringLiteral(R"(@|https?://|^[+\d(][\d .()+-]{6,}$)"));
            if (candidate.size() > 80 || notARole.match(candidate).hasMatch())
                return {};
            return candidate;
        }
    }
    return {};
}

Contribution TestimonyPrefill::of(const ParsedMessage &m)
{
    Contribution c;
    c.channel = Channel::Email;
    c.receivedAt = m.receivedAt;
    const AuthoritySuggester suggester(AuthorityDirectory::official());
    c.authorityCode = suggester.suggest({m.fromAddress, m.fromName, m.subject, m.text}).authority.code;
    const QString authorityName = AuthorityDirectory::official().find(c.authorityCode).name;
    // The email's text is kept as it came; the text to publish is proposed from it, without
    // greetings, closings, signatures, quoted replies or footers, and its difficulties apart.
    c.originalText = m.text.trimmed();
    const PublishableText::Proposal proposal =
        PublishableText::propose(c.originalText, {m.fromName, authorityName, m.subject});
    c.text = proposal.text();
    c.difficulties = proposal.difficulties();
    c.title = PublishableText::proposeTitle(m.subject, authorityName, c.text);
    if (c.title.isEmpty())
        c.title = tr("Email from %1").arg(m.fromName.isEmpty() ? m.fromAddress : m.fromName);
    c.contact.name = m.fromName;
    // An address the form would refuse stays with the email (from_address), not on the contact:
    // a doubtful sender is a warning, never a reason to lose the testimony.
    if (ContributionValidator::isValidEmail(m.fromAddress))
        c.contact.email = m.fromAddress;
    c.contact.role = roleFromSignature(m.text, m.fromName);
    return c;
}

QString TestimonyPrefill::withoutQuotedReply(const QString &text)
{
    static const QRegularExpression attribution(
        QStringLiteral(R"(^(Le .{5,200}a écrit\s*:|On .{5,200}wrote\s*:|-----\s*Original Message\s*-----|-----\s*Message d'origine\s*-----|De\s*:.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList kept;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (attribution.match(line.trimmed()).hasMatch())
            break;
        if (line.startsWith(QLatin1Char('>')))
            continue;
        kept.append(line);
    }
    return kept.join(QLatin1Char('\n')).trimmed();
}
