// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/taxonomydialog.h"
#include "ui/common/palettecolors.h"

#include "storage/database.h"
#include "storage/taxonomyrepository.h"
#include "ui/common/uitext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int RetiredRole = Qt::UserRole + 2;
constexpr int EnglishRole = Qt::UserRole + 3;
constexpr int FrenchRole = Qt::UserRole + 4;
enum SubtopicColumn { LabelColumn, CodeColumn, UsedColumn, StateColumn };
enum TagColumn { TagColumn, TagUsedColumn, TagStateColumn };

void markRetired(QTreeWidgetItem *item, int columns)
{
    for (int c = 0; c < columns; ++c) {
        QFont f = item->font(c);
        f.setItalic(true);
        item->setFont(c, f);
        item->setForeground(c, PaletteColors::muted(item->treeWidget() ? item->treeWidget()->palette() : QPalette()));
    }
}
} // namespace

TaxonomyDialog::TaxonomyDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("taxonomyDialog"));
    setWindowTitle(tr("Sub-topics and tags"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildSubtopicTab(), tr("&Sub-topics"));
    m_tabs->addTab(buildTagTab(), tr("&Free tags"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("taxonomyMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    reload();
    resize(720, 560);
}

QWidget *TaxonomyDialog::buildSubtopicTab()
{
    auto *page = new QWidget(this);
    m_subtopics = new QTreeWidget(page);
    m_subtopics->setObjectName(QStringLiteral("subtopicTree"));
    m_subtopics->setAccessibleName(tr("Sub-topics by theme"));
    m_subtopics->setHeaderLabels({tr("Label"), tr("Code"), tr("Used by"), tr("State")});
    m_subtopics->setUniformRowHeights(true);
    m_subtopics->header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_subtopics->header()->setStretchLastSection(false);
    for (int c : {CodeColumn, UsedColumn, StateColumn})
        m_subtopics->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("subtopicThemeCombo"));
    m_frenchLabel = new QLineEdit(page);
    m_frenchLabel->setObjectName(QStringLiteral("subtopicFrenchEdit"));
    m_englishLabel = new QLineEdit(page);
    m_englishLabel->setObjectName(QStringLiteral("subtopicEnglishEdit"));
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("subtopicCodeEdit"));
    m_code->setToolTip(
        tr("Stable code used by exports and the command line; made from the French label when left "
           "empty. It cannot be changed afterwards."));
    connect(m_frenchLabel, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_code->setPlaceholderText(TaxonomyRepository::codeFor(text)); });
    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("French &label:"), m_frenchLabel);
    form->addRow(tr("&English label:"), m_englishLabel);
    form->addRow(tr("&Code:"), m_code);

    m_addSubtopic = new QPushButton(tr("Add as a new sub-topic"), page);
    m_addSubtopic->setObjectName(QStringLiteral("addSubtopicButton"));
    m_renameSubtopic = new QPushButton(tr("Rename"), page);
    m_renameSubtopic->setObjectName(QStringLiteral("renameSubtopicButton"));
    m_retireSubtopic = new QPushButton(tr("Retire"), page);
    m_retireSubtopic->setObjectName(QStringLiteral("retireSubtopicButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addSubtopic);
    buttons->addStretch();
    buttons->addWidget(m_renameSubtopic);
    buttons->addWidget(m_retireSubtopic);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_subtopics, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_subtopics, &QTreeWidget::currentItemChanged, this, &TaxonomyDialog::onSubtopicSelected);
    connect(m_addSubtopic, &QPushButton::clicked, this, [this] {
        addSubtopic(
            m_theme->currentData().toString(), m_frenchLabel->text(), m_englishLabel->text(), m_code->text());
    });
    connect(m_renameSubtopic, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_subtopics->currentItem())
            renameSubtopic(item->data(0, CodeRole).toString(), m_frenchLabel->text(), m_englishLabel->text());
    });
    connect(m_retireSubtopic, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_subtopics->currentItem())
            setSubtopicRetired(item->data(0, CodeRole).toString(), !item->data(0, RetiredRole).toBool());
    });
    return page;
}

