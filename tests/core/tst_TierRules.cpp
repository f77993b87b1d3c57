// One test per row of the tier rules in docs/tiering.md (sections 3.3-3.5): the item, its
// relation to the tumor and its context in, the AMP tier, ESCAT tier and OncoKB-style level out,
// each with the rule that gave it.

#include "match/TierRules.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace onco;

Q_DECLARE_METATYPE(onco::Label)
Q_DECLARE_METATYPE(onco::TierBasis)
Q_DECLARE_METATYPE(onco::AmpTier)

class TestTierRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void panCancerDiseases_data();
    void panCancerDiseases();
};

namespace {

/** A context flag set of a row: "consensus", "approved", "agnostic", "fda", "guideline". */
ItemContext context(Label label, TierBasis basis, const QStringList& set)
{
    ItemContext c;
    c.label = label;
    c.basis = basis;
    c.consensus = set.contains(u"consensus"_s);
    c.consensusWhy = c.consensus ? u"rated 4 of 5"_s : u"rated 2 of 5"_s;
    c.approvedHere = set.contains(u"approved"_s);
    c.approvedWhy = c.approvedHere ? u"Cetuximab APR-0022"_s : QString();
    c.tumorAgnosticCovers = set.contains(u"agnostic"_s);
    c.fdaAssertion = set.contains(u"fda"_s);
    c.guidelineAssertion = set.contains(u"guideline"_s);
    return c;
}

EvidenceItem item(const QString& source, const QString& level, TierBasis basis, const QString& disease)
{
    EvidenceItem e;
    e.kb = {source, u"test"_s};
    e.displayId = source == u"Approvals" ? u"APR-0001"_s : u"EID1"_s;
    e.level = level;
    e.disease = disease;
    e.direction = u"Supports"_s;
    switch (basis) {
    case TierBasis::Sensitivity:
        e.evidenceType = u"Predictive"_s;
        e.significance = u"Sensitivity/Response"_s;
        break;
    case TierBasis::Resistance:
        e.evidenceType = u"Predictive"_s;
        e.significance = u"Resistance"_s;
        break;
    case TierBasis::Diagnostic:
        e.evidenceType = u"Diagnostic"_s;
        e.significance = u"Positive"_s;
        break;
    case TierBasis::Prognostic:
        e.evidenceType = u"Prognostic"_s;
        e.significance = u"Poor Outcome"_s;
        break;
    case TierBasis::None:
        break;
    }
    e.therapies = {u"Drug"_s};
    return e;
}

} // namespace

