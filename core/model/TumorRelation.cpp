#include "TumorRelation.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace onco {

QString tumorRelationName(TumorRelation relation)
{
    switch (relation) {
    case TumorRelation::Same:
        return u"same"_s;
    case TumorRelation::EvidenceBroader:
        return u"evidence_broader"_s;
    case TumorRelation::EvidenceNarrower:
        return u"evidence_narrower"_s;
    case TumorRelation::Unrelated:
        return u"unrelated"_s;
    case TumorRelation::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString tumorRelationText(TumorRelation relation)
{
    switch (relation) {
    case TumorRelation::Same:
        return QCoreApplication::translate("onco::TumorRelation", "same tumor type");
    case TumorRelation::EvidenceBroader:
        return QCoreApplication::translate("onco::TumorRelation", "evidence in a broader tumor type");
    case TumorRelation::EvidenceNarrower:
        return QCoreApplication::translate("onco::TumorRelation", "evidence in a subtype");
    case TumorRelation::Unrelated:
        return QCoreApplication::translate("onco::TumorRelation", "unrelated tumor type");
    case TumorRelation::Unknown:
        break;
    }
    return QCoreApplication::translate("onco::TumorRelation", "relation unknown");
}

} // namespace onco
