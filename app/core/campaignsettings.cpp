// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaignsettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace {

QDate isoDate(const QJsonValue &value)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = value.toString();
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

QJsonObject labels(const QString &code, const QString &french, const QString &english)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("label_fr"), french},
        {QStringLiteral("label_en"), english}};
}

} // namespace

CampaignSettings CampaignSettings::defaults()
{
    static const CampaignSettings bundled = [] {
        QString error;
        const auto s = fromFile(QStringLiteral(":/campaigns/vdf-vi-2021.json"), &error);
        Q_ASSERT_X(s, "CampaignSettings::defaults", qPrintable(error));
        return s.value_or(CampaignSettings());
    }();
    return bundled;
}

std::optional<CampaignSettings> CampaignSettings::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read “%1”: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > 4 * 1024 * 1024) {
        *error = tr("“%1” is too large to be a call's settings.").arg(path);
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

std::optional<CampaignSettings> CampaignSettings::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The call's file is not valid JSON (%1, at character %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("The call's file must hold one JSON object.");
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    auto text = [&](const char *key) { return o.value(QLatin1String(key)).toString().trimmed(); };
    CampaignSettings s;
    Campaign &c = s.campaign;
    c.code = text("code");
    c.name = text("name");
    c.organisers = text("organisers");
    if (o.contains(QLatin1String("opens_on")) && !o.value(QLatin1String("opens_on")).isNull()) {
        c.opensOn = isoDate(o.value(QLatin1String("opens_on")));
        if (!c.opensOn.isValid()) {
            *error = tr("“opens_on” must be a date such as 2021-03-20.");
            return std::nullopt;
        }
    }
    c.closesOn = isoDate(o.value(QLatin1String("closes_on")));
    if (!c.closesOn.isValid()) {
        *error = tr("“closes_on” must be a date such as 2021-03-20.");
        return std::nullopt;
    }
    c.timeZone = text("time_zone");
    c.language = text("language");
    const QJsonValue fourEyes = o.value(QLatin1String("four_eyes"));
    if (!fourEyes.isUndefined() && !fourEyes.isBool()) {
        *error = tr("“four_eyes” must be true or false.");
        return std::nullopt;
    }
    c.fourEyes = fourEyes.toBool(true);

    const QJsonValue eligibility = o.value(QLatin1String("eligibility"));
    if (!eligibility.isUndefined()) {
        if (!eligibility.isObject()) {
            *error = tr("“eligibility” must be an object with “kinds”, “population_min”, “population_max” and "
                        "“overseas”.");
            return std::nullopt;
        }
        const QJsonObject e = eligibility.toObject();
        Eligibility &el = c.eligibility;
        if (e.contains(QLatin1String("kinds"))) {
            el.kinds.clear();
            for (const QJsonValue &k : e.value(QLatin1String("kinds")).toArray())
                el.kinds << k.toString();
        }
        auto number = [&](const char *key, int fallback, int *out) {
            const QJsonValue v = e.value(QLatin1String(key));
            if (v.isUndefined()) {
                *out = fallback;
                return true;
            }
            if (v.isNull()) {
                *out = 0;
                return true;
            }
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 0 || d > 1e8 || d != std::floor(d)) {
                *error = tr("“%1” must be a whole number of inhabitants.").arg(QLatin1String(key));
                return false;
            }
            *out = int(d);
            return true;
        };
        if (!number("population_min", el.populationMin, &el.populationMin)
            || !number("population_max", el.populationMax, &el.populationMax))
            return std::nullopt;
        el.overseas = e.value(QLatin1String("overseas")).toBool(true);
    }
    const QJsonObject cover = o.value(QLatin1String("cover")).toObject();
    c.coverSubtitle = cover.value(QLatin1String("subtitle")).toString().trimmed();
    c.coverNote = cover.value(QLatin1String("note")).toString().trimmed();

    for (const QJsonValue &tv : o.value(QLatin1String("themes")).toArray()) {
        const QJsonObject t = tv.toObject();
        Theme theme {t.value(QLatin1String("code")).toString().trimmed(),
            t.value(QLatin1String("label_fr")).toString().simplified(),
            t.value(QLatin1String("label_en")).toString().simplified(), t.value(QLatin1String("retired")).toBool()};
        s.themes << theme;
        for (const QJsonValue &sv : t.value(QLatin1String("subtopics")).toArray()) {
            const QJsonObject st = sv.toObject();
            s.subtopics << Subtopic {st.value(QLatin1String("code")).toString().trimmed(), theme.code,
                st.value(QLatin1String("label_fr")).toString().simplified(),
                st.value(QLatin1String("label_en")).toString().simplified(),
                st.value(QLatin1String("retired")).toBool()};
        }
    }
    if (const QString p = s.problem(); !p.isEmpty()) {
        *error = p;
        return std::nullopt;
    }
    return s;
}

