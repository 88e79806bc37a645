// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Undoes RFC 3676 format=flowed (Thunderbird, Apple Mail): soft line breaks end with a space,
// quoted lines keep their depth, "-- " stays a signature separator, DelSp=yes drops the space.
class FlowedText
{
public:
    static QString unflow(const QString &text, bool delSp);
};
