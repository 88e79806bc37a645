// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/bodysection.h"

#include "core/frenchtext.h"
#include "dossier/contactmasker.h"
#include "dossier/dossierstyle.h"
#include "dossier/dossiertext.h"
#include "dossier/pagecomposer.h"
#include "dossier/shapeitem.h"
#include "dossier/textlinesitem.h"

using namespace DossierStyle;

namespace {

const QChar Nbsp(0x00A0);

// "Label : value" runs with the labels in bold, on one flowing line.
struct FactLine
{
    QString text;
    QList<QTextLayout::FormatRange> formats;

    void add(const QString &label, const QString &value)
    {
        if (value.isEmpty())
            return;
        if (!text.isEmpty())
            text += DossierText::separator();
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        formats.append({ int(text.size()), int(label.size()), bold });
        text += label + value;
    }
};

QString channelPhrase(Channel::Value channel)
{
    switch (channel) {
    case Channel::Email:
        return QStringLiteral("par courriel");
    case Channel::Letter:
        return QStringLiteral("par courrier");
    case Channel::Phone:
        return QStringLiteral("par téléphone");
    case Channel::Form:
        return QStringLiteral("par formulaire");
    }
    return {};
}

ContactMasker maskerFor(const DossierEntry &e, bool printsContact)
{
    if (printsContact)
        return ContactMasker({}, { e.contribution.contact.email, e.contribution.contact.phone });
    return ContactMasker(e.senderNames);
}

} // namespace

BodySection::BodySection(const DossierData &data, const DossierOptions &options)
    : m_data(data)
    , m_options(options)
    , m_groups(DossierGrouping::group(data, options.grouping))
{
    for (const Theme &t : data.themes)
        m_themeLabels.insert(t.code, DossierText::prose(t.frenchLabel));
    for (const Subtopic &s : data.subtopics)
        m_subtopicLabels.insert(s.code, DossierText::prose(s.frenchLabel));
    m_entryAnchors.resize(data.entries.size());
    plan(m_groups, 1);
}

bool BodySection::printsContact(const DossierEntry &entry, const DossierOptions &options)
{
    return options.includeContacts && entry.contribution.consentToPublishName
        && !entry.contribution.contact.isEmpty();
}

QString BodySection::entryTitle(int index) const
{
    return title(m_data.entries.at(index), m_options);
}

QString BodySection::whoPhrase(const DossierEntry &e)
{
    if (!e.authority.isValid())
        return QStringLiteral("Collectivité non précisée");
    QString who = DossierText::name(e.authority.name) + DossierText::separator()
        + (e.authority.kind == Authority::Kind::Commune ? QStringLiteral("commune") : QStringLiteral("intercommunalité"));
    if (!e.departementName.isEmpty())
        who += DossierText::separator() + DossierText::name(e.departementName) + QStringLiteral(" (")
            + e.authority.departement + QLatin1Char(')');
    if (e.authority.population > 0)
        who += DossierText::separator() + DossierText::inhabitants(e.authority.population);
    return who;
}

QString BodySection::contactPhrase(const Contact &contact)
{
    QStringList parts { DossierText::name(contact.name) };
    if (!contact.role.isEmpty())
        parts.last() += QStringLiteral(", ") + contact.role;
    for (const QString &detail : { contact.email, contact.phone })
        if (!detail.isEmpty())
            parts.append(detail);
    return parts.join(DossierText::separator());
}

ContactMasker BodySection::masker(const DossierEntry &entry, const DossierOptions &options)
{
    return maskerFor(entry, printsContact(entry, options));
}

QString BodySection::title(const DossierEntry &entry, const DossierOptions &options)
{
    const QString title = masker(entry, options).mask(entry.contribution.title).simplified();
    return title.isEmpty() ? QStringLiteral("Contribution sans titre") : DossierText::prose(title);
}

QString BodySection::receivedPhrase(const Contribution &c, const QString &timeZone)
{
    QString received = QStringLiteral("Reçue le ") + DossierText::date(c.receivedAt, timeZone);
    const QString channel = channelPhrase(c.channel);
    if (!channel.isEmpty())
        received += QLatin1Char(' ') + channel;
    if (c.lateOverride)
        received += QStringLiteral(" (après la clôture, acceptée)");
    // Its text was edited by a person from what the email said.
    if (c.textReviewed)
        received += DossierText::separator() + QStringLiteral("texte revu");
    return received;
}

