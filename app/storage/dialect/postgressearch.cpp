// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/dialect/postgressearch.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace PostgresSearch {

namespace {

// FTS5's barewords: letters, digits, underscore and any non-ASCII character.
bool isBareChar(QChar c)
{
    return c.unicode() >= 0x80 || c.isLetterOrNumber() || c == QLatin1Char('_');
}

class Reader
{
public:
    explicit Reader(const QString &text)
        : m_text(text)
    { }

    QString parse(bool *valid)
    {
        QString result = orExpression();
        skipSpace();
        if (m_failed || m_pos < m_text.size()) {
            *valid = false;
            return {};
        }
        *valid = true;
        return result;
    }

private:
    enum class Token { End, Word, Phrase, Open, Close, Or, And, Not, Near, Comma, Colon, Star, Other };

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    // Looks at the next token without consuming it; its text in *word.
    Token peek(QString *word = nullptr)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return Token::End;
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('('))
            return Token::Open;
        if (c == QLatin1Char(')'))
            return Token::Close;
        if (c == QLatin1Char(','))
            return Token::Comma;
        if (c == QLatin1Char(':'))
            return Token::Colon;
        if (c == QLatin1Char('*'))
            return Token::Star;
        if (c == QLatin1Char('"'))
            return Token::Phrase;
        if (!isBareChar(c))
            return Token::Other;
        qsizetype end = m_pos;
        while (end < m_text.size() && isBareChar(m_text.at(end)))
            ++end;
        const QString w = m_text.mid(m_pos, end - m_pos);
        if (word)
            *word = w;
        if (w == QLatin1String("OR"))
            return Token::Or;
        if (w == QLatin1String("AND"))
            return Token::And;
        if (w == QLatin1String("NOT"))
            return Token::Not;
        if (w == QLatin1String("NEAR") && end < m_text.size() && m_text.at(end) == QLatin1Char('('))
            return Token::Near;
        return Token::Word;
    }

    void consumeWord(const QString &w) { skipSpace(), m_pos += w.size(); }
    void consumeChar() { skipSpace(), ++m_pos; }

    QString orExpression()
    {
        QStringList parts { andExpression() };
        while (!m_failed && peek() == Token::Or) {
            consumeWord(QStringLiteral("OR"));
            parts.append(andExpression());
        }
        return join(parts, QStringLiteral(" | "));
    }

    QString andExpression()
    {
        QStringList parts { notExpression() };
        for (;;) {
            const Token t = peek();
            if (m_failed || t == Token::End || t == Token::Close || t == Token::Or || t == Token::Comma)
                break;
            if (t == Token::And)
                consumeWord(QStringLiteral("AND"));
            parts.append(notExpression());
        }
        return join(parts, QStringLiteral(" & "));
    }

    QString notExpression()
    {
        QString left = primary();
        while (!m_failed && peek() == Token::Not) {
            consumeWord(QStringLiteral("NOT"));
            const QString right = primary();
            if (!right.isEmpty())
                left = left.isEmpty()
                    ? QString()
                    : QLatin1Char('(') + left + QStringLiteral(") & !(") + right + QLatin1Char(')');
        }
        return left;
    }

    QString primary()
    {
        QString word;
        const Token t = peek(&word);
        if (t == Token::Open) {
            consumeChar();
            const QString inner = orExpression();
            if (peek() != Token::Close)
                return fail();
            consumeChar();
            return inner.isEmpty() ? QString() : QLatin1Char('(') + inner + QLatin1Char(')');
        }
        if (t == Token::Near) {
            consumeWord(word);
            consumeChar(); // (
            QStringList terms;
            while (!m_failed && (peek() == Token::Word || peek() == Token::Phrase))
                terms.append(phraseOrWord(QString()));
            if (peek() == Token::Comma) {
                consumeChar();
                QString distance;
                if (peek(&distance) != Token::Word)
                    return fail();
                consumeWord(distance);
            }
            if (peek() != Token::Close || terms.isEmpty())
                return fail();
            consumeChar();
            // Nearness is approximated by all the words being there.
            return join(terms, QStringLiteral(" & "));
        }
        if (t == Token::Word) {
            // column:term
            const qsizetype save = m_pos;
            consumeWord(word);
            if (peek() == Token::Colon) {
                consumeChar();
                const QString weight = weightOf(word);
                if (weight.isNull())
                    return fail();
                return phraseOrWord(weight);
            }
            m_pos = save;
            return phraseOrWord(QString());
        }
        if (t == Token::Phrase)
            return phraseOrWord(QString());
        return fail();
    }

    // A bareword or a "quoted phrase", optionally ending with * (prefix).
    QString phraseOrWord(const QString &weight)
    {
        QString word;
        const Token t = peek(&word);
        QString content;
        if (t == Token::Word) {
            consumeWord(word);
            content = word;
        } else if (t == Token::Phrase) {
            consumeChar();
            qsizetype end = m_pos;
            for (;;) {
                end = m_text.indexOf(QLatin1Char('"'), end);
                if (end < 0)
                    return fail();
                if (end + 1 < m_text.size() && m_text.at(end + 1) == QLatin1Char('"')) {
                    end += 2; // "" is a quote inside the phrase
                    continue;
                }
                break;
            }
            content = m_text.mid(m_pos, end - m_pos);
            m_pos = end + 1;
        } else {
            return fail();
        }
        bool prefix = false;
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('*')) {
            prefix = true;
            ++m_pos;
        }
        // The words of the phrase, one after the other.
        QStringList tokens;
        QString current;
        for (const QChar c : std::as_const(content)) {
            if (isBareChar(c)) {
                current += c;
            } else if (!current.isEmpty()) {
                tokens.append(current);
                current.clear();
            }
        }
        if (!current.isEmpty())
            tokens.append(current);
        QStringList lexemes;
        for (int i = 0; i < tokens.size(); ++i) {
            const bool last = i == tokens.size() - 1;
            QString suffix = (last && prefix) ? QStringLiteral("*") : QString();
            suffix += weight;
            lexemes.append(QLatin1Char('\'') + tokens.at(i) + QLatin1Char('\'')
                + (suffix.isEmpty() ? QString() : QLatin1Char(':') + suffix));
        }
        if (lexemes.size() > 1)
            return QLatin1Char('(') + lexemes.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
        return lexemes.value(0);
    }

    static QString weightOf(const QString &column)
    {
        if (column == QLatin1String("title"))
            return QStringLiteral("A");
        if (column == QLatin1String("authority"))
            return QStringLiteral("B");
        if (column == QLatin1String("contact"))
            return QStringLiteral("C");
        if (column == QLatin1String("body") || column == QLatin1String("difficulties"))
            return QStringLiteral("D");
        return {};
    }

    static QString join(const QStringList &parts, const QString &op)
    {
        QStringList kept;
        for (const QString &p : parts)
            if (!p.isEmpty())
                kept.append(p);
        return kept.join(op);
    }

    QString fail()
    {
        m_failed = true;
        return {};
    }

    const QString m_text;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace

