#include "ExonIndex.h"

#include "io/TsvReader.h"

#include <QCoreApplication>
#include <QtDebug>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::ExonIndex)
};

} // namespace

Result<ExonIndex> ExonIndex::load(const QString& path)
{
    TsvReader t;
    if (auto r = t.open(path, true); !r)
        return Unexpected{r.error()};
    const int cGene = t.column("gene");
    const int cTranscript = t.column("transcript");
    const int cExon = t.column("exon");
    const int cExons = t.column("exons");
    const int cFirst = t.column("first_codon");
    const int cLast = t.column("last_codon");
    if (cGene < 0 || cTranscript < 0 || cExon < 0 || cExons < 0 || cFirst < 0 || cLast < 0)
        return fail(CoreError::Code::BadInput,
                    Messages::tr("an exon table needs gene, transcript, exon, exons, first_codon and last_codon"),
                    path,
                    1);
    ExonIndex index;
    while (t.next()) {
        bool ok[4] = {};
        const int exon = t.text(cExon).toInt(&ok[0]);
        const int count = t.text(cExons).toInt(&ok[1]);
        const int first = t.text(cFirst).toInt(&ok[2]);
        const int last = t.text(cLast).toInt(&ok[3]);
        if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || exon < 1 || first < 1 || last < first)
            return fail(
                CoreError::Code::BadInput, Messages::tr("exon or codon numbers are not valid"), path, t.lineNumber());
        Gene& g = index.m_genes[t.text(cGene).toUpper()];
        g.transcript = t.text(cTranscript);
        g.exonCount = count;
        g.exons.push_back(Exon{exon, first, last});
    }
    if (const auto& e = t.error())
        return Unexpected{*e};
    return index;
}

const ExonIndex& ExonIndex::bundled()
{
    static const ExonIndex index = [] {
        auto loaded = load(u":/oncoboard/genes/mane_exon_codons.tsv.gz"_s);
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().toString()));
            return ExonIndex();
        }
        return std::move(*loaded);
    }();
    return index;
}

std::optional<ExonLocation> ExonIndex::exonOfCodon(const QString& gene, int codon) const
{
    const auto it = m_genes.constFind(gene);
    if (it == m_genes.cend() || codon < 1)
        return std::nullopt;
    for (const Exon& e : it->exons)
        if (codon >= e.firstCodon && codon <= e.lastCodon)
            return ExonLocation{e.exon, it->exonCount, it->transcript};
    return std::nullopt;
}

} // namespace onco
