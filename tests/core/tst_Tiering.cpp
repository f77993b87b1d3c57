// Known answers of the matching and tiering engine: CIViC recalls its own variants, canonical
// tumor-board cases get the tier a molecular pathologist expects, for the stated reason.

#include "TestConfig.h"
#include "io/CaseLoader.h"
#include "io/LineReader.h"
#include "kb/CivicImporter.h"
#include "kb/KnowledgeBase.h"
#include "match/Annotator.h"
#include "match/Matcher.h"
#include "match/Tiering.h"
#include "ontology/TumorTypeGraph.h"
#include "report/AnnotationJson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

Q_DECLARE_METATYPE(onco::Alteration)

namespace {

Alteration protein(const QString& gene,
                   const QString& hgvsp,
                   const QString& consequence = u"missense_variant"_s,
                   const QString& exon = {})
{
    Alteration a;
    a.kind = AlterationKind::Snv;
    a.detail().gene = gene;
    a.detail().hgvsp = ProteinChange::normalize(hgvsp);
    a.detail().consequence = consequence;
    a.detail().exon = exon;
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

struct Expected
{
    QString amp;
    QString basis;
    QString evidence; ///< deciding item
    QString inReason;
    QString escat;
    QString oncokb;
};

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestTiering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void canonicalCases_data();
    void canonicalCases();
    void resistanceIsShownBesideSensitivity();
    void therapyInteractionsReadAsTheyAreMeant();
    void missingTumorTypeCapsAndFlags();
    void doesNotSupportIsFlaggedNotCounted();
    void conflictsOnlyAtTheSameOrAHigherLevel();
    void receptorSubtypesNeedTheCaseStatus();
    void germlineAndChipFlags();
    void partialProfileIsNotAMatch();
    void civicRecallsItsOwnVcf();
    void civicRecallsItsOwnAlleles();
    void jsonIsByteIdentical();

private:
    AnnotationResult annotate(const Alteration& a, const QString& tumorType);
    AnnotationResult annotate(const std::vector<Alteration>& alterations, const QString& tumorType);

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
};

void TestTiering::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    m_kb = std::move(kb.value());
    QVERIFY(m_kb->ensureBundled());
}

AnnotationResult TestTiering::annotate(const Alteration& a, const QString& tumorType)
{
    return annotate(std::vector<Alteration>{a}, tumorType);
}

AnnotationResult TestTiering::annotate(const std::vector<Alteration>& alterations, const QString& tumorType)
{
    Case c;
    c.tumorType = tumorType;
    c.alterations = alterations;
    auto r = Annotator::annotate(c, *m_kb);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return std::move(r.value());
}

