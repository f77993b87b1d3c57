// oncoboard-cli help: `COMMAND --help`, `COMMAND SUBCOMMAND --help` and `help COMMAND` print that
// command's part of the help and exit 0; every command the help names answers its own --help (so
// the help and the commands cannot drift apart unnoticed); unknown commands are refused with exit 2.

#include "cli/CliRunner.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

class TestCliHelp : public QObject
{
    Q_OBJECT

private slots:
    void everyCommandOfTheHelpAnswersItsHelp();
    void commandHelpIsThatCommandsPart();
    void helpAfterArgumentsAndAsCommand();
    void unknownCommandsAreRefused();
};

namespace {

/** The command words of each command line of the full help ("case new", "keys register|revoke"). */
QStringList commandsOfTheHelp(const QByteArray& help)
{
    QStringList commands;
    bool inCommands = false;
    for (const QString& line : QString::fromUtf8(help).split(u'\n')) {
        if (line == u"Commands:")
            inCommands = true;
        else if (line.isEmpty())
            inCommands = false;
        else if (inCommands && !line.startsWith(u"   ")) {
            QStringList words;
            for (const QString& w : line.mid(2).split(u' ')) {
                if (w.isEmpty() || !w.front().isLower())
                    break;
                words << w.section(u'|', 0, 0);
            }
            commands << words.join(u' ');
        }
    }
    commands.removeDuplicates();
    return commands;
}

} // namespace

void TestCliHelp::everyCommandOfTheHelpAnswersItsHelp()
{
    const test::CliRun full = test::runCli({u"--help"_s});
    QCOMPARE(full.exitCode, 0);
    const QStringList commands = commandsOfTheHelp(full.out);
    // Every command group of the program is in the help, each with its subcommands.
    for (const char* expected : {"annotate",
                                 "annotate-cohort",
                                 "kb init",
                                 "kb import-civic",
                                 "case new",
                                 "case state",
                                 "plan add",
                                 "report",
                                 "report verify",
                                 "verify",
                                 "keys register",
                                 "members set",
                                 "meeting minutes",
                                 "outcome cohort",
                                 "recheck",
                                 "audit verify",
                                 "db grant",
                                 "help"})
        QVERIFY2(commands.contains(QLatin1StringView(expected)), expected);
    QVERIFY(commands.size() >= 50);
    for (const QString& command : commands) {
        if (command == u"help" || command == u"version")
            continue;
        const test::CliRun r = test::runCli(command.split(u' ') << u"--help"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(command + u": "_s + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.isEmpty(), qPrintable(command));
        QVERIFY2(r.out.startsWith("Usage: oncoboard-cli " + command.toUtf8() + " [OPTIONS]\n"), qPrintable(command));
        QVERIFY2(r.out.contains("\n  " + command.section(u' ', 0, 0).toUtf8()), qPrintable(command));
        QVERIFY2(r.out.contains("Exit codes: 0 success"), qPrintable(command));
        // Shorter than the whole help: only this command's part.
        QVERIFY2(r.out.size() < full.out.size() / 2, qPrintable(command));
    }
}

void TestCliHelp::commandHelpIsThatCommandsPart()
{
    const test::CliRun annotate = test::runCli({u"annotate"_s, u"--help"_s});
    QCOMPARE(annotate.exitCode, 0);
    QVERIFY(annotate.out.contains("--tumor-type CODE"));
    QVERIFY(annotate.out.contains("--max-records N"));
    QVERIFY(!annotate.out.contains("annotate-cohort"));
    QVERIFY(!annotate.out.contains("CASEDB is")); // annotate takes no case database

    // One command of a group: its lines and the notes that hold for the whole group, no other command.
    const test::CliRun caseNew = test::runCli({u"case"_s, u"new"_s, u"--help"_s});
    QCOMPARE(caseNew.exitCode, 0);
    QVERIFY(caseNew.out.contains("--patient PSEUDONYM"));
    QVERIFY(caseNew.out.contains("(case commands take --as NAME"));
    QVERIFY(caseNew.out.contains("CASEDB is an SQLite file or a PostgreSQL database"));
    QVERIFY(!caseNew.out.contains("case review"));

    // The group: every command of it.
    const test::CliRun kb = test::runCli({u"kb"_s, u"--help"_s});
    QCOMPARE(kb.exitCode, 0);
    for (const char* sub : {"kb init", "kb list", "kb import-civic", "kb import-oncokb", "kb use", "kb therapy"})
        QVERIFY2(kb.out.contains(sub), sub);
    QVERIFY(!kb.out.contains("case new"));

    // Alternatives written together are found by either name.
    const test::CliRun revoke = test::runCli({u"keys"_s, u"revoke"_s, u"-h"_s});
    QCOMPARE(revoke.exitCode, 0);
    QVERIFY(revoke.out.contains("keys register|revoke --db CASEDB --fingerprint FP"));
    QVERIFY(revoke.out.contains("need --role administrator"));
}

void TestCliHelp::helpAfterArgumentsAndAsCommand()
{
    const test::CliRun plain = test::runCli({u"annotate"_s, u"--help"_s});
    // --help among other arguments wins over them: nothing is read, nothing written.
    const test::CliRun after = test::runCli({u"annotate"_s, u"missing.vcf"_s, u"--json"_s, u"out.json"_s, u"--help"_s});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, plain.out);
    const test::CliRun asCommand = test::runCli({u"help"_s, u"annotate"_s});
    QCOMPARE(asCommand.exitCode, 0);
    QCOMPARE(asCommand.out, plain.out);
    const test::CliRun sub = test::runCli({u"help"_s, u"db"_s, u"backup"_s});
    QCOMPARE(sub.exitCode, 0);
    QVERIFY(sub.out.startsWith("Usage: oncoboard-cli db backup [OPTIONS]"));
    QVERIFY(!sub.out.contains("db restore"));
    // A subcommand the group lacks: the whole group's help.
    const test::CliRun group = test::runCli({u"db"_s, u"nonsense"_s, u"--help"_s});
    QCOMPARE(group.exitCode, 0);
    QVERIFY(group.out.startsWith("Usage: oncoboard-cli db [OPTIONS]"));
    QVERIFY(group.out.contains("db restore"));
}

void TestCliHelp::unknownCommandsAreRefused()
{
    const test::CliRun help = test::runCli({u"help"_s, u"annotat"_s});
    QCOMPARE(help.exitCode, 2);
    QVERIFY(help.err.contains("unknown command 'annotat'"));
    const test::CliRun dashed = test::runCli({u"annotat"_s, u"--help"_s});
    QCOMPARE(dashed.exitCode, 2);
    QVERIFY(dashed.err.contains("unknown command 'annotat'"));
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_CliHelp.moc"