void TestTierRules::rules_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("level");
    QTest::addColumn<TierBasis>("basis");
    QTest::addColumn<Label>("label");
    QTest::addColumn<QStringList>("context");
    QTest::addColumn<AmpTier>("amp");
    QTest::addColumn<QString>("ampRule");
    QTest::addColumn<QString>("escat");
    QTest::addColumn<QString>("oncokb");

    const auto S = TierBasis::Sensitivity;
    const auto R = TierBasis::Resistance;
    const auto Dx = TierBasis::Diagnostic;
    const auto Px = TierBasis::Prognostic;
    const QString civic = u"CIViC"_s, approval = u"Approvals"_s, oncokb = u"OncoKB"_s;
    // Approvals.
    QTest::newRow("T1 FDA approval on-label")
        << approval << u"FDA"_s << S << Label::On << QStringList() << AmpTier::IA << u"T1"_s << u"I-A/B"_s << u"1"_s;
    QTest::newRow("T1 EMA-only approval on-label: K2")
        << approval << u"EMA"_s << S << Label::On << QStringList() << AmpTier::IA << u"T1"_s << u"I-A/B"_s << u"2"_s;
    QTest::newRow("T1 label's resistance, drug approved here")
        << approval << u"FDA"_s << R << Label::On << QStringList{u"approved"_s} << AmpTier::IA << u"T1"_s << QString()
        << u"R1"_s;
    QTest::newRow("T2 tumor-agnostic approval, solid tumor")
        << approval << u"FDA"_s << S << Label::PanCancer << QStringList{u"agnostic"_s} << AmpTier::IA << u"T2"_s
        << u"I-C"_s << u"1"_s;
    QTest::newRow("T2 tumor-agnostic approval not covering (hematologic)")
        << approval << u"FDA"_s << S << Label::PanCancer << QStringList() << AmpTier::None << u"T2"_s << QString()
        << QString();
    QTest::newRow("T3 approval in another tumor type")
        << approval << u"FDA"_s << S << Label::Off << QStringList() << AmpTier::IIC << u"T3"_s << u"III-A"_s << u"3B"_s;
    QTest::newRow("T3 label's resistance elsewhere") << approval << u"FDA"_s << R << Label::Off << QStringList()
                                                     << AmpTier::None << u"T3"_s << QString() << QString();
    QTest::newRow("T4 label's resistance, drug not approved here")
        << approval << u"FDA"_s << R << Label::On << QStringList() << AmpTier::IIC << u"T4"_s << QString() << QString();
    // CIViC-style levels on-label.
    QTest::newRow("T5 level A") << civic << u"A"_s << S << Label::On << QStringList() << AmpTier::IA << u"T5"_s
                                << u"I-A/B"_s << u"2"_s;
    QTest::newRow("T5 level A with FDA assertion: K1")
        << civic << u"A"_s << S << Label::On << QStringList{u"fda"_s} << AmpTier::IA << u"T5"_s << u"I-A/B"_s << u"1"_s;
    QTest::newRow("T5 level A resistance, drug approved here")
        << civic << u"A"_s << R << Label::On << QStringList{u"approved"_s} << AmpTier::IA << u"T5"_s << QString()
        << u"R1"_s;
    QTest::newRow("T6 level B with consensus") << civic << u"B"_s << S << Label::On << QStringList{u"consensus"_s}
                                               << AmpTier::IB << u"T6"_s << u"II-A/B"_s << u"3A"_s;
    QTest::newRow("T7 level B without consensus")
        << civic << u"B"_s << S << Label::On << QStringList() << AmpTier::IIC << u"T7"_s << u"II-B"_s << u"3A"_s;
    QTest::newRow("T8 level C") << civic << u"C"_s << S << Label::On << QStringList() << AmpTier::IIC << u"T8"_s
                                << u"II-B"_s << u"3A"_s;
    QTest::newRow("T8 level D") << civic << u"D"_s << S << Label::On << QStringList() << AmpTier::IID << u"T8"_s
                                << u"IV-A"_s << u"4"_s;
    QTest::newRow("T8 level E") << civic << u"E"_s << S << Label::On << QStringList() << AmpTier::IID << u"T8"_s
                                << u"IV-B"_s << QString();
    QTest::newRow("T9 level A resistance, drug not approved here")
        << civic << u"A"_s << R << Label::On << QStringList() << AmpTier::IIC << u"T9"_s << QString() << QString();
    QTest::newRow("T9 level B resistance with consensus, drug not approved here")
        << civic << u"B"_s << R << Label::On << QStringList{u"consensus"_s} << AmpTier::IIC << u"T9"_s << QString()
        << QString();
    QTest::newRow("K7 level B resistance, drug approved here")
        << civic << u"B"_s << R << Label::On << QStringList{u"consensus"_s, u"approved"_s} << AmpTier::IB << u"T6"_s
        << QString() << u"R2"_s;
    // Off-label and pan-cancer.
    QTest::newRow("T10 level A elsewhere")
        << civic << u"A"_s << S << Label::Off << QStringList() << AmpTier::IIC << u"T10"_s << u"III-A"_s << u"3B"_s;
    QTest::newRow("T10 level B elsewhere, relation unknown")
        << civic << u"B"_s << S << Label::Unknown << QStringList() << AmpTier::IIC << u"T10"_s << u"III-A"_s << u"3B"_s;
    QTest::newRow("T11 level C elsewhere")
        << civic << u"C"_s << S << Label::Off << QStringList() << AmpTier::None << u"T11"_s << QString() << QString();
    QTest::newRow("T11 level D elsewhere")
        << civic << u"D"_s << S << Label::Off << QStringList() << AmpTier::None << u"T11"_s << QString() << QString();
    QTest::newRow("T12 level A pan-cancer") << civic << u"A"_s << S << Label::PanCancer << QStringList() << AmpTier::IIC
                                            << u"T12"_s << u"III-A"_s << u"3B"_s;
    QTest::newRow("T12 level B pan-cancer with a good rating")
        << civic << u"B"_s << S << Label::PanCancer << QStringList{u"consensus"_s} << AmpTier::IIC << u"T12"_s
        << u"III-A"_s << u"3B"_s;
    QTest::newRow("T13 level C pan-cancer") << civic << u"C"_s << S << Label::PanCancer << QStringList()
                                            << AmpTier::None << u"T13"_s << QString() << QString();
    // Diagnostic and prognostic.
    QTest::newRow("T5 diagnostic level A on-label")
        << civic << u"A"_s << Dx << Label::On << QStringList() << AmpTier::IA << u"T5"_s << QString() << u"Dx2"_s;
    QTest::newRow("T6 prognostic level B with consensus")
        << civic << u"B"_s << Px << Label::On << QStringList{u"consensus"_s} << AmpTier::IB << u"T6"_s << QString()
        << u"Px3"_s;
    QTest::newRow("T14 diagnostic level A elsewhere")
        << civic << u"A"_s << Dx << Label::Off << QStringList() << AmpTier::None << u"T14"_s << QString() << QString();
    QTest::newRow("T14 prognostic level B pan-cancer")
        << civic << u"B"_s << Px << Label::PanCancer << QStringList{u"consensus"_s} << AmpTier::None << u"T14"_s
        << QString() << QString();
    // OncoKB items.
    QTest::newRow("T15 OncoKB 1 on-label")
        << oncokb << u"1"_s << S << Label::On << QStringList() << AmpTier::IA << u"T15"_s << u"I-A/B"_s << u"1"_s;
    QTest::newRow("T15 OncoKB 3A on-label")
        << oncokb << u"3A"_s << S << Label::On << QStringList() << AmpTier::IB << u"T15"_s << u"II-A/B"_s << u"3A"_s;
    QTest::newRow("T15 OncoKB 1 elsewhere")
        << oncokb << u"1"_s << S << Label::Off << QStringList() << AmpTier::IIC << u"T15"_s << u"III-A"_s << u"3B"_s;
    QTest::newRow("T15 OncoKB 1 All Solid Tumors")
        << oncokb << u"1"_s << S << Label::PanCancer << QStringList() << AmpTier::IA << u"T15"_s << u"I-C"_s << u"1"_s;
    // No tumor type.
    QTest::newRow("T16 level A, tumor type missing")
        << civic << u"A"_s << S << Label::Missing << QStringList() << AmpTier::IIC << u"T16"_s << u"III-A"_s << u"3B"_s;
    QTest::newRow("T16 level D, tumor type missing")
        << civic << u"D"_s << S << Label::Missing << QStringList() << AmpTier::IID << u"T16"_s << u"IV-A"_s << u"4"_s;
    QTest::newRow("T16 approval, tumor type missing") << approval << u"FDA"_s << S << Label::Missing << QStringList()
                                                      << AmpTier::IIC << u"T16"_s << u"III-A"_s << u"3B"_s;
}