void TestTiering::canonicalCases_data()
{
    QTest::addColumn<Alteration>("alteration");
    QTest::addColumn<QString>("tumorType");
    QTest::addColumn<Expected>("expected");
    // The expected tier is the board's; the deciding item is the approval (approvals 2026-12-01)
    // where one covers the biomarker, else CIViC 2025-07-01's best item for it.
    QTest::newRow("BRAF V600E melanoma")
        << protein(u"BRAF"_s, u"p.V600E"_s) << u"MEL"_s
        << Expected{u"I-A"_s, u"sensitivity"_s, u"APR-0001"_s, u"T1 FDA approval"_s, u"I-A/B"_s, u"1"_s};
    QTest::newRow("EGFR L858R LUAD") << protein(u"EGFR"_s, u"p.L858R"_s) << u"LUAD"_s
                                     << Expected{u"I-A"_s,
                                                 u"sensitivity"_s,
                                                 u"APR-0029"_s,
                                                 u"on-label (evidence in a broader tumor type)"_s,
                                                 u"I-A/B"_s,
                                                 u"1"_s};
    QTest::newRow("EGFR exon 19 deletion LUAD")
        << protein(u"EGFR"_s, u"p.E746_A750del"_s, u"inframe_deletion"_s, u"19/28"_s) << u"LUAD"_s
        << Expected{u"I-A"_s, u"sensitivity"_s, u"APR-0028"_s, u"exon match"_s, u"I-A/B"_s, u"1"_s};
    QTest::newRow("KRAS G12C LUAD")
        << protein(u"KRAS"_s, u"p.G12C"_s) << u"LUAD"_s
        << Expected{u"I-A"_s, u"sensitivity"_s, u"APR-0088"_s, u"T1 FDA approval"_s, u"I-A/B"_s, u"1"_s};
    QTest::newRow("KRAS G12C COAD")
        << protein(u"KRAS"_s, u"p.G12C"_s) << u"COAD"_s
        << Expected{u"I-A"_s, u"sensitivity"_s, u"APR-0090"_s, u"colorectal cancer"_s, u"I-A/B"_s, u"1"_s};
    QTest::newRow("PIK3CA H1047R BRCA")
        << protein(u"PIK3CA"_s, u"p.H1047R"_s) << u"BRCA"_s
        << Expected{u"I-A"_s, u"sensitivity"_s, u"EID7318"_s, u"T5 level A"_s, u"I-A/B"_s, u"1"_s};
    QTest::newRow("ERBB2 amplification BRCA")
        << copyNumber(u"ERBB2"_s, CnaCall::Amplification) << u"BRCA"_s
        << Expected{u"I-A"_s, u"sensitivity"_s, u"APR-0097"_s, u"on-label (same tumor type)"_s, u"I-A/B"_s, u"1"_s};
    QTest::newRow("EML4::ALK LUAD")
        << fusion(u"EML4"_s, u"ALK"_s) << u"LUAD"_s
        << Expected{u"I-A"_s, u"sensitivity"_s, u"APR-0058"_s, u"on-label"_s, u"I-A/B"_s, u"1"_s};
    QTest::newRow("BCR::ABL1 CML") << fusion(u"BCR"_s, u"ABL1"_s) << u"CML"_s
                                   << Expected{u"I-A"_s,
                                               u"sensitivity"_s,
                                               u"APR-0236"_s,
                                               u"on-label (same tumor type), exact match"_s,
                                               u"I-A/B"_s,
                                               u"1"_s};
    QTest::newRow("KIT exon 11 deletion GIST: the imatinib label names CD117 (IHC), CIViC level A decides")
        << protein(u"KIT"_s, u"p.W557_K558del"_s, u"inframe_deletion"_s, u"11/21"_s) << u"GIST"_s
        << Expected{u"I-A"_s, u"sensitivity"_s, u"EID654"_s, u"exon match"_s, u"I-A/B"_s, u"2"_s};
    QTest::newRow("IDH1 R132H astrocytoma")
        << protein(u"IDH1"_s, u"p.R132H"_s) << u"ASTR"_s
        << Expected{u"I-A"_s, u"sensitivity"_s, u"APR-0215"_s, u"evidence in a subtype"_s, u"I-A/B"_s, u"1"_s};
    QTest::newRow("ETV6::NTRK3 papillary thyroid, tumor-agnostic")
        << fusion(u"ETV6"_s, u"NTRK3"_s) << u"THPA"_s
        << Expected{u"I-A"_s, u"sensitivity"_s, u"APR-0073"_s, u"T2 tumor-agnostic"_s, u"I-C"_s, u"1"_s};
    // The same variants in unrelated tumor types are not Tier I: approved elsewhere is II-C.
    QTest::newRow("EGFR L858R colon") << protein(u"EGFR"_s, u"p.L858R"_s) << u"COAD"_s
                                      << Expected{
                                             u"II-C"_s, u"sensitivity"_s, u"APR-0029"_s, u"T3"_s, u"III-A"_s, u"3B"_s};
    QTest::newRow("KIT exon 11 deletion colon")
        << protein(u"KIT"_s, u"p.W557_K558del"_s, u"inframe_deletion"_s, u"11/21"_s) << u"COAD"_s
        << Expected{u"II-C"_s, u"sensitivity"_s, u"EID654"_s, u"off-label"_s, u"III-A"_s, u"3B"_s};
    QTest::newRow("ERBB2 amplification prostate")
        << copyNumber(u"ERBB2"_s, CnaCall::Amplification) << u"PRAD"_s
        << Expected{u"II-C"_s, u"sensitivity"_s, u"APR-0097"_s, u"T3"_s, u"III-A"_s, u"3B"_s};
    QTest::newRow("BCR::ABL1 colon") << fusion(u"BCR"_s, u"ABL1"_s) << u"COAD"_s
                                     << Expected{
                                            u"II-C"_s, u"sensitivity"_s, u"APR-0236"_s, u"T3"_s, u"III-A"_s, u"3B"_s};
    QTest::newRow("IDH1 R132H colon") << protein(u"IDH1"_s, u"p.R132H"_s) << u"COAD"_s
                                      << Expected{
                                             u"II-C"_s, u"sensitivity"_s, u"EID11508"_s, u"T10"_s, u"III-A"_s, u"3B"_s};
    // Pan-cancer (DOID:162) level-B evidence on ALK fusions is no tumor-agnostic approval: II-C.
    QTest::newRow("EML4::ALK prostate, pan-cancer evidence")
        << fusion(u"EML4"_s, u"ALK"_s) << u"PRAD"_s
        << Expected{u"II-C"_s, u"sensitivity"_s, u"APR-0058"_s, u"T3"_s, u"III-A"_s, u"3B"_s};
}

