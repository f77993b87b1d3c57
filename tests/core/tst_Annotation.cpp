#include "TestConfig.h"
#include "io/CaseLoader.h"
#include "io/CohortLoader.h"
#include "kb/KnowledgeBase.h"
#include "match/AlterationFacts.h"
#include "match/Annotator.h"
#include "match/Tiering.h"
#include "report/AnnotationJson.h"
#include "report/JsonWriter.h"
#include "report/TsvReport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

namespace {

const QString lamlMaf = QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/maftools_tcga_laml.maf.gz");

/** Every field of two AlterationFacts, for a message that names the first difference. */
QString factsText(const AlterationFacts& f)
{
    QString edit = u"none"_s;
    if (f.edit)
        edit = u"%1 %2%3-%4%5 %6"_s.arg(int(f.edit->type))
                   .arg(f.edit->firstAa)
                   .arg(f.edit->firstPos)
                   .arg(f.edit->lastAa)
                   .arg(f.edit->lastPos)
                   .arg(f.edit->alt);
    return u"%1|%2|%3|%4|%5|%6|%7"_s.arg(f.gene, f.proteinKey, edit)
        .arg(int(f.effect))
        .arg(f.exon)
        .arg(f.intron)
        .arg(f.exonSource);
}

} // namespace

class TestAnnotation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoCaseMatchesBrafV600e();
    void jsonFollowsTheContract();
    void jsonIsDeterministic();
    void streamedOutputsAreTheSameBytes();
    void threadedJsonIsTheSameBytes();
    void synonymousChangeNeverMatches();
    void grch38CoordinatesAreNotMatchedAsGrch37();
    void unknownTumorTypeIsRefused();
    void retiredTumorTypeIsReadAsItsReplacement();
    void tsvHasOneRowPerAlteration();
    void factsMemoGivesTheFactsOfEachAlteration();
    void cachedJsonLinesAreTheSameBytes();
    void memoGivesTheSameAnnotation();
    void jsonStringsAreEscapedAsJsonSays();

private:
    Result<AnnotationResult> annotateDemo();

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
};

void TestAnnotation::initTestCase()
{
    auto kb = KnowledgeBase::open(m_dir.filePath(u"kb.sqlite"_s));
    QVERIFY(kb);
    m_kb = std::move(kb.value());
    QVERIFY(m_kb->ensureBundled());
}

Result<AnnotationResult> TestAnnotation::annotateDemo()
{
    CaseLoadOptions options;
    options.tumorType = u"COAD"_s;
    auto c = CaseLoader::load({QStringLiteral(ONCOBOARD_DEMO_VCF)}, options);
    if (!c)
        return Unexpected{c.error()};
    return Annotator::annotate(std::move(c.value()), *m_kb);
}

void TestAnnotation::demoCaseMatchesBrafV600e()
{
    auto result = annotateDemo();
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result->tumorTypeName, u"Colon Adenocarcinoma"_s);
    QCOMPARE(result->caseData.alterations.size(), size_t(3317));
    // BRAF V600E is in CIViC by its GRCh37 allele. The raw VCF's other variants get their gene
    // and effect from the bundled transcript models: class evidence then matches the predicted
    // truncations (TP53 c.216del, NF1 c.2027del ...), but only BRAF is Tier I. The heterozygous
    // DPYD*2A is not "DPYD*2A HOMOZYGOSITY": it is a pharmacogenomic finding, with its CPIC
    // recommendation.
    QCOMPARE(result->matchedAlterationCount(), 19);
    int tierOne = 0;
    for (qint32 i = 0; i < qint32(result->caseData.alterations.size()); ++i)
        if (isTierOne(Tiering::callOf(*result, i).ampTier())) {
            ++tierOne;
            QCOMPARE(result->caseData.alterations[size_t(i)].gene(), u"BRAF"_s);
        }
    QCOMPARE(tierOne, 1);
    QCOMPARE(result->pharmacogenomics.size(), size_t(1));
    QCOMPARE(result->pharmacogenomics.front().gene, u"DPYD"_s);
    QCOMPARE(result->pharmacogenomics.front().observed.front().zygosity, Zygosity::Heterozygous);
    QCOMPARE(result->pharmacogenomics.front().phenotype, u"Intermediate Metabolizer"_s);
    bool sawBraf = false;
    bool sawColorectalLevelA = false;
    for (const Match& m : result->matches) {
        const Alteration& a = result->caseData.alterations[size_t(m.alteration)];
        const EvidenceItem& e = result->evidence[size_t(m.evidence)];
        if (e.molecularProfile == u"BRAF V600E"_s) {
            sawBraf = true;
            QCOMPARE(a.pos, 140453136);
            QVERIFY(m.rule.contains(u"GRCh37 allele: 7:140453136 A>T"_s));
            if (e.level == u"A" && e.doid == u"9256" && e.therapies.contains(u"Encorafenib"_s))
                sawColorectalLevelA = true;
        }
    }
    QVERIFY(sawBraf);
    QVERIFY(sawColorectalLevelA); // EID9851: encorafenib + cetuximab in colorectal cancer
}

