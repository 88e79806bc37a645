// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTreeWidget;

// The bin: the contributions deleted from the lists, kept with their history, newest first.
// « Restaurer » brings the selected ones back into every list, search and count.
class BinDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BinDialog(Database &db, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // Restores the selected contributions; says why in a message box when one cannot be.
    void restoreSelected();

Q_SIGNALS:
    void restored(qint64 id);

private:
    void reload();
    void updateButtons();

    Database &m_db;
    QTreeWidget *m_list;
    QLabel *m_emptyLabel;
    QPushButton *m_restore;
};
