// The audit chain and the integrity of signed cases: entries hash-chained to the one before, and
// each final case's content digest recorded in the chain when it is signed, so that a change made
// with the database's triggers removed is found by verifyAudit().

#include "CaseStore.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(onco::CaseStore)
};

/** The canonical text an audit entry's hash covers. */
QByteArray auditContent(qint64 seq,
                        const QString& at,
                        const QString& account,
                        const QString& name,
                        const QString& role,
                        qint64 caseId,
                        const QString& action,
                        const QString& oldValue,
                        const QString& newValue)
{
    QJsonObject o{{u"seq"_s, seq},
                  {u"at"_s, at},
                  {u"account"_s, account},
                  {u"name"_s, name},
                  {u"role"_s, role},
                  {u"case"_s, caseId},
                  {u"action"_s, action},
                  {u"old"_s, oldValue},
                  {u"new"_s, newValue}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString hashOf(const QString& previous, const QByteArray& content)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous.toLatin1());
    h.addData("\n");
    h.addData(content);
    return QString::fromLatin1(h.result().toHex());
}

const QString genesis = QString(64, u'0');

/** One value in the digest's canonical text: its type and its exact text. */
void addValue(QCryptographicHash& h, const QVariant& v)
{
    if (v.isNull()) {
        h.addData("N");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Double:
        h.addData("D");
        h.addData(QByteArray::number(v.toDouble(), 'g', 17));
        return;
    // Integers whatever width the driver reads them in: PostgreSQL's BIGINT comes as an unsigned
    // 64-bit value, SQLite's INTEGER as a signed one; a case digests the same on either backend.
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
        h.addData("I");
        h.addData(QByteArray::number(v.toLongLong()));
        return;
    case QMetaType::QByteArray:
        h.addData("B");
        h.addData(v.toByteArray().toHex());
        return;
    default:
        h.addData("T");
        h.addData(v.toString().toUtf8().toBase64());
    }
}

/** Every table that holds part of a case with the query of its rows, in a fixed order. */
const QList<std::pair<QString, QString>>& caseParts()
{
    static const QList<std::pair<QString, QString>> parts = {
        {u"case_record"_s, u"SELECT * FROM case_record WHERE id = ?"_s},
        {u"patient"_s,
         u"SELECT id, pseudonym FROM patient WHERE id = (SELECT patient_id FROM case_record WHERE id = ?)"_s},
        {u"sample"_s, u"SELECT * FROM sample WHERE case_id = ? ORDER BY id"_s},
        {u"case_input"_s, u"SELECT * FROM case_input WHERE case_id = ? ORDER BY position"_s},
        {u"case_kb_release"_s, u"SELECT * FROM case_kb_release WHERE case_id = ? ORDER BY source"_s},
        {u"alteration"_s, u"SELECT * FROM alteration WHERE case_id = ? ORDER BY idx"_s},
        {u"review"_s, u"SELECT * FROM review WHERE case_id = ? ORDER BY id"_s},
        {u"plan_item"_s, u"SELECT * FROM plan_item WHERE case_id = ? ORDER BY id"_s},
        {u"plan"_s, u"SELECT * FROM plan WHERE case_id = ?"_s},
        {u"segment"_s, u"SELECT * FROM segment WHERE case_id = ? ORDER BY id"_s},
    };
    return parts;
}

/** A column's value in the canonical rows: null, a whole number, a number, text; bytes as base64. */
QJsonValue jsonValue(const QVariant& v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
        return v.toLongLong();
    case QMetaType::QByteArray:
        return QString::fromLatin1(v.toByteArray().toBase64());
    default:
        return v.toString();
    }
}

} // namespace

QString CaseVersion::describe() const
{
    const QString who = role.isEmpty() ? name : u"%1 (%2)"_s.arg(name, role);
    // Stored in UTC; said in the reader's local time, to the second.
    const QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
    const QString time = when.isValid() ? when.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : at;
    return Messages::tr("%1 at %2: %3").arg(who, time, action);
}

Result<CaseVersion> CaseStore::caseVersion(qint64 caseId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT seq, hash, at, account, name, role, action FROM audit WHERE case_id = ? ORDER BY seq DESC "
              "LIMIT 1"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    CaseVersion v;
    if (q.next())
        v = CaseVersion{q.value(0).toLongLong(),
                        q.value(1).toString(),
                        q.value(2).toString(),
                        q.value(3).toString(),
                        q.value(4).toString(),
                        q.value(5).toString(),
                        q.value(6).toString()};
    return v;
}

