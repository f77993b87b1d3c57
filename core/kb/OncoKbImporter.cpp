#include "OncoKbImporter.h"

#include "KbWriter.h"
#include "io/TsvReader.h"
#include "ontology/OncoTree.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::OncoKbImporter)
};

enum class FileKind
{
    Actionable,
    Annotated,
};

/** A field without the double quotes spreadsheet exports put around lists. */
QString unquoted(const TsvReader& t, int column)
{
    if (column < 0)
        return {};
    QString s = t.text(column);
    if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"'))
        s = s.mid(1, s.size() - 2).trimmed();
    return s;
}

/** OncoTree code by tumor-type name, for the names OncoKB uses ("Melanoma" -> MEL). */
QString oncotreeCodeOfName(const QString& name)
{
    static const QHash<QString, QString> byName = [] {
        QHash<QString, QString> map;
        for (const OncoTreeNode& n : OncoTree::bundled().nodes())
            map.insert(n.name.toLower(), n.code);
        return map;
    }();
    return byName.value(name.trimmed().toLower());
}

/** True for OncoKB's pan-cancer and main-type names, which have no OncoTree node of their own. */
bool isKnownCancerGroup(const QString& name)
{
    static const QSet<QString> mainTypes = [] {
        QSet<QString> set;
        for (const OncoTreeNode& n : OncoTree::bundled().nodes())
            set.insert(n.mainType.toLower());
        return set;
    }();
    const QString lower = name.trimmed().toLower();
    return lower.startsWith(u"all ") || mainTypes.contains(lower);
}

struct Citations
{
    QString firstPmid;
    QString text;
};

Citations citations(const QString& pmids, const QString& abstracts)
{
    Citations c;
    QStringList ids;
    for (const QString& p : pmids.split(u',', Qt::SkipEmptyParts)) {
        const QString id = p.trimmed();
        if (!id.isEmpty())
            ids << id;
    }
    if (!ids.isEmpty()) {
        c.firstPmid = ids.first();
        c.text = u"PMID: "_s + ids.join(u", "_s);
    }
    if (!abstracts.trimmed().isEmpty())
        c.text += (c.text.isEmpty() ? QString() : u"; "_s) + abstracts.trimmed();
    return c;
}

QString geneUrl(const QString& gene, const QString& alteration)
{
    return u"https://www.oncokb.org/gene/%1/%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(gene)),
                                                      QString::fromLatin1(QUrl::toPercentEncoding(alteration)));
}

class Import
{
public:
    Import(SqliteDatabase& db, KbEvidenceWriter& writer, OncoKbImportReport& report)
        : m_db(db)
        , m_writer(writer)
        , m_report(report)
    {
    }

    Result<qint64> file(const QString& path);

private:
    void warn(const QString& path, qint64 line, const QString& message)
    {
        m_report.warnings << KbWrite::recordWarning(m_db, m_report.releaseId, path, line, message);
    }
    Result<void> actionableRow(const QString& path, const TsvReader& t, KbEvidenceInput base);
    Result<void> annotatedRow(const QString& path, const TsvReader& t, KbEvidenceInput base);

    SqliteDatabase& m_db;
    KbEvidenceWriter& m_writer;
    OncoKbImportReport& m_report;
    QSet<QString> m_unknownCancerTypes;
};

Result<qint64> Import::file(const QString& path)
{
    TsvReader t;
    if (auto r = t.open(path); !r)
        return Unexpected{r.error()};
    const int gene = t.findColumn({"Hugo Symbol", "Gene"});
    const int alteration = t.findColumn({"Alteration"});
    const bool actionable = t.findColumn({"Level"}) >= 0 && t.findColumn({"Cancer Type"}) >= 0;
    const bool annotated = t.findColumn({"Oncogenicity"}) >= 0;
    if (gene < 0 || alteration < 0 || actionable == annotated)
        return fail(CoreError::Code::BadInput,
                    Messages::tr("not an OncoKB allActionableVariants or allAnnotatedVariants file: the header "
                                 "needs Hugo Symbol (or Gene), Alteration, and either Cancer Type and Level or "
                                 "Oncogenicity"),
                    path,
                    1);
    const FileKind kind = actionable ? FileKind::Actionable : FileKind::Annotated;
    const int entrez = t.findColumn({"Entrez Gene ID"});
    const int protein = t.findColumn({"Protein Change"});
    qint64 rows = 0;
    while (t.next()) {
        ++rows;
        KbEvidenceInput base;
        base.gene = unquoted(t, gene);
        base.alteration = unquoted(t, alteration);
        base.proteinChange = unquoted(t, protein);
        base.entrezId = unquoted(t, entrez).toLongLong();
        if (base.gene.isEmpty() || base.alteration.isEmpty()) {
            warn(path, t.lineNumber(), Messages::tr("no gene or alteration; row skipped"));
            continue;
        }
        base.url = geneUrl(base.gene, base.alteration);
        base.variantOrigin = u"Somatic"_s;
        auto r = kind == FileKind::Actionable ? actionableRow(path, t, base) : annotatedRow(path, t, base);
        if (!r)
            return Unexpected{r.error()};
    }
    if (const auto& e = t.error())
        return Unexpected{*e};
    (kind == FileKind::Actionable ? m_report.actionableRows : m_report.annotatedRows) += rows;
    if (auto r = KbWrite::recordFile(m_db, m_report.releaseId, path, rows); !r)
        return Unexpected{r.error()};
    return rows;
}

