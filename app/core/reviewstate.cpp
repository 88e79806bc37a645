// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reviewstate.h"

namespace {
struct Row
{
    ReviewState::State state;
    const char *code;
    const char *english;
    const char *french;
};
constexpr Row rows[] = {
    {ReviewState::Received, "received", QT_TRANSLATE_NOOP("ReviewState", "Received"), "Reçue"},
    {ReviewState::InReview, "in_review", QT_TRANSLATE_NOOP("ReviewState", "In review"), "En relecture"},
    {ReviewState::NeedsChanges, "needs_changes", QT_TRANSLATE_NOOP("ReviewState", "Needs changes"), "À compléter"},
    {ReviewState::Validated, "validated", QT_TRANSLATE_NOOP("ReviewState", "Validated"), "Validée"},
    {ReviewState::Rejected, "rejected", QT_TRANSLATE_NOOP("ReviewState", "Rejected"), "Écartée"},
};
} // namespace

QString ReviewState::code(State state)
{
    return QString::fromLatin1(rows[state].code);
}

bool ReviewState::fromCode(const QString &code, State *state)
{
    for (const Row &r : rows) {
        if (code == QLatin1String(r.code)) {
            *state = r.state;
            return true;
        }
    }
    return false;
}

QString ReviewState::label(State state)
{
    return tr(rows[state].english);
}

QString ReviewState::frenchLabel(State state)
{
    return QString::fromUtf8(rows[state].french);
}

QString ReviewState::englishLabel(State state)
{
    return QString::fromLatin1(rows[state].english);
}
