#include "CliCommon.h"

#include "CliApp.h"
#include "io/OutputFile.h"
#include "kb/KnowledgeBase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace onco::Cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CliApp)
};

} // namespace

const QString& usageText()
{
    static const QString text = uR"(Usage: oncoboard-cli COMMAND [OPTIONS]

Commands:
  version                       print the version
  annotate INPUT [INPUT...]     annotate a case's variant files against the knowledge base
      --tumor-type CODE         OncoTree code of the patient's tumor (without it: flagged, tiers capped at II)
      --genome GRCh37|GRCh38    genome build of the inputs (default: from the file headers)
      --tumor-sample NAME       sample column of the tumor (default: from the header)
      --normal-sample NAME      sample column of the matched normal (default: from the header)
      --json OUT                write the annotation as JSON (oncoboard.annotation/1); '-' for stdout
      --tsv OUT                 write one row per alteration as TSV; '-' for stdout
      --pdf OUT                 write the PDF case summary
      --kb-release SOURCE=RELEASE
                                use this release of a source for this run (repeatable)
      --kb FILE                 knowledge-base file (default: the user's application data folder)
      --receptor R=STATUS       receptor status of the tumor: ER, PR, HER2 = positive|negative
                                (HER2 also low|ultralow), for receptor-defined subtypes (repeatable)
      --panel-size MB           coding territory of the assay: estimates the TMB from the variants
      --reference FASTA         the lab's reference genome (indexed with samtools faidx): variants without
                                functional annotation get full protein changes, and every REF is checked
      --allow-truncated         read a bgzipped file that lacks its end-of-file block up to the cut
                                (default: refused, exit 3)
      --max-records N           most alterations one input may give (default 10000000; 0: no cap);
                                reading stops there with exit 3
  annotate-cohort INPUT... [--clinical FILE] [--tumor-type CODE] [--out DIR] [--jsonl OUT] [--tsv OUT]
                                annotate every sample of a study (MAF, copy-number and fusion tables of
                                many samples, one VCF per patient) as its own case, each file read once
      --clinical FILE           sample table: tumor type per sample (ONCOTREE_CODE, or cBioPortal
                                CANCER_TYPE_DETAILED), TMB, MSI, receptor status
      --tumor-type CODE         the tumor type of samples the table gives none (others: flagged, tiers
                                capped at II)
      --out DIR                 one JSON per sample (oncoboard.annotation/1), named after the sample
      --jsonl OUT               one JSON per sample per line (JSON Lines); '-' for stdout (the default)
      --tsv OUT                 one row per alteration with the sample, gene, protein change, the highest
                                level per scheme and the therapies (oncokb-annotator column names)
      --threads N               annotation threads (default: the processor's cores); the output is the
                                same whatever N
      (--genome, --kb, --kb-release, --receptor, --panel-size, --reference, --allow-truncated and
       --max-records as for annotate)
  kb init PATH                  create a knowledge base at PATH with the bundled releases (an explicit
                                --kb FILE must exist: a mistyped path never gives an empty one)
  kb list                       list the sources and releases in the knowledge base
  kb info [SOURCE [RELEASE]]    counts, files, checksums and import warnings of a release
      --warnings                list every import warning
  kb import-civic DIR           import a CIViC release (its TSV files)
      --release DATE            name the release when the file names carry no date
  kb import-oncokb FILE...      import the site's own licensed OncoKB files
      --release NAME            name the release (default: version in the file names, else file date)
  kb import-approvals FILE      import a site's edited approvals table as a further Approvals release
      --release NAME            name the release
  kb import-moalmanac FILE      import a site's own Molecular Oncology Almanac download (JSON)
      --release NAME            name the release
  kb use SOURCE RELEASE         make RELEASE the release of SOURCE used for annotation
  kb relation CODE DOID         how an OncoTree tumor type relates to a Disease Ontology disease
  kb add-evidence               add a locally curated evidence item (source "Local")
      --gene G --alteration A --type T --level A..E --statement S --curator NAME --reason R
      [--disease NAME] [--doid N] [--tumor-type CODE] [--therapy T]... [--interaction I]
      [--significance S] [--direction D] [--citation TEXT] [--pmid N] [--date YYYY-MM-DD]
  kb therapy NAME               the preferred name and synonyms of a therapy
      (every kb command takes --kb FILE)
  case new INPUT... --db CASEDB [--tumor-type CODE] [--patient PSEUDONYM] [--specimen TEXT]
      [--assay TEXT] [--purity FRACTION] [--sample-date DATE] [--receptor R=STATUS]
      [--panel-size MB]         (or the assay's size: --assay "TSO500, 1.94 Mb")
      [--reference FASTA]       the lab's reference genome, as for annotate
      [--allow-truncated] [--max-records N]
                                as for annotate
      [--name NAME] [--mrn NUMBER] [--birth-date YYYY-MM-DD]
                                the patient's identifiers, stored sealed (needs ONCOBOARD_PASSPHRASE)
                                annotate the inputs and store them as a draft case; prints its id
  case list --db CASEDB         the cases, one per line (TSV)
  case show --db CASEDB --case ID
                                the case's alterations with tiers and current decisions (TSV)
  case review --db CASEDB --case ID --alteration REF --decision D [--comment TEXT]
                                record a decision (include, exclude, vus, artefact, germline-referral)
                                on GENE:p.CHANGE or CHROM:POS:REF:ALT
  case accept-earlier --db CASEDB --case ID --alteration REF
                                take over the decision made on the same alteration in an earlier case
  case state --db CASEDB --case ID preliminary|final|draft --signer NAME --role ROLE [--kb FILE]
                                preliminary and final are signed with the signer's Ed25519 key (made
                                on first use; kept in the keychain, else sealed with
                                ONCOBOARD_SIGNING_PASSPHRASE) over the case and its report content
  case version --db CASEDB --case ID
                                the case's newest audit entry: its number, time, who, what
      --if-version SEQ          (case review, accept-earlier, state) change the case only if its version
                                is still SEQ, else exit code 1 and who changed it
  case amend --db CASEDB --case ID --reason TEXT
                                a new draft version of a final case; prints its id
  case export-bundle --db CASEDB --case ID --out FILE
  case import-bundle --db CASEDB FILE [--patient PSEUDONYM] [--kb FILE]
                                its signatures must hold and the case be what the newest signed;
                                a bundle whose patient pseudonym names another person here is refused;
                                --patient imports its patient under another pseudonym (audited)
  case identity --db CASEDB --patient PSEUDONYM [--name NAME] [--mrn NUMBER] [--birth-date DATE]
                                set a patient's identifiers (sealed with the database's passphrase,
                                ONCOBOARD_PASSPHRASE), or print them (written to the audit chain)
  case timeline --db CASEDB --patient PSEUDONYM [--all] [--tsv OUT]
                                the patient's samples over time (tissue, liquid biopsy) and the
                                alterations that appeared or were not found again between them
                                (tiers I-II or with evidence; --all: every one); --tsv: each
                                alteration's VAF per sample
  case audit --db CASEDB --case ID
                                the case's audit entries
      (case commands take --as NAME / --signer NAME and --role ROLE; default: the OS account and
       the identity settings)
  plan add --db CASEDB --case ID --therapy NAME [--therapy NAME...] [--interaction TYPE]
      [--alteration REF...] [--evidence EID...] [--rationale TEXT] [--trial NCT...] [--priority N]
                                add a recommendation to the board's plan (refused on a final case);
                                --evidence pre-fills it from a matched evidence item; prints its id
  plan add --db CASEDB --case ID --kind trial|diagnostic --title TEXT [--trial NCT...] ...
                                a clinical trial or a further diagnostic step
  plan list --db CASEDB --case ID
                                the plan's items (TSV) and its conclusion, meeting and follow-up
  plan remove --db CASEDB --case ID --item ID
  plan set --db CASEDB --case ID [--conclusion TEXT] [--follow-up DATE] [--meeting-date DATE]
      [--participant NAME...]
  report --db CASEDB --case ID [--pdf OUT] [--json OUT] [--fhir OUT]
                                the case report: PDF summary, JSON (oncoboard.report/1), FHIR R4
                                Genomics Reporting bundle
      --identifiers             include the patient's identifying data (default: pseudonym only;
                                needs ONCOBOARD_PASSPHRASE; written to the audit chain)
      --page-size A4|Letter --institution NAME --logo FILE
                                (defaults: the window's report settings)
      --patient-summary OUT [--contact TEXT]
                                the summary for the patient in plain language (signed cases only)
      --patient-text-out FILE   its wording as text to edit; --patient-text FILE prints the edited one
      --language de|en|es|fr    the PDF and the patient's summary in this language (default
                                English; JSON and FHIR stay English)
  report verify --db CASEDB --case ID [--kb FILE]
                                check every signature of the case and that the case and its report
                                are what was signed, naming each change; exit code 1 when not
  verify REPORT.json [--db CASEDB]
                                check the signatures a report JSON file carries against its content
                                (with --db: only keys registered there count)
  keys list --db CASEDB         signers' keys: fingerprint, account, registered/pending/revoked
  keys register|revoke --db CASEDB --fingerprint FP
                                an administrator registers a signer's key (its signatures count
                                from then on) or revokes it
  keys show                     this account's signing key (made when it has none)
      (keys register/revoke and members set need --role administrator)
  members list --db CASEDB      the board's members and their roles
  members set --db CASEDB --account ACCOUNT [--grant ROLE...] --role administrator
                                give an account its roles (molecular pathologist, oncologist,
                                geneticist, coordinator, administrator); no --grant removes it. Once
                                a database has members, each account acts only in its roles; the
                                first member is the administrator who sets up the others
  meeting new --db CASEDB --date DATE [--title TEXT] [--participant NAME...]
                                plan a board meeting; prints its id
  meeting add --db CASEDB --meeting ID --case ID [--presenter NAME] [--question TEXT]
                                put a case at the end of the meeting's agenda
  meeting move --db CASEDB --meeting ID --case ID --position N
                                move a case on the agenda (1 is presented first)
  meeting record --db CASEDB --meeting ID --case ID --conclusion TEXT
                                record what the meeting concluded on a case (also in its audit chain)
  meeting list --db CASEDB      every meeting: date, title, cases, cases concluded, participants
  meeting show --db CASEDB --meeting ID
                                the agenda: position, case, patient, tumor type, state, presenter,
                                question, recommendations (plan items), conclusion
  meeting minutes --db CASEDB --meeting ID --pdf OUT [--institution NAME] [--page-size A4|Letter]
      [--language de|en|es|fr]
                                the minutes: participants, and per case its question, the board's
                                recommendations, the conclusion, follow-up and who signed it
      (meeting new/add/move/record take --as NAME and --role ROLE: a clinician or a coordinator)
  outcome record --db CASEDB --case ID --item ID --given given|not-given|unknown [--response CR|PR|SD|PD|NE]
      [--started DATE] [--stopped DATE] [--stop-reason TEXT] [--assessed DATE] [--note TEXT]
                                what became of a recommendation (RECIST 1.1 response; NE: not
                                evaluable); also on a final case; appended, audited; prints its id
  outcome list --db CASEDB --case ID
                                the case's recorded outcomes, oldest first (TSV)
  outcome cohort --db CASEDB --case ID --alteration REF [--any-tumor-type]
                                earlier patients of this database with the same alteration (and tumor
                                type), what the board recommended and what became of it (TSV)
  recheck CASEDB --case ID [--kb FILE] [--kb-release SOURCE=RELEASE]
                                what a newer knowledge base would change (the case is not touched)
  audit verify CASEDB           check the audit chain; exit code 1 at the first broken entry
  db init --db CASEDB           create an empty case database (refuses an existing file, or a server
                                database that already holds a case store)
  db migrate --db CASEDB        bring a case database of an older schema to this version's
  db check --db CASEDB          damage, broken references, missing guards of final cases and audit,
                                the audit chain and every final case's signed content; exit code 1
                                on any problem
  db backup --db CASEDB --out FILE
                                a consistent copy of the whole database while others may write, as
                                an SQLite file, checked before it is moved into place (never over an
                                existing file)
  db restore --db CASEDB FILE   restore a backup into a new case database (a new file, or an empty
                                server database), after checking the backup
  db grant --db URL --role ROLE [--board-role ROLE]
                                lets a PostgreSQL role (the department's logins) use the case store
                                without rewriting decisions or the audit trail (run as the owner);
                                --board-role coordinator|administrator narrows it to that role's work
  help [COMMAND [SUBCOMMAND]]   print this help, or one command's (also: COMMAND [SUBCOMMAND] --help)

CASEDB is an SQLite file or a PostgreSQL database: postgresql://USER@HOST[:PORT]/DATABASE
[?sslmode=verify-full]. The password comes from ~/.pgpass or PGPASSWORD, never from the address.

Exit codes: 0 success, 1 failure, 2 usage error, 3 bad input.)"_s;
    return text;
}

