// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/taxonomy.h"

#include <QStringList>
#include <QTreeWidget>

// The campaign's themes with their sub-topics beneath, each with a check box. Checking a
// sub-topic checks its theme; unchecking a theme unchecks its sub-topics.
class ThemeSelector : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ThemeSelector(QWidget *parent = nullptr);
    // A tree of themes with their sub-topics to tick, as this one and the review panel's show it:
    // one column, no header, no selection, reached with Tab.
    static void setUpChecklist(QTreeWidget *tree);

    void setTaxonomy(const QList<Theme> &themes, const QList<Subtopic> &subtopics);

    QStringList checkedThemes() const;
    QStringList checkedSubtopics() const;
    // Theme and sub-topic codes together (they never collide): one value for undo.
    QStringList checkedCodes() const { return checkedThemes() + checkedSubtopics(); }
    void setCheckedCodes(const QStringList &codes);
    QString themeLabel(const QString &code) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    // The person checked or unchecked something (not emitted by setCheckedCodes).
    void selectionEdited();

private:
    void onItemChanged(QTreeWidgetItem *item);
    QStringList checkedCodes(bool themes) const;

    QHash<QString, QString> m_themeLabels;
    bool m_updating = false;
};
