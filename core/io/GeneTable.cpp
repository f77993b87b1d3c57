#include "GeneTable.h"

#include "LiftOver.h"
#include "TsvReader.h"
#include "model/Alteration.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::GeneTable)
};

} // namespace

Result<GeneTable> GeneTable::load(const QString& path, const LiftOver* toGrch37)
{
    TsvReader tsv;
    if (auto r = tsv.open(path); !r)
        return Unexpected{r.error()};
    const int cId = tsv.findColumn({"#NCBI_GeneID", "NCBI_GeneID"}), cEnsembl = tsv.column("Ensembl_Gene"),
              cSymbol = tsv.column("symbol"), cName = tsv.column("name"), cRefNuc = tsv.column("RefSeq_nuc"),
              cRefProt = tsv.column("RefSeq_prot"), cEnsNuc = tsv.column("Ensembl_nuc"),
              cEnsProt = tsv.column("Ensembl_prot"), cStatus = tsv.column("MANE_status"),
              cChr = tsv.column("GRCh38_chr"), cStart = tsv.column("chr_start"), cEnd = tsv.column("chr_end"),
              cStrand = tsv.column("chr_strand");
    if (cSymbol < 0 || cChr < 0 || cStart < 0 || cEnd < 0)
        return fail(CoreError::Code::BadInput, Messages::tr("not a MANE summary file: columns missing"), path, 1);
    GeneTable table;
    while (tsv.next()) {
        if (tsv.field(cStatus) != "MANE Select")
            continue; // MANE Plus Clinical rows add a second transcript of a gene already listed
        GeneInfo g;
        g.symbol = tsv.text(cSymbol);
        g.name = tsv.text(cName);
        g.ncbiGeneId = tsv.field(cId).toByteArray().replace("GeneID:", "").toLongLong();
        g.ensemblGene = tsv.text(cEnsembl);
        g.refseqTranscript = tsv.text(cRefNuc);
        g.refseqProtein = tsv.text(cRefProt);
        g.ensemblTranscript = tsv.text(cEnsNuc);
        g.ensemblProtein = tsv.text(cEnsProt);
        g.chrom = canonicalContig(tsv.text(cChr));
        bool okStart = false;
        bool okEnd = false;
        g.start38 = tsv.field(cStart).toByteArray().toLongLong(&okStart);
        g.end38 = tsv.field(cEnd).toByteArray().toLongLong(&okEnd);
        if (!okStart || !okEnd || g.symbol.isEmpty())
            return fail(CoreError::Code::BadInput, Messages::tr("malformed gene row"), path, tsv.lineNumber());
        g.reverseStrand = tsv.field(cStrand) == "-";
        if (toGrch37) {
            if (const auto lifted = toGrch37->liftInterval(g.chrom, g.start38, g.end38);
                lifted && lifted->chrom == g.chrom) {
                g.start37 = lifted->start;
                g.end37 = lifted->end;
            }
        }
        table.m_bySymbol.insert(g.symbol.toUpper(), int(table.m_genes.size()));
        table.m_byNcbiId.insert(g.ncbiGeneId, int(table.m_genes.size()));
        table.m_genes.push_back(std::move(g));
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    table.index();
    return table;
}

void GeneTable::index()
{
    for (int i = 0; i < int(m_genes.size()); ++i) {
        const GeneInfo& g = m_genes[size_t(i)];
        ContigIndex& c38 = m_index38[g.chrom];
        c38.spans.push_back({g.start38, g.end38, i});
        c38.longest = std::max(c38.longest, g.end38 - g.start38 + 1);
        if (g.start37 > 0) {
            ContigIndex& c37 = m_index37[g.chrom];
            c37.spans.push_back({g.start37, g.end37, i});
            c37.longest = std::max(c37.longest, g.end37 - g.start37 + 1);
        }
    }
    for (auto* idx : {&m_index37, &m_index38})
        for (ContigIndex& c : *idx)
            std::sort(c.spans.begin(), c.spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
}

const GeneTable& GeneTable::bundled()
{
    static const GeneTable table = [] {
        auto loaded = load(u":/oncoboard/genes/MANE.GRCh38.v1.0.summary.txt.gz"_s, LiftOver::grch38ToGrch37());
        return loaded ? std::move(loaded.value()) : GeneTable();
    }();
    return table;
}

const GeneInfo* GeneTable::find(const QString& symbol) const
{
    const auto it = m_bySymbol.constFind(symbol.trimmed().toUpper());
    return it == m_bySymbol.cend() ? nullptr : &m_genes[size_t(*it)];
}

const GeneInfo* GeneTable::findByNcbiId(qint64 id) const
{
    const auto it = m_byNcbiId.constFind(id);
    return it == m_byNcbiId.cend() ? nullptr : &m_genes[size_t(*it)];
}

QList<const GeneInfo*> GeneTable::overlapping(GenomeBuild build, const QString& chrom, qint64 start, qint64 end) const
{
    QList<const GeneInfo*> out;
    const auto& indexes = build == GenomeBuild::GRCh37 ? m_index37 : m_index38;
    const auto it = indexes.constFind(canonicalContig(chrom));
    if (it == indexes.cend() || build == GenomeBuild::Unknown)
        return out;
    const auto& spans = it->spans;
    // Any overlapping span starts after start - longest and at or before end.
    auto first = std::lower_bound(
        spans.begin(), spans.end(), start - it->longest, [](const Span& s, qint64 v) { return s.start < v; });
    for (auto s = first; s != spans.end() && s->start <= end; ++s) {
        if (s->end >= start)
            out.append(&m_genes[size_t(s->gene)]);
    }
    return out;
}

} // namespace onco
