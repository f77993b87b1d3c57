// oncoboard-cli db: the whole case database (create, migrate, check, back up, restore, grant).

#include "CliApp.h"
#include "CliCommon.h"

#include "caseStore/CaseMaintenance.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace onco {

using namespace Cli;

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CliApp)
};

/** The check in lines: what the database holds, then each problem; Success only when it passed. */
int report(const QString& path, const DatabaseCheck& check)
{
    printOut(Messages::tr("%1: schema %2, %3 patient(s), %4 case(s), %5 final")
                 .arg(path)
                 .arg(check.schemaVersion)
                 .arg(check.patients)
                 .arg(check.cases)
                 .arg(check.finalCases));
    const int audit = printAuditCheck(path, check.audit);
    for (const QString& problem : check.problems)
        printErr(u"%1: %2"_s.arg(path, problem));
    return check.problems.isEmpty() ? audit : CliApp::Failure;
}

int dbInit(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE")});
    if (int rc = p.parse(arguments, {u"db"_s}, 0, 0))
        return rc;
    auto version = CaseMaintenance::init(p.value("db"));
    if (!version)
        return coreFailure(version.error());
    printOut(Messages::tr("%1: empty case database, schema %2").arg(p.value("db")).arg(*version));
    return CliApp::Success;
}

int dbMigrate(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE")});
    if (int rc = p.parse(arguments, {u"db"_s}, 0, 0))
        return rc;
    auto versions = CaseMaintenance::migrate(p.value("db"));
    if (!versions)
        return coreFailure(versions.error());
    printOut(versions->first == versions->second
                 ? Messages::tr("%1: schema %2, nothing to migrate").arg(p.value("db")).arg(versions->second)
                 : Messages::tr("%1: migrated from schema %2 to %3")
                       .arg(p.value("db"))
                       .arg(versions->first)
                       .arg(versions->second));
    return CliApp::Success;
}

int dbCheck(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE")});
    if (int rc = p.parse(arguments, {u"db"_s}, 0, 0))
        return rc;
    auto check = CaseMaintenance::check(p.value("db"));
    if (!check)
        return coreFailure(check.error());
    return report(p.value("db"), *check);
}

int dbBackup(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE"), option("out", "FILE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"out"_s}, 0, 0))
        return rc;
    auto check = CaseMaintenance::backup(p.value("db"), p.value("out"));
    if (!check)
        return coreFailure(check.error());
    printOut(Messages::tr("backup written: %1").arg(p.value("out")));
    return report(p.value("out"), *check);
}

int dbRestore(const QStringList& arguments)
{
    CaseParser p({option("db", "FILE")});
    if (int rc = p.parse(arguments, {u"db"_s}, 1, 1))
        return rc;
    auto check = CaseMaintenance::restore(p.args().at(0), p.value("db"));
    if (!check)
        return coreFailure(check.error());
    printOut(Messages::tr("restored from %1").arg(p.args().at(0)));
    return report(p.value("db"), *check);
}

int dbGrant(const QStringList& arguments)
{
    CaseParser p({option("db", "URL"), option("role", "ROLE"), option("board-role", "ROLE")});
    if (int rc = p.parse(arguments, {u"db"_s, u"role"_s}, 0, 0))
        return rc;
    auto granted = CaseMaintenance::grant(p.value("db"), p.value("role"), p.value("board-role"));
    if (!granted)
        return coreFailure(granted.error());
    if (p.isSet("board-role"))
        printOut(Messages::tr("%1: %2 may do what a %3 does; decisions and the audit trail stay append-only")
                     .arg(p.value("db"), p.value("role"), p.value("board-role")));
    else
        printOut(Messages::tr("%1: %2 may read, record and sign; decisions and the audit trail stay append-only")
                     .arg(p.value("db"), p.value("role")));
    return CliApp::Success;
}

} // namespace

int dbCommand(const QStringList& arguments)
{
    return dispatch(arguments,
                    {{"init", dbInit},
                     {"migrate", dbMigrate},
                     {"check", dbCheck},
                     {"backup", dbBackup},
                     {"restore", dbRestore},
                     {"grant", dbGrant}});
}

} // namespace onco
