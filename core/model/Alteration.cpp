#include "Alteration.h"

#include "Translation.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace onco {

QString ReadSupport::dropImpossible()
{
    QStringList dropped;
    if (!std::isnan(vaf) && (!std::isfinite(vaf) || vaf < 0.0f || vaf > 1.0f)) {
        dropped << QCoreApplication::translate("onco::ReadSupport", "VAF %1 is not a fraction between 0 and 1")
                       .arg(double(vaf));
        vaf = std::numeric_limits<float>::quiet_NaN();
    }
    if (depth < -1 || altReads < -1) {
        dropped << QCoreApplication::translate("onco::ReadSupport", "a read count is negative");
        depth = depth < -1 ? -1 : depth;
        altReads = altReads < -1 ? -1 : altReads;
    }
    if (depth >= 0 && altReads > depth) {
        dropped << QCoreApplication::translate("onco::ReadSupport", "%1 alternative reads exceed the depth of %2")
                       .arg(altReads)
                       .arg(depth);
        depth = -1; // a VAF the caller stated (within [0, 1]) stands
    }
    return dropped.join(u"; "_s);
}

QString alterationKindName(AlterationKind kind)
{
    switch (kind) {
    case AlterationKind::Snv:
        return u"SNV"_s;
    case AlterationKind::Mnv:
        return u"MNV"_s;
    case AlterationKind::Insertion:
        return u"insertion"_s;
    case AlterationKind::Deletion:
        return u"deletion"_s;
    case AlterationKind::Delins:
        return u"delins"_s;
    case AlterationKind::CopyNumber:
        return u"CNA"_s;
    case AlterationKind::Fusion:
        return u"fusion"_s;
    case AlterationKind::StructuralVariant:
        return u"SV"_s;
    case AlterationKind::Biomarker:
        return u"biomarker"_s;
    }
    return {};
}

QString zygosityName(Zygosity zygosity)
{
    switch (zygosity) {
    case Zygosity::Heterozygous:
        return u"heterozygous"_s;
    case Zygosity::Homozygous:
        return u"homozygous"_s;
    case Zygosity::Absent:
        return u"absent"_s;
    case Zygosity::Unknown:
        break;
    }
    return {};
}

QString zygosityText(Zygosity zygosity)
{
    switch (zygosity) {
    case Zygosity::Heterozygous:
        return QCoreApplication::translate("onco::Zygosity", "heterozygous");
    case Zygosity::Homozygous:
        return QCoreApplication::translate("onco::Zygosity", "homozygous");
    case Zygosity::Absent:
        return QCoreApplication::translate("onco::Zygosity", "absent");
    case Zygosity::Unknown:
        break;
    }
    return {};
}

AlterationKind smallVariantKind(qsizetype refLength, qsizetype altLength)
{
    if (refLength == altLength)
        return refLength == 1 ? AlterationKind::Snv : AlterationKind::Mnv;
    if (refLength == 0)
        return AlterationKind::Insertion;
    if (altLength == 0)
        return AlterationKind::Deletion;
    return AlterationKind::Delins;
}

namespace {

const QString& emptyString()
{
    static const QString empty;
    return empty;
}

} // namespace

const QString& Alteration::gene() const
{
    return m_detail ? m_detail->gene : emptyString();
}

const QString& Alteration::transcript() const
{
    return m_detail ? m_detail->transcript : emptyString();
}

const QString& Alteration::hgvsc() const
{
    return m_detail ? m_detail->hgvsc : emptyString();
}

const QString& Alteration::hgvsp() const
{
    return m_detail ? m_detail->hgvsp : emptyString();
}

const QString& Alteration::consequence() const
{
    return m_detail ? m_detail->consequence : emptyString();
}

AlterationDetail::AlterationDetail(const AlterationDetail& other)
    : QSharedData(other)
    , gene(other.gene)
    , transcript(other.transcript)
    , hgvsc(other.hgvsc)
    , hgvsp(other.hgvsp)
    , consequence(other.consequence)
    , exon(other.exon)
    , intron(other.intron)
    , m_extra(other.m_extra ? std::make_unique<AlterationExtra>(*other.m_extra) : nullptr)
{
}

AlterationDetail& AlterationDetail::operator=(const AlterationDetail& other)
{
    if (this != &other) {
        gene = other.gene;
        transcript = other.transcript;
        hgvsc = other.hgvsc;
        hgvsp = other.hgvsp;
        consequence = other.consequence;
        exon = other.exon;
        intron = other.intron;
        m_extra = other.m_extra ? std::make_unique<AlterationExtra>(*other.m_extra) : nullptr;
    }
    return *this;
}

AlterationDetail::~AlterationDetail() = default;

const AlterationExtra& AlterationDetail::extra() const
{
    static const AlterationExtra none;
    return m_extra ? *m_extra : none;
}

