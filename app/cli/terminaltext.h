// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Text from contributions and emails printed on a terminal: control characters (escape
// sequences that retitle the window or clear the screen, carriage returns that overwrite a
// line, a newline that forges another line) are shown as \x1B and the like, never sent raw.
// JSON output is left exact.
namespace TerminalText {

// One field on one line: every control character escaped, newlines and tabs included.
QString field(const QString &text);

// A block of text (a testimony): newlines kept, tabs kept, every other control escaped.
QString block(const QString &text);

} // namespace TerminalText
