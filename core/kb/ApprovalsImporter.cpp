#include "ApprovalsImporter.h"

#include "KbWriter.h"
#include "io/LineReader.h"
#include "io/TsvReader.h"
#include "ontology/OncoTree.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::ApprovalsImporter)
};

/** "NDA 202429 https://..." -> {"NDA 202429", "https://..."}. */
std::pair<QString, QString> splitReference(const QString& reference)
{
    const qsizetype at = reference.indexOf(u"http"_s);
    if (at < 0)
        return {reference.trimmed(), QString()};
    return {reference.left(at).trimmed(), reference.mid(at).trimmed()};
}

QString originOf(const QString& origin)
{
    if (origin == u"germline")
        return u"Rare Germline"_s;
    if (origin == u"either")
        return u"Somatic or Germline"_s;
    return u"Somatic"_s;
}

} // namespace

QString ApprovalsImporter::bundledPath()
{
    return u":/oncoboard/kb/approvals/approvals.tsv"_s;
}

QString ApprovalsImporter::releaseOf(const QString& path)
{
    LineReader lines;
    if (!lines.open(path))
        return {};
    static const QRegularExpression release(uR"(^#.*\bRelease (\d{4}-\d{2}-\d{2})\b)"_s);
    QByteArrayView line;
    while (lines.next(line)) {
        if (!line.startsWith("#"))
            break;
        if (const auto m = release.match(QString::fromUtf8(line)); m.hasMatch())
            return m.captured(1);
    }
    return {};
}

