// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

class PersonMatcher;

// Rewrites a stored email without a person's details, keeping it valid MIME: GMime reads it,
// and every header (decoded from RFC 2047), address, attachment name (RFC 2231), text part
// (decoded from quoted-printable or base64, in its charset, HTML character references read)
// and forwarded message inside it has the details replaced by « [effacé] », then is encoded
// again as it was. Message-IDs in ids become their stable hash wherever the message names them.
// What the structure does not reach (a preamble, a broken part, raw 8-bit bytes) is replaced
// byte for byte. Binary attachments are left as they are.
class MimeScrubber
{
public:
    // The new bytes, or nullopt when the message holds nothing of the person.
    static std::optional<QByteArray> scrub(
        const QByteArray &raw, const PersonMatcher &matcher, const QHash<QString, QString> &ids);

    // The placeholder for an address inside an address header, where « [effacé] » would not
    // be an address: efface@efface.invalid (.invalid is reserved, RFC 2606).
    static QByteArray placeholderAddress();
};
