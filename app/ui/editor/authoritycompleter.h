// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/authority.h"

#include <QCompleter>

class QLineEdit;
class QStandardItemModel;

// Type-ahead over the official list of communes and intercommunalités for a line edit:
// a name ("abymes"), a postal code ("49400") or an INSEE/SIREN code. The line edit then
// holds "Saumur (49)", which resolve() turns back into the authority.
class AuthorityCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit AuthorityCompleter(QLineEdit *edit);

    // The authority the text names: a code, "Name (département)" or an unambiguous name.
    static Authority resolve(const QString &text);
    // The text the line edit shows for an authority: "Saumur (49)".
    static QString textFor(const Authority &authority);

    int maximumSuggestions() const { return m_limit; }

Q_SIGNALS:
    // The person picked a suggestion; the line edit already shows it.
    void authorityChosen(const Authority &authority);

private:
    void suggest(const QString &text);
    void choose(const QModelIndex &index);

    QLineEdit *m_edit;
    QStandardItemModel *m_suggestions;
    int m_limit = 20;
};
