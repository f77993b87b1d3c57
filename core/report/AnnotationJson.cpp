#include "AnnotationJson.h"

#include "effect/EffectPredictor.h"

#include "JsonWriter.h"
#include "Version.h"
#include "match/Tiering.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <unordered_map>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/**
 * The members of a match that come from its evidence item alone, in four runs between the match's
 * own members ("match", "match_rule", "tumor_relation" ...): the schema's key order.
 */
void writeEvidenceRun(JsonWriter& w, const EvidenceItem& e, int run)
{
    switch (run) {
    case 0:
        w.member("source", e.kb.source);
        w.member("evidence_id", e.displayId);
        w.member("molecular_profile_id", e.molecularProfileId);
        w.member("molecular_profile", e.molecularProfile);
        break;
    case 1:
        w.optionalMember("level", e.level);
        w.optionalMember("evidence_type", e.evidenceType);
        w.optionalMember("direction", e.direction);
        w.optionalMember("significance", e.significance);
        w.stringArray("therapies", e.therapies);
        w.optionalMember("disease", e.disease);
        w.optionalMember("doid", e.doid);
        // Extensions of the contract follow its fields.
        w.optionalMember("therapy_interaction", e.therapyInteraction);
        break;
    case 2:
        w.optionalMember("url", e.url);
        w.optionalMember("oncotree_code", e.oncotreeCode);
        w.optionalMember("citation_id", e.citationId);
        w.optionalMember("curator", e.curator);
        w.optionalMember("curated_at", e.curatedAt);
        w.optionalMember("curation_reason", e.reason);
        break;
    default:
        w.optionalMember("variant_origin", e.variantOrigin);
        break;
    }
}

} // namespace

struct AnnotationJsonCache::Data
{
    static constexpr int runs = 4;
    struct Text
    {
        QByteArray run[runs];
        int members[runs] = {};
    };
    struct Key
    {
        QString source;
        QString release;
        qint64 id;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash
    {
        // By the id alone: the strings are compared only on a hit (items of two sources with one id share a bucket).
        std::size_t operator()(const Key& k) const noexcept
        {
            return std::hash<qint64>{}(k.id);
        }
    };
    std::unordered_map<Key, Text, KeyHash> items;
    qsizetype capacity = 0;

