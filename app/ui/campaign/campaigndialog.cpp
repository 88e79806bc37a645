// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/campaigndialog.h"

#include "storage/campaignrepository.h"
#include "storage/taxonomyrepository.h"
#include "ui/common/formlayout.h"
#include "ui/common/uitext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { French, English, Code, State };
constexpr int RetiredRole = Qt::UserRole;
constexpr int ThemeRole = Qt::UserRole + 1;
constexpr int AutoCodeRole = Qt::UserRole + 2; // the code follows the French label
constexpr int StoredCodeRole = Qt::UserRole + 3; // the code in the database, which stays
// A date edit's lowest date stands for "not set" (the opening date is optional).
const QDate noDate(2000, 1, 1);

bool isTheme(const QTreeWidgetItem *item) { return item && item->data(French, ThemeRole).toBool(); }
bool isRetired(const QTreeWidgetItem *item) { return item && item->data(French, RetiredRole).toBool(); }

} // namespace

CampaignDialog::CampaignDialog(Mode mode, const CampaignSettings &initial, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::NewCall ? tr("New call") : tr("Call settings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(mode == Mode::NewCall
            ? tr("A new call gets its own database. Give it a name, its dates and its themes, or copy the "
                 "settings of an existing call and change what differs.")
            : tr("Changes apply at once to everyone working on this call, and each one is recorded in the "
                 "history."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildCallTab(), tr("The &call"));
    m_tabs->addTab(buildEligibilityTab(), tr("&Who may answer"));
    m_tabs->addTab(buildThemesTab(), tr("&Themes"));
    m_tabs->addTab(buildCoverTab(), tr("&Dossier"));
    layout->addWidget(m_tabs, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("campaignMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::NewCall ? tr("Create the call…") : tr("Save"));
    auto *save = buttons->addButton(tr("Save as a &file…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveCampaignFile"));
    connect(save, &QPushButton::clicked, this, &CampaignDialog::chooseFileToSave);
    if (mode == Mode::NewCall) {
        auto *copy = buttons->addButton(tr("Cop&y the settings of an existing call…"), QDialogButtonBox::ActionRole);
        copy->setObjectName(QStringLiteral("copyCampaign"));
        connect(copy, &QPushButton::clicked, this, &CampaignDialog::chooseFileToCopy);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setSettings(initial);
    if (mode == Mode::Settings) {
        for (const Theme &t : initial.themes)
            m_storedCodes.insert(t.code);
        for (const Subtopic &s : initial.subtopics)
            m_storedCodes.insert(s.code);
        setSettings(initial); // again: stored codes are read-only
    }
    resize(760, 600);
}

QWidget *CampaignDialog::buildCallTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setPlaceholderText(tr("Gestion de crise avec le numérique"));
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("campaignCode"));
    m_code->setPlaceholderText(tr("appel-2027"));
    m_code->setToolTip(tr("A short code for scripts and file names: lower-case letters, digits and hyphens."));
    m_organisers = new QLineEdit(page);
    m_organisers->setObjectName(QStringLiteral("campaignOrganisers"));
    auto dateEdit = [page](const char *name) {
        auto *edit = new QDateEdit(page);
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setMinimumDate(noDate);
        edit->setMaximumDate(QDate(2199, 12, 31));
        return edit;
    };
    m_opensOn = dateEdit("campaignOpensOn");
    m_opensOn->setSpecialValueText(tr("not said"));
    m_closesOn = dateEdit("campaignClosesOn");
    m_timeZone = new QComboBox(page);
    m_timeZone->setObjectName(QStringLiteral("campaignTimeZone"));
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/'))
            m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setToolTip(tr("The call closes at midnight at the end of its closing day, in this time zone."));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("campaignLanguage"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_fourEyes = new QCheckBox(tr("The person who entered a testimony cannot validate it (four eyes)"), page);
    m_fourEyes->setObjectName(QStringLiteral("campaignFourEyes"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&ode:"), m_code);
    form->addRow(tr("&Organised by:"), m_organisers);
    form->addRow(tr("O&pens on:"), m_opensOn);
    form->addRow(tr("C&loses on (end of the day):"), m_closesOn);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(tr("&Language of the publication:"), m_language);
    form->addRow(QString(), m_fourEyes);
    return page;
}

QWidget *CampaignDialog::buildEligibilityTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *kinds = new QVBoxLayout;
    const QStringList labels = {tr("Communes"), tr("Intercommunalités (EPCI)"), tr("Départements"), tr("Régions")};
    for (int i = 0; i < Eligibility::allKinds().size(); ++i) {
        const QString kind = Eligibility::allKinds().at(i);
        auto *box = new QCheckBox(labels.at(i), page);
        box->setObjectName(QStringLiteral("kind-") + kind);
        m_kinds.insert(kind, box);
        kinds->addWidget(box);
    }
    form->addRow(tr("Authorities:"), kinds);
    m_populationMin = new QSpinBox(page);
    m_populationMin->setObjectName(QStringLiteral("populationMin"));
    m_populationMax = new QSpinBox(page);
    m_populationMax->setObjectName(QStringLiteral("populationMax"));
    for (QSpinBox *spin : {m_populationMin, m_populationMax}) {
        spin->setRange(0, 99999999);
        spin->setSingleStep(1000);
        spin->setGroupSeparatorShown(true);
        spin->setSuffix(tr(" inhabitants"));
    }
    m_populationMax->setSpecialValueText(tr("no limit"));
    form->addRow(tr("From &at least:"), m_populationMin);
    form->addRow(tr("Up to at &most:"), m_populationMax);
    m_overseas = new QCheckBox(tr("Overseas authorities included"), page);
    m_overseas->setObjectName(QStringLiteral("overseas"));
    form->addRow(QString(), m_overseas);
    auto *note = new QLabel(tr("A testimony from outside this target is accepted, with a warning in its form."), page);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    return page;
}

QWidget *CampaignDialog::buildThemesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    m_tree = new QTreeWidget(page);
    m_tree->setObjectName(QStringLiteral("campaignThemes"));
    m_tree->setHeaderLabels({tr("French label"), tr("English label"), tr("Code"), tr("State")});
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(French, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(English, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Code, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(State, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Themes and sub-topics"));
    layout->addWidget(m_tree, 1);
    auto *buttons = new QVBoxLayout;
    m_addTheme = new QPushButton(tr("Add a t&heme"), page);
    m_addSubtopic = new QPushButton(tr("Add a &sub-topic"), page);
    m_retire = new QPushButton(tr("&Retire"), page);
    m_remove = new QPushButton(tr("&Delete"), page);
    m_merge = new QPushButton(tr("&Merge into…"), page);
    m_merge->setVisible(m_mode == Mode::Settings);
    for (QPushButton *b : {m_addTheme, m_addSubtopic, m_retire, m_remove, m_merge})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_addTheme, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = addTheme(tr("New theme"), tr("New theme"))) {
            m_tree->setCurrentItem(item);
            m_tree->editItem(item, French);
        }
    });
    connect(m_addSubtopic, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = current();
        if (QTreeWidgetItem *added = addSubtopic(isTheme(item) ? item : item ? item->parent() : nullptr,
                tr("New sub-topic"), tr("New sub-topic"))) {
            m_tree->setCurrentItem(added);
            m_tree->editItem(added, French);
        }
    });
    connect(m_retire, &QPushButton::clicked, this, [this] { toggleRetired(current()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { remove(current()); });
    connect(m_merge, &QPushButton::clicked, this, &CampaignDialog::chooseMergeTarget);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CampaignDialog::updateButtons);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        const QSignalBlocker blocker(m_tree);
        const QString stored = item->data(French, StoredCodeRole).toString();
        if (column == French && item->data(French, AutoCodeRole).toBool()) {
            // A new entry's code follows its French label until someone writes one.
            item->setText(Code, TaxonomyRepository::codeFor(item->text(French)));
        } else if (column == Code && !stored.isEmpty() && item->text(Code) != stored) {
            item->setText(Code, stored);
            showProblem(tr("A saved code stays as it is: contributions, exports and scripts rely on it. Change "
                           "the labels instead."));
        } else if (column == Code) {
            item->setData(French, AutoCodeRole, false);
        } else if (column == State) {
            decorate(item);
        }
    });
    return page;
}

QWidget *CampaignDialog::buildCoverTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_coverSubtitle = new QLineEdit(page);
    m_coverSubtitle->setObjectName(QStringLiteral("coverSubtitle"));
    m_coverSubtitle->setPlaceholderText(tr("Recueil des contributions des collectivités"));
    m_coverNote = new QPlainTextEdit(page);
    m_coverNote->setObjectName(QStringLiteral("coverNote"));
    m_coverNote->setTabChangesFocus(true);
    m_coverNote->setPlaceholderText(tr("A few lines under the figures of the cover (optional)."));
    form->addRow(tr("&Subtitle of the cover:"), m_coverSubtitle);
    form->addRow(tr("&Note on the cover:"), m_coverNote);
    return page;
}

