// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/peopledialog.h"

#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum Column { LoginColumn, NameColumn, RoleColumn, ActiveColumn, ColumnCount };

QComboBox *roleCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (Role::Value r : {Role::Coordinator, Role::Reviewer, Role::Admin})
        combo->addItem(Role::label(r), int(r));
    return combo;
}
} // namespace

PeopleDialog::PeopleDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People of the campaign"));
    auto *intro =
        new QLabel(tr("Coordinators enter and complete contributions; reviewers classify and validate them; "
                      "administrators also manage people, sub-topics and tags, and alone accept a testimony "
                      "received after the close.")
                + QLatin1Char(' ')
                + (db.campaign().fourEyes ? tr("Nobody validates a testimony they entered themselves, and only "
                                               "the person who made a review decision can undo it.")
                                          : tr("Only the person who made a review decision can undo it.")),
            this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setAccessibleName(tr("People of the campaign"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Active")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LoginColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActiveColumn, QHeaderView::ResizeToContents);

    auto *addBox = new QGroupBox(tr("Add a person"), this);
    m_login = new QLineEdit(addBox);
    m_login->setObjectName(QStringLiteral("newLoginEdit"));
    m_login->setPlaceholderText(tr("one word, such as cmoreau"));
    m_name = new QLineEdit(addBox);
    m_name->setObjectName(QStringLiteral("newNameEdit"));
    m_role = roleCombo(addBox);
    m_role->setObjectName(QStringLiteral("newRoleCombo"));
    m_role->setCurrentIndex(m_role->findData(int(Role::Reviewer)));
    m_add = new QPushButton(tr("Add"), addBox);
    m_add->setObjectName(QStringLiteral("addPersonButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    auto *addLayout = new QHBoxLayout(addBox);
    addLayout->addLayout(form, 1);
    addLayout->addWidget(m_add, 0, Qt::AlignBottom);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a41e11;"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(addBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addPerson(m_login->text(), m_name->text(), Role::Value(m_role->currentData().toInt()))) {
            m_login->clear();
            m_name->clear();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading && item->column() == ActiveColumn)
            setActive(m_table->item(item->row(), LoginColumn)->text(), item->checkState() == Qt::Checked);
    });
    reload();
    resize(620, 460);
}

void PeopleDialog::reload()
{
    m_loading = true;
    m_people = PersonRepository(m_db.connection()).all();
    m_table->setRowCount(int(m_people.size()));
    for (int row = 0; row < m_people.size(); ++row) {
        const Person &p = m_people.at(row);
        m_table->setItem(row, LoginColumn, new QTableWidgetItem(p.login));
        m_table->setItem(row, NameColumn, new QTableWidgetItem(p.displayName));
        auto *combo = roleCombo(m_table);
        combo->setCurrentIndex(combo->findData(int(p.role)));
        combo->setAccessibleName(tr("Role of %1").arg(p.login));
        const QString login = p.login;
        connect(combo, &QComboBox::activated, this, [this, combo, login] {
            if (!changeRole(login, Role::Value(combo->currentData().toInt())))
                QMetaObject::invokeMethod(this, &PeopleDialog::reload, Qt::QueuedConnection);
        });
        m_table->setCellWidget(row, RoleColumn, combo);
        auto *active = new QTableWidgetItem;
        active->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        active->setCheckState(p.active ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, ActiveColumn, active);
    }
    m_table->setCurrentItem(nullptr);
    m_loading = false;
}

QString PeopleDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool PeopleDialog::keepsAnAdministrator(const Person &changed) const
{
    // A desk without one yet: the person added becomes it (PersonRepository::save).
    if (!m_db.actorIsTheLogin()
        && std::none_of(m_people.cbegin(), m_people.cend(), [](const Person &p) { return p.active && p.role == Role::Admin; }))
        return true;
    for (const Person &p : m_people) {
        const Person &now = p.login == changed.login ? changed : p;
        if (now.active && now.role == Role::Admin)
            return true;
    }
    return false;
}

bool PeopleDialog::save(const Person &person)
{
    if (!keepsAnAdministrator(person)) {
        m_message->setText(
            tr("The campaign must keep at least one active administrator: give the role to someone "
               "else first."));
        m_message->show();
        return false;
    }
    QString error;
    if (!PersonRepository(m_db.connection()).save(person, m_db.actor(), &error)) {
        m_message->setText(error);
        m_message->show();
        return false;
    }
    m_message->hide();
    m_people = PersonRepository(m_db.connection()).all();
    // The table is rebuilt once the signal that led here is over: its sender may be a cell widget.
    QMetaObject::invokeMethod(this, &PeopleDialog::reload, Qt::QueuedConnection);
    return true;
}

bool PeopleDialog::addPerson(const QString &login, const QString &displayName, Role::Value role)
{
    const QString trimmed = login.trimmed();
    for (const Person &p : std::as_const(m_people))
        if (p.login == trimmed) {
            m_message->setText(tr("“%1” is already one of the people of the campaign.").arg(trimmed));
            m_message->show();
            return false;
        }
    return save({trimmed, displayName.simplified(), role, true});
}

bool PeopleDialog::changeRole(const QString &login, Role::Value role)
{
    for (Person p : std::as_const(m_people))
        if (p.login == login) {
            p.role = role;
            return save(p);
        }
    return false;
}

bool PeopleDialog::setActive(const QString &login, bool active)
{
    for (Person p : std::as_const(m_people))
        if (p.login == login) {
            p.active = active;
            if (!save(p)) {
                QMetaObject::invokeMethod(this, &PeopleDialog::reload, Qt::QueuedConnection);
                return false;
            }
            return true;
        }
    return false;
}