void BodySection::plan(const QList<DossierGroup> &groups, int level)
{
    for (const DossierGroup &g : groups) {
        auto anchor = std::make_shared<Anchor>();
        m_groupAnchors.append(anchor);
        m_outline.append({ g.title, level, anchor });
        plan(g.children, level + 1);
        for (int i : g.entries) {
            m_entryAnchors[i] = std::make_shared<Anchor>();
            m_outline.append({ entryTitle(i), level + 1, m_entryAnchors[i] });
        }
    }
}

bool BodySection::compose(
    PageComposer &composer, const std::function<void(int)> &progress, const std::atomic_bool *cancel) const
{
    int done = 0;
    int nextGroup = 0;
    for (const DossierGroup &g : m_groups)
        if (!composeGroup(composer, g, 1, progress, cancel, &done, &nextGroup))
            return false;
    return true;
}

bool BodySection::composeGroup(PageComposer &composer, const DossierGroup &group, int level,
    const std::function<void(int)> &progress, const std::atomic_bool *cancel, int *done, int *nextGroup) const
{
    const AnchorPtr anchor = m_groupAnchors.at((*nextGroup)++);
    const QColor color = group.themeIndex >= 0 ? themeColor(group.themeIndex) : accent();
    const qreal width = composer.width();
    const QRectF frame = composer.frame();
    int count = int(group.entries.size());
    for (const DossierGroup &child : group.children)
        count += int(child.entries.size());
    const QString countText =
        DossierText::count(count, QStringLiteral("contribution"), QStringLiteral("contributions"));

    if (group.startsPage) {
        // A part opens a page with a coloured band, as the chapters of a printed report do.
        composer.setSection(group.title);
        composer.breakPage();
        const auto title =
            PageComposer::text(group.title, { sans(19, true), Qt::white, Qt::AlignLeft, 25, 0 }, width - 36);
        const qreal bandHeight = title->height() + 50;
        const QRectF band = composer.reserve(bandHeight);
        composer.place(anchor);
        anchor->y = band.top();
        composer.addItem(ShapeItem::rect(band, color));
        composer.addItem(
            std::make_unique<TextLinesItem>(title, band.topLeft() + QPointF(18, 16), 0, title->lineCount()));
        const auto sub = PageComposer::text(
            countText, { sans(9.5), QColor(0xf2, 0xf5, 0xf8), Qt::AlignLeft, 13, 0 }, width - 36);
        composer.addItem(
            std::make_unique<TextLinesItem>(sub, QPointF(band.left() + 18, band.bottom() - 24), 0, 1));
        composer.skip(22);
    } else {
        const bool major = level == 1;
        const auto title = PageComposer::text(
            group.title, { sans(major ? 14 : 12, true), color, Qt::AlignLeft, major ? 19 : 16.5, 0 }, width);
        composer.skip(major ? 20 : 16);
        composer.ensureSpace(title->height() + 150);
        composer.place(anchor);
        composer.addText(title);
        const qreal ruleY = composer.y() + 3;
        composer.addItem(ShapeItem::line(
            QPointF(frame.left(), ruleY), QPointF(frame.right(), ruleY), color, major ? 1.2 : 0.6));
        composer.moveTo(ruleY + 4);
        composer.addText(PageComposer::text(countText, { sans(8), muted(), Qt::AlignLeft, 12, 0 }, width));
        composer.skip(8);
    }

    for (const DossierGroup &child : group.children)
        if (!composeGroup(composer, child, level + 1, progress, cancel, done, nextGroup))
            return false;
    for (int i : group.entries) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        composeEntry(composer, i, group.themeIndex);
        ++*done;
        if (progress)
            progress(*done);
    }
    return true;
}