void TestTiering::canonicalCases()
{
    QFETCH(Alteration, alteration);
    QFETCH(QString, tumorType);
    QFETCH(Expected, expected);
    const AnnotationResult r = annotate(alteration, tumorType);
    const AlterationCall* call = r.callFor(0);
    QVERIFY(call);
    QCOMPARE(call->amp.tier, expected.amp);
    QCOMPARE(call->amp.basis, expected.basis);
    QVERIFY(call->amp.evidence >= 0);
    QCOMPARE(r.evidence[size_t(call->amp.evidence)].displayId, expected.evidence);
    QVERIFY2(call->amp.reason.contains(expected.inReason), qPrintable(call->amp.reason));
    QVERIFY2(call->amp.reason.contains(expected.evidence), qPrintable(call->amp.reason));
    QCOMPARE(call->escat.tier, expected.escat);
    QCOMPARE(call->oncokb.tier, expected.oncokb);
    // Every match of the deciding item says how its disease relates to the tumor type.
    for (const Match& m : r.matches)
        QVERIFY(!m.relationPath.isEmpty());
}

void TestTiering::resistanceIsShownBesideSensitivity()
{
    // EGFR T790M in lung adenocarcinoma: osimertinib sensitivity decides the tier; resistance to
    // first-generation TKIs is among the on-label items and flagged against their sensitivity items.
    const AnnotationResult r = annotate(protein(u"EGFR"_s, u"p.T790M"_s), u"LUAD"_s);
    const AlterationCall* call = r.callFor(0);
    QVERIFY(call);
    QCOMPARE(call->amp.tier, u"I-A"_s);
    QCOMPARE(call->amp.basis, u"sensitivity"_s);
    QVERIFY(r.evidence[size_t(call->amp.evidence)].therapies.contains(u"Osimertinib"_s));
    QStringList resisted;
    for (const Match& m : r.matches) {
        const EvidenceItem& e = r.evidence[size_t(m.evidence)];
        if (e.significance == u"Resistance" && e.direction == u"Supports" && m.relation != TumorRelation::Unrelated)
            resisted += e.therapies;
    }
    QVERIFY(resisted.contains(u"Gefitinib"_s));
    QVERIFY(resisted.contains(u"Erlotinib"_s));
    // Resistance to other drugs is no conflict of the deciding osimertinib item.
    for (const Flag& f : call->flags)
        QVERIFY2(f.code != u"conflicting_evidence" || !f.reason.contains(u"Gefitinib"_s), qPrintable(f.reason));
    // OncoKB-style lists the resistance level beside the sensitivity one.
    QVERIFY2(call->oncokb.reason.contains(u"also R1"_s), qPrintable(call->oncokb.reason));
}

