#include "OncoTreeDoidMap.h"

#include "DiseaseOntology.h"
#include "io/TsvReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

/** Translation context of this file's messages. */
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::TumorTypeGraph)
};

/**
 * Curated overrides: rows of the maps that are wrong or too broad, and nodes neither map covers
 * although their subtrees would otherwise never resolve. One row per code; DOIDs separated by
 * spaces. Each reason is shown to the user as the source of the mapping. "OTHER" (Cancer of Unknown
 * Primary, ...) stays unmapped on purpose: it names no disease; only pan-cancer and "Solid Tumor"
 * evidence applies to it.
 */
struct OverrideRow
{
    const char* code;
    const char* doids;
    const char* reason;
};

constexpr OverrideRow overrideRows[] = {
    {"BRCA",
     "DOID:1612",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph",
                       "neither map has a row for invasive breast carcinoma, so no Breast code resolved")},
    {"BREAST",
     "DOID:1612",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph",
                       "tissue node without a row, mapped to its organ cancer like BRAIN -> brain cancer")},
    {"CML",
     "DOID:8552",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph", "both maps give DOID:8692 myeloid leukemia, which is broader")},
    {"LUNG",
     "DOID:1324",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph", "phenOncoX gives DOID:3683 lung benign neoplasm for the Lung tissue")},
    {"BLADDER",
     "DOID:3996",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph",
                       "phenOncoX gives DOID:731 urinary system benign neoplasm for the Bladder/Urinary Tract tissue")},
    {"STOMACH",
     "DOID:5041 DOID:10534",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph",
                       "phenOncoX gives only DOID:1107 esophageal carcinoma for the Esophagus/Stomach tissue")},
    {"MYELOID",
     "DOID:0070004",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph",
                       "phenOncoX gives DOID:1240 leukemia, but the Myeloid tissue also holds MDS, MPN and "
                       "mastocytosis")},
    {"PCM",
     "DOID:9538",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph",
                       "phenOncoX adds DOID:0070004, which was myeloma in its DO release and is myeloid "
                       "neoplasm now")},
    {"EMALT",
     "DOID:0050909",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph",
                       "phenOncoX gives DOID:0080211 nodal marginal zone lymphoma; EMALT is extranodal")},
    {"PERITONEUM",
     "DOID:1725",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph", "tissue node without a row, mapped to its organ cancer")},
    {"EYE",
     "DOID:2174",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph", "tissue node without a row, mapped to its organ cancer")},
    {"UTUC",
     "DOID:6888 DOID:5974",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph",
                       "neither map has a row; the upper urinary tract is the ureter and the renal pelvis")},
    {"UCU",
     "DOID:4013",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph", "neither map has a row for urethral urothelial carcinoma")},
    {"SOFT_TISSUE",
     "DOID:0070663",
     QT_TRANSLATE_NOOP("onco::TumorTypeGraph",
                       "tissue node without a row; its malignant codes are soft tissue sarcomas")},
};

/** A row of one of the two maps. */
struct RawRow
{
    QString doid;
    QString label;
    QString ncit;
    qint64 line = 0;
};

using RawMap = QHash<QString, QList<RawRow>>;

Result<RawMap> readMap(const QString& path,
                       QByteArrayView codeName,
                       QByteArrayView doidName,
                       QByteArrayView labelName,
                       QByteArrayView ncitName)
{
    TsvReader tsv;
    if (auto opened = tsv.open(path); !opened)
        return Unexpected{opened.error()};
    const int code = tsv.column(codeName);
    const int doid = tsv.column(doidName);
    const int label = tsv.column(labelName);
    const int ncit = ncitName.isEmpty() ? -1 : tsv.column(ncitName);
    if (code < 0 || doid < 0 || label < 0 || (!ncitName.isEmpty() && ncit < 0))
        return fail(
            CoreError::Code::BadInput,
            Messages::tr("not an OncoTree to DOID map: the header needs %1, %2 and %3")
                .arg(QString::fromLatin1(codeName), QString::fromLatin1(doidName), QString::fromLatin1(labelName)),
            path,
            1);
    RawMap out;
    while (tsv.next()) {
        const QString key = tsv.text(code).toUpper();
        const QString id = tsv.text(doid);
        if (key.isEmpty() || id.isEmpty() || id == u"NA"_s)
            continue;
        QList<RawRow>& rows = out[key];
        const bool seen = std::any_of(rows.cbegin(), rows.cend(), [&id](const RawRow& r) { return r.doid == id; });
        if (!seen)
            rows.append({id, tsv.text(label), ncit >= 0 ? tsv.text(ncit) : QString(), tsv.lineNumber()});
    }
    if (tsv.error())
        return Unexpected{*tsv.error()};
    return out;
}

/** Terms of a code in one map, obsolete DOIDs replaced through their label or dropped. */
QList<OncoTreeDoidMap::Mapping> resolve(const DiseaseOntology& ontology,
                                        const QString& path,
                                        const QString& code,
                                        const QList<RawRow>& rows,
                                        quint8 source,
                                        QStringList* issues)
{
    QList<OncoTreeDoidMap::Mapping> out;
    for (const RawRow& row : rows) {
        const QString where = u"%1:%2: %3"_s.arg(path).arg(row.line).arg(code);
        int term = ontology.find(row.doid);
        QString note;
        if (term < 0) {
            term = row.label.isEmpty() ? -1 : ontology.findLabel(row.label);
            if (issues)
                issues->append(term < 0 ? Messages::tr("%1: %2 (%3) is not in the Disease Ontology; row dropped")
                                              .arg(where, row.doid, row.label)
                                        : Messages::tr("%1: %2 (%3) is not in the Disease Ontology; using %4")
                                              .arg(where, row.doid, row.label, ontology.id(term)));
            if (term < 0)
                continue;
            note = Messages::tr("%1 is obsolete, matched by label").arg(row.doid);
        } else if (issues && !row.label.isEmpty()
                   && row.label.compare(ontology.label(term), Qt::CaseInsensitive) != 0) {
            issues->append(Messages::tr("%1: the map calls %2 \"%3\", the Disease Ontology \"%4\"")
                               .arg(where, ontology.id(term), row.label, ontology.label(term)));
        }
        auto same = std::find_if(out.begin(), out.end(), [term](const auto& m) { return m.term == term; });
        if (same == out.end())
            out.append({term, source, source == OncoTreeDoidMap::NcitJoin ? row.ncit : QString(), note});
    }
    return out;
}

} // namespace

