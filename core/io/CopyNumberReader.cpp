#include "CopyNumberReader.h"

#include "GeneTable.h"
#include "ReadBounds.h"
#include "SampleSelector.h"
#include "TsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <map>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CopyNumberReader)
};

/** The call of a discrete value: -2 (and below), -1.5/-1, 0, 1, 2 (and above). */
CnaCall callOf(double d)
{
    if (d <= -1.75)
        return CnaCall::DeepDeletion;
    if (d <= -0.5)
        return CnaCall::ShallowDeletion;
    if (d < 0.5)
        return CnaCall::Neutral;
    if (d < 1.5)
        return CnaCall::Gain;
    return CnaCall::Amplification;
}

std::optional<CnaCall> discreteCall(QByteArrayView v)
{
    const QByteArray t = v.trimmed().toByteArray();
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (ok)
        return callOf(d);
    const QByteArray l = t.toLower();
    if (l == "amplification" || l == "amp")
        return CnaCall::Amplification;
    if (l == "gain")
        return CnaCall::Gain;
    if (l == "loss" || l == "shallowdeletion" || l == "hetloss")
        return CnaCall::ShallowDeletion;
    if (l == "deletion" || l == "deepdeletion" || l == "homdel" || l == "del")
        return CnaCall::DeepDeletion;
    return std::nullopt;
}

bool isMissing(QByteArrayView v)
{
    const QByteArrayView t = v.trimmed();
    return t.isEmpty() || t == "NA" || t == "NaN" || t == "nan" || t == "." || t == "-";
}

class Reader
{
public:
    Reader(const QString& path, const CaseLoadOptions& options, Case& into, const Progress* progress)
        : m_path(path)
        , m_options(options)
        , m_into(into)
        , m_progress(progress)
        , m_input(qint16(into.inputs.contains(path) ? into.inputs.indexOf(path) : into.inputs.size()))
        , m_cap(options.maxRecords, path)
        , m_segmentCap(options.maxRecords, path)
    {
    }

    Result<void> matrix(TsvReader& tsv);
    Result<void> longFormat(TsvReader& tsv);
    Result<void> segments(TsvReader& tsv, bool alleleSpecific);
    Result<void> gistic(TsvReader& tsv);
    Result<void> merge();

private:
    void issue(InputIssue::Severity severity, qint64 line, const QString& message)
    {
        m_issues.append(InputIssue{severity, m_path, line, message});
    }
    void
    addCall(const QString& sample, const QString& gene, CnaCall call, qint64 line, float log2 = NAN, float copies = NAN)
    {
        if (call == CnaCall::Neutral)
            return;
        Alteration a;
        a.kind = AlterationKind::CopyNumber;
        a.origin = Origin{line, m_input};
        AlterationDetail& d = a.detail();
        d.gene = gene;
        d.extra().cnaCall = call;
        d.extra().log2Ratio = log2;
        d.extra().copyNumber = copies;
        noteSample(sample);
        m_bySample[sample].push_back(std::move(a));
        ++m_pending;
    }
    void noteSample(const QString& sample)
    {
        if (!m_samplesSeen.contains(sample)) {
            m_samplesSeen.insert(sample);
            m_sampleOrder << sample;
        }
    }
    Result<void> checkCanceled(TsvReader& tsv, qint64 rows)
    {
        if ((rows & 0xFFF) == 0 && m_progress) {
            if (m_progress->isCanceled())
                return fail(CoreError::Code::Canceled, Messages::tr("loading canceled"), m_path, tsv.lineNumber());
            m_progress->report(tsv.lines().position(), tsv.lines().size(), rows);
        }
        return {};
    }
    /** Genes of a segment, or an empty list (with one warning per file) when the build is unknown. */
    QList<const GeneInfo*> genesOf(const QString& chrom, qint64 start, qint64 end)
    {
        const GenomeBuild build = m_options.genome != GenomeBuild::Unknown ? m_options.genome : m_into.genome;
        if (build == GenomeBuild::Unknown) {
            if (!m_warnedBuild)
                issue(InputIssue::Severity::Warning,
                      0,
                      Messages::tr("the genome build is unknown, so segments are not mapped to genes; "
                                   "give it with --genome"));
            m_warnedBuild = true;
            return {};
        }
        return GeneTable::bundled().overlapping(build, chrom, start, end);
    }

