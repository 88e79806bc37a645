// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

// French on a French system, English otherwise; Qt's own strings follow.
namespace Translations {
void install(QCoreApplication *app, const QLocale &locale = QLocale::system());
}