void TestTiering::therapyInteractionsReadAsTheyAreMeant()
{
    // CIViC's interaction types: substitutes are alternatives, not a combination; each is an
    // option of its own when conflicts are looked for.
    EvidenceItem e;
    e.therapies = {u"Tegafur"_s, u"Capecitabine"_s, u"Fluorouracil"_s};
    e.therapyInteraction = u"Substitutes"_s;
    QCOMPARE(therapyLabel(e), u"Tegafur / Capecitabine / Fluorouracil"_s);
    QCOMPARE(therapyOptions(e), e.therapies);
    e.therapyInteraction = u"Combination"_s;
    QCOMPARE(therapyLabel(e), u"Tegafur + Capecitabine + Fluorouracil"_s);
    QCOMPARE(therapyOptions(e), QStringList{u"Tegafur + Capecitabine + Fluorouracil"_s});
    e.therapies = {u"Dabrafenib"_s, u"Trametinib"_s};
    e.therapyInteraction = u"Sequential"_s;
    QCOMPARE(therapyLabel(e), u"Dabrafenib then Trametinib"_s);
    e.therapies = {u"Osimertinib"_s};
    e.therapyInteraction.clear();
    QCOMPARE(therapyLabel(e), u"Osimertinib"_s);
    // In the bundled release, substitutes occur in real items: every one reads with slashes.
    const AnnotationResult r = annotate(protein(u"EGFR"_s, u"p.L858R"_s), u"LUAD"_s);
    int substitutes = 0;
    for (const Match& m : r.matches) {
        const EvidenceItem& item = r.evidence[size_t(m.evidence)];
        if (item.therapyInteraction == u"Substitutes" && item.therapies.size() > 1) {
            ++substitutes;
            QVERIFY(!therapyLabel(item).contains(u'+'));
            QCOMPARE(therapyOptions(item).size(), item.therapies.size());
        }
    }
    QVERIFY2(substitutes > 0, "EGFR L858R in LUAD has items with substitute therapies in CIViC 2025-07-01");
}

void TestTiering::missingTumorTypeCapsAndFlags()
{
    const AnnotationResult r =
        annotate({protein(u"BRAF"_s, u"p.V600E"_s), protein(u"EGFR"_s, u"p.L858R"_s)}, QString());
    QCOMPARE(r.caseFlags.size(), 1);
    QCOMPARE(r.caseFlags.front().code, u"tumor_type_missing"_s);
    for (qint32 i = 0; i < 2; ++i) {
        const AlterationCall* call = r.callFor(i);
        QVERIFY(call);
        QCOMPARE(call->amp.tier, u"II-C"_s); // level A evidence, capped
        QVERIFY(call->amp.reason.contains(u"tumor type missing"_s));
        QVERIFY(Tiering::ampRank(call->amp.tier) >= Tiering::ampRank(u"II-C"_s));
    }
    for (const Match& m : r.matches)
        QCOMPARE(m.relation, TumorRelation::Unknown);
}

void TestTiering::doesNotSupportIsFlaggedNotCounted()
{
    // Every KRAS G12C item that does not support: none of them may decide a tier.
    const AnnotationResult r = annotate(protein(u"KRAS"_s, u"p.G12C"_s), u"COAD"_s);
    const AlterationCall* call = r.callFor(0);
    QVERIFY(call);
    int against = 0;
    for (const Match& m : r.matches)
        against += r.evidence[size_t(m.evidence)].direction == u"Does Not Support";
    QVERIFY(against > 0);
    for (const TierCall* t : {&call->amp, &call->escat, &call->oncokb})
        if (t->evidence >= 0)
            QCOMPARE(r.evidence[size_t(t->evidence)].direction, u"Supports"_s);
}