    /** The gene of a row: its symbol, else the symbol of its Entrez id; reports a row with neither. */
    QString geneOf(const TsvReader& tsv, int symbolColumn, int entrezColumn)
    {
        QString gene = tsv.text(symbolColumn);
        if (gene == u"NA")
            gene.clear();
        QString entrez = tsv.text(entrezColumn);
        if (entrez == u"NA")
            entrez.clear();
        const GeneTable& genes = GeneTable::bundled();
        const GeneInfo* byId = entrez.isEmpty() ? nullptr : genes.findByNcbiId(entrez.toLongLong());
        if (gene.isEmpty() && byId)
            gene = byId->symbol;
        if (gene.isEmpty()) {
            issue(InputIssue::Severity::Skipped,
                  tsv.lineNumber(),
                  entrez.isEmpty() ? Messages::tr("the gene is not named")
                                   : Messages::tr("Entrez gene %1 is not a known protein-coding gene").arg(entrez));
            return gene;
        }
        const GeneInfo* bySymbol = genes.find(gene);
        if (byId && bySymbol && byId != bySymbol)
            issue(InputIssue::Severity::Warning,
                  tsv.lineNumber(),
                  Messages::tr("%1 and Entrez gene %2 (%3) name different genes; %1 is used")
                      .arg(gene, entrez, byId->symbol));
        else if (!bySymbol && !byId && !m_unknownGenes.contains(gene)) {
            if (m_unknownGenes.isEmpty())
                m_firstUnknownLine = tsv.lineNumber();
            m_unknownGenes.insert(gene);
            m_unknownOrder << gene;
        }
        return gene;
    }

    QString m_path;
    const CaseLoadOptions& m_options;
    Case& m_into;
    const Progress* m_progress;
    qint16 m_input;
    RecordCap m_cap;
    qint64 m_pending = 0;   ///< alterations and non-neutral matrix cells since m_cap was last told
    RecordCap m_segmentCap; ///< segments, held to the same cap
    QList<InputIssue> m_issues;
    std::map<QString, std::vector<Alteration>> m_bySample;
    std::map<QString, std::vector<CopyNumberSegment>> m_segments;
    QSet<QString> m_samplesSeen;
    QStringList m_sampleOrder;
    bool m_warnedBuild = false;
    QSet<QString> m_unknownGenes;
    QStringList m_unknownOrder;
    qint64 m_firstUnknownLine = 0;
};

