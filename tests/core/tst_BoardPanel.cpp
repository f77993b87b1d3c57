// A panel of tumor-board cases in 25+ tumor types, annotated end to end against the bundled
// knowledge base: canonical level-1 biomarkers (the AMP tier and the OncoKB-style level a
// molecular pathologist and OncoKB give), and the traps that must never reach Tier I (class-level
// evidence on a variant of unknown significance, germline polymorphisms, pharmacogenomic alleles,
// off-label diagnostic fusions, tumor-agnostic evidence without a tumor-agnostic approval).

#include "TestConfig.h"
#include "io/CaseLoader.h"
#include "io/ProteinChange.h"
#include "io/TsvReader.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "match/Tiering.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

Alteration protein(const QString& gene,
                   const QString& hgvsp,
                   const QString& consequence = u"missense_variant"_s,
                   const QString& exon = {},
                   const QString& intron = {})
{
    Alteration a;
    a.kind = AlterationKind::Snv;
    a.detail().gene = gene;
    a.detail().hgvsp = ProteinChange::normalize(hgvsp);
    a.detail().consequence = consequence;
    a.detail().exon = exon;
    a.detail().intron = intron;
    return a;
}

Alteration allele(const QString& chrom, qint64 pos, const QString& ref, const QString& alt, float vaf = 0.5f)
{
    Alteration a;
    a.kind = AlterationKind::Snv;
    a.chrom = chrom;
    a.pos = pos;
    a.ref = ref;
    a.alt = alt;
    a.tumor.vaf = vaf;
    a.tumor.depth = 60;
    return a;
}

Alteration copyNumber(const QString& gene, CnaCall call)
{
    Alteration a;
    a.kind = AlterationKind::CopyNumber;
    a.detail().gene = gene;
    a.detail().extra().cnaCall = call;
    return a;
}

Alteration fusion(const QString& five, const QString& three)
{
    Alteration a;
    a.kind = AlterationKind::Fusion;
    a.detail().gene = five;
    a.detail().extra().partnerGene = three;
    return a;
}

/** A structural caller's symbolic duplication <DUP:TANDEM> of `length` bases inside the gene. */
Alteration tandemDuplication(const QString& gene, qint64 pos, qint64 length, const QString& exon)
{
    Alteration a;
    a.kind = AlterationKind::StructuralVariant;
    a.chrom = u"13"_s;
    a.pos = pos;
    a.ref = u"N"_s;
    a.alt = u"<DUP:TANDEM>"_s;
    a.detail().gene = gene;
    a.detail().extra().svType = u"DUP:TANDEM"_s;
    a.detail().extra().end = pos + length;
    a.detail().exon = exon;
    return a;
}

/** A gene event named, not spelled out, as a biomarker table or a MAF gene column gives it. */
Alteration namedEvent(const QString& gene, const QString& event)
{
    Alteration a;
    a.kind = AlterationKind::StructuralVariant;
    a.detail().gene = gene;
    a.detail().extra().svType = event;
    return a;
}

Alteration biomarker(const QString& name, const QString& status, double value, const QString& unit)
{
    Alteration a;
    a.kind = AlterationKind::Biomarker;
    a.detail().extra().biomarker = name;
    a.detail().extra().status = status;
    a.detail().extra().value = value;
    a.detail().extra().unit = unit;
    return a;
}

} // namespace

Q_DECLARE_METATYPE(onco::Alteration)

class TestBoardPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void levelOneBiomarkers_data();
    void levelOneBiomarkers();
    void neverTierOne_data();
    void neverTierOne();
    void germlinePolymorphismsAreTierFour_data();
    void germlinePolymorphismsAreTierFour();
    void pharmacogenomicAlleleIsNotTiered();
    void conflictsNameTheirItems();
    void tcgaAmlCohort();

private:
    AnnotationResult annotate(const Alteration& a, const QString& tumorType, GenomeBuild build = GenomeBuild::Unknown);

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
};

void TestBoardPanel::initTestCase()
{
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    m_kb = std::move(kb.value());
    QVERIFY(m_kb->ensureBundled());
}

