#include "ReferenceGenome.h"

#include "effect/TranscriptModels.h"

#include <htslib/faidx.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::ReferenceGenome)
};

} // namespace

ReferenceGenome::~ReferenceGenome()
{
    if (m_fai)
        fai_destroy(m_fai);
}

Result<std::shared_ptr<const ReferenceGenome>> ReferenceGenome::open(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(CoreError::Code::Io, Messages::tr("no such reference genome file"), path);
    if (!QFileInfo::exists(path + u".fai"_s))
        return fail(CoreError::Code::BadInput,
                    Messages::tr("the reference genome has no index %1.fai: index it with 'samtools faidx %1'")
                        .arg(info.fileName()),
                    path);
    const QByteArray file = QFile::encodeName(path);
    // Without FAI_CREATE: a missing index is reported above, never written next to the lab's file.
    faidx_t* fai = fai_load3(file.constData(), nullptr, nullptr, 0);
    if (!fai)
        return fail(CoreError::Code::BadInput,
                    Messages::tr("not a readable indexed FASTA (a bgzip-compressed FASTA also needs its .gzi index)"),
                    path);
    std::shared_ptr<ReferenceGenome> genome(new ReferenceGenome);
    genome->m_path = info.absoluteFilePath();
    genome->m_fai = fai;
    for (int i = 0; i < faidx_nseq(fai); ++i) {
        const char* name = faidx_iseq(fai, i);
        const QString n = QString::fromLatin1(name);
        genome->m_lengths.insert(n, faidx_seq_len(fai, name));
        // The first of two namings of one contig wins ("chr7" and "7" both present is unusual).
        const QString key = TranscriptModels::contigKey(n);
        if (!genome->m_names.contains(key))
            genome->m_names.insert(key, n);
    }
    if (genome->m_names.isEmpty())
        return fail(CoreError::Code::BadInput, Messages::tr("the reference genome holds no sequence"), path);
    return std::shared_ptr<const ReferenceGenome>(std::move(genome));
}

QString ReferenceGenome::nameOf(const QString& chrom) const
{
    if (m_lengths.contains(chrom))
        return chrom;
    return m_names.value(TranscriptModels::contigKey(chrom));
}

qint64 ReferenceGenome::length(const QString& chrom) const
{
    return m_lengths.value(nameOf(chrom));
}

QByteArray ReferenceGenome::fetch(const QString& chrom, qint64 start, qint64 end) const
{
    const QString name = nameOf(chrom);
    const qint64 size = m_lengths.value(name);
    end = std::min(end, size);
    if (name.isEmpty() || start < 0 || start >= end)
        return {};
    const QByteArray n = name.toLatin1();
    hts_pos_t got = 0;
    char* s = nullptr;
    {
        const QMutexLocker lock(&m_mutex);
        s = faidx_fetch_seq64(m_fai, n.constData(), start, end - 1, &got);
    }
    if (!s || got != end - start) {
        std::free(s);
        return {};
    }
    QByteArray out(s, qsizetype(got));
    std::free(s);
    return out.toUpper();
}

} // namespace onco
