#include "TestConfig.h"
#include "io/CaseLoader.h"
#include "plots/CopyNumberProfile.h"
#include "plots/LollipopPlot.h"
#include "plots/PlotsPanel.h"
#include "plots/ProteinLengthTable.h"
#include "plots/VafHistogram.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

QString data(const QString& relative)
{
    return QStringLiteral(ONCOBOARD_TEST_DATA_DIR) + u'/' + relative;
}

std::shared_ptr<AnnotationResult> loadCase(const QStringList& files, GenomeBuild genome = GenomeBuild::Unknown)
{
    CaseLoadOptions options;
    options.genome = genome;
    auto c = CaseLoader::load(files, options);
    if (!c) {
        qWarning("%s", qPrintable(c.error().toString()));
        return nullptr;
    }
    auto result = std::make_shared<AnnotationResult>();
    result->caseData = std::move(c.value());
    return result;
}

int findAlteration(const AnnotationResult& r, const QString& gene, const QString& hgvsp)
{
    for (size_t i = 0; i < r.caseData.alterations.size(); ++i)
        if (r.caseData.alterations[i].gene() == gene && r.caseData.alterations[i].hgvsp() == hgvsp)
            return int(i);
    return -1;
}

Alteration proteinChange(const QString& gene, const QString& hgvsp)
{
    Alteration a;
    a.chrom = u"1"_s;
    a.pos = 1000;
    a.ref = u"C"_s;
    a.alt = u"T"_s;
    a.detail().gene = gene;
    a.detail().hgvsp = hgvsp;
    return a;
}

/** Number of distinct colours on a grid of sample points: 1 means a blank image. */
int colourCount(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

/** Data rows of a tab-separated file with one header line. */
qsizetype dataRows(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qsizetype rows = -1; // the header
    while (!file.atEnd())
        rows += !file.readLine().trimmed().isEmpty();
    return rows;
}

} // namespace

class TestPlots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vafHistogramCountsEveryBin();
    void vafBinEdges();
    void vafMarkerFollowsTheSelection();
    void lollipopCountsResidues();
    void lollipopGeneComboSwitchesGene();
    void proteinLengthsFromTheBundledTable();
    void proteinLengthTableKeepsTheLongest();
    void unknownProteinLength();
    void unannotatedInputIsExplained();
    void predictedCodonsArePlotted();
    void copyNumberProfileHasEverySegment_data();
    void copyNumberProfileHasEverySegment();
    void copyNumberCallsAreMarkedAtTheirGenes();
    void noCopyNumberData();
    void exportsPngAndSvg_data();
    void exportsPngAndSvg();
    void exportRefusesBadTargets();
    void tabsRenderInLightAndDarkPalettes();
    void clearsWithoutAResult();
    void timings();

private:
    std::shared_ptr<AnnotationResult> m_maf;
    std::shared_ptr<AnnotationResult> m_cna;
    QTemporaryDir m_dir;
};

void TestPlots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_maf = loadCase({data(u"maf/vcf2maf_test_output.vep_isoforms.maf"_s)});
    QVERIFY(m_maf);
    QCOMPARE(m_maf->caseData.alterations.size(), size_t(20));
    m_cna = loadCase({data(u"cna/pcgr_T001.grch37.cna.tsv"_s)}, GenomeBuild::GRCh37);
    QVERIFY(m_cna);
}

void TestPlots::vafHistogramCountsEveryBin()
{
    PlotsPanel panel;
    panel.setResult(m_maf);
    const VafHistogram* h = panel.vafHistogram();
    QCOMPARE(h->binCount(), 20); // 5% bins below VafHistogram::fineBinsFrom variants
    qint64 withVaf = 0;
    for (int bin = 0; bin < h->binCount(); ++bin) {
        const double low = double(bin) / h->binCount();
        const double high = double(bin + 1) / h->binCount();
        qint64 expected = 0;
        for (const Alteration& a : m_maf->caseData.alterations) {
            if (a.kind == AlterationKind::CopyNumber || !a.tumor.hasVaf())
                continue;
            // To float precision, as the VAFs are stored.
            const double vaf = a.tumor.vaf + 1e-6;
            expected += vaf >= low && (vaf < high || (bin == h->binCount() - 1 && vaf <= 1.0 + 1e-6));
        }
        QVERIFY2(h->binValue(bin) == expected,
                 qPrintable(u"bin %1: %2 vs %3"_s.arg(bin).arg(h->binValue(bin)).arg(expected)));
        withVaf += expected;
    }
    QCOMPARE(withVaf, 20);
    QCOMPARE(h->total(), 20);
    // The four APC frameshifts have 8 of 20 reads: VAF 0.40, bin [0.40, 0.45).
    QVERIFY(h->binValue(8) >= 4);
    QVERIFY(h->title().contains(u"n = 20,"_s));
}