AnnotationResult TestBoardPanel::annotate(const Alteration& a, const QString& tumorType, GenomeBuild build)
{
    Case c;
    c.tumorType = tumorType;
    c.genome = build;
    c.alterations.push_back(a);
    auto r = Annotator::annotate(c, *m_kb);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return std::move(r.value());
}

void TestBoardPanel::levelOneBiomarkers_data()
{
    QTest::addColumn<Alteration>("alteration");
    QTest::addColumn<QString>("tumorType");
    QTest::addColumn<QString>("oncokb"); ///< OncoKB's level for the pair; empty: not asserted

    auto row = [](const char* name, const Alteration& a, const QString& tumor, const QString& level = u"1"_s) {
        QTest::newRow(name) << a << tumor << level;
    };
    row("BRAF V600E melanoma", protein(u"BRAF"_s, u"p.V600E"_s), u"MEL"_s);
    row("BRAF V600E cutaneous melanoma", protein(u"BRAF"_s, u"p.V600E"_s), u"SKCM"_s);
    row("BRAF V600E acral melanoma", protein(u"BRAF"_s, u"p.V600E"_s), u"ACRM"_s);
    row("BRAF V600K melanoma", protein(u"BRAF"_s, u"p.V600K"_s), u"MEL"_s);
    row("BRAF V600E colon", protein(u"BRAF"_s, u"p.V600E"_s), u"COAD"_s);
    row("BRAF V600E lung adenocarcinoma", protein(u"BRAF"_s, u"p.V600E"_s), u"LUAD"_s);
    row("BRAF V600E anaplastic thyroid", protein(u"BRAF"_s, u"p.V600E"_s), u"THAP"_s);
    row("EGFR L858R", protein(u"EGFR"_s, u"p.L858R"_s), u"LUAD"_s);
    row("EGFR exon 19 deletion", protein(u"EGFR"_s, u"p.E746_A750del"_s, u"inframe_deletion"_s, u"19/28"_s), u"LUAD"_s);
    row("EGFR T790M", protein(u"EGFR"_s, u"p.T790M"_s), u"LUAD"_s);
    row("EGFR exon 20 insertion",
        protein(u"EGFR"_s, u"p.A767_V769dup"_s, u"inframe_insertion"_s, u"20/28"_s),
        u"LUAD"_s);
    row("EGFR L858R squamous NSCLC", protein(u"EGFR"_s, u"p.L858R"_s), u"LUSC"_s);
    row("KRAS G12C lung", protein(u"KRAS"_s, u"p.G12C"_s), u"LUAD"_s);
    row("KRAS G12C colon", protein(u"KRAS"_s, u"p.G12C"_s), u"COAD"_s);
    row("EML4::ALK", fusion(u"EML4"_s, u"ALK"_s), u"LUAD"_s);
    Alteration unstated = fusion(u"ALK"_s, u"EML4"_s);
    unstated.detail().extra().orientation = FusionOrientation::Unknown;
    row("ALK-EML4 without orientation", unstated, u"LUAD"_s);
    row("CD74::ROS1", fusion(u"CD74"_s, u"ROS1"_s), u"LUAD"_s);
    row("KIF5B::RET", fusion(u"KIF5B"_s, u"RET"_s), u"LUAD"_s);
    row("CCDC6::RET papillary thyroid", fusion(u"CCDC6"_s, u"RET"_s), u"THPA"_s);
    row("RET M918T medullary thyroid", protein(u"RET"_s, u"p.M918T"_s), u"THME"_s);
    row("MET exon 14 skipping",
        protein(u"MET"_s, u"p.X1010_splice"_s, u"splice_donor_variant"_s, {}, u"14/20"_s),
        u"LUAD"_s);
    row("ETV6::NTRK3 infantile fibrosarcoma (tumor-agnostic)", fusion(u"ETV6"_s, u"NTRK3"_s), u"IFS"_s);
    row("ETV6::NTRK3 papillary thyroid (tumor-agnostic)", fusion(u"ETV6"_s, u"NTRK3"_s), u"THPA"_s);
    row("ERBB2 amplification breast", copyNumber(u"ERBB2"_s, CnaCall::Amplification), u"IDC"_s);
    row("ERBB2 amplification stomach", copyNumber(u"ERBB2"_s, CnaCall::Amplification), u"STAD"_s);
    row("ERBB2 amplification colon", copyNumber(u"ERBB2"_s, CnaCall::Amplification), u"COAD"_s);
    row("PIK3CA H1047R breast", protein(u"PIK3CA"_s, u"p.H1047R"_s), u"IDC"_s);
    row("PIK3CA E545K breast", protein(u"PIK3CA"_s, u"p.E545K"_s), u"IDC"_s);
    row("ESR1 D538G breast", protein(u"ESR1"_s, u"p.D538G"_s), u"IDC"_s);
    row("AKT1 E17K breast", protein(u"AKT1"_s, u"p.E17K"_s), u"IDC"_s);
    row("BRCA2 frameshift ovary", protein(u"BRCA2"_s, u"p.S1982Rfs*22"_s, u"frameshift_variant"_s), u"HGSOC"_s);
    row("BRCA1 nonsense prostate", protein(u"BRCA1"_s, u"p.Q1756*"_s, u"stop_gained"_s), u"PRAD"_s);
    row("BRCA2 frameshift pancreas", protein(u"BRCA2"_s, u"p.S1982Rfs*22"_s, u"frameshift_variant"_s), u"PAAD"_s);
    row("IDH1 R132H AML", protein(u"IDH1"_s, u"p.R132H"_s), u"AML"_s);
    row("IDH1 R132C cholangiocarcinoma", protein(u"IDH1"_s, u"p.R132C"_s), u"IHCH"_s);
    row("IDH2 R140Q AML", protein(u"IDH2"_s, u"p.R140Q"_s), u"AML"_s);
    row("FLT3 ITD AML", protein(u"FLT3"_s, u"p.E598_Y599insDVDFREYE"_s, u"inframe_insertion"_s, u"14/24"_s), u"AML"_s);
    row("FLT3 ITD AML (named event)", namedEvent(u"FLT3"_s, u"ITD"_s), u"AML"_s);
    row("FLT3 ITD AML (SV caller's tandem duplication)",
        tandemDuplication(u"FLT3"_s, 28608250, 60, u"14/24"_s),
        u"AML"_s);
    row("MET exon 14 skipping lung (named event)", namedEvent(u"MET"_s, u"exon 14 skipping"_s), u"NSCLC"_s);
    row("FLT3 D835Y AML", protein(u"FLT3"_s, u"p.D835Y"_s), u"AML"_s);
    row("FGFR3 S249C bladder", protein(u"FGFR3"_s, u"p.S249C"_s), u"BLCA"_s);
    row("FGFR2::BICC1 cholangiocarcinoma", fusion(u"FGFR2"_s, u"BICC1"_s), u"IHCH"_s);
    row("PDGFRA D842V GIST", protein(u"PDGFRA"_s, u"p.D842V"_s), u"GIST"_s);
    row("BCR::ABL1 CML", fusion(u"BCR"_s, u"ABL1"_s), u"CML"_s);
    row("ABL1 T315I CML", protein(u"ABL1"_s, u"p.T315I"_s), u"CML"_s);
    row("PML::RARA APL", fusion(u"PML"_s, u"RARA"_s), u"APLPMLRARA"_s);
    row("MSI-H colon", biomarker(u"MSI"_s, u"MSI-H"_s, 42, u"%"_s), u"COAD"_s);
    row("TMB-H rectum (tumor-agnostic)", biomarker(u"TMB"_s, u"TMB-high"_s, 14, u"mut/Mb"_s), u"READ"_s);
    row("EZH2 Y646N follicular lymphoma", protein(u"EZH2"_s, u"p.Y646N"_s), u"FL"_s);
    row("NPM1 W288fs AML (exon 11)",
        protein(u"NPM1"_s, u"p.W288Cfs*12"_s, u"frameshift_variant"_s, u"11/11"_s),
        u"AML"_s,
        QString());
}