void CampaignDialog::setThemeUsage(const QHash<QString, int> &usage)
{
    m_usage = usage;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        decorate(m_tree->topLevelItem(i));
}

void CampaignDialog::setSettings(const CampaignSettings &s)
{
    const Campaign &c = s.campaign;
    m_campaignId = c.id;
    m_code->setText(c.code);
    m_code->setReadOnly(m_mode == Mode::Settings && !c.code.isEmpty());
    m_name->setText(c.name);
    m_organisers->setText(c.organisers);
    m_opensOn->setDate(c.opensOn.isValid() ? c.opensOn : noDate);
    m_closesOn->setDate(c.closesOn.isValid() ? c.closesOn : QDate::currentDate());
    m_timeZone->setCurrentText(c.timeZone);
    m_language->setCurrentIndex(qMax(0, m_language->findData(c.language)));
    m_fourEyes->setChecked(c.fourEyes);
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
        it.value()->setChecked(c.eligibility.kinds.contains(it.key()));
    m_populationMin->setValue(c.eligibility.populationMin);
    m_populationMax->setValue(c.eligibility.populationMax);
    m_overseas->setChecked(c.eligibility.overseas);
    m_coverSubtitle->setText(c.coverSubtitle);
    m_coverNote->setPlainText(c.coverNote);
    m_tree->clear();
    for (const Theme &t : s.themes) {
        QTreeWidgetItem *theme = addTheme(t.frenchLabel, t.englishLabel);
        theme->setText(Code, t.code);
        theme->setData(French, RetiredRole, t.retired);
        theme->setData(French, AutoCodeRole, false);
        if (m_storedCodes.contains(t.code))
            theme->setData(French, StoredCodeRole, t.code);
        for (const Subtopic &st : s.subtopicsOf(t.code)) {
            QTreeWidgetItem *sub = addSubtopic(theme, st.frenchLabel, st.englishLabel);
            sub->setText(Code, st.code);
            sub->setData(French, RetiredRole, st.retired);
            sub->setData(French, AutoCodeRole, false);
            if (m_storedCodes.contains(st.code))
                sub->setData(French, StoredCodeRole, st.code);
            decorate(sub);
        }
        decorate(theme);
    }
    m_tree->expandAll();
    m_merges.clear();
    updateButtons();
}