void TestPlots::vafBinEdges()
{
    auto result = std::make_shared<AnnotationResult>();
    auto add = [&](float vaf, AlterationKind kind = AlterationKind::Snv) {
        Alteration a;
        a.kind = kind;
        a.tumor.vaf = vaf;
        result->caseData.alterations.push_back(a);
    };
    add(7.0f / 20.0f); // 0.34999999 as a float: still [0.35, 0.40)
    add(0.0f);
    add(1.0f);
    add(1.2f);                             // beyond 1: last bin
    add(0.95f);                            // [0.95, 1.00]
    add(0.6f, AlterationKind::CopyNumber); // not a small variant
    add(NAN);                              // no VAF
    VafHistogram h;
    h.setResult(result.get());
    QCOMPARE(h.total(), 5);
    QCOMPARE(h.binValue(7), 1);
    QCOMPARE(h.binValue(6), 0);
    QCOMPARE(h.binValue(0), 1);
    QCOMPARE(h.binValue(19), 3);
    QVERIFY(h.title().contains(u"outside 0-1"_s));

    // From VafHistogram::fineBinsFrom variants on, 2% bins.
    result->caseData.alterations.clear();
    for (int i = 0; i < VafHistogram::fineBinsFrom; ++i)
        add(float(i % 50) / 50.0f);
    h.setResult(result.get());
    QCOMPARE(h.binCount(), 50);
    for (int bin = 0; bin < 50; ++bin)
        QCOMPARE(h.binValue(bin), VafHistogram::fineBinsFrom / 50);
}

void TestPlots::vafMarkerFollowsTheSelection()
{
    PlotsPanel panel;
    panel.setResult(m_maf);
    const int e545k = findAlteration(*m_maf, u"PIK3CA"_s, u"p.E545K"_s);
    QVERIFY(e545k >= 0);
    panel.showAlteration(e545k);
    QCOMPARE(panel.vafHistogram()->marker(), double(m_maf->caseData.alterations[size_t(e545k)].tumor.vaf));
    QVERIFY(panel.vafHistogram()->title().contains(u"PIK3CA"_s));
    panel.showAlteration(-1);
    QVERIFY(std::isnan(panel.vafHistogram()->marker()));
    panel.showAlteration(100000);
    QVERIFY(std::isnan(panel.vafHistogram()->marker()));
}