void TestBoardPanel::levelOneBiomarkers()
{
    QFETCH(Alteration, alteration);
    QFETCH(QString, tumorType);
    QFETCH(QString, oncokb);
    const AnnotationResult r = annotate(alteration, tumorType);
    const AlterationCall call = Tiering::callOf(r, 0);
    QVERIFY2(call.ampTier() == AmpTier::IA, qPrintable(call.amp.tier + u": "_s + call.amp.reason));
    QVERIFY(!call.isResistance());
    if (!oncokb.isEmpty())
        QVERIFY2(call.oncokb.tier == oncokb, qPrintable(call.oncokb.tier + u": "_s + call.oncokb.reason));
    // ESCAT I-C only for tumor-agnostic approvals.
    if (call.escat.tier == u"I-C")
        QVERIFY2(QString::fromLatin1(QTest::currentDataTag()).contains(u"tumor-agnostic"_s),
                 qPrintable(call.escat.reason));
}

void TestBoardPanel::neverTierOne_data()
{
    QTest::addColumn<Alteration>("alteration");
    QTest::addColumn<QString>("tumorType");
    QTest::addColumn<QString>("expected"); ///< the AMP tier expected, or "not I"
    QTest::addColumn<QString>("inReason");

    QTest::newRow("TP53 C176Y AML: class evidence, VUS")
        << protein(u"TP53"_s, u"p.C176Y"_s) << u"AML"_s << u"not I"_s << QString();
    QTest::newRow("TP53 R248Q AML") << protein(u"TP53"_s, u"p.R248Q"_s) << u"AML"_s << u"not I"_s << QString();
    QTest::newRow("TP53 truncation AML: class-level B, no consensus")
        << protein(u"TP53"_s, u"p.R196*"_s, u"stop_gained"_s) << u"AML"_s << u"not I"_s << QString();
    QTest::newRow("TET2 truncation AML") << protein(u"TET2"_s, u"p.Q1274*"_s, u"stop_gained"_s) << u"AML"_s
                                         << u"not I"_s << QString();
    QTest::newRow("DNMT3A missense AML (decitabine, 8 patients)")
        << protein(u"DNMT3A"_s, u"p.G707D"_s) << u"AML"_s << u"not I"_s << QString();
    QTest::newRow("STK11 H168R lung") << protein(u"STK11"_s, u"p.H168R"_s) << u"LUAD"_s << u"III"_s
                                      << u"unknown significance"_s;
    QTest::newRow("PTEN C136R glioblastoma") << protein(u"PTEN"_s, u"p.C136R"_s) << u"GB"_s << u"not I"_s << QString();
    QTest::newRow("BRCA2 E2878K breast: missense VUS")
        << protein(u"BRCA2"_s, u"p.E2878K"_s) << u"IDC"_s << u"III"_s << u"unknown significance"_s;
    QTest::newRow("EML4::ALK colon: approved elsewhere")
        << fusion(u"EML4"_s, u"ALK"_s) << u"COAD"_s << u"II-C"_s << QString();
    QTest::newRow("FGFR3::TACC3 glioblastoma") << fusion(u"FGFR3"_s, u"TACC3"_s) << u"GB"_s << u"not I"_s << QString();
    QTest::newRow("TMPRSS2::ERG lung: off-label diagnostic")
        << fusion(u"TMPRSS2"_s, u"ERG"_s) << u"LUAD"_s << u"III"_s << QString();
    QTest::newRow("EWSR1::FLI1 colon: off-label diagnostic")
        << fusion(u"EWSR1"_s, u"FLI1"_s) << u"COAD"_s << u"III"_s << QString();
    QTest::newRow("FLT3 frame-shifting tandem duplication AML: no ITD")
        << tandemDuplication(u"FLT3"_s, 28608250, 61, u"14/24"_s) << u"AML"_s << u"not I"_s << QString();
    QTest::newRow("FLT3 5 kb duplication AML: no ITD")
        << tandemDuplication(u"FLT3"_s, 28604000, 5001, QString()) << u"AML"_s << u"not I"_s << QString();
    QTest::newRow("KRAS G12D lung") << protein(u"KRAS"_s, u"p.G12D"_s) << u"LUAD"_s << u"not I"_s << QString();
    QTest::newRow("BRAF V600E AML: tumor-agnostic approvals are for solid tumors")
        << protein(u"BRAF"_s, u"p.V600E"_s) << u"AML"_s << u"not I"_s << QString();
    QTest::newRow("KRAS G12C pancreas: approved in lung and colon only")
        << protein(u"KRAS"_s, u"p.G12C"_s) << u"PAAD"_s << u"not I"_s << QString();
}

