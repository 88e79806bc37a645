// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/editorprompts.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

EditorPrompts::Draft EditorPrompts::askDraft(QWidget *parent, qint64 id, const DraftStore::Draft &draft, int currentVersion)
{
    const QString when = QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat);
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes found"),
        id ? tr("Changes to contribution No. %1 were not saved when Recueil last closed; they were kept on %2.")
                 .arg(id)
                 .arg(when)
           : tr("A new contribution was not saved when Recueil last closed; it was kept on %1.").arg(when),
        QMessageBox::NoButton, parent);
    box.setInformativeText(draft.baseVersion != currentVersion
            ? tr("The contribution has been changed since: check the form before saving.")
            : tr("Bring them back into the form? They are saved only when you save."));
    QPushButton *restore = box.addButton(tr("&Bring them back"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreDraftButton"));
    QPushButton *discard = box.addButton(tr("&Discard them"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    // Escape decides nothing: the draft stays and is offered again next time.
    QPushButton *later = box.addButton(tr("Decide &later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("laterDraftButton"));
    box.setDefaultButton(restore);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == restore)
        return Draft::BringBack;
    if (box.clickedButton() == discard)
        return Draft::Discard;
    return Draft::Later;
}

EditorPrompts::Unsaved EditorPrompts::askUnsaved(QWidget *parent, qint64 id)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
        id == 0 ? tr("The new contribution has not been saved.")
                : tr("The changes to contribution No. %1 have not been saved.").arg(id),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    // « L'enregistrer » for the new contribution, « Les enregistrer » for the changes.
    box.setInformativeText(id == 0 ? tr("Save it before going on?") : tr("Save them before going on?"));
    box.button(QMessageBox::Save)->setText(tr("&Save"));
    box.button(QMessageBox::Discard)->setText(tr("&Discard changes"));
    box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Unsaved::Save;
    case QMessageBox::Discard:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

EditorPrompts::Late EditorPrompts::askLate(QWidget *parent, const QString &refusal, bool mayAccept)
{
    QMessageBox box(QMessageBox::Question, tr("Received after the close"), refusal, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("lateTestimonyBox"));
    box.setInformativeText(mayAccept
            ? tr("Put it in the pending list, with the reason it came late, or accept it now as an "
                 "administrator. Nothing typed is lost.")
            : tr("Put it in the pending list, with the reason it came late: an administrator can "
                 "accept it there. Nothing typed is lost."));
    QPushButton *hold = box.addButton(tr("Put in the &pending list…"), QMessageBox::AcceptRole);
    hold->setObjectName(QStringLiteral("holdLateButton"));
    QPushButton *accept = nullptr;
    if (mayAccept) {
        accept = box.addButton(tr("&Accept after the close…"), QMessageBox::ActionRole);
        accept->setObjectName(QStringLiteral("acceptLateNowButton"));
    }
    QPushButton *stay = box.addButton(tr("&Correct the date"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("correctDateButton"));
    box.setDefaultButton(hold);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == hold)
        return Late::Hold;
    if (accept && box.clickedButton() == accept)
        return Late::Accept;
    return Late::Stay;
}

std::optional<QString> EditorPrompts::askHoldReason(QWidget *parent)
{
    QInputDialog input(parent);
    input.setObjectName(QStringLiteral("holdReasonDialog"));
    input.setWindowTitle(tr("Put in the pending list"));
    input.setLabelText(tr("Why did this testimony come after the close? The administrator who accepts or "
                          "sets it aside reads this."));
    input.setOption(QInputDialog::UsePlainTextEditForTextInput);
    input.setOkButtonText(tr("Put in the &pending list"));
    input.setCancelButtonText(tr("&Cancel"));
    if (auto *buttons = input.findChild<QDialogButtonBox *>()) {
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        ok->setEnabled(false);
        QObject::connect(&input, &QInputDialog::textValueChanged, ok,
                         [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    }
    if (input.exec() != QDialog::Accepted || input.textValue().trimmed().isEmpty())
        return std::nullopt;
    return input.textValue().trimmed();
}

bool EditorPrompts::confirmDelete(QWidget *parent, qint64 id, const QString &title)
{
    QMessageBox box(QMessageBox::Question, tr("Delete the contribution"),
        tr("Delete contribution No. %1, “%2”?").arg(id).arg(title), QMessageBox::Yes | QMessageBox::No, parent);
    box.setInformativeText(tr("It leaves the lists for the Bin, among the queues, where it can be restored with its "
                              "sources and its history."));
    box.button(QMessageBox::Yes)->setText(tr("&Delete"));
    box.button(QMessageBox::No)->setText(tr("&Keep"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}