void TestPlots::lollipopCountsResidues()
{
    PlotsPanel panel;
    panel.setResult(m_maf);
    // APC has the most protein changes (four frameshifts at E1156), so it is shown first.
    QCOMPARE(panel.lollipopGene(), u"APC"_s);
    const QStringList genes = panel.lollipopPlot()->genes();
    QVERIFY(genes.contains(u"PIK3CA"_s));
    QVERIFY(genes.contains(u"CHD1L"_s)); // p.X165_splice
    QVERIFY(!genes.contains(u"TP53"_s)); // only p.T125=, synonymous
    QVERIFY(!genes.contains(u"MTOR"_s)); // intronic, no protein change
    QVERIFY(!genes.contains(u"Unknown"_s));

    const int pik3ca = findAlteration(*m_maf, u"PIK3CA"_s, u"p.E545K"_s);
    panel.showAlteration(pik3ca);
    QCOMPARE(panel.lollipopGene(), u"PIK3CA"_s);
    const int apc = findAlteration(*m_maf, u"APC"_s, u"p.E1156Gfs*7"_s);
    QVERIFY(apc >= 0);
    panel.showAlteration(apc);
    QCOMPARE(panel.lollipopGene(), u"APC"_s);

    // Counted independently: APC alterations per residue named in their HGVSp.
    static const QRegularExpression residue(uR"(^p\.[A-Z*](\d+))"_s);
    QMap<int, int> expected;
    for (const Alteration& a : m_maf->caseData.alterations)
        if (const auto m = residue.match(a.hgvsp()); a.gene() == u"APC" && m.hasMatch())
            ++expected[m.captured(1).toInt()];
    QCOMPARE(expected.value(1156), 4);
    LollipopPlot* plot = panel.lollipopPlot();
    QCOMPARE(plot->residues().size(), size_t(expected.size()));
    const LollipopPlot::Residue& r = plot->residues().front();
    QCOMPARE(r.position, 1156);
    QCOMPARE(r.total(), 4);
    QCOMPARE(r.counts[size_t(LollipopPlot::MutationClass::Truncating)], 4);
    QCOMPARE(r.mainClass(), LollipopPlot::MutationClass::Truncating);
    QCOMPARE(r.aa, QChar(u'E'));
    QCOMPARE(plot->proteinLength(), 2843);
    QCOMPARE(plot->axisLength(), 2843);
    QCOMPARE(plot->labelledResidues().size(), size_t(1));
    QVERIFY(plot->title().contains(u"protein-changing mutations: 4"_s));
}

void TestPlots::lollipopGeneComboSwitchesGene()
{
    PlotsPanel panel;
    panel.setResult(m_maf);
    auto* combo = panel.findChild<QComboBox*>(u"lollipopGene"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), panel.lollipopPlot()->genes().size());
    QCOMPARE(combo->currentData().toString(), u"APC"_s);
    combo->setCurrentIndex(combo->findData(u"PIK3CA"_s));
    QCOMPARE(panel.lollipopGene(), u"PIK3CA"_s);
    LollipopPlot* plot = panel.lollipopPlot();
    QCOMPARE(plot->proteinLength(), 1068);
    QCOMPARE(plot->residues().size(), size_t(2));
    QCOMPARE(plot->residues()[0].position, 469); // p.E469delinsDK
    QCOMPARE(plot->residues()[0].mainClass(), LollipopPlot::MutationClass::InFrame);
    QCOMPARE(plot->residues()[1].position, 545); // p.E545K
    QCOMPARE(plot->residues()[1].mainClass(), LollipopPlot::MutationClass::Missense);
    for (const char* name : {"export_vaf_histogram", "export_lollipop", "export_copy_number"})
        QVERIFY2(panel.findChild<QPushButton*>(QString::fromLatin1(name)), name);
}

void TestPlots::proteinLengthsFromTheBundledTable()
{
    const ProteinLengthTable& table = ProteinLengthTable::bundled();
    QCOMPARE(table.size(), 18251);
    QCOMPARE(table.length(u"PIK3CA"_s), 1068);
    QCOMPARE(table.length(u"pik3ca"_s), 1068);
    QCOMPARE(table.length(u"TP53"_s), 393);
    QCOMPARE(table.length(u"KRAS"_s), 189);
    QCOMPARE(table.length(u"NOT_A_GENE"_s), 0);
}