namespace {

/** A command's lines in usageText(): the line naming it and the deeper-indented lines after it. */
struct HelpBlock
{
    QStringList words; ///< "case", "new"; alternatives as written ("register|revoke")
    QStringList lines;
};

QList<HelpBlock> helpBlocks()
{
    QList<HelpBlock> blocks;
    bool inCommands = false;
    for (const QString& line : usageText().split(u'\n')) {
        if (line == u"Commands:") {
            inCommands = true;
            continue;
        }
        if (!inCommands)
            continue;
        if (line.isEmpty())
            break;
        if (!line.startsWith(u"   ")) {
            HelpBlock block;
            // The command's words are the lower-case ones before its arguments and description.
            for (const QString& word : line.mid(2).split(u' ')) {
                if (word.isEmpty() || !word.front().isLower())
                    break;
                block.words << word;
            }
            block.lines << line;
            blocks << block;
        } else if (!blocks.isEmpty()) {
            blocks.last().lines << line;
        }
    }
    return blocks;
}

bool isNote(const QString& line)
{
    return line.trimmed().startsWith(u'(');
}

} // namespace

QString commandHelp(const QString& command, const QString& subcommand)
{
    QList<HelpBlock> group;
    for (const HelpBlock& b : helpBlocks())
        if (b.words.value(0) == command)
            group << b;
    if (group.isEmpty())
        return {};
    QList<HelpBlock> chosen;
    if (!subcommand.isEmpty())
        for (const HelpBlock& b : std::as_const(group))
            if (b.words.size() > 1 && b.words[1].split(u'|').contains(subcommand))
                chosen << b;
    QStringList lines;
    for (const HelpBlock& b : chosen.isEmpty() ? group : chosen)
        lines << b.lines;
    // The notes closing a group ("every kb command takes --kb FILE") hold for each of its commands.
    if (!chosen.isEmpty() && chosen.last().lines != group.last().lines) {
        const QStringList& last = group.last().lines;
        // The notes are the block's last lines: each opens with "(" and may wrap onto further lines.
        qsizetype first = last.size();
        for (qsizetype i = last.size() - 1; i > 0 && !last[i].startsWith(u"      -"); --i)
            if (isNote(last[i]))
                first = i;
        if (last.back().trimmed().endsWith(u')'))
            lines << last.mid(first);
    }
    const QString name = chosen.isEmpty() ? command : command + u' ' + subcommand;
    QStringList paragraphs{u"Usage: oncoboard-cli %1 [OPTIONS]"_s.arg(name), lines.join(u'\n')};
    // The closing paragraphs of the whole help that concern this command: CASEDB, exit codes.
    const QStringList closing = usageText().split(u"\n\n"_s).mid(2);
    for (const QString& p : closing)
        if (!p.startsWith(u"CASEDB"_s) || paragraphs[1].contains(u"CASEDB"_s))
            paragraphs << p;
    return paragraphs.join(u"\n\n"_s);
}

