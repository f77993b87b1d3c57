#include "ReadBounds.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::ReadBounds)
};

bool same(float a, float b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

bool same(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

bool same(const ReadSupport& a, const ReadSupport& b)
{
    return same(a.vaf, b.vaf) && a.depth == b.depth && a.altReads == b.altReads;
}

bool same(const AlterationDetail* a, const AlterationDetail* b)
{
    if (a == b)
        return true;
    if (!a || !b)
        return false;
    return a->gene == b->gene && a->transcript == b->transcript && a->hgvsc == b->hgvsc && a->hgvsp == b->hgvsp
           && a->consequence == b->consequence && a->exon == b->exon && a->intron == b->intron
           && a->extra().effectSource == b->extra().effectSource
           && a->extra().ensemblTranscript == b->extra().ensemblTranscript
           && a->extra().proteinPosition == b->extra().proteinPosition && a->extra().refResidue == b->extra().refResidue
           && a->extra().effectNote == b->extra().effectNote && a->extra().partnerGene == b->extra().partnerGene
           && a->extra().partnerChrom == b->extra().partnerChrom && a->extra().partnerPos == b->extra().partnerPos
           && a->extra().end == b->extra().end && a->extra().svType == b->extra().svType
           && a->extra().orientation == b->extra().orientation && a->extra().cnaCall == b->extra().cnaCall
           && same(a->extra().copyNumber, b->extra().copyNumber) && same(a->extra().log2Ratio, b->extra().log2Ratio)
           && a->extra().biomarker == b->extra().biomarker && same(a->extra().value, b->extra().value)
           && a->extra().unit == b->extra().unit && a->extra().status == b->extra().status
           && a->extra().estimateMethod == b->extra().estimateMethod
           && a->extra().estimateCaveat == b->extra().estimateCaveat;
}

/** Everything but the origin line. */
bool identical(const Alteration& a, const Alteration& b)
{
    return a.pos == b.pos && a.kind == b.kind && a.sample == b.sample && a.origin.input == b.origin.input
           && a.chrom == b.chrom && a.ref == b.ref && a.alt == b.alt && a.filter == b.filter && same(a.tumor, b.tumor)
           && same(a.normal, b.normal) && a.tumorZygosity == b.tumorZygosity && a.normalZygosity == b.normalZygosity
           && same(a.detailOrNull(), b.detailOrNull());
}

/** Equal for identical alterations; the fields that tell most apart cheaply. */
std::size_t keyOf(const Alteration& a)
{
    const AlterationDetail* d = a.detailOrNull();
    std::size_t h = qHashMulti(0, a.chrom, a.pos, a.ref, a.alt, a.sample, quint8(a.kind), a.tumor.depth);
    if (d)
        h = qHashMulti(h, d->gene, d->extra().partnerGene, d->hgvsp, qint8(d->extra().cnaCall), d->extra().biomarker);
    return h;
}

InputIssue repeatsWarning(const QString& path, qint64 repeats, qint64 firstRepeat, qint64 firstOriginal)
{
    return InputIssue{InputIssue::Severity::Warning,
                      path,
                      firstRepeat,
                      Messages::tr("%n record(s) repeat an earlier record exactly (the first repeats line %1); "
                                   "each is listed once",
                                   nullptr,
                                   int(std::min<qint64>(repeats, INT_MAX)))
                          .arg(firstOriginal)};
}

} // namespace

void adviseHugePages(const void* data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    // Only whole 2 MB pages inside the buffer: madvise() wants page-aligned ranges, and memory
    // around the buffer belongs to someone else.
    constexpr std::uintptr_t huge = std::uintptr_t(2) << 20;
    const auto from = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
    const auto to = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(huge - 1);
    if (to > from)
        ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE); // a hint: failure changes nothing
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

bool RepeatedLines::repeats(QByteArrayView line, qint64 lineNumber)
{
    const QByteArray key = line.toByteArray();
    const auto it = m_lines.constFind(key);
    if (it == m_lines.cend()) {
        m_lines.insert(key, lineNumber);
        return false;
    }
    if (m_repeats++ == 0) {
        m_firstRepeat = lineNumber;
        m_firstOriginal = *it;
    }
    return true;
}

InputIssue RepeatedLines::summary(const QString& path) const
{
    if (m_repeats == 0)
        return InputIssue{InputIssue::Severity::Warning, path, 0, QString()};
    return repeatsWarning(path, m_repeats, m_firstRepeat, m_firstOriginal);
}

Result<void> RecordCap::exceeded(qint64 line) const
{
    return fail(CoreError::Code::BadInput,
                Messages::tr("the file gives more than %1 alterations, the cap for one input; reading stopped here "
                             "(raise it with --max-records, or split the file)")
                    .arg(m_cap),
                m_path,
                line);
}

std::size_t collapseIdenticalRecords(Case& c, std::size_t from, const QString& path)
{
    auto& all = c.alterations;
    if (all.size() <= from + 1)
        return 0;
    const std::size_t n = all.size() - from;
    std::vector<std::pair<std::size_t, std::uint32_t>> keys;
    keys.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        keys.push_back({keyOf(all[from + i]), std::uint32_t(i)});
    std::sort(keys.begin(), keys.end());

    std::vector<bool> repeat(n, false);
    std::size_t repeats = 0;
    qint64 firstRepeatLine = 0;
    qint64 firstOriginalLine = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t end = i + 1;
        while (end < n && keys[end].first == keys[i].first)
            ++end;
        // Within a run of equal keys (in file order), each record is compared with the earlier kept ones.
        for (std::size_t j = i + 1; j < end; ++j) {
            const Alteration& candidate = all[from + keys[j].second];
            for (std::size_t k = i; k < j; ++k) {
                if (repeat[keys[k].second])
                    continue;
                const Alteration& kept = all[from + keys[k].second];
                if (identical(kept, candidate)) {
                    repeat[keys[j].second] = true;
                    ++repeats;
                    if (firstRepeatLine == 0 || candidate.origin.line < firstRepeatLine) {
                        firstRepeatLine = candidate.origin.line;
                        firstOriginalLine = kept.origin.line;
                    }
                    break;
                }
            }
        }
        i = end;
    }
    if (repeats == 0)
        return 0;
    std::size_t out = from;
    for (std::size_t i = 0; i < n; ++i) {
        if (repeat[i])
            continue;
        if (out != from + i)
            all[out] = std::move(all[from + i]);
        ++out;
    }
    all.resize(out);
    c.addIssue(repeatsWarning(path, qint64(repeats), firstRepeatLine, firstOriginalLine));
    return repeats;
}

} // namespace onco
