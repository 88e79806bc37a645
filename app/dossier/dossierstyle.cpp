// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/dossierstyle.h"

#include <QFontDatabase>
#include <QMutex>

namespace DossierStyle {

namespace {
const QString serifFamily = QStringLiteral("Noto Serif");
const QString sansFamily = QStringLiteral("Noto Sans");

QFont make(const QString &family, qreal points, bool bold, bool italic)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    // Outlines at their design size: the same advances at 72 dpi as on a 1200 dpi printer.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::NoFontMerging));
    // No "fi" ligatures: copied or searched text must read "confinement", not "conﬁnement".
    // Qt 6.4 has no QFont::setFeature(); it drops ligatures when letter spacing is set, and
    // 100.001 % changes no advance (kerning is kept).
    f.setLetterSpacing(QFont::PercentageSpacing, 100.001);
    return f;
}
} // namespace

bool loadFonts(QString *error)
{
    static QMutex mutex;
    static bool loaded = false;
    static QString failure;
    const QMutexLocker lock(&mutex);
    if (!loaded) {
        loaded = true;
        for (const char *file : { "NotoSerif-Regular.ttf", "NotoSerif-Italic.ttf", "NotoSerif-Bold.ttf",
                 "NotoSans-Regular.ttf", "NotoSans-Bold.ttf" }) {
            const QString path = QStringLiteral(":/fonts/") + QLatin1String(file);
            if (QFontDatabase::addApplicationFont(path) < 0 && failure.isEmpty())
                failure = path;
        }
    }
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

QFont serif(qreal points, bool bold, bool italic)
{
    return make(serifFamily, points, bold, italic);
}

QFont sans(qreal points, bool bold)
{
    return make(sansFamily, points, bold, false);
}

QColor ink()
{
    return QColor(0x1c, 0x23, 0x2b);
}
QColor muted()
{
    return QColor(0x5b, 0x67, 0x70);
}
QColor accent()
{
    return QColor(0x1d, 0x35, 0x57);
}
QColor rule()
{
    return QColor(0xc5, 0xcd, 0xd3);
}
QColor tint()
{
    return QColor(0xee, 0xf2, 0xf5);
}

QColor themeColor(int index)
{
    static const QColor palette[] = { QColor(0x1f, 0x5f, 0x8b), QColor(0xc0, 0x5a, 0x1f),
        QColor(0x2e, 0x7d, 0x4f), QColor(0x7b, 0x3f, 0x8c), QColor(0x9a, 0x7b, 0x12),
        QColor(0x3d, 0x6e, 0x70) };
    constexpr int size = int(sizeof(palette) / sizeof(palette[0]));
    return palette[((index % size) + size) % size];
}

} // namespace DossierStyle
