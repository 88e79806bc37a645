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

// The holding list: emails received after the close or without a receipt date, replies to
// check (to a finished review, or from someone other than the contact), and testimonies typed
// after the close, kept until someone accepts them (then they become contributions; a late one
// needs an administrator) or sets them aside (they stay in the database, out of the list).
// Double-click shows the email or the typed testimony.
class HoldingListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HoldingListWidget(Database &db, QWidget *parent = nullptr);

    void reload();
    int count() const;
    QTreeWidget *list() const { return m_list; }
    qint64 currentSourceId() const; // 0 when no email is selected
    void setCurrentSourceId(qint64 id);
    qint64 currentHeldContributionId() const; // the typed testimony selected, or 0
    void setCurrentHeldContributionId(qint64 id);

    // Each asks what it needs in a dialog, then acts on the selected email.
    void acceptCurrent();
    void acceptComplement(const StoredMessage &message);
    void discardCurrent();
    void showCurrent();

    // Accepts a held email: a contribution is created. False, with the reason in *error, otherwise.
    bool accept(qint64 sourceId, const QDateTime &receivedAt, const QString &reason, QString *error);
    bool discard(qint64 sourceId, const QString &reason, QString *error);
    // The same for a testimony typed after the close (an administrator accepts it).
    bool acceptTyped(qint64 contributionId, const QString &reason, QString *error);
    bool discardTyped(qint64 contributionId, const QString &reason, QString *error);

Q_SIGNALS:
    void countChanged(int count);
    void contributionCreated(qint64 id);

private:
    void updateButtons();
    void acceptCurrentTyped();
    void showTyped(qint64 contributionId);
    // The reason asked before setting aside (what) or accepting; empty when cancelled.
    QString askReason(const QString &title, const QString &label, const QString &okText);
    qint64 currentId(const QString &kind) const;
    void setCurrentId(const QString &kind, qint64 id);

    Database &m_db;
    QTreeWidget *m_list;
    QLabel *m_emptyLabel;
    QPushButton *m_showButton;
    QPushButton *m_acceptButton;
    QPushButton *m_discardButton;
    int m_count = -1;
};