void BodySection::composeEntry(PageComposer &composer, int index, int themeIndex) const
{
    const DossierEntry &e = m_data.entries.at(index);
    const Contribution &c = e.contribution;
    const bool contact = printsContact(e, m_options);
    const ContactMasker masker = maskerFor(e, contact);
    const int colorIndex = themeIndex >= 0 ? themeIndex : DossierGrouping::themeIndex(m_data, c.primaryTheme);
    const QColor color = colorIndex >= 0 ? themeColor(colorIndex) : accent();
    const qreal width = composer.width();
    const QRectF frame = composer.frame();
    const TextBlock::Style small { sans(8), muted(), Qt::AlignLeft, 11.5, 0 };

    const auto title =
        PageComposer::text(entryTitle(index), { sans(12, true), ink(), Qt::AlignLeft, 16, 0 }, width);

    // Who: the authority, in bold, then what it is.
    const QString who = whoPhrase(e);
    QList<QTextLayout::FormatRange> whoFormats;
    if (e.authority.isValid()) {
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        bold.setForeground(ink());
        whoFormats.append({ 0, int(DossierText::name(e.authority.name).size()), bold });
    }
    const auto whoBlock =
        PageComposer::text(who, { sans(8.5), muted(), Qt::AlignLeft, 12, 0 }, width, whoFormats);

    // When and about what.
    FactLine about;
    about.text = receivedPhrase(c, m_data.campaign.timeZone);
    QStringList themes;
    for (const QString &t : c.themes)
        themes.append(m_themeLabels.value(t, t)
            + (t == c.primaryTheme && c.themes.size() > 1 ? QStringLiteral(" (principal)") : QString()));
    QStringList subtopics;
    for (const QString &s : c.subtopics)
        subtopics.append(m_subtopicLabels.value(s, s));
    QStringList tags;
    for (const QString &t : c.tags)
        tags.append(DossierText::prose(masker.mask(t)));
    about.add(themes.size() > 1 ? QStringLiteral("Thèmes") + Nbsp + QStringLiteral(": ")
                                : QStringLiteral("Thème") + Nbsp + QStringLiteral(": "),
        themes.join(QStringLiteral(", ")));
    // Labels are held together like names: "Mots-" must not end a line.
    about.add(DossierText::name(QStringLiteral("Sous-thèmes")) + Nbsp + QStringLiteral(": "),
        subtopics.join(QStringLiteral(", ")));
    about.add(DossierText::name(QStringLiteral("Mots-clés")) + Nbsp + QStringLiteral(": "),
        tags.join(QStringLiteral(", ")));
    const auto aboutBlock = PageComposer::text(about.text, small, width, about.formats);

    // Keep the heading with its facts and the first lines of the text.
    composer.skip(16);
    composer.ensureSpace(4 + title->height() + whoBlock->height() + aboutBlock->height() + 60);
    composer.addItem(ShapeItem::rect(QRectF(frame.left(), composer.y(), 28, 2.2), color));
    composer.moveTo(composer.y() + 7);
    composer.place(m_entryAnchors.at(index));
    composer.addText(title);
    composer.skip(1);
    composer.addText(whoBlock);
    composer.addText(aboutBlock);

    if (contact) {
        FactLine person;
        person.add(QStringLiteral("Contact") + Nbsp + QStringLiteral(": "), contactPhrase(c.contact));
        composer.addText(PageComposer::text(person.text, small, width, person.formats));
    }
    composer.skip(6);

    const TextBlock::Style body { serif(10), ink(), Qt::AlignJustify, 14.2, 0 };
    for (const QString &p : DossierText::paragraphs(masker.mask(c.text))) {
        composer.addText(PageComposer::text(DossierText::prose(p), body, width));
        composer.skip(4.5);
    }
    const QStringList difficulties = DossierText::paragraphs(masker.mask(c.difficulties));
    if (!difficulties.isEmpty()) {
        composer.skip(3);
        const auto heading = PageComposer::text(
            QStringLiteral("Difficultés rencontrées"), { sans(9, true), color, Qt::AlignLeft, 14, 0 }, width);
        composer.ensureSpace(heading->height() + 2 * 14.2);
        composer.addText(heading);
        for (const QString &p : difficulties) {
            composer.addText(PageComposer::text(DossierText::prose(p), body, width - 10), 10);
            composer.skip(4.5);
        }
    }
    if (m_options.listAttachments && !e.attachmentNames.isEmpty()) {
        QStringList names;
        for (const QString &n : e.attachmentNames)
            names.append(masker.mask(n));
        FactLine files;
        files.add((names.size() > 1 ? QStringLiteral("Pièces jointes") : QStringLiteral("Pièce jointe"))
                + Nbsp + QStringLiteral(": "),
            names.join(QStringLiteral("\u202F; ")));
        composer.skip(2);
        composer.addText(PageComposer::text(files.text, small, width, files.formats));
    }
}
