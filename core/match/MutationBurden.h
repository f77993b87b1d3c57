#pragma once

#include "model/Case.h"
#include "model/TmbEstimate.h"

#include <QString>

#include <optional>

namespace onco::MutationBurden {

/**
 * Estimates the burden of `c`'s tumor sample over `panelSizeMb` megabases of coding territory, by
 * the rules TmbEstimate states; panelSizeMb <= 0: not computed, and the reason says what is
 * missing. Not computed either when most small variants carry no consequence annotation (a raw
 * caller VCF): the coding, non-synonymous rule cannot be applied, and guessing would state a number
 * the data do not give.
 */
TmbEstimate estimate(const Case& c, double panelSizeMb);

/**
 * The coding territory an assay description states: "TSO500, 1.94 Mb" -> 1.94, "exome (38 Mb)"
 * -> 38, "523 genes 1.33Mb" -> 1.33; nullopt when it names no size in Mb.
 */
std::optional<double> panelSizeFromText(const QString& assay);

} // namespace onco::MutationBurden
