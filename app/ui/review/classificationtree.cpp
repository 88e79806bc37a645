// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/classificationtree.h"

#include "ui/common/uitext.h"
#include "ui/editor/themeselector.h"

#include <QHeaderView>

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int ThemeRole = Qt::UserRole + 2; // true on theme rows
constexpr int RetiredRole = Qt::UserRole + 3; // true on retired sub-topics
constexpr int InitialRole = Qt::UserRole + 4; // the Qt::CheckState before the person's changes
} // namespace

ClassificationTree::ClassificationTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("classificationTree"));
    ThemeSelector::setUpChecklist(this);
    setAccessibleName(tr("Themes and sub-topics"));
    connect(this, &QTreeWidget::itemChanged, this, &ClassificationTree::onItemChanged);
}

void ClassificationTree::setTaxonomy(
    const QList<Theme> &themes, const QList<Subtopic> &subtopics, const QList<Subtopic> &retiredSubtopics)
{
    m_updating = true;
    clear();
    m_items.clear();
    m_retired = retiredSubtopics;
    for (const Theme &t : themes) {
        auto *item = new QTreeWidgetItem(this, {UiText::themeLabel(t)});
        item->setData(0, CodeRole, t.code);
        item->setData(0, ThemeRole, true);
        item->setToolTip(0, UiText::themeLabel(t));
        m_items.insert(t.code, item);
    }
    auto addSubtopic = [this](const Subtopic &s, bool retired) {
        QTreeWidgetItem *theme = m_items.value(s.themeCode);
        if (!theme)
            return;
        auto *item = new QTreeWidgetItem(
            theme, {retired ? tr("%1 (retired)").arg(UiText::subtopicLabel(s)) : UiText::subtopicLabel(s)});
        item->setData(0, CodeRole, s.code);
        item->setData(0, RetiredRole, retired);
        item->setToolTip(0,
            retired ? tr("This sub-topic is no longer offered; it stays where it was used.")
                    : UiText::subtopicLabel(s));
        if (retired) {
            QFont f = item->font(0);
            f.setItalic(true);
            item->setFont(0, f);
        }
        m_items.insert(s.code, item);
    };
    for (const Subtopic &s : subtopics)
        addSubtopic(s, false);
    for (const Subtopic &s : retiredSubtopics)
        addSubtopic(s, true);
    expandAll();
    m_updating = false;
    showCarriers(m_carriers, m_total);
    // Seven rows at least; more when there is room (the tree scrolls otherwise).
    setMinimumHeight(qMin(sizeHint().height(), 7 * qMax(fontMetrics().height() + 6, 20)));
    updateGeometry();
}

void ClassificationTree::showCarriers(const QHash<QString, int> &carriers, int total)
{
    m_carriers = carriers;
    m_total = total;
    m_updating = true;
    for (QTreeWidgetItem *item : std::as_const(m_items)) {
        const QString code = item->data(0, CodeRole).toString();
        const int n = carriers.value(code);
        const Qt::CheckState state = total > 0 && n >= total ? Qt::Checked
            : n > 0                                          ? Qt::PartiallyChecked
                                                             : Qt::Unchecked;
        const bool retired = item->data(0, RetiredRole).toBool();
        // A retired sub-topic shows only where it is used; it can be taken off, not put on.
        item->setHidden(retired && n == 0);
        Qt::ItemFlags flags = Qt::ItemIsEnabled;
        if (total > 0)
            flags |= Qt::ItemIsUserCheckable;
        if (state == Qt::PartiallyChecked && !retired)
            flags |= Qt::ItemIsUserTristate;
        item->setFlags(flags);
        item->setCheckState(0, state);
        item->setData(0, InitialRole, int(state));
    }
    m_updating = false;
}

QTreeWidgetItem *ClassificationTree::itemOf(const QString &code) const
{
    return m_items.value(code);
}

Qt::CheckState ClassificationTree::checkState(const QString &code) const
{
    const QTreeWidgetItem *item = m_items.value(code);
    return item ? item->checkState(0) : Qt::Unchecked;
}

void ClassificationTree::setChecked(const QString &code, bool checked)
{
    if (QTreeWidgetItem *item = m_items.value(code))
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked); // itemChanged applies the rules
}

void ClassificationTree::apply(QTreeWidgetItem *item, Qt::CheckState state, bool retired)
{
    // A retired sub-topic cannot be put back on: it goes no further than where it was.
    if (retired && state == Qt::Checked && Qt::CheckState(item->data(0, InitialRole).toInt()) != Qt::Checked)
        state = Qt::CheckState(item->data(0, InitialRole).toInt());
    item->setCheckState(0, state);
}

void ClassificationTree::onItemChanged(QTreeWidgetItem *item)
{
    if (m_updating)
        return;
    m_updating = true;
    const Qt::CheckState state = item->checkState(0);
    if (item->data(0, RetiredRole).toBool())
        apply(item, state, true);
    if (item->data(0, ThemeRole).toBool()) {
        if (state == Qt::Unchecked)
            for (int i = 0; i < item->childCount(); ++i)
                item->child(i)->setCheckState(0, Qt::Unchecked);
    } else if (item->checkState(0) == Qt::Checked && item->parent()) {
        item->parent()->setCheckState(0, Qt::Checked);
    }
    m_updating = false;
    Q_EMIT edited();
}

QStringList ClassificationTree::changed(bool themes, bool added) const
{
    QStringList codes;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QList<QTreeWidgetItem *> items;
        if (themes) {
            items.append(topLevelItem(i));
        } else {
            for (int j = 0; j < topLevelItem(i)->childCount(); ++j)
                items.append(topLevelItem(i)->child(j));
        }
        for (const QTreeWidgetItem *item : std::as_const(items)) {
            const auto initial = Qt::CheckState(item->data(0, InitialRole).toInt());
            const Qt::CheckState now = item->checkState(0);
            if (now == initial || now == Qt::PartiallyChecked)
                continue;
            if ((added && now == Qt::Checked) || (!added && now == Qt::Unchecked))
                codes.append(item->data(0, CodeRole).toString());
        }
    }
    return codes;
}

bool ClassificationTree::isEdited() const
{
    return !addedThemes().isEmpty() || !removedThemes().isEmpty() || !addedSubtopics().isEmpty()
        || !removedSubtopics().isEmpty();
}

QSize ClassificationTree::sizeHint() const
{
    int rows = 0;
    for (const QTreeWidgetItem *item : std::as_const(m_items))
        rows += item->isHidden() ? 0 : 1;
    const int rowHeight = qMax(fontMetrics().height() + 6, 20);
    return {QTreeWidget::sizeHint().width(), rows * rowHeight + 2 * frameWidth() + 4};
}
