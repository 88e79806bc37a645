// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/taxonomy.h"

#include <QHash>
#include <QStringList>
#include <QTreeWidget>

// The themes and their sub-topics, each with a check box, for one contribution or many:
// a box is checked when all of them carry the code, partly checked when some do. What the
// person changes becomes the codes to add to all and the codes to remove from all; a box
// left partly checked changes nothing. Checking a sub-topic checks its theme; unchecking a
// theme unchecks its sub-topics. Retired sub-topics appear (in italics) only where used.
class ClassificationTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ClassificationTree(QWidget *parent = nullptr);

    void setTaxonomy(const QList<Theme> &themes, const QList<Subtopic> &subtopics,
        const QList<Subtopic> &retiredSubtopics = {});
    // How many of the total selected contributions carry each theme or sub-topic code.
    void showCarriers(const QHash<QString, int> &carriers, int total);

    QStringList addedThemes() const { return changed(true, true); }
    QStringList removedThemes() const { return changed(true, false); }
    QStringList addedSubtopics() const { return changed(false, true); }
    QStringList removedSubtopics() const { return changed(false, false); }
    bool isEdited() const;

    Qt::CheckState checkState(const QString &code) const;
    void setChecked(const QString &code, bool checked); // as a click would (rules applied)
    QTreeWidgetItem *itemOf(const QString &code) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void edited();

private:
    void onItemChanged(QTreeWidgetItem *item);
    QStringList changed(bool themes, bool added) const;
    void apply(QTreeWidgetItem *item, Qt::CheckState state, bool retired);

    QHash<QString, int> m_carriers;
    QHash<QString, QTreeWidgetItem *> m_items;
    QList<Subtopic> m_retired;
    int m_total = 0;
    bool m_updating = false;
};
