#include "TumorRelation.h"

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

} // namespace onco
