// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/messagereviewdialog.h"
#include "ui/editor/contributionfields.h"
#include "ui_messagereviewdialog.h"

#include "core/authoritydirectory.h"
#include "core/authoritysuggester.h"
#include "core/contributionvalidator.h"
#include "mail/parsedmessage.h"
#include "storage/database.h"
#include "storage/taxonomyrepository.h"
#include "ui/common/uitext.h"
#include "ui/editor/authoritycompleter.h"

#include <QScreen>

MessageReviewDialog::MessageReviewDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , ui(std::make_unique<Ui::MessageReviewDialog>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("messageReviewDialog"));
    new AuthorityCompleter(ui->authorityEdit);
    const TaxonomyRepository taxonomy(m_db);
    ui->themeSelector->setTaxonomy(taxonomy.themes(), taxonomy.subtopics());
    ui->mailView->setTimeZone(m_db.deadlineGuard().timeZone());
    ui->errorLabel->hide();
    ui->splitter->setStretchFactor(0, 1);
    ui->splitter->setStretchFactor(1, 1);
    if (const QScreen *screen = parent ? parent->screen() : nullptr) {
        const QSize available = screen->availableSize();
        resize(qMin(width(), available.width() - 40), qMin(height(), available.height() - 60));
    }

    connect(ui->saveButton, &QPushButton::clicked, this, [this] {
        if (check())
            finish(MessageReview::Answer::Save);
    });
    connect(ui->saveAllButton, &QPushButton::clicked, this, [this] {
        if (check())
            finish(MessageReview::Answer::SaveAll);
    });
    connect(ui->skipButton, &QPushButton::clicked, this, [this] { finish(MessageReview::Answer::Skip); });
    connect(ui->stopButton, &QPushButton::clicked, this, [this] { finish(MessageReview::Answer::Stop); });
    connect(ui->authorityEdit, &QLineEdit::textChanged, this, [this] {
        ui->errorLabel->hide();
        updateAuthorityInfo(false);
    });
}

MessageReviewDialog::~MessageReviewDialog() = default;

SafeMailView *MessageReviewDialog::mailView() const
{
    return ui->mailView;
}

void MessageReviewDialog::setReview(
    const ParsedMessage &message, const Contribution &prefilled, const QString &position)
{
    m_prefilled = prefilled;
    ui->introLabel->setText(tr("A new contribution was read from %1. Check the form beside the email, "
                               "correct it if needed, then save it.")
                                .arg(position.isEmpty() ? tr("an email") : position));
    ui->mailView->showMessage(message);

    const AuthoritySuggester suggester(AuthorityDirectory::official());
    const AuthoritySuggester::Suggestion suggestion =
        suggester.suggest({ message.fromAddress, message.fromName, message.subject, message.text });
    m_suggestionReason = suggestion.authority.code == prefilled.authorityCode ? suggestion.reason : QString();
    const Authority authority = AuthorityDirectory::official().find(prefilled.authorityCode);
    {
        const QSignalBlocker blocker(ui->authorityEdit);
        ui->authorityEdit->setText(
            authority.isValid() ? AuthorityCompleter::textFor(authority) : prefilled.authorityCode);
    }
    updateAuthorityInfo(true);
    ui->titleEdit->setText(prefilled.title);
    ui->contactNameEdit->setText(prefilled.contact.name);
    ui->roleEdit->setText(prefilled.contact.role);
    ui->emailEdit->setText(prefilled.contact.email);
    ui->themeSelector->setCheckedCodes(prefilled.themes + prefilled.subtopics);
    ui->textEdit->setPlainText(prefilled.text);
    for (QLineEdit *edit :
        { ui->authorityEdit, ui->titleEdit, ui->contactNameEdit, ui->roleEdit, ui->emailEdit })
        edit->setCursorPosition(0);
    ui->errorLabel->hide();
    ui->titleEdit->setFocus(Qt::OtherFocusReason);
}

void MessageReviewDialog::setSkippedDuplicates(int count)
{
    if (count <= 0)
        return;
    ui->introLabel->setText(ui->introLabel->text() + QLatin1Char(' ')
        + tr("Before it, %Ln email(s) already imported were skipped.", nullptr, count));
}

void MessageReviewDialog::updateAuthorityInfo(bool suggested)
{
    const Authority a = AuthorityCompleter::resolve(ui->authorityEdit->text());
    QStringList lines;
    if (a.isValid() && suggested) {
        if (m_suggestionReason == QLatin1String("domain"))
            lines << tr("Suggested from the sender's address: check it.");
        else if (m_suggestionReason == QLatin1String("signature"))
            lines << tr("Suggested from the signature: check it.");
        else if (m_suggestionReason == QLatin1String("subject"))
            lines << tr("Suggested from the subject: check it.");
        else if (m_suggestionReason == QLatin1String("name"))
            lines << tr("Suggested from the sender's name: check it.");
    }
    if (a.isValid())
        lines << (a.kind == Authority::Kind::Epci ? tr("Intercommunalité, SIREN %1 · %2 inhabitants")
                                                  : tr("Commune, INSEE code %1 · %2 inhabitants"))
                     .arg(a.code, UiText::number(a.population));
    else if (ui->authorityEdit->text().trimmed().isEmpty())
        lines << tr(
            "No authority recognised: type its name, postal code or INSEE code, or leave it empty and "
            "choose it later in the contribution.");
    ui->authorityInfoLabel->setText(lines.join(QLatin1Char('\n')));
    ui->authorityInfoLabel->setVisible(!lines.isEmpty());
}

Contribution MessageReviewDialog::contribution() const
{
    Contribution c = m_prefilled;
    ContributionFields::of(ui.get()).readInto(c);
    if (!c.themes.contains(c.primaryTheme))
        c.primaryTheme = c.themes.value(0);
    // The proposed text to publish, changed here by the coordinator, is a text « revu ».
    c.textReviewed = c.text != m_prefilled.text;
    return c;
}

bool MessageReviewDialog::check()
{
    const Contribution c = contribution();
    QStringList problems;
    QWidget *first = nullptr;
    for (const ContributionValidator::Problem &p :
        ContributionValidator(AuthorityDirectory::official()).check(c)) {
        // The authority may be chosen later, as for any imported email.
        if (p.field == ContributionValidator::Field::Authority && c.authorityCode.isEmpty())
            continue;
        QWidget *field = ContributionFields::of(ui.get()).fieldOf(p.field);
        problems << p.message;
        if (!first)
            first = field;
    }
    if (problems.isEmpty()) {
        ui->errorLabel->hide();
        return true;
    }
    ui->errorLabel->setText(problems.join(QLatin1Char('\n')));
    ui->errorLabel->show();
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return false;
}

void MessageReviewDialog::finish(MessageReview::Answer answer)
{
    m_answer = answer;
    QDialog::accept();
}

void MessageReviewDialog::reject()
{
    finish(MessageReview::Answer::Skip);
}