void TestTiering::conflictsOnlyAtTheSameOrAHigherLevel()
{
    // A hand-made result: one alteration, an on-label level-B item for drug X deciding the tier,
    // and items against it at a lower level (D), about another drug (A), and at the same level (B).
    auto item = [](qint64 id,
                   const QString& level,
                   const QString& significance,
                   const QString& direction,
                   const QString& therapy) {
        EvidenceItem e;
        e.kb = {u"CIViC"_s, u"test"_s};
        e.id = id;
        e.displayId = u"EID%1"_s.arg(id);
        e.molecularProfileId = id;
        e.level = level;
        e.evidenceType = u"Predictive"_s;
        e.significance = significance;
        e.direction = direction;
        e.rating = 4;
        e.disease = u"Melanoma"_s;
        e.doid = u"1909"_s;
        e.therapies = {therapy};
        return e;
    };
    auto resultWith = [&](const std::vector<EvidenceItem>& items) {
        AnnotationResult r;
        r.caseData.tumorType = u"MEL"_s;
        r.caseData.alterations.push_back(protein(u"BRAF"_s, u"p.V600E"_s));
        for (const EvidenceItem& e : items) {
            r.matches.push_back(Match{0,
                                      qint32(r.evidence.size()),
                                      MatchClass::Exact,
                                      TumorRelation::Same,
                                      false,
                                      true,
                                      u"test"_s,
                                      u"MEL"_s,
                                      QString()});
            r.evidence.push_back(e);
        }
        Tiering::assign(r);
        return r;
    };
    auto conflicts = [](const AnnotationResult& r) {
        QStringList out;
        for (const Flag& f : r.callFor(0)->flags)
            if (f.code == u"conflicting_evidence")
                out << f.reason;
        return out;
    };
    const EvidenceItem deciding = item(1, u"B"_s, u"Sensitivity/Response"_s, u"Supports"_s, u"X"_s);
    QVERIFY(conflicts(resultWith({deciding,
                                  item(2, u"D"_s, u"Resistance"_s, u"Supports"_s, u"X"_s),
                                  item(3, u"A"_s, u"Resistance"_s, u"Supports"_s, u"Y"_s)}))
                .isEmpty());
    const QStringList same =
        conflicts(resultWith({deciding,
                              item(4, u"B"_s, u"Sensitivity/Response"_s, u"Does Not Support"_s, u"X"_s),
                              item(5, u"C"_s, u"Resistance"_s, u"Supports"_s, u"X"_s)}));
    QCOMPARE(same.size(), 1);
    QVERIFY2(same.front().contains(u"EID1"_s) && same.front().contains(u"EID4"_s), qPrintable(same.front()));
    QVERIFY2(!same.front().contains(u"EID5"_s), qPrintable(same.front())); // level C is below B
}

void TestTiering::receptorSubtypesNeedTheCaseStatus()
{
    // A level-A item on HER2-positive breast cancer for an invasive ductal carcinoma: on-label
    // when the tumor is HER2-positive (by the table, or by an ERBB2 amplification), off-label when
    // it is HER2-negative, and conditional (taken as off-label) when nothing says.
    auto resultWith = [](const QMap<QString, QString>& receptors, bool amplified) {
        AnnotationResult r;
        r.caseData.tumorType = u"IDC"_s;
        r.caseData.receptorStatus = receptors;
        r.caseData.alterations.push_back(protein(u"PIK3CA"_s, u"p.H1047R"_s));
        if (amplified)
            r.caseData.alterations.push_back(copyNumber(u"ERBB2"_s, CnaCall::Amplification));
        EvidenceItem e;
        e.kb = {u"CIViC"_s, u"test"_s};
        e.id = 1;
        e.displayId = u"EID1"_s;
        e.level = u"A"_s;
        e.evidenceType = u"Predictive"_s;
        e.significance = u"Sensitivity/Response"_s;
        e.direction = u"Supports"_s;
        e.disease = u"Her2-receptor Positive Breast Cancer"_s;
        e.doid = u"0060079"_s;
        e.therapies = {u"Drug"_s};
        r.evidence.push_back(e);
        const RelationAnswer rel = TumorTypeGraph::bundled().relation(u"IDC"_s, e.doid, e.disease);
        r.matches.push_back(
            Match{0, 0, MatchClass::Exact, rel.relation, false, true, u"test"_s, rel.path, rel.condition});
        Tiering::assign(r);
        return *r.callFor(0);
    };
    const AlterationCall unknown = resultWith({}, false);
    QCOMPARE(unknown.amp.tier, u"II-C"_s);
    QVERIFY2(unknown.amp.reason.contains(u"conditional (on-label only for HER2+ tumors"_s),
             qPrintable(unknown.amp.reason));
    const AlterationCall positive = resultWith({{u"HER2"_s, u"positive"_s}}, false);
    QCOMPARE(positive.amp.tier, u"I-A"_s);
    QVERIFY2(positive.amp.reason.contains(u"the tumor is HER2+"_s), qPrintable(positive.amp.reason));
    const AlterationCall amplified = resultWith({}, true);
    QCOMPARE(amplified.amp.tier, u"I-A"_s);
    QVERIFY(amplified.amp.reason.contains(u"ERBB2 amplification"_s));
    const AlterationCall negative = resultWith({{u"HER2"_s, u"negative"_s}}, false);
    QCOMPARE(negative.amp.tier, u"II-C"_s);
    QVERIFY(negative.amp.reason.contains(u"the tumor is not HER2+"_s));
}

