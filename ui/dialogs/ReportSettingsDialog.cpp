#include "ReportSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace onco {

ReportSettingsDialog::ReportSettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_pageSize(new QComboBox(this))
    , m_institution(new QLineEdit(this))
    , m_logo(new QLineEdit(this))
    , m_identifiers(new QCheckBox(tr("Include the patient's name, birth date and record number"), this))
{
    setWindowTitle(tr("Report settings"));
    const PdfReportOptions options = pdfOptions();
    m_pageSize->addItem(tr("A4"), u"A4"_s);
    m_pageSize->addItem(tr("US Letter"), u"Letter"_s);
    m_pageSize->setCurrentIndex(options.pageSize == QPageSize::Letter ? 1 : 0);
    m_institution->setText(options.institution);
    m_institution->setPlaceholderText(tr("Department of Pathology, University Hospital"));
    m_logo->setText(options.logoPath);
    m_identifiers->setChecked(includeIdentifiers());
    auto* browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Institution logo"), m_logo->text(), tr("Images (*.png *.jpg *.svg)"));
        if (!path.isEmpty())
            m_logo->setText(path);
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Paper:"), m_pageSize);
    form->addRow(tr("&Institution:"), m_institution);
    form->addRow(tr("&Logo:"), logoRow);
    form->addRow(tr("Identifiers:"), m_identifiers);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

PdfReportOptions ReportSettingsDialog::pdfOptions()
{
    QSettings settings;
    PdfReportOptions options;
    options.pageSize =
        settings.value(u"report/pageSize"_s, u"A4"_s).toString().compare(u"Letter"_s, Qt::CaseInsensitive) == 0
            ? QPageSize::Letter
            : QPageSize::A4;
    options.institution = settings.value(u"report/institution"_s).toString();
    options.logoPath = settings.value(u"report/logo"_s).toString();
    return options;
}

bool ReportSettingsDialog::includeIdentifiers()
{
    return QSettings().value(u"report/identifiers"_s, false).toBool();
}

void ReportSettingsDialog::accept()
{
    const QString logo = m_logo->text().trimmed();
    if (!logo.isEmpty() && QImageReader(logo).size().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("'%1' is not an image this application can read.").arg(logo));
        return;
    }
    QSettings settings;
    settings.setValue(u"report/pageSize"_s, m_pageSize->currentData());
    settings.setValue(u"report/institution"_s, m_institution->text().trimmed());
    settings.setValue(u"report/logo"_s, logo);
    settings.setValue(u"report/identifiers"_s, m_identifiers->isChecked());
    QDialog::accept();
}

} // namespace onco