Result<void> Import::actionableRow(const QString& path, const TsvReader& t, KbEvidenceInput base)
{
    const QString rawLevel = unquoted(t, t.findColumn({"Level"}));
    const QString level = OncoKbImporter::normalizeLevel(rawLevel);
    if (level.isEmpty()) {
        warn(path, t.lineNumber(), Messages::tr("unknown OncoKB level '%1'; row skipped").arg(rawLevel));
        return {};
    }
    base.level = level;
    base.direction = u"Supports"_s;
    if (level.startsWith(u"Dx")) {
        base.evidenceType = u"Diagnostic"_s;
    } else if (level.startsWith(u"Px")) {
        base.evidenceType = u"Prognostic"_s;
    } else {
        base.evidenceType = u"Predictive"_s;
        base.significance = level.startsWith(u'R') ? u"Resistance"_s : u"Sensitivity/Response"_s;
    }
    base.disease = unquoted(t, t.findColumn({"Cancer Type"}));
    base.oncotreeCode = oncotreeCodeOfName(base.disease);
    if (base.oncotreeCode.isEmpty() && !base.disease.isEmpty() && !isKnownCancerGroup(base.disease)
        && !m_unknownCancerTypes.contains(base.disease)) {
        m_unknownCancerTypes.insert(base.disease);
        warn(path,
             t.lineNumber(),
             Messages::tr("cancer type '%1' is not an OncoTree %2 name")
                 .arg(base.disease, OncoTree::bundled().version()));
    }
    const Citations cite = citations(unquoted(t, t.findColumn({"PMIDs for drug", "PMIDs for drugs"})),
                                     unquoted(t, t.findColumn({"Abstracts for drug", "Abstracts for drugs"})));
    base.citationId = cite.firstPmid;
    base.citation = cite.text;
    base.sourceType = cite.firstPmid.isEmpty() ? QString() : u"PubMed"_s;
    base.statement =
        base.evidenceType == u"Predictive"
            ? Messages::tr("OncoKB level %1: %2 %3 in %4").arg(level, base.gene, base.alteration, base.disease)
            : Messages::tr("OncoKB level %1 (%2): %3 %4 in %5")
                  .arg(level, base.evidenceType.toLower(), base.gene, base.alteration, base.disease);

    // "Dabrafenib + Trametinib, Vemurafenib": two regimens, the first a combination.
    const QString drugs = unquoted(t, t.findColumn({"Drugs(s)", "Drugs", "Drug(s)"}));
    QStringList regimens;
    for (const QString& r : drugs.split(u',', Qt::SkipEmptyParts))
        if (!r.trimmed().isEmpty())
            regimens << r.trimmed();
    if (regimens.isEmpty()) {
        if (base.evidenceType == u"Predictive")
            warn(path, t.lineNumber(), Messages::tr("level %1 without a drug").arg(level));
        regimens << QString();
    }
    for (const QString& regimen : regimens) {
        KbEvidenceInput item = base;
        item.therapies.clear();
        for (const QString& d : regimen.split(u'+', Qt::SkipEmptyParts))
            item.therapies << d.trimmed();
        item.therapyInteraction = item.therapies.size() > 1 ? u"Combination"_s : QString();
        auto id = m_writer.add(item);
        if (!id)
            return Unexpected{id.error()};
        ++m_report.evidenceItems;
    }
    return {};
}

