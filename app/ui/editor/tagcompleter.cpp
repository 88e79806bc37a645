// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/tagcompleter.h"

#include <QLineEdit>
#include <QStringListModel>

TagCompleter::TagCompleter(QObject *parent)
    : QCompleter(parent)
    , m_tags(new QStringListModel(this))
{
    setModel(m_tags);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchStartsWith);
    setCompletionMode(QCompleter::PopupCompletion);
}

void TagCompleter::setTags(const QStringList &tags)
{
    m_tags->setStringList(tags);
}

QStringList TagCompleter::splitPath(const QString &path) const
{
    // Only the tag after the last comma is being typed.
    return {path.section(QLatin1Char(','), -1).trimmed()};
}

QString TagCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString chosen = index.data(Qt::EditRole).toString();
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    if (!edit)
        return chosen;
    const QString text = edit->text();
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    return comma < 0 ? chosen : text.left(comma + 1) + QLatin1Char(' ') + chosen;
}

QStringList TagCompleter::split(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

QString TagCompleter::join(const QStringList &tags)
{
    return tags.join(QStringLiteral(", "));
}