void TestTiering::germlineAndChipFlags()
{
    auto withSupport = [](Alteration a, float tumorVaf, int depth, float normalVaf, int normalDepth) {
        a.tumor.vaf = tumorVaf;
        a.tumor.depth = depth;
        if (normalDepth > 0) {
            a.normal.vaf = normalVaf;
            a.normal.depth = normalDepth;
        }
        return a;
    };
    const std::vector<Alteration> alterations{
        // BRCA2 frameshift at half the reads in tumor and normal: likely germline.
        withSupport(protein(u"BRCA2"_s, u"p.S1982Rfs*22"_s, u"frameshift_variant"_s), 0.48f, 80, 0.51f, 60),
        // DNMT3A R882H at low VAF, also in the (blood) normal: clonal hematopoiesis.
        withSupport(protein(u"DNMT3A"_s, u"p.R882H"_s), 0.06f, 200, 0.05f, 150),
        // A somatic KRAS G12D, absent from the normal: no flag.
        withSupport(protein(u"KRAS"_s, u"p.G12D"_s), 0.31f, 120, 0.0f, 90),
    };
    const AnnotationResult r = annotate(alterations, u"COAD"_s);
    auto codes = [&](qint32 i) {
        QStringList out;
        if (const AlterationCall* c = r.callFor(i))
            for (const Flag& f : c->flags)
                out << f.code;
        return out;
    };
    QVERIFY(codes(0).contains(u"germline"_s));
    QVERIFY(codes(1).contains(u"chip"_s));
    QVERIFY(!codes(1).contains(u"germline"_s));
    QVERIFY(!codes(2).contains(u"germline"_s) && !codes(2).contains(u"chip"_s));
    // The same DNMT3A variant in a leukemia is the disease, not clonal hematopoiesis.
    const AnnotationResult aml = annotate({alterations[1]}, u"AML"_s);
    const AlterationCall* c = aml.callFor(0);
    QVERIFY(!c || std::none_of(c->flags.begin(), c->flags.end(), [](const Flag& f) { return f.code == u"chip"; }));
}

void TestTiering::partialProfileIsNotAMatch()
{
    // "BCR::ABL1 Fusion AND ABL1 T315I" (ponatinib) needs both parts; the fusion alone is one part.
    const QString profile = u"BCR::ABL1 Fusion AND ABL1 T315I"_s;
    const AnnotationResult fusionOnly = annotate(fusion(u"BCR"_s, u"ABL1"_s), u"CML"_s);
    const PartialProfile* partial = nullptr;
    for (const PartialProfile& p : fusionOnly.partialProfiles)
        if (p.profile == profile)
            partial = &p;
    QVERIFY(partial);
    QCOMPARE(partial->alteration, 0);
    QCOMPARE(partial->present, QStringList{u"BCR::ABL1 Fusion"_s});
    QCOMPARE(partial->missing, QStringList{u"ABL1 T315I"_s});
    for (const Match& m : fusionOnly.matches)
        QVERIFY(fusionOnly.evidence[size_t(m.evidence)].molecularProfile != profile);

    // With the mutation too, the profile holds and its evidence applies to both alterations.
    const AnnotationResult both = annotate({fusion(u"BCR"_s, u"ABL1"_s), protein(u"ABL1"_s, u"p.T315I"_s)}, u"CML"_s);
    QSet<qint32> alterations;
    for (const Match& m : both.matches)
        if (both.evidence[size_t(m.evidence)].molecularProfile == profile) {
            alterations.insert(m.alteration);
            QVERIFY2(m.rule.contains(u"holds: BCR::ABL1, ABL1 p.T315I"_s), qPrintable(m.rule));
        }
    QCOMPARE(alterations, (QSet<qint32>{0, 1}));
    for (const PartialProfile& p : both.partialProfiles)
        QVERIFY(p.profile != profile);
}