void TestAnnotation::jsonFollowsTheContract()
{
    auto result = annotateDemo();
    QVERIFY(result);
    const QByteArray json = AnnotationJson::write(*result);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(u"schema"_s).toString(), u"oncoboard.annotation/1"_s);
    QCOMPARE(root.value(u"generator"_s).toObject().value(u"name"_s).toString(), u"OncoBoard"_s);
    const QJsonArray kb = root.value(u"knowledge_base"_s).toArray();
    QCOMPARE(kb.size(), 2);
    QCOMPARE(kb[0].toObject().value(u"release"_s).toString(), u"2025-07-01"_s);
    QCOMPARE(kb[1].toObject().value(u"source"_s).toString(), u"Approvals"_s);
    const QJsonObject c = root.value(u"case"_s).toObject();
    QCOMPARE(c.value(u"tumor_type"_s).toString(), u"COAD"_s);
    QCOMPARE(c.value(u"genome"_s).toString(), u"GRCh37"_s);
    QVERIFY(!c.contains(u"normal_sample"_s)); // not in the file: omitted, never invented

    const QJsonArray alterations = root.value(u"alterations"_s).toArray();
    QCOMPARE(alterations.size(), 3317);
    QJsonObject braf;
    for (const QJsonValue& v : alterations)
        if (v.toObject().value(u"pos"_s).toInteger() == 140453136)
            braf = v.toObject();
    QCOMPARE(braf.value(u"kind"_s).toString(), u"SNV"_s);
    QCOMPARE(braf.value(u"chrom"_s).toString(), u"7"_s);
    QCOMPARE(braf.value(u"ref"_s).toString(), u"A"_s);
    QCOMPARE(braf.value(u"tumor_depth"_s).toInt(), 54);
    QCOMPARE(braf.value(u"tumor_vaf"_s).toDouble(), 0.3148);
    // The file has no annotation: gene, transcript, exon, HGVSc and consequence are predicted and
    // say so; the protein change is left open (V600 becomes D or E: the codon decides).
    QCOMPARE(braf.value(u"gene"_s).toString(), u"BRAF"_s);
    QCOMPARE(braf.value(u"hgvsc"_s).toString(), u"c.1799T>A"_s);
    QCOMPARE(braf.value(u"exon"_s).toString(), u"15/18"_s);
    QCOMPARE(braf.value(u"consequence"_s).toString(), u"missense_variant"_s);
    QVERIFY(!braf.contains(u"hgvsp"_s) || braf.value(u"hgvsp"_s).toString().isEmpty());
    QCOMPARE(braf.value(u"protein_position"_s).toInt(), 600);
    QCOMPARE(braf.value(u"reference_residue"_s).toString(), u"V"_s);
    QVERIFY(braf.value(u"effect_source"_s).toString().startsWith(u"OncoBoard"_s));
    QCOMPARE(braf.value(u"origin"_s).toObject().value(u"line"_s).toInt(), 1260);
    QJsonObject first;
    for (const QJsonValue& m : braf.value(u"matches"_s).toArray())
        if (first.isEmpty() && m.toObject().value(u"match"_s).toString() == u"exact")
            first = m.toObject();
    QCOMPARE(first.value(u"evidence_id"_s).toString(), u"EID1409"_s);
    QCOMPARE(first.value(u"molecular_profile_id"_s).toInt(), 12);
    QCOMPARE(first.value(u"match"_s).toString(), u"exact"_s);
    QCOMPARE(first.value(u"level"_s).toString(), u"A"_s);
    QCOMPARE(first.value(u"therapies"_s).toArray().first().toString(), u"Vemurafenib"_s);
    QCOMPARE(first.value(u"doid"_s).toString(), u"8923"_s);

    // Keys in the contract's order.
    const QList<QByteArray> order{"\"schema\"", "\"generator\"", "\"knowledge_base\"", "\"case\"", "\"alterations\""};
    qsizetype at = -1;
    for (const QByteArray& key : order) {
        const qsizetype next = json.indexOf(key);
        QVERIFY2(next > at, key.constData());
        at = next;
    }
    const qsizetype b = json.indexOf("\"pos\": 140453136");
    const QList<QByteArray> alterationOrder{"\"ref\"",
                                            "\"alt\"",
                                            "\"tumor_vaf\"",
                                            "\"tumor_depth\"",
                                            "\"normal_depth\"",
                                            "\"origin\"",
                                            "\"matches\"",
                                            "\"source\"",
                                            "\"evidence_id\"",
                                            "\"molecular_profile_id\"",
                                            "\"molecular_profile\"",
                                            "\"match\"",
                                            "\"level\"",
                                            "\"evidence_type\"",
                                            "\"direction\"",
                                            "\"significance\"",
                                            "\"therapies\"",
                                            "\"disease\"",
                                            "\"doid\""};
    at = b;
    for (const QByteArray& key : alterationOrder) {
        const qsizetype next = json.indexOf(key, at);
        QVERIFY2(next > at, key.constData());
        at = next;
    }
}

