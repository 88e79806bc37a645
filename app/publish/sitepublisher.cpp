// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/sitepublisher.h"

#include "core/frenchtext.h"
#include "dossier/barchart.h"
#include "dossier/bodysection.h"
#include "dossier/columnchart.h"
#include "dossier/dossierloader.h"
#include "dossier/dossierstatistics.h"
#include "dossier/dossiertext.h"
#include "dossier/synthesissection.h"
#include "dossier/timelinechart.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTimeZone>

namespace {

// The list of files a publication wrote, so that the next one removes what it no longer has.
const QString ManifestName = QStringLiteral(".recueil-site");

QString h(const QString &text)
{
    return text.toHtmlEscaped();
}

// A paragraph's text: the line breaks DossierText::paragraphs kept (U+2028) become <br>.
QString paragraphHtml(const QString &text)
{
    return QStringLiteral("<p>") + h(text).replace(QChar::LineSeparator, QStringLiteral("<br>\n")) + QStringLiteral("</p>\n");
}

const char *const Css = R"(/* SPDX-License-Identifier: GPL-3.0-or-later */
:root { --ink: #1d1d1f; --muted: #4a4f57; --accent: #1f3b63; --link: #1a4f9c; --rule: #c9ced6; --tint: #eef2f7; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: "Noto Sans", "DejaVu Sans", system-ui, sans-serif; color: var(--ink); background: #fff; line-height: 1.55; }
a { color: var(--link); }
a:focus, button:focus, input:focus, summary:focus { outline: 3px solid #e07b00; outline-offset: 2px; }
.skip { position: absolute; left: -999em; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 2; }
header, main, footer { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem; }
header { border-bottom: 4px solid var(--accent); }
header .site { margin: 0; font-weight: bold; font-size: 1.1rem; }
header .site a { color: var(--accent); text-decoration: none; }
nav ul { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
h1 { color: var(--accent); font-size: 1.9rem; line-height: 1.25; margin: 1rem 0; }
h2 { color: var(--accent); font-size: 1.35rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
.facts { color: var(--muted); font-size: .95rem; }
.figures { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
.figures li { background: var(--tint); border-top: 3px solid var(--accent); padding: .75rem 1rem; min-width: 9rem; }
.figures strong { display: block; font-size: 1.6rem; color: var(--accent); }
figure { margin: 1.5rem 0; }
figure img { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--rule); padding: .25rem .6rem; text-align: left; }
td.n { text-align: right; }
ul.list { padding-left: 1.2rem; }
ul.list li { margin: .4rem 0; }
.difficulties { border-left: 4px solid var(--rule); padding-left: 1rem; }
.filters { background: var(--tint); padding: .5rem 1rem; }
.filters h2 { font-size: 1.05rem; margin: .75rem 0 .25rem; }
.filters ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; }
footer { border-top: 1px solid var(--rule); color: var(--muted); font-size: .9rem; margin-top: 2rem; }
#search { font-size: 1rem; padding: .4rem; width: 100%; max-width: 30rem; }
)";

// Narrows the list of contributions as one types, from the index loaded beside it; without the
// script the page is the whole list, which works as well.
const char *const SearchJs = R"((function () {
  'use strict';
  var list = document.getElementById('contributions');
  var index = window.RECUEIL_INDEX;
  if (!list || !index) { return; }
  var fold = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };
  var label = document.createElement('label');
  label.setAttribute('for', 'search');
  label.textContent = list.getAttribute('data-search-label');
  var box = document.createElement('input');
  box.type = 'search';
  box.id = 'search';
  var status = document.createElement('p');
  status.setAttribute('role', 'status');
  list.parentNode.insertBefore(label, list);
  list.parentNode.insertBefore(box, list);
  list.parentNode.insertBefore(status, list);
  var items = list.querySelectorAll('li[data-id]');
  var texts = {};
  index.forEach(function (e) { texts[e.id] = fold(e.title + ' ' + e.authority + ' ' + e.text); });
  box.addEventListener('input', function () {
    var words = fold(box.value).split(/\s+/).filter(function (w) { return w.length > 1; });
    var shown = 0;
    items.forEach(function (li) {
      var text = texts[li.getAttribute('data-id')] || '';
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      li.hidden = !match;
      if (match) { shown++; }
    });
    status.textContent = words.length ? shown + ' / ' + items.length : '';
  });
}());
)";

