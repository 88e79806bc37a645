// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/campaignactions.h"

#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "ui/campaign/campaigndialog.h"
#include "ui/common/uitext.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

CampaignActions::CampaignActions(Database &db, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_newCall(new QAction(tr("New &call…"), this))
    , m_settings(new QAction(tr("Call &settings…"), this))
{
    m_newCall->setObjectName(QStringLiteral("actionNewCall"));
    m_newCall->setStatusTip(tr("Prepare the next call for testimonies, in a new database."));
    m_settings->setObjectName(QStringLiteral("actionCampaignSettings"));
    m_settings->setStatusTip(tr("The call's name, dates, target and themes (administrators)."));
    connect(m_newCall, &QAction::triggered, this, &CampaignActions::newCall);
    connect(m_settings, &QAction::triggered, this, &CampaignActions::editSettings);
}

CampaignSettings CampaignActions::blankFrom(const Campaign &current)
{
    CampaignSettings s;
    Campaign &c = s.campaign;
    c.organisers = current.organisers;
    c.opensOn = QDate::currentDate();
    c.closesOn = QDate::currentDate().addMonths(3);
    c.timeZone = current.timeZone.isEmpty() ? QStringLiteral("Europe/Paris") : current.timeZone;
    c.language = current.language.isEmpty() ? QStringLiteral("fr") : current.language;
    c.eligibility = current.eligibility;
    return s;
}

bool CampaignActions::createCall(const CampaignSettings &settings, const QString &path, QString *error)
{
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (QFileInfo::exists(path)) {
        *error = tr("“%1” already exists: a new call goes into a new database. Choose another name.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    Database db;
    db.setNewCampaign(settings);
    if (!db.open(path, error))
        return false;
    db.close();
    return true;
}

void CampaignActions::newCall()
{
    CampaignDialog dialog(CampaignDialog::Mode::NewCall, blankFrom(m_db.campaign()), m_window);
    while (dialog.exec() == QDialog::Accepted) {
        const CampaignSettings s = dialog.settings();
        const QString folder = m_db.localFile().isEmpty() ? QDir::homePath() : QFileInfo(m_db.localFile()).absolutePath();
        QString path = QFileDialog::getSaveFileName(m_window, tr("Where to keep the new call"),
            QDir(folder).filePath(s.campaign.code + QStringLiteral(".sqlite")), tr("Recueil databases (*.sqlite)"),
            nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            continue; // back to the form, nothing lost
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".sqlite");
        QString error;
        if (createCall(s, path, &error)) {
            Q_EMIT openRequested(path);
            return;
        }
        QMessageBox::warning(m_window, tr("The call could not be created"), error);
    }
}

void CampaignActions::editSettings()
{
    if (PersonRepository(m_db.connection()).roleOf(m_db.actor()) != Role::Admin) {
        QMessageBox::information(m_window, tr("Call settings"),
            tr("Only an administrator can change the call's settings. %1 can read them with “recueil campaign”.")
                .arg(UiText::personName(m_db, m_db.actor())));
        return;
    }
    CampaignRepository repository(m_db);
    CampaignDialog dialog(CampaignDialog::Mode::Settings, repository.settings(), m_window);
    dialog.setThemeUsage(repository.themeUsage());
    while (dialog.exec() == QDialog::Accepted) {
        if (applySettings(dialog)) {
            Q_EMIT openRequested(m_db.location());
            return;
        }
    }
}

bool CampaignActions::applySettings(const CampaignDialog &dialog)
{
    CampaignRepository repository(m_db);
    const CampaignSettings next = dialog.settings();
    const QList<qint64> late = repository.lateUnder(next.campaign);
    auto choice = CampaignRepository::LateChoice::Hold;
    QString reason;
    if (!late.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Testimonies after the new close"),
            tr("%n testimony(ies) arrived after %1, the new close. What should happen to them?", nullptr,
                int(late.size()))
                .arg(UiText::longDate(next.campaign.closesOn)),
            QMessageBox::Cancel, m_window);
        box.setInformativeText(tr("In the holding list, they wait for an administrator to accept them with a reason "
                                  "or set them aside. Kept, they stay where they are with your reason. Nothing is "
                                  "deleted."));
        QPushButton *hold = box.addButton(tr("Put them in the &holding list"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("&Keep them, with a reason…"), QMessageBox::AcceptRole);
        box.setDefaultButton(hold);
        box.exec();
        if (box.clickedButton() == keep) {
            bool ok = false;
            reason = QInputDialog::getText(m_window, tr("Keep them"),
                tr("Why are these testimonies kept after the close? (recorded in their history)"), QLineEdit::Normal,
                QString(), &ok)
                         .trimmed();
            if (!ok || reason.isEmpty())
                return false;
            choice = CampaignRepository::LateChoice::Keep;
        } else if (box.clickedButton() != hold) {
            return false;
        }
    }
    QString error;
    bool ok = repository.save(next, choice, reason, &error);
    for (const auto &[from, into] : dialog.merges())
        ok = ok && repository.mergeTheme(from, into, &error);
    if (!ok)
        QMessageBox::warning(m_window, tr("The settings could not be saved"), error);
    return ok;
}