void TestAnnotation::jsonIsDeterministic()
{
    auto a = annotateDemo();
    auto b = annotateDemo();
    QVERIFY(a && b);
    QCOMPARE(AnnotationJson::write(*a), AnnotationJson::write(*b));
}

/** A device that takes only `capacity` bytes, as a full disk. */
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray taken;

protected:
    qint64 readData(char*, qint64) override
    {
        return -1;
    }
    qint64 writeData(const char* data, qint64 size) override
    {
        const qint64 n = std::min(size, m_capacity - qint64(taken.size()));
        if (n <= 0)
            return -1;
        taken.append(data, n);
        return n;
    }

private:
    qint64 m_capacity;
};

void TestAnnotation::threadedJsonIsTheSameBytes()
{
    // A large case's alterations are serialised on several threads: the same bytes as one thread.
    CaseLoadOptions options;
    options.tumorType = u"COAD"_s;
    auto c = CaseLoader::load({QStringLiteral(ONCOBOARD_DEMO_VCF)}, options);
    QVERIFY(c);
    const std::vector<Alteration> once = c->alterations;
    for (int copy = 1; copy < 3; ++copy)
        c->alterations.insert(c->alterations.end(), once.begin(), once.end());
    auto result = Annotator::annotate(std::move(c.value()), *m_kb);
    QVERIFY(result);
    const QByteArray single = AnnotationJson::write(*result, 1);
    QCOMPARE(AnnotationJson::write(*result, 2), single);
    QCOMPARE(AnnotationJson::write(*result, 3), single);
    QBuffer streamed;
    QVERIFY(streamed.open(QIODevice::WriteOnly));
    QVERIFY(AnnotationJson::write(&streamed, *result, 4));
    QCOMPARE(streamed.data(), single);
    const QJsonArray alterations = QJsonDocument::fromJson(single).object().value(u"alterations"_s).toArray();
    QCOMPARE(alterations.size(), qsizetype(3 * once.size()));
    QCOMPARE(alterations.at(qsizetype(once.size())).toObject(), alterations.at(0).toObject());
}

