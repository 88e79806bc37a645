// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTreeWidget;
struct StoredAttachment;

// Where a contribution comes from: its emails (the testimony, then any complements) and the
// files they carried. An email opens in the safe viewer; an attachment opens with the desktop's
// program for its type, or is exported to a folder.
class SourcesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesPanel(Database &db, QWidget *parent = nullptr);

    // Shows the sources of that contribution (none for 0).
    void showContribution(qint64 contributionId);
    bool isEmpty() const;
    QTreeWidget *messageList() const { return m_messages; }
    QTreeWidget *attachmentList() const { return m_attachments; }

    void showCurrentMessage();
    void openCurrentAttachment();
    // Asks for a folder, then writes the selected attachments (all of them if none is selected).
    void exportAttachments();
    // The same without asking: for the dialog above and for tests. Returns the paths written.
    QStringList exportAttachmentsTo(const QString &folder, QString *error);

Q_SIGNALS:
    // Sources were found or not: the editor shows the panel only when there are some.
    void availabilityChanged(bool hasSources);

private:
    QList<StoredAttachment> selectedAttachments(bool withData) const;
    void updateButtons();

    Database &m_db;
    qint64 m_contributionId = 0;
    QLabel *m_messagesLabel;
    QTreeWidget *m_messages;
    QLabel *m_attachmentsLabel;
    QTreeWidget *m_attachments;
    QPushButton *m_showButton;
    QPushButton *m_openButton;
    QPushButton *m_exportButton;
};
