#include "CliApp.h"

#include "CliCommon.h"

#include "Version.h"
#include "io/CaseLoader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "ontology/OncoTree.h"
#include "ontology/TumorTypeGraph.h"
#include "report/AnnotationJson.h"
#include "report/PdfReport.h"
#include "report/TsvReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <future>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace onco {

using namespace Cli;

int kbCommand(const QStringList& arguments);             // CliKb.cpp
int caseCommand(const QStringList& arguments);           // CliCase.cpp
int recheckCommand(const QStringList& arguments);        // CliCase.cpp
int planCommand(const QStringList& arguments);           // CliPlan.cpp
int reportCommand(const QStringList& arguments);         // CliPlan.cpp
int auditCommand(const QStringList& arguments);          // CliCase.cpp
int annotateCohortCommand(const QStringList& arguments); // CliCohort.cpp
int dbCommand(const QStringList& arguments);             // CliDb.cpp
int keysCommand(const QStringList& arguments);           // CliKeys.cpp
int membersCommand(const QStringList& arguments);        // CliKeys.cpp
int verifyCommand(const QStringList& arguments);         // CliKeys.cpp
int meetingCommand(const QStringList& arguments);        // CliMeeting.cpp
int outcomeCommand(const QStringList& arguments);        // CliOutcome.cpp

namespace {

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CliApp)
};

enum class Format
{
    Json,
    Tsv,
    Pdf,
};

int annotate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption tumorType(u"tumor-type"_s, Messages::tr("OncoTree code"), u"CODE"_s);
    const QCommandLineOption genome(u"genome"_s, Messages::tr("genome build"), u"BUILD"_s);
    const QCommandLineOption tumorSample(u"tumor-sample"_s, Messages::tr("tumor sample"), u"NAME"_s);
    const QCommandLineOption normalSample(u"normal-sample"_s, Messages::tr("normal sample"), u"NAME"_s);
    const QCommandLineOption json(u"json"_s, Messages::tr("JSON output"), u"OUT"_s);
    const QCommandLineOption tsv(u"tsv"_s, Messages::tr("TSV output"), u"OUT"_s);
    const QCommandLineOption pdf(u"pdf"_s, Messages::tr("PDF output"), u"OUT"_s);
    const QCommandLineOption kbFile(u"kb"_s, Messages::tr("knowledge-base file"), u"FILE"_s);
    const QCommandLineOption kbRelease(u"kb-release"_s, Messages::tr("release of a source"), u"SOURCE=RELEASE"_s);
    const QCommandLineOption receptor(u"receptor"_s, Messages::tr("receptor status"), u"RECEPTOR=STATUS"_s);
    const QCommandLineOption panelSize(u"panel-size"_s, Messages::tr("coding territory of the assay"), u"MB"_s);
    const QCommandLineOption reference(u"reference"_s, Messages::tr("reference genome FASTA"), u"FASTA"_s);
    const QCommandLineOption allowTruncated(u"allow-truncated"_s, Messages::tr("read truncated bgzipped files"));
    const QCommandLineOption maxRecords(u"max-records"_s, Messages::tr("most alterations per input"), u"N"_s);
    parser.addOptions({tumorType,
                       genome,
                       tumorSample,
                       normalSample,
                       json,
                       tsv,
                       pdf,
                       kbFile,
                       kbRelease,
                       receptor,
                       panelSize,
                       reference,
                       allowTruncated,
                       maxRecords});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        return usageError(Messages::tr("annotate needs at least one input file"));
    // Without a tumor type the case is annotated, flagged tumor_type_missing and capped at Tier II.
    if (parser.isSet(tumorType) && !resolveOncotreeCode(parser.value(tumorType)))
        return usageError(Messages::tr("'%1' is not an OncoTree code (%2)")
                              .arg(parser.value(tumorType), OncoTree::bundled().version()));

    CaseLoadOptions load;
    load.tumorType = parser.value(tumorType).trimmed();
    load.tumorSample = parser.value(tumorSample);
    load.normalSample = parser.value(normalSample);
    if (const QString error = readInputOptions(parser, load); !error.isEmpty())
        return usageError(error);

    if (const QString error = parseReceptorChoices(parser.values(receptor), load.receptorStatus); !error.isEmpty())
        return usageError(error);
    AnnotateOptions annotateOptions;
    if (const QString error = parseReleaseChoices(parser.values(kbRelease), annotateOptions); !error.isEmpty())
        return usageError(error);
    if (parser.isSet(panelSize)) {
        const auto mb = parsePanelSize(parser.value(panelSize));
        if (!mb)
            return usageError(Messages::tr("--panel-size is the assay's coding territory in megabases (e.g. 1.94), "
                                           "not '%1'")
                                  .arg(parser.value(panelSize)));
        annotateOptions.panelSizeMb = *mb;
    }

    std::vector<std::pair<Format, Output>> outputs;
    for (const auto& [format, option] : {std::pair{Format::Json, &json}, {Format::Tsv, &tsv}, {Format::Pdf, &pdf}}) {
        if (parser.isSet(*option))
            outputs.emplace_back(format, Output(parser.value(*option)));
    }
    if (outputs.empty())
        outputs.emplace_back(Format::Json, Output(u"-"_s)); // a script asking for nothing gets JSON
    if (std::count_if(outputs.begin(), outputs.end(), [](const auto& o) { return o.second.isStdout(); }) > 1)
        return usageError(Messages::tr("only one output can go to stdout"));
    if (parser.isSet(pdf) && parser.value(pdf) == u"-")
        return usageError(Messages::tr("--pdf needs a file name"));

    // The bundled reference data loads on a second thread while the inputs are read.
    auto referenceData = std::async(std::launch::async, &Annotator::loadReferenceData);
    auto caseData = CaseLoader::load(inputs, load);
    if (!caseData)
        return coreFailure(caseData.error());
    const Case& c = caseData.value();
    // The distinct problems, each with how often it occurred, then the totals.
    for (const IssueSummary& s : summarizeIssues(c.issues, 20))
        printErr(s.count > 1
                     ? Messages::tr("warning: %1 (and %2 more like it)").arg(s.first.toString()).arg(s.count - 1)
                     : Messages::tr("warning: %1").arg(s.first.toString()));
    if (c.skippedRecords + c.warningCount > 0)
        printErr(
            Messages::tr("warning: %1 records skipped, %2 warnings in all").arg(c.skippedRecords).arg(c.warningCount));

    auto kb = openKnowledgeBase(parser.value(kbFile));
    if (!kb)
        return coreFailure(kb.error());

    auto result = Annotator::annotate(std::move(caseData.value()), **kb, annotateOptions);
    if (!result)
        return coreFailure(result.error());
    if (annotateOptions.panelSizeMb > 0 && !result->tmb.computed)
        printErr(Messages::tr("warning: no TMB estimated: %1").arg(result->tmb.reason));

    // Write every output to a temporary file first; commit them together at the end, so that a
    // failure leaves no partial file behind. No output may replace what the run reads.
    QStringList protectedPaths = inputs + result->caseData.inputs;
    protectedPaths << parser.value(kbFile) << parser.value(reference);
    auto abandon = [&](const QString& path, const QString& why) {
        for (auto& o : outputs)
            o.second.cancel();
        printErr(u"%1: %2"_s.arg(path, why));
        return CliApp::Failure;
    };
    for (auto& [format, out] : outputs) {
        QString error;
        QIODevice* device = out.open(error, protectedPaths);
        if (!device)
            return abandon(out.path(), error);
        // JSON and TSV are streamed to the file as they are written: no copy of the whole output.
        if (format == Format::Json) {
            if (!out.stream(
                    [&](QIODevice* d) { return AnnotationJson::write(d, *result, QThread::idealThreadCount()); },
                    error))
                return abandon(out.path(), error);
        } else if (format == Format::Tsv) {
            if (!out.stream([&](QIODevice* d) { return TsvReport::write(d, *result); }, error))
                return abandon(out.path(), error);
        } else {
            PdfReportOptions pdfOptions;
            pdfOptions.generatedAt = generationTime();
            if (auto r = PdfReport::write(*result, pdfOptions, device); !r)
                return abandon(out.path(), r.error().message);
        }
    }
    for (auto& [format, out] : outputs) {
        QString error;
        if (!out.commit(error))
            return abandon(out.path(), error);
    }
    return CliApp::Success;
}

} // namespace