QWidget *TaxonomyDialog::buildTagTab()
{
    auto *page = new QWidget(this);
    m_tags = new QTreeWidget(page);
    m_tags->setObjectName(QStringLiteral("tagTree"));
    m_tags->setAccessibleName(tr("Free tags"));
    m_tags->setHeaderLabels({tr("Tag"), tr("Used by"), tr("State")});
    m_tags->setRootIsDecorated(false);
    m_tags->setUniformRowHeights(true);
    m_tags->header()->setSectionResizeMode(TagColumn, QHeaderView::Stretch);
    m_tags->header()->setStretchLastSection(false);
    for (int c : {TagUsedColumn, TagStateColumn})
        m_tags->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tagLabel = new QLineEdit(page);
    m_tagLabel->setObjectName(QStringLiteral("tagLabelEdit"));
    m_tagLabel->setToolTip(tr("Renaming a tag into one that exists merges them."));
    m_renameTag = new QPushButton(tr("Rename"), page);
    m_renameTag->setObjectName(QStringLiteral("renameTagButton"));
    m_retireTag = new QPushButton(tr("Retire"), page);
    m_retireTag->setObjectName(QStringLiteral("retireTagButton"));
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("New &name:"), page);
    label->setBuddy(m_tagLabel);
    row->addWidget(label);
    row->addWidget(m_tagLabel, 1);
    row->addWidget(m_renameTag);
    row->addWidget(m_retireTag);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_tags, 1);
    layout->addLayout(row);

    connect(m_tags, &QTreeWidget::currentItemChanged, this, &TaxonomyDialog::onTagSelected);
    connect(m_renameTag, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_tags->currentItem();
        if (!item)
            return;
        const QString from = item->text(TagColumn);
        const QString to = m_tagLabel->text().simplified();
        const bool merge = !m_tags->findItems(to, Qt::MatchFixedString).isEmpty()
            && to.compare(from, Qt::CaseInsensitive) != 0;
        if (merge
            && QMessageBox::question(
                   this, windowTitle(), tr("The tag “%1” exists already: merge “%2” into it?").arg(to, from))
                != QMessageBox::Yes)
            return;
        renameTag(from, to);
    });
    connect(m_retireTag, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_tags->currentItem())
            setTagRetired(item->text(TagColumn), !item->data(0, RetiredRole).toBool());
    });
    return page;
}