QByteArray CampaignSettings::toJson() const
{
    const Campaign &c = campaign;
    QJsonObject o;
    o.insert(QStringLiteral("code"), c.code);
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("organisers"), c.organisers);
    o.insert(QStringLiteral("opens_on"),
        c.opensOn.isValid() ? QJsonValue(c.opensOn.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("closes_on"), c.closesOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("time_zone"), c.timeZone);
    o.insert(QStringLiteral("language"), c.language);
    o.insert(QStringLiteral("four_eyes"), c.fourEyes);
    o.insert(QStringLiteral("eligibility"),
        QJsonObject {{QStringLiteral("kinds"), QJsonArray::fromStringList(c.eligibility.kinds)},
            {QStringLiteral("population_min"), c.eligibility.populationMin},
            {QStringLiteral("population_max"),
                c.eligibility.populationMax > 0 ? QJsonValue(c.eligibility.populationMax)
                                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("overseas"), c.eligibility.overseas}});
    o.insert(QStringLiteral("cover"),
        QJsonObject {{QStringLiteral("subtitle"), c.coverSubtitle}, {QStringLiteral("note"), c.coverNote}});
    QJsonArray themeArray;
    for (const Theme &t : themes) {
        QJsonObject to = labels(t.code, t.frenchLabel, t.englishLabel);
        if (t.retired)
            to.insert(QStringLiteral("retired"), true);
        QJsonArray subs;
        for (const Subtopic &st : subtopicsOf(t.code)) {
            QJsonObject so = labels(st.code, st.frenchLabel, st.englishLabel);
            if (st.retired)
                so.insert(QStringLiteral("retired"), true);
            subs.append(so);
        }
        to.insert(QStringLiteral("subtopics"), subs);
        themeArray.append(to);
    }
    o.insert(QStringLiteral("themes"), themeArray);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString CampaignSettings::problem() const
{
    const Campaign &c = campaign;
    if (!isCode(c.code))
        return tr("“%1” cannot be the call's code: use lower-case letters, digits and hyphens, such as "
                  "“appel-2027”.")
            .arg(c.code);
    if (c.name.trimmed().isEmpty())
        return tr("Give the call a name.");
    if (c.organisers.trimmed().isEmpty())
        return tr("Say who organises the call.");
    if (!c.closesOn.isValid())
        return tr("Give the call's closing date.");
    if (c.opensOn.isValid() && c.opensOn > c.closesOn)
        return tr("The call cannot open after it closes.");
    if (c.timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(c.timeZone.toUtf8()))
        return tr("“%1” is not a time zone this computer knows: use a name such as “Europe/Paris” or "
                  "“America/Cayenne”.")
            .arg(c.timeZone);
    if (c.language != QLatin1String("fr") && c.language != QLatin1String("en"))
        return tr("The call's language must be “fr” or “en”, not “%1”.").arg(c.language);
    if (c.eligibility.kinds.isEmpty())
        return tr("Say which kinds of authority may answer the call.");
    for (const QString &kind : c.eligibility.kinds)
        if (!Eligibility::allKinds().contains(kind))
            return tr("“%1” is not a kind of authority (commune, epci, departement, region).").arg(kind);
    if (c.eligibility.populationMax > 0 && c.eligibility.populationMin > c.eligibility.populationMax)
        return tr("The smallest population (%1) is above the largest (%2).")
            .arg(c.eligibility.populationMin)
            .arg(c.eligibility.populationMax);
    if (std::none_of(themes.cbegin(), themes.cend(), [](const Theme &t) { return !t.retired; }))
        return tr("Give the call one theme at least.");
    QSet<QString> themeCodes, subtopicCodes;
    for (const Theme &t : themes) {
        if (!isCode(t.code))
            return tr("“%1” cannot be a theme's code: use lower-case letters, digits and hyphens.").arg(t.code);
        if (themeCodes.contains(t.code))
            return tr("Two themes have the code “%1”.").arg(t.code);
        if (t.frenchLabel.isEmpty() || t.englishLabel.isEmpty())
            return tr("The theme “%1” needs a French and an English label.").arg(t.code);
        themeCodes.insert(t.code);
    }
    for (const Subtopic &st : subtopics) {
        if (!isCode(st.code))
            return tr("“%1” cannot be a sub-topic's code: use lower-case letters, digits and hyphens.")
                .arg(st.code);
        if (subtopicCodes.contains(st.code))
            return tr("Two sub-topics have the code “%1”.").arg(st.code);
        if (!themeCodes.contains(st.themeCode))
            return tr("The sub-topic “%1” belongs to no theme of the call.").arg(st.code);
        if (st.frenchLabel.isEmpty() || st.englishLabel.isEmpty())
            return tr("The sub-topic “%1” needs a French and an English label.").arg(st.code);
        subtopicCodes.insert(st.code);
    }
    return {};
}

QList<Subtopic> CampaignSettings::subtopicsOf(const QString &themeCode) const
{
    QList<Subtopic> result;
    for (const Subtopic &s : subtopics)
        if (s.themeCode == themeCode)
            result << s;
    return result;
}

const Theme *CampaignSettings::theme(const QString &code) const
{
    for (const Theme &t : themes)
        if (t.code == code)
            return &t;
    return nullptr;
}

bool CampaignSettings::isCode(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return code.size() <= 64 && shape.match(code).hasMatch();
}

QString CampaignSettings::zoneCity(const QString &timeZone)
{
    QString city = timeZone.section(QLatin1Char('/'), -1);
    city.replace(QLatin1Char('_'), QLatin1Char(' '));
    return city.isEmpty() ? timeZone : city;
}
