// The `oncoboard-cli kb ...` commands: the knowledge base's releases, imports and local curation.

#include "CliApp.h"
#include "CliCommon.h"

#include "kb/ApprovalsImporter.h"
#include "kb/CivicImporter.h"
#include "kb/KnowledgeBase.h"
#include "kb/MoalmanacImporter.h"
#include "kb/OncoKbImporter.h"
#include "kb/ReferenceImporter.h"
#include "ontology/TumorTypeGraph.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace onco {

using namespace Cli;

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CliApp)
};

/** A parser for one kb sub-command, with --kb; false (after printing the usage error) on bad options. */
struct KbParser
{
    QCommandLineParser parser;
    QCommandLineOption kbFile{u"kb"_s, Messages::tr("knowledge-base file"), u"FILE"_s};

    explicit KbParser(const QList<QCommandLineOption>& options = {})
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption(kbFile);
        parser.addOptions(options);
    }
    int parse(const QStringList& arguments, qsizetype minPositional, qsizetype maxPositional)
    {
        if (!parser.parse(arguments))
            return usageError(parser.errorText());
        const qsizetype n = parser.positionalArguments().size();
        if (n < minPositional || n > maxPositional)
            return usageError(Messages::tr("%1: wrong number of arguments").arg(arguments.value(0)));
        return CliApp::Success;
    }
    QStringList args() const
    {
        return parser.positionalArguments();
    }
};

QString yesNo(bool b)
{
    return b ? u"yes"_s : u"no"_s;
}

int list(const QStringList& arguments)
{
    KbParser p;
    if (int rc = p.parse(arguments, 0, 0); rc != CliApp::Success)
        return rc;
    auto kb = openKnowledgeBase(p.parser.value(p.kbFile));
    if (!kb)
        return coreFailure(kb.error());
    printOut(u"source\trelease\tformat\timported_at\tbundled\tactive\tevidence_items\tlicence"_s);
    for (const QString& source : (*kb)->sources()) {
        const auto active = (*kb)->activeRelease(source);
        for (const KbReleaseInfo& r : (*kb)->releases()) {
            if (r.kb.source != source)
                continue;
            printOut(QStringList{r.kb.source,
                                 r.kb.release,
                                 r.format,
                                 r.importedAt,
                                 yesNo(r.bundled),
                                 yesNo(active && active->id == r.id),
                                 QString::number((*kb)->count("evidence", r.id)),
                                 r.licence}
                         .join(u'\t'));
        }
    }
    return CliApp::Success;
}

int info(const QStringList& arguments)
{
    const QCommandLineOption allWarnings(u"warnings"_s, Messages::tr("list every import warning"));
    KbParser p({allWarnings});
    if (int rc = p.parse(arguments, 0, 2); rc != CliApp::Success)
        return rc;
    auto kb = openKnowledgeBase(p.parser.value(p.kbFile));
    if (!kb)
        return coreFailure(kb.error());
    const QString source = p.args().value(0, u"CIViC"_s);
    std::optional<KbReleaseInfo> release;
    if (p.args().size() < 2) {
        release = (*kb)->activeRelease(source);
    } else {
        for (const KbReleaseInfo& r : (*kb)->releases())
            if (r.kb.source == source && r.kb.release == p.args().at(1))
                release = r;
    }
    if (!release)
        return usageError(Messages::tr("%1 %2 is not in the knowledge base (see 'kb list')")
                              .arg(source, p.args().value(1, Messages::tr("(any release)"))));
    const KbReleaseInfo& r = *release;
    printOut(u"source: %1\nrelease: %2\nformat: %3\nimported_at: %4\nbundled: %5\nlicence: %6\nattribution: %7"_s.arg(
        r.kb.source, r.kb.release, r.format, r.importedAt, yesNo(r.bundled), r.licence, r.attribution));
    for (const char* table : {"feature",
                              "variant",
                              "molecular_profile",
                              "evidence",
                              "assertion",
                              "variant_group",
                              "gene",
                              "gene_role",
                              "therapy_synonym"}) {
        const qint64 n = (*kb)->count(table, r.id);
        if (n > 0)
            printOut(u"rows.%1: %2"_s.arg(QLatin1StringView(table)).arg(n));
    }
    SqliteDatabase& db = (*kb)->database();
    if (auto files = db.prepare("SELECT name, sha256, bytes, rows FROM kb_release_file WHERE release_id = ? "
                                "ORDER BY name")) {
        files->bind(1, r.id);
        while (files->step())
            printOut(u"file: %1\tsha256=%2\tbytes=%3\trows=%4"_s.arg(files->text(0), files->text(1))
                         .arg(files->int64(2))
                         .arg(files->int64(3)));
    }
    const qint64 warnings = (*kb)->count("kb_import_warning", r.id);
    printOut(u"import_warnings: %1"_s.arg(warnings));
    const int shown = p.parser.isSet(allWarnings) ? int(warnings) : 10;
    if (auto w = db.prepare("SELECT file, line, message FROM kb_import_warning WHERE release_id = ? "
                            "ORDER BY rowid LIMIT ?")) {
        w->bind(1, r.id);
        w->bind(2, qint64(shown));
        while (w->step())
            printOut(u"warning: %1:%2: %3"_s.arg(w->text(0)).arg(w->int64(1)).arg(w->text(2)));
    }
    if (warnings > shown)
        printOut(Messages::tr("(%1 more; --warnings lists them all)").arg(warnings - shown));
    return CliApp::Success;
}