QList<OncoTreeDoidMap::CuratedRow> OncoTreeDoidMap::curatedRows()
{
    QList<CuratedRow> out;
    for (const OverrideRow& row : overrideRows)
        out.append({QString::fromLatin1(row.code),
                    QString::fromLatin1(row.doids).split(u' ', Qt::SkipEmptyParts),
                    QCoreApplication::translate("onco::TumorTypeGraph", row.reason)});
    return out;
}

std::optional<OncoTreeDoidMap::Mapping>
OncoTreeDoidMap::byName(const DiseaseOntology& ontology, const QString& tumorTypeName, const QString& tissueName)
{
    // OncoTree abbreviates what the Disease Ontology spells out ("AML with BCR-ABL1" is "acute
    // myeloid leukemia with BCR-ABL1"), and names the organ first where DO does not ("Breast
    // Invasive Lobular Carcinoma" is "invasive lobular carcinoma").
    static const QList<std::pair<QRegularExpression, QString>> abbreviations{
        {QRegularExpression(uR"(\bAML\b)"_s), u"acute myeloid leukemia"_s},
        {QRegularExpression(uR"(\bAPL\b)"_s), u"acute promyelocytic leukemia"_s},
        {QRegularExpression(uR"(\bB-ALL\b)"_s), u"B-lymphoblastic leukemia"_s},
        {QRegularExpression(uR"(\bALL\b)"_s), u"acute lymphoblastic leukemia"_s},
        {QRegularExpression(uR"(\bCML\b)"_s), u"chronic myeloid leukemia"_s},
        {QRegularExpression(uR"(\bCLL\b)"_s), u"chronic lymphocytic leukemia"_s},
        {QRegularExpression(uR"(\bMDS\b)"_s), u"myelodysplastic syndrome"_s},
    };
    QString name = tumorTypeName.trimmed();
    if (name.endsWith(u", NOS"_s, Qt::CaseInsensitive))
        name.chop(5);
    QStringList candidates{tumorTypeName.trimmed(), name};
    QString expanded = name;
    for (const auto& [pattern, full] : abbreviations)
        expanded.replace(pattern, full);
    candidates << expanded;
    const QString tissue = tissueName.trimmed();
    if (!tissue.isEmpty() && name.startsWith(tissue + u' ', Qt::CaseInsensitive))
        candidates << name.mid(tissue.size() + 1);
    for (const QString& candidate : candidates) {
        const int term = ontology.findLabel(candidate);
        if (term >= 0)
            return Mapping{term, NameMatch, {}, {}};
    }
    return std::nullopt;
}