Result<ApprovalsImportReport>
ApprovalsImporter::import(SqliteDatabase& db, const QString& path, bool bundled, const QString& release)
{
    if (!QFileInfo::exists(path))
        return fail(CoreError::Code::Io, Messages::tr("no such file"), path);
    ApprovalsImportReport report;
    report.release = release.trimmed().isEmpty() ? releaseOf(path) : release.trimmed();
    if (report.release.isEmpty())
        report.release = QFileInfo(path).lastModified().toUTC().date().toString(Qt::ISODate);

    TsvReader t;
    if (auto r = t.open(path, true); !r)
        return Unexpected{r.error()};
    const int cId = t.findColumn({"id"});
    const int cGene = t.findColumn({"gene"});
    const int cAlteration = t.findColumn({"alteration"});
    const int cCode = t.findColumn({"oncotree_code"});
    const int cDisease = t.findColumn({"disease"});
    const int cTherapy = t.findColumn({"therapy"});
    const int cInteraction = t.findColumn({"interaction"});
    const int cSignificance = t.findColumn({"significance"});
    const int cAgency = t.findColumn({"agency"});
    const int cDate = t.findColumn({"approval_date"});
    const int cReference = t.findColumn({"label_reference"});
    const int cCdx = t.findColumn({"companion_diagnostic"});
    const int cOrigin = t.findColumn({"origin"});
    const int cAssay = t.findColumn({"assay"});
    const int cLine = t.findColumn({"line"});
    const int cNote = t.findColumn({"note"});
    for (int c : {cId, cGene, cAlteration, cCode, cTherapy, cSignificance, cAgency, cReference})
        if (c < 0)
            return fail(CoreError::Code::BadInput,
                        Messages::tr("not an approvals table: the header needs id, gene, alteration, oncotree_code, "
                                     "therapy, significance, agency and label_reference"),
                        path,
                        1);

    auto transaction = KbTransaction::begin(db);
    if (!transaction)
        return Unexpected{transaction.error()};
    KbReleaseSpec spec;
    spec.source = QString::fromLatin1(source);
    spec.release = report.release;
    spec.format = u"approvals-tsv"_s;
    spec.licence = u"CC0 1.0 (OncoBoard approvals table; regulatory facts from public FDA and EMA documents)"_s;
    spec.attribution = u"OncoBoard approvals table: biomarker-based FDA and EMA approvals, each row citing its "
                       "Drugs@FDA application or EMA EPAR."_s;
    spec.bundled = bundled;
    auto id = KbWrite::createRelease(db, spec, path);
    if (!id)
        return Unexpected{id.error()};
    report.releaseId = *id;
    auto writer = KbEvidenceWriter::create(db, report.releaseId);
    if (!writer)
        return Unexpected{writer.error()};

    auto warn = [&](qint64 line, const QString& message) {
        report.warnings << KbWrite::recordWarning(db, report.releaseId, path, line, message);
    };
    const OncoTree& tree = OncoTree::bundled();
    while (t.next()) {
        ++report.rows;
        const qint64 line = t.lineNumber();
        KbEvidenceInput item;
        const QString rowId = t.text(cId);
        static const QRegularExpression idPattern(uR"(^APR-(\d+)$)"_s);
        const auto idMatch = idPattern.match(rowId);
        if (!idMatch.hasMatch()) {
            warn(line, Messages::tr("id '%1' is not APR-NNNN; row skipped").arg(rowId));
            continue;
        }
        item.evidenceId = idMatch.captured(1).toLongLong();
        item.gene = t.text(cGene);
        item.alteration = t.text(cAlteration);
        const QString therapy = t.text(cTherapy);
        const QString agency = t.text(cAgency).toUpper();
        const QString significance = t.text(cSignificance);
        const QString code = t.text(cCode);
        if (rowId.isEmpty() || item.gene.isEmpty() || item.alteration.isEmpty() || therapy.isEmpty()
            || code.isEmpty()) {
            warn(line,
                 Messages::tr("a required field (id, gene, alteration, oncotree_code, therapy) is empty; row "
                              "skipped"));
            continue;
        }
        if (agency != u"FDA" && agency != u"EMA") {
            warn(line, Messages::tr("agency '%1' is neither FDA nor EMA; row skipped").arg(agency));
            continue;
        }
        if (significance != u"Sensitivity/Response" && significance != u"Resistance") {
            warn(line,
                 Messages::tr("significance '%1' is neither Sensitivity/Response nor Resistance; row skipped")
                     .arg(significance));
            continue;
        }
        item.disease = t.text(cDisease);
        if (code == u"ALL_SOLID") {
            item.disease = u"All Solid Tumors"_s;
        } else if (code == u"ALL_TUMORS") {
            item.disease = u"All Tumors"_s;
        } else if (const OncoTreeNode* node = tree.find(code)) {
            item.oncotreeCode = node->code;
            if (item.disease.isEmpty())
                item.disease = node->name;
        } else {
            warn(line, Messages::tr("'%1' is not an OncoTree %2 code; row skipped").arg(code, tree.version()));
            continue;
        }
        item.evidenceType = u"Predictive"_s;
        item.level = agency;
        item.direction = u"Supports"_s;
        item.significance = significance;
        for (const QString& d : therapy.split(u'+', Qt::SkipEmptyParts))
            item.therapies << d.trimmed();
        item.therapyInteraction =
            item.therapies.size() > 1
                ? (cInteraction >= 0 && !t.text(cInteraction).isEmpty() ? t.text(cInteraction) : u"Combination"_s)
                : QString();
        const auto [citation, url] = splitReference(t.text(cReference));
        item.citation = citation;
        item.citationId = citation;
        item.url = url;
        item.sourceType = agency == u"FDA" ? u"FDA label"_s : u"EMA EPAR"_s;
        item.variantOrigin = originOf(t.text(cOrigin));
        item.curator = rowId;
        item.curatedAt = t.text(cDate);
        QStringList statement{Messages::tr("%1 approval %2: %3 for %4 with %5 %6")
                                  .arg(agency,
                                       item.curatedAt.isEmpty() ? Messages::tr("(date not given)") : item.curatedAt,
                                       therapy,
                                       item.disease,
                                       item.gene,
                                       item.alteration)};
        if (const QString setting = t.text(cLine); !setting.isEmpty())
            statement << Messages::tr("setting: %1").arg(setting);
        if (const QString cdx = t.text(cCdx); !cdx.isEmpty())
            statement << Messages::tr("companion diagnostic: %1").arg(cdx);
        if (const QString assay = t.text(cAssay); !assay.isEmpty() && assay != u"DNA")
            statement << Messages::tr("assay: %1").arg(assay);
        if (const QString note = t.text(cNote); !note.isEmpty())
            statement << note;
        item.statement = statement.join(u"; "_s);
        item.reason = rowId;
        auto added = writer->add(item);
        if (!added)
            return Unexpected{added.error()};
        ++report.evidenceItems;
    }
    if (const auto& e = t.error())
        return Unexpected{*e};
    if (auto r = KbWrite::recordFile(db, report.releaseId, path, report.rows); !r)
        return Unexpected{r.error()};
    if (auto r = KbWrite::indexTherapiesAndDiseases(db, report.releaseId); !r)
        return Unexpected{r.error()};
    report.variants = writer->variantCount();
    if (auto r = transaction->commit(); !r)
        return Unexpected{r.error()};
    return report;
}

} // namespace onco
