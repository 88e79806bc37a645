// SPDX-License-Identifier: GPL-3.0-or-later
// Any text set in a dossier: paragraphs, French typography and line breaking end in time
// linear in the input (libFuzzer's -timeout catches a slow one), and every line fits the width.
#include "dossier/dossierstyle.h"
#include "dossier/dossiertext.h"
#include "dossier/textblock.h"

#include <QGuiApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never destroyed: libFuzzer ends with exit(), after Qt's own thread storage is gone, and a
    // static application destroyed then crashes in QFontDatabase.
    static auto *app = new QGuiApplication(*argc, *argv);
    Q_UNUSED(app)
    if (!DossierStyle::loadFonts())
        abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const TextBlock::Style style { DossierStyle::serif(10), Qt::black, Qt::AlignJustify, 14, 0 };
    constexpr qreal width = 200;
    for (const QString &paragraph : DossierText::paragraphs(text)) {
        const TextBlock block(DossierText::prose(paragraph), style, width);
        if (block.naturalWidth() > width + 1)
            abort();
        block.rangeRects(0, int(paragraph.size()));
    }
    const TextBlock title(DossierText::name(text), style, width);
    if (title.naturalWidth() > width + 1)
        abort();
    return 0;
}
