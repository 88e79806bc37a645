// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contribution.h"
#include "ui/import/messagereview.h"

#include <QDialog>
#include <memory>

namespace Ui {
class MessageReviewDialog;
}
class Database;
class SafeMailView;
struct ParsedMessage;

// Before a new contribution read from an email is saved: the email as received on one side
// (shown safely), the form filled from it on the other, to correct or complete; then save it,
// leave the email out, save the rest of the import without asking, or stop the import.
// Closing the window leaves the email out.
class MessageReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MessageReviewDialog(Database &db, QWidget *parent = nullptr);
    ~MessageReviewDialog() override;

    void setReview(const ParsedMessage &message, const Contribution &prefilled, const QString &position);
    // How many emails, already imported, were skipped since the previous question.
    void setSkippedDuplicates(int count);
    // The form's content over the prefilled contribution.
    Contribution contribution() const;
    MessageReview::Answer answer() const { return m_answer; }
    SafeMailView *mailView() const;

    // Leaves the email out, as closing the window does.
    void reject() override;

private:
    void finish(MessageReview::Answer answer);
    bool check();
    void updateAuthorityInfo(bool suggested);

    Database &m_db;
    std::unique_ptr<Ui::MessageReviewDialog> ui;
    Contribution m_prefilled;
    QString m_suggestionReason;
    MessageReview::Answer m_answer = MessageReview::Answer::Skip;
};