class Site
{
    Q_DECLARE_TR_FUNCTIONS(SitePublisher)

public:
    Site(const DossierData &data, const SitePublisher::Options &options)
        : m_data(data)
        , m_english(data.campaign.language == QLatin1String("en"))
    {
        m_dossierOptions.includeContacts = options.withContacts;
        for (const Theme &t : data.themes)
            m_themes.insert(t.code, m_english ? t.englishLabel : t.frenchLabel);
        for (const Subtopic &s : data.subtopics)
            m_subtopics.insert(s.code, m_english ? s.englishLabel : s.frenchLabel);
        // Each contribution appears in several lists: its title is masked and set once.
        for (const DossierEntry &e : data.entries)
            m_titles << BodySection::title(e, m_dossierOptions);
    }

    QHash<QString, QByteArray> build()
    {
        m_files.insert(QStringLiteral("assets/style.css"), QByteArray(Css));
        m_files.insert(QStringLiteral("assets/search.js"), QByteArray(SearchJs));
        home();
        for (int i = 0; i < m_data.entries.size(); ++i)
            contribution(i);
        lists();
        authorities();
        searchIndex();
        return m_files;
    }

private:
    QString t(const QString &french, const QString &english) const { return m_english ? english : french; }

    QString text(const QString &s) const { return m_english ? s : DossierText::prose(s); }

    QString number(qint64 n) const { return m_english ? QLocale(QLocale::English).toString(n) : FrenchText::number(n); }

    QString date(const QDateTime &when) const
    {
        if (!m_english)
            return DossierText::date(when, m_data.campaign.timeZone);
        return QLocale(QLocale::English).toString(when.toTimeZone(QTimeZone(m_data.campaign.timeZone.toUtf8())).date(), QStringLiteral("d MMMM yyyy"));
    }

    // ".." steps from a page back to the root. File names made from codes go through
    // SitePublisher::slug: a code written into the database by hand cannot lead outside the site.
    static QString root(const QString &path) { return QStringLiteral("../").repeated(path.count(QLatin1Char('/'))); }

