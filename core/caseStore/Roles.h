#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace onco {

/** The roles of a tumor board's members (docs/security.md, "Roles"). */
enum class Role : quint8
{
    MolecularPathologist,
    Oncologist,
    Geneticist,
    Coordinator,
    Administrator,
};

/** What a member does to a case database. */
enum class RoleAction : quint8
{
    Review,          ///< record a decision on an alteration
    Plan,            ///< add, change or remove plan items
    PlanDetails,     ///< the plan's meeting date, participants, conclusion and follow-up
    Meetings,        ///< board meetings: their agenda, presenters, questions and recorded conclusions
    Outcomes,        ///< what became of a recommendation: given or not, the response, dates
    SignPreliminary, ///< mark a case preliminary (signed)
    SignFinal,       ///< sign a case final, amend a final case
    ManageKeys,      ///< register and revoke signers' keys
    ManageMembers,   ///< give accounts their roles
};

/** "molecular pathologist", "oncologist", "geneticist", "coordinator", "administrator". */
QString roleName(Role role);
/** The role a text names (its name, or "clinical geneticist", "tumor board coordinator"); nullopt else. */
std::optional<Role> parseRole(const QString& text);
/** Every role's name, in the order above. */
QStringList roleNames();
/** "review decisions", "sign a case final" ... */
QString roleActionText(RoleAction action);

/** Whether the role may do it. */
bool roleMay(Role role, RoleAction action);
/** The names of the roles that may do it ("molecular pathologist or oncologist"). */
QString rolesThatMay(RoleAction action);

} // namespace onco