void TestPlots::proteinLengthTableKeepsTheLongest()
{
    const QString path = m_dir.filePath(u"lengths.tsv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Hugo_Symbol\trefseq.ID\tprotein.ID\taa.length\n"
               "GENE1\tNM_1\tNP_1\t300\n"
               "GENE1\tNM_2\tNP_2\t450\n"
               "GENE1\tNM_3\tNP_3\t120\n"
               "GENE2\tNM_4\tNP_4\tNA\n");
    file.close();
    auto table = ProteinLengthTable::load(path);
    QVERIFY(table);
    QCOMPARE(table->length(u"GENE1"_s), 450);
    QCOMPARE(table->length(u"GENE2"_s), 0);
    QCOMPARE(table->size(), 1);

    const QString bad = m_dir.filePath(u"bad.tsv"_s);
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("gene_name\tlength\nGENE1\t300\n");
    badFile.close();
    auto refused = ProteinLengthTable::load(bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, CoreError::Code::BadInput);
    auto missing = ProteinLengthTable::load(m_dir.filePath(u"missing.tsv"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, CoreError::Code::Io);
}

void TestPlots::unknownProteinLength()
{
    auto result = std::make_shared<AnnotationResult>();
    result->caseData.alterations.push_back(proteinChange(u"NOTAGENE1"_s, u"p.R100*"_s));
    result->caseData.alterations.push_back(proteinChange(u"NOTAGENE1"_s, u"p.G50V"_s));
    result->caseData.alterations.push_back(proteinChange(u"KRAS"_s, u"p.R250W"_s)); // past KRAS's 189 aa
    result->caseData.alterations.push_back(proteinChange(u"KRAS"_s, u"p.G12D"_s));
    PlotsPanel panel;
    panel.setResult(result);
    panel.showAlteration(0);
    LollipopPlot* plot = panel.lollipopPlot();
    QCOMPARE(panel.lollipopGene(), u"NOTAGENE1"_s);
    QCOMPARE(plot->proteinLength(), 0);
    QCOMPARE(plot->axisLength(), 110); // last mutated residue 100 + 10%
    QVERIFY(plot->title().contains(u"length unknown"_s));
    QCOMPARE(plot->residues().back().mainClass(), LollipopPlot::MutationClass::Truncating);

    panel.showAlteration(3);
    QCOMPARE(panel.lollipopGene(), u"KRAS"_s);
    QCOMPARE(plot->proteinLength(), 189);
    QCOMPARE(plot->axisLength(), 275);
    QVERIFY(plot->title().contains(u"another isoform"_s));
    QVERIFY(colourCount(plot->grab().toImage()) > 1);
}

void TestPlots::copyNumberProfileHasEverySegment_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("scale");
    QTest::newRow("major/minor") << u"cna/pcgr_T001.grch37.cna.tsv"_s << int(CopyNumberProfile::Scale::CopyNumber);
    QTest::newRow("SEG") << u"cna/maftools_TCGA.AB.3009.hg19.seg.txt"_s << int(CopyNumberProfile::Scale::Log2Ratio);
}

void TestPlots::copyNumberProfileHasEverySegment()
{
    QFETCH(QString, file);
    QFETCH(int, scale);
    auto result = loadCase({data(file)}, GenomeBuild::GRCh37);
    QVERIFY(result);
    PlotsPanel panel;
    panel.setResult(result);
    CopyNumberProfile* profile = panel.copyNumberProfile();
    const qsizetype rows = dataRows(data(file));
    QVERIFY(rows > 200);
    QCOMPARE(qsizetype(profile->segments().size()), rows);
    QCOMPARE(profile->skippedSegments(), 0);
    QCOMPARE(int(profile->scale()), scale);
    QCOMPARE(profile->chromosomes().size(), size_t(24));
    qint64 genome = 0;
    for (const CopyNumberProfile::Chromosome& c : profile->chromosomes()) {
        QCOMPARE(c.offset, genome);
        QCOMPARE(c.length, chromosomeLength(GenomeBuild::GRCh37, c.name));
        genome += c.length;
    }
    QCOMPARE(profile->genomeLength(), genome);
    for (const CopyNumberProfile::Segment& s : profile->segments())
        QVERIFY(s.start >= 0 && s.start < s.end && s.end <= genome);
    QVERIFY(profile->title().contains(u"segments: %1 "_s.arg(rows)));
    QVERIFY(profile->title().contains(u"GRCh37"_s));
}