void TaxonomyDialog::reload()
{
    TaxonomyRepository repo(m_db);
    const QString selectedSubtopic =
        m_subtopics->currentItem() ? m_subtopics->currentItem()->data(0, CodeRole).toString() : QString();
    const QString selectedTag = m_tags->currentItem() ? m_tags->currentItem()->text(TagColumn) : QString();
    const QHash<QString, int> subtopicUse = repo.subtopicUsage();
    const QList<Theme> themes = repo.themes();
    const QString theme = m_theme->currentData().toString();
    m_theme->clear();
    m_subtopics->clear();
    QHash<QString, QTreeWidgetItem *> themeItems;
    for (const Theme &t : themes) {
        m_theme->addItem(UiText::themeLabel(t), t.code);
        auto *item = new QTreeWidgetItem(m_subtopics, {UiText::themeLabel(t), t.code});
        item->setFlags(Qt::ItemIsEnabled);
        QFont f = item->font(LabelColumn);
        f.setBold(true);
        item->setFont(LabelColumn, f);
        themeItems.insert(t.code, item);
    }
    if (const int i = m_theme->findData(theme); i >= 0)
        m_theme->setCurrentIndex(i);
    for (bool retired : {false, true})
        for (const Subtopic &s : retired ? repo.retiredSubtopics() : repo.subtopics()) {
            QTreeWidgetItem *parent = themeItems.value(s.themeCode);
            if (!parent)
                continue;
            auto *item = new QTreeWidgetItem(parent,
                {UiText::subtopicLabel(s), s.code, UiText::number(subtopicUse.value(s.code)),
                    retired ? tr("retired") : tr("in use")});
            item->setData(0, CodeRole, s.code);
            item->setData(0, RetiredRole, retired);
            item->setData(0, FrenchRole, s.frenchLabel);
            item->setData(0, EnglishRole, s.englishLabel);
            item->setTextAlignment(UsedColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (retired)
                markRetired(item, 4);
            if (s.code == selectedSubtopic)
                m_subtopics->setCurrentItem(item);
        }
    m_subtopics->expandAll();

    const QHash<QString, int> tagUse = repo.tagUsage();
    m_tags->clear();
    for (bool retired : {false, true})
        for (const QString &tag : retired ? repo.retiredTags() : repo.tags()) {
            auto *item = new QTreeWidgetItem(
                m_tags, {tag, UiText::number(tagUse.value(tag)), retired ? tr("retired") : tr("in use")});
            item->setData(0, RetiredRole, retired);
            item->setTextAlignment(TagUsedColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (retired)
                markRetired(item, 3);
            if (tag == selectedTag)
                m_tags->setCurrentItem(item);
        }
    m_tags->sortItems(TagColumn, Qt::AscendingOrder);
    onSubtopicSelected();
    onTagSelected();
}

void TaxonomyDialog::onSubtopicSelected()
{
    const QTreeWidgetItem *item = m_subtopics->currentItem();
    const bool subtopic = item && item->parent();
    m_renameSubtopic->setEnabled(subtopic);
    m_retireSubtopic->setEnabled(subtopic);
    m_retireSubtopic->setText(subtopic && item->data(0, RetiredRole).toBool() ? tr("Restore") : tr("Retire"));
    if (subtopic) {
        m_theme->setCurrentIndex(m_theme->findData(item->parent()->text(CodeColumn)));
        m_frenchLabel->setText(item->data(0, FrenchRole).toString());
        m_englishLabel->setText(item->data(0, EnglishRole).toString());
        m_code->clear();
    }
}

void TaxonomyDialog::onTagSelected()
{
    const QTreeWidgetItem *item = m_tags->currentItem();
    m_renameTag->setEnabled(item);
    m_retireTag->setEnabled(item);
    m_retireTag->setText(item && item->data(0, RetiredRole).toBool() ? tr("Restore") : tr("Retire"));
    if (item)
        m_tagLabel->setText(item->text(TagColumn));
}

QString TaxonomyDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool TaxonomyDialog::reportOutcome(bool ok, const QString &error)
{
    m_message->setText(error);
    m_message->setStyleSheet(QStringLiteral("color: #a41e11;"));
    m_message->setVisible(!ok);
    if (ok) {
        m_changed = true;
        reload();
    }
    return ok;
}

bool TaxonomyDialog::addSubtopic(
    const QString &themeCode, const QString &frenchLabel, const QString &englishLabel, const QString &code)
{
    Subtopic s {code.trimmed(), themeCode, frenchLabel, englishLabel};
    QString error;
    const bool ok = TaxonomyRepository(m_db).addSubtopic(s, &error);
    if (ok) {
        m_frenchLabel->clear();
        m_englishLabel->clear();
        m_code->clear();
    }
    return reportOutcome(ok, error);
}

bool TaxonomyDialog::renameSubtopic(
    const QString &code, const QString &frenchLabel, const QString &englishLabel)
{
    QString error;
    return reportOutcome(TaxonomyRepository(m_db).renameSubtopic(code, frenchLabel, englishLabel, &error), error);
}

bool TaxonomyDialog::setSubtopicRetired(const QString &code, bool retired)
{
    QString error;
    TaxonomyRepository repo(m_db);
    return reportOutcome(retired ? repo.retireSubtopic(code, &error) : repo.restoreSubtopic(code, &error), error);
}

bool TaxonomyDialog::renameTag(const QString &label, const QString &newLabel)
{
    QString error;
    return reportOutcome(TaxonomyRepository(m_db).renameTag(label, newLabel, &error), error);
}

bool TaxonomyDialog::setTagRetired(const QString &label, bool retired)
{
    QString error;
    TaxonomyRepository repo(m_db);
    return reportOutcome(retired ? repo.retireTag(label, &error) : repo.restoreTag(label, &error), error);
}
