// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/deadlineguard.h"
#include "core/reviewstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The person who wrote or phoned in a testimony.
struct Contact
{
    QString name;
    QString role;
    QString email;
    QString phone;

    bool isEmpty() const { return name.isEmpty() && role.isEmpty() && email.isEmpty() && phone.isEmpty(); }
    bool operator==(const Contact &) const = default;
};

// How a testimony reached the campaign. Codes are stable (stored, printed in JSON).
class Channel
{
    Q_DECLARE_TR_FUNCTIONS(Channel)

public:
    enum Value { Email, Letter, Phone, Form };
    static QList<Value> all() { return {Email, Letter, Phone, Form}; }
    static QString code(Value v);
    static bool fromCode(const QString &code, Value *v);
    static QString label(Value v);
};

// One testimony of a local authority, as stored.
struct Contribution
{
    qint64 id = 0;
    QString authorityCode;
    Contact contact;
    QString title;
    QString text;
    QString difficulties;
    QStringList themes; // theme codes
    QString primaryTheme;
    QStringList subtopics; // sub-topic codes
    QStringList tags;      // free tags, as written
    Channel::Value channel = Channel::Email;
    QDateTime receivedAt; // UTC; always given, never taken from the clock
    ReviewState::State status = ReviewState::Received;
    bool consentToPublishName = false;
    std::optional<LateOverride> lateOverride;
    // Typed after the close: "late" while it waits in the holding list for an administrator,
    // "discarded" once set aside; empty for a contribution in the lists. holdReason says why
    // it came late, as the person who held it wrote it.
    QString hold;
    QString holdReason;
    // An imported testimony: text is the text to publish (proposed at import, then edited),
    // originalText the email's text as it came (empty for one typed by hand); textReviewed
    // once a person edited the text to publish.
    QString originalText;
    bool textReviewed = false;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // optimistic concurrency: bumped on every save

    // Field name → value as text, for the audit log's old → new.
    QList<std::pair<QString, QString>> auditFields() const;
};