int importCivic(const QStringList& arguments)
{
    const QCommandLineOption release(u"release"_s, Messages::tr("release name"), u"DATE"_s);
    KbParser p({release});
    if (int rc = p.parse(arguments, 1, 1); rc != CliApp::Success)
        return rc;
    auto kb = openKnowledgeBase(p.parser.value(p.kbFile));
    if (!kb)
        return coreFailure(kb.error());
    auto report = CivicImporter::import((*kb)->database(), p.args().at(0), false, nullptr, p.parser.value(release));
    if (!report)
        return coreFailure(report.error());
    for (const QString& w : report->warnings)
        printErr(Messages::tr("warning: %1").arg(w));
    printOut(Messages::tr("imported CIViC %1 (%2): %3 evidence items, %4 variants, %5 molecular profiles, "
                          "%6 assertions; %7 warnings")
                 .arg(report->release, report->format)
                 .arg(report->evidenceItems)
                 .arg(report->variants)
                 .arg(report->molecularProfiles)
                 .arg(report->assertions)
                 .arg(report->warnings.size()));
    return CliApp::Success;
}

int importOncoKb(const QStringList& arguments)
{
    const QCommandLineOption release(u"release"_s, Messages::tr("release name"), u"NAME"_s);
    KbParser p({release});
    if (int rc = p.parse(arguments, 1, 16); rc != CliApp::Success)
        return rc;
    auto kb = openKnowledgeBase(p.parser.value(p.kbFile));
    if (!kb)
        return coreFailure(kb.error());
    auto report = OncoKbImporter::import((*kb)->database(), p.args(), p.parser.value(release));
    if (!report)
        return coreFailure(report.error());
    for (const QString& w : report->warnings)
        printErr(Messages::tr("warning: %1").arg(w));
    printOut(Messages::tr("imported OncoKB %1: %2 actionable and %3 annotated rows, %4 evidence items, %5 variants; "
                          "%6 warnings")
                 .arg(report->release)
                 .arg(report->actionableRows)
                 .arg(report->annotatedRows)
                 .arg(report->evidenceItems)
                 .arg(report->variants)
                 .arg(report->warnings.size()));
    return CliApp::Success;
}

int importApprovals(const QStringList& arguments)
{
    const QCommandLineOption release(u"release"_s, Messages::tr("release name"), u"NAME"_s);
    KbParser p({release});
    if (int rc = p.parse(arguments, 1, 1); rc != CliApp::Success)
        return rc;
    auto kb = openKnowledgeBase(p.parser.value(p.kbFile));
    if (!kb)
        return coreFailure(kb.error());
    auto report = ApprovalsImporter::import((*kb)->database(), p.args().front(), false, p.parser.value(release));
    if (!report)
        return coreFailure(report.error());
    for (const QString& w : report->warnings)
        printErr(Messages::tr("warning: %1").arg(w));
    printOut(Messages::tr("imported Approvals %1: %2 rows, %3 evidence items, %4 variants; %5 warnings")
                 .arg(report->release)
                 .arg(report->rows)
                 .arg(report->evidenceItems)
                 .arg(report->variants)
                 .arg(report->warnings.size()));
    return CliApp::Success;
}

