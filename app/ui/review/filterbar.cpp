// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/filterbar.h"
#include "ui_filterbar.h"

#include "core/authoritydirectory.h"
#include "core/reviewstate.h"
#include "ui/common/uitext.h"
#include "ui/editor/authoritycompleter.h"

#include <QAbstractItemView>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::FilterBar>())
{
    ui->setupUi(this);
    ui->statusCombo->addItem(tr("All review states"), QString());
    for (ReviewState::State s : ReviewState::all())
        ui->statusCombo->addItem(ReviewState::label(s), ReviewState::code(s));
    setThemes({});

    m_authorityCompleter = new AuthorityCompleter(ui->authorityEdit);
    m_authorityToolTip = ui->authorityEdit->toolTip();
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(TypingPauseMs);

    connect(&m_typingPause, &QTimer::timeout, this, &FilterBar::applyNow);
    connect(ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_typingPause.start(); });
    connect(ui->searchEdit, &QLineEdit::returnPressed, this, &FilterBar::applyNow);
    connect(ui->statusCombo, &QComboBox::currentIndexChanged, this, &FilterBar::applyNow);
    connect(ui->themeCombo, &QComboBox::currentIndexChanged, this, &FilterBar::applyNow);
    connect(m_authorityCompleter, &AuthorityCompleter::authorityChosen, this, [this](const Authority &a) {
        m_authorityCode = a.code;
        applyNow();
    });
    connect(ui->authorityEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Cleared (by the clear button or by hand): no authority filter any more.
        if (text.isEmpty() && !m_authorityCode.isEmpty()) {
            m_authorityCode.clear();
            applyNow();
        }
    });
    connect(ui->authorityEdit, &QLineEdit::editingFinished, this, &FilterBar::authorityEdited);
}

FilterBar::~FilterBar()
{
    // Children outlive ui and the members: while they go, none may call back into this half-destroyed form.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->blockSignals(true);
}

void FilterBar::setThemes(const QList<Theme> &themes)
{
    const QString current = ui->themeCombo->currentData().toString();
    {
        const QSignalBlocker blocker(ui->themeCombo);
        ui->themeCombo->clear();
        ui->themeCombo->addItem(tr("All themes"), QString());
        for (const Theme &t : themes) {
            ui->themeCombo->addItem(UiText::themeLabel(t), t.code);
            ui->themeCombo->setItemData(ui->themeCombo->count() - 1, UiText::themeLabel(t), Qt::ToolTipRole);
        }
        ui->themeCombo->setCurrentIndex(qMax(0, ui->themeCombo->findData(current)));
    }
    // The list opens wide enough to read whole theme names, the closed box stays narrow.
    ui->themeCombo->view()->setMinimumWidth(ui->themeCombo->view()->sizeHintForColumn(0) + 24);
    if (ui->themeCombo->currentData().toString() != current)
        applyNow();
}

ContributionFilter FilterBar::criteria() const
{
    ContributionFilter f;
    f.text = ui->searchEdit->text().trimmed();
    // One state, or several joined by "|" (a queue's, shown as « Reçue ou En relecture »).
    const QStringList states = ui->statusCombo->currentData().toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (states.size() == 1)
        f.status = states.first();
    else
        f.statuses = states;
    f.theme = ui->themeCombo->currentData().toString();
    f.authorityCode = m_authorityCode;
    return f;
}

bool FilterBar::isFiltering() const
{
    const ContributionFilter f = criteria();
    return !f.text.isEmpty() || !f.status.isEmpty() || !f.statuses.isEmpty() || !f.theme.isEmpty()
        || !f.authorityCode.isEmpty();
}

void FilterBar::focusSearch()
{
    ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    ui->searchEdit->selectAll();
}

void FilterBar::showCriteria(const ContributionFilter &filter)
{
    const QSignalBlocker a(ui->searchEdit), b(ui->statusCombo), c(ui->themeCombo), d(ui->authorityEdit);
    ui->searchEdit->setText(filter.text);
    setStateChoice(filter.statuses.isEmpty() ? QStringList {filter.status} : filter.statuses);
    ui->themeCombo->setCurrentIndex(qMax(0, ui->themeCombo->findData(filter.theme)));
    const Authority authority = AuthorityDirectory::official().find(filter.authorityCode);
    ui->authorityEdit->setText(authority.isValid() ? AuthorityCompleter::textFor(authority) : QString());
    m_authorityCode = authority.isValid() ? authority.code : QString();
    m_typingPause.stop();
    m_applied = criteria();
}

void FilterBar::setStateChoice(const QStringList &codes)
{
    // The choice for several states exists while a queue shows them, as the last item.
    const int single = int(ReviewState::all().size()) + 1;
    while (ui->statusCombo->count() > single)
        ui->statusCombo->removeItem(single);
    QStringList states = codes;
    states.removeAll(QString());
    if (states.size() > 1) {
        QStringList labels;
        for (const QString &code : std::as_const(states)) {
            ReviewState::State s;
            labels << (ReviewState::fromCode(code, &s) ? ReviewState::label(s) : code);
        }
        ui->statusCombo->addItem(labels.join(tr(" or ")), states.join(QLatin1Char('|')));
        ui->statusCombo->setCurrentIndex(single);
        // Wide enough for « Reçue ou En relecture », not cut.
        ui->statusCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return;
    }
    ui->statusCombo->setSizeAdjustPolicy(QComboBox::AdjustToContentsOnFirstShow);
    ui->statusCombo->setCurrentIndex(qMax(0, ui->statusCombo->findData(states.value(0))));
}

void FilterBar::clear()
{
    const QSignalBlocker a(ui->searchEdit), b(ui->statusCombo), c(ui->themeCombo), d(ui->authorityEdit);
    ui->searchEdit->clear();
    setStateChoice({});
    ui->themeCombo->setCurrentIndex(0);
    ui->authorityEdit->clear();
    m_authorityCode.clear();
    m_typingPause.stop();
    m_applied = criteria();
}

void FilterBar::authorityEdited()
{
    const QString text = ui->authorityEdit->text().trimmed();
    const Authority a = AuthorityCompleter::resolve(text);
    if (a.isValid())
        ui->authorityEdit->setText(AuthorityCompleter::textFor(a));
    // A name that is no authority filters everything out, as the box says.
    m_authorityCode = a.isValid() ? a.code : text;
    ui->authorityEdit->setToolTip(
        a.isValid() || text.isEmpty()
            ? m_authorityToolTip
            : tr("No commune or intercommunalité is called “%1”: choose one from the list.").arg(text));
    applyNow();
}

void FilterBar::applyNow()
{
    m_typingPause.stop();
    const ContributionFilter f = criteria();
    if (f.text == m_applied.text && f.status == m_applied.status && f.statuses == m_applied.statuses
        && f.theme == m_applied.theme
        && f.authorityCode == m_applied.authorityCode)
        return;
    m_applied = f;
    Q_EMIT criteriaChanged();
}
