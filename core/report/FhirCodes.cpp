#include "report/FhirCodes.h"

#include "io/TsvReader.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace onco::fhir {

// Profiles of the Genomics Reporting IG STU3 and the code systems the bundle uses (docs/fhir.md).
const QString profileBase = u"http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/"_s;
const QString tbdCodes = u"http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs"_s;
const QString hgvs = u"http://varnomen.hgvs.org"_s;
const QString diseaseOntology = u"http://purl.obolibrary.org/obo/doid.owl"_s;
const QString local = u"https://oncoboard.org/fhir/"_s;

namespace {

// Code systems written only by the helpers below.
const QString loinc = u"http://loinc.org"_s;
const QString ucum = u"http://unitsofmeasure.org"_s;
const QString hgnc = u"http://www.genenames.org/geneId"_s;
const QString sequenceOntology = u"http://www.sequenceontology.org"_s;

/** HGNC ids ("HGNC:1097") by upper-case gene symbol, from the MANE summary shipped with the application. */
const QHash<QString, QString>& hgncIds()
{
    static const QHash<QString, QString> ids = [] {
        QHash<QString, QString> out;
        TsvReader tsv;
        if (!tsv.open(u":/oncoboard/genes/MANE.GRCh38.v1.0.summary.txt.gz"_s))
            return out;
        const int cHgnc = tsv.column("HGNC_ID");
        const int cSymbol = tsv.column("symbol");
        if (cHgnc < 0 || cSymbol < 0)
            return out;
        while (tsv.next())
            if (!tsv.field(cHgnc).isEmpty())
                out.insert(tsv.text(cSymbol).toUpper(), tsv.text(cHgnc));
        return out;
    }();
    return ids;
}

Concept sequenceOntologyConcept(const QString& code, const QString& name, const QString& text = {})
{
    return {{{sequenceOntology, code, name}}, text};
}

/** A therapy id of the plan ("ChEMBL:CHEMBL3301612", "NCIt:C1234") as a coding; empty when unknown. */
Coding therapyCoding(const QString& id, const QString& name)
{
    const QString prefix = id.section(u':', 0, 0).toLower();
    const QString code = id.section(u':', 1);
    if (code.isEmpty())
        return {};
    if (prefix == u"chembl")
        return {u"http://www.ebi.ac.uk/chembl"_s, code, name};
    if (prefix == u"ncit")
        return {u"http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl"_s, code, name};
    return {};
}

} // namespace

Coding lnc(const QString& code, const QString& display)
{
    return {loinc, code, display};
}

Concept lncConcept(const QString& code, const QString& display)
{
    return {{lnc(code, display)}, {}};
}

QString urn(const QUuid& id)
{
    return u"urn:uuid:"_s + id.toString(QUuid::WithoutBraces);
}

void writeConcept(JsonWriter& w, const Concept& c)
{
    w.beginObject();
    if (!c.codings.isEmpty()) {
        w.key("coding").beginArray();
        for (const Coding& coding : c.codings) {
            w.beginObject();
            w.optionalMember("system", coding.system);
            w.member("code", coding.code);
            w.optionalMember("display", coding.display);
            w.endObject();
        }
        w.endArray();
    }
    w.optionalMember("text", c.text);
    w.endObject();
}

void codeable(JsonWriter& w, const char* key, const Concept& c)
{
    w.key(key);
    writeConcept(w, c);
}

void reference(JsonWriter& w, const QUuid& id)
{
    w.beginObject();
    w.member("reference", urn(id));
    w.endObject();
}

void reference(JsonWriter& w, const char* key, const QUuid& id)
{
    w.key(key);
    reference(w, id);
}

void references(JsonWriter& w, const char* key, const QList<QUuid>& ids)
{
    if (ids.isEmpty())
        return;
    w.key(key).beginArray();
    for (const QUuid& id : ids)
        reference(w, id);
    w.endArray();
}

void profile(JsonWriter& w, const QString& name)
{
    w.key("meta").beginObject();
    w.stringArray("profile", {profileBase + name});
    w.endObject();
}

void quantity(JsonWriter& w, const char* key, double value, int decimals, const QString& unit, const QString& code)
{
    w.key(key).beginObject();
    w.key("value").real(value, decimals);
    w.optionalMember("unit", unit);
    w.member("system", ucum);
    w.member("code", code);
    w.endObject();
}

void beginComponent(JsonWriter& w, const Coding& code)
{
    w.beginObject();
    codeable(w, "code", {{code}, {}});
}

void conceptComponent(JsonWriter& w, const Coding& code, const Concept& value)
{
    beginComponent(w, code);
    codeable(w, "valueCodeableConcept", value);
    w.endObject();
}

void stringComponent(JsonWriter& w, const Coding& code, const QString& value)
{
    beginComponent(w, code);
    w.member("valueString", value);
    w.endObject();
}

void genomicCategories(JsonWriter& w, bool biomarker)
{
    w.key("category").beginArray();
    writeConcept(
        w, {{{u"http://terminology.hl7.org/CodeSystem/observation-category"_s, u"laboratory"_s, u"Laboratory"_s}}, {}});
    if (biomarker)
        writeConcept(w, {{{tbdCodes, u"biomarker-category"_s, {}}}, {}});
    writeConcept(w, {{{u"http://terminology.hl7.org/CodeSystem/v2-0074"_s, u"GE"_s, u"Genetics"_s}}, {}});
    w.endArray();
}

