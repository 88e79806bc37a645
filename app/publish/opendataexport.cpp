// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/opendataexport.h"

#include "core/isotime.h"
#include "dossier/contactmasker.h"
#include "dossier/dossierloader.h"
#include "core/zipwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

// Lists inside one CSV or spreadsheet cell.
const QString ListSeparator = QStringLiteral("|");

QString cellText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(ListSeparator);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QString csvField(const QString &text, QChar separator)
{
    if (!text.contains(separator) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString xmlEscaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    // Characters XML 1.0 cannot carry (controls other than tab and line ends) are left out.
    out.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; });
    return out;
}

// One paragraph per line: a spreadsheet cell shows the line breaks.
QString odsTextCell(const QString &text)
{
    QString cell = QStringLiteral("<table:table-cell office:value-type=\"string\">");
    for (const QString &line : text.split(QLatin1Char('\n')))
        cell += QStringLiteral("<text:p>") + xmlEscaped(line) + QStringLiteral("</text:p>");
    return cell + QStringLiteral("</table:table-cell>");
}

} // namespace

QList<OpenDataExport::Column> OpenDataExport::columns(bool withContacts)
{
    QList<Column> list {
        { QStringLiteral("id"), QStringLiteral("integer"), QStringLiteral("Numéro de la contribution dans la base") },
        { QStringLiteral("title"), QStringLiteral("string"), QStringLiteral("Titre") },
        { QStringLiteral("authority_code"), QStringLiteral("string"),
            QStringLiteral("Code officiel géographique INSEE de la commune (5 caractères) ou SIREN de "
                           "l'intercommunalité (9 chiffres)") },
        { QStringLiteral("authority_name"), QStringLiteral("string"), QStringLiteral("Nom de la collectivité") },
        { QStringLiteral("authority_kind"), QStringLiteral("string"), QStringLiteral("commune ou epci") },
        { QStringLiteral("departement_code"), QStringLiteral("string"), QStringLiteral("Code du département") },
        { QStringLiteral("departement_name"), QStringLiteral("string"), QStringLiteral("Nom du département") },
        { QStringLiteral("region_code"), QStringLiteral("string"), QStringLiteral("Code de la région") },
        { QStringLiteral("region_name"), QStringLiteral("string"), QStringLiteral("Nom de la région") },
        { QStringLiteral("population"), QStringLiteral("integer"), QStringLiteral("Population municipale") },
        { QStringLiteral("received_at"), QStringLiteral("datetime"),
            QStringLiteral("Date et heure de réception, ISO 8601 en temps universel (UTC)") },
        { QStringLiteral("channel"), QStringLiteral("string"), QStringLiteral("email, letter, phone ou form") },
        { QStringLiteral("status"), QStringLiteral("string"), QStringLiteral("État de relecture (validated)") },
        { QStringLiteral("primary_theme"), QStringLiteral("string"), QStringLiteral("Code du thème principal") },
        { QStringLiteral("themes"), QStringLiteral("string"),
            QStringLiteral("Codes des thèmes, séparés par « | »") },
        { QStringLiteral("subtopics"), QStringLiteral("string"),
            QStringLiteral("Codes des sous-thèmes, séparés par « | »") },
        { QStringLiteral("text"), QStringLiteral("string"),
            QStringLiteral("Texte publié (noms, adresses et téléphones masqués)") },
        { QStringLiteral("difficulties"), QStringLiteral("string"), QStringLiteral("Difficultés rencontrées") },
        { QStringLiteral("text_reviewed"), QStringLiteral("boolean"),
            QStringLiteral("Vrai quand une personne a revu le texte proposé à l'import") },
    };
    if (withContacts)
        list += {
            { QStringLiteral("contact_name"), QStringLiteral("string"),
                QStringLiteral("Nom du contact, s'il a consenti à sa publication ; sinon vide") },
            { QStringLiteral("contact_role"), QStringLiteral("string"), QStringLiteral("Fonction du contact") },
            { QStringLiteral("contact_email"), QStringLiteral("string"), QStringLiteral("Adresse du contact") },
            { QStringLiteral("contact_phone"), QStringLiteral("string"), QStringLiteral("Téléphone du contact") },
        };
    return list;
}

QList<QVariantList> OpenDataExport::rows(const DossierData &data, bool withContacts)
{
    QList<QVariantList> out;
    for (const DossierEntry &e : data.entries) {
        const Contribution &c = e.contribution;
        const bool contact = withContacts && c.consentToPublishName;
        // As the dossier: a consenting contact's own address and phone may stay when asked;
        // otherwise the sender's names, addresses and phone numbers are masked.
        const ContactMasker masker = contact ? ContactMasker({}, { c.contact.email, c.contact.phone })
                                             : ContactMasker(e.senderNames);
        QVariantList row {
            c.id,
            masker.mask(c.title),
            c.authorityCode,
            e.authority.isValid() ? e.authority.name : QString(),
            e.authority.isValid() ? e.authority.kindCode() : QString(),
            e.authority.departement,
            e.departementName,
            e.authority.region,
            e.regionName,
            e.authority.isValid() ? QVariant(e.authority.population) : QVariant(),
            IsoTime::utc(c.receivedAt),
            Channel::code(c.channel),
            ReviewState::code(c.status),
            c.primaryTheme,
            c.themes,
            c.subtopics,
            masker.mask(c.text),
            masker.mask(c.difficulties),
            c.textReviewed,
        };
        if (withContacts)
            row << (contact ? c.contact.name : QString()) << (contact ? c.contact.role : QString())
                << (contact ? c.contact.email : QString()) << (contact ? c.contact.phone : QString());
        out << row;
    }
    return out;
}

