// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
struct StoredMessage;

// The holding list: emails received after the close or without a receipt date, and replies to
// check (to a finished review, or from someone other than the contact), kept until a
// coordinator accepts them (then they become contributions) or sets them aside (they stay in
// the database, out of the list). Double-click shows the email.
class HoldingListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HoldingListWidget(Database &db, QWidget *parent = nullptr);

    void reload();
    int count() const;
    QTreeWidget *list() const { return m_list; }
    qint64 currentSourceId() const;
    void setCurrentSourceId(qint64 id);

    // Each asks what it needs in a dialog, then acts on the selected email.
    void acceptCurrent();
    void acceptComplement(const StoredMessage &message);
    void discardCurrent();
    void showCurrent();

    // Accepts a held email: a contribution is created. False, with the reason in *error, otherwise.
    bool accept(qint64 sourceId, const QDateTime &receivedAt, const QString &reason, QString *error);
    bool discard(qint64 sourceId, const QString &reason, QString *error);

Q_SIGNALS:
    void countChanged(int count);
    void contributionCreated(qint64 id);

private:
    void updateButtons();

    Database &m_db;
    QTreeWidget *m_list;
    QLabel *m_emptyLabel;
    QPushButton *m_showButton;
    QPushButton *m_acceptButton;
    QPushButton *m_discardButton;
    int m_count = -1;
};
