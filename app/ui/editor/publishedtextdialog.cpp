// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/publishedtextdialog.h"

#include "ui/common/palettecolors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const QString PartScheme = QStringLiteral("recueil-part");

QString simplified(const QString &text)
{
    return text.simplified();
}
} // namespace

PublishedTextDialog::PublishedTextDialog(const QString &original, const QString &current,
                                         const PublishableText::Context &context, QWidget *parent)
    : QDialog(parent)
    , m_originalText(original)
    , m_proposal(PublishableText::propose(original, context))
    , m_original(new QTextBrowser(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("publishedTextDialog"));
    setWindowTitle(tr("The email and the text to publish"));
    m_original->setObjectName(QStringLiteral("originalView"));
    m_original->setAccessibleName(tr("The email as it came"));
    m_original->setOpenLinks(false);
    m_text->setObjectName(QStringLiteral("publishedTextEdit"));
    m_text->setAccessibleName(tr("Text to publish"));
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(current);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *leftLabel = new QLabel(tr("The &email as it came; what was left out is greyed:"), left);
    leftLabel->setBuddy(m_original);
    leftLabel->setWordWrap(true);
    leftLayout->addWidget(leftLabel);
    leftLayout->addWidget(m_original, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *rightLabel = new QLabel(tr("The &text to publish; lines the email does not have are marked:"), right);
    rightLabel->setBuddy(m_text);
    rightLabel->setWordWrap(true);
    rightLayout->addWidget(rightLabel);
    rightLayout->addWidget(m_text, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use this text"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    QPushButton *proposal = buttons->addButton(tr("Back to the &proposal"), QDialogButtonBox::ResetRole);
    proposal->setObjectName(QStringLiteral("backToProposalButton"));
    proposal->setToolTip(tr("The text import proposed: the email without what is greyed"));
    QPushButton *whole = buttons->addButton(tr("Back to the &original"), QDialogButtonBox::ResetRole);
    whole->setObjectName(QStringLiteral("backToOriginalButton"));
    whole->setToolTip(tr("The whole text of the email, as it came"));
    connect(proposal, &QPushButton::clicked, this, [this] { m_text->setPlainText(m_proposal.text()); });
    connect(whole, &QPushButton::clicked, this, [this] { m_text->setPlainText(m_originalText.trimmed()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_original, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == PartScheme)
            bringBack(url.path().toInt());
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &PublishedTextDialog::markAddedLines);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 34);
    showOriginal();
    markAddedLines();
    m_text->setFocus();
}

QString PublishedTextDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void PublishedTextDialog::showOriginal()
{
    const QColor muted = PaletteColors::muted(palette());
    QString html;
    for (int i = 0; i < m_proposal.parts.size(); ++i) {
        const PublishableText::Part &part = m_proposal.parts.at(i);
        if (part.text.trimmed().isEmpty())
            continue;
        const QString body = part.text.toHtmlEscaped();
        if (part.kind == PublishableText::Part::Text && part.kept) {
            html += QStringLiteral("<p style=\"white-space: pre-wrap; margin: 0 0 6px 0\">%1</p>").arg(body);
            continue;
        }
        if (part.kind == PublishableText::Part::Difficulties) {
            html += QStringLiteral("<p style=\"white-space: pre-wrap; margin: 0 0 6px 0\"><i>%1</i><br>%2</p>")
                        .arg(tr("→ in “Difficulties encountered”").toHtmlEscaped(), body);
            continue;
        }
        const bool back = simplified(text()).contains(simplified(part.text));
        html += QStringLiteral("<p style=\"white-space: pre-wrap; margin: 0 0 6px 0; color: %1\"><i>%2</i>%3<br>%4</p>")
                    .arg(muted.name(), PublishableText::kindName(part.kind).toHtmlEscaped(),
                         back ? QString()
                              : QStringLiteral(" · <a href=\"%1:%2\">%3</a>")
                                    .arg(PartScheme)
                                    .arg(i)
                                    .arg(tr("put back").toHtmlEscaped()),
                         body);
    }
    m_original->setHtml(html);
}

bool PublishedTextDialog::bringBack(int index)
{
    if (index < 0 || index >= m_proposal.parts.size())
        return false;
    // The parts as the text to publish writes them: lines a mail program cut, put back whole.
    const QString part = PublishableText::reflow(m_proposal.parts.at(index).text.trimmed());
    QString current = m_text->toPlainText();
    if (simplified(current).contains(simplified(part)))
        return false;
    // After the nearest part before it that the text still holds; else first.
    qsizetype at = 0;
    for (int i = index - 1; i >= 0; --i) {
        const QString before = PublishableText::reflow(m_proposal.parts.at(i).text.trimmed());
        if (before.isEmpty())
            continue;
        const qsizetype found = current.indexOf(before);
        if (found >= 0) {
            at = found + before.size();
            break;
        }
    }
    const QString insertion = at == 0 ? part + QStringLiteral("\n\n") : QStringLiteral("\n\n") + part;
    current.insert(at, insertion);
    m_text->setPlainText(current.trimmed());
    showOriginal();
    return true;
}

void PublishedTextDialog::markAddedLines()
{
    // A line of the text to publish that the email does not contain: written by a person.
    const QString email = simplified(m_originalText);
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat added;
    QColor tint = PaletteColors::warning(palette());
    tint.setAlpha(60);
    added.setBackground(tint);
    added.setProperty(QTextFormat::FullWidthSelection, true);
    for (QTextBlock b = m_text->document()->begin(); b.isValid(); b = b.next()) {
        const QString line = simplified(b.text());
        if (line.isEmpty() || email.contains(line))
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(b);
        mark.format = added;
        marks.append(mark);
    }
    m_text->setExtraSelections(marks);
}
