// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QObject>

class QPalette;
class QWidget;

// The few colours of their own the forms use (an error in red, a warning in amber, a muted
// remark in grey) are chosen for a light window. On a dark palette they are swapped for lighter
// ones of the same meaning, so that they stay readable.
namespace PaletteColors {

bool isDark(const QPalette &palette);
QColor error(const QPalette &palette);
QColor warning(const QPalette &palette);
QColor muted(const QPalette &palette);

// Rewrites the fixed colours in w's style sheet for its palette; true if it changed.
bool adapt(QWidget *w);

// Watches every widget of the application: style sheets set by forms or later in code are
// adapted as they are set or shown. Install once, on the application.
class Adapter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace PaletteColors