void printErr(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
}

void printOut(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
}

QCommandLineOption option(const char* name, const char* value)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString());
}

CaseParser::CaseParser(const QList<QCommandLineOption>& options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
}

int CaseParser::parse(const QStringList& arguments,
                      const QStringList& required,
                      qsizetype minPositional,
                      qsizetype maxPositional)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    for (const QString& r : required)
        if (parser.value(r).trimmed().isEmpty())
            return usageError(Messages::tr("%1 needs --%2").arg(arguments.value(0), r));
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional)
        return usageError(Messages::tr("%1: wrong number of arguments").arg(arguments.value(0)));
    return 0;
}

/** The actor of a command: the OS account and settings, with --as/--signer and --role given. */
Actor actorOf(const CaseParser& p, const char* nameOption)
{
    Actor a = Actor::current();
    if (!p.value(nameOption).isEmpty())
        a.name = p.value(nameOption);
    if (!p.value("role").isEmpty())
        a.role = p.value("role");
    return a;
}

Result<std::unique_ptr<CaseStore>> openStore(const QString& path, CaseStore::Mode mode)
{
    return CaseStore::open(path, mode);
}

Result<void> unlockIdentities(CaseStore& store)
{
    const QString passphrase = qEnvironmentVariable("ONCOBOARD_PASSPHRASE");
    if (passphrase.isEmpty())
        return fail(CoreError::Code::Locked,
                    Messages::tr("identifiers are sealed with the case database's passphrase: set "
                                 "ONCOBOARD_PASSPHRASE (it is never taken from the command line)"),
                    store.path());
    return store.unlockIdentities(passphrase);
}