CampaignSettings CampaignDialog::settings() const
{
    CampaignSettings s;
    Campaign &c = s.campaign;
    c.id = m_campaignId;
    c.code = m_code->text().trimmed();
    c.name = m_name->text().simplified();
    c.organisers = m_organisers->text().simplified();
    c.opensOn = m_opensOn->date() == noDate ? QDate() : m_opensOn->date();
    c.closesOn = m_closesOn->date();
    c.timeZone = m_timeZone->currentText().trimmed();
    c.language = m_language->currentData().toString();
    c.fourEyes = m_fourEyes->isChecked();
    c.eligibility.kinds.clear();
    for (const QString &kind : Eligibility::allKinds())
        if (m_kinds.value(kind)->isChecked())
            c.eligibility.kinds << kind;
    c.eligibility.populationMin = m_populationMin->value();
    c.eligibility.populationMax = m_populationMax->value();
    c.eligibility.overseas = m_overseas->isChecked();
    c.coverSubtitle = m_coverSubtitle->text().simplified();
    c.coverNote = m_coverNote->toPlainText().trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *t = m_tree->topLevelItem(i);
        s.themes.append({t->text(Code).trimmed(), t->text(French).simplified(), t->text(English).simplified(),
            isRetired(t)});
        for (int j = 0; j < t->childCount(); ++j) {
            const QTreeWidgetItem *st = t->child(j);
            s.subtopics.append({st->text(Code).trimmed(), t->text(Code).trimmed(), st->text(French).simplified(),
                st->text(English).simplified(), isRetired(st)});
        }
    }
    return s;
}

