// `oncoboard-cli annotate-cohort` on a study-sized MAF against `bcftools query` on the same
// records written as a VCF, in the same run.
//
// The MAF has the shape of vcf2maf/GDC output (the 114 columns of tests/data's vcf2maf GRCh38
// MAF, about 1.3 kB per row) and the content of a real cohort: the 2,207 mutations of the TCGA
// AML MAF (genes, positions, alleles, protein changes) spread over 20,000 samples, 50 each, rows
// interleaved by position as in a GDC project MAF; a clinical table gives each sample one of eight
// OncoTree codes. The VCF holds the same 1,000,000 records, each row's other columns in one INFO
// field (as VEP's CSQ carries them) and the read counts in FORMAT.

#include "BenchSupport.h"
#include "TestConfig.h"

#include "io/MafReader.h"

#include <htslib/bgzf.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <unistd.h>

using namespace onco;

namespace {

constexpr qint64 mutations = 1'000'000;
constexpr qint64 samples = 20'000;

QString benchPath(const char* name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QString::fromLatin1(name));
}

QString mafFile()
{
    return benchPath("cohort-1m.maf.gz");
}
QString clinicalFile()
{
    return benchPath("cohort-1m.clinical.tsv");
}
QString vcfFile()
{
    return benchPath("cohort-1m.vcf.gz");
}

QList<QByteArrayList> readTable(const QString& path, QByteArrayList& header)
{
    QList<QByteArrayList> rows;
    BGZF* in = bgzf_open(QFile::encodeName(path).constData(), "r");
    if (!in)
        return rows;
    QByteArray text;
    char buffer[1 << 16];
    for (ssize_t n; (n = bgzf_read(in, buffer, sizeof buffer)) > 0;)
        text.append(buffer, n);
    bgzf_close(in);
    for (const QByteArray& line : text.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (header.isEmpty())
            header = line.split('\t');
        else
            rows << line.split('\t');
    }
    return rows;
}

bool writeAll(BGZF* out, const QByteArray& data)
{
    return bgzf_write(out, data.constData(), size_t(data.size())) >= 0;
}