void TestAnnotation::streamedOutputsAreTheSameBytes()
{
    // The CLI streams JSON and TSV to their files in pieces: the bytes are those of the whole document.
    auto a = annotateDemo();
    QVERIFY(a);
    const QByteArray json = AnnotationJson::write(*a);
    const QByteArray tsv = TsvReport::write(*a);
    QVERIFY(json.size() > (1 << 17)); // several pieces
    QBuffer jsonOut;
    QVERIFY(jsonOut.open(QIODevice::WriteOnly));
    QVERIFY(AnnotationJson::write(&jsonOut, *a));
    QCOMPARE(jsonOut.data(), json);
    QBuffer tsvOut;
    QVERIFY(tsvOut.open(QIODevice::WriteOnly));
    QVERIFY(TsvReport::write(&tsvOut, *a));
    QCOMPARE(tsvOut.data(), tsv);
    // A device that refuses part of the output is reported, never taken for a complete file.
    FullDevice full(100000);
    QVERIFY(!AnnotationJson::write(&full, *a));
    FullDevice fullTsv(1000);
    QVERIFY(!TsvReport::write(&fullTsv, *a));
}

void TestAnnotation::synonymousChangeNeverMatches()
{
    Case c;
    c.genome = GenomeBuild::GRCh37;
    Alteration syn;
    syn.detail().gene = u"BRAF"_s;
    syn.detail().hgvsp = u"p.V600="_s;
    syn.chrom = u"7"_s;
    syn.pos = 140453135; // c.1800G>A, codon 600 GTG -> GTA
    syn.ref = u"C"_s;
    syn.alt = u"T"_s;
    c.alterations.push_back(syn);
    Alteration missense = syn;
    missense.detail().hgvsp = u"p.V600E"_s;
    missense.pos = 1; // protein-level match only
    c.alterations.push_back(missense);
    // The same synonymous change spelled out, and a splice-region-only variant in BRAF: neither
    // may reach codon-level ("BRAF V600") or gene-level ("BRAF Mutation") evidence.
    Alteration spelled = syn;
    spelled.detail().hgvsp = u"p.Val600Val"_s;
    spelled.detail().consequence = u"synonymous_variant"_s;
    spelled.pos = 2;
    c.alterations.push_back(spelled);
    Alteration spliceRegion = syn;
    spliceRegion.detail().hgvsp.clear();
    spliceRegion.detail().consequence = u"splice_region_variant"_s;
    spliceRegion.pos = 3;
    c.alterations.push_back(spliceRegion);
    auto r = Annotator::annotate(c, *m_kb);
    QVERIFY(r);
    QVERIFY(r->matchesFor(0).empty());
    QVERIFY(!r->matchesFor(1).empty());
    QVERIFY(r->matchesFor(2).empty());
    QVERIFY(r->matchesFor(3).empty());
}

void TestAnnotation::grch38CoordinatesAreNotMatchedAsGrch37()
{
    Case c;
    c.genome = GenomeBuild::GRCh38;
    Alteration a;
    a.chrom = u"7"_s;
    a.pos = 140453136; // BRAF V600E's GRCh37 position; on GRCh38 it is another base
    a.ref = u"A"_s;
    a.alt = u"T"_s;
    c.alterations.push_back(a);
    auto r = Annotator::annotate(c, *m_kb);
    QVERIFY(r);
    QVERIFY(r->matches.empty());
}

void TestAnnotation::unknownTumorTypeIsRefused()
{
    Case c;
    c.tumorType = u"NOT_A_CODE"_s;
    auto r = Annotator::annotate(c, *m_kb);
    QVERIFY(!r);
    QCOMPARE(r.error().code, CoreError::Code::InvalidArgument);
    c.tumorType = u"luad"_s; // codes are case-insensitive
    auto ok = Annotator::annotate(c, *m_kb);
    QVERIFY(ok);
    QCOMPARE(ok->caseData.tumorType, u"LUAD"_s);
    QCOMPARE(ok->tumorTypeName, u"Lung Adenocarcinoma"_s);
}