void TestTiering::civicRecallsItsOwnVcf()
{
    // CIViC's own VCF export of 01-Aug-2024 (one record per variant with GRCh37 alleles; the ID
    // column is the CIViC variant id), annotated against the same release.
    QTemporaryDir dir;
    auto kb = KnowledgeBase::open(dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    const QString folder = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/kb/civic/2024-08-01");
    auto imported = CivicImporter::import((*kb)->database(), folder, false);
    QVERIFY(imported);
    const QString vcf = folder + u"/01-Aug-2024-civic_accepted.vcf.gz"_s;
    CaseLoadOptions options;
    options.genome = GenomeBuild::GRCh37;
    auto loaded = CaseLoader::load({vcf}, options);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    QHash<qint64, qint64> idOfLine;
    LineReader lines;
    QVERIFY(lines.open(vcf));
    QByteArrayView line;
    while (lines.next(line))
        if (!line.startsWith('#'))
            idOfLine.insert(lines.lineNumber(), line.toByteArray().split('\t').at(2).toLongLong());
    AnnotateOptions choose;
    choose.releases.insert(u"CIViC"_s, u"2024-08-01"_s);
    auto result = Annotator::annotate(std::move(loaded.value()), **kb, choose);
    QVERIFY(result);
    // The single-variant profile of every variant.
    QHash<qint64, qint64> profileOf;
    auto s = (*kb)->database().prepare("SELECT variant_id, single_mp_id FROM variant WHERE release_id = ?");
    s->bind(1, imported->releaseId);
    while (s->step())
        profileOf.insert(s->int64(0), s->int64(1));
    // Recall counts the variants whose profile has evidence (a profile without any cannot show).
    QSet<qint64> withEvidence;
    auto e = (*kb)->database().prepare("SELECT DISTINCT mp_id FROM evidence WHERE release_id = ?");
    e->bind(1, imported->releaseId);
    while (e->step())
        withEvidence.insert(e->int64(0));
    // Variants whose names carry a genotype qualifier ("DPYD*2A HOMOZYGOSITY") need the genotype,
    // which CIViC's VCF does not give: they cannot be recalled from it.
    QSet<qint64> qualified;
    auto q = (*kb)->database().prepare("SELECT variant_id FROM variant WHERE release_id = ? AND (upper(name) LIKE "
                                       "'%HOMOZYG%' OR upper(name) LIKE '%EXPRESSION%' OR upper(name) LIKE "
                                       "'%METHYLATION%')");
    q->bind(1, imported->releaseId);
    while (q->step())
        qualified.insert(q->int64(0));
    int records = 0, recalled = 0;
    QStringList misses;
    for (qint32 i = 0; i < qint32(result->caseData.alterations.size()); ++i) {
        const Alteration& a = result->caseData.alterations[size_t(i)];
        const qint64 variant = idOfLine.value(a.origin.line);
        if (!withEvidence.contains(profileOf.value(variant)) || qualified.contains(variant))
            continue;
        ++records;
        bool own = false;
        for (const Match& m : result->matchesFor(i))
            own = own || result->evidence[size_t(m.evidence)].molecularProfileId == profileOf.value(variant);
        if (own)
            ++recalled;
        else
            misses << u"%1 %2:%3 %4>%5"_s.arg(variant).arg(a.chrom).arg(a.pos).arg(a.ref, a.alt);
    }
    qInfo().noquote() << u"CIViC 2024-08-01 VCF: %1 of %2 records with evidence matched to their own profile (%3 %); "
                         "missed: %4"_s.arg(recalled)
                             .arg(records)
                             .arg(100.0 * recalled / records, 0, 'f', 2)
                             .arg(misses.join(u", "_s));
    QVERIFY(records > 700);
    QVERIFY(recalled >= int(std::ceil(0.995 * records)));
}

void TestTiering::civicRecallsItsOwnAlleles()
{
    // Every variant of the bundled release with GRCh37 coordinates and alleles, written as a VCF
    // record (indels with an 'N' anchor base, as no reference genome is shipped).
    auto matcher = Matcher::create(*m_kb, *m_kb->activeRelease(u"CIViC"_s));
    QVERIFY(matcher);
    const QString path = m_dir.filePath(u"civic_alleles.vcf"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QTextStream ts(&out);
    ts << "##fileformat=VCFv4.2\n##reference=GRCh37\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    QHash<qint64, qint64> profileOfLine; // VCF line -> profile
    int record = 0;
    for (const KbVariant& v : matcher->variants()) {
        if (!v.allele || v.singleProfileId == 0)
            continue;
        const AlleleKey& k = *v.allele;
        QString ref = k.ref, alt = k.alt;
        qint64 pos = k.start;
        if (ref.isEmpty() || alt.isEmpty()) {
            if (ref.isEmpty())
                ; // insertion: CIViC's start is the base before the inserted sequence
            else
                --pos; // deletion: the anchor base precedes the deleted bases
            ref.prepend(u'N');
            alt.prepend(u'N');
        }
        ts << k.chrom << '\t' << pos << '\t' << v.id << '\t' << ref << '\t' << alt << "\t.\tPASS\t.\n";
        profileOfLine.insert(4 + record++, v.singleProfileId);
    }
    out.close();
    CaseLoadOptions options;
    options.genome = GenomeBuild::GRCh37;
    auto loaded = CaseLoader::load({path}, options);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    // Records CIViC gives with equal alleles are refused by the reader, with their line.
    qInfo().noquote()
        << u"records %1, read %2, skipped %3"_s.arg(record).arg(loaded->alterations.size()).arg(loaded->skippedRecords);
    QCOMPARE(qint64(loaded->alterations.size()) + loaded->skippedRecords, qint64(record));
    auto result = Annotator::annotate(std::move(loaded.value()), *m_kb);
    QVERIFY(result);
    // Recall counts the variants whose profile has evidence (a profile without any cannot show).
    QSet<qint64> withEvidence;
    auto s = m_kb->database().prepare("SELECT DISTINCT mp_id FROM evidence WHERE release_id = ?");
    s->bind(1, m_kb->activeRelease(u"CIViC"_s)->id);
    while (s->step())
        withEvidence.insert(s->int64(0));
    int eligible = 0, recalled = 0;
    for (qint32 i = 0; i < qint32(result->caseData.alterations.size()); ++i) {
        const qint64 profile = profileOfLine.value(result->caseData.alterations[size_t(i)].origin.line);
        if (!withEvidence.contains(profile))
            continue;
        ++eligible;
        for (const Match& m : result->matchesFor(i))
            if (result->evidence[size_t(m.evidence)].molecularProfileId == profile) {
                ++recalled;
                break;
            }
    }
    qInfo().noquote() << u"CIViC 2025-07-01 alleles: %1 of %2 variants with evidence matched to their own profile"_s
                             .arg(recalled)
                             .arg(eligible);
    QVERIFY(eligible > 700);
    QVERIFY(recalled >= int(std::ceil(0.995 * eligible)));
}

void TestTiering::jsonIsByteIdentical()
{
    // Same inputs and releases: the same bytes, run after run (no time stamps, ordered output).
    CaseLoadOptions options;
    options.tumorType = u"COAD"_s;
    QByteArray first;
    for (int run = 0; run < 3; ++run) {
        auto loaded = CaseLoader::load({QStringLiteral(ONCOBOARD_DEMO_VCF)}, options);
        QVERIFY(loaded);
        auto result = Annotator::annotate(std::move(loaded.value()), *m_kb);
        QVERIFY(result);
        const QByteArray json = AnnotationJson::write(*result);
        if (run == 0)
            first = json;
        else
            QVERIFY(json == first);
    }
}

QTEST_GUILESS_MAIN(TestTiering)
#include "tst_Tiering.moc"
