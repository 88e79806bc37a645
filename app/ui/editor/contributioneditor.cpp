// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/contributioneditor.h"
#include "ui_contributioneditor.h"

#include "core/authoritydirectory.h"
#include "core/reviewworkflow.h"
#include "storage/database.h"
#include "storage/draftstore.h"
#include "storage/personrepository.h"
#include "storage/sourcemessagerepository.h"
#include "storage/campaignrepository.h"
#include "storage/taxonomyrepository.h"
#include "ui/common/formlayout.h"
#include "ui/common/uitext.h"
#include "ui/editor/authoritycompleter.h"
#include "ui/editor/conflictdialog.h"
#include "ui/editor/contributionfields.h"
#include "ui/editor/editorprompts.h"
#include "ui/editor/formhistory.h"
#include "ui/editor/formproblems.h"
#include "ui/editor/publishedtextdialog.h"
#include "ui/editor/sourcespanel.h"
#include "ui/editor/tagcompleter.h"

#include <QAction>
#include <QFormLayout>
#include <QTextCursor>
#include <QGroupBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <functional>
#include <tuple>

ContributionEditor::ContributionEditor(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , ui(std::make_unique<Ui::ContributionEditor>())
    , m_undoStack(new QUndoStack(this))
{
    ui->setupUi(this);
    QFont headerFont = ui->headerLabel->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    ui->headerLabel->setFont(headerFont);

    for (Channel::Value v : Channel::all())
        ui->channelCombo->addItem(Channel::label(v), Channel::code(v));
    m_authorityCompleter = new AuthorityCompleter(ui->authorityEdit);
    m_tagCompleter = new TagCompleter(this);
    ui->tagsEdit->setCompleter(m_tagCompleter);
    ui->receivedEdit->setTimeZone(m_db.deadlineGuard().timeZone());
    // Tab goes on to the next field: a testimony has no use for tab characters.
    ui->textEdit->setTabChangesFocus(true);
    ui->difficultiesEdit->setTabChangesFocus(true);
    setTabOrder(ui->revertButton, ui->saveButton); // as they stand, left to right

    m_problems = std::make_unique<FormProblems>(ui->scrollArea, ui->generalErrorLabel,
        QHash<QWidget *, QLabel *> { { ui->authorityEdit, ui->authorityErrorLabel },
            { ui->titleEdit, ui->titleErrorLabel }, { ui->emailEdit, ui->emailErrorLabel },
            { ui->receivedEdit, ui->receivedErrorLabel }, { ui->themeSelector, ui->themesErrorLabel } },
        ui->acceptLateButton);

    // The sources of an imported contribution, below the form; hidden when there are none.
    m_sourcesGroup = new QGroupBox(tr("Sources"), ui->scrollContents);
    m_sources = new SourcesPanel(m_db, m_sourcesGroup);
    (new QVBoxLayout(m_sourcesGroup))->addWidget(m_sources);
    ui->scrollLayout->insertWidget(ui->scrollLayout->indexOf(ui->receiptGroup) + 1, m_sourcesGroup);
    connect(m_sources, &SourcesPanel::availabilityChanged, m_sourcesGroup, &QWidget::setVisible);

    setUpActions();
    setUpHistory();
    reloadTaxonomy();
    // An imported testimony: its email's text beside the text to publish.
    m_compareButton = new QPushButton(tr("Compare with the &email…"), ui->testimonyGroup);
    m_compareButton->setObjectName(QStringLiteral("compareWithEmailButton"));
    m_compareButton->setToolTip(tr("The email as it came beside the text to publish: what import left out can be "
                                   "put back"));
    m_compareButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_compareButton->hide();
    {
        int row = 0;
        QFormLayout::ItemRole role;
        ui->testimonyForm->getWidgetPosition(ui->textEdit, &row, &role);
        ui->testimonyForm->insertRow(row + 1, QString(), m_compareButton);
    }
    connect(m_compareButton, &QPushButton::clicked, this, &ContributionEditor::compareWithEmail);
    m_classificationNote = new QLabel(ui->classificationGroup);
    m_classificationNote->setObjectName(QStringLiteral("classificationNote"));
    m_classificationNote->setWordWrap(true);
    m_classificationNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_classificationNote->hide();
    ui->themesLayout->insertWidget(0, m_classificationNote);
    // One label column for the four sections, so that their fields line up.
    FormLayout::alignLabelColumns({ ui->authorityForm, ui->testimonyForm, ui->classificationForm, ui->receiptForm });

    connect(ui->saveButton, &QPushButton::clicked, this, &ContributionEditor::save);
    connect(ui->revertButton, &QPushButton::clicked, this, &ContributionEditor::revert);
    connect(ui->acceptLateButton, &QPushButton::clicked, this, &ContributionEditor::acceptLate);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        ui->revertButton->setEnabled(!clean);
        Q_EMIT modificationChanged(!clean);
    });
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &ContributionEditor::writeDraft);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (!m_db.isReadOnly())
            m_draftTimer->start();
    });
    newContribution();
}

