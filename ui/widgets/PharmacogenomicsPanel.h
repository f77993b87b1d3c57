#pragma once

#include "model/AnnotationResult.h"

#include <QWidget>

#include <memory>

class QTextBrowser;

namespace onco {

/**
 * The case's pharmacogenomic findings (DPYD, TPMT, NUDT15, UGT1A1): each allele with its genotype
 * and how it was read, the diplotype and CPIC phenotype, and the CPIC recommendation per drug with
 * its strength and source. Apart from the tiers: a germline drug-metabolism genotype is never an
 * AMP tier.
 */
class PharmacogenomicsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PharmacogenomicsPanel(QWidget* parent = nullptr);

    /** Shows the findings of an annotated case (nullptr: none). */
    void setResult(std::shared_ptr<const AnnotationResult> result);

    /** The findings as shown, in plain text (tests). */
    QString text() const;

    /** The number of genes with a finding. */
    int findingCount() const
    {
        return m_count;
    }

protected:
    void changeEvent(QEvent* event) override;

private:
    std::shared_ptr<const AnnotationResult> m_result;
    QTextBrowser* m_browser;
    int m_count = 0;
};

} // namespace onco