void TestAnnotation::retiredTumorTypeIsReadAsItsReplacement()
{
    // GBM (OncoTree 2021_11_02) is GB today: accepted, shown with the current code, and said so.
    CaseLoadOptions options;
    options.tumorType = u"GBM"_s;
    auto c = CaseLoader::load({QStringLiteral(ONCOBOARD_DEMO_VCF)}, options);
    QVERIFY(c);
    auto result = Annotator::annotate(std::move(c.value()), *m_kb);
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result->caseData.tumorType, u"GB"_s);
    QCOMPARE(result->caseData.tumorTypeGiven, u"GBM"_s);
    bool told = false;
    for (const InputIssue& i : result->caseData.issues)
        told = told || i.message.contains(u"retired OncoTree code"_s);
    QVERIFY(told);
    const QJsonObject root = QJsonDocument::fromJson(AnnotationJson::write(*result)).object();
    QCOMPARE(root[u"case"_s][u"tumor_type"_s].toString(), u"GB"_s);
    QCOMPARE(root[u"case"_s][u"tumor_type_given"_s].toString(), u"GBM"_s);
}

void TestAnnotation::tsvHasOneRowPerAlteration()
{
    auto result = annotateDemo();
    QVERIFY(result);
    const QList<QByteArray> lines = TsvReport::write(*result).split('\n');
    QCOMPARE(lines.size(), 3317 + 2); // header, rows, empty after the last newline
    QVERIFY(lines[0].startsWith("gene\thgvsp\t"));
    bool found = false;
    for (const QByteArray& l : lines) {
        if (l.contains("\t140453136\t")) {
            found = true;
            QVERIFY(l.contains("\tFDA\tAPR-0002,"));
            QVERIFY(l.contains(",EID1409,"));
        }
    }
    QVERIFY(found);
}

/**
 * A cohort's worker remembers the facts of each annotation (AlterationFactsMemo): on every
 * alteration of a real study, the remembered facts are those worked out afresh, also when the memo
 * is small and starts afresh, and a detail changed in place is not taken for the one remembered.
 */
void TestAnnotation::factsMemoGivesTheFactsOfEachAlteration()
{
    CaseLoadOptions options;
    options.tumorType = u"AML"_s;
    auto cohort = CohortLoader::load({lamlMaf}, options);
    QVERIFY2(cohort, qPrintable(cohort ? QString() : cohort.error().toString()));
    AlterationFactsMemo small(64);
    AlterationFactsMemo large;
    qsizetype compared = 0;
    qsizetype withExon = 0;
    std::optional<Alteration> missense;
    for (std::size_t k = 0; k < cohort->cases.size(); ++k) {
        const Case c = cohort->takeCase(k);
        for (const Alteration& a : c.alterations) {
            const QString want = factsText(AlterationFacts::of(a));
            for (AlterationFactsMemo* memo : {&small, &large}) {
                QCOMPARE(factsText(memo->of(a)), want);
                QCOMPARE(factsText(memo->of(a)), want); // the second time from the memo
            }
            QVERIFY(small.size() <= 64);
            ++compared;
            withExon += AlterationFacts::of(a).exon > 0 ? 1 : 0;
            if (!missense && a.hgvsp() == u"p.R882H")
                missense = a;
        }
    }
    QCOMPARE(compared, 2207);
    QVERIFY(withExon > 1000);
    // Rows with the same annotation share it (DNMT3A R882H, NPM1 W288fs in many samples): the
    // memo holds each shared annotation once.
    QVERIFY2(large.size() > 64 && large.size() < 2207, qPrintable(QString::number(large.size())));

    // A change written into a remembered detail detaches it: the memo gives the new facts.
    QVERIFY(missense);
    Alteration changed = *missense;
    const AlterationFacts before = large.of(changed);
    QCOMPARE(before.proteinKey, AlterationFacts::of(*missense).proteinKey);
    changed.detail().hgvsp = u"p.R882C"_s;
    QCOMPARE(factsText(large.of(changed)), factsText(AlterationFacts::of(changed)));
    QVERIFY(large.of(changed).proteinKey != before.proteinKey);
    QCOMPARE(factsText(large.of(*missense)), factsText(before));
}