ContributionEditor::~ContributionEditor()
{
    // Closing normally goes through maybeSave(): the person chose. Only a crash leaves a draft.
    if (m_draftTimer && m_ownDraft)
        dropDraft(m_loaded.id);
    // Children outlive ui and the members: while they go, none may call back into this half-destroyed form.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->blockSignals(true);
}

QSize ContributionEditor::minimumSizeHint() const
{
    QSize hint = QWidget::minimumSizeHint();
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    const int form = ui->scrollContents->minimumSizeHint().width()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * ui->scrollArea->frameWidth() + margins.left()
        + margins.right();
    hint.setWidth(qMax(hint.width(), form));
    return hint;
}

void ContributionEditor::setUpActions()
{
    std::tie(m_undoAction, m_redoAction) = FormHistory::makeUndoRedoActions(m_undoStack, this);
    m_saveAction = new QAction(
        QIcon::fromTheme(QStringLiteral("document-save"), style()->standardIcon(QStyle::SP_DialogSaveButton)),
        tr("&Save"), this);
    m_saveAction->setShortcuts(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the contribution (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, &ContributionEditor::save);
    // Shortcuts also work when the editor is used on its own, outside the main window.
    addActions({m_undoAction, m_redoAction, m_saveAction});
}

void ContributionEditor::setUpHistory()
{
    m_history = new FormHistory(m_undoStack, this);
    auto labelOf = [](const QLabel *label) {
        return label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed();
    };
    // Connected before the history, so that a typed code becomes "Saumur (49)" in the same step.
    connect(ui->authorityEdit, &QLineEdit::editingFinished, this, &ContributionEditor::normaliseAuthority);
    m_history->watch(ui->authorityEdit, labelOf(ui->authorityLabel));
    m_history->watch(ui->contactNameEdit, labelOf(ui->contactNameLabel));
    m_history->watch(ui->roleEdit, labelOf(ui->roleLabel));
    m_history->watch(ui->emailEdit, labelOf(ui->emailLabel));
    m_history->watch(ui->phoneEdit, labelOf(ui->phoneLabel));
    m_history->watch(ui->consentCheck, ui->consentCheck->text().remove(QLatin1Char('&')));
    m_history->watch(ui->titleEdit, labelOf(ui->titleLabel));
    m_history->watch(ui->textEdit, labelOf(ui->textLabel));
    m_history->watch(ui->difficultiesEdit, labelOf(ui->difficultiesLabel));
    m_history->watch(ui->primaryThemeCombo, labelOf(ui->primaryThemeLabel));
    m_history->watch(ui->tagsEdit, labelOf(ui->tagsLabel));
    m_history->watch(ui->channelCombo, labelOf(ui->channelLabel));

    ThemeSelector *themes = ui->themeSelector;
    m_history->addField(
        themes, labelOf(ui->themesLabel), [themes] { return QVariant(themes->checkedCodes()); },
        [themes](const QVariant &v) { themes->setCheckedCodes(v.toStringList()); });
    connect(themes, &ThemeSelector::selectionEdited, this, [this] {
        m_history->endTyping(); // each tick is its own step
        m_history->noteChanged(ui->themeSelector);
    });

    ReceiptTimeEdit *received = ui->receivedEdit;
    m_history->addField(
        received, labelOf(ui->receivedLabel), [received] { return QVariant(received->receivedAt()); },
        [received](const QVariant &v) { received->setReceivedAt(v.toDateTime()); });
    connect(received, &ReceiptTimeEdit::receivedAtChanged, this,
            [this] { m_history->noteChanged(ui->receivedEdit); });
    connect(received, &ReceiptTimeEdit::editingFinished, m_history, &FormHistory::endTyping);

    connect(m_authorityCompleter, &AuthorityCompleter::authorityChosen, this, [this] {
        m_history->noteChanged(ui->authorityEdit);
        m_history->endTyping();
        updateAuthorityInfo();
    });
    connect(m_tagCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            [this] { m_history->noteChanged(ui->tagsEdit); });
    connect(m_history, &FormHistory::fieldChanged, this, &ContributionEditor::onFieldChanged);
}

void ContributionEditor::reloadTaxonomy()
{
    const TaxonomyRepository taxonomy(m_db);
    const QString primary = ui->primaryThemeCombo->currentData().toString();
    // Retired entries too: shown on the contributions that carry them, offered to none.
    const CampaignSettings call = CampaignRepository(m_db).settings();
    ui->themeSelector->setTaxonomy(call.themes, call.subtopics);
    updatePrimaryThemes(primary);
    m_tagCompleter->setTags(taxonomy.tags());
    // Typing into an empty receipt time starts from the close, the likeliest month.
    ui->receivedEdit->setSuggestedDate(m_db.campaign().closesOn);
    ui->receivedEdit->setTimeZone(m_db.deadlineGuard().timeZone());
    ui->receivedZoneLabel->setText(m_db.deadlineGuard().zoneText());
}

void ContributionEditor::compareWithEmail()
{
    const QString authority = AuthorityDirectory::official().find(m_loaded.authorityCode).name;
    // The testimony's subject says whether a header block in it is a reply or a forward, as
    // at import.
    QString subject;
    if (m_loaded.id && m_db.isOpen())
        for (const StoredMessage &m : SourceMessageRepository(m_db.connection()).ofContribution(m_loaded.id))
            if (m.role == QLatin1String("testimony")) {
                subject = m.subject;
                break;
            }
    PublishedTextDialog dialog(m_loaded.originalText, ui->textEdit->toPlainText(),
                               {m_loaded.contact.name, authority, subject}, this);
    if (dialog.exec() != QDialog::Accepted || dialog.text() == ui->textEdit->toPlainText().trimmed())
        return;
    // One step of the form's undo, like typing it.
    QTextCursor all(ui->textEdit->document());
    all.select(QTextCursor::Document);
    all.insertText(dialog.text());
}

void ContributionEditor::setClassifiedInReviewPanel(bool elsewhere)
{
    m_classifiedElsewhere = elsewhere;
    updateClassificationPlace();
}

void ContributionEditor::updateClassificationPlace()
{
    const bool elsewhere = m_classifiedElsewhere && m_loaded.id != 0;
    for (QWidget *w : std::initializer_list<QWidget *> {ui->themeSelector, ui->tagsLabel, ui->tagsEdit})
        w->setVisible(!elsewhere);
    if (elsewhere)
        ui->themesErrorLabel->hide();
    m_classificationNote->setVisible(elsewhere);
    if (!elsewhere)
        return;
    QStringList filed;
    for (const QString &code : m_loaded.themes)
        filed.append(ui->themeSelector->themeLabel(code));
    const QString themes = filed.isEmpty() ? tr("no theme yet") : filed.join(QStringLiteral(", "));
    const QString tags = m_loaded.tags.isEmpty() ? QString() : tr("; tags: %1").arg(TagCompleter::join(m_loaded.tags));
    m_classificationNote->setText(tr("Filed under: %1%2. Themes, sub-topics and tags are changed in the Review "
                                     "panel, for this contribution or several at once.")
                                      .arg(themes, tags));
}

bool ContributionEditor::isModified() const
{
    return !m_undoStack->isClean();
}

Contribution ContributionEditor::contribution() const
{
    Contribution c = m_loaded;
    ContributionFields::of(ui.get()).readInto(c);
    c.contact.phone = ui->phoneEdit->text().trimmed();
    c.consentToPublishName = ui->consentCheck->isChecked();
    c.difficulties = ui->difficultiesEdit->toPlainText();
    c.primaryTheme = ui->primaryThemeCombo->currentData().toString();
    c.tags = TagCompleter::split(ui->tagsEdit->text());
    Channel::fromCode(ui->channelCombo->currentData().toString(), &c.channel);
    c.receivedAt = ui->receivedEdit->receivedAt();
    // An earlier acceptance only covers the receipt time it was given for.
    if (m_pendingOverride)
        c.lateOverride = m_pendingOverride;
    else if (c.receivedAt != m_loaded.receivedAt)
        c.lateOverride.reset();
    return c;
}

bool ContributionEditor::openContribution(qint64 id)
{
    const std::optional<Contribution> c = ContributionRepository(m_db).find(id);
    if (!c)
        return false;
    load(*c);
    return true;
}

void ContributionEditor::newContribution()
{
    // Emails come in by import: what is typed here is a letter (or a phone call).
    Contribution typed;
    typed.channel = Channel::Letter;
    load(typed);
}

void ContributionEditor::revert()
{
    dropDraft(m_loaded.id);
    load(m_loaded);
}

void ContributionEditor::dropDraft(qint64 id)
{
    m_draftTimer->stop();
    DraftStore(m_db.location()).remove(id);
}

bool ContributionEditor::writeDraft()
{
    m_draftTimer->stop();
    const DraftStore drafts(m_db.location());
    if (!isModified() || m_db.isReadOnly()) {
        drafts.remove(m_loaded.id);
        return false;
    }
    QString error;
    m_ownDraft = drafts.save(contribution(), m_loaded.version, &error) || m_ownDraft;
    return m_ownDraft;
}

void ContributionEditor::offerDraft()
{
    if (isModified() || m_db.isReadOnly())
        return;
    const qint64 id = m_loaded.id;
    const DraftStore drafts(m_db.location());
    const std::optional<DraftStore::Draft> draft = drafts.load(id);
    if (!draft)
        return;
    const EditorPrompts::Draft choice = EditorPrompts::askDraft(this, id, *draft, m_loaded.version);
    if (m_loaded.id != id)
        return;
    if (choice == EditorPrompts::Draft::BringBack)
        applyDraft(draft->contribution);
    else if (choice == EditorPrompts::Draft::Discard)
        drafts.remove(id);
}

void ContributionEditor::applyDraft(const Contribution &d)
{
    // Each field as if typed: recorded (undoable) and marking the form modified.
    auto field = [this](QWidget *w, const std::function<void()> &set) {
        m_history->endTyping();
        set();
        m_history->noteChanged(w);
    };
    const Authority authority = AuthorityDirectory::official().find(d.authorityCode);
    field(ui->authorityEdit, [&] {
        ui->authorityEdit->setText(authority.isValid() ? AuthorityCompleter::textFor(authority) : d.authorityCode);
    });
    field(ui->contactNameEdit, [&] { ui->contactNameEdit->setText(d.contact.name); });
    field(ui->roleEdit, [&] { ui->roleEdit->setText(d.contact.role); });
    field(ui->emailEdit, [&] { ui->emailEdit->setText(d.contact.email); });
    field(ui->phoneEdit, [&] { ui->phoneEdit->setText(d.contact.phone); });
    field(ui->consentCheck, [&] { ui->consentCheck->setChecked(d.consentToPublishName); });
    field(ui->titleEdit, [&] { ui->titleEdit->setText(d.title); });
    field(ui->textEdit, [&] { ui->textEdit->setPlainText(d.text); });
    field(ui->difficultiesEdit, [&] { ui->difficultiesEdit->setPlainText(d.difficulties); });
    field(ui->themeSelector, [&] { ui->themeSelector->setCheckedCodes(d.themes + d.subtopics); });
    updatePrimaryThemes(d.primaryTheme);
    field(ui->primaryThemeCombo, [&] {
        ui->primaryThemeCombo->setCurrentIndex(qMax(0, ui->primaryThemeCombo->findData(d.primaryTheme)));
    });
    field(ui->tagsEdit, [&] { ui->tagsEdit->setText(TagCompleter::join(d.tags)); });
    field(ui->channelCombo, [&] {
        ui->channelCombo->setCurrentIndex(qMax(0, ui->channelCombo->findData(Channel::code(d.channel))));
    });
    field(ui->receivedEdit, [&] { ui->receivedEdit->setReceivedAt(d.receivedAt); });
    m_history->endTyping();
    updateAuthorityInfo();
}

void ContributionEditor::load(const Contribution &c)
{
    m_loaded = c;
    m_pendingOverride.reset();
    m_history->setRecording(false);
    const Authority authority = AuthorityDirectory::official().find(c.authorityCode);
    ui->authorityEdit->setText(authority.isValid() ? AuthorityCompleter::textFor(authority)
                                                   : c.authorityCode);
    ui->contactNameEdit->setText(c.contact.name);
    ui->roleEdit->setText(c.contact.role);
    ui->emailEdit->setText(c.contact.email);
    ui->phoneEdit->setText(c.contact.phone);
    ui->consentCheck->setChecked(c.consentToPublishName);
    ui->titleEdit->setText(c.title);
    ui->textEdit->setPlainText(c.text);
    ui->difficultiesEdit->setPlainText(c.difficulties);
    ui->themeSelector->setCheckedCodes(c.themes + c.subtopics);
    updatePrimaryThemes(c.primaryTheme);
    ui->tagsEdit->setText(TagCompleter::join(c.tags));
    ui->channelCombo->setCurrentIndex(qMax(0, ui->channelCombo->findData(Channel::code(c.channel))));
    ui->receivedEdit->setReceivedAt(c.receivedAt);
    ui->statusValueLabel->setText(ReviewState::label(c.status));
    m_compareButton->setVisible(!c.originalText.isEmpty());
    updateClassificationPlace();
    // Long texts start at their beginning, not where setText left the cursor.
    for (QLineEdit *edit : {ui->authorityEdit, ui->contactNameEdit, ui->roleEdit, ui->emailEdit,
                            ui->phoneEdit, ui->titleEdit, ui->tagsEdit})
        edit->setCursorPosition(0);
    m_history->setRecording(true);
    m_history->reset();

    m_problems->clear();
    ui->acceptLateButton->hide();
    updateLateOverride();
    updateAuthorityInfo();
    updateHeader();
    m_sources->showContribution(c.id);
    ui->scrollArea->ensureVisible(0, 0);
    m_draftTimer->stop();
    m_ownDraft = false;
    Q_EMIT contributionChanged(m_loaded.id);
    // Once the caller is done showing it: a draft left by a crash is offered back.
    QTimer::singleShot(0, this, [this, id = c.id] {
        if (m_loaded.id == id)
            offerDraft();
    });
}

void ContributionEditor::focusFirstField()
{
    ui->scrollArea->ensureVisible(0, 0);
    ui->authorityEdit->setFocus(Qt::ShortcutFocusReason);
}

void ContributionEditor::updateHeader()
{
    ui->headerLabel->setText(m_loaded.id == 0 ? tr("New contribution")
                                              : tr("Contribution No. %1").arg(m_loaded.id));
    m_saveAction->setEnabled(!m_db.isReadOnly());
    ui->saveButton->setEnabled(!m_db.isReadOnly());
}

void ContributionEditor::normaliseAuthority()
{
    const Authority a = AuthorityCompleter::resolve(ui->authorityEdit->text());
    if (a.isValid() && ui->authorityEdit->text() != AuthorityCompleter::textFor(a)) {
        ui->authorityEdit->setText(AuthorityCompleter::textFor(a));
        m_history->noteChanged(ui->authorityEdit);
    }
    updateAuthorityInfo();
}

void ContributionEditor::updateAuthorityInfo()
{
    const Authority a = AuthorityCompleter::resolve(ui->authorityEdit->text());
    ui->authorityInfoLabel->setVisible(a.isValid());
    const Eligibility target = m_db.campaign().eligibility;
    ui->authorityWarningLabel->setVisible(a.isValid() && !target.admits(a));
    if (!a.isValid())
        return;
    const AuthorityDirectory &directory = AuthorityDirectory::official();
    QStringList facts;
    facts << (a.kind == Authority::Kind::Epci ? tr("Intercommunalité (SIREN %1)").arg(a.code)
                                              : tr("Commune (INSEE %1)").arg(a.code));
    if (const QString departement = directory.departementName(a.departement); !departement.isEmpty())
        facts << departement;
    facts << tr("%1 inhabitants").arg(UiText::number(a.population));
    ui->authorityInfoLabel->setText(facts.join(QStringLiteral(" · ")));
    ui->authorityWarningLabel->setText(UiText::outsideTarget(target, a));
}

void ContributionEditor::updatePrimaryThemes(const QString &wanted)
{
    QComboBox *combo = ui->primaryThemeCombo;
    const QString current = wanted.isEmpty() ? combo->currentData().toString() : wanted;
    const QStringList themes = ui->themeSelector->checkedThemes();
    combo->clear();
    for (const QString &code : themes)
        combo->addItem(ui->themeSelector->themeLabel(code), code);
    if (themes.isEmpty())
        combo->addItem(tr("(check a theme first)"), QString());
    combo->setEnabled(themes.size() > 1);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    m_history->rebase(combo);
}

void ContributionEditor::updateLateOverride()
{
    const std::optional<LateOverride> shown = m_pendingOverride ? m_pendingOverride : m_loaded.lateOverride;
    ui->lateOverrideLabel->setVisible(shown.has_value());
    if (shown)
        ui->lateOverrideLabel->setText(
            tr("Accepted after the close by %1: %2").arg(shown->by, shown->reason));
}

void ContributionEditor::onFieldChanged(QWidget *field)
{
    m_problems->clearField(field);
    if (field == ui->themeSelector)
        updatePrimaryThemes(QString());
    if (field == ui->authorityEdit) {
        if (ui->authorityEdit->hasFocus()) {
            // Still typing: the facts shown no longer match; they come back when the field is left.
            ui->authorityInfoLabel->hide();
            ui->authorityWarningLabel->hide();
        } else {
            updateAuthorityInfo(); // undo, redo or a choice from the list
        }
    }
    if (field == ui->receivedEdit && m_pendingOverride) {
        m_pendingOverride.reset(); // it was given for another receipt time
        updateLateOverride();
    }
    if (field == ui->receivedEdit)
        ui->acceptLateButton->hide();
}

QList<ContributionValidator::Problem> ContributionEditor::check(const Contribution &c) const
{
    QList<ContributionValidator::Problem> problems =
        ContributionValidator(AuthorityDirectory::official()).check(c);
    const QString typed = ui->authorityEdit->text().trimmed();
    for (auto p = problems.begin(); p != problems.end();) {
        if (p->field != ContributionValidator::Field::Authority) {
            ++p;
        } else if (typed.isEmpty() && m_loaded.id != 0 && m_loaded.authorityCode.isEmpty()) {
            // An imported email still waiting for its authority may be corrected meanwhile,
            // as the repository allows.
            p = problems.erase(p);
        } else {
            if (!typed.isEmpty() && AuthorityDirectory::official().search(typed, 2).size() > 1)
                p->message = tr("Several communes or intercommunalités match “%1”: choose one from the list.")
                                 .arg(typed);
            ++p;
        }
    }
    return problems;
}

bool ContributionEditor::save()
{
    m_problems->clear();
    Contribution c = contribution();
    const QList<ContributionValidator::Problem> problems = check(c);
    if (!problems.isEmpty()) {
        m_problems->showAll(problems, ContributionFields::of(ui.get()), ui->receivedEdit);
        return false;
    }
    ContributionRepository repository(m_db);
    QString error;
    const bool created = c.id == 0;
    if (!(created ? repository.create(c, &error) : repository.update(c, &error))) {
        if (created && repository.lastFailure() == ContributionRepository::Failure::Late && !c.lateOverride)
            return offerHolding(c, error);
        if (repository.lastFailure() == ContributionRepository::Failure::Conflict) {
            if (const std::optional<Contribution> theirs = repository.find(c.id)) {
                // The dialog was the message: closing it keeps the form as typed.
                if (resolveConflict(&c, *theirs, &error))
                    return true;
                m_problems->show(nullptr, error);
                return false;
            }
        }
        m_problems->showSaveFailure(repository.lastFailure(), error, ui->receivedEdit, this);
        return false;
    }
    dropDraft(created ? 0 : c.id);
    m_loaded = c;
    m_pendingOverride.reset();
    ui->acceptLateButton->hide();
    m_undoStack->setClean();
    updateLateOverride();
    updateHeader();
    Q_EMIT contributionChanged(c.id);
    Q_EMIT saved(c.id, created);
    return true;
}

bool ContributionEditor::offerHolding(Contribution c, const QString &refusal)
{
    const bool admin = PersonRepository(m_db.connection()).roleOf(m_db.actor()) == Role::Admin;
    const EditorPrompts::Late choice = EditorPrompts::askLate(this, refusal, admin);
    if (choice == EditorPrompts::Late::Accept) {
        acceptLate(); // asks the reason, then saves
        return !isModified();
    }
    if (choice == EditorPrompts::Late::Hold) {
        if (const std::optional<QString> reason = EditorPrompts::askHoldReason(this)) {
            ContributionRepository repository(m_db);
            QString error;
            if (repository.hold(c, *reason, &error)) {
                dropDraft(0);
                newContribution();
                Q_EMIT held(c.id);
                return true;
            }
            m_problems->showSaveFailure(repository.lastFailure(), error, ui->receivedEdit, this);
            return false;
        }
    }
    m_problems->showSaveFailure(ContributionRepository::Failure::Late, refusal, ui->receivedEdit, this);
    return false;
}

bool ContributionEditor::resolveConflict(Contribution *mine, const Contribution &theirs, QString *error)
{
    ContributionRepository repository(m_db);
    ConflictDialog dialog(m_loaded, *mine, theirs, this);
    if (dialog.exec() != QDialog::Accepted)
        return false; // the form keeps what was typed, with the message
    Contribution chosen = dialog.result();
    if (dialog.choice() == ConflictDialog::Choice::KeepTheirs) {
        load(chosen);
        return true;
    }
    if (!repository.update(chosen, error)) {
        // Yet another save in between: the same question again, on the newest version.
        if (repository.lastFailure() == ContributionRepository::Failure::Conflict) {
            if (const std::optional<Contribution> newest = repository.find(mine->id)) {
                m_loaded = theirs;
                return resolveConflict(mine, *newest, error);
            }
        }
        return false;
    }
    load(chosen);
    Q_EMIT saved(chosen.id, false);
    return true;
}

bool ContributionEditor::maybeSave()
{
    if (!isModified())
        return true;
    switch (EditorPrompts::askUnsaved(this, m_loaded.id)) {
    case EditorPrompts::Unsaved::Save:
        return save();
    case EditorPrompts::Unsaved::Discard:
        revert();
        return true;
    default:
        return false;
    }
}

bool ContributionEditor::deleteContribution()
{
    if (m_loaded.id == 0)
        return false;
    if (!EditorPrompts::confirmDelete(this, m_loaded.id, m_loaded.title))
        return false;
    ContributionRepository repository(m_db);
    QString error;
    const qint64 id = m_loaded.id;
    if (!repository.remove(id, &error)) {
        QMessageBox::critical(this, tr("Not deleted"), error);
        return false;
    }
    newContribution();
    Q_EMIT deleted(id);
    return true;
}

void ContributionEditor::acceptLate()
{
    // The role the database gives the person acting, not an answer to a question.
    const Role::Value role = PersonRepository(m_db.connection()).roleOf(m_db.actor());
    if (role != Role::Admin) {
        QMessageBox::information(this, tr("Accept a late testimony"),
            tr("Only an administrator of the campaign may accept a testimony received after "
               "the close, and %1 is %2 here. Save it to put it in the pending list, where an "
               "administrator can accept it.")
                .arg(m_db.actor(), Role::label(role).toLower()));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Accept a late testimony"),
        tr("Why is this testimony accepted after the close? The acceptance and its "
           "reason are recorded in the history under the name %1.")
            .arg(UiText::ofPerson(UiText::personName(m_db, m_db.actor()))),
        QString(), &ok)
                               .trimmed();
    if (!ok)
        return;
    if (reason.isEmpty()) {
        QMessageBox::warning(this, tr("Accept a late testimony"),
                             tr("A reason is required to accept a late testimony: nothing was saved."));
        return;
    }
    m_pendingOverride = LateOverride {m_db.actor(), reason};
    updateLateOverride();
    save();
}