QString instant(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString fhirDate(const QString& text)
{
    static const QRegularExpression partial(u"^\\d{4}(-(0[1-9]|1[0-2]))?$"_s);
    const QString t = text.trimmed();
    if (QDate::fromString(t, Qt::ISODate).isValid() || partial.match(t).hasMatch())
        return t;
    return {};
}

Concept geneConcept(const QString& symbol)
{
    const QString id = hgncIds().value(symbol.toUpper());
    if (id.isEmpty())
        return {{}, symbol};
    return {{{hgnc, id, symbol}}, {}};
}

Concept chromosomeConcept(const QString& chrom)
{
    // LOINC answer list LL2938-0.
    static const QHash<QString, QString> codes{
        {u"1"_s, u"LA21254-0"_s},  {u"2"_s, u"LA21255-7"_s},  {u"3"_s, u"LA21256-5"_s},  {u"4"_s, u"LA21257-3"_s},
        {u"5"_s, u"LA21258-1"_s},  {u"6"_s, u"LA21259-9"_s},  {u"7"_s, u"LA21260-7"_s},  {u"8"_s, u"LA21261-5"_s},
        {u"9"_s, u"LA21262-3"_s},  {u"10"_s, u"LA21263-1"_s}, {u"11"_s, u"LA21264-9"_s}, {u"12"_s, u"LA21265-6"_s},
        {u"13"_s, u"LA21266-4"_s}, {u"14"_s, u"LA21267-2"_s}, {u"15"_s, u"LA21268-0"_s}, {u"16"_s, u"LA21269-8"_s},
        {u"17"_s, u"LA21270-6"_s}, {u"18"_s, u"LA21271-4"_s}, {u"19"_s, u"LA21272-2"_s}, {u"20"_s, u"LA21273-0"_s},
        {u"21"_s, u"LA21274-8"_s}, {u"22"_s, u"LA21275-5"_s}, {u"X"_s, u"LA21276-3"_s},  {u"Y"_s, u"LA21277-1"_s},
    };
    const QString c = canonicalContig(chrom).toUpper();
    const QString code = codes.value(c);
    if (code.isEmpty())
        return {};
    return lncConcept(code, u"Chromosome "_s + c);
}

Concept assemblyConcept(GenomeBuild build)
{
    switch (build) {
    case GenomeBuild::GRCh37:
        return lncConcept(u"LA14029-5"_s, u"GRCh37"_s);
    case GenomeBuild::GRCh38:
        return lncConcept(u"LA26806-2"_s, u"GRCh38"_s);
    case GenomeBuild::Unknown:
        break;
    }
    return {};
}

Concept changeType(const Alteration& a)
{
    const AlterationDetail* d = a.detailOrNull();
    switch (a.kind) {
    case AlterationKind::Snv:
        return sequenceOntologyConcept(u"SO:0001483"_s, u"SNV"_s);
    case AlterationKind::Mnv:
        return sequenceOntologyConcept(u"SO:0002007"_s, u"MNV"_s);
    case AlterationKind::Insertion:
        return sequenceOntologyConcept(u"SO:0000667"_s, u"insertion"_s);
    case AlterationKind::Deletion:
        return sequenceOntologyConcept(u"SO:0000159"_s, u"deletion"_s);
    case AlterationKind::Delins:
        return sequenceOntologyConcept(u"SO:1000032"_s, u"delins"_s);
    case AlterationKind::CopyNumber: {
        const CnaCall call = d ? d->extra().cnaCall : CnaCall::Neutral;
        const QString text = a.displayName().section(u' ', 1);
        if (call == CnaCall::Gain || call == CnaCall::Amplification)
            return sequenceOntologyConcept(u"SO:0001742"_s, u"copy_number_gain"_s, text);
        if (call == CnaCall::ShallowDeletion || call == CnaCall::DeepDeletion)
            return sequenceOntologyConcept(u"SO:0001743"_s, u"copy_number_loss"_s, text);
        return {};
    }
    case AlterationKind::Fusion:
        return sequenceOntologyConcept(u"SO:0001565"_s, u"gene_fusion"_s, a.fusionName());
    case AlterationKind::StructuralVariant: {
        const QString sv = d ? d->extra().svType.toUpper() : QString();
        if (sv == u"DEL")
            return sequenceOntologyConcept(u"SO:0000159"_s, u"deletion"_s);
        if (sv == u"DUP")
            return sequenceOntologyConcept(u"SO:1000035"_s, u"duplication"_s);
        if (sv == u"INV")
            return sequenceOntologyConcept(u"SO:1000036"_s, u"inversion"_s);
        if (sv == u"INS")
            return sequenceOntologyConcept(u"SO:0000667"_s, u"insertion"_s);
        return {{}, d ? d->extra().svType : QString()};
    }
    case AlterationKind::Biomarker:
        break;
    }
    return {};
}

Concept responseConcept(const QString& significance)
{
    const QString s = significance.toLower();
    if (s.contains(u"resist"))
        return lncConcept(u"LA6676-6"_s, u"Resistant"_s);
    if (s.contains(u"reduced") || s.contains(u"adverse"))
        return {{}, significance};
    if (s.contains(u"sensitiv") || s.contains(u"respon"))
        return lncConcept(u"LA6677-4"_s, u"Responsive"_s);
    return {{}, significance};
}

QString localSystemName(const QString& name)
{
    static const QRegularExpression other(u"[^a-z0-9]+"_s);
    return name.toLower().replace(other, u"-"_s);
}

Concept tierConcept(const QString& scheme, const QString& schemeName, const QString& tier)
{
    return {{{local + u"CodeSystem/"_s + scheme, tier, schemeName + u' ' + tier}}, schemeName + u' ' + tier};
}

Concept drugConcept(const QString& name, const QHash<QString, QString>& therapyIds)
{
    Concept c{{}, name};
    if (const Coding coding = therapyCoding(therapyIds.value(name.toLower()), name); !coding.code.isEmpty())
        c.codings << coding;
    return c;
}

} // namespace onco::fhir
