// The board's review of a stored case: its alterations, decisions and earlier decisions.
#include "CaseStore.h"

#include "CaseSchema.h"
#include "SqlSupport.h"
#include "io/ProteinChange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseStore)
};

} // namespace

Result<std::vector<StoredAlteration>> CaseStore::alterations(qint64 caseId)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, idx, ref, kind, chrom, pos, ref_allele, alt_allele, filter, gene, transcript, hgvsc, hgvsp, "
              "consequence, exon, intron, partner_gene, sv_type, cna_call, copy_number, log2_ratio, biomarker, value, "
              "unit, status, tumor_vaf, tumor_depth, tumor_alt_reads, normal_vaf, normal_depth, normal_alt_reads, "
              "source_file, source_line, amp_tier, escat_tier, oncokb_level, flags, evidence_ids, estimate_method, "
              "estimate_caveat, effect_source, ensembl_transcript, protein_position, reference_residue, effect_note, "
              "tumor_zygosity, normal_zygosity, fusion_orientation FROM alteration WHERE case_id = ? ORDER BY idx"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    std::vector<StoredAlteration> out;
    QHash<qint64, size_t> byId;
    auto text = [&](int i) { return q.value(i).toString(); };
    auto real = [&](int i) {
        return q.value(i).isNull() ? std::numeric_limits<float>::quiet_NaN() : q.value(i).toFloat();
    };
    auto count = [&](int i) { return q.value(i).isNull() ? -1 : q.value(i).toInt(); };
    while (q.next()) {
        StoredAlteration s;
        s.id = q.value(0).toLongLong();
        s.index = q.value(1).toInt();
        s.ref = text(2);
        Alteration& a = s.alteration;
        const QString kind = text(3);
        for (AlterationKind k : {AlterationKind::Snv,
                                 AlterationKind::Mnv,
                                 AlterationKind::Insertion,
                                 AlterationKind::Deletion,
                                 AlterationKind::Delins,
                                 AlterationKind::CopyNumber,
                                 AlterationKind::Fusion,
                                 AlterationKind::StructuralVariant,
                                 AlterationKind::Biomarker})
            if (alterationKindName(k) == kind)
                a.kind = k;
        a.chrom = text(4);
        a.pos = q.value(5).toLongLong();
        a.ref = text(6);
        a.alt = text(7);
        a.filter = text(8);
        const bool anyDetail = [&] {
            for (int i = 9; i <= 24; ++i)
                if (!q.value(i).isNull())
                    return true;
            return false;
        }();
        if (anyDetail) {
            AlterationDetail& d = a.detail();
            d.gene = text(9);
            d.transcript = text(10);
            d.hgvsc = text(11);
            d.hgvsp = text(12);
            d.consequence = text(13);
            d.exon = text(14);
            d.intron = text(15);
            d.extra().partnerGene = text(16);
            d.extra().svType = text(17);
            if (!q.value(18).isNull())
                d.extra().cnaCall = CnaCall(q.value(18).toInt());
            d.extra().copyNumber = real(19);
            d.extra().log2Ratio = real(20);
            d.extra().biomarker = text(21);
            d.extra().value = q.value(22).isNull() ? std::numeric_limits<double>::quiet_NaN() : q.value(22).toDouble();
            d.extra().unit = text(23);
            d.extra().status = text(24);
        }
        a.tumor.vaf = real(25);
        a.tumor.depth = count(26);
        a.tumor.altReads = count(27);
        a.normal.vaf = real(28);
        a.normal.depth = count(29);
        a.normal.altReads = count(30);
        a.origin.line = q.value(32).toLongLong();
        s.ampTier = text(33);
        s.escatTier = text(34);
        s.oncokbLevel = text(35);
        s.flags = text(36).split(u',', Qt::SkipEmptyParts);
        s.evidenceIds = text(37).split(u',', Qt::SkipEmptyParts);
        if (!q.value(38).isNull() && a.detailOrNull()) {
            a.detail().extra().estimateMethod = text(38);
            a.detail().extra().estimateCaveat = text(39);
        }
        if (!q.value(40).isNull() && a.detailOrNull()) {
            AlterationDetail& d = a.detail();
            d.extra().effectSource = text(40);
            d.extra().ensemblTranscript = text(41);
            d.extra().proteinPosition = q.value(42).toInt();
            if (const QString r = text(43); !r.isEmpty())
                d.extra().refResidue = r.front();
            d.extra().effectNote = text(44);
        }
        // Zygosity and orientation as the input stated them (schema 5; older rows: unknown, stated).
        auto zygosity = [&](int i) {
            const int z = q.value(i).toInt();
            return z >= int(Zygosity::Unknown) && z <= int(Zygosity::Absent) ? Zygosity(z) : Zygosity::Unknown;
        };
        a.tumorZygosity = zygosity(45);
        a.normalZygosity = zygosity(46);
        if (!q.value(47).isNull() && a.kind == AlterationKind::Fusion && a.detailOrNull()) {
            const int o = q.value(47).toInt();
            if (o >= int(FusionOrientation::Stated) && o <= int(FusionOrientation::Unknown))
                a.detail().extra().orientation = FusionOrientation(o);
        }
        byId.insert(s.id, out.size());
        out.push_back(std::move(s));
    }
    // The current decision of each alteration: its newest review.
    q.prepare(
        u"SELECT r.alteration_id, r.decision, r.comment, r.account, r.name, r.role, r.decided_at FROM review r "
        "WHERE r.case_id = ? AND r.id = (SELECT max(id) FROM review x WHERE x.alteration_id = r.alteration_id)"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    while (q.next()) {
        auto it = byId.constFind(q.value(0).toLongLong());
        if (it == byId.cend())
            continue;
        StoredAlteration& s = out[*it];
        if (q.value(1).toString() == decisionName(Decision::Withdrawn))
            continue; // taken back: not reviewed
        ReviewRecord r;
        r.caseId = caseId;
        r.alterationId = s.id;
        r.alterationRef = s.ref;
        r.decision = parseDecision(q.value(1).toString()).value_or(Decision::Include);
        r.comment = q.value(2).toString();
        r.reviewer = Actor{q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        r.decidedAt = q.value(6).toString();
        s.review = r;
    }
    return out;
}

const StoredAlteration* CaseStore::findIn(const std::vector<StoredAlteration>& alterations, const QString& ref)
{
    const QString wanted = ref.trimmed();
    const QStringList parts = wanted.split(u':');
    for (const StoredAlteration& s : alterations) {
        if (s.ref.compare(wanted, Qt::CaseInsensitive) == 0)
            return &s;
        const Alteration& a = s.alteration;
        // GENE:p.CHANGE in any HGVS spelling.
        if (parts.size() == 2 && parts[1].startsWith(u"p."_s, Qt::CaseInsensitive)
            && a.gene().compare(parts[0], Qt::CaseInsensitive) == 0 && !a.hgvsp().isEmpty()
            && ProteinChange::matchKey(a.hgvsp()) == ProteinChange::matchKey(parts[1]))
            return &s;
        // CHROM:POS:REF:ALT, with or without "chr".
        if (parts.size() == 4 && canonicalContig(parts[0]) == canonicalContig(a.chrom) && parts[1].toLongLong() == a.pos
            && parts[2].compare(a.ref, Qt::CaseInsensitive) == 0 && parts[3].compare(a.alt, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

Unexpected CaseStore::noSuchAlteration(qint64 caseId, const QString& ref) const
{
    return fail(CoreError::Code::InvalidArgument,
                Messages::tr("case %1 has no alteration '%2' (name it GENE:p.CHANGE or CHROM:POS:REF:ALT)")
                    .arg(caseId)
                    .arg(ref),
                m_path);
}

Result<qint64> CaseStore::findAlteration(qint64 caseId, const QString& ref)
{
    auto all = alterations(caseId);
    if (!all)
        return Unexpected{all.error()};
    if (const StoredAlteration* found = findIn(*all, ref))
        return found->id;
    return noSuchAlteration(caseId, ref);
}

Result<void>
CaseStore::review(qint64 caseId, qint64 alterationId, Decision decision, const QString& comment, const Actor& actor)
{
    if (auto r = requireRole(actor, RoleAction::Review); !r)
        return r;
    if (auto r = requireNotFinal(caseId); !r)
        return r;
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);
    q.prepare(u"SELECT a.ref, (SELECT decision FROM review r WHERE r.alteration_id = a.id ORDER BY r.id DESC LIMIT 1) "
              "FROM alteration a WHERE a.id = ? AND a.case_id = ?"_s);
    q.addBindValue(alterationId);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (!q.next())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("alteration %1 is not part of case %2").arg(alterationId).arg(caseId),
                    m_path);
    const QString ref = q.value(0).toString();
    const QString previous = q.value(1).toString();
    q.prepare(u"INSERT INTO review (case_id, alteration_id, decision, comment, account, name, role, decided_at) "
              "VALUES (?,?,?,?,?,?,?,?)"_s);
    for (const QVariant& v : {QVariant(caseId),
                              QVariant(alterationId),
                              QVariant(decisionName(decision)),
                              orNull(comment),
                              QVariant(actor.account),
                              QVariant(actor.name),
                              orNull(actor.role),
                              QVariant(now())})
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (auto r = appendAudit(caseId,
                             actor,
                             u"review "_s + ref,
                             previous,
                             comment.isEmpty() ? decisionName(decision) : decisionName(decision) + u": "_s + comment);
        !r)
        return r;
    return transaction.commit();
}

Result<QList<ReviewRecord>> CaseStore::earlierDecisions(qint64 caseId, qint64 alterationId)
{
    QSqlQuery q(database());
    // The newest decision of each other case on an alteration with the same reference; the
    // patient's own cases first.
    q.prepare(
        u"SELECT r.case_id, r.alteration_id, a.ref, r.decision, r.comment, r.account, r.name, r.role, "
        "r.decided_at, p.pseudonym, (c.patient_id = (SELECT patient_id FROM case_record WHERE id = :case)) AS same "
        "FROM review r JOIN alteration a ON a.id = r.alteration_id JOIN case_record c ON c.id = r.case_id "
        "JOIN patient p ON p.id = c.patient_id "
        "WHERE a.ref = (SELECT ref FROM alteration WHERE id = :alteration) AND r.case_id <> :case "
        "AND r.id = (SELECT max(id) FROM review x WHERE x.alteration_id = r.alteration_id) "
        "AND r.decision <> 'withdrawn' ORDER BY same DESC, r.decided_at DESC"_s);
    q.bindValue(u":case"_s, caseId);
    q.bindValue(u":alteration"_s, alterationId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    // Another version of this case is this case: its decisions were carried over or made later.
    auto versions = versionsOf(caseId);
    if (!versions)
        return Unexpected{versions.error()};
    QList<ReviewRecord> out;
    while (q.next()) {
        ReviewRecord r;
        r.caseId = q.value(0).toLongLong();
        if (versions->contains(r.caseId))
            continue;
        r.alterationId = q.value(1).toLongLong();
        r.alterationRef = q.value(2).toString();
        r.decision = parseDecision(q.value(3).toString()).value_or(Decision::Include);
        r.comment = q.value(4).toString();
        r.reviewer = Actor{q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
        r.decidedAt = q.value(8).toString();
        r.patient = q.value(9).toString();
        out << r;
    }
    for (ReviewRecord& r : out) {
        auto made = summary(r.caseId);
        if (!made)
            return Unexpected{made.error()};
        r.caseNumber = made->caseNumber;
        r.version = made->version;
    }
    return out;
}

Result<ReviewRecord> CaseStore::acceptEarlierDecision(qint64 caseId, qint64 alterationId, const Actor& actor)
{
    if (auto r = requireRole(actor, RoleAction::Review); !r)
        return Unexpected{r.error()};
    auto earlier = earlierDecisions(caseId, alterationId);
    if (!earlier)
        return Unexpected{earlier.error()};
    if (earlier->isEmpty())
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("no earlier decision on this alteration in another case"),
                    m_path);
    const ReviewRecord& e = earlier->front();
    const QString comment = Messages::tr("as decided in %1 by %2 on %3%4")
                                .arg(caseVersionName(e.caseNumber, e.version),
                                     e.reviewer.name,
                                     e.decidedAt.left(10),
                                     e.comment.isEmpty() ? QString() : u": "_s + e.comment);
    if (auto r = review(caseId, alterationId, e.decision, comment, actor); !r)
        return Unexpected{r.error()};
    ReviewRecord taken = e;
    taken.caseId = caseId;
    taken.alterationId = alterationId;
    taken.comment = comment;
    taken.reviewer = actor;
    return taken;
}

} // namespace onco
