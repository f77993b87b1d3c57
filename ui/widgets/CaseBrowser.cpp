#include "CaseBrowser.h"

#include "caseStore/CaseStore.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPalette>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace onco {

namespace {

QString stateBadge(const CaseSummary& c)
{
    if (c.superseded)
        return CaseBrowser::tr("final, amended");
    switch (c.state) {
    case CaseState::Draft:
        return CaseBrowser::tr("draft");
    case CaseState::Preliminary:
        return CaseBrowser::tr("preliminary");
    case CaseState::Final:
        return CaseBrowser::tr("final");
    }
    return {};
}

QColor badgeColor(const CaseSummary& c)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    if (c.state == CaseState::Final)
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    if (c.state == CaseState::Preliminary)
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    return QGuiApplication::palette().color(QPalette::Text);
}

/** A case's name, tooltip and state badge, in the interface language. */
void showCase(QStandardItem* name, QStandardItem* state, const CaseSummary& c)
{
    // The date in the tooltip: the name stays readable in a narrow list.
    name->setText(CaseBrowser::tr("Case %1, version %2").arg(c.caseNumber).arg(c.version));
    name->setToolTip(
        CaseBrowser::tr("%1\ndatabase id %2 (oncoboard-cli ... --case %2)\ncreated on %3 by %4%5")
            .arg(c.uid)
            .arg(c.id)
            .arg(c.createdAt.left(10),
                 c.createdBy,
                 c.finalizedBy.isEmpty()
                     ? QString()
                     : CaseBrowser::tr("\nsigned by %1 on %2").arg(c.finalizedBy, c.finalizedAt.left(10))));
    state->setText(stateBadge(c));
}

} // namespace

CaseBrowser::CaseBrowser(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"caseBrowser"_s);
    m_search->setObjectName(u"caseSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setObjectName(u"caseTree"_s);
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, m_view, &QTreeView::expandAll);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = index.siblingAtColumn(0).data(CaseIdRole).toLongLong();
        if (id > 0)
            emit caseActivated(id);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    m_texts.bind([this] {
        m_search->setPlaceholderText(tr("Search patients and cases..."));
        m_model->setHorizontalHeaderLabels({tr("Patient / case"), tr("State"), tr("Tumor type"), tr("Reviewed")});
    });
    refresh(nullptr);
}

void CaseBrowser::refresh(CaseStore* store)
{
    m_model->removeRows(0, m_model->rowCount()); // the header stays
    m_summaries.clear();
    if (!store)
        return;
    auto cases = store->cases();
    if (!cases)
        return;
    // Samples per case, in one query.
    QMultiMap<qint64, QString> samples;
    QSqlQuery q(QSqlDatabase::database(store->connectionName()));
    if (q.exec(u"SELECT case_id, name, role, collected_on FROM sample ORDER BY id"_s))
        while (q.next())
            samples.insert(
                q.value(0).toLongLong(),
                u"%1 (%2%3)"_s.arg(q.value(1).toString(),
                                   q.value(2).toString(),
                                   q.value(3).toString().isEmpty() ? QString() : u", "_s + q.value(3).toString()));
    QMap<QString, QStandardItem*> patients;
    for (const CaseSummary& c : *cases) {
        QStandardItem*& patient = patients[c.patient];
        if (!patient) {
            patient = new QStandardItem(c.patient);
            QFont bold = patient->font();
            bold.setBold(true);
            patient->setFont(bold);
            m_model->appendRow({patient, new QStandardItem, new QStandardItem, new QStandardItem});
        }
        auto* name = new QStandardItem;
        name->setData(c.id, CaseIdRole);
        auto* state = new QStandardItem;
        showCase(name, state, c);
        m_summaries.insert(c.id, c);
        state->setForeground(badgeColor(c));
        auto* tumor = new QStandardItem(c.tumorType);
        auto* reviewed = new QStandardItem(u"%1 / %2"_s.arg(c.reviewed).arg(c.alterations));
        QList<QStandardItem*> row{name, state, tumor, reviewed};
        for (const QString& s : samples.values(c.id)) {
            auto* sample = new QStandardItem(s);
            sample->setForeground(QGuiApplication::palette().color(QPalette::PlaceholderText));
            name->appendRow({sample, new QStandardItem, new QStandardItem, new QStandardItem});
        }
        patient->appendRow(row);
    }
    m_view->expandToDepth(0);
    for (int c = 0; c < 3; ++c)
        m_view->resizeColumnToContents(c);
    setCurrentCase(m_current);
}

void CaseBrowser::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_texts.apply();
    for (int p = 0; p < m_model->rowCount(); ++p) {
        QStandardItem* patient = m_model->item(p);
        for (int c = 0; c < patient->rowCount(); ++c) {
            const auto summary = m_summaries.constFind(patient->child(c)->data(CaseIdRole).toLongLong());
            if (summary != m_summaries.cend())
                showCase(patient->child(c), patient->child(c, 1), *summary);
        }
    }
}

void CaseBrowser::setCurrentCase(qint64 caseId)
{
    m_current = caseId;
    if (caseId <= 0)
        m_view->clearSelection(); // a case from files: no stored case stays highlighted
    for (int p = 0; p < m_model->rowCount(); ++p) {
        QStandardItem* patient = m_model->item(p);
        for (int c = 0; c < patient->rowCount(); ++c) {
            QStandardItem* item = patient->child(c);
            QFont f = item->font();
            f.setBold(item->data(CaseIdRole).toLongLong() == caseId);
            item->setFont(f);
        }
    }
}

} // namespace onco
