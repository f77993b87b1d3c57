#include "VcfHeaderInfo.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct ContigLength
{
    qint64 length;
    GenomeBuild build;
};

// Lengths of chromosome 1 and X in each build; exact matches are decisive.
constexpr ContigLength knownLengths[] = {
    {249250621, GenomeBuild::GRCh37}, // chr1 GRCh37/hg19
    {155270560, GenomeBuild::GRCh37}, // chrX GRCh37
    {248956422, GenomeBuild::GRCh38}, // chr1 GRCh38
    {156040895, GenomeBuild::GRCh38}, // chrX GRCh38
};

GenomeBuild buildFromText(const QString& text)
{
    static const QRegularExpression b37(uR"((grch37|hg19|\bb37\b|hs37d5|human_g1k_v37|GRCh37-lite|\bNCBI37\b))"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression b38(uR"((grch38|hg38|\bb38\b|hs38|\bNCBI38\b))"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    const bool is37 = b37.match(text).hasMatch();
    const bool is38 = b38.match(text).hasMatch();
    if (is37 == is38)
        return GenomeBuild::Unknown;
    return is37 ? GenomeBuild::GRCh37 : GenomeBuild::GRCh38;
}

/** For a chain file name such as "hg38ToHg19.over.chain", the build it lifts to. */
GenomeBuild liftTarget(const QString& text)
{
    static const QRegularExpression chain(uR"((hg\d\d|grch3\d)_?to_?(hg\d\d|grch3\d))"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = chain.match(text);
    return m.hasMatch() ? buildFromText(m.captured(2)) : GenomeBuild::Unknown;
}

} // namespace

QString VcfHeaderInfo::metaValue(const bcf_hdr_t* header, const char* key)
{
    for (int i = 0; i < header->nhrec; ++i) {
        const bcf_hrec_t* h = header->hrec[i];
        if (h->type == BCF_HL_GEN && h->key && h->value && std::strcmp(h->key, key) == 0)
            return QString::fromUtf8(h->value).trimmed();
    }
    return {};
}

GenomeBuild VcfHeaderInfo::detectBuild(const bcf_hdr_t* header, QString* evidence)
{
    // 1. Contig lengths.
    for (int i = 0; i < header->nhrec; ++i) {
        const bcf_hrec_t* h = header->hrec[i];
        if (h->type != BCF_HL_CTG)
            continue;
        QString id;
        for (int k = 0; k < h->nkeys; ++k)
            if (std::strcmp(h->keys[k], "ID") == 0)
                id = QString::fromUtf8(h->vals[k]);
        for (int k = 0; k < h->nkeys; ++k) {
            if (std::strcmp(h->keys[k], "length") != 0)
                continue;
            const qint64 length = QByteArray(h->vals[k]).toLongLong();
            for (const ContigLength& known : knownLengths) {
                if (known.length == length) {
                    if (evidence)
                        *evidence = u"contig length %1"_s.arg(length);
                    return known.build;
                }
            }
            // Any primary chromosome whose length tells the builds apart (not chrM: equal in both).
            const qint64 in37 = chromosomeLength(GenomeBuild::GRCh37, id);
            const qint64 in38 = chromosomeLength(GenomeBuild::GRCh38, id);
            if (in37 != in38 && (length == in37 || length == in38)) {
                if (evidence)
                    *evidence = u"contig %1 length %2"_s.arg(id).arg(length);
                return length == in37 ? GenomeBuild::GRCh37 : GenomeBuild::GRCh38;
            }
        }
    }
    // 2. Reference, assembly and lift-over lines.
    for (int i = 0; i < header->nhrec; ++i) {
        const bcf_hrec_t* h = header->hrec[i];
        if (h->type != BCF_HL_GEN || !h->key || !h->value)
            continue;
        const QString key = QString::fromUtf8(h->key);
        const QString value = QString::fromUtf8(h->value);
        GenomeBuild build = GenomeBuild::Unknown;
        if (key.contains(u"chain"_s, Qt::CaseInsensitive) || key.startsWith(u"liftOver"_s, Qt::CaseInsensitive))
            build = liftTarget(value);
        else if (key.compare(u"reference"_s, Qt::CaseInsensitive) == 0
                 || key.compare(u"assembly"_s, Qt::CaseInsensitive) == 0
                 || key.contains(u"reference_genome"_s, Qt::CaseInsensitive)
                 || key.compare(u"genome"_s, Qt::CaseInsensitive) == 0)
            build = buildFromText(value);
        if (build != GenomeBuild::Unknown) {
            if (evidence)
                *evidence = u"##%1=%2"_s.arg(key, value.left(80));
            return build;
        }
    }
    // 3. An assembly attribute on contig lines.
    for (int i = 0; i < header->nhrec; ++i) {
        const bcf_hrec_t* h = header->hrec[i];
        if (h->type != BCF_HL_CTG)
            continue;
        for (int k = 0; k < h->nkeys; ++k) {
            if (std::strcmp(h->keys[k], "assembly") == 0) {
                const GenomeBuild build = buildFromText(QString::fromUtf8(h->vals[k]));
                if (build != GenomeBuild::Unknown) {
                    if (evidence)
                        *evidence = u"contig assembly=%1"_s.arg(QString::fromUtf8(h->vals[k]));
                    return build;
                }
            }
        }
    }
    return GenomeBuild::Unknown;
}

QStringList VcfHeaderInfo::sampleNames(const bcf_hdr_t* header)
{
    QStringList names;
    for (int i = 0; i < bcf_hdr_nsamples(header); ++i)
        names.append(QString::fromUtf8(header->samples[i]));
    return names;
}

int VcfHeaderInfo::roleFromName(const QString& name)
{
    static const QRegularExpression tcga(uR"(^TCGA-[A-Z0-9]{2}-[A-Z0-9]{4}-(\d\d))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    if (const auto m = tcga.match(name); m.hasMatch()) {
        const int type = m.captured(1).toInt();
        if (type >= 1 && type <= 9)
            return 1;
        if (type >= 10 && type <= 19)
            return -1;
    }
    static const QRegularExpression tumorWord(uR"((^|[^A-Za-z])(tumou?r|tum|cancer|metastasis|somatic)([^A-Za-z]|$))"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression normalWord(
        uR"((^|[^A-Za-z])(normal|germline|blood|control|nor|pbmc)([^A-Za-z]|$))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const bool tumor = tumorWord.match(name).hasMatch();
    const bool normal = normalWord.match(name).hasMatch();
    if (tumor != normal)
        return tumor ? 1 : -1;
    static const QRegularExpression suffixT(uR"([-_.]T\d*$)"_s);
    static const QRegularExpression suffixN(uR"([-_.][NG]\d*$)"_s);
    if (suffixT.match(name).hasMatch())
        return 1;
    if (suffixN.match(name).hasMatch())
        return -1;
    return 0;
}

} // namespace onco
