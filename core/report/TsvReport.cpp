#include "TsvReport.h"

#include "match/Tiering.h"

#include <QSet>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

QString clean(QString s)
{
    // Fields must not break the table.
    s.replace(u'\t', u' ');
    s.replace(u'\n', u' ');
    s.replace(u'\r', u' ');
    return s;
}

QString number(float v)
{
    return std::isnan(v) ? QString() : QString::number(double(v), 'f', 4);
}

QString count(qint32 v)
{
    return v < 0 ? QString() : QString::number(v);
}

} // namespace

QByteArray TsvReport::write(const AnnotationResult& result)
{
    QByteArray all;
    write(result, [&all](QByteArray& piece) {
        all += piece;
        piece.clear();
        return true;
    });
    return all;
}

bool TsvReport::write(QIODevice* device, const AnnotationResult& result)
{
    return write(result, [device](QByteArray& piece) {
        const bool taken = device->write(piece) == piece.size();
        piece.clear();
        return taken;
    });
}

bool TsvReport::write(const AnnotationResult& result, const std::function<bool(QByteArray&)>& sink)
{
    QByteArray out = "gene\thgvsp\thgvsc\tconsequence\tkind\tchrom\tpos\tref\talt\tfilter\ttumor_vaf\ttumor_depth\t"
                     "normal_vaf\tnormal_depth\tevidence_count\tbest_level\tevidence_ids\ttherapies\tsource_file\t"
                     "source_line\tamp_tier\tescat_tier\toncokb_level\tflags\n";
    const auto& alterations = result.caseData.alterations;
    for (qint32 i = 0; i < qint32(alterations.size()); ++i) {
        const Alteration& a = alterations[size_t(i)];
        const auto matches = result.matchesFor(i);
        const AlterationCall call = Tiering::callOf(result, i);
        const QStringList flags = Tiering::flagCodes(Tiering::flagsOf(result, call));
        QStringList ids;
        QStringList therapies;
        QSet<QString> seenTherapies;
        QString best;
        for (const Match& m : matches) {
            const EvidenceItem& e = result.evidence[size_t(m.evidence)];
            ids << e.displayId;
            if (best.isEmpty() || Tiering::levelRank(e.level) < Tiering::levelRank(best))
                best = e.level;
            for (const QString& t : e.therapies) {
                if (!seenTherapies.contains(t)) {
                    seenTherapies.insert(t);
                    therapies << t;
                }
            }
        }
        const QStringList fields{
            a.gene(),
            a.hgvsp(),
            a.hgvsc(),
            a.consequence(),
            alterationKindName(a.kind),
            a.chrom,
            a.pos > 0 ? QString::number(a.pos) : QString(),
            a.ref,
            a.alt,
            a.filter,
            number(a.tumor.vaf),
            count(a.tumor.depth),
            number(a.normal.vaf),
            count(a.normal.depth),
            QString::number(matches.size()),
            best,
            ids.join(u','),
            therapies.join(u','),
            result.caseData.inputPath(a.origin),
            QString::number(a.origin.line),
            call.amp.tier,
            call.escat.tier,
            call.oncokb.tier,
            flags.join(u','),
        };
        QStringList cleaned;
        for (const QString& f : fields)
            cleaned << clean(f);
        out += cleaned.join(u'\t').toUtf8();
        out += '\n';
        if (out.size() >= (1 << 16) && !sink(out))
            return false;
    }
    return out.isEmpty() || sink(out);
}

QByteArray TsvReport::cohortHeader()
{
    return "Tumor_Sample_Barcode\tONCOTREE_CODE\tHugo_Symbol\tHGVSp_Short\tHGVSc\tConsequence\tChromosome\t"
           "Start_Position\tReference_Allele\tTumor_Seq_Allele2\tt_vaf\tAMP_TIER\tESCAT_TIER\tHIGHEST_LEVEL\t"
           "TX_SENSITIVE\tTX_RESISTANCE\tEVIDENCE_IDS\tFLAGS\tsource_file\tsource_line\n";
}

QByteArray TsvReport::cohortRows(const AnnotationResult& result)
{
    const Case& c = result.caseData;
    QByteArray out;
    const auto& alterations = c.alterations;
    for (qint32 i = 0; i < qint32(alterations.size()); ++i) {
        const Alteration& a = alterations[size_t(i)];
        const AlterationCall call = Tiering::callOf(result, i);
        // Therapies by what the evidence says of them, each once, in evidence order.
        QStringList sensitive;
        QStringList resistant;
        QStringList ids;
        for (const Match& m : result.matchesFor(i)) {
            const EvidenceItem& e = result.evidence[size_t(m.evidence)];
            ids << e.displayId;
            const TierBasis basis = Tiering::basisOf(e);
            QStringList* list = basis == TierBasis::Sensitivity  ? &sensitive
                                : basis == TierBasis::Resistance ? &resistant
                                                                 : nullptr;
            const QString label = therapyLabel(e);
            if (list && !label.isEmpty() && !list->contains(label))
                *list << label;
        }
        const QStringList fields{
            c.tumorSample,
            c.tumorType,
            a.gene(),
            a.hgvsp(),
            a.hgvsc(),
            a.consequence(),
            a.chrom,
            a.pos > 0 ? QString::number(a.pos) : QString(),
            a.ref,
            a.alt,
            number(a.tumor.vaf),
            call.amp.tier,
            call.escat.tier,
            call.oncokb.tier.isEmpty() ? QString() : u"LEVEL_"_s + call.oncokb.tier,
            sensitive.join(u','),
            resistant.join(u','),
            ids.join(u','),
            Tiering::flagCodes(Tiering::flagsOf(result, call)).join(u','),
            c.inputPath(a.origin),
            QString::number(a.origin.line),
        };
        QStringList cleaned;
        for (const QString& f : fields)
            cleaned << clean(f);
        out += cleaned.join(u'\t').toUtf8();
        out += '\n';
    }
    return out;
}

bool TsvReport::writeCohortRows(QIODevice* device, const AnnotationResult& result)
{
    const QByteArray rows = cohortRows(result);
    return device->write(rows) == rows.size();
}

} // namespace onco
