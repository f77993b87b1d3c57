#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace onco {

/**
 * A molecular profile as a tree: "EML4::ALK Fusion AND ALK C1156Y",
 * "BRAF Amplification AND ( BRAF V600E OR BRAF V600K )", "NOT KIT D816V". Leaves are variants
 * (by id); AND binds tighter than OR; parentheses group.
 */
struct ProfileNode
{
    enum class Op
    {
        And,
        Or,
        Not,
        Variant,
    };
    Op op = Op::Variant;
    qint64 variantId = 0; ///< for Variant leaves
    std::vector<ProfileNode> children;

    friend bool operator==(const ProfileNode&, const ProfileNode&) = default;
};

/** A variant a profile may name: its id and its name as profiles spell it ("BRAF V600E", "EML4::ALK Fusion"). */
struct ProfileVariant
{
    qint64 id = 0;
    QString name;
};

class ProfileExpression
{
public:
    /**
     * Parses a profile name over the variants the profile lists. nullopt (with `error` set) when
     * the name is not a well-formed expression or names a variant that is not among `variants`.
     */
    static std::optional<ProfileNode>
    parse(const QString& name, const QList<ProfileVariant>& variants, QString* error = nullptr);

    /** Writes a tree back in CIViC's spelling (round-trips parse()). */
    static QString render(const ProfileNode& node, const QList<ProfileVariant>& variants);

    /** "AND", "OR", "NOT", "VARIANT". */
    static QString opName(ProfileNode::Op op);
    static std::optional<ProfileNode::Op> opOf(const QString& name);
};

} // namespace onco