Result<qint64> caseIdOf(const CaseParser& p)
{
    bool ok = false;
    const qint64 id = p.value("case").toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("--case takes a case id, not '%1'").arg(p.value("case")));
    return id;
}

int dispatch(const QStringList& arguments, const std::vector<Subcommand>& subcommands)
{
    const QString group = arguments.value(0).section(u' ', -1);
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + sub);
    QStringList names;
    for (const auto& [name, run] : subcommands) {
        if (sub == QLatin1StringView(name))
            return run(rest);
        names << QString::fromLatin1(name);
    }
    return usageError(sub.isEmpty() ? Messages::tr("%1 needs a command (%2)").arg(group, names.join(u", "_s))
                                    : Messages::tr("unknown %1 command '%2'").arg(group, sub));
}

int openCase(
    CaseParser& p, const QStringList& arguments, const QStringList& required, CaseStore::Mode mode, OpenCase& out)
{
    if (int rc = p.parse(arguments, QStringList{u"db"_s, u"case"_s} + required, 0, 0))
        return rc;
    auto id = caseIdOf(p);
    if (!id)
        return coreFailure(id.error());
    auto store = openStore(p.value("db"), mode);
    if (!store)
        return coreFailure(store.error());
    out.id = *id;
    out.store = std::move(*store);
    return 0;
}

