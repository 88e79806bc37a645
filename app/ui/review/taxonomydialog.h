// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

// For administrators: the sub-topics under each theme and the free tags in use. Sub-topics
// can be added, renamed and retired; tags renamed (into another: merged) and retired. Codes
// never change; retired entries stay on the contributions that carry them but are no longer
// offered. The themes themselves are those of the call and are not changed here.
class TaxonomyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TaxonomyDialog(Database &db, QWidget *parent = nullptr);

    // What the controls do; false with the reason shown when refused.
    bool addSubtopic(const QString &themeCode, const QString &frenchLabel, const QString &englishLabel,
        const QString &code = QString());
    bool renameSubtopic(const QString &code, const QString &frenchLabel, const QString &englishLabel);
    bool setSubtopicRetired(const QString &code, bool retired);
    bool renameTag(const QString &label, const QString &newLabel);
    bool setTagRetired(const QString &label, bool retired);

    QTreeWidget *subtopicTree() const { return m_subtopics; }
    QTreeWidget *tagTree() const { return m_tags; }
    QString message() const;
    bool changed() const { return m_changed; }

private:
    QWidget *buildSubtopicTab();
    QWidget *buildTagTab();
    void reload();
    void onSubtopicSelected();
    void onTagSelected();
    bool reportOutcome(bool ok, const QString &error);

    Database &m_db;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_subtopics = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_frenchLabel = nullptr;
    QLineEdit *m_englishLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_addSubtopic = nullptr;
    QPushButton *m_renameSubtopic = nullptr;
    QPushButton *m_retireSubtopic = nullptr;
    QTreeWidget *m_tags = nullptr;
    QLineEdit *m_tagLabel = nullptr;
    QPushButton *m_renameTag = nullptr;
    QPushButton *m_retireTag = nullptr;
    QLabel *m_message = nullptr;
    bool m_changed = false;
};
