#include "PipelineSettingsEditor.h"

#include "ExamplePlaceholder.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Tidewatch {

PipelineSettingsEditor::PipelineSettingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_postgres(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_debezium(new QLineEdit(this))
    , m_auto(new QCheckBox(tr("Also show the pipelines found automatically"), this))
    , m_definitions(new QPlainTextEdit(this))
{
    auto *form = new QFormLayout(this);
    m_postgres->setObjectName(QStringLiteral("postgresConnection"));
    ExamplePlaceholder::set(m_postgres,
                            QStringLiteral("host=127.0.0.1 port=5432 dbname=shop user=tidewatch"));
    m_postgres->setToolTip(tr("A libpq connection string of the database whose replication slots are "
                              "watched; empty: no database part. Never put the password in it."));
    form->addRow(tr("PostgreSQL:"), m_postgres);
    m_password->setObjectName(QStringLiteral("postgresPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("The database password: kept in the system keychain, never in the "
                              "profiles file"));
    form->addRow(tr("PostgreSQL password:"), m_password);
    m_debezium->setObjectName(QStringLiteral("debeziumMetrics"));
    ExamplePlaceholder::set(m_debezium, QStringLiteral("http://connect:9404/metrics"));
    m_debezium->setToolTip(tr("The Kafka Connect worker's Prometheus endpoint (JMX exporter) with "
                              "Debezium's figures; empty: none"));
    form->addRow(tr("Debezium metrics:"), m_debezium);
    m_auto->setObjectName(QStringLiteral("autoPipelines"));
    m_auto->setChecked(true);
    form->addRow(QString(), m_auto);
    m_definitions->setObjectName(QStringLiteral("pipelineDefinitions"));
    ExamplePlaceholder::set(
        m_definitions,
        QStringLiteral(
            "orders: database:orders_slot > connector:orders-cdc > topic:orders-cdc > flink:enrichment"));
    m_definitions->setToolTip(tr("Your pipelines, one per line: a name, a colon, then the hops joined by "
                                 "'>', each kind:id with kind database (a replication slot), connector, "
                                 "topic, group or flink (a job name). A pipeline of the same name as an "
                                 "automatic one replaces it."));
    auto *label = new QLabel(tr("Pipelines:"), this);
    label->setAlignment(Qt::AlignTop);
    form->addRow(label, m_definitions);
}

void PipelineSettingsEditor::setConfig(const PipelineConfig &config)
{
    m_postgres->setText(config.postgres);
    m_password->setText(config.postgresPassword);
    m_debezium->setText(config.debeziumMetrics);
    m_auto->setChecked(config.autoPipelines);
    QStringList lines;
    for (const PipelineDefinition &d : config.definitions)
        lines << pipelineDefinitionText(d);
    m_definitions->setPlainText(lines.join(QLatin1Char('\n')));
}

PipelineConfig PipelineSettingsEditor::config() const
{
    PipelineConfig config;
    config.postgres = m_postgres->text().trimmed();
    config.postgresPassword = m_password->text();
    config.debeziumMetrics = m_debezium->text().trimmed();
    config.autoPipelines = m_auto->isChecked();
    for (const QString &line : m_definitions->toPlainText().split(QLatin1Char('\n'))) {
        PipelineDefinition d;
        QString error;
        if (!line.trimmed().isEmpty() && parsePipelineDefinition(line.trimmed(), d, error))
            config.definitions << d;
    }
    return config;
}

void PipelineSettingsEditor::fillPassword(const QString &password)
{
    if (m_password->text().isEmpty())
        m_password->setText(password);
}

QStringList PipelineSettingsEditor::problems() const
{
    QStringList out;
    const QStringList lines = m_definitions->toPlainText().split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        PipelineDefinition d;
        QString error;
        if (!lines.at(i).trimmed().isEmpty() && !parsePipelineDefinition(lines.at(i).trimmed(), d, error))
            out << tr("Pipelines, line %1: %2").arg(i + 1).arg(error);
    }
    return out;
}

} // namespace Tidewatch