void TestBoardPanel::neverTierOne()
{
    QFETCH(Alteration, alteration);
    QFETCH(QString, tumorType);
    QFETCH(QString, expected);
    QFETCH(QString, inReason);
    const AnnotationResult r = annotate(alteration, tumorType);
    const AlterationCall call = Tiering::callOf(r, 0);
    const QString what = call.amp.tier + u": "_s + call.amp.reason;
    if (expected == u"not I")
        QVERIFY2(!isTierOne(call.ampTier()), qPrintable(what));
    else
        QVERIFY2(call.amp.tier == expected, qPrintable(what));
    if (!inReason.isEmpty())
        QVERIFY2(call.amp.reason.contains(inReason), qPrintable(what));
    QVERIFY2(call.escat.tier != u"I-C", qPrintable(call.escat.reason));
    QVERIFY2(call.oncokb.tier != u"1", qPrintable(call.oncokb.reason));
}

void TestBoardPanel::germlinePolymorphismsAreTierFour_data()
{
    QTest::addColumn<Alteration>("alteration");
    QTest::addColumn<QString>("tumorType");
    // GRCh37 alleles of common germline variants with CIViC evidence ("Common Germline").
    QTest::newRow("TP53 P72R (rs1042522)") << allele(u"17"_s, 7579472, u"G"_s, u"C"_s) << u"LUAD"_s;
    QTest::newRow("SLCO1B1 V174A (rs4149056)") << allele(u"12"_s, 21331549, u"T"_s, u"C"_s) << u"COAD"_s;
}