int importMoalmanac(const QStringList& arguments)
{
    const QCommandLineOption release(u"release"_s, Messages::tr("release name"), u"NAME"_s);
    KbParser p({release});
    if (int rc = p.parse(arguments, 1, 1); rc != CliApp::Success)
        return rc;
    auto kb = openKnowledgeBase(p.parser.value(p.kbFile));
    if (!kb)
        return coreFailure(kb.error());
    auto report = MoalmanacImporter::import((*kb)->database(), p.args().front(), p.parser.value(release));
    if (!report)
        return coreFailure(report.error());
    for (const QString& w : report->warnings)
        printErr(Messages::tr("warning: %1").arg(w));
    printOut(Messages::tr("imported MOAlmanac %1: %2 assertions, %3 evidence items, %4 variants; %5 warnings")
                 .arg(report->release)
                 .arg(report->assertions)
                 .arg(report->evidenceItems)
                 .arg(report->variants)
                 .arg(report->warnings.size()));
    return CliApp::Success;
}

int use(const QStringList& arguments)
{
    KbParser p;
    if (int rc = p.parse(arguments, 2, 2); rc != CliApp::Success)
        return rc;
    auto kb = openKnowledgeBase(p.parser.value(p.kbFile));
    if (!kb)
        return coreFailure(kb.error());
    if (auto r = (*kb)->setActiveRelease(p.args().at(0), p.args().at(1)); !r)
        return coreFailure(r.error());
    printOut(Messages::tr("%1 %2 is now used for annotation").arg(p.args().at(0), p.args().at(1)));
    return CliApp::Success;
}

int addEvidence(const QStringList& arguments)
{
    auto option = [](const char* name, const QString& value) {
        return QCommandLineOption(QString::fromLatin1(name), QString(), value);
    };
    const QList<QCommandLineOption> options{option("gene", u"SYMBOL"_s),
                                            option("alteration", u"NAME"_s),
                                            option("type", u"TYPE"_s),
                                            option("level", u"LEVEL"_s),
                                            option("statement", u"TEXT"_s),
                                            option("curator", u"NAME"_s),
                                            option("reason", u"TEXT"_s),
                                            option("disease", u"NAME"_s),
                                            option("doid", u"N"_s),
                                            option("tumor-type", u"CODE"_s),
                                            option("therapy", u"NAME"_s),
                                            option("interaction", u"TYPE"_s),
                                            option("significance", u"TEXT"_s),
                                            option("direction", u"TEXT"_s),
                                            option("citation", u"TEXT"_s),
                                            option("pmid", u"N"_s),
                                            option("date", u"YYYY-MM-DD"_s)};
    KbParser p(options);
    if (int rc = p.parse(arguments, 0, 0); rc != CliApp::Success)
        return rc;
    const auto value = [&](const char* name) { return p.parser.value(QString::fromLatin1(name)).trimmed(); };
    KbEvidenceInput item;
    item.gene = value("gene");
    item.alteration = value("alteration");
    item.evidenceType = value("type");
    item.level = value("level");
    item.statement = value("statement");
    item.curator = value("curator");
    item.reason = value("reason");
    item.disease = value("disease");
    item.doid = value("doid");
    item.oncotreeCode = value("tumor-type");
    item.therapies = p.parser.values(u"therapy"_s);
    item.therapyInteraction = value("interaction");
    if (item.therapies.size() > 1 && item.therapyInteraction.isEmpty())
        item.therapyInteraction = u"Combination"_s;
    item.significance = value("significance");
    item.direction = value("direction");
    item.citation = value("citation");
    item.citationId = value("pmid");
    if (!item.citationId.isEmpty())
        item.sourceType = u"PubMed"_s;
    item.curatedAt = value("date");
    if (!item.curatedAt.isEmpty() && !QDate::fromString(item.curatedAt, Qt::ISODate).isValid())
        return usageError(Messages::tr("--date must be YYYY-MM-DD, not '%1'").arg(item.curatedAt));
    auto kb = openKnowledgeBase(p.parser.value(p.kbFile));
    if (!kb)
        return coreFailure(kb.error());
    auto id = (*kb)->addLocalEvidence(item);
    if (!id)
        return coreFailure(id.error());
    printOut(Messages::tr("added Local-%1: %2 %3, level %4").arg(*id).arg(item.gene, item.alteration, item.level));
    return CliApp::Success;
}