QTreeWidgetItem *CampaignDialog::addTheme(const QString &frenchLabel, const QString &englishLabel)
{
    auto *item = new QTreeWidgetItem(m_tree, {frenchLabel, englishLabel, TaxonomyRepository::codeFor(frenchLabel)});
    item->setData(French, ThemeRole, true);
    item->setData(French, AutoCodeRole, true);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    decorate(item);
    return item;
}

QTreeWidgetItem *CampaignDialog::addSubtopic(QTreeWidgetItem *theme, const QString &frenchLabel, const QString &englishLabel)
{
    if (!isTheme(theme)) {
        showProblem(tr("Choose the theme the sub-topic belongs to first."));
        return nullptr;
    }
    auto *item = new QTreeWidgetItem(theme, {frenchLabel, englishLabel, TaxonomyRepository::codeFor(frenchLabel)});
    item->setData(French, AutoCodeRole, true);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    theme->setExpanded(true);
    decorate(item);
    return item;
}

void CampaignDialog::decorate(QTreeWidgetItem *item)
{
    const QSignalBlocker blocker(m_tree);
    const bool retired = isRetired(item);
    QString state = retired ? tr("retired") : tr("in use");
    if (isTheme(item) && m_usage.value(item->text(Code)) > 0)
        state += QStringLiteral(" · ") + tr("%n contribution(s)", nullptr, m_usage.value(item->text(Code)));
    item->setText(State, state);
    item->setToolTip(French, item->text(French));
    item->setToolTip(English, item->text(English));
    QFont font = m_tree->font();
    font.setItalic(retired);
    for (int column = French; column <= State; ++column) {
        item->setFont(column, font);
        item->setForeground(column, retired ? palette().brush(QPalette::Disabled, QPalette::Text)
                                            : palette().brush(QPalette::Active, QPalette::Text));
    }
}

QTreeWidgetItem *CampaignDialog::current() const
{
    return m_tree->currentItem();
}

void CampaignDialog::updateButtons()
{
    QTreeWidgetItem *item = current();
    m_addSubtopic->setEnabled(item != nullptr);
    m_retire->setEnabled(item != nullptr);
    m_retire->setText(isRetired(item) ? tr("Put back in &use") : tr("&Retire"));
    m_remove->setEnabled(item != nullptr);
    m_merge->setEnabled(isTheme(item) && !isRetired(item));
    // A stored code stays: contributions, exports and scripts rely on it.
    if (item) {
        const bool stored = m_storedCodes.contains(item->text(Code));
        m_tree->setToolTip(stored ? tr("Labels can be changed; the code stays.") : QString());
    }
}

bool CampaignDialog::toggleRetired(QTreeWidgetItem *item)
{
    if (!item)
        return false;
    item->setData(French, RetiredRole, !isRetired(item));
    decorate(item);
    updateButtons();
    return true;
}

