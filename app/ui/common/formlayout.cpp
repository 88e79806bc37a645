// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/formlayout.h"

#include <QFormLayout>
#include <QWidget>

void FormLayout::alignLabelColumns(const QList<QFormLayout *> &forms)
{
    QList<QWidget *> labels;
    int width = 0;
    for (QFormLayout *form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels.append(item->widget());
                width = qMax(width, item->widget()->sizeHint().width());
            }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(width);
}
