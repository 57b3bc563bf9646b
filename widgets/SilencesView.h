#pragma once

#include "Silence.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace Tidewatch {

class RawValueSortProxy;
class SilenceTableModel;

/// The list of silences (active, pending, expired) with "New silence…" and "Expire now".
class SilencesView : public QWidget
{
    Q_OBJECT
public:
    explicit SilencesView(QWidget *parent = nullptr);

    void setSilences(const QList<Silence> &silences, qint64 nowMs);
    const SilenceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_view; }
    /// The id of the selected silence, or an empty string.
    QString selectedId() const;
    void selectSilence(const QString &id);

Q_SIGNALS:
    void newSilenceRequested();
    void expireRequested(const QString &id);

private:
    void updateButtons();

    SilenceTableModel *m_model;
    RawValueSortProxy *m_proxy;
    QTableView *m_view;
    QPushButton *m_expire;
    qint64 m_nowMs = 0;
};

} // namespace Tidewatch
