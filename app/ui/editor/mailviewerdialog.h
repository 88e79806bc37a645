// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class SafeMailView;

// A window showing one stored email in the safe view, opened from the holding list or the
// sources of a contribution.
class MailViewerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MailViewerDialog(QWidget *parent = nullptr);

    void showRawMessage(const QByteArray &raw, const QString &subject);
    SafeMailView *view() const { return m_view; }

    // Opens a viewer that deletes itself when closed.
    static MailViewerDialog *open(QWidget *parent, const QByteArray &raw, const QString &subject);

private:
    SafeMailView *m_view;
};