void TestTierRules::rules()
{
    QFETCH(QString, source);
    QFETCH(QString, level);
    QFETCH(TierBasis, basis);
    QFETCH(Label, label);
    QFETCH(QStringList, context);
    QFETCH(AmpTier, amp);
    QFETCH(QString, ampRule);
    QFETCH(QString, escat);
    QFETCH(QString, oncokb);
    const QString disease = label == Label::PanCancer ? u"Solid Tumor"_s : u"Melanoma"_s;
    const ItemTiers t = tierItem(item(source, level, basis, disease), ::context(label, basis, context));
    QCOMPARE(ampTierName(t.amp), ampTierName(amp));
    QVERIFY2(t.ampRule.startsWith(ampRule + u' '), qPrintable(t.ampRule));
    QCOMPARE(t.escat, escat);
    QCOMPARE(t.oncokb, oncokb);
    // Every tier given names its rule; a rule of ESCAT and OncoKB-style starts with E or K.
    if (!t.escat.isEmpty())
        QVERIFY2(t.escatRule.startsWith(u'E'), qPrintable(t.escatRule));
    if (!t.oncokb.isEmpty())
        QVERIFY2(t.oncokbRule.startsWith(u'K'), qPrintable(t.oncokbRule));
}

void TestTierRules::panCancerDiseases_data()
{
    QTest::addColumn<QString>("disease");
    QTest::addColumn<QString>("doid");
    QTest::addColumn<bool>("panCancer");
    QTest::newRow("Cancer") << u"Cancer"_s << u"162"_s << true;
    QTest::newRow("Solid Tumor") << u"Solid Tumor"_s << QString() << true;
    QTest::newRow("All Solid Tumors") << u"All Solid Tumors"_s << QString() << true;
    QTest::newRow("All Tumors") << u"All Tumors"_s << QString() << true;
    QTest::newRow("Melanoma") << u"Melanoma"_s << u"1909"_s << false;
    QTest::newRow("Colorectal Cancer") << u"Colorectal Cancer"_s << u"9256"_s << false;
}

void TestTierRules::panCancerDiseases()
{
    QFETCH(QString, disease);
    QFETCH(QString, doid);
    QFETCH(bool, panCancer);
    EvidenceItem e;
    e.disease = disease;
    e.doid = doid;
    QCOMPARE(isPanCancer(e), panCancer);
}

QTEST_GUILESS_MAIN(TestTierRules)
#include "tst_TierRules.moc"
