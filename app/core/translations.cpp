// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication *app, const QLocale &locale)
{
    const bool french = locale.language() == QLocale::French;
    const QString lang = french ? QStringLiteral("fr") : QStringLiteral("en");
    QLocale::setDefault(french ? locale : QLocale(QLocale::English, locale.territory()));
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/recueil_") + lang))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (french && qt->load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Translations