void TestPlots::copyNumberCallsAreMarkedAtTheirGenes()
{
    PlotsPanel panel;
    panel.setResult(m_cna);
    CopyNumberProfile* profile = panel.copyNumberProfile();
    qsizetype calls = 0;
    int ngf = -1;
    for (size_t i = 0; i < m_cna->caseData.alterations.size(); ++i) {
        const Alteration& a = m_cna->caseData.alterations[i];
        if (a.kind == AlterationKind::CopyNumber && a.detailOrNull()->extra().cnaCall != CnaCall::Neutral)
            ++calls;
        if (a.gene() == u"NGF")
            ngf = int(i);
    }
    QVERIFY(calls > 0);
    QCOMPARE(qsizetype(profile->markers().size()) + profile->unplacedCalls(), calls);
    QVERIFY(ngf >= 0);
    // NGF (GRCh37 1:115828539-115880857) sits on chromosome 1, at its gene's middle.
    const auto it = std::find_if(
        profile->markers().begin(), profile->markers().end(), [&](const auto& m) { return m.alteration == ngf; });
    QVERIFY(it != profile->markers().end());
    QCOMPARE(it->call, CnaCall::Amplification);
    QVERIFY(it->position > 115828539 && it->position < 115880857);
    panel.showAlteration(ngf);
    QVERIFY(colourCount(profile->grab().toImage()) > 1);
}

void TestPlots::unannotatedInputIsExplained()
{
    // A caller's VCF without ANN/CSQ/BCSQ and without a known build (its contig lines removed):
    // nothing can be predicted or placed on a protein, and the plot says why.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"muse_without_contigs.vcf"_s);
    {
        QFile in(data(u"vcf/vcf2maf_test_muse.vcf"_s));
        QFile out(path);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        while (!in.atEnd()) {
            const QByteArray line = in.readLine();
            if (!line.startsWith("##contig") && !line.startsWith("##reference"))
                out.write(line);
        }
    }
    const auto vcf = loadCase({path});
    QVERIFY(vcf);
    PlotsPanel panel;
    panel.setResult(vcf);
    const LollipopPlot* plot = panel.lollipopPlot();
    QVERIFY(plot->genes().isEmpty());
    const qsizetype n = std::count_if(vcf->caseData.alterations.begin(),
                                      vcf->caseData.alterations.end(),
                                      [](const Alteration& a) { return a.gene().isEmpty(); });
    QVERIFY(n > 0);
    QVERIFY2(plot->title().startsWith(QString::number(n) + u" small variant"_s), qPrintable(plot->title()));
    QVERIFY(plot->title().contains(u"annotate the input"_s));
}

void TestPlots::predictedCodonsArePlotted()
{
    // The raw demo VCF: OncoBoard's own prediction places TP53 c.216del at codon 72 (P) as a
    // truncating change; open coding changes (possibly synonymous) are not drawn.
    const auto demo = loadCase({QStringLiteral(ONCOBOARD_DEMO_VCF)});
    QVERIFY(demo);
    PlotsPanel panel;
    panel.setResult(demo);
    LollipopPlot* plot = panel.lollipopPlot();
    QVERIFY(plot->genes().contains(u"TP53"_s));
    plot->setGene(u"TP53"_s);
    bool found = false;
    for (const LollipopPlot::Residue& r : plot->residues())
        if (r.position == 72) {
            found = r.aa == u'P' && r.counts[size_t(LollipopPlot::MutationClass::Truncating)] == 1;
        }
    QVERIFY(found);
}

void TestPlots::noCopyNumberData()
{
    PlotsPanel panel;
    panel.setResult(m_maf);
    QVERIFY(panel.copyNumberProfile()->isEmpty());
    QCOMPARE(panel.copyNumberProfile()->title(), u"No copy-number data in this case"_s);
}

void TestPlots::exportsPngAndSvg_data()
{
    QTest::addColumn<int>("plot");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("text"); // a word the plot writes
    for (const QString& suffix : {u"png"_s, u"svg"_s, u"PNG"_s}) {
        QTest::addRow("vaf.%s", qPrintable(suffix))
            << int(PlotsPanel::Plot::VafHistogram) << suffix << u"allele fraction"_s;
        QTest::addRow("lollipop.%s", qPrintable(suffix)) << int(PlotsPanel::Plot::Lollipop) << suffix << u"E1156"_s;
        QTest::addRow("cn.%s", qPrintable(suffix)) << int(PlotsPanel::Plot::CopyNumber) << suffix << u"Chromosome"_s;
    }
}