bool CampaignDialog::remove(QTreeWidgetItem *item)
{
    if (!item)
        return false;
    const QString code = item->text(Code);
    if (isTheme(item) && m_usage.value(code) > 0) {
        showProblem(tr("“%1” is on %n contribution(s): it cannot be deleted. Retire it, or merge it into another "
                       "theme.",
            nullptr, m_usage.value(code))
                        .arg(item->text(French)));
        return false;
    }
    delete item;
    updateButtons();
    return true;
}

bool CampaignDialog::merge(QTreeWidgetItem *from, QTreeWidgetItem *into)
{
    if (!isTheme(from) || !isTheme(into) || from == into || !m_storedCodes.contains(from->text(Code))
        || !m_storedCodes.contains(into->text(Code))) {
        showProblem(tr("Merge a theme of the call into another one already saved."));
        return false;
    }
    while (from->childCount() > 0)
        into->addChild(from->takeChild(0));
    from->setData(French, RetiredRole, true);
    m_usage[into->text(Code)] += m_usage.take(from->text(Code));
    m_merges.append({from->text(Code), into->text(Code)});
    decorate(from);
    decorate(into);
    into->setExpanded(true);
    showProblem(tr("“%1” will be merged into “%2” when you save: its contributions and sub-topics move there.")
                    .arg(from->text(French), into->text(French)));
    return true;
}

void CampaignDialog::chooseMergeTarget()
{
    QTreeWidgetItem *from = current();
    if (!isTheme(from))
        return;
    QStringList labels;
    QList<QTreeWidgetItem *> targets;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *t = m_tree->topLevelItem(i);
        if (t != from && !isRetired(t)) {
            labels << t->text(French);
            targets << t;
        }
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge a theme"),
        tr("Move the contributions and sub-topics of “%1” into:").arg(from->text(French)), labels, 0, false, &ok);
    if (ok && labels.contains(chosen))
        merge(from, targets.at(labels.indexOf(chosen)));
}

bool CampaignDialog::copyFrom(const QString &path)
{
    std::optional<CampaignSettings> source;
    QString error;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        source = CampaignSettings::fromFile(path, &error);
    } else {
        source = CampaignRepository::peek(path);
        if (!source)
            error = tr("“%1” is not a Recueil database.").arg(QFileInfo(path).fileName());
    }
    if (!source) {
        showProblem(error);
        return false;
    }
    CampaignSettings copy = *source;
    // A copy starts a new call: its own code; what was retired stays behind.
    if (m_mode == Mode::NewCall && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        copy.campaign.code.clear();
    copy.campaign.id = m_campaignId;
    copy.themes.removeIf([](const Theme &t) { return t.retired; });
    copy.subtopics.removeIf([&copy](const Subtopic &s) { return s.retired || !copy.theme(s.themeCode); });
    setSettings(copy);
    showProblem(tr("Settings copied from “%1”: check the name, the code and the dates of the new call.")
                    .arg(copy.campaign.name));
    return true;
}

bool CampaignDialog::saveToFile(const QString &path)
{
    const CampaignSettings s = settings();
    if (const QString problem = s.problem(); !problem.isEmpty()) {
        showProblem(problem);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(s.toJson()) < 0 || !file.commit()) {
        showProblem(tr("Cannot write “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    showProblem(tr("Settings saved in “%1”.").arg(QFileInfo(path).fileName()));
    return true;
}

void CampaignDialog::chooseFileToCopy()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Copy the settings of an existing call"), QString(),
        tr("Calls (*.sqlite *.db *.json);;Recueil databases (*.sqlite *.db);;Call files (*.json)"));
    if (!path.isEmpty())
        copyFrom(path);
}

void CampaignDialog::chooseFileToSave()
{
    const QString name = (m_code->text().trimmed().isEmpty() ? QStringLiteral("appel") : m_code->text().trimmed())
        + QStringLiteral(".json");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the call's settings"), name, tr("Call files (*.json)"));
    if (!path.isEmpty())
        saveToFile(path);
}

void CampaignDialog::showProblem(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString CampaignDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CampaignDialog::accept()
{
    const QString problem = settings().problem();
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    QDialog::accept();
}