Result<OncoTreeDoidMap> OncoTreeDoidMap::load(const DiseaseOntology& ontology,
                                              const QString& phenoncoxPath,
                                              const QString& ncitJoinPath,
                                              QStringList* issues)
{
    auto phenoncox = readMap(phenoncoxPath, "ot_code", "do_id", "do_name", {});
    if (!phenoncox)
        return Unexpected{phenoncox.error()};
    auto ncitJoin = readMap(ncitJoinPath, "oncotree_code", "doid", "do_label", "ncit_code");
    if (!ncitJoin)
        return Unexpected{ncitJoin.error()};

    QHash<QString, QList<Mapping>> curated;
    for (const CuratedRow& row : curatedRows()) {
        for (const QString& doid : row.doids) {
            const int term = ontology.find(doid);
            if (term >= 0)
                curated[row.code].append({term, Curated, {}, row.reason});
            else if (issues)
                issues->append(Messages::tr("curated row %1: %2 is not in the Disease Ontology").arg(row.code, doid));
        }
    }

    QStringList codes = phenoncox->keys() + ncitJoin->keys() + curated.keys();
    codes.removeDuplicates();
    codes.sort();
    OncoTreeDoidMap map;
    for (const QString& code : std::as_const(codes)) {
        const QList<Mapping> fromPhenoncox =
            resolve(ontology, phenoncoxPath, code, phenoncox->value(code), PhenOncoX, issues);
        const QList<Mapping> fromJoin = resolve(ontology, ncitJoinPath, code, ncitJoin->value(code), NcitJoin, issues);
        QList<Mapping> chosen = curated.contains(code)    ? curated.value(code)
                                : fromPhenoncox.isEmpty() ? fromJoin
                                                          : fromPhenoncox;
        bool overlap = false;
        for (Mapping& m : chosen) {
            for (const QList<Mapping>* other : {&fromPhenoncox, &fromJoin}) {
                for (const Mapping& o : *other) {
                    if (o.term != m.term)
                        continue;
                    m.sources |= o.sources;
                    if (m.ncit.isEmpty())
                        m.ncit = o.ncit;
                    overlap = overlap || (other == &fromJoin && !curated.contains(code));
                }
            }
        }
        if (issues && !curated.contains(code) && !fromPhenoncox.isEmpty() && !fromJoin.isEmpty() && !overlap) {
            QStringList a, b;
            for (const Mapping& m : fromPhenoncox)
                a.append(ontology.id(m.term));
            for (const Mapping& m : fromJoin)
                b.append(ontology.id(m.term));
            issues->append(Messages::tr("%1: phenOncoX (%2) and the NCIt join (%3) disagree; phenOncoX is used")
                               .arg(code, a.join(u", "_s), b.join(u", "_s)));
        }
        if (!chosen.isEmpty())
            map.m_byCode.insert(code, chosen);
    }
    return map;
}

} // namespace onco
