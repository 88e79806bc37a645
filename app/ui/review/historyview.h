// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AuditHistoryModel;
class QAbstractProxyModel;
class Database;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeView;

// « Historique »: everything that happened to one contribution, newest first (who, when, what,
// old → new, the reason of a change of state), and the reviewers' comment thread, with a box
// to add a comment.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(Database &db, QWidget *parent = nullptr);

    void setContribution(qint64 id); // 0: nothing to show
    qint64 contribution() const { return m_id; }
    void reload();

    // Adds the text of the comment box to the thread; false (the reason shown) on refusal.
    bool addComment();

    AuditHistoryModel *model() const { return m_model; }
    QTreeView *auditView() const { return m_auditView; }
    QTextBrowser *thread() const { return m_thread; }
    QPlainTextEdit *commentEdit() const { return m_commentEdit; }
    QPushButton *addCommentButton() const { return m_addButton; }
    int commentCount() const { return m_commentCount; }
    QString message() const;

Q_SIGNALS:
    void commentAdded(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The columns at their natural widths when the panel is wide enough, else one column of
    // entries of a few lines: the history never scrolls across.
    // again: after a reload, even when the panel's width class did not change.
    void fitColumns(bool again = false);
    QList<int> m_naturalWidths;
    QAbstractProxyModel *m_compact = nullptr; // the history in one column, for a narrow panel
    void loadComments();
    void updateButton();

    Database &m_db;
    qint64 m_id = 0;
    int m_commentCount = 0;
    AuditHistoryModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QTreeView *m_auditView = nullptr;
    QTextBrowser *m_thread = nullptr;
    QPlainTextEdit *m_commentEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_message = nullptr;
};
