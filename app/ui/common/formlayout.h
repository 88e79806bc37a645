// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QFormLayout;

namespace FormLayout {

// One label column for forms stacked in sections, so that their fields line up: every label
// as wide as the widest.
void alignLabelColumns(const QList<QFormLayout *> &forms);

} // namespace FormLayout
