// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/profilepicker.h"

#include "storage/database.h"
#include "storage/personrepository.h"
#include "ui/people/peopledialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QToolButton>

ProfilePicker::ProfilePicker(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("profilePicker"));
    m_label = new QLabel(tr("Acting as:"), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setAccessibleName(tr("Person acting"));
    m_combo->setToolTip(
        tr("Who is working: the history records this name, and the role says what they may do."));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_combo);
    m_people = new QToolButton(this);
    m_people->setObjectName(QStringLiteral("peopleButton"));
    m_people->setText(tr("People…"));
    m_people->setToolTip(tr("Add people and change their role (administrators)"));
    m_people->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_people);

    connect(m_combo, &QComboBox::activated, this, &ProfilePicker::onActivated);
    connect(m_people, &QToolButton::clicked, this, &ProfilePicker::managePeople);
    reload();
}

QString ProfilePicker::systemLogin()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("local") : user;
}

QString ProfilePicker::currentLogin() const
{
    return m_db.actor();
}

void ProfilePicker::reload()
{
    const QString current = m_db.actor().isEmpty() ? systemLogin() : m_db.actor();
    const PersonRepository people(m_db.connection());
    m_combo->clear();
    bool listed = false;
    for (const Person &p : people.all()) {
        if (!p.active)
            continue;
        const QString name = p.displayName.isEmpty() ? p.login : p.displayName;
        m_combo->addItem(tr("%1 — %2").arg(name, Role::label(p.role)), p.login);
        listed = listed || p.login == current;
    }
    if (!listed) {
        // Someone not registered: a coordinator on a desk with people, an administrator on an empty one.
        m_combo->insertItem(
            0, tr("%1 — %2 (not registered)").arg(current, Role::label(people.roleOf(current))), current);
    }
    m_combo->setCurrentIndex(m_combo->findData(current));
    // On a server, whoever acts is the login the server knows: no choosing another profile.
    m_combo->setEnabled(!m_db.serverRole());
    updatePeopleButton();
}

QString ProfilePicker::settingsKey() const
{
    // One entry per database file, under a hash: paths make poor settings keys.
    const QByteArray location = QFileInfo(m_db.location()).absoluteFilePath().toUtf8();
    return QStringLiteral("review/profile/")
        + QString::fromLatin1(QCryptographicHash::hash(location, QCryptographicHash::Sha1).toHex().left(16));
}

bool ProfilePicker::restoreRememberedLogin()
{
    if (m_db.serverRole())
        return false;
    const QString login = QSettings().value(settingsKey()).toString();
    const std::optional<Person> person = PersonRepository(m_db.connection()).find(login);
    if (login.isEmpty() || !person || !person->active)
        return false;
    setCurrentLogin(login);
    return true;
}

void ProfilePicker::setCurrentLogin(const QString &login)
{
    if (login.isEmpty())
        return;
    const bool changed = login != m_db.actor();
    m_db.setActor(login);
    QSettings().setValue(settingsKey(), login);
    reload();
    if (changed)
        Q_EMIT actorChanged(login);
}

void ProfilePicker::onActivated(int index)
{
    setCurrentLogin(m_combo->itemData(index).toString());
}

void ProfilePicker::updatePeopleButton()
{
    const bool admin = PersonRepository(m_db.connection()).roleOf(m_db.actor()) == Role::Admin;
    m_people->setVisible(admin);
}

bool ProfilePicker::managePeople()
{
    if (PersonRepository(m_db.connection()).roleOf(m_db.actor()) != Role::Admin)
        return false;
    PeopleDialog dialog(m_db, this);
    dialog.exec();
    reload();
    // The acting person's own role may have changed: everything that depends on it follows.
    Q_EMIT actorChanged(m_db.actor());
    return true;
}
