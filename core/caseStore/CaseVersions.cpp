// A stored case's workflow state, its amendments as new versions, and the case read back.
#include "CaseStore.h"

#include "CaseSchema.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseStore)
};

} // namespace

Result<void> CaseStore::setState(qint64 caseId, CaseState state, const Actor& actor, const SignOff& signOff)
{
    auto current = summary(caseId);
    if (!current)
        return Unexpected{current.error()};
    const CaseState from = current->state;
    const bool allowed =
        (from == CaseState::Draft && state == CaseState::Preliminary)
        || (from == CaseState::Preliminary && (state == CaseState::Final || state == CaseState::Draft));
    if (from == CaseState::Final)
        return requireNotFinal(caseId);
    if (auto r = requireRole(actor, state == CaseState::Final ? RoleAction::SignFinal : RoleAction::SignPreliminary);
        !r)
        return r;
    if (!allowed)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("case %1 cannot go from %2 to %3 (draft -> preliminary -> final)")
                        .arg(caseId)
                        .arg(caseStateName(from), caseStateName(state)),
                    m_path);
    if (state == CaseState::Final && actor.role.trimmed().isEmpty())
        return fail(
            CoreError::Code::InvalidArgument, Messages::tr("signing a case final needs the signer's role"), m_path);
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);
    if (state == CaseState::Final) {
        q.prepare(u"UPDATE case_record SET state = ?, finalized_at = ?, finalized_by = ? WHERE id = ?"_s);
        q.addBindValue(caseStateName(state));
        q.addBindValue(now());
        q.addBindValue(u"%1 (%2)"_s.arg(actor.name, actor.role));
        q.addBindValue(caseId);
    } else {
        q.prepare(u"UPDATE case_record SET state = ? WHERE id = ?"_s);
        q.addBindValue(caseStateName(state));
        q.addBindValue(caseId);
    }
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (auto r = appendAudit(caseId, actor, u"case.state"_s, caseStateName(from), caseStateName(state)); !r)
        return r;
    // What was signed, in the chain: verifyAudit() finds a change made behind the database's locks.
    if (state == CaseState::Final)
        if (auto r = recordContentDigest(caseId, actor); !r)
            return r;
    // The signer's signature of what the case now is, in the same transaction as the change.
    if (signOff.key && state != CaseState::Draft)
        if (auto r = storeSignature(caseId, state, actor, signOff); !r)
            return r;
    return transaction.commit();
}

