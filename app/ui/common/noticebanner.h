// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// A band of text across the window that says what stands in the way (the database is read-only,
// the server cannot be reached), in the warm colours of a notice, wrapped to the window's width.
class NoticeBanner : public QLabel
{
    Q_OBJECT

public:
    explicit NoticeBanner(QWidget *parent = nullptr);
};
