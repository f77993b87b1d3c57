#include "MoalmanacImporter.h"

#include "KbWriter.h"
#include "ontology/OncoTree.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zlib.h>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::MoalmanacImporter)
};

/** The whole file, gunzipped when it is gzip. Empty with `error` set on failure. */
QByteArray readMaybeGzip(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    const QByteArray raw = f.readAll();
    if (raw.size() < 2 || quint8(raw[0]) != 0x1f || quint8(raw[1]) != 0x8b)
        return raw;
    QByteArray out;
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
        *error = Messages::tr("cannot start gzip decompression");
        return {};
    }
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.data()));
    z.avail_in = uInt(raw.size());
    char buffer[1 << 16];
    int rc = Z_OK;
    do {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&z);
            *error = Messages::tr("the gzip data is damaged");
            return {};
        }
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    } while (rc != Z_STREAM_END && z.avail_in > 0);
    inflateEnd(&z);
    return out;
}

QString text(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

/** 1, 0 or -1 (not given) for the Almanac's 0/1/"" fields. */
int flag(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toInt();
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isString() && (v.toString() == u"1" || v.toString() == u"0"))
        return v.toString().toInt();
    return -1;
}

QString levelOf(const QString& implication)
{
    static const QHash<QString, QString> levels{{u"FDA-Approved"_s, u"FDA"_s},
                                                {u"Guideline"_s, u"A"_s},
                                                {u"Clinical trial"_s, u"B"_s},
                                                {u"Clinical evidence"_s, u"C"_s},
                                                {u"Preclinical"_s, u"D"_s},
                                                {u"Inferential"_s, u"E"_s}};
    return levels.value(implication);
}

/** The variant of an assertion in a form OncoBoard's rules read; empty with `why` when there is none. */
bool variantOf(const QJsonObject& o, KbEvidenceInput& item, QString* why)
{
    const QString type = text(o, "feature_type");
    if (type == u"Somatic Variant" || type == u"Germline Variant") {
        item.gene = text(o, "gene");
        QString protein = text(o, "protein_change");
        if (protein.startsWith(u"p."_s))
            protein = protein.mid(2);
        const QString annotation = text(o, "variant_annotation");
        const QString exon = text(o, "exon");
        if (!protein.isEmpty()) {
            item.alteration = protein;
        } else if (!exon.isEmpty()) {
            if (annotation == u"Deletion")
                item.alteration = u"Exon %1 Deletion"_s.arg(exon);
            else if (annotation == u"Insertion")
                item.alteration = u"Exon %1 Insertion"_s.arg(exon);
            else if (annotation == u"Splice Site")
                item.alteration = u"Exon %1 Skipping Mutation"_s.arg(exon);
            else
                item.alteration = u"Exon %1 Mutation"_s.arg(exon);
        } else if (annotation == u"Nonsense" || annotation == u"Frameshift" || annotation == u"Splice Site") {
            item.alteration = u"Truncating Mutation"_s;
        } else if (annotation == u"Missense") {
            item.alteration = u"Mutation"_s;
        } else if (annotation.compare(u"Activating mutation", Qt::CaseInsensitive) == 0) {
            item.alteration = u"Activating Mutation"_s;
        } else {
            // A gene named without a variant: its pathogenic (oncogenic) variants.
            item.alteration = u"Oncogenic Mutations"_s;
        }
        item.variantOrigin = type == u"Germline Variant" ? u"Rare Germline"_s : u"Somatic"_s;
    } else if (type == u"Copy Number") {
        item.gene = text(o, "gene");
        item.alteration = text(o, "direction");
    } else if (type == u"Rearrangement") {
        const QString one = text(o, "gene1");
        const QString two = text(o, "gene2");
        item.gene = two.isEmpty() ? one : two;
        item.alteration = two.isEmpty() ? u"Fusion"_s : u"%1::%2 Fusion"_s.arg(one, two);
        if (one.isEmpty() && !two.isEmpty())
            item.alteration = u"Fusion"_s;
    } else if (type == u"Microsatellite Stability") {
        item.gene = u"MSI"_s;
        if (text(o, "status") != u"MSI-High") {
            *why = Messages::tr("microsatellite status '%1' is not MSI-High").arg(text(o, "status"));
            return false;
        }
        item.alteration = u"MSI-H"_s;
    } else if (type == u"Mutational Burden") {
        item.gene = u"TMB"_s;
        if (text(o, "classification") != u"High") {
            *why = Messages::tr("mutational burden '%1' is not High").arg(text(o, "classification"));
            return false;
        }
        item.alteration = u"TMB-H"_s;
    } else {
        *why = Messages::tr("a %1 feature is not measured by the case data").arg(type);
        return false;
    }
    if (item.gene.isEmpty() || item.alteration.isEmpty()) {
        *why = Messages::tr("no gene or alteration");
        return false;
    }
    return true;
}

} // namespace

