#include "Tier.h"

#include "Translation.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace onco {

QString ampTierName(AmpTier tier)
{
    switch (tier) {
    case AmpTier::IA:
        return u"I-A"_s;
    case AmpTier::IB:
        return u"I-B"_s;
    case AmpTier::IIC:
        return u"II-C"_s;
    case AmpTier::IID:
        return u"II-D"_s;
    case AmpTier::III:
        return u"III"_s;
    case AmpTier::IV:
        return u"IV"_s;
    case AmpTier::None:
        break;
    }
    return {};
}

AmpTier ampTierFromName(QStringView name)
{
    for (AmpTier t : {AmpTier::IA, AmpTier::IB, AmpTier::IIC, AmpTier::IID, AmpTier::III, AmpTier::IV})
        if (name == ampTierName(t))
            return t;
    return AmpTier::None;
}

QString ampTierGroup(AmpTier tier)
{
    switch (tier) {
    case AmpTier::IA:
    case AmpTier::IB:
        return u"I"_s;
    case AmpTier::IIC:
    case AmpTier::IID:
        return u"II"_s;
    case AmpTier::III:
        return u"III"_s;
    case AmpTier::IV:
        return u"IV"_s;
    case AmpTier::None:
        break;
    }
    return {};
}

QString tierBasisName(TierBasis basis)
{
    switch (basis) {
    case TierBasis::Sensitivity:
        return u"sensitivity"_s;
    case TierBasis::Resistance:
        return u"resistance"_s;
    case TierBasis::Diagnostic:
        return u"diagnostic"_s;
    case TierBasis::Prognostic:
        return u"prognostic"_s;
    case TierBasis::None:
        break;
    }
    return {};
}

QString tierBasisText(const QString& name)
{
    if (!Translator::active())
        return name;
    switch (tierBasisFromName(name)) {
    case TierBasis::Sensitivity:
        return QCoreApplication::translate("onco::Tier", "sensitivity");
    case TierBasis::Resistance:
        return QCoreApplication::translate("onco::Tier", "resistance");
    case TierBasis::Diagnostic:
        return QCoreApplication::translate("onco::Tier", "diagnostic");
    case TierBasis::Prognostic:
        return QCoreApplication::translate("onco::Tier", "prognostic");
    case TierBasis::None:
        break;
    }
    return name;
}

TierBasis tierBasisFromName(QStringView name)
{
    for (TierBasis b : {TierBasis::Sensitivity, TierBasis::Resistance, TierBasis::Diagnostic, TierBasis::Prognostic})
        if (name == tierBasisName(b))
            return b;
    return TierBasis::None;
}

} // namespace onco
