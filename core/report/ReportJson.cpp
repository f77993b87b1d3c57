#include "report/ReportJson.h"

#include "Translation.h"
#include "Version.h"
#include "report/AnnotationJson.h"

#include <QFileInfo>

#include "report/JsonWriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace onco {

namespace {

void writeActor(JsonWriter& w, const Actor& actor)
{
    w.member("name", actor.name);
    w.optionalMember("role", actor.role);
    w.optionalMember("account", actor.account);
}

void writePlanItem(JsonWriter& w, const PlanItem& item)
{
    w.beginObject();
    w.member("id", item.id);
    w.member("kind", planItemKindName(item.kind));
    w.member("priority", qint64(item.priority));
    w.member("title", item.title);
    w.stringArray("therapies", item.therapies);
    w.optionalMember("interaction", item.interaction);
    w.stringArray("therapy_ids", item.therapyIds);
    w.stringArray("alterations", item.alterations);
    w.stringArray("evidence", item.evidence);
    w.stringArray("citations", item.citations);
    w.stringArray("trials", item.trials);
    w.optionalMember("level", item.level);
    w.optionalMember("rationale", item.rationale);
    w.optionalMember("created_at", item.createdAt);
    w.optionalMember("created_by", item.createdBy);
    w.endObject();
}

} // namespace

QByteArray ReportJson::write(const ReportCase& report, const QString& generatedAt)
{
    const SourceLanguageScope english; // read by scripts and signed: English in every language
    JsonWriter w;
    w.beginObject();
    w.member("schema", QString::fromLatin1(schema));
    w.key("generator").beginObject();
    w.member("name", QString::fromLatin1(productName));
    w.member("version", QString::fromLatin1(productVersion));
    w.endObject();
    w.optionalMember("generated_at", generatedAt);

    w.key("case").beginObject();
    if (const auto& s = report.stored) {
        w.member("id", s->id);
        w.member("uid", s->uid);
        w.member("version", qint64(s->version));
        w.member("case_number", s->caseNumber);
        if (s->previousId > 0)
            w.member("previous_id", s->previousId);
        w.member("state", caseStateName(s->state));
        w.key("superseded").value(s->superseded);
        if (const auto& next = report.supersededBy) {
            // The version to act on instead of this one.
            w.key("superseded_by").beginObject();
            w.member("id", next->id);
            w.member("version", qint64(next->version));
            w.member("state", caseStateName(next->state));
            w.member("created_at", next->createdAt);
            w.endObject();
        }
        w.member("patient", s->patient);
        w.optionalMember("specimen", s->specimen);
        w.optionalMember("assay", s->assay);
        w.member("created_at", s->createdAt);
        w.member("created_by", s->createdBy);
        w.optionalMember("finalized_at", s->finalizedAt);
        w.optionalMember("finalized_by", s->finalizedBy);
    } else {
        w.member("state", u"unsaved"_s);
    }
    if (const auto& id = report.identity) {
        // Only when the user asked for identifiers.
        w.key("identity").beginObject();
        w.optionalMember("name", id->name);
        w.optionalMember("birth_date", id->birthDate);
        w.optionalMember("record_number", id->recordNumber);
        w.endObject();
    }
    w.endObject();

    w.key("sign_off").beginArray();
    for (const StateChange& c : report.stateHistory) {
        w.beginObject();
        w.member("from", caseStateName(c.from));
        w.member("to", caseStateName(c.to));
        writeActor(w, c.actor);
        w.member("at", c.at);
        w.endObject();
    }
    w.endArray();

    // Decisions by alteration index of the embedded annotation, in that order.
    QList<qint32> reviewed = report.reviews.keys();
    std::sort(reviewed.begin(), reviewed.end());
    w.key("reviews").beginArray();
    for (qint32 i : reviewed) {
        const ReviewRecord& r = report.reviews.value(i);
        w.beginObject();
        w.member("alteration", qint64(i));
        w.member("ref", report.refOf(i));
        w.member("decision", decisionName(r.decision));
        w.optionalMember("comment", r.comment);
        writeActor(w, r.reviewer);
        w.member("at", r.decidedAt);
        w.endObject();
    }
    w.endArray();

    w.key("plan").beginObject();
    const PlanDetails& d = report.plan.details;
    w.optionalMember("conclusion", d.conclusion);
    w.optionalMember("meeting_date", d.meetingDate);
    w.stringArray("participants", d.participants);
    w.optionalMember("follow_up", d.followUp);
    w.key("items").beginArray();
    for (PlanItemKind kind : {PlanItemKind::Therapy, PlanItemKind::Trial, PlanItemKind::Diagnostic})
        for (const PlanItem& item : report.plan.itemsOf(kind))
            writePlanItem(w, item);
    w.endArray();
    w.endObject();

    // A report leaves the machine: inputs by file name, never by the folder they sit in (a folder
    // name can identify the patient); the case database keeps the full paths and their SHA-256.
    w.key("annotation");
    if (std::any_of(report.result.caseData.inputs.cbegin(), report.result.caseData.inputs.cend(), [](const QString& p) {
            return p != QFileInfo(p).fileName();
        })) {
        AnnotationResult named = report.result;
        for (QString& input : named.caseData.inputs)
            input = QFileInfo(input).fileName();
        AnnotationJson::write(w, named);
    } else {
        AnnotationJson::write(w, report.result);
    }

    // The signed sign-offs, each verifiable from this file alone (oncoboard-cli verify FILE.json).
    w.key("signatures").beginArray();
    for (const CaseSignature& s : report.signatures) {
        w.beginObject();
        w.member("state", caseStateName(s.state));
        w.member("signed_at", s.signedAt);
        w.member("account", s.key.account);
        w.member("key", s.key.fingerprint);
        w.member("public_key", QString::fromLatin1(s.key.publicKey.toBase64()));
        w.key("key_registered").value(s.key.registered());
        w.member("statement", QString::fromUtf8(s.statement));
        w.member("signature", QString::fromLatin1(s.signature.toBase64()));
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

} // namespace onco
