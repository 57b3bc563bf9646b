#pragma once

#include "PipelineConfig.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace Tidewatch {

/// Edits the pipeline part of a profile (the Pipelines page's sources): the PostgreSQL connection
/// whose replication slots are watched, its password (a secret: kept in the keychain like the others),
/// Debezium's metrics endpoint, whether the automatic pipelines are shown, and the user's pipelines,
/// one per line in the `pipeline.N` syntax ("NAME: kind:id > kind:id ..."). The keys it edits are the
/// profiles file's `postgres`, `debezium.metrics`, `pipelines.auto` and `pipeline.N` keys.
class PipelineSettingsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PipelineSettingsEditor(QWidget *parent = nullptr);

    void setConfig(const PipelineConfig &config);
    /// The form's configuration; the user's pipelines only as far as they parse (problems() says
    /// which lines do not).
    PipelineConfig config() const;
    /// Fills the password read from the keychain, unless the user typed one meanwhile.
    void fillPassword(const QString &password);
    /// Each pipeline line that does not parse, with its line number and why; empty when all do.
    QStringList problems() const;

private:
    QLineEdit *m_postgres;
    QLineEdit *m_password;
    QLineEdit *m_debezium;
    QCheckBox *m_auto;
    QPlainTextEdit *m_definitions;
};

} // namespace Tidewatch
