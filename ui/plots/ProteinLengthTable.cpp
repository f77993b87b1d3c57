#include "ProteinLengthTable.h"

#include "io/TsvReader.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::ProteinLengthTable)
};

} // namespace

Result<ProteinLengthTable> ProteinLengthTable::load(const QString& path)
{
    TsvReader tsv;
    if (auto r = tsv.open(path); !r)
        return Unexpected{r.error()};
    const int cGene = tsv.findColumn({"Hugo_Symbol", "gene", "symbol"});
    const int cLength = tsv.findColumn({"aa.length", "aa_length", "protein_length"});
    if (cGene < 0 || cLength < 0)
        return fail(CoreError::Code::BadInput,
                    Messages::tr("a protein length table needs Hugo_Symbol and aa.length columns"),
                    path,
                    1);
    ProteinLengthTable table;
    table.m_lengths.reserve(20000);
    while (tsv.next()) {
        bool ok = false;
        const int length = tsv.field(cLength).toByteArray().toInt(&ok);
        const QString gene = tsv.text(cGene).toUpper();
        if (!ok || length <= 0 || gene.isEmpty())
            continue;
        int& stored = table.m_lengths[gene];
        stored = std::max(stored, length);
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    return table;
}

const ProteinLengthTable& ProteinLengthTable::bundled()
{
    static const ProteinLengthTable table = [] {
        auto loaded = load(u":/oncoboard/genes/maftools_prot_len.txt.gz"_s);
        if (!loaded)
            qWarning("protein lengths not loaded: %s", qPrintable(loaded.error().toString()));
        return loaded ? std::move(loaded.value()) : ProteinLengthTable();
    }();
    return table;
}

int ProteinLengthTable::length(const QString& gene) const
{
    return m_lengths.value(gene.toUpper(), 0);
}

} // namespace onco
