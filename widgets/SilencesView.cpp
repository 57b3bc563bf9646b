#include "SilencesView.h"

#include "RawValueSortProxy.h"
#include "Roles.h"
#include "SilenceTableModel.h"
#include "TableViews.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Tidewatch {

SilencesView::SilencesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new SilenceTableModel(this))
    , m_proxy(new RawValueSortProxy(this))
    , m_view(nullptr)
    , m_expire(new QPushButton(tr("&Expire now"), this))
{
    m_proxy->setSourceModel(m_model);
    m_view = TableViews::make(m_proxy, this, true);
    m_view->sortByColumn(SilenceTableModel::StateColumn, Qt::DescendingOrder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Silences"), this), 1);
    auto *add = new QPushButton(tr("&New silence…"), this);
    top->addWidget(add);
    top->addWidget(m_expire);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    m_expire->setToolTip(tr("End the selected silence now: its alerts notify and alarm again"));
    connect(add, &QPushButton::clicked, this, &SilencesView::newSilenceRequested);
    connect(m_expire, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (!id.isEmpty())
            Q_EMIT expireRequested(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SilencesView::updateButtons);
    updateButtons();
}

void SilencesView::setSilences(const QList<Silence> &silences, qint64 nowMs)
{
    m_nowMs = nowMs;
    m_model->setSilences(silences, nowMs);
    updateButtons();
}

QString SilencesView::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(KeyRole).toString();
}

void SilencesView::selectSilence(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(KeyRole).toString() == id) {
            m_view->selectRow(row);
            return;
        }
    }
}

void SilencesView::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const Silence *s =
        rows.isEmpty() ? nullptr : m_model->silenceAt(m_proxy->mapToSource(rows.first()).row());
    m_expire->setEnabled(s && !s->isExpired(m_nowMs));
}

} // namespace Tidewatch