Result<void> Reader::matrix(TsvReader& tsv)
{
    const int cGene = tsv.findColumn({"Hugo_Symbol", "Gene Symbol", "Gene_Symbol", "Gene"});
    const int cEntrez = tsv.findColumn({"Entrez_Gene_Id", "Locus ID", "Locus_ID"});
    const int cBand = tsv.findColumn({"Cytoband"});
    if (cGene < 0 && cEntrez < 0)
        return fail(CoreError::Code::BadInput,
                    Messages::tr("a copy-number matrix needs a Hugo_Symbol or Entrez_Gene_Id column"),
                    m_path,
                    1);
    QList<int> sampleColumns;
    for (int i = 0; i < tsv.headerSize(); ++i)
        if (i != cGene && i != cEntrez && i != cBand)
            sampleColumns << i;
    if (sampleColumns.isEmpty())
        return fail(CoreError::Code::BadInput, Messages::tr("the matrix has no sample columns"), m_path, 1);
    for (int c : sampleColumns)
        noteSample(QString::fromUtf8(tsv.header()[c]));

    // Discrete calls (-2..2) or continuous log2 ratios: decided from all values once read.
    struct Cell
    {
        int sampleColumn;
        int gene;
        float value;
        qint64 line;
    };
    std::vector<Cell> cells;
    QStringList genes;
    RepeatedRows repeated;
    bool continuous = false;
    qint64 rows = 0;
    while (tsv.next()) {
        if (auto r = m_cap.add(tsv.lineNumber(), std::exchange(m_pending, 0)); !r)
            return r;
        const QString gene = geneOf(tsv, cGene, cEntrez);
        if (gene.isEmpty())
            continue;
        if (const qint64 seen = repeated.conflict(gene.toUpper(), tsv.currentLine(), tsv.lineNumber()))
            issue(InputIssue::Severity::Warning,
                  tsv.lineNumber(),
                  Messages::tr("gene %1 appears again with other values (first at line %2); both rows are kept")
                      .arg(gene)
                      .arg(seen));
        if (tsv.fieldCount() != tsv.headerSize())
            issue(InputIssue::Severity::Warning,
                  tsv.lineNumber(),
                  Messages::tr("expected %1 columns, found %2").arg(tsv.headerSize()).arg(tsv.fieldCount()));
        genes << gene;
        for (int c : sampleColumns) {
            const QByteArrayView v = tsv.field(c);
            if (isMissing(v))
                continue;
            bool ok = false;
            const float value = v.trimmed().toByteArray().toFloat(&ok);
            if (!ok || std::isnan(value)) {
                const auto word = discreteCall(v);
                if (!word) {
                    issue(InputIssue::Severity::Warning,
                          tsv.lineNumber(),
                          Messages::tr("'%1' for %2 in sample %3 is not a copy-number value; ignored")
                              .arg(QString::fromUtf8(v), gene, QString::fromUtf8(tsv.header()[c])));
                    continue;
                }
                cells.push_back({c, int(genes.size() - 1), float(int(*word)), tsv.lineNumber()});
                m_pending += *word != CnaCall::Neutral;
                continue;
            }
            const bool discrete = value == std::round(value) || value == -1.5f;
            continuous = continuous || !discrete || value < -2 || value > 2;
            cells.push_back({c, int(genes.size() - 1), value, tsv.lineNumber()});
            m_pending += value != 0; // a neutral cell gives no alteration
        }
        if (auto r = checkCanceled(tsv, ++rows); !r)
            return r;
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    for (const Cell& cell : cells) {
        const QString sample = QString::fromUtf8(tsv.header()[cell.sampleColumn]);
        if (continuous) {
            // A log2-ratio matrix: only clear amplifications and deep deletions become calls.
            if (cell.value >= CopyNumberReader::amplificationLog2)
                addCall(sample, genes[cell.gene], CnaCall::Amplification, cell.line, cell.value);
            else if (cell.value <= CopyNumberReader::deepDeletionLog2)
                addCall(sample, genes[cell.gene], CnaCall::DeepDeletion, cell.line, cell.value);
        } else {
            addCall(sample, genes[cell.gene], callOf(cell.value), cell.line);
        }
    }
    return merge();
}

Result<void> Reader::longFormat(TsvReader& tsv)
{
    const int cSample = tsv.findColumn({"Tumor_Sample_Barcode", "Sample_Id", "SAMPLE_ID", "Sample"});
    const int cGene = tsv.findColumn({"Hugo_Symbol", "Gene", "Gene Symbol"});
    const int cEntrez = tsv.findColumn({"Entrez_Gene_Id"});
    const int cCall = tsv.findColumn({"Copy_Number_Alteration", "CNA", "Value"});
    if (cSample < 0 || cCall < 0)
        return fail(
            CoreError::Code::BadInput, Messages::tr("a copy-number list needs sample and value columns"), m_path, 1);
    RepeatedRows repeated;
    while (tsv.next()) {
        if (auto r = m_cap.add(tsv.lineNumber(), std::exchange(m_pending, 0)); !r)
            return r;
        const QString gene = geneOf(tsv, cGene, cEntrez);
        if (gene.isEmpty())
            continue;
        const QByteArrayView v = tsv.field(cCall);
        if (isMissing(v)) {
            issue(InputIssue::Severity::Skipped, tsv.lineNumber(), Messages::tr("the copy-number value is empty"));
            continue;
        }
        const auto call = discreteCall(v);
        if (!call) {
            issue(InputIssue::Severity::Skipped,
                  tsv.lineNumber(),
                  Messages::tr("'%1' is not a copy-number call (-2..2)").arg(QString::fromUtf8(v)));
            continue;
        }
        const QString key = tsv.text(cSample) + u'\t' + gene.toUpper();
        if (const qint64 seen = repeated.conflict(key, tsv.currentLine(), tsv.lineNumber()))
            issue(InputIssue::Severity::Warning,
                  tsv.lineNumber(),
                  Messages::tr("gene %1 of sample %2 appears again with another value (first at line %3); both rows "
                               "are kept")
                      .arg(gene, tsv.text(cSample))
                      .arg(seen));
        addCall(tsv.text(cSample), gene, *call, tsv.lineNumber());
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    return merge();
}

Result<void> Reader::segments(TsvReader& tsv, bool alleleSpecific)
{
    const int cSample = tsv.findColumn({"ID", "Sample", "Sample_Id", "SAMPLE_ID", "ID_", "Tumor_Sample_Barcode"});
    const int cChrom = tsv.findColumn({"Chromosome", "chrom", "Chr", "chromosome"});
    const int cStart = tsv.findColumn({"Start", "loc.start", "Start.bp", "start", "Start_Position"});
    const int cEnd = tsv.findColumn({"End", "loc.end", "End.bp", "end", "End_Position"});
    const int cMarkers = tsv.findColumn({"Num_Probes", "num.mark", "Num.Markers", "num_probes", "Num_Markers"});
    const int cMean = tsv.findColumn({"Segment_Mean", "seg.mean", "Seg.CN", "log2", "log2_ratio", "seg_mean"});
    const int cMajor = tsv.findColumn({"nMajor", "Major_CN", "major_cn"});
    const int cMinor = tsv.findColumn({"nMinor", "Minor_CN", "minor_cn"});
    if (cChrom < 0 || cStart < 0 || cEnd < 0 || (alleleSpecific ? cMajor < 0 || cMinor < 0 : cMean < 0))
        return fail(CoreError::Code::BadInput,
                    Messages::tr("a segment file needs chromosome, start, end and %1 columns")
                        .arg(alleleSpecific ? u"nMajor/nMinor"_s : u"segment mean"_s),
                    m_path,
                    1);
    const QString defaultSample = QFileInfo(m_path).completeBaseName();
    qint64 rows = 0;
    RepeatedLines repeated;
    while (tsv.next()) {
        if (auto r = m_cap.add(tsv.lineNumber(), std::exchange(m_pending, 0)); !r)
            return r;
        if (repeated.repeats(tsv.currentLine(), tsv.lineNumber()))
            continue;
        CopyNumberSegment s;
        s.origin = Origin{tsv.lineNumber(), m_input};
        s.chrom = tsv.text(cChrom);
        bool okStart = false;
        bool okEnd = false;
        s.start = tsv.field(cStart).toByteArray().toLongLong(&okStart);
        s.end = tsv.field(cEnd).toByteArray().toLongLong(&okEnd);
        if (s.chrom.isEmpty() || !okStart || !okEnd || s.start < 0 || s.end < s.start) {
            issue(InputIssue::Severity::Skipped,
                  tsv.lineNumber(),
                  Messages::tr("segment %1:%2-%3 has no valid position")
                      .arg(s.chrom, QString::fromUtf8(tsv.field(cStart)), QString::fromUtf8(tsv.field(cEnd))));
            continue;
        }
        const GenomeBuild build = m_options.genome != GenomeBuild::Unknown ? m_options.genome : m_into.genome;
        if (const qint64 length = chromosomeLength(build, s.chrom); length > 0 && s.end > length) {
            issue(InputIssue::Severity::Skipped,
                  tsv.lineNumber(),
                  Messages::tr("segment %1:%2-%3 ends beyond chromosome %1 of %4 (%5 bp): another genome build?")
                      .arg(s.chrom)
                      .arg(s.start)
                      .arg(s.end)
                      .arg(genomeBuildName(build))
                      .arg(length));
            continue;
        }
        bool ok = false;
        if (cMarkers >= 0)
            s.markers = tsv.field(cMarkers).toByteArray().toInt(&ok);
        if (!ok)
            s.markers = -1;
        CnaCall call = CnaCall::Neutral;
        if (alleleSpecific) {
            bool okMajor = false;
            bool okMinor = false;
            const float major = tsv.field(cMajor).toByteArray().toFloat(&okMajor);
            const float minor = tsv.field(cMinor).toByteArray().toFloat(&okMinor);
            if (!okMajor || !okMinor || major < 0 || minor < 0) {
                issue(InputIssue::Severity::Skipped,
                      tsv.lineNumber(),
                      Messages::tr("major/minor copy numbers are not numbers"));
                continue;
            }
            s.copyNumber = major + minor;
            s.minorCopyNumber = minor;
            if (s.copyNumber == 0)
                call = CnaCall::DeepDeletion;
            else if (s.copyNumber >= CopyNumberReader::amplificationTotalCopies)
                call = CnaCall::Amplification;
        } else {
            s.log2Ratio = tsv.field(cMean).toByteArray().toFloat(&ok);
            if (!ok || std::isnan(s.log2Ratio)) {
                issue(InputIssue::Severity::Skipped,
                      tsv.lineNumber(),
                      Messages::tr("segment mean '%1' is not a number").arg(QString::fromUtf8(tsv.field(cMean))));
                continue;
            }
            if (s.log2Ratio >= CopyNumberReader::amplificationLog2)
                call = CnaCall::Amplification;
            else if (s.log2Ratio <= CopyNumberReader::deepDeletionLog2)
                call = CnaCall::DeepDeletion;
        }
        QString sample = cSample >= 0 ? tsv.text(cSample) : defaultSample;
        if (sample.isEmpty())
            sample = defaultSample;
        noteSample(sample);
        if (call != CnaCall::Neutral) {
            for (const GeneInfo* g : genesOf(s.chrom, s.start, s.end))
                addCall(sample, g->symbol, call, tsv.lineNumber(), s.log2Ratio, s.copyNumber);
        }
        m_segments[sample].push_back(std::move(s));
        if (auto r = m_segmentCap.add(tsv.lineNumber()); !r)
            return r;
        if (auto r = checkCanceled(tsv, ++rows); !r)
            return r;
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    if (InputIssue repeats = repeated.summary(m_path); !repeats.message.isEmpty())
        m_issues.append(std::move(repeats));
    return merge();
}

Result<void> Reader::gistic(TsvReader& tsv)
{
    const int cName = tsv.column("Unique Name");
    const int cPeak = tsv.column("Wide Peak Limits");
    const int cThreshold = tsv.column("Amplitude Threshold");
    QList<int> sampleColumns;
    for (int i = std::max(cThreshold, cPeak) + 1; i < tsv.headerSize(); ++i)
        if (!tsv.header()[i].trimmed().isEmpty())
            sampleColumns << i;
    for (int c : sampleColumns)
        noteSample(QString::fromUtf8(tsv.header()[c].trimmed()));
    static const QRegularExpression region(uR"(^\s*(chr)?([0-9XYMT]+):(\d+)-(\d+))"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    RepeatedLines repeated;
    while (tsv.next()) {
        if (auto r = m_cap.add(tsv.lineNumber(), std::exchange(m_pending, 0)); !r)
            return r;
        if (repeated.repeats(tsv.currentLine(), tsv.lineNumber()))
            continue;
        const QString name = tsv.text(cName);
        if (name.endsWith(u"CN values"_s))
            continue; // the same peaks again with raw values
        const bool amplification = name.startsWith(u"Amplification"_s, Qt::CaseInsensitive);
        if (!amplification && !name.startsWith(u"Deletion"_s, Qt::CaseInsensitive)) {
            issue(InputIssue::Severity::Skipped,
                  tsv.lineNumber(),
                  Messages::tr("'%1' is neither an amplification nor a deletion peak").arg(name));
            continue;
        }
        const auto m = region.match(tsv.text(cPeak));
        if (!m.hasMatch()) {
            issue(InputIssue::Severity::Skipped,
                  tsv.lineNumber(),
                  Messages::tr("wide peak limits '%1' are not chr:start-end").arg(tsv.text(cPeak)));
            continue;
        }
        const QList<const GeneInfo*> genes =
            genesOf(m.captured(2), m.captured(3).toLongLong(), m.captured(4).toLongLong());
        for (int c : sampleColumns) {
            if (tsv.field(c).trimmed() != "2")
                continue; // 1 is a low-level change; 0 none
            for (const GeneInfo* g : genes)
                addCall(QString::fromUtf8(tsv.header()[c].trimmed()),
                        g->symbol,
                        amplification ? CnaCall::Amplification : CnaCall::DeepDeletion,
                        tsv.lineNumber());
        }
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    if (InputIssue repeats = repeated.summary(m_path); !repeats.message.isEmpty())
        m_issues.append(std::move(repeats));
    return merge();
}

Result<void> Reader::merge()
{
    SampleSelector selector(m_options, m_into);
    QList<qint64> perSample;
    for (const QString& s : m_sampleOrder) {
        const auto it = m_bySample.find(s);
        perSample << (it == m_bySample.end() ? 0 : qint64(it->second.size()));
    }
    if (auto r = selector.choose(m_path, m_sampleOrder, perSample); !r)
        return r;
    m_into.addInput(m_path);
    if (!selector.note().isEmpty())
        m_into.addIssue(InputIssue{InputIssue::Severity::Warning, m_path, 0, selector.note()});
    for (InputIssue& i : m_issues)
        m_into.addIssue(std::move(i));
    if (!m_unknownOrder.isEmpty())
        m_into.addIssue(InputIssue{
            InputIssue::Severity::Warning,
            m_path,
            m_firstUnknownLine,
            Messages::tr("%n gene symbols are not protein-coding genes of MANE v1.0 (aliases or non-coding genes?): ",
                         nullptr,
                         int(m_unknownOrder.size()))
                + m_unknownOrder.mid(0, 10).join(u", "_s) + (m_unknownOrder.size() > 10 ? u", ..."_s : QString())});
    SampleIndex index(m_into, m_options.everySample);
    for (const QString& name : selector.kept()) {
        const qint16 sample = index.add(name, SampleRole::Tumor, Origin{0, m_input});
        if (sample < 0)
            return SampleIndex::full(m_path);
        for (Alteration& a : m_bySample[name]) {
            a.sample = sample;
            m_into.alterations.push_back(std::move(a));
        }
        for (CopyNumberSegment& s : m_segments[name]) {
            s.sample = sample;
            m_into.segments.push_back(std::move(s));
        }
    }
    return {};
}

} // namespace

Result<void> CopyNumberReader::read(
    const QString& path, InputFormat format, const CaseLoadOptions& options, Case& into, const Progress* progress)
{
    TsvReader tsv;
    if (auto r = tsv.open(path, true); !r)
        return r;
    Reader reader(path, options, into, progress);
    switch (format) {
    case InputFormat::CnaMatrix:
        return reader.matrix(tsv);
    case InputFormat::CnaLong:
        return reader.longFormat(tsv);
    case InputFormat::Segments:
        return reader.segments(tsv, false);
    case InputFormat::AlleleSpecificCn:
        return reader.segments(tsv, true);
    case InputFormat::GisticLesions:
        return reader.gistic(tsv);
    default:
        return fail(CoreError::Code::Internal, Messages::tr("not a copy-number format"), path);
    }
}

} // namespace onco