    void page(const QString &path, const QString &title, const QString &main, const QString &scripts = {})
    {
        const QString up = root(path);
        QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                      "<title>%2</title>\n<link rel=\"stylesheet\" href=\"%3assets/style.css\">\n</head>\n<body>\n")
                           .arg(m_english ? QStringLiteral("en") : QStringLiteral("fr"),
                               h(title + QStringLiteral(" — ") + text(m_data.campaign.name)), up);
        html += QStringLiteral("<a class=\"skip\" href=\"#main\">%1</a>\n").arg(t(QStringLiteral("Aller au contenu"), QStringLiteral("Skip to content")));
        html += QStringLiteral("<header>\n<p class=\"site\"><a href=\"%1index.html\">%2</a></p>\n<nav aria-label=\"%3\">\n<ul>"
                               "<li><a href=\"%1index.html\">%4</a></li><li><a href=\"%1contributions/index.html\">%5</a></li>"
                               "<li><a href=\"%1authorities/index.html\">%6</a></li></ul>\n</nav>\n</header>\n")
                    .arg(up, h(text(m_data.campaign.name)), t(QStringLiteral("Navigation principale"), QStringLiteral("Main navigation")),
                        t(QStringLiteral("Accueil"), QStringLiteral("Home")), t(QStringLiteral("Contributions"), QStringLiteral("Contributions")),
                        t(QStringLiteral("Collectivités"), QStringLiteral("Authorities")));
        html += QStringLiteral("<main id=\"main\">\n") + main + QStringLiteral("</main>\n");
        html += QStringLiteral("<footer>\n<p>%1</p>\n</footer>\n").arg(h(text(m_data.campaign.organisers)));
        html += scripts + QStringLiteral("</body>\n</html>\n");
        m_files.insert(path, html.toUtf8());
    }

    QString entryPath(int index) const
    {
        return SitePublisher::contributionPath(m_data.entries.at(index).contribution, m_data.campaign.timeZone);
    }

    QString authorityPath(const Authority &a) const
    {
        return QStringLiteral("authorities/%1-%2.html").arg(a.code, SitePublisher::slug(a.name));
    }

    QString entryItem(int index, const QString &up) const
    {
        const DossierEntry &e = m_data.entries.at(index);
        return QStringLiteral("<li data-id=\"%1\"><a href=\"%2%3\">%4</a> <span class=\"facts\">— %5</span></li>\n")
            .arg(e.contribution.id)
            .arg(up, entryPath(index), h(m_titles.at(index)),
                h(e.authority.isValid() ? e.authority.name : t(QStringLiteral("collectivité non précisée"), QStringLiteral("authority not given"))));
    }

    QString chart(const PageItem &item, qreal height, const QString &file, const QString &title,
        const QList<std::pair<QString, int>> &figures)
    {
        constexpr qreal width = 460;
        QByteArray svg;
        QBuffer buffer(&svg);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(qCeil(width), qCeil(height)));
        generator.setViewBox(QRectF(0, 0, width, height));
        generator.setTitle(title);
        generator.setDescription(title);
        generator.setResolution(72); // one unit a point, as the charts are drawn
        {
            QPainter painter(&generator);
            item.paint(&painter);
        }
        // The dossier's fonts are not the reader's: say what may stand in for them.
        svg.replace("font-family=\"Noto Sans\"", "font-family=\"Noto Sans, DejaVu Sans, Arial, sans-serif\"");
        svg.replace("font-family=\"Noto Serif\"", "font-family=\"Noto Serif, DejaVu Serif, Georgia, serif\"");
        svg.replace("font-family=\"Sans Serif\"", "font-family=\"Noto Sans, DejaVu Sans, Arial, sans-serif\"");
        m_files.insert(QStringLiteral("assets/") + file, svg);
        QStringList described;
        QString table = QStringLiteral("<table>\n<caption>%1</caption>\n<thead><tr><th scope=\"col\">%2</th><th scope=\"col\">%3</th></tr></thead>\n<tbody>\n")
                            .arg(h(title), t(QStringLiteral("Libellé"), QStringLiteral("Label")), t(QStringLiteral("Contributions"), QStringLiteral("Contributions")));
        for (const auto &[label, count] : figures) {
            described << label + QStringLiteral(" : ") + number(count);
            table += QStringLiteral("<tr><th scope=\"row\">%1</th><td class=\"n\">%2</td></tr>\n").arg(h(label), number(count));
        }
        table += QStringLiteral("</tbody>\n</table>\n");
        return QStringLiteral("<h3>%1</h3>\n<figure>\n<img src=\"assets/%2\" alt=\"%3\" width=\"%4\" height=\"%5\">\n</figure>\n")
                   .arg(h(title), file, h(title + QStringLiteral(" — ") + described.join(QStringLiteral(" ; "))))
                   .arg(qCeil(width))
                   .arg(qCeil(height))
            + table;
    }

    void home()
    {
        const DossierStatistics stats = DossierStatistics::compute(m_data);
        QString main = QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n").arg(h(text(m_data.campaign.name)),
            h(t(QStringLiteral("Appel à témoignages de %1 auprès des collectivités, ouvert du %2 au %3."),
                QStringLiteral("Call for testimonies of local authorities by %1, open from %2 to %3."))
                  .arg(text(m_data.campaign.organisers),
                      m_english ? QLocale(QLocale::English).toString(m_data.campaign.opensOn, QStringLiteral("d MMMM yyyy")) : FrenchText::longDate(m_data.campaign.opensOn),
                      m_english ? QLocale(QLocale::English).toString(m_data.campaign.closesOn, QStringLiteral("d MMMM yyyy")) : FrenchText::longDate(m_data.campaign.closesOn))));
        main += QStringLiteral("<ul class=\"figures\">\n");
        const std::pair<int, QString> figures[] = {
            { stats.contributions, t(QStringLiteral("contributions"), QStringLiteral("contributions")) },
            { stats.authorities, t(QStringLiteral("collectivités"), QStringLiteral("authorities")) },
            { stats.departements, t(QStringLiteral("départements"), QStringLiteral("départements")) },
            { stats.regions, t(QStringLiteral("régions"), QStringLiteral("régions")) },
        };
        for (const auto &[n, label] : figures)
            main += QStringLiteral("<li><strong>%1</strong> %2</li>\n").arg(number(n), h(label));
        main += QStringLiteral("</ul>\n<p><a href=\"contributions/index.html\">%1</a></p>\n")
                    .arg(t(QStringLiteral("Lire les contributions"), QStringLiteral("Read the contributions")));
        if (!m_data.entries.isEmpty()) {
            main += QStringLiteral("<h2>%1</h2>\n").arg(t(QStringLiteral("Synthèse"), QStringLiteral("Summary")));
            if (!m_english)
                main += QStringLiteral("<p>%1</p>\n").arg(h(SynthesisSection(m_data).summary()));
            const auto rows = [](const QList<DossierStatistics::Row> &list) {
                QList<std::pair<QString, int>> out;
                for (const DossierStatistics::Row &r : list)
                    out.append({ r.caption.isEmpty() ? r.label : r.caption + QStringLiteral(" — ") + r.label, r.count });
                return out;
            };
            main += chart(BarChart(QRectF(0, 0, 460, BarChart::heightFor(stats.perTheme)), stats.perTheme),
                BarChart::heightFor(stats.perTheme), QStringLiteral("chart-themes.svg"),
                t(QStringLiteral("Contributions par thème principal"), QStringLiteral("Contributions by main theme")), rows(stats.perTheme));
            QMap<QDate, int> weeks;
            for (const QDate &d : stats.receipts)
                ++weeks[d.addDays(1 - d.dayOfWeek())];
            QList<std::pair<QString, int>> perWeek;
            for (auto it = weeks.cbegin(); it != weeks.cend(); ++it)
                perWeek.append({ t(QStringLiteral("Semaine du "), QStringLiteral("Week of ")) + (m_english ? QLocale(QLocale::English).toString(it.key(), QStringLiteral("d MMMM yyyy")) : FrenchText::longDate(it.key())), it.value() });
            main += chart(TimelineChart(QRectF(0, 0, 460, 190), stats.receipts, stats.opensOn, stats.closesOn), 190,
                QStringLiteral("chart-receipts.svg"), t(QStringLiteral("Réception des contributions"), QStringLiteral("Contributions received")), perWeek);
            main += chart(BarChart(QRectF(0, 0, 460, BarChart::heightFor(stats.perSubtopic)), stats.perSubtopic),
                BarChart::heightFor(stats.perSubtopic), QStringLiteral("chart-subtopics.svg"),
                t(QStringLiteral("Sous-thèmes abordés"), QStringLiteral("Sub-topics")), rows(stats.perSubtopic));
            QList<std::pair<QString, int>> bands;
            for (const DossierStatistics::Band &b : stats.perBand)
                bands.append({ b.label, b.communes + b.intercommunalites });
            main += chart(ColumnChart(QRectF(0, 0, 460, 170), stats.perBand), 170, QStringLiteral("chart-population.svg"),
                t(QStringLiteral("Collectivités par nombre d’habitants"), QStringLiteral("Authorities by population")), bands);
            main += chart(BarChart(QRectF(0, 0, 460, BarChart::heightFor(stats.perRegion)), stats.perRegion),
                BarChart::heightFor(stats.perRegion), QStringLiteral("chart-regions.svg"),
                t(QStringLiteral("Contributions par région"), QStringLiteral("Contributions by région")), rows(stats.perRegion));
        }
        page(QStringLiteral("index.html"), t(QStringLiteral("Accueil"), QStringLiteral("Home")), main);
    }

    void contribution(int index)
    {
        const DossierEntry &e = m_data.entries.at(index);
        const Contribution &c = e.contribution;
        const ContactMasker masker = BodySection::masker(e, m_dossierOptions);
        const QString path = entryPath(index);
        const QString up = root(path);
        QString main = QStringLiteral("<article>\n<h1>%1</h1>\n").arg(h(m_titles.at(index)));
        main += QStringLiteral("<dl class=\"facts\">\n");
        const auto fact = [&main](const QString &term, const QString &value) {
            if (!value.isEmpty())
                main += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(term, value);
        };
        if (e.authority.isValid()) {
            QString who = QStringLiteral("<a href=\"%1%2\">%3</a>, %4").arg(up, authorityPath(e.authority), h(e.authority.name),
                e.authority.kind == Authority::Kind::Commune ? t(QStringLiteral("commune"), QStringLiteral("commune"))
                                                             : t(QStringLiteral("intercommunalité"), QStringLiteral("intercommunalité")));
            if (!e.departementName.isEmpty())
                who += QStringLiteral(", ") + h(e.departementName) + QStringLiteral(" (") + h(e.authority.departement) + QLatin1Char(')');
            fact(t(QStringLiteral("Collectivité"), QStringLiteral("Authority")), who);
            if (e.authority.population > 0)
                fact(t(QStringLiteral("Population"), QStringLiteral("Population")),
                    number(e.authority.population) + t(QStringLiteral("\u00A0habitants"), QStringLiteral(" inhabitants")));
        }
        fact(t(QStringLiteral("Reçue le"), QStringLiteral("Received")), h(date(c.receivedAt)));
        QStringList themes;
        for (const QString &code : c.themes)
            themes << QStringLiteral("<a href=\"%1themes/%2.html\">%3</a>").arg(up, SitePublisher::slug(code), h(m_themes.value(code, code)));
        fact(t(QStringLiteral("Thèmes"), QStringLiteral("Themes")), themes.join(QStringLiteral(", ")));
        QStringList subtopics;
        for (const QString &code : c.subtopics)
            subtopics << QStringLiteral("<a href=\"%1subtopics/%2.html\">%3</a>").arg(up, SitePublisher::slug(code), h(m_subtopics.value(code, code)));
        fact(t(QStringLiteral("Sous-thèmes"), QStringLiteral("Sub-topics")), subtopics.join(QStringLiteral(", ")));
        if (BodySection::printsContact(e, m_dossierOptions)) {
            QStringList contact { h(c.contact.name) };
            if (!c.contact.role.isEmpty())
                contact.last() += QStringLiteral(", ") + h(c.contact.role);
            for (const QString &detail : { c.contact.email, c.contact.phone })
                if (!detail.isEmpty())
                    contact << h(detail);
            fact(t(QStringLiteral("Contact"), QStringLiteral("Contact")), contact.join(QStringLiteral(" · ")));
        }
        main += QStringLiteral("</dl>\n");
        for (const QString &p : DossierText::paragraphs(masker.mask(c.text)))
            main += paragraphHtml(text(p));
        const QStringList difficulties = DossierText::paragraphs(masker.mask(c.difficulties));
        if (!difficulties.isEmpty()) {
            main += QStringLiteral("<section class=\"difficulties\">\n<h2>%1</h2>\n")
                        .arg(t(QStringLiteral("Difficultés rencontrées"), QStringLiteral("Difficulties encountered")));
            for (const QString &p : difficulties)
                main += paragraphHtml(text(p));
            main += QStringLiteral("</section>\n");
        }
        main += QStringLiteral("</article>\n");
        page(path, m_titles.at(index), main);
    }

    // The list of all contributions, and one per theme, sub-topic, région, département and kind.
    void lists()
    {
        QMap<QString, QList<int>> byTheme, bySubtopic, byRegion, byDepartement, byKind;
        QHash<QString, QString> regionNames, departementNames;
        for (int i = 0; i < m_data.entries.size(); ++i) {
            const DossierEntry &e = m_data.entries.at(i);
            for (const QString &code : e.contribution.themes)
                byTheme[code] << i;
            for (const QString &code : e.contribution.subtopics)
                bySubtopic[code] << i;
            if (e.authority.isValid()) {
                byRegion[e.authority.region] << i;
                regionNames.insert(e.authority.region, e.regionName);
                byDepartement[e.authority.departement] << i;
                departementNames.insert(e.authority.departement, e.departementName);
                byKind[e.authority.kindCode()] << i;
            }
        }
        const QHash<QString, QString> kinds { { QStringLiteral("commune"), t(QStringLiteral("Communes"), QStringLiteral("Communes")) },
            { QStringLiteral("epci"), t(QStringLiteral("Intercommunalités"), QStringLiteral("Intercommunalités")) } };

        const auto filters = [&](const QString &up) -> QString {
            QString out = QStringLiteral("<nav class=\"filters\" aria-label=\"%1\">\n").arg(t(QStringLiteral("Filtrer les contributions"), QStringLiteral("Filter the contributions")));
            const auto group = [&](const QString &title, const QString &folder, const QMap<QString, QList<int>> &map,
                                   const std::function<QString(const QString &)> &name) {
                if (map.isEmpty())
                    return;
                out += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(h(title));
                for (auto it = map.cbegin(); it != map.cend(); ++it)
                    out += QStringLiteral("<li><a href=\"%1%2/%3.html\">%4</a> (%5)</li>\n")
                               .arg(up, folder, SitePublisher::slug(it.key()), h(name(it.key())), number(it.value().size()));
                out += QStringLiteral("</ul>\n");
            };
            group(t(QStringLiteral("Par thème"), QStringLiteral("By theme")), QStringLiteral("themes"), byTheme, [&](const QString &c) { return m_themes.value(c, c); });
            group(t(QStringLiteral("Par sous-thème"), QStringLiteral("By sub-topic")), QStringLiteral("subtopics"), bySubtopic, [&](const QString &c) { return m_subtopics.value(c, c); });
            group(t(QStringLiteral("Par région"), QStringLiteral("By région")), QStringLiteral("regions"), byRegion, [&](const QString &c) { return regionNames.value(c, c); });
            group(t(QStringLiteral("Par département"), QStringLiteral("By département")), QStringLiteral("departements"), byDepartement,
                [&](const QString &c) -> QString { return departementNames.value(c, c) + QStringLiteral(" (") + c + QLatin1Char(')'); });
            group(t(QStringLiteral("Par nature"), QStringLiteral("By kind")), QStringLiteral("kinds"), byKind, [&](const QString &c) { return kinds.value(c, c); });
            out += QStringLiteral("</nav>\n");
            return out;
        };
        const auto listPage = [&](const QString &path, const QString &title, const QList<int> &entries, bool all) {
            const QString up = root(path);
            QString main = QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n").arg(h(title),
                h(m_english ? QStringLiteral("%1 contribution(s)").arg(entries.size())
                            : DossierText::count(entries.size(), QStringLiteral("contribution"), QStringLiteral("contributions"))));
            main += QStringLiteral("<ul class=\"list\" id=\"contributions\" data-search-label=\"%1\">\n")
                        .arg(t(QStringLiteral("Chercher dans les contributions"), QStringLiteral("Search the contributions")));
            for (int i : entries)
                main += entryItem(i, up);
            main += QStringLiteral("</ul>\n") + filters(up);
            const QString scripts = all ? QStringLiteral("<script src=\"%1assets/search-index.js\" defer></script>\n<script src=\"%1assets/search.js\" defer></script>\n").arg(up) : QString();
            page(path, title, main, scripts);
        };
        QList<int> all;
        for (int i = 0; i < m_data.entries.size(); ++i)
            all << i;
        listPage(QStringLiteral("contributions/index.html"), t(QStringLiteral("Toutes les contributions"), QStringLiteral("All contributions")), all, true);
        for (auto it = byTheme.cbegin(); it != byTheme.cend(); ++it)
            listPage(QStringLiteral("themes/%1.html").arg(SitePublisher::slug(it.key())), m_themes.value(it.key(), it.key()), it.value(), false);
        for (auto it = bySubtopic.cbegin(); it != bySubtopic.cend(); ++it)
            listPage(QStringLiteral("subtopics/%1.html").arg(SitePublisher::slug(it.key())), m_subtopics.value(it.key(), it.key()), it.value(), false);
        for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it)
            listPage(QStringLiteral("regions/%1.html").arg(SitePublisher::slug(it.key())), regionNames.value(it.key(), it.key()), it.value(), false);
        for (auto it = byDepartement.cbegin(); it != byDepartement.cend(); ++it)
            listPage(QStringLiteral("departements/%1.html").arg(SitePublisher::slug(it.key())), departementNames.value(it.key(), it.key()), it.value(), false);
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            listPage(QStringLiteral("kinds/%1.html").arg(SitePublisher::slug(it.key())), kinds.value(it.key()), it.value(), false);
    }

    void authorities()
    {
        QMap<QString, QList<int>> byAuthority; // by name, for the index
        QHash<QString, Authority> authority;
        for (int i = 0; i < m_data.entries.size(); ++i) {
            const Authority &a = m_data.entries.at(i).authority;
            if (!a.isValid())
                continue;
            const QString key = FrenchText::foldForSearch(a.name) + QLatin1Char('|') + a.code;
            byAuthority[key] << i;
            authority.insert(key, a);
        }
        QString index = QStringLiteral("<h1>%1</h1>\n<ul class=\"list\">\n").arg(t(QStringLiteral("Collectivités"), QStringLiteral("Authorities")));
        for (auto it = byAuthority.cbegin(); it != byAuthority.cend(); ++it) {
            const Authority &a = authority.value(it.key());
            const DossierEntry &first = m_data.entries.at(it.value().first());
            index += QStringLiteral("<li><a href=\"../%1\">%2</a> <span class=\"facts\">— %3</span></li>\n")
                         .arg(authorityPath(a), h(a.name), h(first.departementName));
            const QString path = authorityPath(a);
            QString main = QStringLiteral("<h1>%1</h1>\n<p class=\"facts\">%2</p>\n<ul class=\"list\">\n").arg(h(a.name),
                h(QStringList { a.kind == Authority::Kind::Commune ? t(QStringLiteral("Commune"), QStringLiteral("Commune")) : t(QStringLiteral("Intercommunalité"), QStringLiteral("Intercommunalité")),
                      first.departementName, first.regionName,
                      a.population > 0 ? number(a.population) + t(QStringLiteral("\u00A0habitants"), QStringLiteral(" inhabitants")) : QString() }
                      .filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(" · "))));
            for (int i : it.value())
                main += entryItem(i, root(path));
            main += QStringLiteral("</ul>\n");
            page(path, a.name, main);
        }
        index += QStringLiteral("</ul>\n");
        page(QStringLiteral("authorities/index.html"), t(QStringLiteral("Collectivités"), QStringLiteral("Authorities")), index);
    }

    // What the search box reads: titles, authorities and the start of each text.
    void searchIndex()
    {
        QJsonArray entries;
        for (int i = 0; i < m_data.entries.size(); ++i) {
            const DossierEntry &e = m_data.entries.at(i);
            const ContactMasker masker = BodySection::masker(e, m_dossierOptions);
            entries.append(QJsonObject { { QStringLiteral("id"), QString::number(e.contribution.id) },
                { QStringLiteral("title"), m_titles.at(i) },
                { QStringLiteral("authority"), e.authority.isValid() ? e.authority.name : QString() },
                { QStringLiteral("text"), masker.mask(e.contribution.text + QLatin1Char(' ') + e.contribution.difficulties).left(2000) } });
        }
        m_files.insert(QStringLiteral("assets/search-index.js"),
            "window.RECUEIL_INDEX = " + QJsonDocument(entries).toJson(QJsonDocument::Compact) + ";\n");
    }

    const DossierData &m_data;
    const bool m_english;
    DossierOptions m_dossierOptions;
    QHash<QString, QString> m_themes;
    QHash<QString, QString> m_subtopics;
    QHash<QString, QByteArray> m_files;
    QStringList m_titles; // by entry
};

} // namespace