AlterationExtra& AlterationDetail::extra()
{
    if (!m_extra)
        m_extra = std::make_unique<AlterationExtra>();
    return *m_extra;
}

AlterationDetail& Alteration::detail()
{
    if (!m_detail)
        m_detail = new AlterationDetail;
    return *m_detail; // non-const access detaches from other copies
}

QString Alteration::fusionName() const
{
    if (kind != AlterationKind::Fusion || !m_detail)
        return {};
    const QString five = m_detail->gene.isEmpty() ? u"v"_s : m_detail->gene;
    const QString three = m_detail->extra().partnerGene.isEmpty() ? u"v"_s : m_detail->extra().partnerGene;
    return five + u"::"_s + three;
}

const QString& Alteration::mainGene() const
{
    if (m_detail && m_detail->gene.isEmpty() && kind == AlterationKind::Fusion)
        return m_detail->extra().partnerGene;
    return gene();
}

QString Alteration::displayName() const
{
    if (kind == AlterationKind::Fusion)
        return fusionName();
    if (kind == AlterationKind::CopyNumber && m_detail) {
        static const char* calls[] = {"deep deletion", "shallow deletion", "neutral", "gain", "amplification"};
        return m_detail->gene + QLatin1Char(' ') + QLatin1String(calls[int(m_detail->extra().cnaCall) + 2]);
    }
    if (kind == AlterationKind::Biomarker && m_detail)
        return m_detail->extra().status.isEmpty() ? m_detail->extra().biomarker : m_detail->extra().status;
    if (kind == AlterationKind::StructuralVariant && m_detail && !m_detail->gene.isEmpty() && pos == 0)
        return m_detail->gene + QLatin1Char(' ') + m_detail->extra().svType;
    if (!gene().isEmpty() && !hgvsp().isEmpty())
        return gene() + QLatin1Char(' ') + hgvsp();
    if (!gene().isEmpty() && !hgvsc().isEmpty())
        return gene() + QLatin1Char(' ') + hgvsc();
    QString coords = chrom + QLatin1Char(':') + QString::number(pos);
    if (!ref.isEmpty() || !alt.isEmpty())
        coords += QLatin1Char(' ') + ref + QLatin1Char('>') + alt;
    return gene().isEmpty() ? coords : gene() + QLatin1Char(' ') + coords;
}

QString Alteration::displayText() const
{
    if (kind == AlterationKind::CopyNumber && m_detail && Translator::active()) {
        static const char* calls[] = {QT_TRANSLATE_NOOP("onco::CnaCall", "deep deletion"),
                                      QT_TRANSLATE_NOOP("onco::CnaCall", "shallow deletion"),
                                      QT_TRANSLATE_NOOP("onco::CnaCall", "neutral"),
                                      QT_TRANSLATE_NOOP("onco::CnaCall", "gain"),
                                      QT_TRANSLATE_NOOP("onco::CnaCall", "amplification")};
        return m_detail->gene + QLatin1Char(' ')
               + QCoreApplication::translate("onco::CnaCall", calls[int(m_detail->extra().cnaCall) + 2]);
    }
    return displayName();
}

QString canonicalContig(const QString& chrom)
{
    QStringView c(chrom);
    if (c.startsWith(u"chr", Qt::CaseInsensitive))
        c = c.mid(3);
    if (c.compare(u"M", Qt::CaseInsensitive) == 0)
        return u"MT"_s;
    return c.toString();
}

AlleleKey alleleKey(const QString& chrom, qint64 pos, const QString& ref, const QString& alt)
{
    // MAF style: "-" is an empty allele and there is no anchor base; Start_Position already is the
    // first deleted base, or the base before an insertion.
    if (ref == u"-" || alt == u"-")
        return AlleleKey{canonicalContig(chrom),
                         pos,
                         ref == u"-" ? QString() : ref.toUpper(),
                         alt == u"-" ? QString() : alt.toUpper()};

    QStringView r(ref);
    QStringView a(alt);
    // Drop the shared leading bases (the VCF anchor) first, then shared trailing bases: a VCF
    // deletion TGTT>T becomes GTT deleted after the anchor, as CIViC writes it.
    qint64 start = pos;
    while (!r.isEmpty() && !a.isEmpty() && r.front().toUpper() == a.front().toUpper()) {
        r = r.mid(1);
        a = a.mid(1);
        ++start;
    }
    while (!r.isEmpty() && !a.isEmpty() && r.back().toUpper() == a.back().toUpper()) {
        r.chop(1);
        a.chop(1);
    }
    if (r.isEmpty() && !a.isEmpty())
        --start; // insertions are placed on the base before the inserted sequence
    return AlleleKey{canonicalContig(chrom), start, r.toString().toUpper(), a.toString().toUpper()};
}

size_t qHash(const AlleleKey& key, size_t seed)
{
    return qHashMulti(seed, key.chrom, key.start, key.ref, key.alt);
}

} // namespace onco