void CaseStore::expectVersion(qint64 caseId, const CaseVersion& seen)
{
    if (seen.seq <= 0)
        m_expected.remove(caseId);
    else
        m_expected.insert(caseId, Expectation{{seen.seq, seen.hash}, {}});
}

Result<std::optional<CaseVersion>> CaseStore::changedElsewhere(qint64 caseId)
{
    const auto it = m_expected.constFind(caseId);
    if (it == m_expected.cend())
        return std::optional<CaseVersion>();
    auto current = caseVersion(caseId);
    if (!current)
        return Unexpected{current.error()};
    // Compared by hash too: after a rolled-back change its seq may be written again by someone else.
    const QPair<qint64, QString> now{current->seq, current->hash};
    if (now == it->seen || it->own.contains(now))
        return std::optional<CaseVersion>();
    return std::optional<CaseVersion>(*current);
}

Result<void> CaseStore::checkExpectedVersion(qint64 caseId)
{
    auto elsewhere = changedElsewhere(caseId);
    if (!elsewhere)
        return Unexpected{elsewhere.error()};
    if (!*elsewhere)
        return {};
    return fail(CoreError::Code::Conflict,
                Messages::tr("case %1 was changed by %2 since it was shown here; nothing was written: reload "
                             "it and apply the change again")
                    .arg(caseId)
                    .arg((*elsewhere)->describe()),
                m_path);
}

Result<void> CaseStore::appendAudit(
    qint64 caseId, const Actor& actor, const QString& action, const QString& oldValue, const QString& newValue)
{
    QSqlDatabase db = database();
    // Inside the change's write transaction: nobody else can write between this check and the commit.
    if (caseId > 0)
        if (auto r = checkExpectedVersion(caseId); !r)
            return r;
    QSqlQuery last(db);
    if (!last.exec(u"SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"_s))
        return sqlFailure(last.lastError(), m_path);
    qint64 seq = 1;
    QString previous = genesis;
    if (last.next()) {
        seq = last.value(0).toLongLong() + 1;
        previous = last.value(1).toString();
    }
    const QString at = now();
    const QString hash = hashOf(
        previous, auditContent(seq, at, actor.account, actor.name, actor.role, caseId, action, oldValue, newValue));
    QSqlQuery q(db);
    q.prepare(
        u"INSERT INTO audit (seq, at, account, name, role, case_id, action, old_value, new_value, prev_hash, hash) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)"_s);
    for (const QVariant& v : {QVariant(seq),
                              QVariant(at),
                              QVariant(actor.account),
                              QVariant(actor.name),
                              orNull(actor.role),
                              caseId > 0 ? QVariant(caseId) : QVariant(QMetaType(QMetaType::LongLong)),
                              QVariant(action),
                              orNull(oldValue),
                              orNull(newValue),
                              QVariant(previous),
                              QVariant(hash)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (caseId > 0)
        if (auto it = m_expected.find(caseId); it != m_expected.end()) {
            it->own.append({seq, hash});
            if (it->own.size() > 64)
                it->own.removeFirst();
        }
    return {};
}

Result<AuditCheck> CaseStore::verifyAudit()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT seq, at, account, name, role, case_id, action, old_value, new_value, prev_hash, hash "
                "FROM audit ORDER BY seq"_s))
        return sqlFailure(q.lastError(), m_path);
    AuditCheck check;
    QString previous = genesis;
    qint64 expected = 1;
    while (q.next()) {
        ++check.entries;
        const qint64 seq = q.value(0).toLongLong();
        const QString prevHash = q.value(9).toString();
        const QString hash = q.value(10).toString();
        auto broken = [&](const QString& why) {
            check.firstBroken = seq;
            check.problem = why;
            return check;
        };
        if (seq != expected)
            return broken(Messages::tr("entry %1 follows entry %2: entries are missing").arg(seq).arg(expected - 1));
        if (prevHash != previous)
            return broken(Messages::tr("entry %1 does not link to the entry before it").arg(seq));
        const QByteArray content = auditContent(seq,
                                                q.value(1).toString(),
                                                q.value(2).toString(),
                                                q.value(3).toString(),
                                                q.value(4).toString(),
                                                q.value(5).toLongLong(),
                                                q.value(6).toString(),
                                                q.value(7).toString(),
                                                q.value(8).toString());
        if (hashOf(previous, content) != hash)
            return broken(Messages::tr("entry %1 was changed after it was written").arg(seq));
        previous = hash;
        ++expected;
    }
    q.finish();
    // The chain holds: every final case's content must still be what it was when signed.
    QSqlQuery finals(db);
    if (!finals.exec(u"SELECT id FROM case_record WHERE state = 'final' ORDER BY id"_s))
        return sqlFailure(finals.lastError(), m_path);
    QList<qint64> ids;
    while (finals.next())
        ids << finals.value(0).toLongLong();
    for (const qint64 id : ids) {
        ++check.finalCases;
        const auto content = signedContent(id);
        if (!content)
            return Unexpected{content.error()};
        if (!content->recorded) {
            check.unverifiable << id;
            continue;
        }
        if (content->changed) {
            check.firstBroken = content->entry;
            check.problem = Messages::tr("case %1 was changed after it was signed final: its content no longer "
                                         "matches the digest the audit trail recorded at sign-off (entry %2)")
                                .arg(id)
                                .arg(check.firstBroken);
            return check;
        }
        ++check.finalCasesVerified;
    }
    return check;
}