QByteArray OpenDataExport::csv(const DossierData &data, const Options &options)
{
    QStringList header;
    for (const Column &c : columns(options.withContacts))
        header << c.name;
    QString out = header.join(options.separator) + QStringLiteral("\r\n");
    for (const QVariantList &row : rows(data, options.withContacts)) {
        QStringList fields;
        for (const QVariant &v : row)
            fields << csvField(cellText(v), options.separator);
        out += fields.join(options.separator) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray OpenDataExport::json(const DossierData &data, const Options &options)
{
    const QList<Column> cols = columns(options.withContacts);
    QJsonArray contributions;
    for (const QVariantList &row : rows(data, options.withContacts)) {
        QJsonObject o;
        for (qsizetype i = 0; i < cols.size(); ++i)
            o.insert(cols.at(i).name, QJsonValue::fromVariant(row.at(i)));
        contributions.append(o);
    }
    QJsonArray themes;
    for (const Theme &t : data.themes)
        themes.append(QJsonObject { { QStringLiteral("code"), t.code }, { QStringLiteral("label_fr"), t.frenchLabel },
            { QStringLiteral("label_en"), t.englishLabel } });
    QJsonArray subtopics;
    for (const Subtopic &s : data.subtopics)
        subtopics.append(QJsonObject { { QStringLiteral("code"), s.code }, { QStringLiteral("theme"), s.themeCode },
            { QStringLiteral("label_fr"), s.frenchLabel }, { QStringLiteral("label_en"), s.englishLabel } });
    const QJsonObject campaign { { QStringLiteral("code"), data.campaign.code },
        { QStringLiteral("name"), data.campaign.name }, { QStringLiteral("organisers"), data.campaign.organisers },
        { QStringLiteral("opens_on"), data.campaign.opensOn.toString(Qt::ISODate) },
        { QStringLiteral("closes_on"), data.campaign.closesOn.toString(Qt::ISODate) },
        { QStringLiteral("time_zone"), data.campaign.timeZone } };
    const QJsonObject root { { QStringLiteral("campaign"), campaign }, { QStringLiteral("themes"), themes },
        { QStringLiteral("subtopics"), subtopics }, { QStringLiteral("contributions"), contributions } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray OpenDataExport::ods(const DossierData &data, const Options &options)
{
    QString content = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        "<office:body><office:spreadsheet><table:table table:name=\"contributions\">");
    content += QStringLiteral("<table:table-row>");
    for (const Column &c : columns(options.withContacts))
        content += odsTextCell(c.name);
    content += QStringLiteral("</table:table-row>");
    for (const QVariantList &row : rows(data, options.withContacts)) {
        content += QStringLiteral("<table:table-row>");
        for (const QVariant &v : row) {
            if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                content += QStringLiteral("<table:table-cell office:value-type=\"float\" office:value=\"%1\">"
                                          "<text:p>%1</text:p></table:table-cell>")
                               .arg(v.toLongLong());
            else if (v.typeId() == QMetaType::Bool)
                content += QStringLiteral("<table:table-cell office:value-type=\"boolean\" "
                                          "office:boolean-value=\"%1\"><text:p>%1</text:p></table:table-cell>")
                               .arg(cellText(v));
            else if (v.isNull() || cellText(v).isEmpty())
                content += QStringLiteral("<table:table-cell/>");
            else
                content += odsTextCell(cellText(v));
        }
        content += QStringLiteral("</table:table-row>");
    }
    content += QStringLiteral("</table:table></office:spreadsheet></office:body></office:document-content>\n");

    const QByteArray mimetype = "application/vnd.oasis.opendocument.spreadsheet";
    const QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.2\">"
        "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\""
        + mimetype
        + "\"/>"
          "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
          "</manifest:manifest>\n";
    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), mimetype, false);
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifest);
    zip.add(QStringLiteral("content.xml"), content.toUtf8());
    return zip.archive();
}

bool OpenDataExport::formatFromName(const QString &name, Format *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("csv"))
        *format = Format::Csv;
    else if (n == QLatin1String("json"))
        *format = Format::Json;
    else if (n == QLatin1String("ods"))
        *format = Format::Ods;
    else
        return false;
    return true;
}

bool OpenDataExport::write(Database &db, const Options &options, const QString &path, int *count, QString *error)
{
    DossierData data;
    if (!DossierLoader(db).load(DossierOptions(), &data, error))
        return false;
    const QByteArray bytes = options.format == Format::Csv ? csv(data, options)
        : options.format == Format::Json                    ? json(data, options)
                                                            : ods(data, options);
    // Written whole or not at all: a full disk or a folder one may not write in leaves any
    // earlier file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Could not write “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    if (count)
        *count = int(data.entries.size());
    return true;
}
