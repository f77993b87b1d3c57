#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;

namespace onco {

/**
 * Asks which sample of a file is the tumor (and which the matched normal) when the file does not
 * say: a multi-sample VCF without TUMOR/NORMAL names or header lines, or a table of several
 * patients. Opens non-blocking (open()); read the answer on accepted().
 */
class SampleRoleDialog : public QDialog
{
    Q_OBJECT

public:
    SampleRoleDialog(const QString& file,
                     const QStringList& samples,
                     bool askNormal,
                     QWidget* parent = nullptr,
                     const QStringList& details = {});

    QString tumorSample() const;
    /** Empty when the user chose "none (tumor only)". */
    QString normalSample() const;

private:
    QComboBox* m_tumor;
    QComboBox* m_normal = nullptr;
};

} // namespace onco