void TestPlots::exportsPngAndSvg()
{
    QFETCH(int, plot);
    QFETCH(QString, suffix);
    QFETCH(QString, text);
    auto both = std::make_shared<AnnotationResult>(*m_cna);
    for (const Alteration& a : m_maf->caseData.alterations)
        both->caseData.alterations.push_back(a);
    PlotsPanel panel;
    panel.setResult(both);
    const QString path = m_dir.filePath(u"plot%1.%2"_s.arg(plot).arg(suffix));
    QFile::remove(path);
    auto written = panel.exportPlot(PlotsPanel::Plot(plot), path, QSize(900, 500));
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    if (suffix.toLower() == u"png") {
        QImage image(path, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(900, 500));
        QVERIFY(colourCount(image) > 1);
        // Exports are drawn on white, whatever the screen palette.
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
        if (qEnvironmentVariableIsSet("ONCOBOARD_PLOT_DUMP"))
            image.save(qEnvironmentVariable("ONCOBOARD_PLOT_DUMP") + u"/export_%1.png"_s.arg(plot));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.startsWith("<?xml"));
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("viewBox=\"0 0 900 500\""));
        QVERIFY2(svg.contains(text.toUtf8()), qPrintable(text));
        if (qEnvironmentVariableIsSet("ONCOBOARD_PLOT_DUMP"))
            QFile::copy(path, qEnvironmentVariable("ONCOBOARD_PLOT_DUMP") + u"/export_%1.svg"_s.arg(plot));
    }
}

void TestPlots::exportRefusesBadTargets()
{
    PlotsPanel panel;
    panel.setResult(m_maf);
    auto jpeg = panel.exportPlot(PlotsPanel::Plot::VafHistogram, m_dir.filePath(u"plot.jpg"_s));
    QVERIFY(!jpeg);
    QCOMPARE(jpeg.error().code, CoreError::Code::InvalidArgument);
    auto empty = panel.exportPlot(PlotsPanel::Plot::VafHistogram, m_dir.filePath(u"plot.png"_s), QSize(0, 10));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, CoreError::Code::InvalidArgument);
    for (const char* suffix : {"png", "svg"}) {
        const QString path = m_dir.filePath(u"no/such/folder/plot."_s + QLatin1String(suffix));
        auto unwritable = panel.exportPlot(PlotsPanel::Plot::Lollipop, path);
        QVERIFY2(!unwritable, suffix);
        QCOMPARE(unwritable.error().code, CoreError::Code::Io);
    }
}

void TestPlots::tabsRenderInLightAndDarkPalettes()
{
    auto both = std::make_shared<AnnotationResult>(*m_cna);
    for (const Alteration& a : m_maf->caseData.alterations)
        both->caseData.alterations.push_back(a);
    PlotsPanel panel;
    panel.resize(1000, 560);
    panel.setResult(both);
    panel.showAlteration(findAlteration(*both, u"APC"_s, u"p.E1156Gfs*7"_s));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    QWidget* plots[] = {panel.vafHistogram(), panel.lollipopPlot(), panel.copyNumberProfile()};
    for (const bool darkMode : {false, true}) {
        if (darkMode)
            panel.setPalette(dark);
        for (int tab = 0; tab < 3; ++tab) {
            panel.tabs()->setCurrentIndex(tab);
            const QImage image = panel.grab().toImage();
            QVERIFY2(colourCount(image) > 2, qPrintable(u"tab %1"_s.arg(tab)));
            const QImage plot = plots[tab]->grab().toImage();
            QVERIFY(colourCount(plot) > 2);
            // The plot background follows the palette: dark in dark mode.
            QCOMPARE(plot.pixelColor(2, 2).lightness() < 128, darkMode);
            if (qEnvironmentVariableIsSet("ONCOBOARD_PLOT_DUMP"))
                image.save(qEnvironmentVariable("ONCOBOARD_PLOT_DUMP")
                           + u"/tab%1%2.png"_s.arg(tab).arg(darkMode ? u"_dark"_s : QString()));
        }
    }
}

