// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/authoritycompleter.h"

#include "core/authoritydirectory.h"
#include "core/frenchtext.h"
#include "ui/common/uitext.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <algorithm>

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
}

AuthorityCompleter::AuthorityCompleter(QLineEdit *edit)
    : QCompleter(edit)
    , m_edit(edit)
    , m_suggestions(new QStandardItemModel(this))
{
    // The directory ranks and filters; the completer only shows what it found.
    setModel(m_suggestions);
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
    setMaxVisibleItems(12);
    setWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, &AuthorityCompleter::suggest);
    connect(this, qOverload<const QModelIndex &>(&QCompleter::activated), this, &AuthorityCompleter::choose);
}

QString AuthorityCompleter::textFor(const Authority &authority)
{
    return authority.isValid() ? UiText::authorityName(authority.name, authority.departement) : QString();
}

void AuthorityCompleter::suggest(const QString &text)
{
    m_suggestions->clear();
    if (text.trimmed().size() < 2) {
        popup()->hide();
        return;
    }
    const AuthorityDirectory &directory = AuthorityDirectory::official();
    QList<Authority> found = directory.search(text, m_limit);
    const Authority byCode = directory.find(text.trimmed());
    const bool listed =
        std::any_of(found.cbegin(), found.cend(), [&](const Authority &a) { return a.code == byCode.code; });
    if (byCode.isValid() && !listed)
        found.prepend(byCode);
    for (const Authority &a : std::as_const(found)) {
        auto *item = new QStandardItem(UiText::authorityChoice(a));
        item->setData(a.code, CodeRole);
        item->setToolTip(a.kind == Authority::Kind::Epci ? tr("Intercommunalité, SIREN %1").arg(a.code)
                                                         : tr("Commune, INSEE code %1").arg(a.code));
        m_suggestions->appendRow(item);
    }
    if (found.isEmpty()) {
        popup()->hide();
        return;
    }
    setCompletionPrefix(QString());
    complete();
}

void AuthorityCompleter::choose(const QModelIndex &index)
{
    const Authority a = AuthorityDirectory::official().find(index.data(CodeRole).toString());
    if (!a.isValid())
        return;
    m_edit->setText(textFor(a));
    Q_EMIT authorityChosen(a);
}

Authority AuthorityCompleter::resolve(const QString &text)
{
    const AuthorityDirectory &directory = AuthorityDirectory::official();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (const Authority byCode = directory.find(trimmed); byCode.isValid())
        return byCode;

    QString name = trimmed;
    QString departement;
    static const QRegularExpression withDepartement(QStringLiteral(R"(^(.+?)\s*\(([0-9AB]{2,3})\)$)"));
    if (const QRegularExpressionMatch m = withDepartement.match(trimmed); m.hasMatch()) {
        name = m.captured(1);
        departement = m.captured(2);
    }
    const QString folded = FrenchText::foldForSearch(name);
    const QList<Authority> found = directory.search(name, 200);
    QList<Authority> exact;
    for (const Authority &a : found)
        if (FrenchText::foldForSearch(a.name) == folded
            && (departement.isEmpty() || a.departement == departement))
            exact.append(a);
    if (exact.size() == 1)
        return exact.first();
    if (departement.isEmpty() && exact.isEmpty() && found.size() == 1)
        return found.first();
    return {};
}
