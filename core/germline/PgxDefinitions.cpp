#include "PgxDefinitions.h"

#include "io/LiftOver.h"
#include "io/LineReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::PgxDefinitions)
};

/** The genes and drugs shipped in resources/pgx. */
const QStringList geneNames = {u"DPYD"_s, u"NUDT15"_s, u"TPMT"_s, u"UGT1A1"_s};
const QStringList drugNames = {
    u"fluorouracil"_s, u"capecitabine"_s, u"mercaptopurine"_s, u"thioguanine"_s, u"azathioprine"_s};

/** A JSON file (plain or gzip) as one object. JSON strings hold no raw line breaks, so joining lines is exact. */
Result<QJsonObject> readJson(const QString& path)
{
    LineReader reader;
    if (auto opened = reader.open(path); !opened)
        return Unexpected{opened.error()};
    QByteArray text;
    QByteArrayView line;
    while (reader.next(line)) {
        text += line;
        text += '\n';
    }
    if (reader.error())
        return Unexpected{*reader.error()};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(CoreError::Code::BadInput,
                    Messages::tr("not a JSON object: %1 at byte %2").arg(error.errorString()).arg(error.offset),
                    path);
    return doc.object();
}

/** A JSON value as text: strings as they are, numbers written plainly; empty for null. */
QString textOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QString diplotypeKey(const QString& a, const QString& b)
{
    return a < b ? a + u'\t' + b : b + u'\t' + a;
}

} // namespace

const PgxDefinitions::Diplotype* PgxDefinitions::Gene::diplotype(const QString& a, const QString& b) const
{
    const auto it = m_diplotypes.constFind(diplotypeKey(a, b));
    return it == m_diplotypes.cend() ? nullptr : &it.value();
}

int PgxDefinitions::Gene::singularAllele(int variant, const QString& bases) const
{
    for (int n = 0; n < int(alleles.size()); ++n) {
        const NamedAllele& allele = alleles[size_t(n)];
        if (!allele.reference && allele.definition.size() == 1 && allele.definition[0].first == variant
            && allele.definition[0].second == bases)
            return n;
    }
    return -1;
}

QString PgxDefinitions::Gene::allelesUsing(int variant, const QString& bases) const
{
    QStringList names;
    for (const NamedAllele& allele : alleles)
        for (const auto& [index, b] : allele.definition)
            if (index == variant && b == bases && !allele.reference)
                names << allele.name;
    return names.join(u" or "_s);
}