Result<void> Import::annotatedRow(const QString& path, const TsvReader& t, KbEvidenceInput base)
{
    const QString oncogenicity = unquoted(t, t.findColumn({"Oncogenicity"}));
    if (oncogenicity.isEmpty()) {
        warn(path, t.lineNumber(), Messages::tr("no oncogenicity; row skipped"));
        return {};
    }
    const QString effect = unquoted(t, t.findColumn({"Mutation Effect"}));
    base.evidenceType = u"Oncogenic"_s;
    base.significance = oncogenicity;
    base.direction = u"Supports"_s;
    base.statement = effect.isEmpty() ? Messages::tr("OncoKB: %1").arg(oncogenicity)
                                      : Messages::tr("OncoKB: %1; mutation effect: %2").arg(oncogenicity, effect);
    const Citations cite = citations(unquoted(t, t.findColumn({"PMIDs for Mutation Effect"})),
                                     unquoted(t, t.findColumn({"Abstracts for Mutation Effect"})));
    base.citationId = cite.firstPmid;
    base.citation = cite.text;
    base.sourceType = cite.firstPmid.isEmpty() ? QString() : u"PubMed"_s;
    auto id = m_writer.add(base);
    if (!id)
        return Unexpected{id.error()};
    ++m_report.evidenceItems;
    return {};
}

QString releaseOf(const QStringList& files)
{
    static const QRegularExpression version(uR"((?:^|[_.\-])v(\d+(?:\.\d+)*)(?=[_.\-]))"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    QDateTime newest;
    for (const QString& f : files) {
        const auto m = version.match(QFileInfo(f).fileName());
        if (m.hasMatch())
            return u"v"_s + m.captured(1);
        newest = std::max(newest, QFileInfo(f).lastModified().toUTC());
    }
    return newest.date().toString(Qt::ISODate);
}

} // namespace

QString OncoKbImporter::normalizeLevel(const QString& level)
{
    QString l = level.trimmed().toUpper();
    if (l.startsWith(u"LEVEL_"))
        l = l.mid(6);
    static const QStringList therapeutic{u"1"_s, u"2"_s, u"3A"_s, u"3B"_s, u"4"_s, u"R1"_s, u"R2"_s};
    if (therapeutic.contains(l))
        return l;
    static const QRegularExpression dxPx(uR"(^(DX|PX)([1-3])$)"_s);
    if (const auto m = dxPx.match(l); m.hasMatch())
        return (m.captured(1) == u"DX" ? u"Dx"_s : u"Px"_s) + m.captured(2);
    return {};
}

Result<OncoKbImportReport> OncoKbImporter::import(SqliteDatabase& db, const QStringList& files, const QString& release)
{
    if (files.isEmpty())
        return fail(CoreError::Code::InvalidArgument, Messages::tr("no OncoKB file given"));
    for (const QString& f : files)
        if (!QFileInfo(f).isFile())
            return fail(CoreError::Code::Io, Messages::tr("no such file"), f);
    OncoKbImportReport report;
    report.release = release.trimmed().isEmpty() ? releaseOf(files) : release.trimmed();

    auto transaction = KbTransaction::begin(db);
    if (!transaction)
        return Unexpected{transaction.error()};
    KbReleaseSpec spec;
    spec.source = u"OncoKB"_s;
    spec.release = report.release;
    spec.format = u"oncokb-files"_s;
    spec.licence = u"OncoKB Terms of Use (licensed to this site; not redistributed)"_s;
    spec.attribution = u"OncoKB - MSK's Precision Oncology Knowledge Base (oncokb.org), Chakravarty D et al., "
                       "JCO Precis Oncol 2017. Imported from the site's own licensed data files."_s;
    auto id = KbWrite::createRelease(db, spec, files.first());
    if (!id)
        return Unexpected{id.error()};
    report.releaseId = *id;
    auto writer = KbEvidenceWriter::create(db, report.releaseId);
    if (!writer)
        return Unexpected{writer.error()};
    Import import(db, *writer, report);
    for (const QString& f : files) {
        if (auto r = import.file(f); !r)
            return Unexpected{r.error()};
    }
    if (auto r = KbWrite::indexTherapiesAndDiseases(db, report.releaseId); !r)
        return Unexpected{r.error()};
    report.variants = writer->variantCount();
    // A release with nothing usable would replace the site's knowledge with none: refused.
    if (report.evidenceItems == 0)
        return fail(CoreError::Code::BadInput,
                    Messages::tr("none of the rows is usable (%n warning(s)): no release is made",
                                 nullptr,
                                 int(report.warnings.size()))
                        + (report.warnings.isEmpty() ? QString() : u"; first: "_s + report.warnings.front()),
                    files.first());
    if (auto r = transaction->commit(); !r)
        return Unexpected{r.error()};
    return report;
}

} // namespace onco