void TestPlots::clearsWithoutAResult()
{
    PlotsPanel panel;
    panel.setResult(m_maf);
    panel.setResult(nullptr);
    QCOMPARE(panel.vafHistogram()->total(), 0);
    QVERIFY(panel.lollipopGene().isEmpty());
    QVERIFY(panel.copyNumberProfile()->isEmpty());
    panel.showAlteration(3); // nothing to show: no crash, no marker
    QVERIFY(std::isnan(panel.vafHistogram()->marker()));
    panel.resize(800, 500);
    for (int tab = 0; tab < 3; ++tab) {
        panel.tabs()->setCurrentIndex(tab);
        const QImage image = panel.grab().toImage();
        QVERIFY(colourCount(image) > 1);
        if (qEnvironmentVariableIsSet("ONCOBOARD_PLOT_DUMP"))
            image.save(qEnvironmentVariable("ONCOBOARD_PLOT_DUMP") + u"/empty%1.png"_s.arg(tab));
    }
}

void TestPlots::timings()
{
    // Reported, not asserted: setResult on the test case and on a synthetic whole-genome case.
    PlotsPanel panel;
    panel.resize(1200, 700);
    QElapsedTimer timer;
    timer.start();
    panel.setResult(m_cna);
    panel.setResult(m_maf);
    qInfo("setResult, test cases (252 segments; 20 variants): %lld ms", timer.elapsed());

    auto big = std::make_shared<AnnotationResult>();
    Case& c = big->caseData;
    c.genome = GenomeBuild::GRCh38;
    const QStringList chroms{u"1"_s, u"2"_s, u"3"_s, u"7"_s, u"12"_s, u"17"_s, u"X"_s};
    QStringList genes;
    for (int g = 0; g < 500; ++g)
        genes << u"GENE%1"_s.arg(g);
    genes << u"TP53"_s << u"KRAS"_s << u"PIK3CA"_s;
    const qsizetype n = 1000000;
    c.alterations.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        Alteration& a = c.alterations[size_t(i)];
        a.chrom = chroms[i % chroms.size()];
        a.pos = 1000 + i * 97 % 100000000;
        a.tumor.vaf = float((i * 7919) % 1000) / 1000.0f;
        if (i % 10 == 0) { // one in ten in a gene with a protein change: 100,000 protein changes
            a.detail().gene = genes[(i / 10) % genes.size()];
            a.detail().hgvsp = u"p.R%1W"_s.arg(1 + (i / 10) % 180);
        }
    }
    for (int s = 0; s < 20000; ++s)
        c.segments.push_back(CopyNumberSegment{0,
                                               chroms[s % chroms.size()],
                                               qint64(s / 7) * 50000 + 1,
                                               qint64(s / 7) * 50000 + 40000,
                                               float((s % 9) - 4) / 4.0f,
                                               NAN,
                                               NAN,
                                               -1,
                                               {}});
    timer.restart();
    panel.setResult(big);
    qInfo("setResult, 1,000,000 variants (100,000 protein changes, 20,000 segments): %lld ms", timer.elapsed());
    QCOMPARE(panel.vafHistogram()->total(), n);
    QCOMPARE(panel.vafHistogram()->binCount(), 50);
    QCOMPARE(panel.copyNumberProfile()->segments().size(), size_t(20000));
    for (int tab = 0; tab < 3; ++tab) {
        panel.tabs()->setCurrentIndex(tab);
        timer.restart();
        const QImage image = panel.grab().toImage();
        qInfo("paint of tab %d on the synthetic case: %lld ms", tab, timer.elapsed());
        if (qEnvironmentVariableIsSet("ONCOBOARD_PLOT_DUMP"))
            image.save(qEnvironmentVariable("ONCOBOARD_PLOT_DUMP") + u"/synthetic%1.png"_s.arg(tab));
        QVERIFY(colourCount(image) > 1);
    }
    for (int i = 0; i < 3; ++i) {
        timer.restart();
        panel.showAlteration(int(n / 2) + i * 10);
        qInfo("showAlteration on the synthetic case: %lld ms", timer.elapsed());
    }
    timer.restart();
    panel.vafHistogram()->setMarker(0.5);
    qInfo("setMarker: %lld ms", timer.elapsed());
    timer.restart();
    panel.setResult(nullptr);
    big.reset();
    qInfo("clearing the synthetic case: %lld ms", timer.elapsed());
}

QTEST_MAIN(TestPlots)
#include "tst_Plots.moc"