void TestBoardPanel::germlinePolymorphismsAreTierFour()
{
    QFETCH(Alteration, alteration);
    QFETCH(QString, tumorType);
    const AnnotationResult r = annotate(alteration, tumorType, GenomeBuild::GRCh37);
    QVERIFY2(!r.matchesFor(0).empty(), "the knowledge base has evidence on this allele");
    const AlterationCall call = Tiering::callOf(r, 0);
    QCOMPARE(call.ampTier(), AmpTier::IV);
    QVERIFY2(call.amp.reason.contains(u"common in the population"_s), qPrintable(call.amp.reason));
    QVERIFY(call.hasFlag(u"common_variant"));
    QCOMPARE(call.escat.tier, u"X"_s);
    QVERIFY(call.oncokb.tier.isEmpty());
}

void TestBoardPanel::pharmacogenomicAlleleIsNotTiered()
{
    // The demo tumor's DPYD c.1905+1G>A (*2A) at VAF 0.47: a heterozygous pharmacogenomic allele.
    const AnnotationResult r =
        annotate(allele(u"1"_s, 97915614, u"C"_s, u"T"_s, 0.47f), u"COAD"_s, GenomeBuild::GRCh37);
    const AlterationCall call = Tiering::callOf(r, 0);
    QCOMPARE(call.ampTier(), AmpTier::None);
    QVERIFY(call.hasFlag(u"pharmacogenomic"));
    // "DPYD*2A HOMOZYGOSITY" needs a homozygous genotype: it does not match a heterozygous call.
    for (const Match& m : r.matchesFor(0))
        QVERIFY(!r.evidence[size_t(m.evidence)].molecularProfile.contains(u"HOMOZYGOSITY"_s));
    QCOMPARE(r.pharmacogenomics.size(), size_t(1));
    const PgxFinding& f = r.pharmacogenomics.front();
    QCOMPARE(f.gene, u"DPYD"_s);
    QCOMPARE(f.phenotype, u"Intermediate Metabolizer"_s);
    QCOMPARE(f.observed.front().zygosity, Zygosity::Heterozygous);
    QVERIFY(!f.recommendations.empty());

    // Homozygous by GT: the HOMOZYGOSITY item applies, still not as a somatic tier.
    Alteration hom = allele(u"1"_s, 97915614, u"C"_s, u"T"_s, 0.98f);
    hom.tumorZygosity = Zygosity::Homozygous;
    const AnnotationResult h = annotate(hom, u"COAD"_s, GenomeBuild::GRCh37);
    bool homozygosityItem = false;
    for (const Match& m : h.matchesFor(0))
        homozygosityItem =
            homozygosityItem || h.evidence[size_t(m.evidence)].molecularProfile.contains(u"HOMOZYGOSITY"_s);
    QVERIFY(homozygosityItem);
    QCOMPARE(Tiering::callOf(h, 0).ampTier(), AmpTier::None);
    QCOMPARE(h.pharmacogenomics.front().phenotype, u"Poor Metabolizer"_s);
}