Result<QString> CaseStore::contentDigest(qint64 caseId)
{
    QSqlDatabase db = database();
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto& parts = caseParts();
    QSqlQuery q(db);
    for (const auto& [table, sql] : parts) {
        q.prepare(sql);
        q.addBindValue(caseId);
        if (!q.exec())
            return sqlFailure(q.lastError(), m_path);
        // Segments count when a case has them: the digests signed before they were stored still hold.
        const bool optional = table == u"segment";
        if (!optional) {
            h.addData(table.toUtf8());
            h.addData("\x1d");
        }
        for (bool first = true; q.next(); first = false) {
            if (optional && first) {
                h.addData(table.toUtf8());
                h.addData("\x1d");
            }
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                if (table == u"case_record" && record.fieldName(i) == u"superseded")
                    continue; // set by an amendment after signing, on purpose
                h.addData(record.fieldName(i).toUtf8());
                h.addData("=");
                addValue(h, q.value(i));
                h.addData("\x1f");
            }
            h.addData("\x1e");
        }
    }
    return QString::fromLatin1(h.result().toHex());
}

Result<QByteArray> CaseStore::contentRows(qint64 caseId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    QJsonArray rows;
    for (const auto& [table, sql] : caseParts()) {
        q.prepare(sql);
        q.addBindValue(caseId);
        if (!q.exec())
            return sqlFailure(q.lastError(), m_path);
        while (q.next()) {
            const QSqlRecord record = q.record();
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i)
                if (!(table == u"case_record" && record.fieldName(i) == u"superseded"))
                    row.insert(record.fieldName(i), jsonValue(q.value(i)));
            rows.append(QJsonObject{{u"table"_s, table}, {u"row"_s, row}});
        }
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Compact);
}

Result<CaseStore::SignedContent> CaseStore::signedContent(qint64 caseId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT seq, new_value FROM audit WHERE case_id = ? AND action = 'case.content' "
              "ORDER BY seq DESC LIMIT 1"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    SignedContent content;
    if (!q.next())
        return content;
    content.recorded = true;
    content.entry = q.value(0).toLongLong();
    const QString recorded = q.value(1).toString();
    q.finish();
    const auto digest = contentDigest(caseId);
    if (!digest)
        return Unexpected{digest.error()};
    content.changed = u"sha256:"_s + *digest != recorded;
    return content;
}

Result<void> CaseStore::checkSignedContent(qint64 caseId)
{
    QSqlQuery q(database());
    q.prepare(u"SELECT state = 'final' FROM case_record WHERE id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(q.lastError(), m_path);
    if (!q.next() || !q.value(0).toBool())
        return {}; // only a final case was signed
    q.finish();
    const auto content = signedContent(caseId);
    if (!content)
        return Unexpected{content.error()};
    if (content->changed)
        return fail(CoreError::Code::Database,
                    Messages::tr("case %1 was changed after it was signed final: its content no longer matches the "
                                 "digest the audit trail recorded at sign-off (entry %2); no report is made of it "
                                 "(oncoboard-cli audit verify)")
                        .arg(caseId)
                        .arg(content->entry),
                    m_path);
    return {};
}

Result<void> CaseStore::recordContentDigest(qint64 caseId, const Actor& actor)
{
    const auto digest = contentDigest(caseId);
    if (!digest)
        return Unexpected{digest.error()};
    return appendAudit(caseId, actor, u"case.content"_s, QString(), u"sha256:"_s + *digest);
}

} // namespace onco