QString toTsQuery(const QString &query, bool *valid)
{
    return Reader(query).parse(valid);
}

QString documentExpression()
{
    return QStringLiteral(
        "setweight(to_tsvector('recueil_fr', c.title), 'A') || "
        "setweight(to_tsvector('recueil_fr', coalesce(a.name || ' ' || a.code, '')), 'B') || "
        "setweight(to_tsvector('recueil_fr', coalesce(ct.name || ' ' || ct.role || ' ' || ct.email, '')), "
        "'C') || "
        "setweight(to_tsvector('recueil_fr', c.body || ' ' || c.difficulties), 'D')");
}

bool hasRankingIndex(const QSqlDatabase &db)
{
    constexpr char property[] = "recueil_ranking_index";
    QSqlDriver *driver = db.driver();
    if (!driver)
        return false;
    const QVariant known = driver->property(property);
    if (known.isValid())
        return known.toBool();
    QSqlQuery q(db);
    const bool present = q.exec(QStringLiteral("SELECT to_regclass('contribution_search_rank') IS NOT NULL")) && q.next()
        && q.value(0).toBool();
    driver->setProperty(property, present);
    return present;
}

bool isPhraseQuery(const QString &tsQuery)
{
    // <-> and <N> are the only use of '<': words are letters, digits and non-ASCII characters.
    return tsQuery.contains(QLatin1Char('<'));
}

} // namespace PostgresSearch