int usageError(const QString& message)
{
    printErr(u"oncoboard-cli: "_s + message);
    printErr(usageText());
    return CliApp::UsageError;
}

int coreFailure(const CoreError& error)
{
    printErr(error.toString());
    switch (error.code) {
    case CoreError::Code::BadInput:
    case CoreError::Code::Io:
        return CliApp::BadInput;
    case CoreError::Code::InvalidArgument:
        return CliApp::UsageError;
    default:
        return CliApp::Failure;
    }
}

int printAuditCheck(const QString& path, const AuditCheck& check)
{
    if (!check.ok()) {
        printErr(Messages::tr("%1: audit trail broken at entry %2 of %3: %4")
                     .arg(path)
                     .arg(check.firstBroken)
                     .arg(check.entries)
                     .arg(check.problem));
        return CliApp::Failure;
    }
    QString text = Messages::tr("audit trail intact: %1 entries; %2 of %3 final case(s) as they were signed")
                       .arg(check.entries)
                       .arg(check.finalCasesVerified)
                       .arg(check.finalCases);
    if (!check.unverifiable.isEmpty()) {
        QStringList ids;
        for (const qint64 id : check.unverifiable)
            ids << QString::number(id);
        text += Messages::tr(" (case(s) %1 signed before content digests were recorded: their content cannot be "
                             "checked)")
                    .arg(ids.join(u", "_s));
    }
    printOut(text);
    return CliApp::Success;
}

Result<std::unique_ptr<KnowledgeBase>> openKnowledgeBase(const QString& path)
{
    // A mistyped --kb would otherwise give a fresh knowledge base without the site's OncoKB
    // releases and local evidence, and annotate without them: only `kb init` creates one.
    if (!path.isEmpty() && !QFileInfo::exists(path))
        return fail(CoreError::Code::Io,
                    QCoreApplication::translate("onco::CliApp",
                                                "no knowledge base here; create one with 'oncoboard-cli kb init %1'")
                        .arg(path),
                    path);
    auto kb = KnowledgeBase::open(path.isEmpty() ? KnowledgeBase::defaultPath() : path);
    if (!kb)
        return kb;
    if (auto r = (*kb)->ensureBundled(); !r)
        return Unexpected{r.error()};
    return kb;
}

QString parseReleaseChoices(const QStringList& choices, AnnotateOptions& options)
{
    for (const QString& choice : choices) {
        const qsizetype eq = choice.indexOf(u'=');
        if (eq <= 0 || eq == choice.size() - 1)
            return QCoreApplication::translate("onco::CliApp",
                                               "--kb-release takes SOURCE=RELEASE, e.g. CIViC=2025-07-01, not '%1'")
                .arg(choice);
        options.releases.insert(choice.left(eq).trimmed(), choice.mid(eq + 1).trimmed());
    }
    return {};
}

QString parseReceptorChoices(const QStringList& choices, QMap<QString, QString>& status)
{
    for (const QString& choice : choices) {
        const QString receptor = choice.section(u'=', 0, 0).trimmed().toUpper();
        const QString value = choice.section(u'=', 1).trimmed().toLower();
        const bool known = receptor == u"ER" || receptor == u"PR" || receptor == u"HER2";
        const bool valid = value == u"positive" || value == u"negative"
                           || (receptor == u"HER2" && (value == u"low" || value == u"ultralow"));
        if (!known || !valid)
            return QCoreApplication::translate("onco::CliApp",
                                               "--receptor takes ER, PR or HER2 = positive or negative (HER2 also "
                                               "low or ultralow), e.g. HER2=positive, not '%1'")
                .arg(choice);
        status.insert(receptor, value);
    }
    return {};
}

