// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/contributionfields.h"

#include "core/authority.h"
#include "ui/editor/authoritycompleter.h"
#include "ui/editor/themeselector.h"

#include <QLineEdit>
#include <QPlainTextEdit>

void ContributionFields::readInto(Contribution &c) const
{
    const Authority found = AuthorityCompleter::resolve(authority->text());
    c.authorityCode = found.isValid() ? found.code : authority->text().trimmed();
    c.title = title->text().trimmed();
    c.contact.name = contactName->text().trimmed();
    c.contact.role = role->text().trimmed();
    c.contact.email = email->text().trimmed();
    c.themes = themes->checkedThemes();
    c.subtopics = themes->checkedSubtopics();
    c.text = text->toPlainText();
}

QWidget *ContributionFields::fieldOf(ContributionValidator::Field field, QWidget *receivedAt) const
{
    switch (field) {
    case ContributionValidator::Field::Authority:
        return authority;
    case ContributionValidator::Field::Title:
        return title;
    case ContributionValidator::Field::ContactEmail:
        return email;
    case ContributionValidator::Field::ReceivedAt:
        return receivedAt;
    case ContributionValidator::Field::Themes:
        return themes;
    }
    return nullptr;
}
