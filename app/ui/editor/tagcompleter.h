// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>

class QStringListModel;

// Completes the tag being typed in a comma-separated list ("télétravail, entr" → "entraide"),
// from the tags already in use.
class TagCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit TagCompleter(QObject *parent = nullptr);

    void setTags(const QStringList &tags);

    QString pathFromIndex(const QModelIndex &index) const override;
    QStringList splitPath(const QString &path) const override;

    // "a, b ,, c" → {"a", "b", "c"}, duplicates (ignoring case) removed.
    static QStringList split(const QString &text);
    static QString join(const QStringList &tags);

private:
    QStringListModel *m_tags;
};
