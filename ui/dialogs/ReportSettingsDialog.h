#pragma once

#include "report/PdfReport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace onco {

/**
 * The case report's settings, kept in QSettings (report/pageSize, report/institution,
 * report/logo, report/identifiers) and shared with `oncoboard-cli report`.
 */
class ReportSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportSettingsDialog(QWidget* parent = nullptr);

    /** The PDF options from the settings (generatedAt left empty). */
    static PdfReportOptions pdfOptions();
    /** Whether exports carry the patient's identifying data (default: pseudonym only). */
    static bool includeIdentifiers();

    void accept() override;

private:
    QComboBox* m_pageSize;
    QLineEdit* m_institution;
    QLineEdit* m_logo;
    QCheckBox* m_identifiers;
};

} // namespace onco