/**
 * JSON Lines records written with a cache of the knowledge-base items' text are the bytes written
 * without one: every case of a real study (193 samples, the same items cited again and again),
 * with a cache that holds them all and with one that must start afresh many times.
 */
void TestAnnotation::cachedJsonLinesAreTheSameBytes()
{
    CaseLoadOptions options;
    options.tumorType = u"AML"_s;
    auto cohort = CohortLoader::load({lamlMaf}, options);
    QVERIFY(cohort);
    AnnotateOptions annotateOptions;
    annotateOptions.preloadEvidence = true;
    auto session = Annotator::Session::prepare(*m_kb, annotateOptions);
    QVERIFY(session);
    AnnotationJsonCache all;
    AnnotationJsonCache small(4);
    qsizetype matches = 0;
    QSet<QString> cited;
    for (std::size_t k = 0; k < cohort->cases.size(); ++k) {
        auto result = (*session)->annotate(cohort->takeCase(k), *m_kb);
        QVERIFY(result);
        const QByteArray plain = AnnotationJson::line(*result);
        QCOMPARE(AnnotationJson::line(*result, 0, &all), plain);
        QCOMPARE(AnnotationJson::line(*result, plain.size(), &small), plain);
        QCOMPARE(AnnotationJson::line(*result, 0, &all), plain); // every item from the cache now
        matches += qsizetype(result->matches.size());
        for (const Match& m : result->matches)
            cited.insert(result->evidence[size_t(m.evidence)].displayId);
    }
    // Items cited many times over (the cache is used), and more than the small cache holds.
    QVERIFY2(matches > 5000, qPrintable(QString::number(matches)));
    QVERIFY(cited.size() > 20 && cited.size() * 10 < matches);
    // The line is the indented document on one line.
    auto demo = annotateDemo();
    QVERIFY(demo);
    QCOMPARE(QJsonDocument::fromJson(AnnotationJson::line(*demo, 0, &all)).object(),
             QJsonDocument::fromJson(AnnotationJson::write(*demo)).object());
}

/**
 * A thread's AnnotationMemo (facts and hits remembered from case to case) gives the annotation
 * made without it, byte for byte: every case of the AML study, a GRCh38 MAF (its variants lifted
 * to GRCh37 for allele matching) annotated twice so that the second time comes from the memo, and
 * the memo used with a second session.
 */
void TestAnnotation::memoGivesTheSameAnnotation()
{
    AnnotateOptions annotateOptions;
    annotateOptions.preloadEvidence = true;
    auto session = Annotator::Session::prepare(*m_kb, annotateOptions);
    QVERIFY(session);
    auto other = Annotator::Session::prepare(*m_kb, annotateOptions);
    QVERIFY(other);
    AnnotationMemo memo;
    qsizetype cases = 0;
    qsizetype tierOne = 0;
    struct Study
    {
        QString path;
        QString tumorType;
        int passes;
    };
    const Study studies[] = {
        {lamlMaf, u"AML"_s, 1},
        {QStringLiteral(ONCOBOARD_TEST_DATA_DIR "/maf/vcf2maf_test_b38_output.maf"), u"LUAD"_s, 2}};
    for (const Study& study : studies) {
        for (int pass = 0; pass < study.passes; ++pass) {
            CaseLoadOptions options;
            options.tumorType = study.tumorType;
            auto cohort = CohortLoader::load({study.path}, options);
            QVERIFY2(cohort, qPrintable(cohort ? QString() : cohort.error().toString()));
            for (std::size_t k = 0; k < cohort->cases.size(); ++k) {
                Case c = cohort->takeCase(k);
                auto plain = (*session)->annotate(c, *m_kb);
                auto remembered = (*session)->annotate(c, *m_kb, nullptr, &memo);
                QVERIFY(plain && remembered);
                QCOMPARE(AnnotationJson::line(*remembered), AnnotationJson::line(*plain));
                ++cases;
                for (const AlterationCall& call : plain->calls)
                    tierOne += call.ampTier() == AmpTier::IA || call.ampTier() == AmpTier::IB ? 1 : 0;
            }
        }
    }
    QVERIFY2(cases > 193, qPrintable(QString::number(cases)));
    QVERIFY(tierOne > 50); // FLT3, IDH1/2, NPM1 in AML: calls that matter are compared

    // The same memo with another session: it starts afresh, the annotation is the same.
    CaseLoadOptions options;
    options.tumorType = u"AML"_s;
    auto cohort = CohortLoader::load({lamlMaf}, options);
    QVERIFY(cohort);
    for (std::size_t k = 0; k < 20; ++k) {
        Case c = cohort->takeCase(k);
        auto plain = (*other)->annotate(c, *m_kb);
        auto remembered = (*other)->annotate(c, *m_kb, nullptr, &memo);
        QVERIFY(plain && remembered);
        QCOMPARE(AnnotationJson::line(*remembered), AnnotationJson::line(*plain));
    }
}