std::optional<double> parsePanelSize(const QString& text)
{
    QString t = text.trimmed();
    if (t.endsWith(u"mb"_s, Qt::CaseInsensitive))
        t.chop(2);
    bool ok = false;
    const double mb = t.trimmed().toDouble(&ok);
    if (!ok || !(mb >= 0.01 && mb <= 100))
        return std::nullopt;
    return mb;
}

std::optional<qint64> parseMaxRecords(const QString& text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

QString readInputOptions(const QCommandLineParser& parser, CaseLoadOptions& load)
{
    load.reference = parser.value(u"reference"_s);
    load.allowTruncated = parser.isSet(u"allow-truncated"_s);
    if (parser.isSet(u"max-records"_s)) {
        const auto n = parseMaxRecords(parser.value(u"max-records"_s));
        if (!n)
            return Messages::tr("--max-records is a whole number of alterations (0: no cap), not '%1'")
                .arg(parser.value(u"max-records"_s));
        load.maxRecords = *n;
    }
    if (parser.isSet(u"genome"_s)) {
        const auto build = parseGenomeBuild(parser.value(u"genome"_s));
        if (!build)
            return Messages::tr("--genome must be GRCh37 or GRCh38, not '%1'").arg(parser.value(u"genome"_s));
        load.genome = *build;
    }
    return {};
}

QString generationTime()
{
    const QByteArray epoch = qgetenv("SOURCE_DATE_EPOCH");
    const QDateTime when =
        epoch.isEmpty() ? QDateTime::currentDateTimeUtc() : QDateTime::fromSecsSinceEpoch(epoch.toLongLong(), Qt::UTC);
    return when.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QIODevice* Output::open(QString& error, const QStringList& protectedPaths)
{
    if (isStdout()) {
        m_direct = std::make_unique<QFile>();
        if (!m_direct->open(stdout, QIODevice::WriteOnly)) {
            error = m_direct->errorString();
            return nullptr;
        }
        return m_direct.get();
    }
    if (const QString clash = OutputFile::clashWith(m_path, protectedPaths); !clash.isEmpty()) {
        error = clash;
        return nullptr;
    }
    if (QFileInfo(m_path).isDir()) {
        error = Messages::tr("is a folder; give a file name");
        return nullptr;
    }
    if (OutputFile::isSpecial(m_path)) {
        m_direct = std::make_unique<QFile>(m_path);
        if (!m_direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            error = m_direct->errorString();
            return nullptr;
        }
        return m_direct.get();
    }
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        error = m_file->errorString();
        return nullptr;
    }
    return m_file.get();
}

bool Output::write(const QByteArray& data, QString& error)
{
    // A full disk can take part of a write and refuse the rest: every byte must be taken.
    return stream([&data](QIODevice* device) { return device->write(data) == data.size(); }, error);
}

bool Output::stream(const std::function<bool(QIODevice*)>& writer, QString& error)
{
    QFileDevice* device = m_file ? static_cast<QFileDevice*>(m_file.get()) : m_direct.get();
    if (device && writer(device))
        return true;
    m_failed = true;
    error = Messages::tr("%1; nothing was written")
                .arg(device && device->error() != QFileDevice::NoError
                         ? device->errorString()
                         : Messages::tr("the disk took only part of the output"));
    return false;
}

bool Output::commit(QString& error)
{
    if (m_file && m_failed) {
        error = Messages::tr("a write failed; nothing was written");
        m_file->cancelWriting();
        m_file->commit();
        return false;
    }
    if (m_file) {
        // A write the buffer held back fails only now: check it before the file replaces the old one.
        if (!m_file->flush() || m_file->error() != QFileDevice::NoError) {
            error = Messages::tr("%1; nothing was written").arg(m_file->errorString());
            m_file->cancelWriting();
            m_file->commit(); // removes the temporary file
            return false;
        }
        if (!m_file->commit()) {
            error = Messages::tr("%1; nothing was written").arg(m_file->errorString());
            return false;
        }
        return true;
    }
    if (m_direct && (!m_direct->flush() || m_direct->error() != QFileDevice::NoError)) {
        error = m_direct->errorString();
        return false;
    }
    return true;
}

void Output::cancel()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file->commit(); // removes the temporary file now, not at exit
        m_file.reset();
    }
}

} // namespace onco::Cli
