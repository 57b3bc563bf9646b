#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QTableWidget;

namespace Tidewatch {

/// The raw librdkafka property table of a connection profile, with Add / Remove buttons. Secret
/// values (ProfileStore::isSecretProperty) are shown masked. Keys that the connection form owns
/// never stay here: when one is typed, formKeyEntered() hands it over and the row goes.
class ConnectionPropertiesTable : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionPropertiesTable(QWidget *parent = nullptr);

    /// Keys that belong to the connection form.
    void setFormKeyTest(std::function<bool(const QString &)> isFormKey)
    {
        m_isFormKey = std::move(isFormKey);
    }
    void setProperties(const QList<QPair<QString, QString>> &properties);
    /// Rows with a key, in order (values trimmed).
    QList<QPair<QString, QString>> properties() const;
    /// Adds a row for a secret property listed in the profiles file, its value to come.
    void addPendingSecret(const QString &key);
    /// Fills the empty value of @p key's row (a secret read from the keychain).
    void fillSecret(const QString &key, const QString &value);

Q_SIGNALS:
    /// A row's key turned out to be a connection form key: the row is removed.
    void formKeyEntered(const QString &key, const QString &value);

private:
    void addRow(const QString &key, const QString &value);
    void handOver(int row);

    QTableWidget *m_table;
    std::function<bool(const QString &)> m_isFormKey;
};

} // namespace Tidewatch