void TestAnnotation::jsonStringsAreEscapedAsJsonSays()
{
    // What RFC 8259 asks, written out byte by byte from the UTF-8: the writer's fast paths must
    // give exactly these bytes.
    auto expected = [](const QString& text) {
        QByteArray out = "\"";
        for (const char ch : text.toUtf8()) {
            const auto c = static_cast<unsigned char>(ch);
            if (c == '"' || c == '\\')
                out += '\\' + QByteArray(1, char(c));
            else if (c == '\n')
                out += "\\n";
            else if (c == '\r')
                out += "\\r";
            else if (c == '\t')
                out += "\\t";
            else if (c == '\b')
                out += "\\b";
            else if (c == '\f')
                out += "\\f";
            else if (c < 0x20)
                out += "\\u00" + QByteArray::number(c, 16).rightJustified(2, '0');
            else
                out += char(c);
        }
        return out + '"';
    };
    // Each character that needs care at every place of a 16-unit run (the fast path reads eight
    // units at a time), alone, twice, and next to text beyond ASCII; then long texts that grow the
    // buffer while escaping.
    const QList<QString> specials = {u"\""_s,
                                     u"\\"_s,
                                     u"\n"_s,
                                     u"\r"_s,
                                     u"\t"_s,
                                     u"\b"_s,
                                     u"\f"_s,
                                     QString(QChar(0x01)),
                                     QString(QChar(0x1F)),
                                     QString(QChar(0x7F)),
                                     u"/"_s,
                                     u"\u00e9"_s,
                                     u"\u20ac"_s,
                                     QString::fromUcs4(U"\U0001F600"),
                                     u"\"\""_s,
                                     u"\"\u00e9"_s};
    QList<QString> texts = {QString(), u""_s, u"plain text of forty-one characters, no more"_s};
    for (const QString& special : specials)
        for (int at = 0; at <= 16; ++at)
            texts << QString(at, u'a') + special + QString(16 - at, u'b');
    texts << QString(100'000, u'x') + u"\"end\""_s;
    texts << QString(50'000, u'"');
    texts << u"CEBPA p.T318del = CIViC variant 29 \"CEBPA Mutation\" (any protein-altering variant)"_s;

    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    JsonWriter streamed(&sink);
    JsonWriter held;
    QByteArray want = "[";
    for (JsonWriter* w : {&streamed, &held}) {
        w->setCompact(true);
        w->beginArray();
    }
    for (qsizetype i = 0; i < texts.size(); ++i) {
        streamed.value(texts[i]);
        held.value(texts[i]);
        want += (i > 0 ? "," : "") + expected(texts[i]);
    }
    want += "]\n";
    for (JsonWriter* w : {&streamed, &held})
        w->endArray();
    const QByteArray text = held.finish();
    QVERIFY(streamed.finish().isEmpty());
    QCOMPARE(text, want);
    QCOMPARE(sink.data(), want);
    // And a JSON reader reads the texts back.
    const QJsonArray read = QJsonDocument::fromJson(text).array();
    QCOMPARE(read.size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i)
        QCOMPARE(read[i].toString(), texts[i].isNull() ? u""_s : texts[i]);
}

QTEST_GUILESS_MAIN(TestAnnotation)
#include "tst_Annotation.moc"