SitePublisher::SitePublisher(const DossierData &data, const Options &options)
    : m_data(data)
    , m_options(options)
{ }

QString SitePublisher::slug(const QString &text)
{
    QString s = FrenchText::foldForSearch(text);
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    s = s.left(60);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    return s.isEmpty() ? QStringLiteral("contribution") : s;
}

QString SitePublisher::contributionPath(const Contribution &c, const QString &timeZone)
{
    const int year = c.receivedAt.toTimeZone(QTimeZone(timeZone.toUtf8())).date().year();
    return QStringLiteral("contributions/%1-%2-%3.html").arg(year).arg(c.id).arg(slug(c.title));
}

QHash<QString, QByteArray> SitePublisher::files() const
{
    return Site(m_data, m_options).build();
}

bool SitePublisher::publish(const QString &folder, Result *result, QString *error) const
{
    const QHash<QString, QByteArray> site = files();
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = tr("The folder “%1” could not be created.").arg(folder);
        return false;
    }
    Result r;
    r.pages = int(site.size());
    for (auto it = site.cbegin(); it != site.cend(); ++it) {
        const QString path = dir.filePath(it.key());
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.size() == it.value().size() && existing.readAll() == it.value())
            continue; // unchanged: left as it is
        existing.close();
        QSaveFile file(path);
        if (!dir.mkpath(QFileInfo(it.key()).path()) || !file.open(QIODevice::WriteOnly)
            || file.write(it.value()) != it.value().size() || !file.commit()) {
            *error = tr("Could not write “%1”: %2.").arg(path, file.errorString());
            return false;
        }
        ++r.written;
        r.changed << it.key();
    }
    // What the previous publication wrote and this one does not: a contribution no longer
    // validated must not stay online. Only files Recueil wrote are removed.
    QFile manifest(dir.filePath(ManifestName));
    if (manifest.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : manifest.readAll().split('\n')) {
            const QString name = QString::fromUtf8(line);
            if (!name.isEmpty() && !site.contains(name) && !name.contains(QLatin1String("..")) && QFile::remove(dir.filePath(name)))
                ++r.removed;
        }
        manifest.close();
    }
    QStringList names = site.keys();
    names.sort();
    QSaveFile list(dir.filePath(ManifestName));
    const QByteArray bytes = names.join(QLatin1Char('\n')).toUtf8() + '\n';
    if (!list.open(QIODevice::WriteOnly) || list.write(bytes) != bytes.size() || !list.commit()) {
        *error = tr("Could not write “%1”: %2.").arg(list.fileName(), list.errorString());
        return false;
    }
    if (result)
        *result = r;
    return true;
}

bool SitePublisher::publish(Database &db, const Options &options, const QString &folder, Result *result, QString *error)
{
    DossierData data;
    DossierOptions selection;
    selection.includeContacts = options.withContacts;
    if (!DossierLoader(db).load(selection, &data, error))
        return false;
    return SitePublisher(data, options).publish(folder, result, error);
}
