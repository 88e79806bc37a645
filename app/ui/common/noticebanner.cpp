// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/noticebanner.h"

NoticeBanner::NoticeBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setContentsMargins(12, 6, 12, 6);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    colours.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    setPalette(colours);
}
