#include "Roles.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::Roles)
};

// The names as people read them, for the translations; the stored names stay as they are.
[[maybe_unused]] constexpr const char* displayNames[] = {QT_TRANSLATE_NOOP("onco::Roles", "molecular pathologist"),
                                                         QT_TRANSLATE_NOOP("onco::Roles", "oncologist"),
                                                         QT_TRANSLATE_NOOP("onco::Roles", "geneticist"),
                                                         QT_TRANSLATE_NOOP("onco::Roles", "coordinator"),
                                                         QT_TRANSLATE_NOOP("onco::Roles", "administrator")};

constexpr Role allRoles[] = {
    Role::MolecularPathologist, Role::Oncologist, Role::Geneticist, Role::Coordinator, Role::Administrator};

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::MolecularPathologist:
        return u"molecular pathologist"_s;
    case Role::Oncologist:
        return u"oncologist"_s;
    case Role::Geneticist:
        return u"geneticist"_s;
    case Role::Coordinator:
        return u"coordinator"_s;
    case Role::Administrator:
        return u"administrator"_s;
    }
    return {};
}

std::optional<Role> parseRole(const QString& text)
{
    const QString t = text.simplified().toLower();
    for (Role r : allRoles)
        if (t == roleName(r))
            return r;
    if (t == u"clinical geneticist" || t == u"human geneticist")
        return Role::Geneticist;
    if (t == u"tumor board coordinator" || t == u"board coordinator")
        return Role::Coordinator;
    return std::nullopt;
}

QStringList roleNames()
{
    QStringList out;
    for (Role r : allRoles)
        out << roleName(r);
    return out;
}

QString roleActionText(RoleAction action)
{
    switch (action) {
    case RoleAction::Review:
        return Messages::tr("record review decisions");
    case RoleAction::Plan:
        return Messages::tr("change the treatment plan");
    case RoleAction::PlanDetails:
        return Messages::tr("change the plan's meeting, participants and conclusion");
    case RoleAction::Meetings:
        return Messages::tr("prepare board meetings and record their conclusions");
    case RoleAction::Outcomes:
        return Messages::tr("record what became of a recommendation");
    case RoleAction::SignPreliminary:
        return Messages::tr("sign a case preliminary");
    case RoleAction::SignFinal:
        return Messages::tr("sign a case final or amend it");
    case RoleAction::ManageKeys:
        return Messages::tr("register or revoke signing keys");
    case RoleAction::ManageMembers:
        return Messages::tr("give members their roles");
    }
    return {};
}

bool roleMay(Role role, RoleAction action)
{
    const bool clinician = role == Role::MolecularPathologist || role == Role::Oncologist || role == Role::Geneticist;
    switch (action) {
    case RoleAction::Review:
    case RoleAction::Plan:
    case RoleAction::Outcomes:
    case RoleAction::SignPreliminary:
        return clinician;
    case RoleAction::PlanDetails:
    case RoleAction::Meetings:
        return clinician || role == Role::Coordinator;
    case RoleAction::SignFinal:
        // The final report is signed by the specialists who answer for its findings and its plan.
        return role == Role::MolecularPathologist || role == Role::Oncologist;
    case RoleAction::ManageKeys:
    case RoleAction::ManageMembers:
        return role == Role::Administrator;
    }
    return false;
}

QString rolesThatMay(RoleAction action)
{
    QStringList names;
    for (Role r : allRoles)
        if (roleMay(r, action))
            names << roleName(r);
    if (names.size() <= 1)
        return names.join(QString());
    return Messages::tr("%1 or %2").arg(names.mid(0, names.size() - 1).join(u", "_s), names.last());
}

} // namespace onco