/** Writes the MAF, its clinical table and the VCF unless they exist. */
bool generate()
{
    if (QFileInfo::exists(mafFile()) && QFileInfo::exists(vcfFile()) && QFileInfo::exists(clinicalFile()))
        return true;
    QByteArrayList shapeHeader;
    const QList<QByteArrayList> shape =
        readTable(QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_b38_output.maf"), shapeHeader);
    QByteArrayList contentHeader;
    const QList<QByteArrayList> content =
        readTable(QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/maftools_tcga_laml.maf.gz"), contentHeader);
    if (shape.isEmpty() || content.isEmpty())
        return false;
    auto column = [](const QByteArrayList& header, const char* name) { return int(header.indexOf(name)); };
    // The columns a reader uses come from the AML mutation; the rest of the row keeps its shape.
    const std::pair<const char*, const char*> copied[] = {{"Hugo_Symbol", "Hugo_Symbol"},
                                                          {"Chromosome", "Chromosome"},
                                                          {"Start_Position", "Start_Position"},
                                                          {"End_Position", "End_position"},
                                                          {"Variant_Classification", "Variant_Classification"},
                                                          {"Variant_Type", "Variant_Type"},
                                                          {"Reference_Allele", "Reference_Allele"},
                                                          {"Tumor_Seq_Allele1", "Tumor_Seq_Allele1"},
                                                          {"Tumor_Seq_Allele2", "Tumor_Seq_Allele2"},
                                                          {"HGVSp_Short", "Protein_Change"},
                                                          {"HGVSp", "Protein_Change"},
                                                          {"Transcript_ID", "i_transcript_name"}};
    const int cBuild = column(shapeHeader, "NCBI_Build");
    const int cSample = column(shapeHeader, "Tumor_Sample_Barcode");
    const int cNormal = column(shapeHeader, "Matched_Norm_Sample_Barcode");
    const int cConsequence = column(shapeHeader, "Consequence");
    const int cHgvsc = column(shapeHeader, "HGVSc");
    const int cExon = column(shapeHeader, "Exon_Number");
    const int cClass = column(contentHeader, "Variant_Classification");

    const QString mafTmp = mafFile() + QStringLiteral(".part");
    const QString vcfTmp = vcfFile() + QStringLiteral(".part");
    BGZF* maf = bgzf_open(QFile::encodeName(mafTmp).constData(), "w");
    BGZF* vcf = bgzf_open(QFile::encodeName(vcfTmp).constData(), "w");
    if (!maf || !vcf)
        return false;
    bool ok = writeAll(maf, "#version 2.4\n" + shapeHeader.join('\t') + '\n');
    QByteArray vcfHeader = "##fileformat=VCFv4.2\n"
                           "##INFO=<ID=SAMPLE,Number=1,Type=String,Description=\"Tumor sample\">\n"
                           "##INFO=<ID=MAF,Number=.,Type=String,Description=\"The MAF row's other columns\">\n"
                           "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">\n"
                           "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n";
    QByteArrayList contigs; // as the AML MAF names them (it writes X as 23)
    for (const QByteArrayList& row : content)
        if (const QByteArray chrom = row.value(column(contentHeader, "Chromosome")); !contigs.contains(chrom))
            contigs << chrom;
    for (const QByteArray& chrom : contigs)
        vcfHeader += "##contig=<ID=" + chrom + ">\n";
    vcfHeader += "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\n";
    ok = ok && writeAll(vcf, vcfHeader);
    QByteArray mafOut;
    QByteArray vcfOut;
    for (qint64 r = 0; ok && r < mutations; ++r) {
        const QByteArrayList& from = content[int((r * 7919) % content.size())];
        QByteArrayList row = shape[int(r % shape.size())];
        for (const auto& [to, source] : copied)
            if (column(shapeHeader, to) >= 0 && column(contentHeader, source) >= 0)
                row[column(shapeHeader, to)] = from.value(column(contentHeader, source));
        const QByteArray sample = "GEN-" + QByteArray::number(100000 + r % samples) + "-01";
        row[cSample] = sample;
        row[cNormal] = "GEN-" + QByteArray::number(100000 + r % samples) + "-10";
        row[cBuild] = "GRCh37";
        row[cConsequence] = MafReader::consequenceOf(QString::fromUtf8(from.value(cClass))).toUtf8();
        row[cHgvsc].clear();
        row[cExon].clear();
        mafOut += row.join('\t');
        mafOut += '\n';

        // The same record as VCF: an anchor base for the empty allele, the other columns in INFO.
        QByteArray ref = row[column(shapeHeader, "Reference_Allele")];
        QByteArray alt = row[column(shapeHeader, "Tumor_Seq_Allele2")];
        QByteArray pos = row[column(shapeHeader, "Start_Position")];
        if (ref == "-" || alt == "-") {
            ref = "N" + (ref == "-" ? QByteArray() : ref);
            alt = "N" + (alt == "-" ? QByteArray() : alt);
        }
        QByteArrayList rest;
        for (int c = 0; c < row.size(); ++c)
            if (c != column(shapeHeader, "Chromosome") && c != column(shapeHeader, "Start_Position"))
                rest << QByteArray(row[c]).replace(';', ',').replace('=', ':').replace(' ', '_').replace('\t', '_');
        vcfOut += row[column(shapeHeader, "Chromosome")] + '\t' + pos + "\t.\t" + ref + '\t' + alt
                  + "\t.\tPASS\tSAMPLE=" + sample + ";MAF=" + rest.join('|') + "\tAD:DP\t40,12:52\n";
        if (mafOut.size() > (1 << 20)) {
            ok = writeAll(maf, mafOut) && writeAll(vcf, vcfOut);
            mafOut.clear();
            vcfOut.clear();
        }
    }
    ok = ok && writeAll(maf, mafOut) && writeAll(vcf, vcfOut);
    ok = bgzf_close(maf) >= 0 && ok;
    ok = bgzf_close(vcf) >= 0 && ok;
    if (!ok)
        return false;

    QFile clinical(clinicalFile());
    if (!clinical.open(QIODevice::WriteOnly))
        return false;
    static const char* const codes[] = {"AML", "LUAD", "COAD", "BRCA", "SKCM", "PAAD", "GBM", "BLCA"};
    clinical.write("SAMPLE_ID\tONCOTREE_CODE\n");
    for (qint64 s = 0; s < samples; ++s)
        clinical.write("GEN-" + QByteArray::number(100000 + s) + "-01\t" + codes[s % 8] + '\n');
    clinical.close();
    QFile::remove(mafFile());
    QFile::remove(vcfFile());
    return QFile::rename(mafTmp, mafFile()) && QFile::rename(vcfTmp, vcfFile());
}

int run(const QString& program, const QStringList& arguments)
{
    return bench::runQuiet(program, arguments, bench::cliEnvironment());
}

QStringList cohortArguments(const QString& output)
{
    return {QStringLiteral("annotate-cohort"),
            mafFile(),
            QStringLiteral("--clinical"),
            clinicalFile(),
            QStringLiteral("--jsonl"),
            output};
}

void oncoboardCohortJsonl(benchmark::State& state)
{
    const QString out = QDir::temp().filePath(QStringLiteral("oncoboard-bench-cohort.jsonl"));
    ::sync(); // each benchmark starts with no other run's output still going to the disk
    for (auto _ : state) {
        if (run(QStringLiteral(ONCOBOARD_CLI_EXECUTABLE), cohortArguments(out)) != 0) {
            state.SkipWithError("oncoboard-cli annotate-cohort failed");
            return;
        }
    }
    state.counters["output_MB"] = double(QFileInfo(out).size()) / 1e6;
    QFile::remove(out);
}

/** The same run with its output thrown away, as the peer's is: the cost of the work without the disk's. */
void oncoboardCohortJsonlDevNull(benchmark::State& state)
{
    ::sync();
    for (auto _ : state) {
        if (run(QStringLiteral(ONCOBOARD_CLI_EXECUTABLE), cohortArguments(QStringLiteral("/dev/null"))) != 0) {
            state.SkipWithError("oncoboard-cli annotate-cohort failed");
            return;
        }
    }
}

void bcftoolsQuery(benchmark::State& state)
{
    ::sync();
    for (auto _ : state)
        if (run(QStringLiteral(BCFTOOLS_EXECUTABLE),
                {QStringLiteral("query"),
                 QStringLiteral("-f"),
                 QStringLiteral("%CHROM %POS %REF %ALT %INFO/SAMPLE [%AD]\n"),
                 vcfFile()})
            != 0) {
            state.SkipWithError("bcftools query failed");
            return;
        }
}

/** Peak RSS (KiB) of one annotate-cohort run of `maf` with `clinical` (none when empty). */
long peakRssKiB(const QString& maf, const QString& clinical)
{
    QStringList arguments{
        QStringLiteral("annotate-cohort"), maf, QStringLiteral("--jsonl"), QStringLiteral("/dev/null")};
    if (!clinical.isEmpty())
        arguments << QStringLiteral("--clinical") << clinical;
    return bench::childPeakRssKiB(QStringLiteral(ONCOBOARD_CLI_EXECUTABLE), arguments, bench::cliEnvironment());
}

} // namespace

BENCHMARK(oncoboardCohortJsonlDevNull)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(oncoboardCohortJsonl)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(bcftoolsQuery)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (!generate()) {
        std::fprintf(stderr, "cannot write the cohort files beside %s\n", qPrintable(mafFile()));
        return 1;
    }
    if (run(QStringLiteral(ONCOBOARD_CLI_EXECUTABLE), {QStringLiteral("kb"), QStringLiteral("list")}) != 0) {
        std::fprintf(stderr, "oncoboard-cli kb list failed\n");
        return 1;
    }
    std::printf("%s: %lld mutations of %lld samples (%.0f MB); %s: the same records (%.0f MB)\n",
                qPrintable(QFileInfo(mafFile()).fileName()),
                static_cast<long long>(mutations),
                static_cast<long long>(samples),
                double(QFileInfo(mafFile()).size()) / 1e6,
                qPrintable(QFileInfo(vcfFile()).fileName()),
                double(QFileInfo(vcfFile()).size()) / 1e6);
    // The knowledge base's share: a run of the 2,207-mutation TCGA AML MAF holds it and little else.
    const long base = peakRssKiB(QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/maftools_tcga_laml.maf.gz"), {});
    const long peak = peakRssKiB(mafFile(), clinicalFile());
    std::printf("annotate-cohort --jsonl: peak RSS %.1f MiB; with the TCGA AML MAF (knowledge base and matchers) "
                "%.1f MiB: %.0f bytes per mutation beyond it (target <= 300)\n",
                double(peak) / 1024.0,
                double(base) / 1024.0,
                double(peak - base) * 1024.0 / double(mutations));
    benchmark::Initialize(&argc, argv);
    bench::RecordingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double peer = reporter.realTimeNs("bcftoolsQuery/iterations:3");
    if (const double ours = reporter.realTimeNs("oncoboardCohortJsonl/iterations:3"); ours > 0 && peer > 0)
        std::printf("annotate-cohort --jsonl / bcftools query: %.2f (target <= 3.0)\n", ours / peer);
    // bcftools' 40 MB go to /dev/null; the 3.5 GB of JSON Lines to a file are also bound by the disk.
    if (const double ours = reporter.realTimeNs("oncoboardCohortJsonlDevNull/iterations:3"); ours > 0 && peer > 0)
        std::printf("annotate-cohort --jsonl /dev/null / bcftools query (both outputs to /dev/null): %.2f\n",
                    ours / peer);
    benchmark::Shutdown();
    return 0;
}