Result<PgxDefinitions::Gene> PgxDefinitions::loadGene(const QString& directory, const QString& name)
{
    const QString definitionPath = u"%1/%2_translation.json.gz"_s.arg(directory, name);
    const QString phenotypePath = u"%1/%2.json.gz"_s.arg(directory, name);
    const auto bad = [](const QString& path, const QString& message) {
        return fail(CoreError::Code::BadInput, message, path);
    };

    auto definition = readJson(definitionPath);
    if (!definition)
        return Unexpected{definition.error()};
    Gene gene;
    gene.name = definition->value(u"gene").toString();
    gene.chromosome = definition->value(u"chromosome").toString();
    gene.version = definition->value(u"version").toString();
    const QString refSeq = definition->value(u"refSeqChromosomeId").toString();
    if (gene.name != name || gene.chromosome.isEmpty())
        return bad(definitionPath, Messages::tr("the definition is not that of %1 or names no chromosome").arg(name));

    for (const QJsonValue& v : definition->value(u"variants").toArray()) {
        const QJsonObject o = v.toObject();
        Variant variant;
        variant.rsid = o.value(u"rsid").toString();
        variant.ref = o.value(u"ref").toString().toUpper();
        variant.pos[1] = o.value(u"position").toInteger();
        // "g.18130687T>C; g.18130687T>G" or "g.233760235TA[6]; ...; g.233760235TA[9]" name one change per ALT:
        // an SNV by its ALT base, a repeat by its unit count, which cpicToVcfAlleleMap gives as "TA(8)" -> VCF allele.
        QStringList names;
        for (const QString& each : o.value(u"chromosomeHgvsName").toString().split(u';', Qt::SkipEmptyParts))
            names << (refSeq.isEmpty() ? each.trimmed() : refSeq + u':' + each.trimmed());
        const QJsonObject labels = o.value(u"cpicToVcfAlleleMap").toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            const QString alt = it.value().toString().toUpper();
            if (alt == variant.ref || names.isEmpty())
                continue;
            QString label = it.key();
            if (label.endsWith(u')') && label.contains(u'('))
                label = label.replace(u'(', u'[').replace(u')', u']');
            else
                label = u'>' + alt;
            QString chosen = names.size() == 1 ? names.front() : QString();
            for (const QString& each : names)
                if (chosen.isEmpty() && each.endsWith(label))
                    chosen = each;
            variant.hgvs.insert(alt, chosen.isEmpty() ? names.front() : chosen);
        }
        if (variant.pos[1] < 1 || variant.ref.isEmpty())
            return bad(definitionPath, Messages::tr("variant %1 has no position or no REF").arg(gene.variants.size()));
        gene.variants.push_back(variant);
    }
    if (gene.variants.empty())
        return bad(definitionPath, Messages::tr("no defined variants"));

    for (const QJsonValue& v : definition->value(u"namedAlleles").toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonArray alleles = o.value(u"alleles").toArray();
        NamedAllele allele;
        allele.name = o.value(u"name").toString();
        allele.reference = o.value(u"reference").toBool();
        allele.score = o.value(u"score").toInt();
        if (allele.name.isEmpty() || alleles.size() != qsizetype(gene.variants.size()))
            return bad(definitionPath,
                       Messages::tr("named allele '%1' lists %2 alleles for %3 variants")
                           .arg(allele.name)
                           .arg(alleles.size())
                           .arg(gene.variants.size()));
        for (int i = 0; i < int(alleles.size()); ++i)
            if (alleles[i].isString())
                allele.definition.emplace_back(i, alleles[i].toString().toUpper());
        if (allele.definition.empty())
            return bad(definitionPath, Messages::tr("named allele '%1' defines no position").arg(allele.name));
        if (allele.reference) {
            if (gene.reference >= 0)
                return bad(definitionPath, Messages::tr("more than one reference allele"));
            gene.reference = int(gene.alleles.size());
        }
        gene.alleles.push_back(std::move(allele));
    }
    if (gene.reference < 0)
        return bad(definitionPath, Messages::tr("no reference allele"));

    auto phenotypes = readJson(phenotypePath);
    if (!phenotypes)
        return Unexpected{phenotypes.error()};
    if (phenotypes->value(u"gene").toString() != name)
        return bad(phenotypePath, Messages::tr("the phenotype table is not that of %1").arg(name));
    QHash<QString, std::pair<QString, QString>> functions; // name -> (function, activity value)
    for (const QJsonValue& v : phenotypes->value(u"namedAlleles").toArray()) {
        const QJsonObject o = v.toObject();
        functions.insert(o.value(u"name").toString(),
                         {o.value(u"functionValue").toString(), textOf(o.value(u"activityValue"))});
    }
    for (NamedAllele& allele : gene.alleles) {
        const auto it = functions.constFind(allele.name);
        if (it == functions.cend())
            continue; // a definition newer than the phenotype table: its function stays unknown
        allele.function = it->first;
        allele.activityValue = it->second;
    }
    for (const QJsonValue& v : phenotypes->value(u"diplotypes").toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject key = o.value(u"diplotypekey").toObject();
        QStringList names;
        for (auto it = key.begin(); it != key.end(); ++it)
            for (int n = 0; n < it.value().toInt(); ++n)
                names << it.key();
        if (names.size() != 2)
            return bad(phenotypePath,
                       Messages::tr("diplotype '%1' does not name two alleles").arg(o.value(u"diplotype").toString()));
        Diplotype row;
        row.name = o.value(u"diplotype").toString();
        row.phenotype = o.value(u"phenotype").toString();
        if (row.phenotype.isEmpty())
            row.phenotype = o.value(u"generesult").toString();
        row.activityScore = textOf(o.value(u"activityScore"));
        gene.m_diplotypes.insert(diplotypeKey(names[0], names[1]), row);
    }
    if (gene.m_diplotypes.isEmpty())
        return bad(phenotypePath, Messages::tr("no diplotypes"));
    return gene;
}

Result<PgxDefinitions::Guideline> PgxDefinitions::loadGuideline(const QString& directory, const QString& drug)
{
    const QString path = u"%1/%2.json.gz"_s.arg(directory, drug);
    auto json = readJson(path);
    if (!json)
        return Unexpected{json.error()};
    Guideline g;
    g.drug = json->value(u"drugname").toString();
    g.name = json->value(u"guidelinename").toString();
    g.url = json->value(u"url").toString();
    g.version = json->value(u"cpicVersion").toString();
    for (const QJsonValue& v : json->value(u"genes").toArray())
        g.genes << v.toString();
    for (const QJsonValue& v : json->value(u"recommendations").toArray()) {
        const QJsonObject o = v.toObject();
        Recommendation r;
        const QJsonObject lookup = o.value(u"lookupkey").toObject();
        for (auto it = lookup.begin(); it != lookup.end(); ++it)
            r.lookup.insert(it.key(), it.value().toString());
        const QJsonObject implications = o.value(u"implications").toObject();
        for (auto it = implications.begin(); it != implications.end(); ++it)
            r.implications.insert(it.key(), it.value().toString());
        r.text = o.value(u"drugrecommendation").toString();
        r.comments = o.value(u"comments").toString();
        r.classification = o.value(u"classification").toString();
        g.recommendations.push_back(std::move(r));
    }
    if (g.drug != drug || g.genes.isEmpty() || g.recommendations.empty())
        return fail(CoreError::Code::BadInput,
                    Messages::tr("not a CPIC recommendation file for %1 (drug, genes, recommendations)").arg(drug),
                    path);
    return g;
}