void TestBoardPanel::conflictsNameTheirItems()
{
    // EGFR T790M in lung adenocarcinoma: the osimertinib approval decides; first-generation TKI
    // resistance is about other drugs, so it is no conflict of the deciding item.
    const AnnotationResult r = annotate(protein(u"EGFR"_s, u"p.T790M"_s), u"LUAD"_s);
    const AlterationCall call = Tiering::callOf(r, 0);
    QVERIFY(r.evidence[size_t(call.amp.evidence)].therapies.contains(u"Osimertinib"_s));
    for (const Flag& f : call.flags)
        if (f.code == u"conflicting_evidence") {
            // A conflict is about the deciding item and names the items against it.
            QVERIFY2(f.reason.contains(u"contradicted"_s), qPrintable(f.reason));
            QVERIFY2(f.reason.contains(u"Osimertinib"_s), qPrintable(f.reason));
        }
}

void TestBoardPanel::tcgaAmlCohort()
{
    // The TCGA AML MAF: every sample a case of acute myeloid leukemia.
    const QString maf = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/maftools_tcga_laml.maf.gz");
    TsvReader t;
    QVERIFY(t.open(maf, true));
    const int sampleColumn = t.findColumn({"Tumor_Sample_Barcode"});
    std::set<QString> samples;
    while (t.next())
        samples.insert(t.text(sampleColumn));
    QVERIFY(samples.size() > 150);
    QHash<QString, int> tierOne, drivers, driversTierOne;
    for (const QString& sample : samples) {
        CaseLoadOptions options;
        options.tumorType = u"AML"_s;
        options.tumorSample = sample;
        auto c = CaseLoader::load({maf}, options);
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        auto r = Annotator::annotate(std::move(*c), *m_kb);
        QVERIFY(r);
        for (qint32 i = 0; i < qint32(r->caseData.alterations.size()); ++i) {
            const Alteration& a = r->caseData.alterations[size_t(i)];
            const AlterationCall call = Tiering::callOf(*r, i);
            if (isTierOne(call.ampTier()))
                ++tierOne[a.gene()];
            // The AML drivers with approved therapies or guideline status.
            const QString p = a.hgvsp();
            const auto edit = ProteinChange::parse(p);
            // NPM1c: the exon 11 frameshifts (types A, B, D ...), whatever notation the MAF uses.
            const bool npm1c =
                a.gene() == u"NPM1" && edit && edit->type == ProteinEdit::Type::Frameshift && edit->firstPos >= 283;
            const bool driver = (a.gene() == u"IDH1" && p.startsWith(u"p.R132"_s))
                                || (a.gene() == u"IDH2" && (p.startsWith(u"p.R140"_s) || p.startsWith(u"p.R172"_s)))
                                || (a.gene() == u"FLT3" && (p.startsWith(u"p.D835"_s) || p.contains(u"ins"_s)))
                                || npm1c;
            if (driver) {
                ++drivers[a.gene()];
                if (isTierOne(call.ampTier()))
                    ++driversTierOne[a.gene()];
                else
                    qWarning().noquote() << sample << a.gene() << p << call.amp.tier << call.amp.reason;
            }
        }
    }
    qInfo().noquote() << u"Tier I by gene:"_s << tierOne;
    QCOMPARE(tierOne.value(u"TP53"_s), 0);
    QCOMPARE(tierOne.value(u"TET2"_s), 0);
    for (const QString& gene : {u"IDH1"_s, u"IDH2"_s, u"FLT3"_s, u"NPM1"_s}) {
        QVERIFY2(drivers.value(gene) > 0, qPrintable(gene));
        QVERIFY2(driversTierOne.value(gene) == drivers.value(gene),
                 qPrintable(u"%1: %2 of %3 drivers in Tier I"_s.arg(gene)
                                .arg(driversTierOne.value(gene))
                                .arg(drivers.value(gene))));
    }
}

QTEST_GUILESS_MAIN(TestBoardPanel)
#include "tst_BoardPanel.moc"
