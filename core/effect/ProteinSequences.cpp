#include "ProteinSequences.h"

#include "io/LineReader.h"

#include <QCoreApplication>
#include <QtDebug>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::ProteinSequences)
};

} // namespace

Result<ProteinSequences> ProteinSequences::load(const QString& path)
{
    LineReader lines;
    if (auto r = lines.open(path); !r)
        return Unexpected{r.error()};
    ProteinSequences p;
    QString gene;
    QByteArray sequence;
    auto finish = [&] {
        if (!gene.isEmpty())
            p.m_sequences.insert(gene, sequence);
        sequence.clear();
    };
    QByteArrayView line;
    while (lines.next(line)) {
        if (line.startsWith('>')) {
            finish();
            const QList<QByteArray> words = line.sliced(1).toByteArray().split(' ');
            gene = QString::fromLatin1(words.value(0)).toUpper();
            if (gene.isEmpty())
                return fail(CoreError::Code::BadInput,
                            Messages::tr("a FASTA header without a gene symbol"),
                            path,
                            lines.lineNumber());
            p.m_ids.insert(gene, QString::fromLatin1(words.value(1)));
            continue;
        }
        if (gene.isEmpty() && !line.trimmed().isEmpty())
            return fail(CoreError::Code::BadInput,
                        Messages::tr("sequence before the first FASTA header"),
                        path,
                        lines.lineNumber());
        sequence += line.trimmed().toByteArray().toUpper();
    }
    if (const auto& e = lines.error())
        return Unexpected{*e};
    finish();
    return p;
}

const ProteinSequences& ProteinSequences::bundled()
{
    static const ProteinSequences sequences = [] {
        auto loaded = load(u":/oncoboard/genes/cancer_gene_proteins.fa.gz"_s);
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().toString()));
            return ProteinSequences();
        }
        return std::move(*loaded);
    }();
    return sequences;
}

} // namespace onco