AlleleKey PgxDefinitions::normalisedKey(const QString& chrom, qint64 pos, const QString& ref, const QString& alt)
{
    AlleleKey key = alleleKey(chrom, pos, ref, alt);
    const bool mafStyle = ref == u"-" || alt == u"-";
    if (mafStyle || key.ref.isEmpty() == key.alt.isEmpty())
        return key;                        // substitutions need no moving; MAF alleles show no neighbouring base
    const QString context = ref.toUpper(); // the reference bases from `pos` on
    const auto baseAt = [&](qint64 p) {
        const qint64 i = p - pos;
        return i >= 0 && i < context.size() ? context.at(i) : QChar();
    };
    const bool insertion = key.ref.isEmpty();
    QString& changed = insertion ? key.alt : key.ref;
    // An insertion follows base `start`, a deletion starts at `start`: while the base before the changed
    // sequence equals its last base, the same haplotype is written one base further left.
    for (;;) {
        const QChar before = baseAt(insertion ? key.start : key.start - 1);
        if (before.isNull() || before != changed.back())
            break;
        changed = before + changed.chopped(1);
        --key.start;
    }
    return key;
}

void PgxDefinitions::addSites(int geneIndex, const LiftOver* grch38ToGrch37)
{
    Gene& gene = m_genes[size_t(geneIndex)];
    for (int v = 0; v < int(gene.variants.size()); ++v) {
        Variant& variant = gene.variants[size_t(v)];
        QSet<QString> alts;
        for (const NamedAllele& allele : gene.alleles)
            for (const auto& [index, bases] : allele.definition)
                if (index == v && bases != variant.ref)
                    alts.insert(bases);
        bool lifted = grch38ToGrch37 != nullptr;
        for (const QString& alt : alts) {
            const Site site{geneIndex, v, alt};
            m_sites[1].insert(normalisedKey(gene.chromosome, variant.pos[1], variant.ref, alt), site);
            if (!grch38ToGrch37)
                continue;
            const auto allele = grch38ToGrch37->liftAllele(gene.chromosome, variant.pos[1], variant.ref, alt);
            if (!allele || canonicalContig(allele->chrom) != canonicalContig(gene.chromosome)) {
                lifted = false;
                continue;
            }
            variant.pos[0] = allele->pos;
            m_sites[0].insert(normalisedKey(allele->chrom, allele->pos, allele->ref, allele->alt), site);
        }
        if (!lifted) {
            variant.pos[0] = 0;
            ++gene.unliftedPositions;
        }
    }
}

Result<PgxDefinitions> PgxDefinitions::load(const QString& directory, const LiftOver* grch38ToGrch37)
{
    PgxDefinitions defs;
    for (const QString& name : geneNames) {
        auto gene = loadGene(directory, name);
        if (!gene)
            return Unexpected{gene.error()};
        defs.m_genes.push_back(std::move(gene).value());
        defs.addSites(int(defs.m_genes.size()) - 1, grch38ToGrch37);
    }
    for (const QString& drug : drugNames) {
        auto guideline = loadGuideline(directory, drug);
        if (!guideline)
            return Unexpected{guideline.error()};
        defs.m_guidelines.push_back(std::move(guideline).value());
    }
    return defs;
}

std::vector<PgxDefinitions::Site>
PgxDefinitions::match(GenomeBuild build, const QString& chrom, qint64 pos, const QString& ref, const QString& alt) const
{
    std::vector<Site> out;
    const int index = build == GenomeBuild::GRCh37 ? 0 : build == GenomeBuild::GRCh38 ? 1 : -1;
    if (index < 0 || ref.isEmpty() || alt.isEmpty())
        return out;
    const QHash<AlleleKey, Site>& sites = m_sites[size_t(index)];
    const AlleleKey key = normalisedKey(chrom, pos, ref, alt);
    if (const auto it = sites.constFind(key); it != sites.cend()) {
        out.push_back(it.value());
        return out;
    }
    if (key.ref.size() > 1 && key.ref.size() == key.alt.size()) {
        // An MNV may join defined SNVs that lie next to each other (DPYD *2A and c.1905C>G, NUDT15 *3 and *4 ...).
        for (qsizetype i = 0; i < key.ref.size(); ++i) {
            if (key.ref[i] == key.alt[i])
                continue;
            const AlleleKey snv{key.chrom, key.start + i, QString(key.ref[i]), QString(key.alt[i])};
            if (const auto it = sites.constFind(snv); it != sites.cend())
                out.push_back(it.value());
        }
    }
    return out;
}

} // namespace onco
