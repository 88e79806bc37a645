// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaignsettings.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

// A call's settings as a form: File › New call… (a new database for the next call) and, for an
// administrator, Edit › Call settings… (the live call, changed by the rules of
// storage/campaignrepository.h). Four tabs: the call (name, organisers, dates, time zone,
// language, four eyes), who may answer, the themes and sub-topics, the dossier's cover.
class CampaignDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { NewCall, Settings };

    CampaignDialog(Mode mode, const CampaignSettings &initial, QWidget *parent = nullptr);

    // Settings mode: how many contributions carry each theme (those cannot be deleted).
    void setThemeUsage(const QHash<QString, int> &usage);
    void setSettings(const CampaignSettings &settings);
    CampaignSettings settings() const;
    // Themes merged in this dialog, in order (from, into): carried out before the settings are saved.
    QList<std::pair<QString, QString>> merges() const { return m_merges; }

    // What the buttons do, for the keyboard and for tests; false with the reason shown.
    bool copyFrom(const QString &path); // a Recueil database or a call's file
    bool saveToFile(const QString &path);
    QTreeWidgetItem *addTheme(const QString &frenchLabel, const QString &englishLabel);
    QTreeWidgetItem *addSubtopic(QTreeWidgetItem *theme, const QString &frenchLabel, const QString &englishLabel);
    bool toggleRetired(QTreeWidgetItem *item);
    bool remove(QTreeWidgetItem *item);
    bool merge(QTreeWidgetItem *from, QTreeWidgetItem *into);

    QTreeWidget *themeTree() const { return m_tree; }
    QString message() const;

    void accept() override;

private:
    QWidget *buildCallTab();
    QWidget *buildEligibilityTab();
    QWidget *buildThemesTab();
    QWidget *buildCoverTab();
    void showProblem(const QString &text);
    void decorate(QTreeWidgetItem *item);
    void updateButtons();
    void chooseFileToCopy();
    void chooseFileToSave();
    void chooseMergeTarget();
    QTreeWidgetItem *current() const;

    Mode m_mode;
    QSet<QString> m_storedCodes; // themes and sub-topics already in the database: codes fixed
    QHash<QString, int> m_usage;
    QList<std::pair<QString, QString>> m_merges;
    qint64 m_campaignId = 0;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_organisers = nullptr;
    QDateEdit *m_opensOn = nullptr;
    QDateEdit *m_closesOn = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_fourEyes = nullptr;
    QHash<QString, QCheckBox *> m_kinds;
    QSpinBox *m_populationMin = nullptr;
    QSpinBox *m_populationMax = nullptr;
    QCheckBox *m_overseas = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_addTheme = nullptr;
    QPushButton *m_addSubtopic = nullptr;
    QPushButton *m_retire = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_merge = nullptr;
    QLineEdit *m_coverSubtitle = nullptr;
    QPlainTextEdit *m_coverNote = nullptr;
};
