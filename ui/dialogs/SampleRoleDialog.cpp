#include "SampleRoleDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace onco {

SampleRoleDialog::SampleRoleDialog(
    const QString& file, const QStringList& samples, bool askNormal, QWidget* parent, const QStringList& details)
    : QDialog(parent)
    , m_tumor(new QComboBox(this))
{
    setObjectName(u"sampleRoleDialog"_s);
    setWindowTitle(tr("Choose the tumor sample"));
    m_tumor->setObjectName(u"tumorSampleCombo"_s);
    // Each sample with what it holds ("TCGA-AB-2988 - 15 alterations"), so the right one is found.
    for (qsizetype i = 0; i < samples.size(); ++i)
        m_tumor->addItem(details.size() == samples.size() ? tr("%1 \u2013 %2").arg(samples[i], details[i]) : samples[i],
                         samples[i]);

    auto* text = new QLabel(
        askNormal
            ? tr("%1 does not say which of its samples is the tumor. Column order is not "
                 "trusted: please choose.")
                  .arg(QFileInfo(file).fileName())
            : tr("%1 holds samples of several patients. Choose this patient's sample.").arg(QFileInfo(file).fileName()),
        this);
    text->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Tumor sample:"), m_tumor);
    if (askNormal) {
        m_normal = new QComboBox(this);
        m_normal->setObjectName(u"normalSampleCombo"_s);
        m_normal->addItem(tr("none (tumor only)"), QString());
        for (const QString& s : samples)
            m_normal->addItem(s, s);
        form->addRow(tr("Matched normal:"), m_normal);
        if (samples.size() == 2)
            m_normal->setCurrentIndex(2);
        connect(m_tumor, &QComboBox::currentIndexChanged, this, [this, samples](int i) {
            if (samples.size() == 2)
                m_normal->setCurrentIndex(2 - i);
        });
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto ok = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_normal || normalSample() != tumorSample());
    };
    connect(m_tumor, &QComboBox::currentIndexChanged, this, ok);
    if (m_normal)
        connect(m_normal, &QComboBox::currentIndexChanged, this, ok);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString SampleRoleDialog::tumorSample() const
{
    return m_tumor->currentData().toString();
}

QString SampleRoleDialog::normalSample() const
{
    return m_normal ? m_normal->currentData().toString() : QString();
}

} // namespace onco
