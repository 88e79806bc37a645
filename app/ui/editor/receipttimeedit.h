// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTimeEdit>
#include <QTimeZone>

// The receipt date and time of a testimony, shown and typed in the campaign's local time
// (Europe/Paris, said beside it as « heure de Paris ») and given back in UTC: day, month, year,
// hours and minutes, and the seconds only when the time has some (an email's). It may be unset: a receipt time is only ever entered,
// never taken from the clock, so a new contribution starts without one.
class ReceiptTimeEdit : public QDateTimeEdit
{
    Q_OBJECT

public:
    explicit ReceiptTimeEdit(QWidget *parent = nullptr);

    // Invalid when unset.
    QDateTime receivedAt() const;
    void setReceivedAt(const QDateTime &instant);
    bool isSet() const;
    void clear() override;

    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone);
    // The day offered when someone starts typing into an unset field or opens its calendar.
    void setSuggestedDate(const QDate &date) { m_suggestedDate = date; }

Q_SIGNALS:
    void receivedAtChanged(const QDateTime &instant);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void stepBy(int steps) override;
    // Tab leaves the field (the arrows and the separators move between its parts).
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDateTime unsetValue() const;
    void showSeconds(bool show);
    void startFromSuggestion();

    QTimeZone m_zone;
    QDate m_suggestedDate;
    bool m_sectionJustCompleted = false;
};
