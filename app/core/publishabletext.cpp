// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publishabletext.h"

#include "core/frenchtext.h"

#include <QRegularExpression>

namespace PublishableText {

namespace {

using Kind = Part::Kind;

QRegularExpression re(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

const QRegularExpression &markerLine()
{
    static const QRegularExpression r = re("^— Complément reçu .*—\\s*$");
    return r;
}
const QRegularExpression &greeting()
{
    static const QRegularExpression r = re(
        "^(madame,? monsieur|mesdames,? messieurs|madame|monsieur|bonjour|bonsoir|hello|hi|dear\\b.*|"
        "cher[se]?\\b.*|chères?\\b.*|salut|à l'attention de\\b.*)"
        "( à (tous|toutes|tous et à toutes|toutes et à tous|tous et toutes|toutes et tous|vous)| tout le monde| madame| monsieur| mesdames| messieurs| all| everyone"
        "| [A-ZÀ-Ý][\\p{L}'’-]+( [A-ZÀ-Ý][\\p{L}'’-]+)?)?\\s*[,!.]*\\s*$");
    return r;
}
// « Madame la Présidente, Monsieur le Président, », « Monsieur le Maire, »: titles addressed.
const QRegularExpression &formalGreeting()
{
    static const QRegularExpression r = re(
        "^(((madame|monsieur|mesdames|messieurs)( (le|la|les|l['’]))?( ?[\\p{L}'’-]+){0,3})\\s*(,|et|/)?\\s*){1,3}[,!.]*\\s*$");
    return r;
}
const QRegularExpression &closing()
{
    static const QRegularExpression r = re(
        "^((bien |très |trés )?(cordialement|sincèrement|amicalement|respectueusement)|cdlt|bien à (vous|toi|tous)|"
        "(je reste|nous restons|restant) à (votre|ta|vos) (entière )?disposition\\b.*|"
        "n.hésitez pas à (me|nous) (contacter|solliciter|joindre)\\b.*|"
        "((meilleures|sincères|respectueuses|cordiales) )?salutations( distinguées| cordiales| respectueuses)?|bonne (journée|soirée|fin de journée|semaine|fin de semaine|continuation)( à (vous|tous|toutes|toi))?|"
        "(à|a) (très )?bientôt|merci (pour|de) (cette|votre) (initiative|appel|démarche|travail)\\b.*|"
        "(je vous prie d.|nous vous prions d.|veuillez |vous voudrez bien )agréer\\b.*|(recevez|veuillez recevoir|"
        "je vous prie de croire|nous vous prions de croire)\\b.*|dans l.attente\\b.*|en vous (remerciant|souhaitant)\\b.*|"
        "avec (mes|nos) (meilleures|sincères|cordiales) salutations\\b.*|merci( d.avance| par avance| de votre "
        "attention| pour votre attention| beaucoup)?|"
        "(best|kind|warm)( regards| wishes)?|all the best|regards|sincerely( yours)?|yours (sincerely|faithfully)|many thanks|thanks?( you)?"
        "|cheers)\\s*[,!.]*\\s*$");
    return r;
}
const QRegularExpression &replyHeader()
{
    static const QRegularExpression r = re("^(le|on)\\b.*(a écrit|wrote)\\s*:\\s*$");
    return r;
}
const QRegularExpression &originalMessage()
{
    static const QRegularExpression r =
        re("^[-_]{2,}\\s*(message d.origine|original message|message original)\\s*[-_]{2,}\\s*$");
    return r;
}
const QRegularExpression &forwardLine()
{
    static const QRegularExpression r = re(
        "^([-_]{2,}\\s*(forwarded message|message transféré|courriel transféré|mail transféré)\\s*[-_]{2,}|"
        "début du message (réexpédié|transféré)\\s*:|begin forwarded message\\s*:)\\s*$");
    return r;
}
const QRegularExpression &headerLine()
{
    static const QRegularExpression r =
        re("^\\*?(de|from|date|envoyé|sent|à|a|to|pour|cc|objet|sujet|subject|reply-to|répondre à)\\*?\\s*:\\s*.*$");
    return r;
}
const QRegularExpression &separatorLine()
{
    static const QRegularExpression r = re("^\\s*_{8,}\\s*$");
    return r;
}
const QRegularExpression &mobileFooter()
{
    static const QRegularExpression r = re(
        "^(envoyé (de|depuis) mon\\b.*|sent from my\\b.*|get outlook for\\b.*|obtenir outlook pour\\b.*|"
        "téléchargez outlook\\b.*)$");
    return r;
}
const QRegularExpression &residue()
{
    static const QRegularExpression r = re(
        "^(\\[(cid|image):[^\\]]*\\](<https?://[^>\\s]*>)?|<?https?://\\S*(utm_|mailtrack|/trk/|/track/|click\\.)\\S*>?|"
        "\\[https?://\\S*(utm_|mailtrack|/trk/|/track/)\\S*\\])$");
    return r;
}
const QRegularExpression &disclaimer()
{
    static const QRegularExpression r = re(
        "(ce (message|courriel|mail|e-mail) et (toutes )?(les |ses )?pièces jointes|(est|sont) (strictement )?"
        "confidentiel|destinataires? (exclusifs?|désignés?)|this e-?mail and any|is confidential and (is )?intended|"
        "pensez à l.environnement|avant d.imprimer|n.imprimez ce|please consider the environment)");
    return r;
}
const QRegularExpression &difficultiesHeading()
{
    static const QRegularExpression r = re(
        "^\\s*[-•*]?\\s*(difficultés?( rencontrées)?|(les )?freins?( identifiés| rencontrés)?|points? de vigilance|limites?|"
        "difficulties( encountered)?|challenges)(\\s*:\\s*(?<rest>.*)|\\s*)$");
    return r;
}
const QRegularExpression &phone()
{
    static const QRegularExpression r = re("(\\+33|0033|\\b0)[ .\\-]?[1-9]([ .\\-]?\\d{2}){4}\\b");
    return r;
}
const QRegularExpression &contactLine()
{
    static const QRegularExpression r =
        re("(@|www\\.|https?://|\\b\\d{5}\\b|\\b(tél|tel|port|mob|fax|standard)\\b\\.?\\s*:?)");
    return r;
}
const QRegularExpression &personName()
{
    static const QRegularExpression r(
        QStringLiteral("^\\p{Lu}[\\p{L}'’-]+( \\p{Lu}[\\p{L}'’.-]*){1,3}$"), QRegularExpression::UseUnicodePropertiesOption);
    return r;
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

bool startsAnItem(const QString &line)
{
    static const QRegularExpression item(QStringLiteral("^\\s*([-–•*·▪➢>]|\\d{1,2}[.)]|[a-z][.)])\\s"));
    return item.match(line).hasMatch();
}

QString folded(const QString &s)
{
    return FrenchText::foldForSearch(s);
}

class Classifier
{
public:
    Classifier(const QStringList &lines, const Context &context)
        : m_lines(lines)
        , m_kinds(lines.size(), Kind::Text)
        , m_context(context)
    { }

    QList<Kind> run()
    {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= m_lines.size(); ++i) {
            if (i == m_lines.size() || markerLine().match(m_lines.at(i).trimmed()).hasMatch()) {
                block(start, i);
                if (i < m_lines.size())
                    m_kinds[i] = Kind::Marker;
                start = i + 1;
            }
        }
        return m_kinds;
    }

private:
    bool isText(qsizetype i) const { return m_kinds.at(i) == Kind::Text; }
    QString trimmed(qsizetype i) const { return m_lines.at(i).trimmed(); }

    void mark(qsizetype from, qsizetype to, Kind kind)
    {
        for (qsizetype i = from; i < to; ++i)
            if (m_kinds.at(i) == Kind::Text)
                m_kinds[i] = kind;
    }

    // Characters of testimony in [from, to): how much was said before a header.
    qsizetype textBefore(qsizetype from, qsizetype to) const
    {
        qsizetype n = 0;
        for (qsizetype i = from; i < to; ++i)
            if (isText(i) && !greeting().match(trimmed(i)).hasMatch())
                n += trimmed(i).size();
        return n;
    }

    void block(qsizetype b, qsizetype e)
    {
        quotesAndForwards(b, e);
        signatureDelimiter(b, e);
        footers(b, e);
        greetingLine(b, e);
        closingLine(b, e);
        recognisedSignature(b, e);
        difficulties(b, e);
    }

    // What the subject says of a header block inside the text: a reply quotes, a forward passes
    // a testimony on; unknown when the subject says neither.
    enum class Subject { Unknown, Reply, Forward };
    Subject subjectKind() const
    {
        static const QRegularExpression reply = re("^\\s*(re|aw|sv|rép|rep)\\s*(\\[\\d+\\])?\\s*:");
        static const QRegularExpression forward = re("^\\s*((re|aw)\\s*:\\s*)*(tr|fw|fwd|wg|trans)\\s*(\\[\\d+\\])?\\s*:");
        if (forward.match(m_context.subject).hasMatch())
            return Subject::Forward;
        if (reply.match(m_context.subject).hasMatch())
            return Subject::Reply;
        return Subject::Unknown;
    }

    // The words of a note that passes a message on: « Je vous transfère… », « Pour info ».
    bool readsAsForwarding(qsizetype from, qsizetype to) const
    {
        static const QRegularExpression words = re(
            "\\b(transf[eéè]r|transmet|transmis|transmettre|relai|relaye|ci-dessous|ci-après|pour info|pour "
            "information|fyi|forward|below|passing on|voir le (message|mail|courriel))");
        for (qsizetype i = from; i < to; ++i)
            if (isText(i) && words.match(m_lines.at(i)).hasMatch())
                return true;
        return false;
    }

    // A short note above a forwarded testimony is the forwarder's, not the testimony.
    void forwarderNote(qsizetype from, qsizetype to)
    {
        constexpr qsizetype shortNote = 300;
        if (textBefore(from, to) <= shortNote)
            mark(from, to, Kind::ForwarderNote);
    }

    void quotesAndForwards(qsizetype b, qsizetype e)
    {
        qsizetype noteStart = b;
        for (qsizetype i = b; i < e; ++i) {
            const QString line = trimmed(i);
            if (line.startsWith(QLatin1Char('>'))) {
                m_kinds[i] = Kind::Quote;
                continue;
            }
            // "Le 2 févr. 2021 à 10:12, Claire <…> a écrit :" may wrap over two or three lines.
            qsizetype attributionLines = replyHeader().match(line).hasMatch() ? 1 : 0;
            if (!attributionLines
                && (line.startsWith(QLatin1String("Le "), Qt::CaseInsensitive)
                    || line.startsWith(QLatin1String("On "), Qt::CaseInsensitive))) {
                QString joined = line;
                for (qsizetype k = i + 1; k < e && k < i + 3 && !isBlank(m_lines.at(k)) && !attributionLines; ++k) {
                    joined += QLatin1Char(' ') + trimmed(k);
                    if (replyHeader().match(joined).hasMatch())
                        attributionLines = k - i + 1;
                }
            }
            const bool reply = attributionLines > 0;
            if (reply || originalMessage().match(line).hasMatch()) {
                // A forward's "-----Message d'origine-----" passes a testimony on.
                if (!reply && subjectKind() == Subject::Forward && forwardedBody(i, e, noteStart))
                    return;
                // Posted below the quote (or between its parts): the attribution and the quoted
                // lines go, the answer after them stays.
                if (reply) {
                    qsizetype j = i + attributionLines;
                    while (j < e && (isBlank(m_lines.at(j)) || trimmed(j).startsWith(QLatin1Char('>'))))
                        ++j;
                    if (j < e && answerFollows(i, j, e)) {
                        mark(i, j, Kind::Quote);
                        i = j - 1;
                        continue;
                    }
                }
                mark(i, e, Kind::Quote);
                return;
            }
            if (forwardLine().match(line).hasMatch()) {
                qsizetype j = i + 1;
                while (j < e && (headerLine().match(trimmed(j)).hasMatch() || (isBlank(m_lines.at(j)) && j == i + 1)))
                    ++j;
                forwarderNote(noteStart, i);
                mark(i, j, Kind::ForwardHeader);
                noteStart = j;
                i = j - 1;
                continue;
            }
            // Outlook's "De : … Envoyé : … Objet : …": a reply quotes what follows; a forward of
            // a testimony keeps it and drops only the header and the forwarder's note.
            if (headerLine().match(line).hasMatch()
                && (line.startsWith(QLatin1String("De"), Qt::CaseInsensitive)
                    || line.startsWith(QLatin1String("From"), Qt::CaseInsensitive)
                    || line.startsWith(QLatin1String("*De"), Qt::CaseInsensitive)
                    || line.startsWith(QLatin1String("*From"), Qt::CaseInsensitive))) {
                const qsizetype j = headerBlockEnd(i, e);
                if (j == i)
                    continue;
                qsizetype top = i;
                if (top > b && separatorLine().match(m_lines.at(top - 1)).hasMatch())
                    --top;
                constexpr qsizetype shortNote = 200;
                const Subject subject = subjectKind();
                const bool forward = subject == Subject::Forward
                    || (subject == Subject::Unknown && textBefore(noteStart, top) <= shortNote);
                if (!forward) {
                    mark(top, e, Kind::Quote);
                    return;
                }
                if (subject == Subject::Forward || readsAsForwarding(noteStart, top))
                    forwarderNote(noteStart, top);
                mark(top, j, Kind::ForwardHeader);
                noteStart = j;
                i = j - 1;
            }
        }
    }

    // After a quote [from, to), more than a signature: an answer posted below what it answers.
    bool answerFollows(qsizetype from, qsizetype to, qsizetype e) const
    {
        bool quoted = false;
        for (qsizetype k = from; k < to; ++k)
            quoted = quoted || trimmed(k).startsWith(QLatin1Char('>'));
        if (!quoted)
            return false; // "a écrit :" followed by text not marked as quoted: the quote itself
        constexpr qsizetype answer = 60;
        qsizetype n = 0;
        for (qsizetype k = to; k < e && !trimmed(k).startsWith(QLatin1Char('>')); ++k)
            n += trimmed(k).size();
        return n >= answer;
    }

    // The end of a "De : … Envoyé : … Objet : …" block starting at i; i when it is not one.
    qsizetype headerBlockEnd(qsizetype i, qsizetype e) const
    {
        qsizetype j = i;
        bool sent = false, subject = false;
        while (j < e && j < i + 8 && headerLine().match(trimmed(j)).hasMatch()) {
            const QString h = folded(trimmed(j));
            sent = sent || h.startsWith(QLatin1String("envoye")) || h.startsWith(QLatin1String("sent"))
                || h.startsWith(QLatin1String("date"));
            subject = subject || h.startsWith(QLatin1String("objet")) || h.startsWith(QLatin1String("subject"));
            ++j;
        }
        return sent && subject ? j : i;
    }

    // "-----Message d'origine-----" then a header block in a forward: the message below is the
    // testimony.
    bool forwardedBody(qsizetype i, qsizetype e, qsizetype noteStart)
    {
        const qsizetype j = headerBlockEnd(i + 1, e);
        if (j == i + 1)
            return false;
        forwarderNote(noteStart, i);
        mark(i, j, Kind::ForwardHeader);
        return true;
    }

    void signatureDelimiter(qsizetype b, qsizetype e)
    {
        for (qsizetype i = b; i < e; ++i)
            if (isText(i) && (m_lines.at(i) == QLatin1String("-- ") || m_lines.at(i).trimmed() == QLatin1String("--"))) {
                qsizetype end = i;
                while (end < e && m_kinds.at(end) != Kind::Quote && m_kinds.at(end) != Kind::ForwardHeader)
                    ++end;
                mark(i, end, Kind::Signature);
                return;
            }
    }

    void footers(qsizetype b, qsizetype e)
    {
        for (qsizetype i = b; i < e; ++i) {
            if (!isText(i) && m_kinds.at(i) != Kind::Signature)
                continue;
            const QString line = trimmed(i);
            if (mobileFooter().match(line).hasMatch())
                m_kinds[i] = Kind::MobileFooter;
            else if (residue().match(line).hasMatch())
                m_kinds[i] = Kind::Residue;
        }
        // A disclaimer is a whole paragraph.
        for (qsizetype i = b; i < e;) {
            if (isBlank(m_lines.at(i))) {
                ++i;
                continue;
            }
            qsizetype j = i;
            QString paragraph;
            while (j < e && !isBlank(m_lines.at(j)))
                paragraph += m_lines.at(j++) + QLatin1Char(' ');
            if (disclaimer().match(paragraph).hasMatch())
                for (qsizetype k = i; k < j; ++k)
                    if (isText(k) || m_kinds.at(k) == Kind::Signature)
                        m_kinds[k] = Kind::Disclaimer;
            i = j;
        }
    }

    qsizetype firstText(qsizetype b, qsizetype e) const
    {
        for (qsizetype i = b; i < e; ++i)
            if (isText(i) && !isBlank(m_lines.at(i)))
                return i;
        return e;
    }

    // The greeting of the message, and that of a message forwarded inside it.
    void greetingLine(qsizetype b, qsizetype e)
    {
        QList<qsizetype> starts { b };
        for (qsizetype i = b + 1; i < e; ++i)
            if (m_kinds.at(i - 1) == Kind::ForwardHeader && m_kinds.at(i) != Kind::ForwardHeader)
                starts << i;
        for (const qsizetype start : std::as_const(starts)) {
            const qsizetype i = firstText(start, e);
            if (i < e && trimmed(i).size() <= 80
                && (greeting().match(trimmed(i)).hasMatch() || formalGreeting().match(trimmed(i)).hasMatch()))
                m_kinds[i] = Kind::Greeting;
        }
    }

    void closingLine(qsizetype b, qsizetype e)
    {
        const qsizetype first = firstText(b, e);
        for (qsizetype i = first + 1; i < e; ++i) {
            if (!isText(i) || trimmed(i).size() > 160 || !closing().match(trimmed(i)).hasMatch())
                continue;
            m_kinds[i] = Kind::Closing;
            // What follows a closing, up to a quote or the block's end, signs it.
            qsizetype end = i + 1;
            // A logo, a notice or a footer inside the signature does not end it.
            while (end < e && m_kinds.at(end) != Kind::Quote && m_kinds.at(end) != Kind::ForwardHeader
                && m_kinds.at(end) != Kind::Marker)
                ++end;
            mark(i + 1, end, Kind::Signature);
            return;
        }
    }

    // The last paragraph, when it reads as a signature: the sender's name, a person's name over
    // a function, or contact lines; never the only paragraph.
    void recognisedSignature(qsizetype b, qsizetype e)
    {
        qsizetype last = e;
        while (last > b && (!isText(last - 1) || isBlank(m_lines.at(last - 1))))
            --last;
        if (last == b)
            return;
        qsizetype top = last;
        while (top > b && isText(top - 1) && !isBlank(m_lines.at(top - 1)))
            --top;
        if (firstText(b, top) == top)
            return; // the only paragraph: it is the testimony
        const qsizetype count = last - top;
        if (count > 8)
            return;
        bool shortLines = true, contact = false;
        for (qsizetype i = top; i < last; ++i) {
            const QString line = trimmed(i);
            shortLines = shortLines && line.size() <= 90 && !line.endsWith(QLatin1Char('.'))
                && !line.endsWith(QLatin1Char('!')) && !line.endsWith(QLatin1Char('?'));
            contact = contact || phone().match(line).hasMatch() || contactLine().match(line).hasMatch();
        }
        if (!shortLines)
            return;
        const QString head = trimmed(top);
        const QString sender = folded(m_context.senderName);
        // The sender's name, or a part of it alone on a line (« Karim », « C. Moreau »).
        const QString headFolded = folded(head);
        const bool isSender = !sender.isEmpty()
            && (headFolded.contains(sender)
                || (count == 1 && headFolded.size() >= 3
                    && QString(QLatin1Char(' ') + sender + QLatin1Char(' '))
                           .contains(QString(QLatin1Char(' ') + headFolded + QLatin1Char(' ')))));
        const bool looksLikeName = personName().match(head).hasMatch() && count >= 2;
        // Signed by a service: « Le service jeunesse », « L’équipe d’Oxygène », « La direction… ».
        static const QRegularExpression service = re(
            "^(l[ea]s? |l['’])?(service|services|direction|équipe|pôle|cabinet|mission|cellule|secrétariat|mairie|"
            "ville|commune|centre|ccas)\\b[^.!?]{0,60}$");
        const bool signedByAService = count <= 3 && head.size() <= 60 && service.match(head).hasMatch();
        if (isSender || looksLikeName || contact || signedByAService)
            mark(top, last, Kind::Signature);
    }

    // A line that opens another section: « Résultats : … », « CONTEXTE », « Initiative : ».
    static bool isHeading(const QString &line)
    {
        static const QRegularExpression labelled(QStringLiteral("^[-•*]?\\s*\\p{Lu}[\\p{L}'’ ]{2,40}?\\s*:(\\s|$)"),
            QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression capitals(QStringLiteral("^[\\p{Lu}\\d'’ ]{4,60}:?$"),
            QRegularExpression::UseUnicodePropertiesOption);
        const QString t = line.trimmed();
        return labelled.match(t).hasMatch() || capitals.match(t).hasMatch();
    }

    void difficulties(qsizetype b, qsizetype e)
    {
        for (qsizetype i = b; i < e; ++i) {
            if (!isText(i))
                continue;
            const QRegularExpressionMatch m = difficultiesHeading().match(m_lines.at(i));
            if (!m.hasMatch())
                continue;
            // The section runs to the next heading, to what is not testimony (a closing, a
            // signature…) or to the end.
            qsizetype j = i + 1;
            while (j < e && isText(j)) {
                const QString &line = m_lines.at(j);
                if (!isBlank(line) && isHeading(line) && (isBlank(m_lines.at(j - 1)) || !startsAnItem(line)))
                    break;
                ++j;
            }
            while (j > i + 1 && isBlank(m_lines.at(j - 1)))
                --j;
            mark(i, j, Kind::Difficulties);
            i = j - 1;
        }
    }

    const QStringList &m_lines;
    QList<Kind> m_kinds;
    const Context &m_context;
};

QString tidy(QString text)
{
    // A line of spaces only (Outlook writes a no-break space) is a blank line.
    static const QRegularExpression spacesOnly(QStringLiteral("^[ \\t\\x{00A0}\\x{2007}\\x{202F}]+$"), QRegularExpression::MultilineOption);
    static const QRegularExpression blankRuns(QStringLiteral("\\n\\n\\n+"));
    text.replace(spacesOnly, QString());
    text.replace(blankRuns, QStringLiteral("\n\n"));
    return text.trimmed();
}

QString reflowParagraph(const QStringList &lines)
{
    constexpr qsizetype widest = 80; // a program that cuts lines cuts them by 80 columns
    constexpr qsizetype cut = 64; // where the next word did not fit any more
    for (const QString &line : lines)
        if (line.trimmed().size() > widest)
            return lines.join(QLatin1Char('\n'));
    QString out = lines.value(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString previous = lines.at(i - 1).trimmed();
        const QString line = lines.at(i).trimmed();
        const qsizetype firstWord = line.indexOf(QLatin1Char(' ')) < 0 ? line.size() : line.indexOf(QLatin1Char(' '));
        const bool wrapped = previous.size() + 1 + firstWord > cut && !startsAnItem(line);
        if (wrapped) {
            while (out.endsWith(QLatin1Char(' ')))
                out.chop(1);
            out += QLatin1Char(' ') + line;
        } else {
            out += QLatin1Char('\n') + lines.at(i);
        }
    }
    return out;
}

QString withoutHeading(const QString &part)
{
    QString text = part;
    const QRegularExpressionMatch m = difficultiesHeading().match(text.section(QLatin1Char('\n'), 0, 0));
    if (m.hasMatch()) {
        const QString rest = text.section(QLatin1Char('\n'), 1);
        text = m.captured(QStringLiteral("rest")).trimmed();
        if (!rest.trimmed().isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + rest;
    }
    text = reflow(tidy(text));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QString Proposal::text() const
{
    QString out;
    for (const Part &p : parts)
        if (p.kept && p.kind == Kind::Text)
            out += p.text + QLatin1Char('\n');
    return reflow(tidy(out));
}

QString reflow(const QString &text)
{
    QStringList out;
    QStringList paragraph;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!isBlank(line)) {
            paragraph << line;
            continue;
        }
        if (!paragraph.isEmpty())
            out << reflowParagraph(paragraph);
        paragraph.clear();
        out << line;
    }
    if (!paragraph.isEmpty())
        out << reflowParagraph(paragraph);
    return out.join(QLatin1Char('\n'));
}

QString Proposal::difficulties() const
{
    QStringList sections;
    for (const Part &p : parts)
        if (p.kept && p.kind == Kind::Difficulties)
            if (const QString section = withoutHeading(p.text); !section.isEmpty())
                sections << section;
    return sections.join(QStringLiteral("\n\n"));
}

Proposal propose(const QString &original, const Context &context)
{
    QString normalized = original;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = normalized.split(QLatin1Char('\n'));
    // Apple Mail and others forward "as a quote": the forwarded message, header included, is a
    // block of "> " lines under « Début du message réexpédié : ». That block is the testimony,
    // not a reply's quote: it is read without its quote marks.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!forwardLine().match(lines.at(i).trimmed()).hasMatch())
            continue;
        qsizetype j = i + 1;
        while (j < lines.size() && isBlank(lines.at(j)))
            ++j;
        if (j == lines.size() || !lines.at(j).startsWith(QLatin1Char('>')))
            continue;
        for (; j < lines.size() && (lines.at(j).startsWith(QLatin1Char('>')) || isBlank(lines.at(j))); ++j) {
            QString &line = lines[j];
            if (line.startsWith(QLatin1Char('>')))
                line.remove(0, line.startsWith(QLatin1String("> ")) ? 2 : 1);
        }
        i = j - 1;
    }
    const QList<Kind> kinds = Classifier(lines, context).run();
    Proposal proposal;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // A blank line goes with what it separates, as text: it never hides anything.
        const Kind kind = isBlank(lines.at(i)) && kinds.at(i) != Kind::Quote ? Kind::Text : kinds.at(i);
        if (!proposal.parts.isEmpty() && proposal.parts.last().kind == kind) {
            proposal.parts.last().text += QLatin1Char('\n') + lines.at(i);
            continue;
        }
        proposal.parts.append({ kind, lines.at(i), kind == Kind::Text || kind == Kind::Difficulties });
    }
    return proposal;
}

QString proposeTitle(const QString &subject, const QString &authorityName, const QString &text)
{
    static const QRegularExpression prefix = re(
        "^\\s*((re|tr|fw|fwd|réf|ref|aw|wg|rép)\\s*(\\[\\d+\\])?\\s*:|\\[[^\\]]*\\]|contribution\\s*[:–—-]|"
        "témoignage\\s*[:–—-]|appel à (témoignages|contributions)\\s*[:–—-])\\s*");
    static const QRegularExpression trailingTag = re("\\s*\\[[^\\]]*\\]\\s*$");
    QString title = subject.simplified();
    for (QRegularExpressionMatch m = prefix.match(title); m.hasMatch() && m.capturedLength() > 0;
         m = prefix.match(title))
        title = title.mid(m.capturedLength());
    title.remove(trailingTag);
    if (!authorityName.trimmed().isEmpty()) {
        // « … – Ville de Martigues », « … - Martigues »: only after a dash, never « à Saumur ».
        const QString name = QRegularExpression::escape(authorityName.trimmed());
        const QRegularExpression authority(
            QStringLiteral("\\s+[-–—|,]\\s*((ville|commune|mairie|communauté( d.agglomération| de communes)?|ca|cc|"
                           "agglomération|agglo|métropole) (de |d.|du |des )?)?")
                + name + QStringLiteral("\\s*(\\(\\d{2,3}\\))?\\s*$"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        title.remove(authority);
    }
    title = title.trimmed();
    if (title.isEmpty()) {
        // The first sentence of the text, cut at a word.
        const QString body = text.simplified();
        static const QRegularExpression sentenceEnd(QStringLiteral("[.!?…](\\s|$)"));
        const QRegularExpressionMatch end = sentenceEnd.match(body);
        title = end.hasMatch() ? body.left(end.capturedStart() + 1) : body;
        constexpr qsizetype longest = 80;
        if (title.size() > longest) {
            title = title.left(longest);
            const qsizetype space = title.lastIndexOf(QLatin1Char(' '));
            if (space > longest / 2)
                title.truncate(space);
            title = title.trimmed() + QStringLiteral("…");
        }
    }
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

QString kindName(Part::Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return QCoreApplication::translate("PublishableText", "Testimony");
    case Kind::Difficulties:
        return QCoreApplication::translate("PublishableText", "Difficulties");
    case Kind::Greeting:
        return QCoreApplication::translate("PublishableText", "Greeting");
    case Kind::Closing:
        return QCoreApplication::translate("PublishableText", "Closing");
    case Kind::Signature:
        return QCoreApplication::translate("PublishableText", "Signature");
    case Kind::Quote:
        return QCoreApplication::translate("PublishableText", "Quoted reply");
    case Kind::ForwardHeader:
        return QCoreApplication::translate("PublishableText", "Forwarded message header");
    case Kind::Disclaimer:
        return QCoreApplication::translate("PublishableText", "Legal notice");
    case Kind::MobileFooter:
        return QCoreApplication::translate("PublishableText", "Mobile footer");
    case Kind::Residue:
        return QCoreApplication::translate("PublishableText", "Tracking residue");
    case Kind::Marker:
        return QCoreApplication::translate("PublishableText", "Complement marker");
    case Kind::ForwarderNote:
        return QCoreApplication::translate("PublishableText", "Forwarder's note");
    }
    return QString();
}

} // namespace PublishableText