int relation(const QStringList& arguments)
{
    KbParser p;
    if (int rc = p.parse(arguments, 2, 2); rc != CliApp::Success)
        return rc;
    const RelationAnswer answer = TumorTypeGraph::bundled().relation(p.args().at(0), p.args().at(1));
    printOut(u"relation: %1"_s.arg(tumorRelationName(answer.relation)));
    printOut(u"path: %1"_s.arg(answer.path));
    return CliApp::Success;
}

int therapy(const QStringList& arguments)
{
    KbParser p;
    if (int rc = p.parse(arguments, 1, 1); rc != CliApp::Success)
        return rc;
    auto kb = openKnowledgeBase(p.parser.value(p.kbFile));
    if (!kb)
        return coreFailure(kb.error());
    SqliteDatabase& db = (*kb)->database();
    auto vocabulary = TherapyVocabulary::open(db);
    if (!vocabulary)
        return coreFailure(vocabulary.error());
    const QString asked = p.args().at(0);
    auto name = vocabulary->canonical(asked);
    if (!name)
        return coreFailure(name.error());
    if (name->isEmpty()) {
        printErr(Messages::tr("'%1' is not in the therapy vocabulary").arg(asked));
        return CliApp::Failure;
    }
    auto aliases = vocabulary->aliases(*name);
    if (!aliases)
        return coreFailure(aliases.error());
    printOut(u"name: %1"_s.arg(*name));
    printOut(u"aliases: %1"_s.arg(aliases->size()));
    // Evidence naming the therapy by any of its names, in the release of each source in use.
    QStringList names = *aliases;
    names << name->toLower();
    for (const QString& source : (*kb)->sources()) {
        const auto release = (*kb)->activeRelease(source);
        if (!release || (*kb)->count("evidence", release->id) == 0)
            continue;
        auto stmt = db.prepare("SELECT count(DISTINCT evidence_id) FROM evidence_therapy WHERE release_id = ? AND "
                               "lower(therapy) IN (SELECT value FROM json_each(?))");
        if (!stmt)
            return coreFailure(stmt.error());
        stmt->bind(1, release->id);
        stmt->bind(2,
                   QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact)));
        const qint64 n = stmt->step() ? stmt->int64(0) : 0;
        printOut(u"evidence_items.%1 %2: %3"_s.arg(source, release->kb.release).arg(n));
    }
    return CliApp::Success;
}

int init(const QStringList& arguments)
{
    // The one command that creates a knowledge base at a path the user names.
    KbParser p;
    if (int rc = p.parse(arguments, 1, 1); rc != CliApp::Success)
        return rc;
    const QString path = p.parser.positionalArguments().at(0);
    const bool existed = QFileInfo::exists(path);
    auto kb = KnowledgeBase::open(path);
    if (!kb)
        return coreFailure(kb.error());
    if (auto r = (*kb)->ensureBundled(); !r)
        return coreFailure(r.error());
    printOut(existed ? Messages::tr("%1: already a knowledge base").arg(path)
                     : Messages::tr("%1: knowledge base created with the bundled releases").arg(path));
    return CliApp::Success;
}

} // namespace

int kbCommand(const QStringList& arguments)
{
    return dispatch(arguments,
                    {{"init", init},
                     {"list", list},
                     {"info", info},
                     {"import-civic", importCivic},
                     {"import-oncokb", importOncoKb},
                     {"import-approvals", importApprovals},
                     {"import-moalmanac", importMoalmanac},
                     {"use", use},
                     {"add-evidence", addEvidence},
                     {"therapy", therapy},
                     {"relation", relation}});
}

} // namespace onco