Result<MoalmanacImportReport> MoalmanacImporter::import(SqliteDatabase& db, const QString& path, const QString& release)
{
    if (!QFileInfo(path).isFile())
        return fail(CoreError::Code::Io, Messages::tr("no such file"), path);
    QString error;
    const QByteArray bytes = readMaybeGzip(path, &error);
    if (!error.isEmpty())
        return fail(CoreError::Code::Io, error, path);
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(CoreError::Code::BadInput,
                    Messages::tr("not JSON: %1 at byte %2").arg(parse.errorString()).arg(parse.offset),
                    path);
    const QJsonArray list = doc.array();
    if (!doc.isArray() || list.isEmpty() || !list.first().toObject().contains(u"predictive_implication"_s))
        return fail(CoreError::Code::BadInput,
                    Messages::tr("not a Molecular Oncology Almanac file: a JSON list of assertions with "
                                 "feature_type and predictive_implication"),
                    path);
    MoalmanacImportReport report;
    report.assertions = list.size();
    report.release = release.trimmed();
    if (report.release.isEmpty()) {
        QString newest;
        for (const QJsonValue& v : list)
            newest = std::max(newest, text(v.toObject(), "last_updated"));
        report.release =
            newest.isEmpty() ? QFileInfo(path).lastModified().toUTC().date().toString(Qt::ISODate) : newest;
    }

    auto transaction = KbTransaction::begin(db);
    if (!transaction)
        return Unexpected{transaction.error()};
    KbReleaseSpec spec;
    spec.source = QString::fromLatin1(source);
    spec.release = report.release;
    spec.format = u"moalmanac-json"_s;
    spec.licence = u"GPL-2.0 (the site's own download; not redistributed by OncoBoard)"_s;
    spec.attribution = u"Molecular Oncology Almanac (moalmanac.org), Reardon B et al., Nat Cancer 2021."_s;
    auto id = KbWrite::createRelease(db, spec, path);
    if (!id)
        return Unexpected{id.error()};
    report.releaseId = *id;
    auto writer = KbEvidenceWriter::create(db, report.releaseId);
    if (!writer)
        return Unexpected{writer.error()};
    const OncoTree& tree = OncoTree::bundled();
    const QString file = QFileInfo(path).fileName();
    for (qsizetype n = 0; n < list.size(); ++n) {
        const QJsonObject o = list.at(n).toObject();
        auto warn = [&](const QString& message) {
            report.warnings << KbWrite::recordWarning(db, report.releaseId, file, n + 1, message);
        };
        if (o.value(u"_deprecated"_s).toBool()) {
            warn(Messages::tr("deprecated assertion; skipped"));
            continue;
        }
        KbEvidenceInput item;
        item.evidenceId = o.value(u"assertion_id"_s).toInteger();
        QString why;
        if (!variantOf(o, item, &why)) {
            warn(why + Messages::tr("; skipped"));
            continue;
        }
        item.level = levelOf(text(o, "predictive_implication"));
        if (item.level.isEmpty()) {
            warn(Messages::tr("predictive implication '%1' is not known; skipped")
                     .arg(text(o, "predictive_implication")));
            continue;
        }
        for (const QString& t : text(o, "therapy_name").split(u'+', Qt::SkipEmptyParts))
            item.therapies << t.trimmed();
        item.therapyInteraction = item.therapies.size() > 1 ? u"Combination"_s : QString();
        item.direction = u"Supports"_s;
        if (const int s = flag(o, "therapy_sensitivity"); s >= 0) {
            item.evidenceType = u"Predictive"_s;
            item.significance = u"Sensitivity/Response"_s;
            if (s == 0)
                item.direction = u"Does Not Support"_s;
        } else if (flag(o, "therapy_resistance") == 1) {
            item.evidenceType = u"Predictive"_s;
            item.significance = u"Resistance"_s;
        } else if (const int p = flag(o, "favorable_prognosis"); p >= 0) {
            item.evidenceType = u"Prognostic"_s;
            item.significance = p == 1 ? u"Better Outcome"_s : u"Poor Outcome"_s;
        } else if (flag(o, "adverse_event_risk") == 1) {
            item.evidenceType = u"Predictive"_s;
            item.significance = u"Adverse Response"_s;
        } else {
            warn(Messages::tr("no sensitivity, resistance, prognosis or adverse-event risk; skipped"));
            continue;
        }
        const QString code = text(o, "oncotree_code");
        const QString term = text(o, "oncotree_term");
        if (const OncoTreeNode* node = code.isEmpty() ? nullptr : tree.find(code)) {
            item.oncotreeCode = node->code;
            item.disease = term.isEmpty() ? node->name : term;
        } else if (term.compare(u"Any solid tumor", Qt::CaseInsensitive) == 0) {
            item.disease = u"All Solid Tumors"_s;
        } else {
            item.disease = term.isEmpty() ? text(o, "disease") : term;
            if (!code.isEmpty())
                warn(Messages::tr("'%1' is not an OncoTree %2 code; the disease is related by name")
                         .arg(code, tree.version()));
        }
        item.statement = text(o, "description");
        item.citation = text(o, "citation");
        item.citationId = text(o, "pmid").isEmpty() ? text(o, "doi") : text(o, "pmid");
        item.sourceType = text(o, "pmid").isEmpty() ? text(o, "source_type") : u"PubMed"_s;
        item.url = text(o, "url");
        if (const QString nct = text(o, "nct"); !nct.isEmpty())
            item.nctIds << nct;
        item.curatedAt = text(o, "last_updated");
        auto added = writer->add(item);
        if (!added)
            return Unexpected{added.error()};
        ++report.evidenceItems;
    }
    if (auto r = KbWrite::recordFile(db, report.releaseId, path, report.assertions); !r)
        return Unexpected{r.error()};
    if (auto r = KbWrite::indexTherapiesAndDiseases(db, report.releaseId); !r)
        return Unexpected{r.error()};
    report.variants = writer->variantCount();
    if (auto r = transaction->commit(); !r)
        return Unexpected{r.error()};
    return report;
}

} // namespace onco