Result<qint64> CaseStore::amend(qint64 caseId, const QString& reason, const Actor& actor)
{
    if (auto r = requireRole(actor, RoleAction::SignFinal); !r)
        return Unexpected{r.error()};
    auto current = summary(caseId);
    if (!current)
        return Unexpected{current.error()};
    if (current->state != CaseState::Final)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("case %1 is %2: only a final case is amended; edit it directly")
                        .arg(caseId)
                        .arg(caseStateName(current->state)),
                    m_path);
    if (current->superseded)
        return fail(CoreError::Code::InvalidArgument,
                    Messages::tr("case %1 was already amended; amend its newest version").arg(caseId),
                    m_path);
    if (reason.trimmed().isEmpty())
        return fail(CoreError::Code::InvalidArgument, Messages::tr("an amendment needs a reason"), m_path);
    QSqlDatabase db = database();
    SqlTransaction transaction(db);
    if (!transaction.begin())
        return sqlFailure(transaction.error(), m_path);
    QSqlQuery q(db);
    q.prepare(
        u"INSERT INTO case_record (uid, patient_id, version, previous_id, state, tumor_type, genome, specimen, "
        "assay, purity, tmb, msi, receptor_status, reference_genome, created_at, created_by, amend_reason) SELECT ?, "
        "patient_id, version + 1, id, 'draft', tumor_type, genome, specimen, assay, purity, tmb, msi, receptor_status, "
        "reference_genome, ?, ?, ? "
        "FROM case_record WHERE id = ? RETURNING id"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(now());
    q.addBindValue(actor.name);
    q.addBindValue(reason.trimmed());
    q.addBindValue(caseId);
    auto inserted = execReturningId(q, m_path);
    if (!inserted)
        return Unexpected{inserted.error()};
    const qint64 amended = *inserted;
    const QStringList copies{
        u"INSERT INTO sample (patient_id, case_id, name, role, collected_on) SELECT patient_id, :target, name, role, "
        "collected_on FROM sample WHERE case_id = :source"_s,
        u"INSERT INTO case_input (case_id, position, path, sha256, bytes) SELECT :target, position, path, sha256, "
        u"bytes "
        "FROM case_input WHERE case_id = :source"_s,
        u"INSERT INTO case_kb_release (case_id, source, release) SELECT :target, source, release FROM case_kb_release "
        u"WHERE "
        "case_id = :source"_s,
        u"INSERT INTO alteration (case_id, idx, ref, kind, chrom, pos, ref_allele, alt_allele, filter, gene, "
        u"transcript, "
        "hgvsc, hgvsp, consequence, exon, intron, partner_gene, sv_type, cna_call, copy_number, log2_ratio, biomarker, "
        "value, unit, status, tumor_vaf, tumor_depth, tumor_alt_reads, normal_vaf, normal_depth, normal_alt_reads, "
        "source_file, source_line, amp_tier, escat_tier, oncokb_level, flags, evidence_ids, estimate_method, "
        "estimate_caveat, effect_source, ensembl_transcript, protein_position, reference_residue, effect_note, "
        "tumor_zygosity, normal_zygosity, fusion_orientation) SELECT :target, idx, ref, "
        "kind, "
        "chrom, pos, ref_allele, alt_allele, filter, gene, transcript, hgvsc, hgvsp, consequence, exon, intron, "
        "partner_gene, sv_type, cna_call, copy_number, log2_ratio, biomarker, value, unit, status, tumor_vaf, "
        "tumor_depth, tumor_alt_reads, normal_vaf, normal_depth, normal_alt_reads, source_file, source_line, amp_tier, "
        "escat_tier, oncokb_level, flags, evidence_ids, estimate_method, estimate_caveat, effect_source, "
        "ensembl_transcript, protein_position, reference_residue, effect_note, tumor_zygosity, normal_zygosity, "
        "fusion_orientation FROM alteration WHERE "
        "case_id = :source"_s,
        // The current decisions carry over, with who made them.
        u"INSERT INTO review (case_id, alteration_id, decision, comment, account, name, role, decided_at) SELECT "
        u":target, "
        "n.id, r.decision, r.comment, r.account, r.name, r.role, r.decided_at FROM review r JOIN alteration o ON "
        "o.id = r.alteration_id JOIN alteration n ON n.case_id = :target AND n.idx = o.idx WHERE r.case_id = :source "
        "AND r.id = "
        "(SELECT max(id) FROM review x WHERE x.alteration_id = r.alteration_id)"_s,
        // The plan carries over as it was signed, to be amended.
        u"INSERT INTO plan_item (case_id, kind, priority, title, therapies, interaction, therapy_ids, alterations, "
        "evidence, citations, trials, level, rationale, created_at, created_by) SELECT :target, kind, priority, title, "
        "therapies, interaction, therapy_ids, alterations, evidence, citations, trials, level, rationale, created_at, "
        "created_by FROM plan_item WHERE case_id = :source ORDER BY id"_s,
        u"INSERT INTO plan (case_id, conclusion, follow_up, meeting_date, participants) SELECT :target, conclusion, "
        "follow_up, meeting_date, participants FROM plan WHERE case_id = :source"_s,
        u"INSERT INTO segment (case_id, sample, chrom, start, \"end\", log2_ratio, copy_number, minor_copy_number, "
        "markers, source_input, source_line) SELECT :target, sample, chrom, start, \"end\", log2_ratio, copy_number, "
        "minor_copy_number, markers, source_input, source_line FROM segment WHERE case_id = :source ORDER BY id"_s,
        u"UPDATE case_record SET superseded = 1 WHERE id = :source AND :target > 0"_s,
    };
    for (const QString& sql : copies) {
        q.prepare(sql);
        q.bindValue(u":target"_s, amended);
        q.bindValue(u":source"_s, caseId);
        if (!q.exec())
            return sqlFailure(q.lastError(), m_path);
    }
    if (auto r = appendAudit(amended, actor, u"case.amend"_s, u"case %1 (final)"_s.arg(caseId), reason.trimmed()); !r)
        return Unexpected{r.error()};
    if (auto r = transaction.commit(); !r)
        return Unexpected{r.error()};
    return amended;
}

Result<AnnotationResult> CaseStore::storedCase(qint64 caseId)
{
    auto s = summary(caseId);
    if (!s)
        return Unexpected{s.error()};
    auto stored = alterations(caseId);
    if (!stored)
        return Unexpected{stored.error()};
    AnnotationResult r;
    r.caseData.tumorType = s->tumorType;
    r.caseData.genome = parseGenomeBuild(s->genome).value_or(GenomeBuild::Unknown);
    QSqlQuery q(database());
    q.prepare(u"SELECT receptor_status, reference_genome FROM case_record WHERE id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (q.next()) {
        for (const QString& pair : q.value(0).toString().split(u';', Qt::SkipEmptyParts))
            r.caseData.receptorStatus.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        r.caseData.referenceGenome = q.value(1).toString();
    }
    q.prepare(u"SELECT path FROM case_input WHERE case_id = ? ORDER BY position"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    while (q.next())
        r.caseData.inputs << q.value(0).toString();
    for (StoredAlteration& a : *stored)
        r.caseData.alterations.push_back(std::move(a.alteration));
    q.prepare(u"SELECT chrom, start, \"end\", log2_ratio, copy_number, minor_copy_number, markers, source_line, "
              "source_input FROM segment WHERE case_id = ? ORDER BY id"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    const auto real = [&q](int column) {
        return q.value(column).isNull() ? std::numeric_limits<float>::quiet_NaN() : q.value(column).toFloat();
    };
    while (q.next()) {
        CopyNumberSegment segment;
        segment.chrom = q.value(0).toString();
        segment.start = q.value(1).toLongLong();
        segment.end = q.value(2).toLongLong();
        segment.log2Ratio = real(3);
        segment.copyNumber = real(4);
        segment.minorCopyNumber = real(5);
        segment.markers = q.value(6).isNull() ? -1 : q.value(6).toInt();
        segment.origin = Origin{q.value(7).toLongLong(), q.value(8).isNull() ? -1 : q.value(8).toLongLong()};
        r.caseData.segments.push_back(std::move(segment));
    }
    for (const QString& kb : s->knowledgeBases)
        r.knowledgeBases << KbRelease{kb.section(u' ', 0, 0), kb.section(u' ', 1)};
    return r;
}

} // namespace onco
