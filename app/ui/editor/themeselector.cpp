// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/themeselector.h"

#include "ui/common/uitext.h"

#include <QHeaderView>

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int RetiredRole = Qt::UserRole + 2; // shown only on a contribution that carries it
}

ThemeSelector::ThemeSelector(QWidget *parent)
    : QTreeWidget(parent)
{
    setUpChecklist(this);
    connect(this, &QTreeWidget::itemChanged, this, &ThemeSelector::onItemChanged);
}

void ThemeSelector::setUpChecklist(QTreeWidget *tree)
{
    tree->setColumnCount(1);
    tree->header()->hide();
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::StrongFocus);
}

void ThemeSelector::setTaxonomy(const QList<Theme> &themes, const QList<Subtopic> &subtopics)
{
    const QStringList checked = checkedCodes();
    m_updating = true;
    clear();
    m_themeLabels.clear();
    QHash<QString, QTreeWidgetItem *> themeItems;
    auto label = [](const QString &text, bool retired) { return retired ? tr("%1 (retired)").arg(text) : text; };
    for (const Theme &t : themes) {
        auto *item = new QTreeWidgetItem(this, {label(UiText::themeLabel(t), t.retired)});
        item->setData(0, CodeRole, t.code);
        item->setData(0, RetiredRole, t.retired);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(0, UiText::themeLabel(t));
        themeItems.insert(t.code, item);
        m_themeLabels.insert(t.code, UiText::themeLabel(t));
    }
    for (const Subtopic &s : subtopics) {
        QTreeWidgetItem *parentItem = themeItems.value(s.themeCode);
        if (!parentItem)
            continue;
        auto *item = new QTreeWidgetItem(parentItem, {label(UiText::subtopicLabel(s), s.retired)});
        item->setData(0, CodeRole, s.code);
        item->setData(0, RetiredRole, s.retired);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(0, UiText::subtopicLabel(s));
    }
    expandAll();
    m_updating = false;
    setCheckedCodes(checked);
    setMinimumHeight(sizeHint().height());
    updateGeometry();
}

QString ThemeSelector::themeLabel(const QString &code) const
{
    return m_themeLabels.value(code, code);
}

QStringList ThemeSelector::checkedCodes(bool themes) const
{
    QStringList codes;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *theme = topLevelItem(i);
        if (themes) {
            if (theme->checkState(0) == Qt::Checked)
                codes.append(theme->data(0, CodeRole).toString());
            continue;
        }
        for (int j = 0; j < theme->childCount(); ++j)
            if (theme->child(j)->checkState(0) == Qt::Checked)
                codes.append(theme->child(j)->data(0, CodeRole).toString());
    }
    return codes;
}

QStringList ThemeSelector::checkedThemes() const
{
    return checkedCodes(true);
}

QStringList ThemeSelector::checkedSubtopics() const
{
    return checkedCodes(false);
}

void ThemeSelector::setCheckedCodes(const QStringList &codes)
{
    m_updating = true;
    // A retired theme or sub-topic is no longer offered, but a contribution that carries it
    // shows it checked, so that saving the contribution keeps it.
    auto set = [&codes](QTreeWidgetItem *item, bool retired) {
        const bool checked = codes.contains(item->data(0, CodeRole).toString());
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
        item->setHidden(retired && !checked);
        return checked;
    };
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *theme = topLevelItem(i);
        const bool themeRetired = theme->data(0, RetiredRole).toBool();
        bool shown = set(theme, themeRetired) || !themeRetired;
        // The sub-topics of a retired theme are retired with it.
        for (int j = 0; j < theme->childCount(); ++j)
            shown = set(theme->child(j), themeRetired || theme->child(j)->data(0, RetiredRole).toBool()) || shown;
        theme->setHidden(!shown);
    }
    m_updating = false;
}

void ThemeSelector::onItemChanged(QTreeWidgetItem *item)
{
    if (m_updating)
        return;
    m_updating = true;
    const bool checked = item->checkState(0) == Qt::Checked;
    if (QTreeWidgetItem *theme = item->parent()) {
        if (checked)
            theme->setCheckState(0, Qt::Checked);
    } else if (!checked) {
        for (int j = 0; j < item->childCount(); ++j)
            item->child(j)->setCheckState(0, Qt::Unchecked);
    }
    m_updating = false;
    Q_EMIT selectionEdited();
}

QSize ThemeSelector::sizeHint() const
{
    // Tall enough to show every theme and sub-topic without scrolling inside the form.
    int rows = 0;
    for (int i = 0; i < topLevelItemCount(); ++i)
        rows += 1 + topLevelItem(i)->childCount();
    const int measured = topLevelItemCount() > 0 ? sizeHintForRow(0) : 0;
    const int rowHeight = measured > 0 ? measured : fontMetrics().height() + 4;
    return {QTreeWidget::sizeHint().width(), rows * rowHeight + 2 * frameWidth() + 4};
}
