// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contribution.h"

#include <QCoreApplication>
#include <QString>

struct ParsedMessage;

// What a testimony's email already says, for the form the coordinator confirms: the title from
// the subject, the sender as contact (with the function under their name in the signature), the
// text, the receipt time and the authority the sender most likely writes for.
class TestimonyPrefill
{
    Q_DECLARE_TR_FUNCTIONS(TestimonyPrefill)

public:
    static Contribution of(const ParsedMessage &message);
    // The subject without its reply and forward prefixes (Re:, TR :, Fwd:, RE[2]:, Réf. :).
    static QString titleFromSubject(const QString &subject);
    // The line under the sender's name at the end of the text ("Directrice générale des
    // services"); empty when there is none, or when it is an address or a phone number.
    static QString roleFromSignature(const QString &text, const QString &name);
    // A reply quotes what it answers: only what is new.
    static QString withoutQuotedReply(const QString &text);
};
