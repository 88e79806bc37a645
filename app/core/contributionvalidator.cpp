// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contributionvalidator.h"

#include "core/authoritydirectory.h"

#include <QRegularExpression>

ContributionValidator::ContributionValidator(const AuthorityDirectory &authorities)
    : m_authorities(authorities)
{
}

bool ContributionValidator::isValidEmail(const QString &address)
{
    // Deliberately simple: one @, a dotted domain, no spaces. Real validation is delivering mail.
    static const QRegularExpression re(QStringLiteral(R"(^[^\s@<>()\[\],;:"]+@[^\s@<>()\[\],;:"]+\.[^\s@<>()\[\],;:".]{2,}$)"));
    return re.match(address).hasMatch();
}

QList<ContributionValidator::Problem> ContributionValidator::check(const Contribution &c) const
{
    QList<Problem> problems;
    if (c.authorityCode.trimmed().isEmpty())
        problems.append({Field::Authority, tr("Choose the local authority this testimony comes from.")});
    else if (!m_authorities.contains(c.authorityCode.trimmed()))
        problems.append({Field::Authority,
                         tr("“%1” is not in the official list of communes and intercommunalités.").arg(c.authorityCode)});
    if (c.title.trimmed().isEmpty())
        problems.append({Field::Title, tr("Give the testimony a title.")});
    if (!c.contact.email.trimmed().isEmpty() && !isValidEmail(c.contact.email.trimmed()))
        problems.append({Field::ContactEmail, tr("“%1” is not a valid email address.").arg(c.contact.email)});
    if (!c.receivedAt.isValid())
        problems.append({Field::ReceivedAt, tr("Enter the date and time the testimony was received.")});
    if (!c.primaryTheme.isEmpty() && !c.themes.contains(c.primaryTheme))
        problems.append({Field::Themes, tr("The primary theme must be one of the contribution's themes.")});
    return problems;
}