    /** The runs of `e` as `w` would write them, `w` having just begun the match's object. */
    const Text& textOf(const JsonWriter& w, const EvidenceItem& e)
    {
        Key key{e.kb.source, e.kb.release, e.id};
        if (const auto it = items.find(key); it != items.end())
            return it->second;
        if (qsizetype(items.size()) >= capacity)
            items.clear();
        Text text;
        for (int r = 0; r < runs; ++r) {
            JsonWriter part = w.fragment(r > 0); // the first run opens the object: no separator
            const int before = part.count();
            writeEvidenceRun(part, e, r);
            text.members[r] = part.count() - before;
            text.run[r] = part.take();
        }
        return items.emplace(std::move(key), std::move(text)).first->second;
    }
};

AnnotationJsonCache::AnnotationJsonCache(qsizetype capacity)
    : d(std::make_unique<Data>())
{
    d->capacity = std::max<qsizetype>(1, capacity);
}

AnnotationJsonCache::~AnnotationJsonCache() = default;

namespace {

void writeMatch(JsonWriter& w, const AnnotationResult& result, const Match& m, AnnotationJsonCache::Data* cache)
{
    const EvidenceItem& e = result.evidence[size_t(m.evidence)];
    w.beginObject();
    // The item's own members as text written before, where a cache keeps it (a compact record's
    // text does not depend on where in the document it stands).
    const AnnotationJsonCache::Data::Text* text = cache && w.isCompact() ? &cache->textOf(w, e) : nullptr;
    auto run = [&](int r) {
        if (text)
            w.appendFragment(text->run[r], text->members[r]);
        else
            writeEvidenceRun(w, e, r);
    };
    run(0);
    w.member("match", matchClassName(m.matchClass));
    run(1);
    w.optionalMember("match_rule", m.rule);
    run(2);
    w.member("tumor_relation", tumorRelationName(m.relation));
    w.optionalMember("relation_path", m.relationPath);
    // Extension: the receptor status a receptor-defined subtype requires ("HER2+", "HER2-,HR-").
    w.optionalMember("relation_condition", m.relationCondition);
    // Extension: a gene-level class ("TP53 Mutation") and whether this alteration is a functional
    // member of it; class evidence sets no tier for a variant of unknown significance.
    if (m.geneLevel)
        w.key("class_member").value(m.classMember);
    run(3);
    w.endObject();
}

void writeTier(JsonWriter& w, const AnnotationResult& result, const char* key, const TierCall& t)
{
    w.key(key).beginObject();
    if (t.tier.isEmpty())
        w.key("tier").null();
    else
        w.member("tier", t.tier);
    w.optionalMember("reason", t.reason);
    if (t.evidence >= 0)
        w.member("evidence_id", result.evidence[size_t(t.evidence)].displayId);
    else
        w.key("evidence_id").null();
    // Extension: what the deciding item is about.
    w.optionalMember("basis", t.basis);
    w.endObject();
}

void writeCall(JsonWriter& w, const AnnotationResult& result, qint32 alteration)
{
    const AlterationCall call = Tiering::callOf(result, alteration);
    w.key("tiers").beginObject();
    writeTier(w, result, "amp", call.amp);
    writeTier(w, result, "escat", call.escat);
    writeTier(w, result, "oncokb_style", call.oncokb);
    w.endObject();
    const QList<Flag> flags = Tiering::flagsOf(result, call);
    w.stringArray("flags", Tiering::flagCodes(flags));
    if (!flags.isEmpty()) {
        // Extension: why each flag was raised.
        w.key("flag_details").beginArray();
        for (const Flag& f : flags) {
            w.beginObject();
            w.member("flag", f.code);
            w.member("reason", f.reason);
            w.endObject();
        }
        w.endArray();
    }
}

void writeSupport(JsonWriter& w, const char* vafKey, const char* depthKey, const ReadSupport& s)
{
    if (s.hasVaf())
        w.key(vafKey).real(double(s.vaf));
    if (s.hasDepth())
        w.member(depthKey, qint64(s.depth));
}

QString cnaCallName(CnaCall call)
{
    switch (call) {
    case CnaCall::DeepDeletion:
        return u"deep_deletion"_s;
    case CnaCall::ShallowDeletion:
        return u"shallow_deletion"_s;
    case CnaCall::Neutral:
        return u"neutral"_s;
    case CnaCall::Gain:
        return u"gain"_s;
    case CnaCall::Amplification:
        return u"amplification"_s;
    }
    return {};
}

void writePharmacogenomics(JsonWriter& w, const PgxFinding& f)
{
    w.beginObject();
    w.member("gene", f.gene);
    w.optionalMember("diplotype", f.diplotype);
    w.optionalMember("phenotype", f.phenotype);
    w.optionalMember("activity_score", f.activityScore);
    w.optionalMember("method", f.method);
    w.key("observed").beginArray();
    for (const PgxObservation& o : f.observed) {
        w.beginObject();
        w.member("alteration", qint64(o.alteration));
        w.optionalMember("variant", o.variant);
        w.optionalMember("rsid", o.rsid);
        w.optionalMember("allele", o.allele);
        w.optionalMember("function", o.function);
        w.optionalMember("activity_value", o.activityValue);
        w.optionalMember("zygosity", zygosityName(o.zygosity));
        w.optionalMember("zygosity_method", o.zygosityMethod);
        w.endObject();
    }
    w.endArray();
    w.key("recommendations").beginArray();
    for (const PgxRecommendation& r : f.recommendations) {
        w.beginObject();
        w.member("drug", r.drug);
        w.optionalMember("phenotype_key", r.phenotypeKey);
        w.optionalMember("implication", r.implication);
        w.optionalMember("recommendation", r.recommendation);
        w.optionalMember("comments", r.comments);
        w.optionalMember("classification", r.classification);
        w.optionalMember("source", r.source);
        w.optionalMember("url", r.url);
        w.endObject();
    }
    w.endArray();
    w.stringArray("caveats", f.caveats);
    w.endObject();
}

/** Fields of copy-number changes, fusions, structural variants and biomarkers (extensions). */
void writeDetail(JsonWriter& w, const Alteration& a)
{
    const AlterationDetail* d = a.detailOrNull();
    if (!d)
        return;
    w.optionalMember("exon", d->exon);
    switch (a.kind) {
    case AlterationKind::CopyNumber:
        w.member("cna_call", cnaCallName(d->extra().cnaCall));
        if (!std::isnan(d->extra().copyNumber))
            w.key("copy_number").real(double(d->extra().copyNumber), 2);
        if (!std::isnan(d->extra().log2Ratio))
            w.key("log2_ratio").real(double(d->extra().log2Ratio), 4);
        break;
    case AlterationKind::Fusion:
    case AlterationKind::StructuralVariant:
        w.optionalMember("fusion", a.fusionName());
        if (a.kind == AlterationKind::Fusion && d->extra().orientation != FusionOrientation::Stated)
            w.member("fusion_orientation",
                     d->extra().orientation == FusionOrientation::Inferred ? u"inferred"_s : u"unknown"_s);
        w.optionalMember("five_prime_gene", a.kind == AlterationKind::Fusion ? d->gene : QString());
        w.optionalMember("three_prime_gene", d->extra().partnerGene);
        w.optionalMember("sv_type", d->extra().svType);
        w.optionalMember("partner_chrom", d->extra().partnerChrom);
        if (d->extra().partnerPos > 0)
            w.member("partner_pos", d->extra().partnerPos);
        if (d->extra().end > 0)
            w.member("end", d->extra().end);
        break;
    case AlterationKind::Biomarker:
        w.optionalMember("biomarker", d->extra().biomarker);
        if (!std::isnan(d->extra().value))
            w.key("value").real(d->extra().value, 4);
        w.optionalMember("unit", d->extra().unit);
        w.optionalMember("status", d->extra().status);
        w.optionalMember("estimate_method", d->extra().estimateMethod);
        w.optionalMember("estimate_caveat", d->extra().estimateCaveat);
        break;
    default:
        // Small variants whose annotation OncoBoard predicted (raw caller files).
        w.optionalMember("effect_source", d->extra().effectSource);
        w.optionalMember("ensembl_transcript", d->extra().ensemblTranscript);
        if (d->extra().proteinPosition > 0)
            w.member("protein_position", qint64(d->extra().proteinPosition));
        w.optionalMember("reference_residue",
                         d->extra().refResidue.isNull() ? QString() : QString(d->extra().refResidue));
        w.optionalMember("effect_note", d->extra().effectNote);
        break;
    }
}

/** The TMB estimated from the case's variants, or why none was (extension). */
void writeTmbEstimate(JsonWriter& w, const TmbEstimate& t)
{
    w.key("tmb_estimate").beginObject();
    w.key("computed").value(t.computed);
    if (t.computed) {
        w.key("value").real(t.value, 2);
        w.member("unit", u"mut/Mb"_s);
        w.member("status", t.status());
        w.key("cutoff").real(TmbEstimate::highCutoff, 1);
        if (t.panelSizeMb > 0) {
            w.member("mutations", qint64(t.mutations));
            w.member("small_variants", qint64(t.smallVariants));
            w.key("panel_size_mb").real(t.panelSizeMb, 3);
        }
        w.optionalMember("method", t.method);
        w.optionalMember("caveat", t.caveat);
        if (!t.excluded.isEmpty()) {
            w.key("excluded").beginObject();
            for (const TmbEstimate::Exclusion& e : t.excluded)
                w.member(e.code.toLatin1().constData(), qint64(e.count));
            w.endObject();
        }
    } else {
        w.optionalMember("reason", t.reason);
    }
    w.endObject();
}

/** AND profiles the case satisfies only in part (extension). */
void writePartialProfiles(JsonWriter& w, const AnnotationResult& result, qint32 alteration)
{
    bool open = false;
    const auto first = std::lower_bound(result.partialProfiles.begin(),
                                        result.partialProfiles.end(),
                                        alteration,
                                        [](const PartialProfile& p, qint32 a) { return p.alteration < a; });
    for (auto it = first; it != result.partialProfiles.end() && it->alteration == alteration; ++it) {
        const PartialProfile& p = *it;
        if (!open) {
            w.key("partial_profiles").beginArray();
            open = true;
        }
        w.beginObject();
        w.member("source", p.kb.source);
        w.member("molecular_profile_id", p.profileId);
        w.member("molecular_profile", p.profile);
        w.stringArray("present", p.present);
        w.stringArray("missing", p.missing);
        w.endObject();
    }
    if (open)
        w.endArray();
}

void writeAlteration(JsonWriter& w, const AnnotationResult& result, qint32 i, AnnotationJsonCache::Data* cache)
{
    const Case& c = result.caseData;
    const Alteration& a = c.alterations[size_t(i)];
    w.beginObject();
    w.member("kind", alterationKindName(a.kind));
    w.optionalMember("gene", a.mainGene());
    w.optionalMember("chrom", a.chrom);
    if (a.pos > 0)
        w.member("pos", a.pos);
    w.optionalMember("ref", a.ref);
    w.optionalMember("alt", a.alt);
    w.optionalMember("transcript", a.transcript());
    w.optionalMember("hgvsc", a.hgvsc());
    w.optionalMember("hgvsp", a.hgvsp());
    w.optionalMember("consequence", a.consequence());
    writeSupport(w, "tumor_vaf", "tumor_depth", a.tumor);
    writeSupport(w, "normal_vaf", "normal_depth", a.normal);
    w.key("origin").beginObject();
    w.member("file", c.inputPath(a.origin));
    w.member("line", a.origin.line);
    w.endObject();
    w.key("matches").beginArray();
    for (const Match& m : result.matchesFor(i))
        writeMatch(w, result, m, cache);
    w.endArray();
    // Extensions of the contract follow its fields.
    w.optionalMember("filter", a.filter);
    if (a.tumor.altReads >= 0)
        w.member("tumor_alt_reads", qint64(a.tumor.altReads));
    if (a.normal.altReads >= 0)
        w.member("normal_alt_reads", qint64(a.normal.altReads));
    writeDetail(w, a);
    w.optionalMember("sample", a.sample < c.samples.size() ? c.samples[a.sample].name : QString());
    w.optionalMember("intron", a.detailOrNull() ? a.detailOrNull()->intron : QString());
    writeCall(w, result, i);
    w.optionalMember("tumor_zygosity", zygosityName(a.tumorZygosity));
    w.optionalMember("normal_zygosity", zygosityName(a.normalZygosity));
    writePartialProfiles(w, result, i);
    w.endObject();
}

/**
 * The alterations array. A large case is serialised in chunks on several threads and written in
 * input order, so the bytes are the same as from one thread.
 */
void writeAlterations(JsonWriter& w, const AnnotationResult& result, int threads, AnnotationJsonCache::Data* cache)
{
    const auto n = qint32(result.caseData.alterations.size());
    constexpr qint32 chunk = 2048;
    const int helpers = n >= 4 * chunk ? std::clamp(threads, 1, 8) - 1 : 0;
    w.key("alterations").beginArray();
    if (helpers == 0) {
        for (qint32 i = 0; i < n; ++i)
            writeAlteration(w, result, i, cache);
        w.endArray();
        return;
    }
    for (qint32 from = 0; from < n; from += chunk * (helpers + 1)) {
        std::vector<std::future<QByteArray>> parts;
        for (int k = 1; k <= helpers && from + k * chunk < n; ++k) {
            const qint32 first = from + k * chunk;
            const qint32 last = std::min(n, first + chunk);
            // The fragment copies the writer's nesting now, before this thread writes on. Where no
            // thread can be started, the chunk is written when its turn comes (deferred).
            parts.push_back(std::async(std::launch::async | std::launch::deferred,
                                       [part = w.fragment(), &result, first, last]() mutable {
                                           for (qint32 i = first; i < last; ++i)
                                               writeAlteration(part, result, i, nullptr);
                                           return part.take();
                                       }));
        }
        for (qint32 i = from, last = std::min(n, from + chunk); i < last; ++i)
            writeAlteration(w, result, i, nullptr);
        for (size_t k = 0; k < parts.size(); ++k) {
            const qint32 first = from + qint32(k + 1) * chunk;
            w.appendFragment(parts[k].get(), std::min(n, first + chunk) - first);
        }
    }
    w.endArray();
}

} // namespace

QByteArray AnnotationJson::write(const AnnotationResult& result, int threads)
{
    JsonWriter w;
    write(w, result, threads);
    return w.finish();
}

bool AnnotationJson::write(QIODevice* device, const AnnotationResult& result, int threads)
{
    JsonWriter w(device);
    write(w, result, threads);
    w.finish();
    return !w.failed();
}

bool AnnotationJson::writeLine(QIODevice* device, const AnnotationResult& result)
{
    JsonWriter w(device);
    w.setCompact(true);
    write(w, result);
    w.finish();
    return !w.failed();
}

QByteArray AnnotationJson::line(const AnnotationResult& result, qsizetype sizeHint, AnnotationJsonCache* cache)
{
    JsonWriter w;
    w.setCompact(true);
    if (sizeHint > 0)
        w.reserve(sizeHint);
    write(w, result, 1, cache);
    return w.finish();
}

void AnnotationJson::write(JsonWriter& w, const AnnotationResult& result, int threads)
{
    write(w, result, threads, nullptr);
}

void AnnotationJson::write(JsonWriter& w, const AnnotationResult& result, int threads, AnnotationJsonCache* cache)
{
    const Case& c = result.caseData;
    w.beginObject();
    w.member("schema", QString::fromLatin1(schema));
    w.key("generator").beginObject();
    w.member("name", QString::fromLatin1(productName));
    w.member("version", QString::fromLatin1(productVersion));
    w.endObject();

    w.key("knowledge_base").beginArray();
    for (const KbRelease& kb : result.knowledgeBases) {
        w.beginObject();
        w.member("source", kb.source);
        w.member("release", kb.release);
        w.endObject();
    }
    w.endArray();

    w.key("case").beginObject();
    w.optionalMember("tumor_type", c.tumorType);
    w.optionalMember("tumor_type_name", result.tumorTypeName);
    w.optionalMember("genome", genomeBuildName(c.genome));
    w.stringArray("inputs", c.inputs);
    w.optionalMember("tumor_sample", c.tumorSample);
    w.optionalMember("normal_sample", c.normalSample);
    // Extensions of the contract follow its fields.
    w.optionalMember("genome_source", c.genomeEvidence);
    if (c.tumorTypeOrigin.line > 0) {
        w.key("tumor_type_origin").beginObject();
        w.member("file", c.inputPath(c.tumorTypeOrigin));
        w.member("line", qint64(c.tumorTypeOrigin.line));
        w.endObject();
    }
    if (result.liftedAlterations + result.unliftedAlterations > 0) {
        w.member("lifted_to_grch37", result.liftedAlterations);
        w.member("not_lifted", result.unliftedAlterations);
    }
    w.optionalMember("tumor_type_given", c.tumorTypeGiven);
    if (!c.receptorStatus.isEmpty()) {
        w.key("receptor_status").beginObject();
        for (auto it = c.receptorStatus.cbegin(); it != c.receptorStatus.cend(); ++it)
            w.member(it.key().toLatin1().constData(), it.value());
        w.endObject();
    }
    writeTmbEstimate(w, result.tmb);
    {
        // Where the small variants' annotation came from (extension).
        const auto s = EffectPredictor::summarize(result.caseData);
        w.key("functional_annotation").beginObject();
        w.member("from_input", s.fromInput);
        w.member("predicted", s.predicted);
        w.member("not_annotated", s.notAnnotated);
        if (s.referenceGenome.isEmpty())
            w.key("reference_genome").null();
        else
            w.member("reference_genome", s.referenceGenome);
        w.endObject();
    }
    QStringList caseFlags;
    for (const Flag& f : result.caseFlags)
        caseFlags << f.code;
    w.stringArray("flags", caseFlags);
    w.endObject();

    writeAlterations(w, result, threads, cache ? cache->d.get() : nullptr);

    w.key("input_issues").beginObject();
    w.member("skipped_records", c.skippedRecords);
    w.member("warnings", c.warningCount);
    w.key("first").beginArray();
    for (const InputIssue& issue : c.issues)
        w.value(issue.toString());
    w.endArray();
    w.endObject();

    // Extension: pharmacogenomic findings, apart from the somatic tiers.
    w.key("pharmacogenomics").beginArray();
    for (const PgxFinding& f : result.pharmacogenomics)
        writePharmacogenomics(w, f);
    w.endArray();

    w.endObject();
}

} // namespace onco
