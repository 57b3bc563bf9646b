#include "RulePreview.h"

#include "Format.h"
#include "RulePreviewModel.h"
#include "TableViews.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

using namespace Qt::StringLiterals;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

RulePreview::RulePreview(QWidget *parent)
    : QWidget(parent)
    , m_model(new RulePreviewModel(this))
    , m_headline(TableViews::makeHeadline(this))
    , m_table(TableViews::make(m_model, this))
    , m_annotations(new QLabel(this))
    , m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_headline->setObjectName(u"previewHeadline"_s);
    m_table->setObjectName(u"previewTable"_s);
    m_table->horizontalHeader()->setSectionResizeMode(RulePreviewModel::SeriesColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RulePreviewModel::StateColumn, QHeaderView::Stretch);
    m_annotations->setObjectName(u"previewAnnotations"_s);
    m_annotations->setWordWrap(true);
    m_annotations->setTextFormat(Qt::RichText);
    m_annotations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(u"previewNote"_s);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"QLabel { color: palette(mid); }"_s);
    layout->addWidget(m_headline);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_annotations);
    layout->addWidget(m_note);
}

void RulePreview::setRule(const AlertRule &rule)
{
    m_model->setRule(rule);
    if (m_known)
        m_model->update(m_samples, m_nowMs);
    refresh();
}

void RulePreview::setSamples(const QList<MetricSample> &samples, qint64 nowMs, bool known)
{
    m_samples = samples;
    m_nowMs = nowMs;
    m_known = known;
    if (known)
        m_model->update(samples, nowMs);
    refresh();
}

QString RulePreview::headline() const
{
    return m_headline->text();
}

void RulePreview::refresh()
{
    const AlertRule &rule = m_model->rule();
    const int matches = m_model->matchCount();
    if (!m_known)
        m_headline->setText(tr("Waiting for data: no source has delivered samples yet"));
    else if (matches == 0)
        m_headline->setText(tr("No series match %1 now").arg(rule.promql().section(u' ', 0, 0)));
    else
        m_headline->setText(tr("%n series match now; the condition holds for %1", nullptr, matches)
                                .arg(m_model->holdingCount()));

    const MetricSample *first = m_model->firstMatch();
    if (!first) {
        m_annotations->setText(tr("<i>The annotations are filled in for the first matching series.</i>"));
    } else {
        QStringList lines{tr("<b>For %1:</b>").arg(escaped(RulePreviewModel::seriesText(*first)))};
        const auto add = [&](const QString &title, const QString &text) {
            if (!text.isEmpty())
                lines << u"%1: %2"_s.arg(title, escaped(expandAlertTemplate(text, *first)));
        };
        add(tr("Summary"), rule.summary);
        add(tr("Description"), rule.description);
        add(tr("Runbook"), rule.runbookUrl);
        for (const auto &[name, value] : rule.labels)
            add(tr("Label %1").arg(name.toHtmlEscaped()), value);
        m_annotations->setText(lines.join(u"<br>"_s));
    }
    const QString since = m_model->startedAtMs() >= 0
                              ? Format::duration(std::max<qint64>(0, m_nowMs - m_model->startedAtMs()))
                              : Format::duration(0);
    m_note->setText(
        tr("'Would fire' runs this rule on the data arriving while the editor is open (for %1 now); "
           "'for' counts from then, not from when the condition really started to hold.%2")
            .arg(since,
                 rule.enabled ? QString() : tr(" The rule is disabled: the app does not evaluate it.")));
}

} // namespace Tidewatch
