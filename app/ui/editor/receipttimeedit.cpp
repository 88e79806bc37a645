// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/receipttimeedit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

ReceiptTimeEdit::ReceiptTimeEdit(QWidget *parent)
    : QDateTimeEdit(parent)
    , m_zone(QByteArrayLiteral("Europe/Paris"))
    , m_suggestedDate(QDate::currentDate())
{
    // The edit holds the local wall-clock time as a zone-less value, so that the system's own
    // time zone (and its summer-time gaps) never gets in the way; conversion happens here.
    setTimeSpec(Qt::UTC);
    showSeconds(false);
    setCalendarPopup(true);
    setMinimumDateTime(unsetValue());
    setMaximumDateTime(QDateTime(QDate(2999, 12, 31), QTime(23, 59, 59), Qt::UTC));
    setSpecialValueText(tr("Not set"));
    setDateTime(unsetValue());
    calendarWidget()->installEventFilter(this);
    connect(this, &QDateTimeEdit::dateTimeChanged, this, [this] { Q_EMIT receivedAtChanged(receivedAt()); });
}

QDateTime ReceiptTimeEdit::unsetValue() const
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
}

void ReceiptTimeEdit::setTimeZone(const QTimeZone &zone)
{
    const QDateTime instant = receivedAt();
    m_zone = zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Paris"));
    setReceivedAt(instant);
}

bool ReceiptTimeEdit::isSet() const
{
    return dateTime() != unsetValue();
}

QDateTime ReceiptTimeEdit::receivedAt() const
{
    if (!isSet())
        return {};
    const QDateTime wallClock = dateTime();
    return QDateTime(wallClock.date(), wallClock.time(), m_zone).toUTC();
}

void ReceiptTimeEdit::showSeconds(bool show)
{
    // Typed times have none; an email's keep theirs in sight (they matter at the close), and the
    // field never drops what it does not show.
    const QString format = show ? QStringLiteral("dd/MM/yyyy HH:mm:ss") : QStringLiteral("dd/MM/yyyy HH:mm");
    if (displayFormat() != format)
        setDisplayFormat(format);
}

void ReceiptTimeEdit::setReceivedAt(const QDateTime &instant)
{
    if (!instant.isValid()) {
        showSeconds(false);
        setDateTime(unsetValue());
        return;
    }
    const QDateTime local = instant.toTimeZone(m_zone);
    showSeconds(local.time().second() != 0 || local.time().msec() != 0);
    setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
}

void ReceiptTimeEdit::clear()
{
    showSeconds(false);
    setDateTime(unsetValue());
}

void ReceiptTimeEdit::startFromSuggestion()
{
    setDateTime(QDateTime(m_suggestedDate, QTime(0, 0), Qt::UTC));
    setCurrentSection(DaySection);
    setSelectedSection(DaySection);
}

void ReceiptTimeEdit::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool printable = text.size() == 1 && text.at(0).isPrint();
    if (!isSet() && printable && text.at(0).isDigit())
        startFromSuggestion();
    // Typing over the whole value (selected by Tab or Ctrl+A) types a new one, from the day.
    else if (printable && text.at(0).isDigit() && lineEdit()->hasSelectedText()
        && lineEdit()->selectedText() == lineEdit()->text()) {
        setCurrentSection(DaySection);
        setSelectedSection(DaySection);
    }
    // Sections advance by themselves once full: a separator typed right after ("02/02/2021")
    // must not skip the next section as well.
    const bool separator = printable && !text.at(0).isLetterOrNumber();
    if (separator && m_sectionJustCompleted) {
        m_sectionJustCompleted = false;
        event->accept();
        return;
    }
    const int sectionBefore = currentSectionIndex();
    QDateTimeEdit::keyPressEvent(event);
    m_sectionJustCompleted = printable && text.at(0).isDigit() && currentSectionIndex() != sectionBefore;
}

void ReceiptTimeEdit::stepBy(int steps)
{
    if (!isSet()) {
        startFromSuggestion();
        return;
    }
    QDateTimeEdit::stepBy(steps);
}

bool ReceiptTimeEdit::event(QEvent *event)
{
    // QDateTimeEdit takes Tab to mean the next part of the date; a separator still does.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            QWidget::focusNextPrevChild(forward);
            return true;
        }
    }
    return QDateTimeEdit::event(event);
}

bool ReceiptTimeEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == calendarWidget() && event->type() == QEvent::Show && !isSet())
        calendarWidget()->setCurrentPage(m_suggestedDate.year(), m_suggestedDate.month());
    return QDateTimeEdit::eventFilter(watched, event);
}