int CliApp::run(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return usageError(Messages::tr("no command given"));
    const QString command = arguments[1];
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments[0] + u' ' + command);
    if (command == u"version" || command == u"--version") {
        printOut(u"%1 %2"_s.arg(QString::fromLatin1(productName), QString::fromLatin1(productVersion)));
        return Success;
    }
    if (command == u"help" || command == u"--help" || command == u"-h") {
        if (arguments.size() < 3) {
            printOut(usageText());
            return Success;
        }
        // help COMMAND [SUBCOMMAND]
        const QString help = commandHelp(arguments[2], arguments.value(3));
        if (help.isEmpty())
            return usageError(Messages::tr("unknown command '%1'").arg(arguments[2]));
        printOut(help);
        return Success;
    }
    // COMMAND [SUBCOMMAND] --help: that command's part of the help, whatever else is given.
    if (arguments.mid(2).contains(u"--help"_s) || arguments.mid(2).contains(u"-h"_s)) {
        const QString sub = arguments.value(2).startsWith(u'-') ? QString() : arguments.value(2);
        if (const QString help = commandHelp(command, sub); !help.isEmpty()) {
            printOut(help);
            return Success;
        }
    }
    if (command == u"annotate")
        return annotate(rest);
    if (command == u"annotate-cohort")
        return annotateCohortCommand(rest);
    if (command == u"kb")
        return kbCommand(rest);
    if (command == u"case")
        return caseCommand(rest);
    if (command == u"recheck")
        return recheckCommand(rest);
    if (command == u"plan")
        return planCommand(rest);
    if (command == u"report")
        return reportCommand(rest);
    if (command == u"audit")
        return auditCommand(rest);
    if (command == u"db")
        return dbCommand(rest);
    if (command == u"keys")
        return keysCommand(rest);
    if (command == u"members")
        return membersCommand(rest);
    if (command == u"verify")
        return verifyCommand(rest);
    if (command == u"meeting")
        return meetingCommand(rest);
    if (command == u"outcome")
        return outcomeCommand(rest);
    return usageError(Messages::tr("unknown command '%1'").arg(command));
}

} // namespace onco
