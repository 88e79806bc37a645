// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contribution.h"

#include <QJsonObject>

class Database;

// The JSON form of a contribution that scripts rely on (see `recueil show --json`).
namespace ContributionJson {
QJsonObject toJson(const Contribution &c, Database &db);
}
