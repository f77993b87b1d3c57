#pragma once

#include "CoreError.h"
#include "Result.h"
#include "caseStore/CaseStore.h"
#include "io/CaseLoadOptions.h"
#include "match/Annotator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace onco {

class KnowledgeBase;

/** Helpers shared by the oncoboard-cli commands. */
namespace Cli {

/** The usage text printed by `help` and after a usage error. */
const QString& usageText();
/**
 * One command's part of usageText(): `annotate`, a group (`case`: all its commands, with the
 * notes that hold for all of them) or one command of a group (`case new`). Empty when there is no
 * such command.
 */
QString commandHelp(const QString& command, const QString& subcommand = {});

void printErr(const QString& text);
void printOut(const QString& text);

/** Prints "oncoboard-cli: MESSAGE" and the usage; returns the usage-error exit code. */
int usageError(const QString& message);

/** Prints the error ("PATH:LINE: message") and returns the exit code its kind calls for. */
int coreFailure(const CoreError& error);

/**
 * The audit check of `path` as `audit verify` and `db check` say it: "audit trail intact ..." on
 * stdout (Success), or where it broke on stderr (Failure).
 */
int printAuditCheck(const QString& path, const AuditCheck& check);

/** Opens the knowledge base named by --kb, else the default one, with the bundled CIViC release. */
Result<std::unique_ptr<KnowledgeBase>> openKnowledgeBase(const QString& path);

/**
 * The --kb-release SOURCE=RELEASE choices into `options`; an empty string, or the usage message
 * for the first malformed one.
 */
QString parseReleaseChoices(const QStringList& choices, AnnotateOptions& options);

/**
 * Reads --receptor choices ("HER2=positive", "ER=negative"; receptors ER, PR, HER2; status
 * positive, negative, and for HER2 low or ultralow) into `status`. Returns an error message for the
 * first malformed one, else empty.
 */
QString parseReceptorChoices(const QStringList& choices, QMap<QString, QString>& status);

/**
 * Reads --panel-size: a coding territory in megabases, "1.94" or "1.94Mb" (0.01 to 100); nullopt
 * when it is not one.
 */
std::optional<double> parsePanelSize(const QString& text);

/** Reads --max-records: a whole number of alterations, 0 for no cap; nullopt when it is not one. */
std::optional<qint64> parseMaxRecords(const QString& text);

/**
 * The input options `annotate`, `annotate-cohort` and `case new` share (--genome, --reference,
 * --allow-truncated, --max-records) into `load`: empty, or the usage message for the first
 * malformed one.
 */
QString readInputOptions(const QCommandLineParser& parser, CaseLoadOptions& load);

/** "yyyy-MM-dd HH:mm UTC" now, or at SOURCE_DATE_EPOCH when set (reproducible output, as for builds). */
QString generationTime();

/** A subcommand's name and what runs it with its arguments ("oncoboard-cli plan add" first). */
using Subcommand = std::pair<const char*, std::function<int(const QStringList&)>>;

/**
 * Runs the subcommand named by arguments[1] ("kb list", "plan add"); a usage error naming the
 * group and its subcommands when it is missing or unknown.
 */
int dispatch(const QStringList& arguments, const std::vector<Subcommand>& subcommands);

/** An option of a case command: a flag, or one taking a value named `value`. */
QCommandLineOption option(const char* name, const char* value = nullptr);

/** The parser of one case, plan or report command. */
struct CaseParser
{
    QCommandLineParser parser;

    explicit CaseParser(const QList<QCommandLineOption>& options);
    /** 0 when parsed, else the exit code after printing the usage error. */
    int
    parse(const QStringList& arguments, const QStringList& required, qsizetype minPositional, qsizetype maxPositional);
    QString value(const char* name) const
    {
        return parser.value(QString::fromLatin1(name)).trimmed();
    }
    QStringList values(const char* name) const
    {
        return parser.values(QString::fromLatin1(name));
    }
    bool isSet(const char* name) const
    {
        return parser.isSet(QString::fromLatin1(name));
    }
    QStringList args() const
    {
        return parser.positionalArguments();
    }
};

/** The actor of a command: the OS account and settings, with --as/--signer and --role given. */
Actor actorOf(const CaseParser& p, const char* nameOption);

Result<std::unique_ptr<CaseStore>> openStore(const QString& path, CaseStore::Mode mode = CaseStore::Mode::ReadWrite);

/**
 * Gives the store the passphrase its identifiers are sealed with, from ONCOBOARD_PASSPHRASE
 * (scripts and CI; the window asks). Locked, naming the variable, when it is not set.
 */
Result<void> unlockIdentities(CaseStore& store);

/** The --case id; InvalidArgument when it is not a positive number. */
Result<qint64> caseIdOf(const CaseParser& p);

/** A command on one stored case: its id and its open case database. */
struct OpenCase
{
    qint64 id = 0;
    std::unique_ptr<CaseStore> store;
};

/**
 * Parses a command that needs --db and --case (and `required` more, no positional arguments) and
 * opens the case database: 0, or the exit code after printing the problem.
 */
int openCase(
    CaseParser& p, const QStringList& arguments, const QStringList& required, CaseStore::Mode mode, OpenCase& out);

/**
 * An output that appears only when everything succeeded: stdout, a file written atomically (a
 * temporary file renamed over it at commit), or straight to an existing device or pipe
 * (`/dev/stdout`, a FIFO), which is never replaced. Every write and the commit are checked: a full
 * disk leaves no partial file.
 */
class Output
{
public:
    explicit Output(QString path)
        : m_path(std::move(path))
    {
    }
    bool isStdout() const
    {
        return m_path == u"-";
    }
    const QString& path() const
    {
        return m_path;
    }
    /** Opens the output; nullptr with `error` set when it cannot be, or is one of `protectedPaths` (inputs, the
     * database). */
    QIODevice* open(QString& error, const QStringList& protectedPaths = {});
    /** Writes all of `data` to the open output; false with `error` set when not every byte was taken. */
    bool write(const QByteArray& data, QString& error);
    /** Lets `writer` stream to the open output; false with `error` set when it reports a refused write. */
    bool stream(const std::function<bool(QIODevice*)>& writer, QString& error);
    /** Makes the output appear; false with `error` set ("No space left on device; nothing was written"). */
    bool commit(QString& error);
    void cancel();

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QFile> m_direct; ///< stdout, or a device or pipe written in place
    bool m_failed = false;           ///< a write did not take every byte
};

} // namespace Cli

} // namespace onco
