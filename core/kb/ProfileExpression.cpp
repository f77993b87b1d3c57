#include "ProfileExpression.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::ProfileExpression)
};

/** Recursive-descent parser: expr := and (OR and)*; and := unary (AND unary)*; unary := NOT unary | ( expr ) | variant.
 */
class Parser
{
public:
    Parser(const QString& text, const QList<ProfileVariant>& variants)
        : m_variants(variants)
    {
        // Variant names may hold spaces and parentheses ("VHL R200W (c.598C>T)"): replace each
        // listed name, longest first, by a placeholder token before splitting the rest.
        QList<int> order(variants.size());
        for (int i = 0; i < variants.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return variants[a].name.size() > variants[b].name.size();
        });
        QString spaced = u" "_s + text.simplified() + u" "_s;
        for (int i : order) {
            const QString name = variants[i].name.simplified();
            if (!name.isEmpty())
                spaced.replace(u" "_s + name + u" "_s, u" \u0001%1 "_s.arg(i), Qt::CaseInsensitive);
            // Twice, for a name that follows itself ("A AND A" shares the space between).
            if (!name.isEmpty())
                spaced.replace(u" "_s + name + u" "_s, u" \u0001%1 "_s.arg(i), Qt::CaseInsensitive);
        }
        // Parentheses are their own tokens even without surrounding spaces.
        spaced.replace(u'(', u" ( "_s).replace(u')', u" ) "_s);
        m_tokens = spaced.split(u' ', Qt::SkipEmptyParts);
    }

    std::optional<ProfileNode> parse(QString* error)
    {
        auto node = orExpr();
        if (node && m_pos != m_tokens.size())
            m_error = Messages::tr("unexpected '%1'").arg(m_tokens[m_pos]);
        if (!m_error.isEmpty()) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return node;
    }

private:
    bool isKeyword(const QString& t) const
    {
        return t == u"AND" || t == u"OR" || t == u"NOT" || t == u"(" || t == u")";
    }

    std::optional<ProfileNode> orExpr()
    {
        auto left = andExpr();
        if (!left)
            return std::nullopt;
        ProfileNode node{ProfileNode::Op::Or, 0, {*left}};
        while (m_pos < m_tokens.size() && m_tokens[m_pos] == u"OR") {
            ++m_pos;
            auto right = andExpr();
            if (!right)
                return std::nullopt;
            node.children.push_back(*right);
        }
        return node.children.size() == 1 ? node.children.front() : node;
    }

    std::optional<ProfileNode> andExpr()
    {
        auto left = unary();
        if (!left)
            return std::nullopt;
        ProfileNode node{ProfileNode::Op::And, 0, {*left}};
        while (m_pos < m_tokens.size() && m_tokens[m_pos] == u"AND") {
            ++m_pos;
            auto right = unary();
            if (!right)
                return std::nullopt;
            node.children.push_back(*right);
        }
        return node.children.size() == 1 ? node.children.front() : node;
    }

    std::optional<ProfileNode> unary()
    {
        if (m_pos >= m_tokens.size()) {
            m_error = Messages::tr("the expression ends early");
            return std::nullopt;
        }
        if (m_tokens[m_pos] == u"NOT") {
            ++m_pos;
            auto inner = unary();
            if (!inner)
                return std::nullopt;
            return ProfileNode{ProfileNode::Op::Not, 0, {*inner}};
        }
        if (m_tokens[m_pos] == u"(") {
            ++m_pos;
            auto inner = orExpr();
            if (!inner)
                return std::nullopt;
            if (m_pos >= m_tokens.size() || m_tokens[m_pos] != u")") {
                m_error = Messages::tr("a parenthesis is not closed");
                return std::nullopt;
            }
            ++m_pos;
            return inner;
        }
        // A variant: one placeholder token.
        const QString& token = m_tokens[m_pos];
        if (token.startsWith(u'\u0001')) {
            bool ok = false;
            const int index = token.mid(1).toInt(&ok);
            if (ok && index >= 0 && index < m_variants.size()) {
                ++m_pos;
                return ProfileNode{ProfileNode::Op::Variant, m_variants[index].id, {}};
            }
        }
        QStringList words;
        for (qsizetype end = m_pos; end < m_tokens.size() && !isKeyword(m_tokens[end]); ++end)
            words << m_tokens[end];
        m_error = words.isEmpty() ? Messages::tr("a variant is missing before '%1'").arg(token)
                                  : Messages::tr("'%1' is not one of the profile's variants").arg(words.join(u' '));
        return std::nullopt;
    }

    const QList<ProfileVariant>& m_variants;
    QStringList m_tokens;
    qsizetype m_pos = 0;
    QString m_error;
};

QString renderNode(const ProfileNode& node, const QList<ProfileVariant>& variants, bool nested)
{
    switch (node.op) {
    case ProfileNode::Op::Variant:
        for (const ProfileVariant& v : variants)
            if (v.id == node.variantId)
                return v.name;
        return u"variant %1"_s.arg(node.variantId);
    case ProfileNode::Op::Not:
        return u"NOT "_s + renderNode(node.children.front(), variants, true);
    case ProfileNode::Op::And:
    case ProfileNode::Op::Or: {
        QStringList parts;
        for (const ProfileNode& c : node.children)
            parts << renderNode(c, variants, c.op != ProfileNode::Op::Variant && c.op != ProfileNode::Op::Not);
        const QString joined = parts.join(node.op == ProfileNode::Op::And ? u" AND "_s : u" OR "_s);
        return nested ? u"( "_s + joined + u" )"_s : joined;
    }
    }
    return {};
}

} // namespace

std::optional<ProfileNode>
ProfileExpression::parse(const QString& name, const QList<ProfileVariant>& variants, QString* error)
{
    Parser parser(name, variants);
    return parser.parse(error);
}

QString ProfileExpression::render(const ProfileNode& node, const QList<ProfileVariant>& variants)
{
    return renderNode(node, variants, false);
}

QString ProfileExpression::opName(ProfileNode::Op op)
{
    switch (op) {
    case ProfileNode::Op::And:
        return u"AND"_s;
    case ProfileNode::Op::Or:
        return u"OR"_s;
    case ProfileNode::Op::Not:
        return u"NOT"_s;
    case ProfileNode::Op::Variant:
        return u"VARIANT"_s;
    }
    return {};
}

std::optional<ProfileNode::Op> ProfileExpression::opOf(const QString& name)
{
    if (name == u"AND")
        return ProfileNode::Op::And;
    if (name == u"OR")
        return ProfileNode::Op::Or;
    if (name == u"NOT")
        return ProfileNode::Op::Not;
    if (name == u"VARIANT")
        return ProfileNode::Op::Variant;
    return std::nullopt;
}

} // namespace onco
